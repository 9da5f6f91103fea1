//! The date index: dated events by day and month, so a date query reads only the events near
//! its date instead of every event of the library.

use crate::kb::{EntryKind, Library, When};

use super::{dates, DocRef, Index};

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
    /// Indices into `short` of the events touching each month (1 to 12), any year, for month
    /// queries.
    by_month: [Vec<u32>; 13],
    /// Indices into `short` of the events of at most `DAY_QUERY_DAYS` days touching each day of
    /// the year (`month * 32 + day`), for day queries without a year ("Oct 25"): only such
    /// events can match one, and this keeps such a query from reading a quarter of the library.
    by_day: Vec<Vec<u32>>,
}

/// The longest event a one-day query can match (see [`dates::DateQuery::matches`]: an event
/// overlapping the asked period may be at most three times as long).
const DAY_QUERY_DAYS: i64 = 3;

impl DateIndex {
    pub fn build(library: &Library, index: &Index) -> DateIndex {
        let mut ix = DateIndex::default();
        for (bi, brief) in library.briefs().iter().enumerate() {
            for (ei, e) in brief.events().iter().enumerate() {
                let Some((start, end)) = e.when.span() else {
                    continue;
                };
                let r = DocRef {
                    brief: bi as u32,
                    kind: EntryKind::Event,
                    index: ei as u32,
                };
                let Some(doc) = index.doc_of(r) else {
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
        ix.by_day = vec![Vec::new(); 13 * 32];
        for (i, d) in ix.short.iter().enumerate() {
            let mut day = d.start - APPROX_SLACK;
            let mut last_month = 0;
            let by_day = d.end - d.start < DAY_QUERY_DAYS;
            while day <= d.end + APPROX_SLACK {
                let (_, m, dd) = crate::kb::date::civil_from_days(day);
                if m != last_month {
                    ix.by_month[usize::from(m)].push(i as u32);
                    last_month = m;
                }
                if by_day {
                    let slot = &mut ix.by_day[usize::from(m) * 32 + usize::from(dd)];
                    if slot.last() != Some(&(i as u32)) {
                        slot.push(i as u32);
                    }
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
                .chain(&self.by_day)
                .flatten()
                .all(|&i| (i as usize) < self.short.len())
    }

    /// Events that may match `q` (a superset; [`DateQuery::matches`](super::DateQuery::matches) decides). Only events
    /// that can match are read: an event overlapping the asked period matches only if it is at
    /// most three times as long, so long events are read only for long periods, and a day
    /// query reads only the events near that day.
    pub fn candidates(&self, q: dates::DateQuery) -> Vec<&DatedEvent> {
        match q {
            dates::DateQuery::Exact(p) => {
                let (qs, qe) = (p.first_day(), p.last_day());
                let reach = (3 * (qe - qs + 1)).min(SHORT_DAYS);
                let from = self
                    .short
                    .partition_point(|d| d.start < qs - reach - APPROX_SLACK);
                let to = self.short.partition_point(|d| d.start <= qe + APPROX_SLACK);
                let mut out: Vec<&DatedEvent> = self.short[from..to].iter().collect();
                if 3 * (qe - qs + 1) >= SHORT_DAYS {
                    let from = self
                        .long
                        .partition_point(|d| d.start < qs - 3 * (qe - qs + 1));
                    let to = self.long.partition_point(|d| d.start <= qe);
                    out.extend(&self.long[from..to]);
                }
                out
            }
            dates::DateQuery::MonthDay(m, d) => self
                .by_day
                .get(usize::from(m) * 32 + usize::from(d))
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|&i| &self.short[i as usize])
                .collect(),
            dates::DateQuery::MonthOnly(m) => self.by_month[usize::from(m)]
                .iter()
                .map(|&i| &self.short[i as usize])
                .collect(),
            dates::DateQuery::DayOnly(d) => (1..=12u8)
                .flat_map(|m| self.candidates(dates::DateQuery::MonthDay(m, d)))
                .collect(),
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::Point;
    use crate::search::DateQuery;

    /// The date index reads only some events for a query; it must never miss one that matches.
    /// Checked against every dated event of a synthetic library, for queries of every kind.
    #[test]
    fn candidates_include_every_matching_event() {
        let dir = tempfile::tempdir().unwrap();
        crate::synth::generate(dir.path(), &crate::synth::SynthSpec::new(4_000)).unwrap();
        let engine = crate::engine::Engine::load(&dir.path().join("knowledge")).unwrap();
        let ix = engine.dated();
        let all: Vec<&DatedEvent> = ix.short.iter().chain(&ix.long).collect();
        assert!(all.len() > 500 && !ix.long.is_empty());
        let mut queries = Vec::new();
        for m in 1..=12u8 {
            queries.push(DateQuery::MonthOnly(m));
            for d in [1u8, 9, 15, 28, 29, 31] {
                queries.push(DateQuery::MonthDay(m, d));
            }
        }
        // Days, months, years and decades around the events' own dates.
        for e in all.iter().step_by(37) {
            let (y, m, d) = crate::kb::date::civil_from_days(e.start);
            queries.extend([
                DateQuery::Exact(Point::Day(y, m, d)),
                DateQuery::Exact(Point::Month(y, m)),
                DateQuery::Exact(Point::Year(y)),
                DateQuery::Exact(Point::Decade(y - y.rem_euclid(10))),
            ]);
        }
        for q in queries {
            let mut want: Vec<u32> = all
                .iter()
                .filter(|e| q.matches((e.start, e.end), e.approximate).is_some())
                .map(|e| e.doc)
                .collect();
            let mut got: Vec<u32> = ix
                .candidates(q)
                .into_iter()
                .filter(|e| q.matches((e.start, e.end), e.approximate).is_some())
                .map(|e| e.doc)
                .collect();
            want.sort_unstable();
            got.sort_unstable();
            got.dedup();
            assert_eq!(got, want, "{q:?}");
        }
    }
}
