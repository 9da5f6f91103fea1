//! One synthetic event: a date in one of the format's precisions, said the way a brief says it,
//! and the sentence that reports it.

use std::collections::HashSet;

use super::brief::{unique_id, Cast, Cite};
use super::rng::Rng;
use super::text::{cap, fill};
use super::vocab::*;
use crate::kb::date::{days_in_month, MONTH_NAMES};

pub(super) enum SWhen {
    On(String),
    Range(String, String),
    Approx(String, String),
    Undated(String, Option<usize>),
}

pub(super) struct SEvent {
    pub(super) id: String,
    pub(super) when: SWhen,
    /// Set for `on` a day.
    pub(super) day: Option<(i32, u8, u8)>,
    pub(super) title: String,
    pub(super) summary: String,
    /// The "when did …" form of the title.
    pub(super) ask: String,
    pub(super) actors: Vec<usize>,
    pub(super) text: Vec<String>,
    pub(super) cites: Vec<Cite>,
}

pub(super) fn gen_event(
    r: &mut Rng,
    cast: &Cast,
    (y, m, d): (i32, u8, u8),
    index: usize,
    used: &mut HashSet<String>,
) -> SEvent {
    let month = MONTH_NAMES[usize::from(m) - 1];
    let mut day = None;
    let (when, phrase) = match r.below(1000) {
        0..=499 => {
            day = Some((y, m, d));
            (
                SWhen::On(format!("{y:04}-{m:02}-{d:02}")),
                format!("On {month} {d}, {y}"),
            )
        }
        500..=619 => (
            SWhen::On(format!("{y:04}-{m:02}")),
            format!("In {month} {y}"),
        ),
        620..=709 => (SWhen::On(format!("{y:04}")), format!("In {y}")),
        710..=729 => {
            let decade = y / 10 * 10;
            (SWhen::On(format!("{decade}s")), format!("In the {decade}s"))
        }
        730..=819 => {
            if r.chance(50) {
                let to = y + r.range(1, 3) as i32;
                (
                    SWhen::Range(format!("{y:04}"), format!("{to:04}")),
                    format!("Between {y} and {to}"),
                )
            } else {
                let months = i32::from(m) - 1 + r.range(1, 18) as i32;
                let (y2, m2) = (y + months / 12, (months % 12 + 1) as u8);
                (
                    SWhen::Range(format!("{y:04}-{m:02}"), format!("{y2:04}-{m2:02}")),
                    format!(
                        "From {month} {y} to {} {y2}",
                        MONTH_NAMES[usize::from(m2) - 1]
                    ),
                )
            }
        }
        820..=899 => {
            // Never later than the brief: step back a year if the implied date would be.
            let shape = r.below(4);
            let week = add_days((y, m, d), 7);
            let (text, approx) = if shape == 0 && week <= cast.published {
                (
                    format!("about a week after {month} {d}, {y}"),
                    format!("{:04}-{:02}-{:02}", week.0, week.1, week.2),
                )
            } else {
                let am = [2, 2, 6, 11][shape];
                let ay = if (y, am, 1) > cast.published {
                    y - 1
                } else {
                    y
                };
                let text = match am {
                    2 => format!("in early {ay}"),
                    6 => format!("around mid-{ay}"),
                    _ => format!("in late {ay}"),
                };
                (text, format!("{ay:04}-{am:02}"))
            };
            let phrase = cap(&text);
            (SWhen::Approx(approx, text), phrase)
        }
        _ => {
            let after = (index > 0 && r.chance(70)).then(|| r.below(index));
            let text = if after.is_some() {
                r.pick(&[
                    "shortly afterwards",
                    "in the weeks that followed",
                    "at a later stage",
                    "some time later",
                ])
                .to_string()
            } else {
                match r.below(4) {
                    0 => "at an unspecified date".to_string(),
                    1 => format!("during the {} talks", word(r)),
                    2 => "behind closed doors".to_string(),
                    _ => format!("during the {} crisis", word(r)),
                }
            };
            let phrase = cap(&text);
            (SWhen::Undated(text, after), phrase)
        }
    };
    let (title_t, clause_t, ask_t) = r.pick(EVENT_TEMPLATES);
    let (a, b) = cast.pair(r, cast.agentive);
    let (w, x) = two_words(r);
    let (aa, bb) = (&cast.actors[a], &cast.actors[b]);
    let short = [
        ('a', aa.short.as_str()),
        ('b', bb.short.as_str()),
        ('w', w),
        ('x', x),
    ];
    let title = cap(&fill(title_t, &short));
    let ask = fill(ask_t, &short);
    let summary = format!(
        "{}.",
        cap(&fill(
            clause_t,
            &[('A', &aa.full), ('B', &bb.full), ('w', w), ('x', x)]
        ))
    );
    let (ma, mb) = (aa.mention(r).to_string(), bb.mention(r).to_string());
    let clause = fill(clause_t, &[('A', &ma), ('B', &mb), ('w', w), ('x', x)]);
    let mut text = vec![format!("{phrase}, {clause}.")];
    let mut actors = vec![a];
    if clause_t.contains("{B}") && b != a {
        actors.push(b);
    }
    if r.chance(15) {
        let c = r.below(cast.actors.len());
        let verb = r.pick(&["welcomed", "criticised", "condemned", "questioned"]);
        text.push(format!(
            "The move was {verb} by {}.",
            cast.actors[c].mention(r)
        ));
        if !actors.contains(&c) {
            actors.push(c);
        }
    }
    SEvent {
        id: unique_id(used, &title),
        when,
        day,
        title,
        summary,
        ask,
        actors,
        text,
        cites: Vec::with_capacity(2),
    }
}

pub(super) fn add_days((mut y, mut m, mut d): (i32, u8, u8), n: u8) -> (i32, u8, u8) {
    d += n;
    while d > days_in_month(y, m) {
        d -= days_in_month(y, m);
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    (y, m, d)
}
