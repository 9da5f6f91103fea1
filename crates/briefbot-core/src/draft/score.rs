//! Scoring a draft against a curated knowledge base of the same brief (`briefbot draft-eval`).
//!
//! Actors are paired one to one by the names they share (their name and Latin-script aliases,
//! compared without case or a leading "the"); events and claims are paired by overlapping
//! quotes in the same paragraph. A claim counts as attributed when someone other than the
//! authors makes it.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;

use super::actors::key;
use crate::kb::{Brief, Citation};

/// A ratio with its counts.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Ratio {
    pub hit: usize,
    pub of: usize,
}

impl Ratio {
    pub fn value(self) -> f64 {
        if self.of == 0 {
            1.0
        } else {
            self.hit as f64 / self.of as f64
        }
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2} ({}/{})", self.value(), self.hit, self.of)
    }
}

/// The scorer's figures for one brief.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Scores {
    pub metadata: Ratio,
    pub actor_recall: Ratio,
    pub actor_precision: Ratio,
    pub surface_form_recall: Ratio,
    pub actor_kind_accuracy: Ratio,
    pub event_recall: Ratio,
    pub event_exact_date: Ratio,
    pub attribution_recall: Ratio,
    pub attribution_precision: Ratio,
    pub speaker_accuracy: Ratio,
    pub author_claim_recall: Ratio,
    /// Reference actors the draft did not find, for the curator's eye.
    pub missed_actors: Vec<String>,
    /// Draft actors that match no reference actor.
    pub extra_actors: Vec<String>,
}

impl Scores {
    /// The figures as (name, ratio) rows, in the order.
    pub fn rows(&self) -> Vec<(&'static str, Ratio)> {
        vec![
            ("metadata fields", self.metadata),
            ("actor recall", self.actor_recall),
            ("actor precision", self.actor_precision),
            ("surface-form recall", self.surface_form_recall),
            ("actor kind accuracy", self.actor_kind_accuracy),
            ("event recall", self.event_recall),
            ("event exact date", self.event_exact_date),
            ("attribution recall", self.attribution_recall),
            ("attribution precision", self.attribution_precision),
            ("speaker accuracy", self.speaker_accuracy),
            ("authors' claims recall", self.author_claim_recall),
        ]
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (name, r) in self.rows() {
            writeln!(f, "  {name:<24} {r}")?;
        }
        if !self.missed_actors.is_empty() {
            writeln!(f, "  missed actors: {}", self.missed_actors.join(", "))?;
        }
        if !self.extra_actors.is_empty() {
            writeln!(f, "  extra actors: {}", self.extra_actors.join(", "))?;
        }
        Ok(())
    }
}

/// Whether a name is written in the Latin script, the script the briefs are written in: names
/// in other scripts (Cyrillic, Arabic) are kept for readers but never in the text. Czech,
/// Polish and Baltic letters (š, ř, ń, ė) are Latin too, in the Extended-A and -B blocks; the
/// scorer once counted only Latin-1, which left names such as "Tomasz Zieliński" unpaired.
fn latin(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_ascii() || matches!(c, '\u{2019}' | '–' | '—') || crate::text::is_latin_letter(c)
    })
}

fn forms(name: &str, aliases: &[String]) -> HashSet<String> {
    std::iter::once(name)
        .chain(aliases.iter().map(String::as_str))
        .filter(|s| latin(s))
        .map(key)
        .collect()
}

fn overlaps(a: &[Citation], b: &[Citation]) -> bool {
    a.iter().any(|x| {
        b.iter()
            .any(|y| x.paragraph == y.paragraph && x.span.0 < y.span.1 && y.span.0 < x.span.1)
    })
}

/// Whether `needle` occurs in `hay` as whole words.
fn has_word(hay: &str, needle: &str) -> bool {
    !needle.is_empty()
        && hay.match_indices(needle).any(|(i, _)| {
            !hay[..i].ends_with(char::is_alphanumeric)
                && !hay[i + needle.len()..].starts_with(char::is_alphanumeric)
        })
}

/// Compares `draft` with the curated `reference` of the same brief.
pub fn score(draft: &Brief, reference: &Brief) -> Scores {
    let mut s = Scores::default();
    let (dm, rm) = (draft.meta(), reference.meta());
    let meta_fields = [
        dm.title == rm.title,
        dm.authors == rm.authors,
        dm.number == rm.number,
        dm.published == rm.published,
        dm.editors == rm.editors,
    ];
    s.metadata = Ratio {
        hit: meta_fields.iter().filter(|&&x| x).count(),
        of: meta_fields.len(),
    };

    // Actors, paired greedily by shared names: the same name first, then the most names shared.
    let d_forms: Vec<HashSet<String>> = draft
        .actors()
        .iter()
        .map(|a| forms(&a.name, &a.aliases))
        .collect();
    let r_forms: Vec<HashSet<String>> = reference
        .actors()
        .iter()
        .map(|a| forms(&a.name, &a.aliases))
        .collect();
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (ri, r) in reference.actors().iter().enumerate() {
        for (di, d) in draft.actors().iter().enumerate() {
            let shared = r_forms[ri].intersection(&d_forms[di]).count();
            if shared == 0 {
                continue;
            }
            let same_name = usize::from(key(&r.name) == key(&d.name)) * 100;
            pairs.push((same_name + shared, ri, di));
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut r_to_d: Vec<Option<usize>> = vec![None; reference.actors().len()];
    let mut d_taken = vec![false; draft.actors().len()];
    for (_, ri, di) in pairs {
        if r_to_d[ri].is_none() && !d_taken[di] {
            r_to_d[ri] = Some(di);
            d_taken[di] = true;
        }
    }
    let matched = r_to_d.iter().flatten().count();
    // The drafter looks for the actors the body names. A reference actor cited only from the
    // front or back matter (a series editor) is counted when the draft has it, never missed.
    let outside_body = |a: &crate::kb::Actor| a.citations.iter().all(|c| c.paragraph == 0);
    let out_of_scope: Vec<bool> = reference
        .actors()
        .iter()
        .zip(&r_to_d)
        .map(|(a, d)| d.is_none() && outside_body(a))
        .collect();
    s.actor_recall = Ratio {
        hit: matched,
        of: reference.actors().len() - out_of_scope.iter().filter(|&&x| x).count(),
    };
    s.actor_precision = Ratio {
        hit: matched,
        of: draft.actors().len(),
    };
    s.missed_actors = reference
        .actors()
        .iter()
        .zip(&r_to_d)
        .zip(&out_of_scope)
        .filter(|((_, d), out)| d.is_none() && !**out)
        .map(|((a, _), _)| a.name.clone())
        .collect();
    s.extra_actors = draft
        .actors()
        .iter()
        .zip(&d_taken)
        .filter(|(_, t)| !**t)
        .map(|(a, _)| a.name.clone())
        .collect();
    let body: String = reference
        .paragraphs()
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for (ri, r) in reference.actors().iter().enumerate() {
        let in_text: HashSet<String> = std::iter::once(&r.name)
            .chain(&r.aliases)
            .filter(|f| latin(f))
            .filter(|f| has_word(&body, f) || has_word(&body, f.trim_start_matches("the ")))
            .map(|f| key(f))
            .collect();
        s.surface_form_recall.of += in_text.len();
        if let Some(di) = r_to_d[ri] {
            s.surface_form_recall.hit += in_text.intersection(&d_forms[di]).count();
            s.actor_kind_accuracy.of += 1;
            if draft.actors()[di].kind == r.kind {
                s.actor_kind_accuracy.hit += 1;
            }
        }
    }

    // Events, by overlapping quotes; the exact date is compared where one pairs.
    for r in reference.events() {
        let candidates: Vec<_> = draft
            .events()
            .iter()
            .filter(|d| overlaps(&d.citations, &r.citations))
            .collect();
        s.event_recall.of += 1;
        if candidates.is_empty() {
            continue;
        }
        s.event_recall.hit += 1;
        s.event_exact_date.of += 1;
        if candidates.iter().any(|d| d.when.span() == r.when.span()) {
            s.event_exact_date.hit += 1;
        }
    }

    // Claims: attributed when someone other than the authors makes them.
    let authors_of = |b: &Brief| -> HashSet<usize> {
        b.actors()
            .iter()
            .enumerate()
            .filter(|(_, a)| b.meta().authors.iter().any(|n| key(n) == key(&a.name)))
            .map(|(i, _)| i)
            .collect()
    };
    let (d_auth, r_auth) = (authors_of(draft), authors_of(reference));
    let speakers = |by: &[usize], auth: &HashSet<usize>| -> Vec<usize> {
        by.iter().copied().filter(|a| !auth.contains(a)).collect()
    };
    let d_attr: Vec<_> = draft
        .claims()
        .iter()
        .filter(|c| !speakers(&c.by, &d_auth).is_empty())
        .collect();
    let r_attr: Vec<_> = reference
        .claims()
        .iter()
        .filter(|c| !speakers(&c.by, &r_auth).is_empty())
        .collect();
    for r in &r_attr {
        s.attribution_recall.of += 1;
        let pair: Vec<_> = d_attr
            .iter()
            .filter(|d| overlaps(&d.citations, &r.citations))
            .collect();
        if pair.is_empty() {
            continue;
        }
        s.attribution_recall.hit += 1;
        s.speaker_accuracy.of += 1;
        let wanted: HashSet<usize> = speakers(&r.by, &r_auth).into_iter().collect();
        let right = pair.iter().any(|d| {
            speakers(&d.by, &d_auth).iter().any(|&da| {
                r_to_d
                    .iter()
                    .enumerate()
                    .any(|(ri, m)| *m == Some(da) && wanted.contains(&ri))
            })
        });
        if right {
            s.speaker_accuracy.hit += 1;
        }
    }
    for d in &d_attr {
        s.attribution_precision.of += 1;
        if r_attr.iter().any(|r| overlaps(&d.citations, &r.citations)) {
            s.attribution_precision.hit += 1;
        }
    }
    for r in reference.claims() {
        if !speakers(&r.by, &r_auth).is_empty() {
            continue;
        }
        s.author_claim_recall.of += 1;
        if draft
            .claims()
            .iter()
            .any(|d| speakers(&d.by, &d_auth).is_empty() && overlaps(&d.citations, &r.citations))
        {
            s.author_claim_recall.hit += 1;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_every_latin_alphabet_are_scored() {
        for name in [
            "Reuters",
            "Klára Nováková",
            "Tomasz Zieliński",
            "Ondřej Šimek",
            "Rūta Kaminskienė",
            "Nguyễn Văn An",
            "Türkiye",
        ] {
            assert!(latin(name), "{name}");
        }
        for name in ["Москва", "حماس", "北京"] {
            assert!(!latin(name), "{name}");
        }
    }
}
