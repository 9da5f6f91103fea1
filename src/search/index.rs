//! A word-level inverted index over every entry of every brief, with typo expansion.
//!
//! Queries never scan all entries: each query word expands to the index terms it may mean (the
//! word itself, its synonyms, terms one or two edits away found through a deletion
//! neighbourhood, and terms it is a prefix of), the postings of those terms give a candidate set,
//! and only the candidates are scored. Very common terms do not generate candidates when a rarer
//! word is present; they are checked per candidate by binary search. That keeps a query's cost
//! proportional to the rare words' postings, which is what lets one process serve a library of
//! about a million entries.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use crate::kb::{EntryKind, Library};
use crate::text::{fold_for_search, is_stop_word, stem, words};

use super::synonyms;

/// Which part of an entry a term came from. Lower is more telling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

/// Where an indexed document lives in the library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// Words in very many documents do not generate candidates when a rarer word is present.
const COMMON_POSTINGS: usize = 4_096;
/// At most this many query words are considered; longer queries are truncated.
pub const MAX_QUERY_TERMS: usize = 16;

#[derive(Default)]
pub struct Index {
    docs: Vec<DocRef>,
    /// Per document, the terms of each of its name strings (actor names and aliases, an event's
    /// title, a claim's statement), used to prefer documents whose whole name was asked for.
    doc_names: Vec<Vec<Box<[u32]>>>,
    term_ids: HashMap<Box<str>, u32>,
    terms: Vec<Box<str>>,
    postings: Vec<Vec<(u32, Field)>>,
    /// Hash of a term with one character deleted (or none) -> terms. A deletion neighbourhood
    /// (SymSpell) finds terms within an edit distance without comparing against every term.
    deletes: HashMap<u64, Vec<u32>>,
    /// Term ids sorted by their text, for prefix lookups.
    sorted: Vec<u32>,
    synonyms: HashMap<Box<str>, Vec<Box<str>>>,
    by_ref: HashMap<DocRef, u32>,
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

/// The edit distance a word of this length may be off by and still match.
fn typo_budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    }
}

impl Index {
    pub fn build(library: &Library) -> Index {
        let mut ix = Index::default();
        for (bi, brief) in library.briefs().iter().enumerate() {
            let actor_names = |ids: &[usize]| -> Vec<String> {
                ids.iter()
                    .flat_map(|&a| {
                        let a = &brief.actors()[a];
                        std::iter::once(a.name.clone()).chain(a.aliases.iter().cloned())
                    })
                    .collect()
            };
            for (i, a) in brief.actors().iter().enumerate() {
                let names: Vec<&str> = std::iter::once(a.name.as_str())
                    .chain(a.aliases.iter().map(String::as_str))
                    .collect();
                let mut fields: Vec<(Field, String)> =
                    names.iter().map(|n| (Field::Name, n.to_string())).collect();
                fields.push((Field::Text, a.profile.clone()));
                fields.extend(a.citations.iter().map(|c| (Field::Quote, c.quote.clone())));
                ix.add(
                    DocRef {
                        brief: bi as u32,
                        kind: EntryKind::Actor,
                        index: i as u32,
                    },
                    &names,
                    &fields,
                );
            }
            for (i, e) in brief.events().iter().enumerate() {
                let mut fields = vec![
                    (Field::Name, e.title.clone()),
                    (Field::Text, e.summary.clone()),
                ];
                fields.extend(e.citations.iter().map(|c| (Field::Quote, c.quote.clone())));
                fields.extend(
                    actor_names(&e.actors)
                        .into_iter()
                        .map(|n| (Field::Related, n)),
                );
                if let Some(t) = &e.when_text {
                    fields.push((Field::Related, t.clone()));
                }
                ix.add(
                    DocRef {
                        brief: bi as u32,
                        kind: EntryKind::Event,
                        index: i as u32,
                    },
                    &[e.title.as_str()],
                    &fields,
                );
            }
            for (i, c) in brief.claims().iter().enumerate() {
                let mut fields = vec![(Field::Name, c.statement.clone())];
                fields.extend(c.citations.iter().map(|q| (Field::Quote, q.quote.clone())));
                fields.extend(actor_names(&c.by).into_iter().map(|n| (Field::Related, n)));
                fields.extend(
                    actor_names(&c.actors)
                        .into_iter()
                        .map(|n| (Field::Related, n)),
                );
                if let Some(s) = &c.source {
                    fields.push((Field::Related, s.clone()));
                }
                ix.add(
                    DocRef {
                        brief: bi as u32,
                        kind: EntryKind::Claim,
                        index: i as u32,
                    },
                    &[c.statement.as_str()],
                    &fields,
                );
            }
        }
        ix.finish();
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

    fn add(&mut self, doc_ref: DocRef, names: &[&str], fields: &[(Field, String)]) {
        let doc = self.docs.len() as u32;
        self.docs.push(doc_ref);
        self.by_ref.insert(doc_ref, doc);
        let name_terms = names
            .iter()
            .map(|n| {
                crate::text::terms(n)
                    .iter()
                    .map(|t| self.term_id(t))
                    .collect::<Box<[u32]>>()
            })
            .collect();
        self.doc_names.push(name_terms);
        for (field, text) in fields {
            for t in crate::text::terms(text) {
                let id = self.term_id(&t);
                let list = &mut self.postings[id as usize];
                match list.last_mut() {
                    Some((d, f)) if *d == doc => *f = (*f).min(*field),
                    _ => list.push((doc, *field)),
                }
            }
        }
    }

    fn finish(&mut self) {
        for (id, term) in self.terms.iter().enumerate() {
            let len = term.chars().count();
            if len < 4 || !term.chars().all(char::is_alphabetic) {
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

    pub fn doc_of(&self, r: DocRef) -> Option<u32> {
        self.by_ref.get(&r).copied()
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

    fn idf(&self, df: usize) -> f32 {
        (1.0 + self.docs.len() as f32 / df.max(1) as f32).ln()
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

    /// Terms within the typo budget of `word`.
    fn typo_terms(&self, word: &str) -> Vec<(u32, usize)> {
        let len = word.chars().count();
        let budget = typo_budget(len);
        if budget == 0 || !word.chars().all(char::is_alphabetic) {
            return Vec::new();
        }
        let mut variants = vec![word.to_string()];
        let ones = deletions(word);
        if budget >= 2 {
            for d in &ones {
                variants.extend(deletions(d));
            }
        }
        variants.extend(ones);
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for v in variants {
            for &t in self
                .deletes
                .get(&hash_str(&v))
                .map(Vec::as_slice)
                .unwrap_or(&[])
            {
                if !seen.insert(t) {
                    continue;
                }
                let term = &self.terms[t as usize];
                let d = strsim::damerau_levenshtein(word, term);
                if d > 0 && d <= typo_budget(len.min(term.chars().count())).max(1) && d <= budget {
                    out.push((t, d));
                }
            }
        }
        out
    }

    /// Turns query text into weighted, expanded terms. `prefix_last` lets the last word match
    /// as a prefix, for autocomplete while the user is still typing.
    pub fn prepare(&self, text: &str, prefix_last: bool) -> Vec<QueryTerm> {
        let folded = fold_for_search(text);
        let raw: Vec<&str> = words(&folded).filter(|w| !is_stop_word(w)).collect();
        let mut out: Vec<QueryTerm> = Vec::new();
        let n = raw.len();
        for (i, w) in raw.into_iter().enumerate() {
            let s = stem(w);
            if out.iter().any(|q| stem(&q.word) == s) {
                continue;
            }
            let mut exp: Vec<Expansion> = Vec::new();
            let mut push = |term: u32, quality: f32, how: MatchHow| match exp
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
            let exact = self.term_ids.get(s.as_str()).copied();
            if let Some(t) = exact {
                push(t, 1.0, MatchHow::Exact);
            }
            // The unstemmed word can be a term too ("us" vs "u"), when stemming changed it.
            if let Some(&t) = self.term_ids.get(w) {
                push(t, 1.0, MatchHow::Exact);
            }
            for syn in self
                .synonyms
                .get(s.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[])
            {
                if let Some(&t) = self.term_ids.get(syn) {
                    push(t, 0.85, MatchHow::Synonym);
                }
            }
            for (t, d) in self.typo_terms(&s) {
                push(t, if d == 1 { 0.8 } else { 0.6 }, MatchHow::Typo);
            }
            if s != w {
                for (t, d) in self.typo_terms(w) {
                    push(t, if d == 1 { 0.8 } else { 0.6 }, MatchHow::Typo);
                }
            }
            let wants_prefix = (prefix_last && i + 1 == n) || (exact.is_none() && w.len() >= 5);
            if wants_prefix && w.len() >= 2 {
                for t in self.terms_with_prefix(w, 24) {
                    push(t, if prefix_last { 0.9 } else { 0.7 }, MatchHow::Prefix);
                }
            }
            let df = exact
                .map(|t| self.postings[t as usize].len())
                .or_else(|| {
                    exp.iter()
                        .max_by(|a, b| a.quality.total_cmp(&b.quality))
                        .map(|e| self.postings[e.term as usize].len())
                })
                .unwrap_or(1);
            out.push(QueryTerm {
                word: w.to_string(),
                weight: self.idf(df),
                expansions: exp,
            });
            if out.len() == MAX_QUERY_TERMS {
                break;
            }
        }
        out
    }

    /// The field a document has `term` in, by binary search in the term's postings.
    fn field_of(&self, term: u32, doc: u32) -> Option<Field> {
        let list = &self.postings[term as usize];
        list.binary_search_by_key(&doc, |&(d, _)| d)
            .ok()
            .map(|i| list[i].1)
    }

    /// Scores documents for a prepared query. `restrict` limits scoring to the given documents
    /// (the timeline's date matches); otherwise candidates come from the postings. `keep`
    /// filters by kind or brief. Results are sorted best first, ties by document order, so
    /// ranking is deterministic.
    pub fn search(
        &self,
        query: &[QueryTerm],
        restrict: Option<&[u32]>,
        keep: &dyn Fn(DocRef) -> bool,
    ) -> Vec<Scored> {
        let total_weight: f32 = query.iter().map(|q| q.weight).sum();
        let candidates: Vec<u32> = match restrict {
            Some(docs) => docs
                .iter()
                .copied()
                .filter(|&d| keep(self.docs[d as usize]))
                .collect(),
            None => {
                let sizes: Vec<usize> = query
                    .iter()
                    .map(|q| {
                        q.expansions
                            .iter()
                            .map(|e| self.postings[e.term as usize].len())
                            .sum()
                    })
                    .collect();
                let rarest = sizes.iter().copied().min().unwrap_or(0);
                let mut set: HashSet<u32> = HashSet::new();
                for (q, &size) in query.iter().zip(&sizes) {
                    if size > COMMON_POSTINGS && size != rarest {
                        continue;
                    }
                    for e in &q.expansions {
                        for &(d, _) in &self.postings[e.term as usize] {
                            if keep(self.docs[d as usize]) {
                                set.insert(d);
                            }
                        }
                    }
                }
                let mut v: Vec<u32> = set.into_iter().collect();
                v.sort_unstable();
                v
            }
        };
        let mut out = Vec::with_capacity(candidates.len());
        for doc in candidates {
            let mut matched = Vec::with_capacity(query.len());
            let mut got = 0.0;
            for q in query {
                let mut best: Option<(f32, Field, MatchHow)> = None;
                for e in &q.expansions {
                    if let Some(f) = self.field_of(e.term, doc) {
                        let v = e.quality * f.factor();
                        if best.is_none_or(|(b, _, _)| v > b) {
                            best = Some((v, f, e.how));
                        }
                    }
                }
                if let Some((v, _, _)) = best {
                    got += q.weight * v;
                }
                matched.push(best.map(|(_, f, h)| (f, h)));
            }
            let coverage = if total_weight > 0.0 {
                got / total_weight
            } else {
                0.0
            };
            let (name_cov, best_name) = self.name_coverage(doc, query);
            let score = 0.8 * coverage + 0.2 * name_cov;
            if score > 0.0 {
                out.push(Scored {
                    doc,
                    score,
                    matched,
                    best_name,
                });
            }
        }
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
        out
    }

    /// How much of the document's best-matching name the query covers (0 to 1), and which name.
    fn name_coverage(&self, doc: u32, query: &[QueryTerm]) -> (f32, usize) {
        let mut best = (0.0f32, 0usize);
        for (ni, name) in self.doc_names[doc as usize].iter().enumerate() {
            if name.is_empty() {
                continue;
            }
            let got: f32 = name
                .iter()
                .map(|t| {
                    query
                        .iter()
                        .flat_map(|q| &q.expansions)
                        .filter(|e| e.term == *t)
                        .map(|e| e.quality)
                        .fold(0.0, f32::max)
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
