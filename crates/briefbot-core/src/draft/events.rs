//! Events: every date a sentence gives makes an event of that sentence, at the precision the
//! text gives; a sentence without a date that reports something happening ("a delegation
//! visited Moscow") makes an undated event, placed after the last dated event before it.
//! A date the story already has, mentioned again without "on" or "in" ("the October 7
//! massacre", "since October 7"), cites the existing event instead of making another.

use super::actors::Actors;
use super::dates::{find_dates, Clock, Resolved};
use super::tables::EVENT_VERBS;

#[derive(Clone, Debug)]
pub struct DraftEvent {
    pub when: Option<Resolved>,
    /// The brief's words for the time (or, for an undated event, what it is anchored to).
    pub when_text: String,
    /// Index of the dated event this undated one follows in the story.
    pub after: Option<usize>,
    /// Citations: (paragraph index, start, end).
    pub cites: Vec<(usize, usize, usize)>,
    pub actors: Vec<usize>,
}

/// Leads after which a date is a new event rather than a reference to one ("On October 25").
fn narrates(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.starts_with("on ") || lower.starts_with("in ") || lower.starts_with("during ")
}

/// Drafts the events of the body. `spans[p]` are the quotable sentences of paragraph `p`.
pub fn find_events(
    paragraphs: &[&str],
    spans: &[Vec<(usize, usize)>],
    actors: &Actors,
    published: (i32, u8, u8),
) -> Vec<DraftEvent> {
    let mut clock = Clock::new(published);
    let mut events: Vec<DraftEvent> = Vec::new();
    let mut last_dated: Option<usize> = None;
    for (pi, text) in paragraphs.iter().enumerate() {
        // A year given with a day holds only within its paragraph.
        clock.year = None;
        for &(s, e) in &spans[pi] {
            let sentence = &text[s..e];
            let dates = find_dates(sentence, &clock);
            let mentioned: Vec<usize> = actors.within(pi, s, e).iter().map(|m| m.actor).collect();
            let mut seen = std::collections::HashSet::new();
            let mentioned: Vec<usize> = mentioned.into_iter().filter(|a| seen.insert(*a)).collect();
            if dates.is_empty() {
                let lower = sentence.to_lowercase();
                let happens = EVENT_VERBS.iter().any(|v| {
                    lower.match_indices(v).any(|(i, _)| {
                        !lower[..i].ends_with(char::is_alphanumeric)
                            && !lower[i + v.len()..].starts_with(char::is_alphanumeric)
                    })
                });
                if happens && !mentioned.is_empty() {
                    events.push(DraftEvent {
                        when: None,
                        when_text: time_phrase(sentence)
                            .unwrap_or_else(|| "not dated in the brief".to_string()),
                        after: last_dated,
                        cites: vec![(pi, s, e)],
                        actors: mentioned.clone(),
                    });
                }
                continue;
            }
            for d in &dates {
                clock.advance(d);
                // A relative date ("the following week", approximate) after the explicit date it
                // counts from is an event of its own, even within that date's span.
                let existing = events.iter().position(|ev| {
                    ev.when.map(Resolved::span) == Some(d.when.span())
                        && (d.explicit || ev.when == Some(d.when))
                });
                match existing {
                    Some(i)
                        if !narrates(&d.text)
                            || events[i].cites.iter().any(|c| c.0 == pi && c.1 == s) =>
                    {
                        if !events[i].cites.iter().any(|c| c.0 == pi && c.1 == s) {
                            events[i].cites.push((pi, s, e));
                        }
                        for a in &mentioned {
                            if !events[i].actors.contains(a) {
                                events[i].actors.push(*a);
                            }
                        }
                    }
                    _ => {
                        events.push(DraftEvent {
                            when: Some(d.when),
                            when_text: d.text.clone(),
                            after: None,
                            cites: vec![(pi, s, e)],
                            actors: mentioned.clone(),
                        });
                        last_dated = Some(events.len() - 1);
                    }
                }
            }
        }
    }
    events
}

/// The phrase that places an undated sentence in time ("During the war itself", "After the
/// visit"), when the sentence opens with one.
fn time_phrase(sentence: &str) -> Option<String> {
    const OPENERS: &[&str] = &[
        "After",
        "During",
        "In the aftermath of",
        "Following",
        "Later",
        "Before",
        "When",
        "Meanwhile",
        "Since then",
        "Shortly after",
        "Soon after",
        "At the same time",
    ];
    let opener = OPENERS.iter().find(|o| {
        sentence.starts_with(*o) && !sentence[o.len()..].starts_with(char::is_alphanumeric)
    })?;
    let end = sentence.find(',').filter(|&k| k > opener.len() && k < 90)?;
    Some(sentence[..end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::actors::find_actors;
    use crate::kb::seed::sentences;
    use crate::kb::Point;

    #[test]
    fn dated_undated_and_repeated_dates() {
        let paras = [
            "Since October 7, Russia has sided with Hamas. On October 16, Russia submitted a resolution. It was only on October 16 that Putin called Netanyahu.",
            "During the war itself, a delegation of Hamas officials visited Moscow. The October 7 massacre changed everything.",
        ];
        let actors = find_actors(&paras, &[]);
        let spans: Vec<Vec<(usize, usize)>> = paras.iter().map(|p| sentences(p)).collect();
        let events = find_events(&paras, &spans, &actors, (2023, 11, 9));
        let whens: Vec<Option<(i64, i64)>> =
            events.iter().map(|e| e.when.map(Resolved::span)).collect();
        let day = |d| {
            let p = Point::Day(2023, 10, d);
            Some((p.first_day(), p.last_day()))
        };
        assert_eq!(whens, vec![day(7), day(16), day(16), None], "{events:?}");
        assert_eq!(
            events[0].cites.len(),
            2,
            "the repeated date cites the first event"
        );
        assert_eq!(events[3].when_text, "During the war itself");
        assert_eq!(events[3].after, Some(2));
    }
}
