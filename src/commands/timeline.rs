//! `/timeline [query]`: dated events, in order. A date in the query ("Oct 25", "2006",
//! "the 1990s") selects the events of that date; other words rank them. Without a date the query
//! searches the events' text; without a query the whole timeline is returned.

use crate::answer::{Answer, CommandName};
use crate::kb::{EntryKind, When};
use crate::search::{dates, DocRef};

use super::{answered, hits, no_match, Ctx, MAX_SUGGESTIONS};

/// Events listed when the whole timeline is asked for; front ends page through them.
pub const FULL_TIMELINE_LIMIT: usize = 200;

/// A dated event's span, for date queries.
#[derive(Clone, Copy, Debug, serde::Serialize, serde::Deserialize)]
pub struct DatedEvent {
    pub start: i64,
    pub end: i64,
    pub approximate: bool,
    pub doc: u32,
}

/// Events no longer than this are "short" and indexed by position and by month; longer ones
/// (years, decades, ranges) are few and checked one by one.
const SHORT_DAYS: i64 = 100;
/// Approximate dates match days this close to them.
const APPROX_SLACK: i64 = 4;

/// Dated events indexed for date queries, so a query reads only the events near its date.
#[derive(Default, serde::Serialize, serde::Deserialize)]
pub struct DateIndex {
    /// Short events sorted by start day.
    short: Vec<DatedEvent>,
    long: Vec<DatedEvent>,
    /// Indices into `short` of the events touching each month (1 to 12), any year.
    by_month: [Vec<u32>; 13],
}

impl DateIndex {
    pub fn build(engine: &super::Engine) -> DateIndex {
        let mut ix = DateIndex::default();
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
                let Some(doc) = engine.index().doc_of(r) else {
                    continue;
                };
                let d = DatedEvent {
                    start,
                    end,
                    approximate: matches!(e.when, When::Approx(_)),
                    doc,
                };
                if end - start < SHORT_DAYS {
                    ix.short.push(d);
                } else {
                    ix.long.push(d);
                }
            }
        }
        ix.short.sort_by_key(|d| (d.start, d.end, d.doc));
        ix.long.sort_by_key(|d| (d.start, d.end, d.doc));
        for (i, d) in ix.short.iter().enumerate() {
            let mut day = d.start - APPROX_SLACK;
            let mut last_month = 0;
            while day <= d.end + APPROX_SLACK {
                let (_, m, _) = crate::kb::date::civil_from_days(day);
                if m != last_month {
                    ix.by_month[usize::from(m)].push(i as u32);
                    last_month = m;
                }
                day += 1;
            }
        }
        ix
    }

    /// Whether every stored position points inside an index of `docs` documents and inside
    /// this date index (checked when it is read from a snapshot).
    pub fn fits(&self, docs: usize) -> bool {
        self.short
            .iter()
            .chain(&self.long)
            .all(|d| (d.doc as usize) < docs)
            && self
                .by_month
                .iter()
                .flatten()
                .all(|&i| (i as usize) < self.short.len())
    }

    /// Events that may match `q` (a superset; [`DateQuery::matches`] decides).
    pub fn candidates(&self, q: dates::DateQuery) -> Vec<&DatedEvent> {
        let mut out: Vec<&DatedEvent> = self.long.iter().collect();
        match q {
            dates::DateQuery::Exact(p) => {
                let (qs, qe) = (p.first_day(), p.last_day());
                let from = self
                    .short
                    .partition_point(|d| d.start < qs - SHORT_DAYS - APPROX_SLACK);
                let to = self.short.partition_point(|d| d.start <= qe + APPROX_SLACK);
                out.extend(&self.short[from..to]);
            }
            dates::DateQuery::MonthDay(m, _) | dates::DateQuery::MonthOnly(m) => {
                let mut seen = Vec::new();
                for month in [
                    m,
                    if m == 1 { 12 } else { m - 1 },
                    if m == 12 { 1 } else { m + 1 },
                ] {
                    seen.extend(self.by_month[usize::from(month)].iter().copied());
                }
                seen.sort_unstable();
                seen.dedup();
                out.extend(seen.into_iter().map(|i| &self.short[i as usize]));
            }
        }
        out
    }

    /// Up to `n` dated events nearest to `day`.
    pub fn nearest(&self, day: i64, n: usize, keep: impl Fn(u32) -> bool) -> Vec<&DatedEvent> {
        let at = self.short.partition_point(|d| d.start < day);
        let lo = at.saturating_sub(n * 4);
        let hi = (at + n * 4).min(self.short.len());
        let mut near: Vec<&DatedEvent> = self.short[lo..hi]
            .iter()
            .chain(&self.long)
            .filter(|d| keep(d.doc))
            .collect();
        let distance = |d: &DatedEvent| (d.start - day).abs().min((d.end - day).abs());
        near.sort_by_key(|d| (distance(d), d.doc));
        near.truncate(n);
        near
    }
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
        .candidates(date)
        .into_iter()
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
    answered(CommandName::Timeline, query, results)
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
    answered(CommandName::Timeline, "", results)
}
