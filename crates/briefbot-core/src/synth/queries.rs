//! The benchmark's query mix: per kind of command, queries drawn from regenerated briefs with the
//! noise of real users (typos, dropped words, synonyms, other date formats), and a few off-topic.

use super::brief::{build, Content};
use super::event::SEvent;
use super::rng::{mix, Rng};
use super::text::cap;
use super::vocab::*;
use super::SynthSpec;
use crate::kb::date::MONTH_NAMES;

/// What a benchmark query exercises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QueryKind {
    Timeline,
    Actor,
    Claim,
    Ask,
    Autocomplete,
}

pub(super) const KINDS: [QueryKind; 5] = [
    QueryKind::Timeline,
    QueryKind::Actor,
    QueryKind::Claim,
    QueryKind::Ask,
    QueryKind::Autocomplete,
];

#[derive(Clone, Debug)]
pub struct BenchQuery {
    pub kind: QueryKind,
    pub text: String,
    /// "brief-id/entry-id" of the entry the query was made from (None for off-topic queries)
    pub expect: Option<String>,
}

/// `n` queries per kind (5 kinds, in the order of [`QueryKind`]), deterministic for a spec. Each
/// is drawn from a regenerated brief (the files are not read) with human noise: typos, dropped
/// words, synonyms, varied date formats. About 5% per kind are off-topic (`expect` is `None`).
pub fn queries(spec: &SynthSpec, n: usize) -> Vec<BenchQuery> {
    let briefs = spec.briefs();
    let mut out: Vec<Option<BenchQuery>> = vec![None; KINDS.len() * n];
    // (brief, slot, kind, rng seed), so each sampled brief is regenerated once.
    let mut plans: Vec<(usize, usize, QueryKind, u64)> = Vec::with_capacity(out.len());
    for (k, &kind) in KINDS.iter().enumerate() {
        for i in 0..n {
            let slot = k * n + i;
            let mut r = Rng(mix(mix(spec.seed ^ 0x5155_4552_5953, k as u64), i as u64));
            if r.chance(5) {
                out[slot] = Some(off_topic(kind, &mut r));
            } else {
                plans.push((r.below(briefs), slot, kind, r.next()));
            }
        }
    }
    plans.sort_unstable_by_key(|p| (p.0, p.1));
    let mut i = 0;
    while i < plans.len() {
        let brief = plans[i].0;
        let content = build(spec, brief);
        while i < plans.len() && plans[i].0 == brief {
            let (_, slot, kind, seed) = plans[i];
            out[slot] = Some(content.query(kind, &mut Rng(seed)));
            i += 1;
        }
    }
    out.into_iter()
        .map(|q| q.expect("every slot is planned"))
        .collect()
}

// Queries from one regenerated brief, one method per kind.
impl Content {
    /// The `expect` of a query made from entry `entry` of this brief.
    fn expect(&self, entry: &str) -> Option<String> {
        Some(format!("{}/{entry}", self.id))
    }

    fn query(&self, kind: QueryKind, r: &mut Rng) -> BenchQuery {
        let (text, expect) = match kind {
            QueryKind::Actor => self.actor_query(r),
            QueryKind::Timeline => self.timeline_query(r),
            QueryKind::Claim => self.claim_query(r),
            QueryKind::Ask => self.ask_query(r),
            QueryKind::Autocomplete => self.autocomplete_query(r),
        };
        BenchQuery { kind, text, expect }
    }

    fn actor_query(&self, r: &mut Rng) -> (String, Option<String>) {
        let a = &self.actors[r.below(self.actors.len())];
        let mut text = if a.aliases.is_empty() || r.chance(60) {
            a.name.clone()
        } else {
            a.aliases[r.below(a.aliases.len())].clone()
        };
        if r.chance(40) {
            text = typo_in(r, &text);
        }
        (text, self.expect(&a.id))
    }

    fn timeline_query(&self, r: &mut Rng) -> (String, Option<String>) {
        if self.events.is_empty() {
            let (name, expect) = self.actor_query(r);
            return (format!("{name} timeline"), expect);
        }
        if r.chance(50) {
            let days: Vec<&SEvent> = self.events.iter().filter(|e| e.day.is_some()).collect();
            if !days.is_empty() {
                let e = r.pick(&days);
                let (y, m, d) = e.day.expect("filtered");
                let month = MONTH_NAMES[usize::from(m) - 1];
                let text = match r.below(4) {
                    0 => format!("{month} {d}, {y}"),
                    1 => format!("{d} {} {y}", &month[..3]),
                    2 => format!("{y:04}-{m:02}-{d:02}"),
                    _ => format!("{d}/{m}/{y}"),
                };
                return (text, self.expect(&e.id));
            }
        }
        let e = &self.events[r.below(self.events.len())];
        let words: Vec<&str> = e
            .title
            .split(' ')
            .filter(|w| !STOPWORDS.contains(&w.to_ascii_lowercase().as_str()))
            .collect();
        let k = r.range(2, 3).min(words.len());
        let mut keep: Vec<usize> = Vec::with_capacity(k);
        while keep.len() < k {
            let i = r.below(words.len());
            if !keep.contains(&i) {
                keep.push(i);
            }
        }
        keep.sort_unstable();
        let mut text = keep.iter().map(|&i| words[i]).collect::<Vec<_>>().join(" ");
        if r.chance(70) {
            text = text.to_lowercase();
        }
        if r.chance(80) {
            text = typo_in(r, &text);
        }
        (text, self.expect(&e.id))
    }

    fn claim_query(&self, r: &mut Rng) -> (String, Option<String>) {
        if self.claims.is_empty() {
            if self.events.is_empty() {
                return self.actor_query(r);
            }
            let e = &self.events[r.below(self.events.len())];
            return (paraphrase(r, &e.title), self.expect(&e.id));
        }
        let c = &self.claims[r.below(self.claims.len())];
        (paraphrase(r, &c.statement), self.expect(&c.id))
    }

    fn ask_query(&self, r: &mut Rng) -> (String, Option<String>) {
        let form = r.below(3);
        if form == 1 && !self.events.is_empty() {
            let e = &self.events[r.below(self.events.len())];
            let mut text = format!("when did {}?", e.ask);
            if r.chance(20) {
                text = typo_in(r, &text);
            }
            return (text, self.expect(&e.id));
        }
        if form == 2 && !self.claims.is_empty() {
            let c = &self.claims[r.below(self.claims.len())];
            let mut p = paraphrase(r, &c.statement);
            if let Some(rest) = p.strip_prefix("The ") {
                p = format!("the {rest}");
            }
            return (format!("is it true that {p}?"), self.expect(&c.id));
        }
        let a = &self.actors[r.below(self.actors.len())];
        let name = if a.aliases.is_empty() || r.chance(60) {
            &a.name
        } else {
            &a.aliases[r.below(a.aliases.len())]
        };
        let text = if r.chance(30) {
            format!("who is {}?", name.to_lowercase())
        } else {
            format!("who is {name}?")
        };
        (text, self.expect(&a.id))
    }

    fn autocomplete_query(&self, r: &mut Rng) -> (String, Option<String>) {
        let a = &self.actors[r.below(self.actors.len())];
        let len = r.range(3, 8).min(a.name.len());
        let mut text = a.name[..len].trim_end().to_string();
        if r.chance(50) {
            text = text.to_lowercase();
        }
        (text, self.expect(&a.id))
    }
}

pub(super) fn off_topic(kind: QueryKind, r: &mut Rng) -> BenchQuery {
    let a = r.pick(OFF_TOPIC);
    let mut b = r.pick(OFF_TOPIC);
    if a == b {
        b = OFF_TOPIC[(OFF_TOPIC.iter().position(|&w| w == a).unwrap_or(0) + 1) % OFF_TOPIC.len()];
    }
    let text = match kind {
        QueryKind::Actor => format!("{} {}", cap(a), cap(b)),
        QueryKind::Timeline => format!("{a} {b}"),
        QueryKind::Claim => format!("{a} tastes better than {b}"),
        QueryKind::Ask => format!("how do I make {a} with {b}?"),
        QueryKind::Autocomplete => a[..r.range(5, 8).min(a.len())].to_string(),
    };
    BenchQuery {
        kind,
        text,
        expect: None,
    }
}

/// A reader's version of a statement: 1 to 3 words dropped, maybe a synonym, maybe a typo,
/// maybe lower-case.
pub(super) fn paraphrase(r: &mut Rng, statement: &str) -> String {
    let mut words: Vec<String> = statement
        .trim_end_matches('.')
        .split(' ')
        .map(str::to_string)
        .collect();
    if r.chance(70) {
        let swappable: Vec<(usize, &str)> = words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                SYNONYMS
                    .iter()
                    .find(|(from, _)| w.eq_ignore_ascii_case(from))
                    .map(|&(_, to)| (i, to))
            })
            .collect();
        if !swappable.is_empty() {
            let (i, to) = r.pick(&swappable);
            words[i] = to.to_string();
        }
    }
    let drops = r.range(1, 3);
    for _ in 0..drops {
        if words.len() <= 4 {
            break;
        }
        let i = r.below(words.len());
        words.remove(i);
    }
    let mut text = words.join(" ");
    if r.chance(30) {
        text = typo_in(r, &text);
    }
    if r.chance(50) {
        text = text.to_lowercase();
    }
    text
}

/// One typo (a deleted, swapped or doubled letter, never the first) in a random word of at
/// least four letters; the text unchanged if it has none.
pub(super) fn typo_in(r: &mut Rng, text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let candidates: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].len() >= 4 && words[i].bytes().all(|b| b.is_ascii_alphabetic()))
        .collect();
    if candidates.is_empty() {
        return text.to_string();
    }
    let target = r.pick(&candidates);
    let mut w: Vec<u8> = words[target].bytes().collect();
    let pos = r.range(1, w.len() - 2);
    match r.below(3) {
        0 => {
            w.remove(pos);
        }
        1 if w[pos] != w[pos + 1] => w.swap(pos, pos + 1),
        1 => {
            w.remove(pos);
        }
        _ => w.insert(pos, w[pos]),
    }
    let w = String::from_utf8(w).expect("ASCII letters");
    let mut out = String::with_capacity(text.len() + 1);
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(if i == target { &w } else { word });
    }
    out
}
