//! Events: every date a sentence gives makes an event of that sentence, at the precision the
//! text gives; a sentence without a date that reports something happening ("a delegation
//! visited Moscow") makes an undated event, placed after the last dated event before it.
//! A date the story already has, mentioned again without "on" or "in" ("the October 7
//! massacre", "since October 7"), cites the existing event instead of making another.

use std::sync::LazyLock;

use regex::Regex;

use super::actors::Actors;
use super::dates::{find_dates, Clock, DateMention, Resolved};
use super::tables::EVENT_VERBS;
use crate::kb::date::{civil_from_days, day_number};
use crate::kb::Point;

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
            let mut dates: Vec<_> = find_dates(sentence, &clock)
                .into_iter()
                .filter(|d| {
                    !(d.text.to_lowercase().starts_with("by ") && d.when.span().0 > pub_day)
                })
                .collect();
            // draft44: "on the day of the vote", "the morning after the vote": a day told by
            // the event it falls on or next to, which the story has already dated. Inside what
            // someone said ("time stamps from the night of the attack") it is their reference
            // back, and the story's clock, which later relative dates count from, stays.
            let clause = reported_clause(sentence);
            if let Some(mut anchored) = anchored_date(sentence, &events, paragraphs, pub_day) {
                anchored.explicit = clause.is_none_or(|at| anchored.start < at);
                if !dates
                    .iter()
                    .any(|d| d.start < anchored.end && anchored.start < d.end)
                {
                    let at = dates.partition_point(|d| d.start < anchored.start);
                    dates.insert(at, anchored);
                }
            }
            // draft44: in what someone said ("told reporters … that the plant was on schedule
            // to deliver its first water in 2034"), a date after the publication is what they
            // expect, not when anything happened.
            if let Some(at) = clause {
                dates.retain(|d| d.start < at || d.when.span().0 <= pub_day);
            }
            let mentioned: Vec<usize> = actors.within(pi, s, e).iter().map(|m| m.actor).collect();
            let mut seen = std::collections::HashSet::new();
            let mentioned: Vec<usize> = mentioned.into_iter().filter(|a| seen.insert(*a)).collect();
            // draft44: "The ministry denied that …, and said the full text had been deposited
            // with the committee in 2031": when every date is inside what was said, the date is
            // the reported event's, and the saying itself is an undated event of its own,
            // after the last dated one, as a statement without a date would be.
            if let Some(at) = clause {
                let speaker_named = actors
                    .within(pi, s, e)
                    .iter()
                    .any(|m| m.para == pi && m.start < s + at);
                if !dates.is_empty() && dates.iter().all(|d| d.start > at) && speaker_named {
                    events.push(DraftEvent {
                        when: None,
                        when_text: "not dated in the brief".to_string(),
                        after: last_dated,
                        cites: vec![(pi, s, e)],
                        actors: mentioned.clone(),
                    });
                }
            }
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
            for (k, d) in dates.iter().enumerate() {
                // draft44: "filed a petition … on the 10th asking it to strike down the act,
                // which the legislature passed on May 14": an earlier day told in a relative
                // clause after the sentence's own day is background, and the story's clock
                // (what "the next morning" counts from) stays at the sentence's day.
                let background = k > 0 && {
                    let prev = &dates[k - 1];
                    let between = sentence[prev.end..d.start].to_lowercase();
                    d.when.span().1 < prev.when.span().0
                        && [", which ", ", when ", ", after "]
                            .iter()
                            .any(|w| between.contains(w))
                };
                // draft44: the day of a wire's dateline ("KELOWNA, British Columbia, Aug. 19
                // (Northstar Wire) –") is the publication's, which relative dates already count
                // from when the story has told no day; it is not a day the story has reached.
                let in_dateline = pi == 0
                    && s == 0
                    && super::metadata::DATELINE
                        .find(sentence)
                        .is_some_and(|m| d.end <= m.end());
                if !background && !in_dateline {
                    clock.advance(d);
                    // draft44: a day of the story's month ("on the 10th") is the story's day
                    // as a date with its month is, when the story has told no later one.
                    if let (false, Resolved::On(Point::Day(y, m, dd))) = (d.explicit, d.when) {
                        let ordinal = d.text.to_lowercase().contains(" the ")
                            && d.text.ends_with(|c: char| c.is_ascii_alphabetic())
                            && d.text.chars().any(|c| c.is_ascii_digit());
                        let later = clock.last_day.is_none_or(|(ly, lm, ld)| {
                            day_number(ly, lm, ld) < day_number(y, m, dd)
                        });
                        if ordinal && later {
                            clock.last_day = Some((y, m, dd));
                        }
                    }
                }
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

/// draft44: a day told by an event the story has dated: "on the day of the vote", "on the eve
/// of the summit", "the morning after the vote", "the day before the ruling". The event is the
/// first day-dated one whose sentence names the noun (or a word of its family, "voted" for
/// "vote"): a story introduces an occasion by its name before it counts from it ("three days
/// after the attack"). When no sentence names it, it is the latest day-dated event whose
/// sentence says the act the noun names ("approved" for a vote): the story's "the vote" is the
/// last one it has told. Returns the mention, dated that day or the day next to it.
fn anchored_date(
    sentence: &str,
    events: &[DraftEvent],
    paragraphs: &[&str],
    pub_day: i64,
) -> Option<DateMention> {
    static ANCHORED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:on\s+)?the\s+(?:(?P<of>day|eve|night|morning|afternoon|evening)\s+of|(?P<part>day|morning|afternoon|evening|night)\s+(?P<dir>after|before|following))\s+the\s+(?P<noun>[a-z]+)\b",
        )
        .expect("valid")
    });
    let caps = ANCHORED.captures(sentence)?;
    let whole = caps.get(0)?;
    let noun = caps.name("noun")?.as_str().to_lowercase();
    let shift: i64 = match (caps.name("of"), caps.name("dir")) {
        (Some(of), _) if of.as_str().eq_ignore_ascii_case("eve") => -1,
        (Some(_), _) => 0,
        (None, Some(dir)) if dir.as_str().eq_ignore_ascii_case("before") => -1,
        (None, Some(_)) => 1,
        (None, None) => return None,
    };
    let stem = noun
        .strip_suffix("ing")
        .or_else(|| noun.strip_suffix('e'))
        .or_else(|| noun.strip_suffix('s'))
        .unwrap_or(&noun)
        .to_string();
    if stem.len() < 3 {
        return None;
    }
    let acts: &[&str] = ANCHOR_ACTS
        .iter()
        .find(|(n, _)| *n == noun)
        .map_or(&[], |(_, acts)| acts);
    let words_of = |ev: &DraftEvent| -> Vec<String> {
        let (p, s, e) = ev.cites[0];
        paragraphs[p][s..e]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .map(str::to_lowercase)
            .collect()
    };
    let day_of = |ev: &DraftEvent| match ev.when {
        Some(Resolved::On(Point::Day(y, m, d))) => Some(day_number(y, m, d)),
        _ => None,
    };
    let dated = |pick: &dyn Fn(&[String]) -> bool| {
        events
            .iter()
            .filter_map(|ev| day_of(ev).filter(|&n| n <= pub_day && pick(&words_of(ev))))
            .collect::<Vec<i64>>()
    };
    let named = dated(&|ws| ws.iter().any(|w| w.starts_with(&stem)));
    let day = match named.first() {
        Some(&n) => n,
        None => dated(&|ws| ws.iter().any(|w| acts.contains(&w.as_str())))
            .into_iter()
            .max()?,
    };
    let (y, m, d) = civil_from_days(day + shift);
    Some(DateMention {
        start: whole.start(),
        end: whole.end(),
        text: whole.as_str().to_string(),
        when: Resolved::On(Point::Day(y, m, d)),
        explicit: true,
    })
}

/// draft44: the acts a noun for an occasion names, for when the story told the occasion with
/// its verb: a vote is taken when a house approves or passes a bill.
const ANCHOR_ACTS: &[(&str, &[&str])] = &[
    (
        "vote",
        &["voted", "approved", "passed", "adopted", "rejected"],
    ),
    ("ballot", &["voted", "elected"]),
    ("election", &["voted", "elected"]),
    (
        "ruling",
        &["ruled", "upheld", "overturned", "struck", "dismissed"],
    ),
    ("verdict", &["ruled", "convicted", "acquitted", "found"]),
    (
        "judgment",
        &["ruled", "upheld", "overturned", "struck", "dismissed"],
    ),
    ("decision", &["decided", "ruled", "approved"]),
    ("summit", &["met"]),
    ("meeting", &["met"]),
    ("talks", &["met"]),
    ("signing", &["signed"]),
    ("attack", &["attacked", "struck"]),
    ("raid", &["raided", "struck"]),
    ("petition", &["filed", "petitioned"]),
    ("announcement", &["announced"]),
];

/// draft44: where a reported clause starts: the "that" after a verb of saying ("said that",
/// "told reporters in Aqaba the morning after the vote that", "denied that"), with nothing
/// between that ends a clause. Returns the byte offset of "that".
fn reported_clause(sentence: &str) -> Option<usize> {
    const SAYING: &[&str] = &[
        "said",
        "told",
        "denied",
        "claimed",
        "argued",
        "alleged",
        "warned",
        "insisted",
        "announced",
        "confirmed",
        "added",
        "stated",
        "acknowledged",
        "admitted",
        "reported",
        "says",
        "insists",
        "argues",
        "claims",
    ];
    let lower = sentence.to_lowercase();
    let (at, _) = lower.match_indices(" that ").find(|(i, _)| {
        let before = &lower[..*i];
        let from = before
            .rfind([';', ':', '"', '\u{201C}'])
            .map_or(0, |k| k + 1);
        before[from..]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| SAYING.contains(&w))
    })?;
    Some(at + 1)
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
    fn days_told_by_an_event_and_dates_inside_reports_of_draft44() {
        // (paragraphs, published, the events as (the brief's words, the date or "undated"))
        type Case<'a> = (&'a [&'a str], (i32, u8, u8), &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            // A day told by an occasion the story dated by its act ("approved" for the vote),
            // the latest such; a relative date counts from it.
            (
                &[
                    "On the 10th, the House of Representatives approved the first rise in tariffs.",
                    "The bill, which the cabinet approved on 2 February, raises prices. Suleiman Abu Rumman claimed in the chamber on the day of the vote that the water would cost too much. Two days later, Abu Rumman told the daily Al-Ghad that a clause was hidden.",
                    "Hydralis's chief executive, Isabelle Fournier, told reporters in Aqaba the morning after the vote that the plant would deliver its first water in 2034.",
                ],
                (2032, 3, 16),
                &[
                    ("On the 10th", "2032-03-10"),
                    ("on 2 February", "2032-02-02"),
                    ("on the day of the vote", "2032-03-10"),
                    ("Two days later", "2032-03-12"),
                    ("the morning after the vote", "2032-03-11"),
                ],
            ),
            // The occasion's own name: the first sentence that names it, not a later one that
            // counts from it ("the night of the attack" cites the attack's event of March 27);
            // inside what someone said it leaves the story's clock alone, so "a day later"
            // counts from Tuesday.
            (
                &[
                    "The attack on the hospital began on March 27. Three days after the attack, the minister spoke.",
                    "The agency's director, Lena Novak, told reporters that the logs bore time stamps from the night of the attack. On Tuesday the firm denied it. Logs that the agency published a day later show that the server was old.",
                ],
                (2026, 4, 16),
                &[
                    ("on March 27", "2026-03-27"),
                    ("On Tuesday", "2026-04-14"),
                    ("a day later", "2026-04-15"),
                ],
            ),
            // A date inside what was said is the reported event's; the saying is undated.
            (
                &[
                    "On March 3, 2031, the committee met.",
                    "The Ministry of Finance denied that any part of the contract had been withheld, and said the full text had been deposited with the committee in 2030.",
                ],
                (2031, 5, 1),
                &[
                    ("On March 3, 2031", "2031-03-03"),
                    ("not dated in the brief", "undated"),
                    ("in 2030", "2030"),
                ],
            ),
            // A background day in a relative clause and a dateline's day do not move the clock.
            (
                &[
                    "KELOWNA, British Columbia, Aug. 19 (Northstar Wire) \u{2013} Insurers and the province are heading to court.",
                    "The Insurance Bureau of Canada filed a petition on the 10th to strike down the act, which the legislature passed on May 14.",
                    "Premier Harjit Sandhu said the next morning that Victoria would defend the law.",
                ],
                (2032, 8, 19),
                &[
                    ("on the 10th", "2032-08-10"),
                    ("on May 14", "2032-05-14"),
                    ("the next morning", "2032-08-11"),
                ],
            ),
        ];
        for (paras, published, want) in cases {
            let actors = find_actors(paras, &[]);
            let spans: Vec<Vec<(usize, usize)>> = paras.iter().map(|p| sentences(p)).collect();
            let events = find_events(paras, &spans, &actors, *published);
            let got: Vec<(String, String)> = events
                .iter()
                .map(|e| {
                    let when = match e.when {
                        Some(Resolved::On(p)) => p.iso(),
                        Some(Resolved::Approx(p)) => p.iso(),
                        Some(Resolved::Range(a, b)) => format!("{}/{}", a.iso(), b.iso()),
                        None => "undated".to_string(),
                    };
                    (e.when_text.clone(), when)
                })
                .collect();
            for (text, when) in *want {
                assert!(
                    got.iter().any(|(t, w)| t == text && w == when),
                    "{text} {when} in {got:?}"
                );
            }
            // A date after publication inside what was said ("in 2034") is no event.
            assert!(!got.iter().any(|(_, w)| w == "2034"), "{got:?}");
            if paras[0].starts_with("The attack") {
                assert_eq!(events[0].cites.len(), 2, "{events:?}");
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
