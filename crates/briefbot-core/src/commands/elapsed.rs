//! "How long after the attack did Putin first speak?": the time between two dated events; and
//! "which came first, the veto or the call?": their order.
//!
//! The brief rarely states a gap, but it dates both events, and the reader asking wants the
//! one subtracted from the other. The answer is the event asked about, then the event counted
//! from, with a note giving the gap by the brief's dates. When either event is missing,
//! undated or dated only to a month or a year, this gives no answer and the question goes the
//! usual way (which says the brief gives no figure).

use super::Ctx;
use super::{answered, hits};
use crate::answer::{Answer, CommandName};
use crate::kb::date::When;
use crate::kb::EntryKind;
use crate::search::dates;

/// Words that open a question for a length of time.
const LEADS: &[&[&str]] = &[
    &["how", "long"],
    &["how", "soon"],
    &["how", "quickly"],
    &["how", "fast"],
    &["how", "many", "days"],
    &["how", "many", "weeks"],
    &["how", "much", "time"],
    &["how", "much", "later"],
];

/// Words that say which way the gap is counted from the anchor.
const RELATIONS: &[&str] = &["after", "before", "since", "following", "until", "till"];

/// Words after which a waited-for act names what it was about, the start of the wait: "how
/// long did Putin wait before saying anything **about** the attack".
const ABOUT_WORDS: &[&str] = &["about", "abt", "on", "regarding", "over"];

/// Auxiliaries that close the anchor of "how long after X **did** Y…" and open the event.
const AUXILIARIES: &[&str] = &[
    "did", "does", "do", "was", "were", "is", "are", "had", "has", "have", "until", "till",
];

/// Words of the question that ask for the length rather than name either event.
const FILLER: &[&str] = &[
    "how",
    "long",
    "soon",
    "quickly",
    "fast",
    "many",
    "much",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "time",
    "later",
    "take",
    "took",
    "taken",
    "wait",
    "waited",
    "waiting",
    "first",
    "finally",
    "actually",
    "really",
    "exactly",
    "even",
    // How an act was done does not change when: "speak publicly" is the speech.
    "publicly",
    "officially",
    "openly",
    "did",
    "does",
    "do",
    "it",
];

/// The least word score at which an event is taken as the one a part of the question names.
const NAMED_FLOOR: f32 = 0.5;

/// Whether `text` holds the ASCII word `word` in any case, without copying the text.
fn contains_word_ignoring_case(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The two halves of a gap question: the words naming the event asked about and those naming
/// the event (or date) it is counted from, with the relation between them.
#[derive(Debug, PartialEq)]
struct Parts {
    subject: String,
    anchor: String,
    relation: &'static str,
    /// The question asks for the first such act after the anchor ("how long did Putin wait
    /// before saying anything", "…did Putin first speak").
    first: bool,
}

/// The words of `ws` that are not in `filler`, joined by spaces: what names an event.
fn without(ws: &[String], filler: &[&str]) -> String {
    ws.iter()
        .filter(|w| !filler.contains(&w.as_str()))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}

fn split(query: &str) -> Option<Parts> {
    // Every question passes here: most have no "how" and are turned away before their words
    // are read.
    if !contains_word_ignoring_case(query, "how") {
        return None;
    }
    let words = super::matching::lower_words(query);
    let (_, lead_end) = super::matching::find_phrase(&words, LEADS)?;
    if let Some(parts) = between(&words, lead_end) {
        return Some(parts);
    }
    let r = (lead_end..words.len()).find(|&i| RELATIONS.contains(&words[i].as_str()))?;
    let relation = RELATIONS.iter().find(|w| **w == words[r])?;
    let content = |ws: &[String]| without(ws, FILLER);
    let (subject, anchor) = if r == lead_end {
        // "how long after the attack did Putin speak": the anchor runs to the auxiliary.
        let aux = (r + 1..words.len()).find(|&i| AUXILIARIES.contains(&words[i].as_str()))?;
        (content(&words[aux + 1..]), content(&words[r + 1..aux]))
    } else if matches!(*relation, "after" | "since" | "following") {
        // "how long did it take Putin to call Netanyahu after the attack".
        (content(&words[lead_end..r]), content(&words[r + 1..]))
    } else if let Some(about) =
        (r + 1..words.len()).find(|&i| ABOUT_WORDS.contains(&words[i].as_str()))
    {
        // "How long did Putin wait before saying anything about Oct 7" counts from what the
        // act was about: the wait began with it.
        let mut subject = content(&words[lead_end..r]);
        let act = content(&words[r + 1..about]);
        if !act.is_empty() {
            subject = format!("{subject} {act}").trim().to_string();
        }
        (subject, content(&words[about + 1..]))
    } else {
        // "How long did Putin wait before calling Netanyahu" counts from a start it leaves
        // unsaid: no anchor to count from.
        return None;
    };
    let first = words
        .iter()
        .any(|w| matches!(w.as_str(), "first" | "wait" | "waited" | "anything"));
    (!subject.is_empty() && !anchor.is_empty()).then_some(Parts {
        subject,
        anchor,
        relation,
        first,
    })
}

/// Words that join the two events of "how many days between X and Y" ("n" as chat writes
/// "and").
const JOINS: &[&str] = &["and", "n"];

/// Words that open a second question after the events of a gap question: "how many days
/// between the draft and the veto, **when** was the veto".
const NEXT_QUESTION: &[&str] = &["when", "what", "which", "who", "how", "why"];

/// "How many days between the truce draft and the veto", "how long was it between X and Y":
/// the gap between two named events, the second counted from the first (the answer's note
/// says which came first whichever way round they are named).
fn between(words: &[String], lead_end: usize) -> Option<Parts> {
    let b = (lead_end..words.len()).find(|&i| words[i] == "between")?;
    // Only filler may stand between the lead and "between": "how long was it between…".
    let filler = |w: &String| FILLER.contains(&w.as_str()) || matches!(w.as_str(), "was" | "is");
    if !words[lead_end..b].iter().all(filler) {
        return None;
    }
    let and = (b + 1..words.len()).find(|&i| JOINS.contains(&words[i].as_str()))?;
    let end = (and + 1..words.len())
        .find(|&i| NEXT_QUESTION.contains(&words[i].as_str()))
        .unwrap_or(words.len());
    let content = |ws: &[String]| without(ws, FILLER);
    let (anchor, subject) = (content(&words[b + 1..and]), content(&words[and + 1..end]));
    (!subject.is_empty() && !anchor.is_empty()).then_some(Parts {
        subject,
        anchor,
        relation: "after",
        first: false,
    })
}

/// An event a part of a question names.
struct Named {
    doc: u32,
    /// Its span of days, when it is dated to the day (or about a day).
    span: Option<(i64, i64)>,
    /// Its span of days at whatever precision the brief dates it (a year is a year's days).
    dated: Option<(i64, i64)>,
    approximate: bool,
}

/// The event `words` name, if one matches them well enough, with its span of days and whether
/// its date is approximate. The span is `None` unless the event is dated to the day (or about a
/// day): only such events are counted from.
fn event_named(ctx: &Ctx, words: &str) -> Option<Named> {
    let s = ctx.search(words, Some(EntryKind::Event), CommandName::Timeline);
    let top = s.ranked.first().filter(|r| r.lexical >= NAMED_FLOOR)?;
    named_doc(ctx, top.scored.doc)
}

/// How much of the best word score an event may lose and still count as one of the acts a
/// question for the first act names.
const FIRST_SHARE: f32 = 0.6;

/// The earliest event after day `after` among the five that match `words` best, each matching
/// within [`FIRST_SHARE`] of the best: the act a question for the first act means ("how long
/// did Putin wait before saying anything about the attack" is his first speech, not his later
/// call, though "saying" matches neither).
fn first_named_after(ctx: &Ctx, words: &str, after: i64) -> Option<Named> {
    let s = ctx.search(words, Some(EntryKind::Event), CommandName::Timeline);
    let best = s.ranked.first()?.lexical;
    let index = ctx.engine.index();
    let briefs = ctx.engine.library().briefs();
    // The act is the named actor's: Putin's first words are not a Hamas official's interview.
    let by_the_named = |doc: u32| {
        let r = index.doc(doc);
        briefs.get(r.brief as usize).is_some_and(|b| {
            let named = b.actors_named_in(words);
            b.events()
                .get(r.index as usize)
                .is_some_and(|e| named.iter().all(|a| e.actors.contains(a)))
        })
    };
    (s.ranked.iter().take(5))
        .filter(|r| r.lexical >= FIRST_SHARE * best && r.lexical > 0.0)
        .filter(|r| by_the_named(r.scored.doc))
        .filter_map(|r| named_doc(ctx, r.scored.doc))
        .filter(|n| n.span.is_some_and(|(start, _)| start > after))
        .min_by_key(|n| n.span.map(|(start, _)| start))
}

/// Event `doc` with its dates, as [`Named`].
fn named_doc(ctx: &Ctx, doc: u32) -> Option<Named> {
    let r = ctx.engine.index().doc(doc);
    let brief = ctx.engine.library().briefs().get(r.brief as usize)?;
    let event = brief.events().get(r.index as usize)?;
    let dated = event.when.span();
    let span = dated.filter(|(a, b)| b - a <= 1);
    Some(Named {
        doc,
        span,
        dated,
        approximate: matches!(event.when, When::Approx(_)),
    })
}

/// The day a date in the anchor names ("after oct 7"), in the year of the brief's story.
fn date_named(ctx: &Ctx, words: &str) -> Option<i64> {
    let (date, rest) = dates::extract(words)?;
    // A date with other words beside it ("after the oct 7 attack") is read as the event.
    if rest
        .split_whitespace()
        .any(|w| !crate::text::is_stop_word(w))
    {
        return None;
    }
    let (year, month) = ctx
        .engine
        .library()
        .briefs()
        .first()?
        .meta()
        .published_month()?;
    Some(date.anchor_day(year, month))
}

/// Small counts of days as chat writes them.
const DAY_COUNTS: &[(&str, i64)] = &[
    ("a", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
];

/// Words that end the event a relative day is counted from: "the day after the attack, which
/// Hamas official…", "the same day Putin called Bibi what did Moscow…".
const EVENT_ENDS: &[&str] = &[
    "what", "which", "who", "whom", "how", "why", "did", "does", "was", "were", "is", "are",
];

/// A day named by its distance from an event or a date: "the day after the attack", "the same
/// day Putin called Bibi", "two days before the veto", "nine days after oct 7", "a week after
/// the massacre". The anchor must be a date alone or match a day-dated event of the brief; the
/// day is returned as a date to search, with the question's other words.
pub(crate) fn relative_day(ctx: &Ctx, query: &str) -> Option<(dates::DateQuery, String)> {
    if !["day", "days", "morning", "week", "weeks"]
        .iter()
        .any(|w| contains_word_ignoring_case(query, w))
    {
        return None;
    }
    let words = super::matching::lower_words(query);
    // (index of the first word of the phrase, index after "after/before/day", days added)
    let found = (0..words.len()).find_map(|i| {
        let w = |k: usize| words.get(i + k).map(String::as_str);
        match (w(0), w(1), w(2)) {
            (Some("same"), Some("day"), Some("as")) => Some((i, i + 3, 0)),
            (Some("same"), Some("day"), _) => Some((i, i + 2, 0)),
            (Some("day" | "morning"), Some("after"), _) => Some((i, i + 2, 1)),
            (Some("day"), Some("before"), _) => Some((i, i + 2, -1)),
            (
                Some(n),
                Some(unit @ ("days" | "week" | "weeks")),
                Some(rel @ ("after" | "before")),
            ) => {
                let count = n
                    .parse::<i64>()
                    .ok()
                    .or_else(|| DAY_COUNTS.iter().find(|(w, _)| *w == n).map(|&(_, c)| c))?;
                // "A week" is one and "weeks" need a count: "two weeks after".
                let days = if unit == "days" { count } else { 7 * count };
                Some((i, i + 3, if rel == "after" { days } else { -days }))
            }
            _ => None,
        }
    })?;
    let (start, after, offset) = found;
    let end = (after..words.len())
        .find(|&k| EVENT_ENDS.contains(&words[k].as_str()))
        .unwrap_or(words.len());
    if end <= after {
        return None;
    }
    // A day's date ("nine days after oct 7 on RT") is counted from as it is, and the words after
    // it stay in the question; anything else names an event.
    let dated = (after + 1..=end.min(after + 4)).rev().find_map(|k| {
        let words = words[after..k].join(" ");
        let day_precise = matches!(
            dates::extract(&words),
            Some((
                dates::DateQuery::MonthDay(..) | dates::DateQuery::Exact(crate::kb::Point::Day(..)),
                _
            ))
        );
        day_precise
            .then(|| date_named(ctx, &words))
            .flatten()
            .map(|day| (day, k))
    });
    let (day, end) = match dated {
        Some(found) => found,
        None => (event_named(ctx, &words[after..end].join(" "))?.span?.0, end),
    };
    let (y, m, d) = crate::kb::date::civil_from_days(day + offset);
    // The phrase's leading "the" or "on the" goes with it.
    let mut first = start;
    while first > 0 && matches!(words[first - 1].as_str(), "the" | "on" | "a") {
        first -= 1;
    }
    let rest: Vec<&str> = words[..first]
        .iter()
        .chain(&words[end..])
        .map(String::as_str)
        .collect();
    Some((
        dates::DateQuery::Exact(crate::kb::Point::Day(y, m, d)),
        rest.join(" "),
    ))
}

/// Verbs that ask whether something took place first, before or after: "which **came** first",
/// "did the veto **happen** before the call".
const ORDER_VERBS: &[&str] = &[
    "came", "come", "comes", "happened", "happen", "happens", "occurred", "occur", "was", "were",
    "is",
];

/// Words of an order question that name neither event.
const ORDER_FILLER: &[&str] = &[
    "which", "what", "who", "first", "earlier", "later", "before", "after", "or", "did", "does",
    "do", "was", "were", "is", "came", "come", "comes", "happened", "happen", "happens",
    "occurred", "occur", "take", "took", "place", "the", "one",
];

/// The two events an order question names: "which came first, Putin's Leningrad comparison or
/// his call to Bibi", "the veto or the Moscow visit: which happened first", "did the veto come
/// before or after the call", "was the Dagestan riot before the Moscow visit". `None` for any
/// other question, such as "what did Russia do before the veto", which asks for what came
/// before and names one event.
fn order_parts(query: &str) -> Option<(String, String)> {
    // Every question passes here: most say neither "first" nor "before"/"after".
    if !["first", "before", "after", "earlier"]
        .iter()
        .any(|w| contains_word_ignoring_case(query, w))
    {
        return None;
    }
    let words = super::matching::lower_words(query);
    let content = |ws: &[String]| without(ws, ORDER_FILLER);
    let pair = |a: String, b: String| (!a.is_empty() && !b.is_empty()).then_some((a, b));
    let at = |w: &str| words.iter().position(|x| x == w);
    // "which came first[,] X or Y" and "X or Y[,] which came first".
    let asks_first = (0..words.len().saturating_sub(2)).find(|&i| {
        matches!(words[i].as_str(), "which" | "what" | "who")
            && ORDER_VERBS.contains(&words[i + 1].as_str())
            && matches!(words[i + 2].as_str(), "first" | "earlier")
    });
    if let Some(i) = asks_first {
        let (before, after) = (&words[..i], &words[i + 3..]);
        let rest = if after.iter().any(|w| w == "or") {
            after
        } else {
            before
        };
        let or = rest.iter().position(|w| w == "or")?;
        return pair(content(&rest[..or]), content(&rest[or + 1..]));
    }
    // "did/was X (come/happen) before or after Y", "did X come before Y", "was X before Y".
    let opener = words.first()?;
    if !matches!(opener.as_str(), "did" | "was" | "were" | "does" | "is") {
        return None;
    }
    let rel = at("before").or_else(|| at("after"))?;
    let follows_verb = rel > 1
        && (ORDER_VERBS.contains(&words[rel - 1].as_str())
            || matches!(opener.as_str(), "was" | "were" | "is"));
    let either = words.get(rel + 1).is_some_and(|w| w == "or")
        && words
            .get(rel + 2)
            .is_some_and(|w| w == "after" || w == "before");
    if !(follows_verb || either) {
        return None;
    }
    let second_from = if either { rel + 3 } else { rel + 1 };
    pair(content(&words[1..rel]), content(&words[second_from..]))
}

/// The answer to an order question: both events, earlier first, with a note saying which came
/// first by the brief's dates. When the brief does not date both, or dates them so loosely that
/// either may have come first, the events are offered with a note saying so.
fn order(
    ctx: &Ctx,
    query: &str,
    command: CommandName,
    first: &str,
    second: &str,
) -> Option<Answer> {
    let a = event_named(ctx, first)?;
    let b = event_named(ctx, second)?;
    if a.doc == b.doc {
        return None;
    }
    let engine = ctx.engine;
    let named = |doc: u32| title_and_when(engine, doc);
    let show = |docs: [u32; 2], score: f32| -> Vec<crate::answer::Hit> {
        docs.iter()
            .map(|&d| hits::hit_for(engine, engine.index().doc(d), score, String::new()))
            .collect()
    };
    let offered = |note: &str| {
        let shown = show([a.doc, b.doc], 0.0);
        Some(super::no_match(
            command,
            query,
            shown,
            Some(note.to_string()),
        ))
    };
    let (Some(ad), Some(bd)) = (a.dated, b.dated) else {
        return offered(
            "The brief does not date both events, so it does not say which came first. The \
             events are offered below.",
        );
    };
    // Spans that overlap ("October 2023" and "October 16") leave the order open.
    let (earlier, later) = if ad.1 < bd.0 {
        (&a, &b)
    } else if bd.1 < ad.0 {
        (&b, &a)
    } else {
        return offered(
            "The brief's dates for these events overlap, so they do not say which came first. \
             The events are offered below.",
        );
    };
    let (e_title, e_when) = named(earlier.doc)?;
    let (l_title, l_when) = named(later.doc)?;
    let gap = match (earlier.span, later.span) {
        (Some((e, _)), Some((l, _))) => {
            let about = if earlier.approximate || later.approximate {
                "about "
            } else {
                ""
            };
            format!("{about}{} ", length(l - e))
        }
        _ => String::new(),
    };
    let note = format!(
        "By the brief's dates, \"{e_title}\" ({e_when}) came first, {gap}before \"{l_title}\" \
         ({l_when})."
    );
    Some(Answer {
        note: Some(note),
        ..answered(command, query, show([earlier.doc, later.doc], 1.0))
    })
}

/// Event `doc`'s title and its date as the brief gives it ("around October 14, 2023").
fn title_and_when(engine: &crate::engine::Engine, doc: u32) -> Option<(String, String)> {
    let r = engine.index().doc(doc);
    let brief = engine.library().briefs().get(r.brief as usize)?;
    let event = brief.events().get(r.index as usize)?;
    Some((event.title.clone(), event.when.to_string()))
}

/// "7 days", "1 day", "3 weeks (21 days)".
fn length(days: i64) -> String {
    match days {
        1 => "1 day".into(),
        d if d >= 14 && d % 7 == 0 => format!("{} weeks ({d} days)", d / 7),
        d => format!("{d} days"),
    }
}

/// The answer to a question for the time between two events, when it is one and the brief
/// dates both.
pub(crate) fn run(ctx: &Ctx, query: &str, command: CommandName) -> Option<Answer> {
    if let Some((first, second)) = order_parts(query) {
        return order(ctx, query, command, &first, &second);
    }
    let parts = split(query)?;
    let engine = ctx.engine;
    let (anchor_doc, a_span, a_approx) = match date_named(ctx, &parts.anchor) {
        Some(day) => (None, Some((day, day)), false),
        None => {
            let a = event_named(ctx, &parts.anchor)?;
            (Some(a.doc), a.span, a.approximate)
        }
    };
    let first = (a_span.filter(|_| parts.first))
        .and_then(|(day, _)| first_named_after(ctx, &parts.subject, day));
    let Named {
        doc: subject,
        span: s_span,
        approximate: s_approx,
        ..
    } = match first {
        Some(n) => n,
        None => event_named(ctx, &parts.subject)?,
    };
    if anchor_doc == Some(subject) {
        return None;
    }
    // Both events are found but one is not dated to the day: the brief gives no gap, and the
    // reader is shown the events rather than told it is silent on them.
    let (Some((s_start, _)), Some((anchor_day, _))) = (s_span, a_span) else {
        let mut shown = vec![hits::hit_for(
            engine,
            engine.index().doc(subject),
            0.0,
            "the event asked about".into(),
        )];
        if let Some(doc) = anchor_doc {
            shown.push(hits::hit_for(
                engine,
                engine.index().doc(doc),
                0.0,
                "the event counted from".into(),
            ));
        }
        let note = "The brief does not date both events to the day, so it gives no time between \
                    them. The events are offered below."
            .to_string();
        return Some(super::no_match(command, query, shown, Some(note)));
    };
    let gap = s_start - anchor_day;
    let about = if s_approx || a_approx { "about " } else { "" };
    let named = |doc: u32| title_and_when(engine, doc);
    let (subject_title, subject_when) = named(subject)?;
    let anchor_text = match anchor_doc {
        Some(doc) => {
            let (title, when) = named(doc)?;
            format!("\"{title}\" ({when})")
        }
        None => {
            let (y, m, d) = crate::kb::date::civil_from_days(anchor_day);
            crate::kb::Point::Day(y, m, d).human()
        }
    };
    let side = match gap {
        0 => "on the same day as".to_string(),
        g if g > 0 => format!("{about}{} after", length(g)),
        g => format!("{about}{} before", length(-g)),
    };
    let note = format!(
        "By the brief's dates, \"{subject_title}\" ({subject_when}) came {side} {anchor_text}. \
         The brief gives both dates, not the gap itself."
    );
    let mut results = vec![hits::hit_for(
        engine,
        engine.index().doc(subject),
        1.0,
        format!("the event asked about ({})", parts.subject),
    )];
    if let Some(doc) = anchor_doc {
        results.push(hits::hit_for(
            engine,
            engine.index().doc(doc),
            0.9,
            format!("the event counted from ({})", parts.anchor),
        ));
    }
    Some(Answer {
        note: Some(note),
        ..answered(command, query, results)
    })
}

#[cfg(test)]
mod tests {
    use super::{length, split, Parts};

    #[test]
    fn questions_for_a_gap_split_into_the_event_and_its_anchor() {
        // (question, the event's words, the anchor's words, relation) or None
        // The event's words, the anchor's words and the relation.
        type Split = (&'static str, &'static str, &'static str);
        let cases: &[(&str, Option<Split>)] = &[
            (
                "how long after the attack did putin first speak publicly on it",
                Some(("putin speak on", "the attack", "after")),
            ),
            (
                "how soon after oct 7 did putin address ex soviet leaders",
                Some(("putin address ex soviet leaders", "oct 7", "after")),
            ),
            (
                "how long did it take putin to call netanyahu after the attack",
                Some(("putin to call netanyahu", "the attack", "after")),
            ),
            (
                "how long before the veto did russia submit its own draft",
                Some(("russia submit its own draft", "the veto", "before")),
            ),
            // A start left unsaid is no anchor.
            ("how long did putin wait before calling netanyahu", None),
            // A wait before an act about an event counts from that event.
            (
                "how long did putin wait before commenting publicly on the hamas attack",
                Some(("putin commenting", "the hamas attack", "before")),
            ),
            (
                "how many days after the veto was the hamas delegation in moscow",
                Some(("the hamas delegation in moscow", "the veto", "after")),
            ),
            // Two events named side by side: the first is counted from.
            (
                "how many days between russias truce draft n the veto, when was the veto",
                Some(("the veto", "russias truce draft", "after")),
            ),
            (
                "how long was it between the veto and the hamas visit to moscow",
                Some(("the hamas visit to moscow", "the veto", "after")),
            ),
            // "Between" inside an event's words is no gap question.
            ("how long did the talks between russia and hamas last", None),
            // No anchor, or no question for a length of time.
            ("how long did the siege of leningrad last", None),
            ("what happened after the veto", None),
            ("how long after", None),
        ];
        for (q, want) in cases {
            let got = split(q);
            let want = want.map(|(subject, anchor, relation)| Parts {
                subject: subject.into(),
                anchor: anchor.into(),
                relation: super::RELATIONS.iter().find(|r| **r == relation).unwrap(),
                first: got.as_ref().is_some_and(|g| g.first),
            });
            assert_eq!(got, want, "{q}");
        }
    }

    #[test]
    fn order_questions_split_into_their_two_events() {
        // (question, the two events' words) or None
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (
                "which came first, putin's leningrad comparison or his call to bibi",
                Some(("putin's leningrad comparison", "his call to bibi")),
            ),
            (
                "the veto or the dagestan riot: which happened first?",
                Some(("veto", "dagestan riot")),
            ),
            (
                "did the veto come before or after the call with netanyahu",
                Some(("veto", "call with netanyahu")),
            ),
            (
                "was the pogrom in dagestan before the veto",
                Some(("pogrom in dagestan", "veto")),
            ),
            (
                "did the 2006 election happen after the syria split",
                Some(("2006 election", "syria split")),
            ),
            // Questions for what came before or after one event name only one.
            ("what did russia do before the veto", None),
            ("did russia condemn hamas after the attack", None),
            ("which came first", None),
            ("who spoke first about the attack", None),
        ];
        for (q, want) in cases {
            let got = super::order_parts(q);
            let want = want.map(|(a, b)| (a.to_string(), b.to_string()));
            assert_eq!(got, want, "{q}");
        }
    }

    #[test]
    fn gaps_read_in_days_and_weeks() {
        for (days, want) in [
            (1, "1 day"),
            (9, "9 days"),
            (14, "2 weeks (14 days)"),
            (15, "15 days"),
        ] {
            assert_eq!(length(days), want);
        }
    }
}
