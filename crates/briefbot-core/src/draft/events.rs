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
            // "claimed that a fifth of capacity could close by 2028": a date after "by" that
            // lies past the publication date is a deadline or a forecast, not an event's date.
            let pub_day = crate::kb::date::day_number(published.0, published.1, published.2);
            let dates: Vec<_> = find_dates(sentence, &clock)
                .into_iter()
                .filter(|d| {
                    !(d.text.to_lowercase().starts_with("by ") && d.when.span().0 > pub_day)
                })
                .collect();
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
                let index = match existing {
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
                        i
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
                        events.len() - 1
                    }
                };
                // "Talks were frozen after the attack on Oct. 7": the date is the attack's; what
                // the sentence tells happened after it, on a day the text does not give.
                if let Some(phrase) = after_phrase(sentence, d.start, d.end) {
                    events.push(DraftEvent {
                        when: None,
                        when_text: phrase,
                        after: Some(index),
                        cites: vec![(pi, s, e)],
                        actors: mentioned.clone(),
                    });
                }
            }
        }
    }
    events
}

/// "after the Hamas attack on Israel on Oct. 7": a date inside a phrase of "after" or
/// "following" and a noun, within one clause. Returns the phrase.
fn after_phrase(sentence: &str, start: usize, end: usize) -> Option<String> {
    let before = &sentence[..start];
    let lower = before.to_lowercase();
    if lower.len() != before.len() {
        return None;
    }
    let at = ["after ", "following "]
        .iter()
        .filter_map(|w| {
            lower
                .match_indices(w)
                .filter(|(i, _)| *i == 0 || !lower[..*i].ends_with(char::is_alphanumeric))
                .map(|(i, _)| (i, w.len()))
                .last()
        })
        .max()?;
    let between = &before[at.0 + at.1..];
    let words = between.split_whitespace().count();
    if !(2..=12).contains(&words) || between.contains([',', ';', ':', '"']) {
        return None;
    }
    Some(sentence[at.0..end].to_string())
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

    #[test]
    fn a_named_actor_s_statement_is_an_undated_event_after_the_last_dated_one() {
        // (the sentence after "On March 3, 2025, Chile raised the levy.", whether it is an
        // undated event)
        let cases: &[(&str, bool)] = &[
            (
                "Prime Minister Olga Varennikova claimed that it was illegal.",
                true,
            ),
            (
                "The European Commission has since urged airlines to wait.",
                true,
            ),
            (
                "Finnish Foreign Minister Aino Lehtinen said only that she was concerned.",
                true,
            ),
            ("Moscow admitted that the work would be slow.", true),
            // Reports, findings and orders are acts too.
            (
                "A report by the Asian Development Bank concluded that the dam would help.",
                true,
            ),
            (
                "Its president, Ana Lopes, acknowledged in a statement that checks had failed.",
                true,
            ),
            ("The Ministry of Health ordered an internal review.", true),
            // Statements told with a participle, and a recorded change.
            (
                "Tomas Berg went further, telling Radio Baltic that the boats would stay.",
                true,
            ),
            (
                "The state-run Global Times was less restrained, calling the protests a tantrum.",
                true,
            ),
            ("Nordfisk Holdings reportedly doubled its catch.", true),
            // draft36: a description of a ruling, an appeal and how a ruling was received.
            (
                "Nordfisk Holdings, in a filing with the Oslo Stock Exchange, described the ruling as \"isolated\".",
                true,
            ),
            (
                "Nordfisk Holdings has appealed to the Supreme Court.",
                true,
            ),
            (
                "In Tromsø, the ruling was greeted with a procession to the harbour.",
                true,
            ),
            // A date after "by" past publication is a forecast: the claim is the event.
            (
                "Nordkaverne AG claimed that a fifth of capacity could close by 2028.",
                true,
            ),
            // No actor, no event: the statement has no one to belong to.
            ("Critics said that it was illegal.", false),
        ];
        for (sentence, want) in cases {
            let paras = ["On March 3, 2025, Chile raised the levy.", *sentence];
            let actors = find_actors(&paras, &[]);
            let spans: Vec<Vec<(usize, usize)>> = paras.iter().map(|p| sentences(p)).collect();
            let events = find_events(&paras, &spans, &actors, (2025, 4, 15));
            let undated: Vec<&DraftEvent> = events.iter().filter(|e| e.when.is_none()).collect();
            assert_eq!(!undated.is_empty(), *want, "{sentence}: {events:?}");
            if *want {
                assert_eq!(undated[0].after, Some(0), "{sentence}");
            }
        }
    }

    #[test]
    fn a_date_after_after_belongs_to_the_earlier_event() {
        // (sentence, the undated event's words, or None when the date is the sentence's own)
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Talks were frozen after the flood in Basra on May 4.",
                Some("after the flood in Basra on May 4"),
            ),
            (
                "Following the vote in Ankara in June 2021, the lira fell.",
                Some("Following the vote in Ankara in June 2021"),
            ),
            ("After May 4, the lira fell against the dollar.", None),
            ("The lira fell on May 4, after a long slide.", None),
        ];
        for (sentence, want) in cases {
            let paras = [*sentence];
            let actors = find_actors(&paras, &[]);
            let spans: Vec<Vec<(usize, usize)>> = paras.iter().map(|p| sentences(p)).collect();
            let events = find_events(&paras, &spans, &actors, (2023, 11, 9));
            let undated: Vec<&str> = events
                .iter()
                .filter(|e| e.when.is_none())
                .map(|e| e.when_text.as_str())
                .collect();
            assert_eq!(
                undated,
                want.iter().copied().collect::<Vec<_>>(),
                "{sentence}"
            );
            if want.is_some() {
                assert_eq!(events.last().unwrap().after, Some(0), "{sentence}");
            }
        }
    }
}
