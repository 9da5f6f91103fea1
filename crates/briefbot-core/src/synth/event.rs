//! One synthetic event: a date in one of the format's precisions, said the way a brief says it,
//! and the sentence that reports it.

use std::collections::HashSet;

use super::brief::{unique_id, Cast, Cite};
use super::rng::Rng;
use super::text::{cap, fill};
use super::vocab::*;
use crate::kb::date::{days_in_month, MONTH_NAMES};

/// An event's `when`, in the shapes of `events.json`.
pub(super) enum SWhen {
    /// A day, month, year or decade (`2014-03-03`, `2014-03`, `2014`, `1990s`).
    On(String),
    /// From and to, both years or both months.
    Range(String, String),
    /// The date an approximation stands for, and its wording.
    Approx(String, String),
    /// The wording, and the index of an earlier event this one follows.
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

/// One event dated `date` (or vaguer, around it), whose sentence names actors of `cast`. `index`
/// is its place among the brief's events in date order, so an undated event can follow an
/// earlier one.
pub(super) fn gen_event(
    r: &mut Rng,
    cast: &Cast,
    date: (i32, u8, u8),
    index: usize,
    used: &mut HashSet<String>,
) -> SEvent {
    let Dating { when, phrase, day } = dating(r, cast.published, date, index);
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
    // The sentence may name people by surname where the summary has their full name.
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

/// An event's date as `events.json` has it and as its sentence says it.
struct Dating {
    when: SWhen,
    /// The sentence's opening words ("On March 3, 2014", "In the 1990s", "Shortly afterwards").
    phrase: String,
    /// The day, for events dated `on` one.
    day: Option<(i32, u8, u8)>,
}

impl Dating {
    fn new(when: SWhen, phrase: String) -> Dating {
        Dating {
            when,
            phrase,
            day: None,
        }
    }
}

/// Chooses a precision for an event on `(y, m, d)`, out of 1000: half are dated to the day, and
/// the rest to the month, year, decade, a range, an approximation or nothing, in the shares a
/// real brief has (the match arms below are the table).
fn dating(r: &mut Rng, published: (i32, u8, u8), (y, m, d): (i32, u8, u8), index: usize) -> Dating {
    let month = MONTH_NAMES[usize::from(m) - 1];
    match r.below(1000) {
        0..=499 => Dating {
            day: Some((y, m, d)),
            ..Dating::new(
                SWhen::On(format!("{y:04}-{m:02}-{d:02}")),
                format!("On {month} {d}, {y}"),
            )
        },
        500..=619 => Dating::new(
            SWhen::On(format!("{y:04}-{m:02}")),
            format!("In {month} {y}"),
        ),
        620..=709 => Dating::new(SWhen::On(format!("{y:04}")), format!("In {y}")),
        710..=729 => {
            let decade = y / 10 * 10;
            Dating::new(SWhen::On(format!("{decade}s")), format!("In the {decade}s"))
        }
        730..=819 => range_dating(r, (y, m)),
        820..=899 => approx_dating(r, published, (y, m, d)),
        _ => undated(r, index),
    }
}

/// A range of years, or of months starting with the event's.
fn range_dating(r: &mut Rng, (y, m): (i32, u8)) -> Dating {
    if r.chance(50) {
        let to = y + r.range(1, 3) as i32;
        return Dating::new(
            SWhen::Range(format!("{y:04}"), format!("{to:04}")),
            format!("Between {y} and {to}"),
        );
    }
    let months = i32::from(m) - 1 + r.range(1, 18) as i32;
    let (y2, m2) = (y + months / 12, (months % 12 + 1) as u8);
    Dating::new(
        SWhen::Range(format!("{y:04}-{m:02}"), format!("{y2:04}-{m2:02}")),
        format!(
            "From {} {y} to {} {y2}",
            MONTH_NAMES[usize::from(m) - 1],
            MONTH_NAMES[usize::from(m2) - 1]
        ),
    )
}

/// "About a week after" the day, or early, mid or late in the year. The date it stands for is
/// never later than the brief's publication: a brief cannot report what had not happened, and
/// the loader refuses it, so the year steps back when it would be.
fn approx_dating(r: &mut Rng, published: (i32, u8, u8), (y, m, d): (i32, u8, u8)) -> Dating {
    let shape = r.below(4);
    let week = add_days((y, m, d), 7);
    let (text, approx) = if shape == 0 && week <= published {
        (
            format!(
                "about a week after {} {d}, {y}",
                MONTH_NAMES[usize::from(m) - 1]
            ),
            format!("{:04}-{:02}-{:02}", week.0, week.1, week.2),
        )
    } else {
        let am = [2, 2, 6, 11][shape];
        let ay = if (y, am, 1) > published { y - 1 } else { y };
        let text = match am {
            2 => format!("in early {ay}"),
            6 => format!("around mid-{ay}"),
            _ => format!("in late {ay}"),
        };
        (text, format!("{ay:04}-{am:02}"))
    };
    let phrase = cap(&text);
    Dating::new(SWhen::Approx(approx, text), phrase)
}

/// No date: mostly "after" an earlier event of the brief (when there is one), otherwise a vague
/// circumstance.
fn undated(r: &mut Rng, index: usize) -> Dating {
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
    Dating::new(SWhen::Undated(text, after), phrase)
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
