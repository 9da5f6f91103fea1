//! "How long after the attack did Putin first speak?": the time between two dated events.
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
}

fn split(query: &str) -> Option<Parts> {
    // Every question passes here: most have no "how" and are turned away before their words
    // are read.
    if !contains_word_ignoring_case(query, "how") {
        return None;
    }
    let words = super::matching::lower_words(query);
    let lead_end = (0..words.len()).find_map(|i| {
        LEADS
            .iter()
            .find(|lead| {
                words[i..].starts_with(&lead.iter().map(|w| w.to_string()).collect::<Vec<_>>())
            })
            .map(|lead| i + lead.len())
    })?;
    let r = (lead_end..words.len()).find(|&i| RELATIONS.contains(&words[i].as_str()))?;
    let relation = RELATIONS.iter().find(|w| **w == words[r])?;
    let content = |ws: &[String]| -> String {
        ws.iter()
            .filter(|w| !FILLER.contains(&w.as_str()))
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (subject, anchor) = if r == lead_end {
        // "how long after the attack did Putin speak": the anchor runs to the auxiliary.
        let aux = (r + 1..words.len()).find(|&i| AUXILIARIES.contains(&words[i].as_str()))?;
        (content(&words[aux + 1..]), content(&words[r + 1..aux]))
    } else if matches!(*relation, "after" | "since" | "following") {
        // "how long did it take Putin to call Netanyahu after the attack".
        (content(&words[lead_end..r]), content(&words[r + 1..]))
    } else {
        // "How long did Putin wait before calling Netanyahu" counts from a start it leaves
        // unsaid: no anchor to count from.
        return None;
    };
    (!subject.is_empty() && !anchor.is_empty()).then_some(Parts {
        subject,
        anchor,
        relation,
    })
}

/// An event a part of a question names.
struct Named {
    doc: u32,
    /// Its span of days, when it is dated to the day (or about a day).
    span: Option<(i64, i64)>,
    approximate: bool,
}

/// The event `words` name, if one matches them well enough, with its span of days and whether
/// its date is approximate. The span is `None` unless the event is dated to the day (or about a
/// day): only such events are counted from.
fn event_named(ctx: &Ctx, words: &str) -> Option<Named> {
    let s = ctx.search(words, Some(EntryKind::Event), CommandName::Timeline);
    let top = s.ranked.first().filter(|r| r.lexical >= NAMED_FLOOR)?;
    let r = ctx.engine.index().doc(top.scored.doc);
    let brief = ctx.engine.library().briefs().get(r.brief as usize)?;
    let event = brief.events().get(r.index as usize)?;
    let span = event.when.span().filter(|(a, b)| b - a <= 1);
    Some(Named {
        doc: top.scored.doc,
        span,
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
];

/// Words that end the event a relative day is counted from: "the day after the attack, which
/// Hamas official…", "the same day Putin called Bibi what did Moscow…".
const EVENT_ENDS: &[&str] = &[
    "what", "which", "who", "whom", "how", "why", "did", "does", "was", "were", "is", "are",
];

/// A day named by its distance from an event: "the day after the attack", "the same day Putin
/// called Bibi", "two days before the veto". The event must match a day-dated event of the
/// brief; the day is returned as a date to search, with the question's other words.
pub(crate) fn relative_day(ctx: &Ctx, query: &str) -> Option<(dates::DateQuery, String)> {
    if !["day", "days", "morning"]
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
            (Some(n), Some("days"), Some(rel @ ("after" | "before"))) => {
                let count = n
                    .parse::<i64>()
                    .ok()
                    .or_else(|| DAY_COUNTS.iter().find(|(w, _)| *w == n).map(|&(_, c)| c))?;
                Some((i, i + 3, if rel == "after" { count } else { -count }))
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
    let event_words = words[after..end].join(" ");
    let (day, _) = event_named(ctx, &event_words)?.span?;
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
    let parts = split(query)?;
    let Named {
        doc: subject,
        span: s_span,
        approximate: s_approx,
    } = event_named(ctx, &parts.subject)?;
    let engine = ctx.engine;
    let (anchor_doc, a_span, a_approx) = match date_named(ctx, &parts.anchor) {
        Some(day) => (None, Some((day, day)), false),
        None => {
            let a = event_named(ctx, &parts.anchor)?;
            (Some(a.doc), a.span, a.approximate)
        }
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
    // The event's title and its date as the brief gives it ("around October 14, 2023").
    let named = |doc: u32| -> Option<(String, String)> {
        let r = engine.index().doc(doc);
        let brief = engine.library().briefs().get(r.brief as usize)?;
        let event = brief.events().get(r.index as usize)?;
        Some((event.title.clone(), event.when.to_string()))
    };
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
            (
                "how many days after the veto was the hamas delegation in moscow",
                Some(("the hamas delegation in moscow", "the veto", "after")),
            ),
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
            });
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
