//! `/timeline [query]`: dated events, in order. A date in the query ("Oct 25", "2006",
//! "the 1990s") selects the events of that date; other words rank them. Without a date the query
//! searches the events' text; without a query the whole timeline is returned.

use crate::answer::{Answer, CommandName, Outcome};
use crate::kb::{EntryKind, When};
use crate::search::{dates, DocRef};

use super::{hits, no_match, Ctx, MAX_SUGGESTIONS};

/// Events listed when the whole timeline is asked for; front ends page through them.
pub const FULL_TIMELINE_LIMIT: usize = 200;

/// A dated event's span, for date queries.
#[derive(Clone, Copy, Debug)]
pub struct DatedEvent {
    pub start: i64,
    pub end: i64,
    pub approximate: bool,
    pub doc: u32,
}

/// Collects every dated event of the library, sorted by start day.
pub fn dated_events(engine: &super::Engine) -> Vec<DatedEvent> {
    let mut out = Vec::new();
    for (bi, brief) in engine.library().briefs().iter().enumerate() {
        for (ei, e) in brief.events().iter().enumerate() {
            let Some((start, end)) = e.when.span() else {
                continue;
            };
            let r = DocRef {
                brief: bi as u32,
                kind: EntryKind::Event,
                index: ei as u32,
            };
            if let Some(doc) = engine.index().doc_of(r) {
                out.push(DatedEvent {
                    start,
                    end,
                    approximate: matches!(e.when, When::Approx(_)),
                    doc,
                });
            }
        }
    }
    out.sort_by_key(|d| (d.start, d.end, d.doc));
    out
}

pub(crate) fn run(ctx: &Ctx, query: Option<&str>) -> Answer {
    let Some(query) = query else {
        return whole(ctx);
    };
    let Some((date, rest)) = dates::extract(query) else {
        let s = ctx.search(query, Some(EntryKind::Event));
        return ctx.answer(CommandName::Timeline, query, &s.scored, &s.words);
    };
    let engine = ctx.engine;
    let keep = |doc: u32| ctx.keeps(engine.index().doc(doc), Some(EntryKind::Event));
    let matches: Vec<(u32, f32)> = engine
        .dated()
        .iter()
        .filter(|d| keep(d.doc))
        .filter_map(|d| {
            date.matches((d.start, d.end), d.approximate)
                .map(|s| (d.doc, s))
        })
        .collect();
    if matches.is_empty() {
        // Offer the events nearest to the asked date, in the brief's own year when none given.
        let year = engine
            .library()
            .briefs()
            .first()
            .map_or(2023, |b| match b.meta().published {
                crate::kb::Point::Day(y, ..) => y,
                _ => 2023,
            });
        let anchor = date.anchor_day(year);
        let mut near: Vec<&super::timeline::DatedEvent> =
            engine.dated().iter().filter(|d| keep(d.doc)).collect();
        near.sort_by_key(|d| ((d.start - anchor).abs().min((d.end - anchor).abs()), d.doc));
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
    let prepared = engine.index().prepare(&rest, false);
    let words: Vec<String> = prepared.iter().map(|q| q.word.clone()).collect();
    let text_scores = if prepared.is_empty() {
        Vec::new()
    } else {
        engine.index().search(&prepared, Some(&restrict), &|_| true)
    };
    let mut ranked: Vec<(u32, f32, String)> = matches
        .iter()
        .map(|&(doc, ds)| {
            let text = text_scores.iter().find(|s| s.doc == doc);
            let score = if prepared.is_empty() {
                ds
            } else {
                0.6 * ds + 0.4 * text.map_or(0.0, |t| t.score)
            };
            let mut why = format!("date {}", date.describe());
            if let Some(t) = text {
                let explained = hits::explain(engine, t, &words);
                if !explained.is_empty() {
                    why = format!("{why}, {explained}");
                }
            }
            (doc, score, why)
        })
        .collect();
    let order = |doc: u32| {
        let r = engine.index().doc(doc);
        (
            r.brief,
            engine.library().briefs()[r.brief as usize].events()[r.index as usize].order,
        )
    };
    ranked.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then_with(|| order(a.0).cmp(&order(b.0)))
    });
    // Events of the asked date come first; an approximate or looser match is shown only when
    // nothing fits better.
    let top = ranked[0].1;
    let results = ranked
        .into_iter()
        .filter(|r| r.1 >= top - 0.15)
        .take(ctx.limit)
        .map(|(doc, score, why)| hits::hit_for(engine, engine.index().doc(doc), score, why))
        .collect();
    Answer {
        command: CommandName::Timeline,
        query: query.to_string(),
        outcome: Outcome::Answered,
        results,
        suggestions: Vec::new(),
        note: None,
        routed_to: None,
    }
}

/// The whole timeline, brief by brief (newest brief first), each in story order. The result
/// limit does not apply: front ends page through it.
fn whole(ctx: &Ctx) -> Answer {
    let engine = ctx.engine;
    let mut results = Vec::new();
    for (bi, brief) in engine.library().briefs().iter().enumerate() {
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
            if results.len() == FULL_TIMELINE_LIMIT {
                break;
            }
        }
    }
    Answer {
        command: CommandName::Timeline,
        query: String::new(),
        outcome: Outcome::Answered,
        results,
        suggestions: Vec::new(),
        note: None,
        routed_to: None,
    }
}
