//! A word-level inverted index over every entry of every brief, with typo expansion.
//!
//! Queries never scan all entries: each query word expands to the index terms it may mean (the
//! word itself, its synonyms, terms one or two edits away found through a deletion
//! neighbourhood, and terms it is a prefix of), the postings of those terms give a candidate set,
//! and only the candidates are scored. Very common terms do not generate candidates when a rarer
//! word is present; they are checked per candidate by galloping search. That keeps a query's cost
//! proportional to the rare words' postings, which is what lets one process serve a library of
//! about a million entries.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use crate::kb::{EntryKind, Library};
use crate::text::{fold_for_search, is_stop_word, stem, words};

use super::synonyms;

/// Which part of an entry a term came from. Lower is more telling.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Field {
    /// An actor's name or alias, an event's title, a claim's statement.
    Name = 0,
    /// A profile or summary.
    Text = 1,
    /// A cited quote.
    Quote = 2,
    /// Names of the actors involved, who made a claim and where, an event's date words.
    Related = 3,
}

impl Field {
    fn factor(self) -> f32 {
        match self {
            Field::Name => 1.0,
            Field::Text => 0.9,
            Field::Quote => 0.85,
            Field::Related => 0.7,
        }
    }

    pub fn label(self, kind: EntryKind) -> &'static str {
        match (self, kind) {
            (Field::Name, EntryKind::Actor) => "name",
            (Field::Name, EntryKind::Event) => "title",
            (Field::Name, EntryKind::Claim) => "statement",
            (Field::Text, EntryKind::Actor) => "profile",
            (Field::Text, _) => "summary",
            (Field::Quote, _) => "quote",
            (Field::Related, _) => "related",
        }
    }
}

/// One document a term occurs in: the document, the most telling field the term is in, and the
/// document's kind. The kind is repeated here (it fits in the padding) so that a search for one
/// kind skips other kinds' postings without looking the document up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Posting {
    pub doc: u32,
    pub field: Field,
    pub kind: EntryKind,
}

/// Which documents a search may return.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub kind: Option<EntryKind>,
    /// A brief, by its position in the library.
    pub brief: Option<u32>,
}

impl Filter {
    pub fn kind(kind: EntryKind) -> Filter {
        Filter {
            kind: Some(kind),
            brief: None,
        }
    }
}

/// Where an indexed document lives in the library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct DocRef {
    pub brief: u32,
    pub kind: EntryKind,
    pub index: u32,
}

/// How a query word expanded: which term, and how much a match on it is worth (1.0 for the word
/// itself, less for a synonym, a typo or a prefix).
#[derive(Clone, Debug)]
pub struct Expansion {
    pub term: u32,
    pub quality: f32,
    pub how: MatchHow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchHow {
    Exact,
    Synonym,
    Typo,
    Prefix,
}

/// One word of a prepared query.
#[derive(Clone, Debug)]
pub struct QueryTerm {
    pub word: String,
    /// Inverse document frequency: rare words decide more than common ones.
    pub weight: f32,
    pub expansions: Vec<Expansion>,
}

/// A scored candidate.
#[derive(Clone, Debug)]
pub struct Scored {
    pub doc: u32,
    pub score: f32,
    /// For each query term, the field and expansion it matched (if any).
    pub matched: Vec<Option<(Field, MatchHow)>>,
    /// The best-matching name string of the document (an index into its names).
    pub best_name: usize,
}

/// Candidates are gathered from the rarest query words until there are this many; the other
/// words only re-rank them. This bounds the work of a query by the rare words' postings.
const CANDIDATE_BUDGET: usize = 500;
/// Even the rarest word adds at most this many candidates: a query made only of words found
/// everywhere ("the war") cannot make a query read the whole library.
const HARD_CAP: usize = 2_000;
/// Most results a search returns, and so most results any request returns: a request's limit is
/// clamped to it, and the whole timeline stops at it (front ends page through long answers). One
/// figure, because a request for more results than a search can give would silently get fewer.
pub const MAX_RESULTS: usize = 200;

/// Words longer than this are taken as typed and never typo-corrected. A word's deletion
/// neighbourhood grows with the square of its length (a 2,000-letter word has about two million
/// two-letter deletions), so without this bound one request could allocate gigabytes. The
/// longest word in the bundled brief has 15 letters; misspelt words this long are rare, and a
/// word that long is still found exactly or as a prefix.
pub const MAX_TYPO_CHARS: usize = 24;
/// Most index terms whose edit distance to one query word is computed.
pub const MAX_TYPO_COMPARED: usize = 256;
/// Most typo corrections one query word keeps, the closest first.
pub const MAX_TYPO_EXPANSIONS: usize = 16;
/// Most prefix expansions of the word being typed (autocomplete).
const TYPING_PREFIXES: usize = 24;
/// Most prefix expansions of a word that may be a truncation ("dagest").
const TRUNCATION_PREFIXES: usize = 8;

/// The work one query's preparation did. Every figure has a bound that holds by construction
/// whatever the input (see the constants above); tests assert them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PrepareWork {
    /// Deletion variants generated and looked up in the typo table.
    pub variants: usize,
    /// Index terms compared with a query word by edit distance.
    pub compared: usize,
    /// Query terms kept (at most [`MAX_QUERY_TERMS`]).
    pub terms: usize,
    /// Expansions of all kept terms together.
    pub expansions: usize,
}

impl PrepareWork {
    /// Upper bounds of each figure for any input, used by tests and the property test.
    pub fn bounds() -> PrepareWork {
        // A word's synonyms are the other words of the groups it belongs to, so there are
        // fewer than all the words of all groups.
        let synonyms: usize = synonyms::GROUPS.iter().map(|g| g.len()).sum();
        // A word of n letters has n one-letter and at most n(n-1) two-letter deletions, and a
        // word and its stem are expanded separately.
        let per_word = 1 + MAX_TYPO_CHARS + MAX_TYPO_CHARS * (MAX_TYPO_CHARS - 1);
        PrepareWork {
            variants: 2 * MAX_QUERY_TERMS * per_word,
            compared: 2 * MAX_QUERY_TERMS * MAX_TYPO_COMPARED,
            terms: MAX_QUERY_TERMS,
            expansions: MAX_QUERY_TERMS
                * (2 + synonyms + 2 * MAX_TYPO_EXPANSIONS + TYPING_PREFIXES),
        }
    }
}

/// The best match of one query term in one candidate: value, and where and how it matched.
#[derive(Clone, Copy)]
struct Best(f32, Option<(Field, MatchHow)>);

impl Best {
    const NONE: Best = Best(0.0, None);
}

/// The documents a search may return, decided per posting (see [`Index::admit`]).
#[derive(Clone, Copy)]
struct Admit {
    kind: Option<EntryKind>,
    /// The range of document ids of the brief searched (all of them without a brief filter).
    lo: u32,
    hi: u32,
}

impl Admit {
    #[inline]
    fn admits(self, doc: u32, kind: EntryKind) -> bool {
        self.kind.is_none_or(|k| k == kind) && self.lo <= doc && doc < self.hi
    }
}

/// One query's candidates, each in a slot numbered in the order it was found, with what the
/// query's terms matched in it so far.
struct Candidates<'s> {
    /// Document to slot.
    slots: Slots<'s>,
    /// Slot to document.
    docs: Vec<u32>,
    /// For each query term, the best (value, field, how) found so far.
    best: Vec<[Best; MAX_QUERY_TERMS]>,
    /// Whether any expansion matched the candidate's name: only then can its name coverage be
    /// above zero, and only then is it worth computing.
    name_hit: Vec<bool>,
    /// For documents with a single name (events, claims), the qualities of the query terms
    /// found in it, summed as the postings are read: their name coverage without a lookup.
    name_sum: Vec<f32>,
}

impl<'s> Candidates<'s> {
    fn new(slots: Slots<'s>) -> Candidates<'s> {
        Candidates {
            slots,
            docs: Vec::new(),
            best: Vec::new(),
            name_hit: Vec::new(),
            name_sum: Vec::new(),
        }
    }

    fn len(&self) -> usize {
        self.docs.len()
    }

    /// The slot of a document, if it is a candidate.
    #[inline]
    fn slot(&self, doc: u32) -> Option<usize> {
        self.slots.get(doc)
    }

    /// Makes a document a candidate, with nothing matched yet, and returns its slot.
    #[inline]
    fn add(&mut self, doc: u32) -> usize {
        let slot = self.docs.len();
        self.slots.insert(doc, slot);
        self.docs.push(doc);
        self.best.push([Best::NONE; MAX_QUERY_TERMS]);
        self.name_hit.push(false);
        self.name_sum.push(0.0);
        slot
    }

    /// Records that expansion `e` of query term `ti` occurs in field `f` of the candidate.
    #[inline]
    fn record(&mut self, slot: usize, ti: usize, e: &Expansion, f: Field) {
        let v = e.quality * f.factor();
        let best = &mut self.best[slot][ti];
        if v > best.0 {
            *best = Best(v, Some((f, e.how)));
        }
        if f == Field::Name {
            self.name_hit[slot] = true;
            self.name_sum[slot] += e.quality;
        }
    }
}

/// Keeps the best `k` of the scored candidates, best first; ties go to the lower document, so
/// ranking is deterministic. Selecting before sorting sorts only `k` of them.
fn top_k(scored: &mut Vec<(f32, u32, usize, usize)>, k: usize) {
    let by_rank = |a: &(f32, u32, usize, usize), b: &(f32, u32, usize, usize)| {
        b.0.total_cmp(&a.0).then(a.1.cmp(&b.1))
    };
    if scored.len() > k {
        scored.select_nth_unstable_by(k, by_rank);
        scored.truncate(k);
    }
    scored.sort_by(by_rank);
}

/// For name coverage: each expansion term and the best quality any query word gives it, sorted
/// by term for binary search (a query has at most a few dozen).
fn term_qualities(query: &[QueryTerm]) -> Vec<(u32, f32)> {
    let mut v: Vec<(u32, f32)> = query
        .iter()
        .flat_map(|q| &q.expansions)
        .map(|e| (e.term, e.quality))
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    v.dedup_by_key(|e| e.0);
    v
}

/// Per-thread scratch space mapping documents to candidate slots: a small open-addressing hash
/// table, stamped with a query number so it never needs clearing. It is sized to the query's
/// candidates (a few thousand), not to the library, so it stays in cache: a table indexed by
/// document would cost a cache miss for nearly every posting read in a large library.
#[derive(Default)]
struct Scratch {
    epoch: u32,
    /// (epoch, document, slot) per entry; an entry of an older epoch is empty.
    table: Vec<(u32, u32, u32)>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// The slots of one query.
struct Slots<'s> {
    epoch: u32,
    shift: u32,
    table: &'s mut [(u32, u32, u32)],
}

impl Scratch {
    /// Starts a query that will hold at most `most` candidates.
    fn begin(&mut self, most: usize) -> Slots<'_> {
        // At most half full, so probes stay short.
        let want = (most.max(16) * 2).next_power_of_two();
        if self.table.len() < want {
            self.table = vec![(0, 0, 0); want];
            self.epoch = 0;
        }
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            // After four billion queries the stamps wrap: start clean.
            self.table.iter_mut().for_each(|e| *e = (0, 0, 0));
            self.epoch = 1;
        }
        let table = &mut self.table[..want];
        Slots {
            epoch: self.epoch,
            shift: 32 - want.trailing_zeros(),
            table,
        }
    }
}

impl Slots<'_> {
    fn home(&self, doc: u32) -> usize {
        // Fibonacci hashing: documents close in number land far apart.
        (doc.wrapping_mul(0x9E37_79B9) >> self.shift) as usize
    }

    fn get(&self, doc: u32) -> Option<usize> {
        let mask = self.table.len() - 1;
        let mut i = self.home(doc);
        loop {
            let (epoch, d, slot) = self.table[i];
            if epoch != self.epoch {
                return None;
            }
            if d == doc {
                return Some(slot as usize);
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, doc: u32, slot: usize) {
        let mask = self.table.len() - 1;
        let mut i = self.home(doc);
        while self.table[i].0 == self.epoch {
            i = (i + 1) & mask;
        }
        self.table[i] = (self.epoch, doc, slot as u32);
    }
}

/// At most this many query words are considered; longer queries are truncated.
pub const MAX_QUERY_TERMS: usize = 16;

#[derive(Default, serde::Serialize, serde::Deserialize)]
pub struct Index {
    #[serde(with = "super::packed::flat")]
    docs: Vec<DocRef>,
    /// Per document, the terms of each of its name strings (actor names and aliases, an event's
    /// title, a claim's statement), used to prefer documents whose whole name was asked for.
    /// Flattened, so that reading a document's names touches two short runs of memory instead of
    /// one allocation per name: document `d`'s names are `name_spans[name_start[d]..name_start[d
    /// + 1]]`, each a range of `name_terms`.
    #[serde(with = "super::packed::flat")]
    name_start: Vec<u32>,
    #[serde(with = "super::packed::flat")]
    name_spans: Vec<(u32, u32)>,
    #[serde(with = "super::packed::flat")]
    name_terms: Vec<u32>,
    term_ids: HashMap<Box<str>, u32>,
    terms: Vec<Box<str>>,
    #[serde(with = "super::packed::nested")]
    postings: Vec<Vec<Posting>>,
    /// Per term, how many of its postings are actors, events and claims: a search for one kind
    /// weighs how rare its words are among that kind.
    kind_counts: Vec<[u32; 3]>,
    /// Hash of a term with one character deleted (or none) -> terms. A deletion neighbourhood
    /// (SymSpell) finds terms within an edit distance without comparing against every term.
    deletes: HashMap<u64, Vec<u32>>,
    /// Term ids sorted by their text, for prefix lookups.
    sorted: Vec<u32>,
    synonyms: HashMap<Box<str>, Vec<Box<str>>>,
    /// Each brief's documents: they are indexed brief by brief, so a range of doc ids.
    brief_docs: Vec<(u32, u32)>,
    /// Within each brief's range, the first doc id of its actors, events and claims (indexed in
    /// that order), so a [`DocRef`] maps to its doc id by arithmetic instead of a table.
    brief_starts: Vec<[u32; 3]>,
}

fn hash_str(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// The strings obtained by deleting one character of `word`.
fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..chars.len())
        .map(|i| {
            chars
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, c)| c)
                .collect()
        })
        .collect()
}

/// A kind's position in per-kind counts.
fn kind_slot(kind: EntryKind) -> usize {
    match kind {
        EntryKind::Actor => 0,
        EntryKind::Event => 1,
        EntryKind::Claim => 2,
    }
}

/// The first position at or after `from` in `list` (sorted by document) whose document is not
/// below `doc`: exponential steps forward, then a binary search within the last step.
fn gallop(list: &[Posting], from: usize, doc: u32) -> usize {
    let mut lo = from;
    let mut step = 1;
    let mut hi = from;
    while hi < list.len() && list[hi].doc < doc {
        lo = hi + 1;
        hi += step;
        step *= 2;
    }
    let hi = hi.min(list.len());
    lo + list[lo..hi].partition_point(|p| p.doc < doc)
}

/// The edit distance a word of this length may be off by and still match.
fn typo_budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    }
}

/// Builds an index. Caches each distinct word's term (or that it is a stop word), because
/// stemming dominates indexing and a library repeats its vocabulary endlessly.
struct Builder {
    ix: Index,
    words: HashMap<Box<str>, Option<u32>>,
    /// Per term: whether it occurs in text written in Latin letters. A term only ever written in
    /// another script ("ראשי", folded to "rashi") is found by its exact spelling, never as a
    /// typo of a Latin word: "raisi" is not the Hebrew for "heads".
    latin: Vec<bool>,
}

/// Case endings of Russian nouns and names as [`crate::text::transliterate`] spells them,
/// longest first.
const RUSSIAN_ENDINGS: &[&str] = &[
    "iyakh", "yami", "yakh", "ami", "akh", "ogo", "ego", "omu", "emu", "iyu", "iya", "oy", "ey",
    "om", "em", "ov", "ev", "ii", "ie", "yu", "ya", "a", "e", "i", "u", "y",
];

/// The forms a transliterated Russian word may have in the nominative: without its case
/// ending ("putina" → "putin", "dagestane" → "dagestan") and with a nominative ending in its
/// place ("rossii" → "rossiya", "moskvu" → "moskva"). Stems shorter than three letters are not
/// tried: too many words would meet them.
fn russian_bases(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    for ending in RUSSIAN_ENDINGS {
        let Some(base) = word.strip_suffix(ending) else {
            continue;
        };
        if base.len() < 3 {
            continue;
        }
        for nominative in ["", "a", "ya", "iya"] {
            let form = format!("{base}{nominative}");
            if form != word && !out.contains(&form) {
                out.push(form);
            }
        }
    }
    out
}

/// Whether a text is written in one of the scripts [`crate::text::transliterate`] folds.
fn foreign_script(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c as u32, 0x0400..=0x04FF | 0x0590..=0x05FF | 0x0600..=0x06FF))
}

impl Builder {
    fn term_ids_of(&mut self, text: &str, out: &mut Vec<u32>) {
        out.clear();
        self.term_ids_folded(text, out);
        if !foreign_script(text) {
            for &id in out.iter() {
                let id = id as usize;
                if self.latin.len() <= id {
                    self.latin.resize(id + 1, false);
                }
                self.latin[id] = true;
            }
        }
    }

    fn term_ids_folded(&mut self, text: &str, out: &mut Vec<u32>) {
        let folded = fold_for_search(text);
        for w in words(&folded) {
            let id = match self.words.get(w) {
                Some(&id) => id,
                None => {
                    let id = (!is_stop_word(w)).then(|| self.ix.term_id(&stem(w)));
                    self.words.insert(w.into(), id);
                    id
                }
            };
            out.extend(id);
        }
    }

    fn add(&mut self, doc_ref: DocRef, names: &[&str], fields: &[(Field, &str)]) {
        let doc = self.ix.docs.len() as u32;
        self.ix.docs.push(doc_ref);
        let mut ids = Vec::new();
        if self.ix.name_start.is_empty() {
            self.ix.name_start.push(0);
        }
        for n in names {
            self.term_ids_of(n, &mut ids);
            let start = self.ix.name_terms.len() as u32;
            self.ix.name_terms.extend_from_slice(&ids);
            self.ix
                .name_spans
                .push((start, self.ix.name_terms.len() as u32));
        }
        self.ix.name_start.push(self.ix.name_spans.len() as u32);
        for (field, text) in fields {
            self.term_ids_of(text, &mut ids);
            for &id in &ids {
                let list = &mut self.ix.postings[id as usize];
                match list.last_mut() {
                    Some(p) if p.doc == doc => p.field = p.field.min(*field),
                    _ => list.push(Posting {
                        doc,
                        field: *field,
                        kind: doc_ref.kind,
                    }),
                }
            }
        }
    }
}

impl Index {
    pub fn build(library: &Library) -> Index {
        let mut b = Builder {
            ix: Index::default(),
            words: HashMap::new(),
            latin: Vec::new(),
        };
        for (bi, brief) in library.briefs().iter().enumerate() {
            let first_doc = b.ix.docs.len() as u32;
            let actor_names = |ids: &[usize]| -> Vec<&str> {
                ids.iter()
                    .flat_map(|&a| {
                        let a = &brief.actors()[a];
                        std::iter::once(a.name.as_str()).chain(a.aliases.iter().map(String::as_str))
                    })
                    .collect()
            };
            let r = |kind, i: usize| DocRef {
                brief: bi as u32,
                kind,
                index: i as u32,
            };
            let mut starts = [first_doc; 3];
            for (i, a) in brief.actors().iter().enumerate() {
                let names: Vec<&str> = std::iter::once(a.name.as_str())
                    .chain(a.aliases.iter().map(String::as_str))
                    .collect();
                let mut fields: Vec<(Field, &str)> =
                    names.iter().map(|n| (Field::Name, *n)).collect();
                fields.push((Field::Text, &a.profile));
                fields.extend(a.citations.iter().map(|c| (Field::Quote, c.quote.as_str())));
                b.add(r(EntryKind::Actor, i), &names, &fields);
            }
            starts[1] = b.ix.docs.len() as u32;
            for (i, e) in brief.events().iter().enumerate() {
                let mut fields = vec![
                    (Field::Name, e.title.as_str()),
                    (Field::Text, e.summary.as_str()),
                ];
                fields.extend(e.citations.iter().map(|c| (Field::Quote, c.quote.as_str())));
                fields.extend(
                    actor_names(&e.actors)
                        .into_iter()
                        .map(|n| (Field::Related, n)),
                );
                if let Some(t) = &e.when_text {
                    fields.push((Field::Related, t));
                }
                b.add(r(EntryKind::Event, i), &[e.title.as_str()], &fields);
            }
            starts[2] = b.ix.docs.len() as u32;
            for (i, c) in brief.claims().iter().enumerate() {
                let mut fields = vec![(Field::Name, c.statement.as_str())];
                fields.extend(c.citations.iter().map(|q| (Field::Quote, q.quote.as_str())));
                fields.extend(actor_names(&c.by).into_iter().map(|n| (Field::Related, n)));
                // Readers ask for the authors' own view by role, not by name ("what do the
                // authors think Israel should do"): a claim the authors make answers to "the
                // authors" as it does to their names.
                if brief.by_authors(&c.by) {
                    fields.push((Field::Related, "the authors"));
                }
                fields.extend(
                    actor_names(&c.actors)
                        .into_iter()
                        .map(|n| (Field::Related, n)),
                );
                if let Some(src) = &c.source {
                    fields.push((Field::Related, src));
                    // The source often names an outlet or a meeting's host ("interview with
                    // Russia Today") that is not among the claim's actors; its other names
                    // ("RT") find the claim too, as they find the actor.
                    fields.extend(
                        brief
                            .actors_named_in(src)
                            .into_iter()
                            .map(|a| &brief.actors()[a])
                            .flat_map(|a| {
                                std::iter::once(a.name.as_str())
                                    .chain(a.aliases.iter().map(String::as_str))
                            })
                            .map(|n| (Field::Related, n)),
                    );
                }
                b.add(r(EntryKind::Claim, i), &[c.statement.as_str()], &fields);
            }
            b.ix.brief_docs.push((first_doc, b.ix.docs.len() as u32));
            b.ix.brief_starts.push(starts);
        }
        let mut ix = b.ix;
        ix.finish(&b.latin);
        ix
    }

    fn term_id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.term_ids.get(term) {
            return id;
        }
        let id = self.terms.len() as u32;
        self.terms.push(term.into());
        self.term_ids.insert(term.into(), id);
        self.postings.push(Vec::new());
        id
    }

    fn finish(&mut self, latin: &[bool]) {
        self.kind_counts = self
            .postings
            .iter()
            .map(|list| {
                let mut c = [0u32; 3];
                for p in list {
                    c[kind_slot(p.kind)] += 1;
                }
                c
            })
            .collect();
        for (id, term) in self.terms.iter().enumerate() {
            let len = term.chars().count();
            // A term more than two letters longer than the longest word that is typo-corrected
            // can never be within a typo of one, so its neighbourhood is not stored.
            if !(4..=MAX_TYPO_CHARS + 2).contains(&len)
                || !term.chars().all(char::is_alphabetic)
                || !latin.get(id).copied().unwrap_or(false)
            {
                continue;
            }
            self.deletes
                .entry(hash_str(term))
                .or_default()
                .push(id as u32);
            for d in deletions(term) {
                self.deletes
                    .entry(hash_str(&d))
                    .or_default()
                    .push(id as u32);
            }
        }
        for list in self.deletes.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        let mut sorted: Vec<u32> = (0..self.terms.len() as u32).collect();
        sorted.sort_by(|&a, &b| self.terms[a as usize].cmp(&self.terms[b as usize]));
        self.sorted = sorted;
        for group in synonyms::GROUPS {
            let stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            for s in &stems {
                let others = self.synonyms.entry(s.as_str().into()).or_default();
                for o in &stems {
                    if o != s && !others.iter().any(|x| **x == **o) {
                        others.push(o.as_str().into());
                    }
                }
            }
        }
    }

    pub fn doc(&self, doc: u32) -> DocRef {
        self.docs[doc as usize]
    }

    /// The doc ids of one brief's entries of `kind` (all its entries when `kind` is `None`).
    pub fn kind_range(&self, brief: u32, kind: Option<EntryKind>) -> std::ops::Range<u32> {
        let (Some(&(first, end)), Some(starts)) = (
            self.brief_docs.get(brief as usize),
            self.brief_starts.get(brief as usize),
        ) else {
            return 0..0;
        };
        match kind.map(kind_slot) {
            None => first..end,
            Some(k) => starts[k]..starts.get(k + 1).copied().unwrap_or(end),
        }
    }

    /// How many briefs the index holds.
    pub fn brief_count(&self) -> usize {
        self.brief_docs.len()
    }

    pub fn doc_of(&self, r: DocRef) -> Option<u32> {
        let starts = self.brief_starts.get(r.brief as usize)?;
        let end = self.brief_docs[r.brief as usize].1;
        let k = kind_slot(r.kind);
        let next = starts.get(k + 1).copied().unwrap_or(end);
        let doc = starts[k].checked_add(r.index)?;
        (doc < next).then_some(doc)
    }

    /// Decodes an index from its snapshot bytes and checks that it is internally consistent
    /// (see [`Index::is_consistent`]): the one way an index is read back. The check runs here,
    /// on the thread that decodes the index, while the briefs decode on the others; only the
    /// cheap comparison with the briefs ([`Index::describes`]) waits for them.
    pub(crate) fn decode(bytes: &[u8]) -> Result<Index, String> {
        let index: Index = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
        if index.is_consistent() {
            Ok(index)
        } else {
            Err("the index is not consistent: an id it stores points outside it".into())
        }
    }

    /// Whether every id this index stores points inside it: postings at documents of their
    /// kind, terms, name spans. A damaged snapshot that still decodes must not index out of
    /// bounds later, in the middle of a request.
    fn is_consistent(&self) -> bool {
        let terms = self.terms.len() as u32;
        self.name_start.len() == self.docs.len() + 1
            && self.postings.len() == self.terms.len()
            && self.kind_counts.len() == self.terms.len()
            && self.sorted.len() == self.terms.len()
            && self.term_ids.len() == self.terms.len()
            && self.postings.iter().all(|p| {
                p.iter().all(|p| {
                    self.docs
                        .get(p.doc as usize)
                        .is_some_and(|r| r.kind == p.kind)
                })
            })
            && self.sorted.iter().all(|&t| t < terms)
            && self.deletes.values().flatten().all(|&t| t < terms)
            && self.name_terms.iter().all(|&t| t < terms)
            && self.name_start.windows(2).all(|w| w[0] <= w[1])
            && self.name_start.last().map(|&l| l as usize) == Some(self.name_spans.len())
            && self
                .name_spans
                .iter()
                .all(|&(a, b)| a <= b && (b as usize) <= self.name_terms.len())
    }

    /// Whether this index was built from a library whose briefs have these numbers of actors,
    /// events and claims, in this order. An index read from a snapshot (and so checked by
    /// [`Index::decode`]) is compared with its briefs with this before it is used.
    pub fn describes(&self, sizes: &[[usize; 3]]) -> bool {
        let n = self.docs.len();
        if self.brief_starts.len() != sizes.len() || self.brief_docs.len() != sizes.len() {
            return false;
        }
        let kinds = [EntryKind::Actor, EntryKind::Event, EntryKind::Claim];
        let mut next = 0usize;
        for (bi, (starts, counts)) in self.brief_starts.iter().zip(sizes).enumerate() {
            if self.brief_docs[bi].0 as usize != next {
                return false;
            }
            for k in 0..3 {
                if starts[k] as usize != next {
                    return false;
                }
                for i in 0..counts[k] {
                    let want = DocRef {
                        brief: bi as u32,
                        kind: kinds[k],
                        index: i as u32,
                    };
                    if self.docs.get(next) != Some(&want) {
                        return false;
                    }
                    next += 1;
                }
            }
            if self.brief_docs[bi].1 as usize != next {
                return false;
            }
        }
        next == n
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// Terms starting with `prefix`, at most `limit`, in alphabetical order.
    pub fn terms_with_prefix(&self, prefix: &str, limit: usize) -> Vec<u32> {
        let start = self
            .sorted
            .partition_point(|&t| &*self.terms[t as usize] < prefix);
        self.sorted[start..]
            .iter()
            .take_while(|&&t| self.terms[t as usize].starts_with(prefix))
            .take(limit)
            .copied()
            .collect()
    }

    /// Terms within the typo budget of `word`, the closest first, at most
    /// [`MAX_TYPO_EXPANSIONS`]. The work is bounded whatever the word: long words are not
    /// expanded at all, deletion variants are deduplicated, and at most [`MAX_TYPO_COMPARED`]
    /// terms are compared by edit distance.
    fn typo_terms(&self, word: &str, work: &mut PrepareWork) -> Vec<(u32, usize)> {
        let len = word.chars().count();
        let budget = typo_budget(len);
        if budget == 0 || len > MAX_TYPO_CHARS || !word.chars().all(char::is_alphabetic) {
            return Vec::new();
        }
        // Variants are only ever looked up by hash, so they are kept as hashes, each once: a
        // word of repeated letters ("aaaa") has few distinct deletions.
        let mut variants: Vec<u64> = Vec::new();
        let mut distinct: HashSet<u64> = HashSet::new();
        let mut add = |v: &str, variants: &mut Vec<u64>| {
            let h = hash_str(v);
            if distinct.insert(h) {
                variants.push(h);
            }
        };
        add(word, &mut variants);
        let ones = deletions(word);
        for d in &ones {
            add(d, &mut variants);
        }
        if budget >= 2 {
            for d in &ones {
                for dd in deletions(d) {
                    add(&dd, &mut variants);
                }
            }
        }
        work.variants += variants.len();
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        'variants: for h in variants {
            for &t in self.deletes.get(&h).map(Vec::as_slice).unwrap_or(&[]) {
                if !seen.insert(t) {
                    continue;
                }
                if seen.len() > MAX_TYPO_COMPARED {
                    // A pathological neighbourhood (a huge library of near-identical words):
                    // the closest variants were looked up first, so stop here.
                    break 'variants;
                }
                work.compared += 1;
                let term = &self.terms[t as usize];
                let d = strsim::damerau_levenshtein(word, term);
                if d > 0 && d <= typo_budget(len.min(term.chars().count())).max(1) && d <= budget {
                    out.push((t, d));
                }
            }
        }
        out.sort_unstable_by_key(|&(t, d)| (d, t));
        out.truncate(MAX_TYPO_EXPANSIONS);
        out
    }

    /// Turns query text into weighted, expanded terms. `prefix_last` lets the last word match
    /// as a prefix, for autocomplete while the user is still typing.
    pub fn prepare(&self, text: &str, prefix_last: bool) -> Vec<QueryTerm> {
        self.prepare_in(text, prefix_last, None)
    }

    /// [`Index::prepare`] for a search within one brief: word weights then come from that
    /// brief's documents alone, so a brief answers the same with or without other briefs
    /// loaded beside it (a word common elsewhere but absent here stays a strong signal).
    pub fn prepare_in(&self, text: &str, prefix_last: bool, scope: Option<u32>) -> Vec<QueryTerm> {
        self.prepare_traced(text, prefix_last, scope).0
    }

    /// [`Index::prepare_in`], also returning how much work it did, so tests can check that
    /// no input makes one query expensive.
    pub fn prepare_traced(
        &self,
        text: &str,
        prefix_last: bool,
        scope: Option<u32>,
    ) -> (Vec<QueryTerm>, PrepareWork) {
        let mut work = PrepareWork::default();
        let folded = fold_for_search(text);
        let raw: Vec<&str> = words(&folded).filter(|w| !is_stop_word(w)).collect();
        let cyrillic = text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
        // Hebrew and Arabic write "in", "to", "and" and "the" onto a word ("בדגסטן", in
        // Dagestan): each such word's folded form, with the folded forms it has without them.
        let unprefixed: Vec<(String, Vec<String>)> = if foreign_script(text) {
            text.split(|c: char| !c.is_alphanumeric())
                .filter_map(|native| {
                    let forms = crate::native::unprefixed(native);
                    let fold_one = |w: &str| words(&fold_for_search(w)).next().map(str::to_string);
                    (!forms.is_empty()).then(|| {
                        Some((
                            fold_one(native)?,
                            forms.iter().filter_map(|f| fold_one(f)).collect(),
                        ))
                    })?
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut out: Vec<QueryTerm> = Vec::new();
        let n = raw.len();
        for (i, w) in raw.into_iter().enumerate() {
            let s = stem(w);
            if out.iter().any(|q| stem(&q.word) == s) {
                continue;
            }
            let mut exp: Vec<Expansion> = Vec::new();
            let push = |exp: &mut Vec<Expansion>, term: u32, quality: f32, how: MatchHow| match exp
                .iter_mut()
                .find(|e| e.term == term)
            {
                Some(e) if e.quality < quality => {
                    e.quality = quality;
                    e.how = how;
                }
                Some(_) => {}
                None => exp.push(Expansion { term, quality, how }),
            };
            let range = scope.and_then(|b| self.brief_docs.get(b as usize).copied());
            let df_of = |t: u32| {
                let list = &self.postings[t as usize];
                match range {
                    Some((start, end)) => {
                        list.partition_point(|p| p.doc < end)
                            - list.partition_point(|p| p.doc < start)
                    }
                    None => list.len(),
                }
            };
            // Within one brief, a word only that brief lacks is unknown, as it would be if the
            // brief were loaded alone: it is typo-corrected the same way, so a scoped question
            // answers exactly as the brief alone does.
            let exact = self
                .term_ids
                .get(s.as_str())
                .copied()
                .filter(|&t| range.is_none() || df_of(t) > 0);
            if let Some(t) = exact {
                push(&mut exp, t, 1.0, MatchHow::Exact);
            }
            // The unstemmed word can be a term too ("us" vs "u"), when stemming changed it.
            if let Some(&t) = self.term_ids.get(w) {
                push(&mut exp, t, 1.0, MatchHow::Exact);
            }
            for syn in self
                .synonyms
                .get(s.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[])
            {
                if let Some(&t) = self.term_ids.get(syn) {
                    push(&mut exp, t, 0.85, MatchHow::Synonym);
                }
            }
            // A Russian word comes inflected ("Путина", "в Дагестане", "России"): an unknown
            // one is tried without its case ending, and with the endings of the nominative
            // that the knowledge base spells names in.
            if exact.is_none() && cyrillic {
                for base in russian_bases(w) {
                    if let Some(&t) = self.term_ids.get(stem(&base).as_str()) {
                        push(&mut exp, t, 0.9, MatchHow::Typo);
                    }
                }
            }
            // An unknown Hebrew or Arabic word is tried without its prefix letters, the longest
            // form the index knows first.
            if exact.is_none() {
                let forms = unprefixed.iter().filter(|(full, _)| full == w);
                if let Some(t) = forms
                    .flat_map(|(_, forms)| forms)
                    .find_map(|f| self.term_ids.get(stem(f).as_str()).copied())
                {
                    push(&mut exp, t, 0.9, MatchHow::Typo);
                }
            }
            // A word the index knows is taken as meant; only unknown words are typo-corrected.
            // Expanding known words too would multiply the postings every query reads. A word
            // the synonym table knows is a real word, not a typo, even where the brief does not
            // use it: "staying tight with" is close, not "fighting".
            let synonym_found = exp.iter().any(|e| e.how == MatchHow::Synonym);
            let typo_quality = |d: usize| match (synonym_found, d) {
                (false, 1) => 0.8,
                (false, _) => 0.6,
                (true, 1) => 0.5,
                (true, _) => 0.4,
            };
            if exact.is_none() {
                for (t, d) in self.typo_terms(&s, &mut work) {
                    push(&mut exp, t, typo_quality(d), MatchHow::Typo);
                }
                if s != w {
                    for (t, d) in self.typo_terms(w, &mut work) {
                        push(&mut exp, t, typo_quality(d), MatchHow::Typo);
                    }
                }
            }
            // The word being typed (autocomplete) may be any prefix; elsewhere an unknown word
            // that no typo explains may be a truncation ("dagest").
            let typing = prefix_last && i + 1 == n;
            let truncated = !typing && exact.is_none() && exp.is_empty() && w.len() >= 5;
            if (typing && w.len() >= 2) || truncated {
                for t in self.terms_with_prefix(
                    w,
                    if typing {
                        TYPING_PREFIXES
                    } else {
                        TRUNCATION_PREFIXES
                    },
                ) {
                    push(
                        &mut exp,
                        t,
                        if typing { 0.9 } else { 0.7 },
                        MatchHow::Prefix,
                    );
                }
            }
            if range.is_some() {
                // Within one brief, only its own words can match: a typo or prefix expansion to
                // a word of another brief must not change how this word is weighed.
                exp.retain(|e| df_of(e.term) > 0);
            }
            let exact = exact.filter(|&t| df_of(t) > 0);
            let df = exact
                .map(df_of)
                .or_else(|| {
                    exp.iter()
                        .max_by(|a, b| a.quality.total_cmp(&b.quality))
                        .map(|e| df_of(e.term))
                })
                .unwrap_or(0);
            let docs = range.map_or(self.docs.len(), |(a, b)| (b - a) as usize);
            out.push(QueryTerm {
                word: w.to_string(),
                weight: (1.0 + docs as f32 / df.max(1) as f32).ln(),
                expansions: exp,
            });
            if out.len() == MAX_QUERY_TERMS {
                break;
            }
        }
        work.terms = out.len();
        work.expansions = out.iter().map(|q| q.expansions.len()).sum();
        (out, work)
    }

    /// Scores documents for a prepared query. `restrict` limits scoring to the given documents
    /// (the timeline's date matches); otherwise candidates come from the postings of the
    /// query's rarest words. `filter` limits results to a kind or a brief. At most
    /// `MAX_RESULTS` results are returned, best first, ties by document order, so ranking is
    /// deterministic.
    pub fn search(
        &self,
        query: &[QueryTerm],
        restrict: Option<&[u32]>,
        filter: Filter,
    ) -> Vec<Scored> {
        self.search_top(query, restrict, filter, MAX_RESULTS)
    }

    /// [`Index::search`], returning only the best `k`. Documents that cannot reach the top `k`
    /// are dropped before their names are compared, which is most of them in a large library.
    pub fn search_top(
        &self,
        query: &[QueryTerm],
        restrict: Option<&[u32]>,
        filter: Filter,
        k: usize,
    ) -> Vec<Scored> {
        SCRATCH.with(|scratch| {
            self.search_with(
                &mut scratch.borrow_mut(),
                query,
                restrict,
                filter,
                k.clamp(1, MAX_RESULTS),
            )
        })
    }

    fn search_with(
        &self,
        scratch: &mut Scratch,
        query: &[QueryTerm],
        restrict: Option<&[u32]>,
        filter: Filter,
        k: usize,
    ) -> Vec<Scored> {
        let q = &query[..query.len().min(MAX_QUERY_TERMS)];
        let keep = self.admit(filter);
        let total_weight: f32 = q.iter().map(|t| t.weight).sum();
        if q.is_empty() || total_weight <= 0.0 {
            return Vec::new();
        }
        let most = match restrict {
            Some(r) => r.len(),
            None => HARD_CAP + CANDIDATE_BUDGET,
        };
        let mut cands = Candidates::new(scratch.begin(most));
        let mut scanned = vec![false; q.len()];
        match restrict {
            Some(restricted) => {
                for &d in restricted {
                    if keep.admits(d, self.docs[d as usize].kind) && cands.slot(d).is_none() {
                        cands.add(d);
                    }
                }
            }
            None => self.gather_candidates(q, filter.kind, keep, &mut cands, &mut scanned),
        }
        if scanned.iter().any(|s| !s) {
            self.check_unscanned(q, &scanned, &mut cands);
        }
        let mut scored = self.score(q, &cands, total_weight, k);
        top_k(&mut scored, k);
        scored
            .into_iter()
            .map(|(score, doc, slot, best_name)| Scored {
                doc,
                score,
                matched: (0..q.len()).map(|ti| cands.best[slot][ti].1).collect(),
                best_name,
            })
            .collect()
    }

    /// The documents a filter lets through. A brief's documents are one range of ids and a
    /// posting carries its document's kind, so the filter is decided from the posting alone,
    /// with no lookup per document.
    fn admit(&self, filter: Filter) -> Admit {
        let (lo, hi) = filter
            .brief
            .and_then(|b| self.brief_docs.get(b as usize).copied())
            .unwrap_or((0, u32::MAX));
        Admit {
            kind: filter.kind,
            lo,
            hi,
        }
    }

    /// Gathers candidates from the postings of the query's words, rarest first, and stops
    /// generating them once there are enough; common words are then only checked against those
    /// candidates ([`Index::check_unscanned`]). Marks in `scanned` the words whose postings were
    /// read whole, whose matches are therefore all recorded.
    fn gather_candidates(
        &self,
        q: &[QueryTerm],
        kind: Option<EntryKind>,
        keep: Admit,
        cands: &mut Candidates,
        scanned: &mut [bool],
    ) {
        let kind_slot = kind.map(kind_slot);
        let sizes: Vec<usize> = q
            .iter()
            .map(|t| {
                t.expansions
                    .iter()
                    .map(|e| match kind_slot {
                        Some(k) => self.kind_counts[e.term as usize][k] as usize,
                        None => self.postings[e.term as usize].len(),
                    })
                    .sum()
            })
            .collect();
        let mut order: Vec<usize> = (0..q.len()).collect();
        order.sort_by_key(|&i| (sizes[i], i));
        for (rank, &ti) in order.iter().enumerate() {
            if rank > 0 && cands.len() >= CANDIDATE_BUDGET {
                break;
            }
            // The rarest word may bring up to HARD_CAP candidates, later ones only what the
            // budget has left. A word with more postings than it may bring only seeds candidates
            // here; its matches are recorded by the check afterwards, for every candidate alike.
            let cap = if rank == 0 {
                HARD_CAP
            } else {
                CANDIDATE_BUDGET - cands.len()
            };
            let whole = sizes[ti] <= cap;
            scanned[ti] = whole;
            let mut taken = 0;
            // When the word has more documents than it may bring, those with the word in their
            // name come first: they are the likeliest answers, and otherwise the cap would keep
            // whichever documents come first in the library.
            let passes: &[Option<bool>] = if whole {
                &[None]
            } else {
                &[Some(true), Some(false)]
            };
            'postings: for (pass, e) in passes
                .iter()
                .flat_map(|p| q[ti].expansions.iter().map(move |e| (*p, e)))
            {
                for p in &self.postings[e.term as usize] {
                    let (d, f) = (p.doc, p.field);
                    if pass.is_some_and(|names| names != (f == Field::Name))
                        || !keep.admits(d, p.kind)
                    {
                        continue;
                    }
                    let slot = match cands.slot(d) {
                        Some(s) => s,
                        None => {
                            if taken >= cap {
                                break 'postings;
                            }
                            taken += 1;
                            cands.add(d)
                        }
                    };
                    if whole {
                        cands.record(slot, ti, e, f);
                    }
                }
            }
        }
    }

    /// Checks every candidate against the postings of the words not scanned whole. Candidates
    /// are visited in document order and the postings searched by galloping from where the last
    /// candidate was found, so the cost is about log(postings / candidates) per candidate and
    /// memory is read mostly forward, instead of a full binary search (and a cache miss per
    /// step) for each.
    fn check_unscanned(&self, q: &[QueryTerm], scanned: &[bool], cands: &mut Candidates) {
        let mut in_order: Vec<(u32, u32)> = cands
            .docs
            .iter()
            .enumerate()
            .map(|(slot, &d)| (d, slot as u32))
            .collect();
        in_order.sort_unstable();
        for (ti, t) in q.iter().enumerate() {
            if scanned[ti] {
                continue;
            }
            for e in &t.expansions {
                let list = &self.postings[e.term as usize];
                let mut at = 0;
                for &(d, slot) in &in_order {
                    at = gallop(list, at, d);
                    let Some(&Posting {
                        doc: found,
                        field: f,
                        ..
                    }) = list.get(at)
                    else {
                        break;
                    };
                    if found != d {
                        continue;
                    }
                    cands.record(slot as usize, ti, e, f);
                }
            }
        }
    }

    /// Scores the candidates that can reach the top `k`: (score, document, slot, best name).
    /// Coverage of the query comes first; the name can add at most 0.2, so a document whose
    /// coverage is more than 0.2 below the k-th best coverage cannot make the top `k`, and its
    /// names are never compared.
    fn score(
        &self,
        q: &[QueryTerm],
        cands: &Candidates,
        total_weight: f32,
        k: usize,
    ) -> Vec<(f32, u32, usize, usize)> {
        let qualities = term_qualities(q);
        let mut partial: Vec<(f32, usize)> = (0..cands.len())
            .map(|slot| {
                let got: f32 = q
                    .iter()
                    .enumerate()
                    .map(|(ti, t)| t.weight * cands.best[slot][ti].0)
                    .sum();
                (0.8 * got / total_weight, slot)
            })
            .collect();
        let floor = if partial.len() > k {
            let (_, kth, _) = partial.select_nth_unstable_by(k - 1, |a, b| b.0.total_cmp(&a.0));
            kth.0 - 0.2
        } else {
            f32::MIN
        };
        partial
            .into_iter()
            .filter(|&(p, _)| p >= floor)
            .filter_map(|(p, slot)| {
                let d = cands.docs[slot];
                let (name_cov, best_name) = self.candidate_name_coverage(cands, slot, &qualities);
                let score = p + 0.2 * name_cov;
                (score > 0.0).then_some((score, d, slot, best_name))
            })
            .collect()
    }

    /// A candidate's name coverage and best name. Only a candidate whose name some expansion
    /// matched can score above zero; one with a single name has its coverage summed already.
    #[inline]
    fn candidate_name_coverage(
        &self,
        cands: &Candidates,
        slot: usize,
        qualities: &[(u32, f32)],
    ) -> (f32, usize) {
        let d = cands.docs[slot];
        if !cands.name_hit[slot] {
            (0.0, 0)
        } else if let Some(len) = self.single_name_len(d) {
            ((cands.name_sum[slot] / len.max(1) as f32).min(1.0), 0)
        } else {
            self.name_coverage(d, qualities)
        }
    }

    /// The terms of each of the document's names.
    fn names_of(&self, doc: u32) -> impl Iterator<Item = &[u32]> {
        let (a, b) = (
            self.name_start[doc as usize] as usize,
            self.name_start[doc as usize + 1] as usize,
        );
        self.name_spans[a..b]
            .iter()
            .map(|&(s, e)| &self.name_terms[s as usize..e as usize])
    }

    /// The number of terms of the document's name, if it has exactly one.
    fn single_name_len(&self, doc: u32) -> Option<usize> {
        let (a, b) = (
            self.name_start[doc as usize] as usize,
            self.name_start[doc as usize + 1] as usize,
        );
        (b == a + 1).then(|| {
            let (s, e) = self.name_spans[a];
            (e - s) as usize
        })
    }

    /// How much of the document's best-matching name the query covers (0 to 1), and which name.
    fn name_coverage(&self, doc: u32, qualities: &[(u32, f32)]) -> (f32, usize) {
        let mut best = (0.0f32, 0usize);
        for (ni, name) in self.names_of(doc).enumerate() {
            if name.is_empty() {
                continue;
            }
            let got: f32 = name
                .iter()
                .map(|t| {
                    qualities
                        .binary_search_by_key(t, |&(term, _)| term)
                        .map_or(0.0, |i| qualities[i].1)
                })
                .sum();
            let cov = got / name.len() as f32;
            if cov > best.0 {
                best = (cov, ni);
            }
        }
        best
    }
}
