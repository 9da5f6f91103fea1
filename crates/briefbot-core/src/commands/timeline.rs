//! `/timeline [query]`: dated events, in order. A date in the query ("Oct 25", "2006",
//! "the 1990s") selects the events of that date; other words rank them. Without a date the query
//! searches the events' text; without a query the whole timeline is returned.

use crate::answer::{Answer, CommandName, Hit, Outcome};
use crate::engine::Engine;
use crate::kb::EntryKind;
use crate::search::{dates, DatedEvent, DocRef, MAX_RESULTS};

use super::{answered, hits, no_match, Ctx, MAX_SUGGESTIONS};

/// Words before a date that make it the point a question counts from, not the date asked about.
const ANCHORS: &[&str] = &["after", "since", "following", "before", "until", "till"];

/// Whether the query's date follows one of [`ANCHORS`] ("a week after Oct 7 …").
fn anchored(query: &str) -> bool {
    anchor_word(query).is_some()
}

/// The anchor word before the query's date ("after" in "a week after Oct 7"), if any.
fn anchor_word(query: &str) -> Option<&'static str> {
    let folded = crate::text::fold_for_search(query);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|w| {
        let date_follows =
            dates::is_month_name(w[1]) || w[1].bytes().next().is_some_and(|b| b.is_ascii_digit());
        ANCHORS
            .iter()
            .find(|a| **a == w[0])
            .filter(|_| date_follows)
            .copied()
    })
}

/// Drops the events on the wrong side of the anchor date: "putin's moves after Oct 7" is not
/// answered by what Putin did in 2006. Undated events stay, since the brief does not say when
/// they were, but after the dated ones, which answer the question as asked.
fn keep_side_of_anchor(
    ctx: &Ctx,
    query: &str,
    date: dates::DateQuery,
    s: &mut super::matching::Search,
) {
    let Some(word) = anchor_word(query) else {
        return;
    };
    let later = matches!(word, "after" | "since" | "following");
    let engine = ctx.engine;
    s.ranked.retain(|r| {
        let d = engine.index().doc(r.scored.doc);
        let brief = &engine.library().briefs()[d.brief as usize];
        let Some((year, month)) = brief.meta().published_month() else {
            return true;
        };
        let anchor = date.anchor_day(year, month);
        match brief.events()[d.index as usize].when.span() {
            None => true,
            Some((_, end)) if later => end >= anchor,
            Some((start, _)) => start <= anchor,
        }
    });
    let undated = |r: &super::matching::Ranked| {
        let d = engine.index().doc(r.scored.doc);
        engine.library().briefs()[d.brief as usize].events()[d.index as usize]
            .when
            .span()
            .is_none()
    };
    // A stable sort keeps the search's order within each group.
    s.ranked.sort_by_key(|r| undated(r));
}

/// Words that ask for a timeline without naming what is on it ("russia's un moves in
/// chronological order", "the sequence of putin's steps"). Searched for, they only count as
/// words no event matches; the other words name the events.
const TIMELINE_WORDS: &[&str] = &[
    "moves",
    "move",
    "steps",
    "actions",
    "developments",
    "events",
    "happenings",
    "milestones",
    "chronological",
    "chronologically",
    "chronology",
    "order",
    "sequence",
    "timeline",
    "list",
    "key",
    "main",
    "major",
    // "what date", "which year": the question asks for the date, which the event gives.
    "date",
    "dates",
    "day",
    "year",
    "yr",
    "month",
    "exactly",
    "happen",
    "happened",
    // The same asked in other scripts: "дата погрома", "когда", "מתי", "متى".
    "дата",
    "когда",
    "תאריך",
    "מתי",
    "تاريخ",
    "متى",
];

/// `query` without [`TIMELINE_WORDS`], or as it is when nothing else would remain.
fn without_timeline_words(query: &str) -> String {
    let kept: Vec<&str> = query
        .split_whitespace()
        .filter(|w| {
            let bare = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            !TIMELINE_WORDS.contains(&bare.as_str())
        })
        .collect();
    if content_words(&kept.join(" ")) == 0 {
        query.to_string()
    } else {
        kept.join(" ")
    }
}

/// How many words of `text` are not stop words.
fn content_words(text: &str) -> usize {
    crate::text::fold_for_search(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !crate::text::is_stop_word(w))
        .count()
}

pub(crate) fn run(ctx: &Ctx, query: Option<&str>) -> Answer {
    let Some(query) = query else {
        return whole(ctx);
    };
    // "When did this insight come out?" asks for the brief's own date, which the entries that
    // cite its front matter give (as they do in /ask), not for an event of the story.
    if matches!(super::route(query), super::Route::Brief) {
        if let Some(answer) = super::ask::about_the_brief(ctx, query) {
            return Answer {
                command: CommandName::Timeline,
                ..answer
            };
        }
    }
    // "How long after the attack did Putin speak?" asks for the gap between two dated events.
    if let Some(answer) = super::elapsed::run(ctx, query, CommandName::Timeline) {
        return answer;
    }
    // "The day after the attack, which Hamas official went on Russian TV?" names a day by an
    // event: it is searched as that day.
    // A day counted from a date ("nine days after oct 7") is read before the date it counts
    // from, which alone would be the wrong day; its "after" then names the day, not a side.
    let relative = super::elapsed::relative_day(ctx, query);
    let counted = relative.is_some();
    let extracted = relative.or_else(|| dates::extract(query));
    let (date, rest) = match extracted {
        // "how soon after Oct 7 did Putin speak": the date is where the question starts from,
        // and the event asked about is named by the other words.
        Some((date, rest))
            if !counted
                && anchored(query)
                && content_words(&without_timeline_words(&rest)) >= 1 =>
        {
            let rest = without_timeline_words(&rest);
            let mut s = ctx.search(&rest, Some(EntryKind::Event), CommandName::Timeline);
            keep_side_of_anchor(ctx, query, date, &mut s);
            let answer = ctx.answer(CommandName::Timeline, query, &s);
            return when_the_brief_says(ctx.engine, answer, query);
        }
        Some(found) => found,
        None => {
            let words = without_timeline_words(query);
            let mut s = ctx.search(&words, Some(EntryKind::Event), CommandName::Timeline);
            super::matching::prefer_follow_up(ctx, query, &mut s);
            super::matching::prefer_direction(ctx, query, &mut s);
            let answer = ctx.answer(CommandName::Timeline, query, &s);
            if answer.outcome == Outcome::NoMatch && asks_when(query) {
                if let Some(stated) = when_a_claim_says(ctx, query, &words) {
                    return stated;
                }
            }
            return when_the_brief_says(ctx.engine, answer, query);
        }
    };
    let engine = ctx.engine;
    let keep = |doc: u32| ctx.keeps(engine.index().doc(doc), Some(EntryKind::Event));
    let matching = |date: dates::DateQuery| -> Vec<(u32, f32)> {
        engine
            .dated()
            .candidates(date)
            .into_iter()
            .filter(|d| keep(d.doc))
            .filter_map(|d| {
                date.matches((d.start, d.end), d.approximate)
                    .map(|s| (d.doc, s * year_fit(engine, date, d)))
            })
            .collect()
    };
    let mut matches = matching(date);
    // "10/7" is 10 July day first, but the brief has nothing then: read month first, it is
    // 7 October, as an American writes it.
    let mut date = date;
    if matches.is_empty() {
        if let Some(other) = dates::month_first_reading(query) {
            let found = matching(other);
            if !found.is_empty() {
                (date, matches) = (other, found);
            }
        }
    }
    if matches.is_empty() {
        // Offer the events nearest to the asked date, in the brief's own year when none given.
        let (year, month) = (engine.library().briefs().first())
            .and_then(|b| b.meta().published_month())
            .unwrap_or((2023, 1));
        let anchor = date.anchor_day(year, month);
        let near = engine.dated().nearest(anchor, MAX_SUGGESTIONS, keep);
        let suggestions = near
            .into_iter()
            .take(MAX_SUGGESTIONS)
            .map(|d| {
                hits::hit_for(
                    engine,
                    engine.index().doc(d.doc),
                    0.0,
                    "nearest date".into(),
                )
            })
            .collect();
        let note = format!(
            "The brief records no event on {}. The nearest dated events are offered below.",
            date.describe()
        );
        return no_match(CommandName::Timeline, query, suggestions, Some(note));
    }
    let restrict: Vec<u32> = matches.iter().map(|&(d, _)| d).collect();
    let prepared = engine.index().prepare_in(&rest, false, ctx.brief);
    let words: Vec<String> = prepared.iter().map(|q| q.word.clone()).collect();
    let text_scores = if prepared.is_empty() {
        Vec::new()
    } else {
        engine
            .index()
            .search(&prepared, Some(&restrict), Default::default())
    };
    let by_doc: std::collections::HashMap<u32, &crate::search::Scored> =
        text_scores.iter().map(|s| (s.doc, s)).collect();
    let mut ranked: Vec<(u32, f32)> = matches
        .iter()
        .map(|&(doc, ds)| {
            let score = if prepared.is_empty() {
                ds
            } else {
                0.6 * ds + 0.4 * by_doc.get(&doc).map_or(0.0, |t| t.score)
            };
            (doc, score)
        })
        .collect();
    // Events of the asked date come first; an approximate or looser match is shown only when
    // nothing fits better.
    let top = ranked.iter().map(|r| r.1).fold(f32::MIN, f32::max);
    ranked.retain(|r| r.1 >= top - 0.15);
    let order = |doc: u32| {
        let r = engine.index().doc(doc);
        (
            r.brief,
            engine.library().briefs()[r.brief as usize].events()[r.index as usize].order,
        )
    };
    let by_rank = |a: &(u32, f32), b: &(u32, f32)| {
        b.1.total_cmp(&a.1)
            .then_with(|| order(a.0).cmp(&order(b.0)))
    };
    // Only the shown events are sorted and explained: a day without a year can match thousands
    // of events in a large library.
    if ranked.len() > ctx.limit {
        ranked.select_nth_unstable_by(ctx.limit, by_rank);
        ranked.truncate(ctx.limit);
    }
    ranked.sort_by(by_rank);
    // "How many Israelis were killed on October 7?" names the day's event but asks for an
    // amount: an event that gives none does not answer it, and the reader is shown it instead.
    // The question's own date is no amount: "what went down at the UN 4 days after the
    // Dagestan riot" counts days to name the date, which `rest` no longer holds.
    let amount_missing = ranked
        .first()
        .is_some_and(|&(doc, _)| super::matching::amount_missing(engine, &rest, doc));
    let ranked_top = ranked.first().map(|r| r.0);
    // Only a question with words besides its date can ask about something unmentioned.
    let unasked_event = !prepared.is_empty()
        && ranked_top.is_some_and(|doc| {
            let asked = engine
                .index()
                .prepare_in(&without_timeline_words(&rest), false, ctx.brief);
            let asked: Vec<&str> = asked.iter().map(|t| t.word.as_str()).collect();
            asks_about_the_unmentioned(
                &prepared,
                &asked,
                by_doc.get(&doc).map(|t| t.matched.as_slice()),
            )
        });
    let results = ranked
        .into_iter()
        .map(|(doc, score)| {
            let mut why = format!("date {}", date.describe());
            if let Some(t) = by_doc.get(&doc) {
                let explained = hits::explain(engine, t, &words);
                if !explained.is_empty() {
                    why = format!("{why}, {explained}");
                }
            }
            hits::hit_for(engine, engine.index().doc(doc), score, why)
        })
        .collect();
    if amount_missing {
        let mut suggestions: Vec<_> = results;
        suggestions.truncate(MAX_SUGGESTIONS);
        let note = "The brief gives no figure for this. The events of that date are offered below."
            .to_string();
        return no_match(CommandName::Timeline, query, suggestions, Some(note));
    }
    // "Zelensky on the Oct 7 massacre" names the day's event, but asks what someone the brief
    // never mentions said about it: the event does not answer that. Nor does an event of the
    // asked month that shares none of what the question asks about ("the hostages Hamas
    // released later in Nov").
    if unasked_event
        || ranked_top.is_some_and(|doc| {
            super::matching::names_outsider(engine, query, doc)
                || super::matching::vote_outcome_unstated(engine, query, doc)
        })
    {
        let mut suggestions: Vec<_> = results;
        suggestions.truncate(MAX_SUGGESTIONS);
        return no_match(CommandName::Timeline, query, suggestions, None);
    }
    answered(CommandName::Timeline, query, results)
}

/// The least number of a question's words, besides its date and words of asking when, that no
/// brief uses before an event of that date is taken not to be what was asked about.
const UNASKED_WORDS: usize = 2;

/// Whether the question's `terms` ask about something the briefs never mention: at least
/// [`UNASKED_WORDS`] of the `asked` ones (those left when its date and the words of asking when,
/// "happened", "date", are taken out) are words no brief uses, nor any synonym of one, nor does
/// the event of the date match them (`matched`, `None` for no word at all), and they weigh more
/// than half of the asked words. "What happened with the hostages Hamas released later in Nov"
/// names a month of the story, but a brief that never says "hostages" or "released" has no
/// event of that month about them, whatever else the event shares with the question; "what
/// went down on Oct 29" is chat for what happened, in words the brief uses elsewhere.
fn asks_about_the_unmentioned(
    terms: &[crate::search::QueryTerm],
    asked: &[&str],
    matched: Option<&[Option<(crate::search::Field, crate::search::MatchHow)>]>,
) -> bool {
    let (mut total, mut missed, mut missed_words) = (0.0f32, 0.0f32, 0);
    for (i, t) in terms.iter().enumerate() {
        if !asked.contains(&t.word.as_str()) {
            continue;
        }
        total += t.weight;
        let used = t.expansions.iter().any(|e| {
            matches!(
                e.how,
                crate::search::MatchHow::Exact | crate::search::MatchHow::Synonym
            )
        });
        let hit = matched.is_some_and(|m| m.get(i).is_some_and(Option::is_some));
        if !used && !hit {
            missed += t.weight;
            missed_words += 1;
        }
    }
    missed_words >= UNASKED_WORDS && missed > 0.5 * total
}

/// Phrases that ask for the day itself: "what date", "exact day".
const DAY_ASKS: &[&str] = &[
    "what date",
    "which date",
    "what day",
    "which day",
    "exact date",
    "exact day",
    "precise date",
    "precise day",
    "specific date",
    "specific day",
];

/// "When did Russia invade Crimea?" asks for a date: an event the brief leaves undated does not
/// answer it, however well it matches. The reader is told so and shown the event.
///
/// An event the brief places in time in its own words ("After the visit, Hamas thanked Putin",
/// "In the aftermath of the attempted pogrom") does answer it: those words are all the brief
/// says about when, and a reader asking is better served by them, quoted, than by being told
/// the brief is silent. The answer says that the brief gives no date, only those words.
fn undated_is_no_date(engine: &Engine, answer: Answer, query: &str) -> Answer {
    let lower = query.to_lowercase();
    // Chat puts the question word anywhere: "the al-Ahli blast, date?", "Biden's line, when was
    // that said".
    // "What date", "which year": a question that names the calendar unit it wants is not
    // answered by words that only place the event in the story ("During the war itself").
    let asks_day = DAY_ASKS.iter().any(|c| lower.contains(c));
    let asks_calendar = asks_day
        || ["what year", "which year", "exact year", "exact month"]
            .iter()
            .any(|c| lower.contains(c));
    let asks_date = asks_calendar
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "when" | "date"));
    let top_event = answer.results.first().and_then(|h| event_of(engine, h));
    let undated_top = top_event.is_some_and(|e| e.when == crate::kb::When::Undated);
    // An undated event the story places in one month or year ("During the war itself", after
    // October 7, 2023, in a brief of November 2023) answers "when" and "what year" with that
    // period, said to come from the story's order; it never answers "what date".
    let within = top_event.and_then(|e| e.within);
    // A day the brief only implies ("In the aftermath of the attempted pogrom", placed around
    // the day after) answers "when", but not "what date exactly": the brief names no day. An
    // implied year still answers "what year".
    if asks_day && (!undated_top || within.is_some()) {
        let implied = answer
            .results
            .first()
            .filter(|h| h.kind == EntryKind::Event && (implied_day(engine, h) || within.is_some()))
            .map(|h| own_time_words(engine, h));
        if let Some(words) = implied {
            let mut suggestions = answer.results;
            suggestions.truncate(MAX_SUGGESTIONS);
            let mut note = "The brief gives no exact date for this".to_string();
            if let Some(words) = words {
                note.push_str(&format!(", only \"{words}\""));
            }
            if let Some(p) = within {
                note.push_str(&format!(" (by the story's order, {})", p.human()));
            }
            note.push_str(". The entry is offered below.");
            return Answer {
                evidence: answer.evidence,
                ..no_match(CommandName::Timeline, query, suggestions, Some(note))
            };
        }
    }
    if !(asks_date && undated_top) {
        return answer;
    }
    let own_words = answer
        .results
        .first()
        .and_then(|h| own_time_words(engine, h));
    // "What month" is not answered by a year the story implies.
    let finer_than_within =
        matches!(within, Some(crate::kb::Point::Year(_))) && lower.contains("month");
    if let Some(p) = within.filter(|_| !finer_than_within) {
        let only = own_words.map_or(String::new(), |w| format!(", only \"{w}\""));
        let note = format!(
            "The brief gives no date for this{only}; by the story's order it was in {}.",
            p.human()
        );
        return Answer {
            note: Some(note),
            ..answer
        };
    }
    if let Some(words) = own_words.as_ref().filter(|_| asks_calendar) {
        let mut suggestions = answer.results;
        suggestions.truncate(MAX_SUGGESTIONS);
        let note = format!(
            "The brief gives no date for this, only \"{words}\". The entry is offered below."
        );
        return Answer {
            evidence: answer.evidence,
            ..no_match(CommandName::Timeline, query, suggestions, Some(note))
        };
    }
    if let Some(words) = own_words {
        return Answer {
            note: Some(format!(
                "The brief gives no date for this, only \"{words}\"."
            )),
            ..answer
        };
    }
    let mut suggestions = answer.results;
    suggestions.truncate(MAX_SUGGESTIONS);
    let note = "The brief mentions this but does not say when it happened. The entry is offered \
                below."
        .to_string();
    Answer {
        evidence: answer.evidence,
        ..no_match(CommandName::Timeline, query, suggestions, Some(note))
    }
}

/// The knowledge-base event a hit shows, when it shows one.
fn event_of<'a>(engine: &'a Engine, hit: &crate::answer::Hit) -> Option<&'a crate::kb::Event> {
    if hit.kind != EntryKind::Event {
        return None;
    }
    let brief = engine.library().brief(&hit.brief)?;
    match brief.lookup(&hit.id)? {
        (EntryKind::Event, i) => brief.events().get(i),
        _ => None,
    }
}

/// Words by which a question asks when: "since when are Russia and Iran allies", "what year".
const WHEN_WORDS: &[&str] = &["when", "since", "year", "date", "point", "время", "когда"];

/// Words by which a sentence places what it says in time.
const TIME_MARKERS: &[&str] = &[
    "since",
    "after",
    "during",
    "following",
    "until",
    "before",
    "when",
    "ago",
    "later",
];

/// Words by which a question asks for the date itself, not only for when relative to
/// something: "what date exactly", "which day".
const DATE_WORDS: &[&str] = &["date", "exactly", "exact", "day", "дата"];

/// Whether `query` asks for the date itself ("what date exactly did…").
fn asks_a_date(query: &str) -> bool {
    super::matching::lower_words(query)
        .iter()
        .any(|w| DATE_WORDS.contains(&w.as_str()))
}

/// Whether `query` asks when something happened, as opposed to listing a topic's events.
fn asks_when(query: &str) -> bool {
    super::matching::lower_words(query)
        .iter()
        .any(|w| WHEN_WORDS.contains(&w.as_str()))
}

/// The brief often says when something came about without an event to date it: "Russia's
/// relations with Iran have become a strategic alliance as a result of the war in Ukraine".
/// When no event answers a question for the time, a claim that answers it as a statement would
/// is given, with a note saying that the brief dates no event for it.
fn when_a_claim_says(ctx: &Ctx, query: &str, words: &str) -> Option<Answer> {
    let mut s = ctx.search(words, Some(EntryKind::Claim), CommandName::Claim);
    super::matching::prefer_subject(ctx, words, &mut s);
    let answer = ctx.answer(CommandName::Claim, query, &s);
    // Only a claim whose words place it in time answers "when": a year, a month, or what it
    // came after or out of ("as a result of the war in Ukraine").
    let placed_in_time = answer.results.first().is_some_and(|h| {
        let text = std::iter::once(h.title.as_str())
            .chain(h.citations.iter().map(|c| c.quote.as_str()))
            .collect::<Vec<_>>()
            .join(" ");
        let words = super::matching::lower_words(&text);
        let dated = |w: &String| {
            (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())) || dates::is_month_name(w)
        };
        // "What date exactly…" asks for a date, which "during the war" does not give.
        if asks_a_date(query) {
            return words.iter().any(dated);
        }
        words
            .iter()
            .any(|w| TIME_MARKERS.contains(&w.as_str()) || dated(w))
            || text.to_lowercase().contains("as a result of")
    });
    if answer.outcome != Outcome::Answered || !placed_in_time {
        return None;
    }
    // The event made of the claim's sentence carries the date itself. It stands in for the
    // claim only where the claim would answer: Putin's comparison with the siege of Leningrad,
    // dated by his speech, does not say when the siege began.
    if let Some(event) =
        (answer.results.first()).and_then(|h| dated_event_of_the_same_sentence(ctx, h, words))
    {
        let mut results = answer.results;
        results[0] = event;
        return Some(Answer {
            command: CommandName::Timeline,
            results,
            ..answer
        });
    }
    Some(Answer {
        command: CommandName::Timeline,
        note: Some(
            "No dated event in the brief answers this; the brief places it in time only in \
             the sentence below."
                .to_string(),
        ),
        ..answer
    })
}

/// The dated event that cites the sentence `claim` cites, as a hit with the claim's score. A
/// question worded far from an event's title ("when did Putin condole the victims' families")
/// can miss the event and still find the claim made of the same sentence; the event is then the
/// answer, because it carries the date the question asks for.
///
/// One sentence may date two events ("In the aftermath of the attempted pogrom … on October
/// 29, Putin convened a meeting" is the pogrom's and the meeting's): the one the question's
/// `words` match better stands in, so "Dagestan airport mob, what date" is the pogrom.
fn dated_event_of_the_same_sentence(ctx: &Ctx, claim: &Hit, words: &str) -> Option<Hit> {
    let engine = ctx.engine;
    let b = (engine.library().briefs().iter()).position(|b| b.id() == claim.brief)?;
    let brief = &engine.library().briefs()[b];
    let (EntryKind::Claim, c) = brief.lookup(&claim.id)? else {
        return None;
    };
    let cited = &brief.claims()[c].citations;
    // How much of the shorter of two quotes of one paragraph the other covers.
    let overlap = |x: &crate::kb::Citation, y: &crate::kb::Citation| {
        let shared = x
            .span
            .1
            .min(y.span.1)
            .saturating_sub(x.span.0.max(y.span.0));
        let shorter = (x.span.1 - x.span.0).min(y.span.1 - y.span.0).max(1);
        if x.paragraph == y.paragraph && x.paragraph > 0 {
            shared as f32 / shorter as f32
        } else {
            0.0
        }
    };
    let of_the_sentence: Vec<(usize, f32)> = (brief.events().iter().enumerate())
        .filter(|(_, e)| e.when.span().is_some())
        .filter_map(|(i, e)| {
            let best = (e.citations.iter())
                .flat_map(|x| cited.iter().map(move |y| overlap(x, y)))
                .fold(0.0f32, f32::max);
            (best >= 0.8).then_some((i, best))
        })
        .collect();
    let event_ref = |index: usize| DocRef {
        brief: b as u32,
        kind: EntryKind::Event,
        index: index as u32,
    };
    let docs: Vec<u32> = (of_the_sentence.iter())
        .filter_map(|&(i, _)| engine.index().doc_of(event_ref(i)))
        .collect();
    // Only a sentence that dates two events needs the question's words scored against them,
    // and then once for all of them.
    let scores = if docs.len() < 2 {
        Vec::new()
    } else {
        let prepared = engine.index().prepare_in(words, false, ctx.brief);
        engine
            .index()
            .search(&prepared, Some(&docs), Default::default())
    };
    let text_score = |i: usize| -> f32 {
        let doc = engine.index().doc_of(event_ref(i));
        (scores.iter())
            .find(|s| Some(s.doc) == doc)
            .map_or(0.0, |s| s.score)
    };
    let (index, _, _) = (of_the_sentence.iter())
        .map(|&(i, overlap)| (i, overlap, text_score(i)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(a.2.total_cmp(&b.2)))?;
    let r = event_ref(index);
    Some(hits::hit_for(engine, r, claim.score, claim.matched.clone()))
}

/// A search's answer to a "when" question, kept only where the brief gives the time: not for an
/// event it leaves undated (`undated_is_no_date`), nor for an act it dates only by the report of
/// it (`reported_is_no_date`).
fn when_the_brief_says(engine: &Engine, answer: Answer, query: &str) -> Answer {
    reported_is_no_date(engine, undated_is_no_date(engine, answer, query), query)
}

/// Nouns and verbs in an event's title that make it a report of something: an interview, a
/// speech, a statement.
const REPORT_TITLES: &[&str] = &[
    "interview",
    "speech",
    "statement",
    "remarks",
    "press conference",
    "editorial",
    // Titles are compared as words, so the hyphen of "op-ed" is a space.
    "op ed",
    "says",
    "said",
    "claims",
    "claimed",
    "told",
];

/// Words by which a question asks about the report itself ("when was the RT interview", "when
/// did Baraka say…"), not about what it reports.
const REPORT_WORDS: &[&str] = &[
    "interview",
    "interviewed",
    "speech",
    "statement",
    "remark",
    "remarks",
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "told",
    "claim",
    "claimed",
    "claims",
    "comment",
    "comments",
    "speak",
    "spoke",
    "talk",
    "talked",
    "report",
    "reported",
    "editorial",
    "announce",
    "announced",
];

/// "When did Russia give Hamas the Kalashnikov licence?" is not answered by the date of the
/// interview in which a Hamas official claimed it: the brief dates the claim, not the act. When
/// the best event is a report (its title names an interview, a speech, a statement) and the
/// question asks neither about a report nor names the one who spoke or the outlet, the reader is
/// told the brief gives no date for the act and shown the report.
fn reported_is_no_date(engine: &Engine, answer: Answer, query: &str) -> Answer {
    // "What happened in Kyrgyzstan a week after Oct 7" gives the time and asks what happened
    // then: the speech is the answer, not a report standing in for an undated act.
    if answer.outcome != crate::answer::Outcome::Answered || !asks_when(query) {
        return answer;
    }
    let Some(hit) = answer.results.first() else {
        return answer;
    };
    let Some(brief) = engine.library().brief(&hit.brief) else {
        return answer;
    };
    let Some((EntryKind::Event, i)) = brief.lookup(&hit.id) else {
        return answer;
    };
    let event = &brief.events()[i];
    let is_report = is_report_title(&event.title);
    let lower = query.to_lowercase();
    let asked = crate::kb::padded_words(&lower);
    let asks_report = REPORT_WORDS
        .iter()
        .any(|w| asked.contains(&format!(" {w} ")));
    // Naming the speaker or the outlet ("when did Baraka…", "on RT") asks about the report.
    let names_reporter = brief.actors_named_in(query).iter().any(|&a| {
        event.actors.contains(&a)
            && matches!(
                brief.actors()[a].kind,
                crate::kb::ActorKind::Person | crate::kb::ActorKind::Media
            )
    });
    if !is_report || asks_report || names_reporter {
        return answer;
    }
    // "When did Russia start talking to Hamas officially" finds the interview (on "Russia
    // Today") a little ahead of the act it asks about, the Foreign Ministry's meetings: an event
    // that is no report and scores nearly as well answers it.
    let floor = REPORT_SHARE * hit.score;
    let act = (answer.results.iter().enumerate().skip(1).take(2)).find(|(_, h)| {
        h.kind == EntryKind::Event
            && h.score >= floor
            && matches!(brief.lookup(&h.id), Some((EntryKind::Event, j))
                if !is_report_title(&brief.events()[j].title)
                    && brief.events()[j].when.span().is_some())
    });
    if let Some((j, _)) = act {
        let mut results = answer.results;
        let first = results.remove(j);
        results.insert(0, first);
        return Answer { results, ..answer };
    }
    let mut suggestions = answer.results;
    suggestions.truncate(MAX_SUGGESTIONS);
    let note = "The brief does not say when this happened, only when it was reported. The report \
                is offered below."
        .to_string();
    Answer {
        evidence: answer.evidence,
        ..no_match(CommandName::Timeline, query, suggestions, Some(note))
    }
}

/// How far below a report a dated event that is no report may score and still answer a "when"
/// question in its place.
const REPORT_SHARE: f32 = 0.75;

/// Whether an event's title makes it a report of something ([`REPORT_TITLES`]).
fn is_report_title(title: &str) -> bool {
    let title = crate::kb::padded_words(&title.to_lowercase());
    REPORT_TITLES
        .iter()
        .any(|w| title.contains(&format!(" {w} ")))
}

/// Whether the event of `hit` has a day the brief only implies (`approx` to the day).
fn implied_day(engine: &Engine, hit: &crate::answer::Hit) -> bool {
    event_of(engine, hit).is_some_and(|e| {
        matches!(
            e.when,
            crate::kb::date::When::Approx(crate::kb::Point::Day(..))
        )
    })
}

/// The words an undated or approximately dated event's brief uses to place it in time ("After the visit"), when the
/// event has them and they stand in a paragraph it cites: a curator's "not dated in the brief"
/// is no time the brief gives. (A quote may leave the words out, as "Putin convened a meeting
/// …" leaves out the "In the aftermath of the attempted pogrom" that opens its sentence.)
fn own_time_words(engine: &Engine, hit: &crate::answer::Hit) -> Option<String> {
    let brief = engine.library().brief(&hit.brief)?;
    let (EntryKind::Event, i) = brief.lookup(&hit.id)? else {
        return None;
    };
    let event = &brief.events()[i];
    let words = event.when_text.as_deref()?.trim();
    let folded = crate::text::fold_for_quote(words).to_lowercase();
    let in_the_brief = event.citations.iter().any(|c| {
        let cited = brief
            .paragraph(c.paragraph)
            .map_or(c.quote.as_str(), |p| &p.text);
        crate::text::fold_for_quote(cited)
            .to_lowercase()
            .contains(&folded)
    });
    (!folded.is_empty() && in_the_brief).then(|| words.to_string())
}

/// How well an event fits a date asked without a year ("Oct 16"): a brief that writes "on
/// October 16" means the one in the year before it was published, so that one answers fully and
/// the same day of other years a little less. Dates with a year fit as they are.
fn year_fit(engine: &Engine, date: dates::DateQuery, event: &DatedEvent) -> f32 {
    if matches!(date, dates::DateQuery::Exact(_)) {
        return 1.0;
    }
    let brief = engine.index().doc(event.doc).brief;
    let published = engine.library().briefs()[brief as usize]
        .meta()
        .published
        .last_day();
    if event.start <= published && published - event.start <= 366 {
        1.0
    } else {
        0.9
    }
}

/// The whole timeline, brief by brief (newest brief first), each in story order. The result
/// limit does not apply: front ends page through it.
fn whole(ctx: &Ctx) -> Answer {
    let engine = ctx.engine;
    let mut results = Vec::new();
    // The limit ends the whole listing, not one brief's part of it: in a library the next
    // brief must not add its events after the limit was reached.
    'briefs: for (bi, brief) in engine.library().briefs().iter().enumerate() {
        if ctx.brief.is_some_and(|b| b as usize != bi) {
            continue;
        }
        for e in brief.timeline() {
            let (_, i) = brief
                .lookup(&e.id)
                .expect("timeline events are indexed by id");
            let r = DocRef {
                brief: bi as u32,
                kind: EntryKind::Event,
                index: i as u32,
            };
            results.push(hits::hit_for(engine, r, 1.0, "timeline".into()));
            if results.len() >= MAX_RESULTS {
                break 'briefs;
            }
        }
    }
    answered(CommandName::Timeline, "", results)
}
