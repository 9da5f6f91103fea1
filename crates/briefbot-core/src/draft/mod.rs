//! Drafting a knowledge base from a brief's text: `briefbot draft`.
//!
//! The rules are extractive and deterministic: every entry quotes the brief verbatim, every
//! body sentence becomes at least one claim, and nothing is written that the text does not
//! say. Each entry carries `"draft": true` until a curator reviews it. The steps live in their
//! own modules: [`metadata`] (the seed and its front and back matter), [`actors`], [`dates`],
//! [`events`], [`claims`], and [`score`], which compares a draft with a curated knowledge base.

pub mod actors;
pub mod claims;
pub mod dates;
pub mod events;
mod front;
pub mod metadata;
pub mod score;
pub mod tables;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::kb::raw::{RawActor, RawBrief, RawCitation, RawClaim, RawEvent, RawWhen};
use crate::kb::seed::{leading_headings, parse_seed, sentences};
use crate::kb::Point;

use self::actors::Actors;
use self::claims::{quotable_spans, DraftClaim, Verdict};
use self::dates::Resolved;

/// Why a text could not be drafted. Nothing is written when drafting fails.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error(
        "the brief is empty: give its text (a title, a byline `Authors | No. N | Month D, YYYY`, \
         then the body paragraphs separated by blank lines)"
    )]
    Empty,
    #[error(
        "the input is not text (it holds binary bytes): give the brief as plain text or \
         markdown (.txt, .md), a saved HTML page (.html) or a PDF (.pdf)"
    )]
    NotText,
    #[error(
        "no byline found: put a line such as `Jane Roe and John Doe | No. 12 | March 3, 2024` \
         right after the title (authors, the brief's number, its publication date), or a wire's \
         `By Jane Roe and John Doe` with `No. 12` in a kicker line above the title, then run \
         draft again"
    )]
    NoByline,
    #[error(
        "no title: the byline is the first block; put the brief's title on the line before it"
    )]
    NoTitle,
    #[error(
        "the byline's date `{0}` is not a date: write it as `November 9, 2023`, \
         `9 November 2023` or `2023-11-09`"
    )]
    BadDate(String),
    #[error(
        "the byline `{0}` names no number: put the brief's number in it (`Jane Roe | No. 12 | \
         March 3, 2024`) or in a kicker line above the title (`ANALYSIS No. 12`), then run draft \
         again"
    )]
    NoNumber(String),
    #[error(
        "the byline has no date and the dateline gives the day, `{0}`, but not its year, which \
         the text gives nowhere else: pass the publication date with `--published YYYY-MM-DD` \
         (the dateline's day in its year), then run draft again"
    )]
    NoYear(String),
    #[error(
        "the byline `{0}` has no date and no dateline opens the body: pass the publication date \
         with `--published YYYY-MM-DD`, or write the byline as `Jane Roe | No. 12 | March 3, \
         2024`, then run draft again"
    )]
    NoDate(String),
    #[error(
        "the brief has no body: add its paragraphs after the byline, separated by blank lines"
    )]
    NoBody,
    #[error("cannot write the draft to {path}: {source}")]
    Write {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}

/// Options of a draft that the text cannot give.
#[derive(Clone, Debug, Default)]
pub struct DraftOptions {
    /// The series, when the front matter does not name it.
    pub series: Option<String>,
    /// The publisher, when the front or back matter does not name it.
    pub publisher: Option<String>,
    /// draft44: the publication date (year, month, day), when the text does not give it whole
    /// (a wire's dateline without its year, a byline without a date). It wins over the text's.
    pub published: Option<(i32, u8, u8)>,
}

/// A drafted knowledge base, ready to be written.
#[derive(Debug)]
pub struct Draft {
    /// The seed text, written beside the entries as `seed.txt`.
    pub seed: String,
    pub brief: RawBrief,
    pub actors: Vec<RawActor>,
    pub events: Vec<RawEvent>,
    pub claims: Vec<RawClaim>,
}

/// The name of the seed copy a draft writes beside its entries.
pub const SEED_FILE: &str = "seed.txt";

/// A kebab-case id from a name: lower-case ASCII letters, digits and hyphens.
pub fn slug(s: &str) -> String {
    let folded = crate::text::fold_for_search(s);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let mut cut: String = out.chars().take(60).collect();
    while cut.ends_with('-') {
        cut.pop();
    }
    if cut.is_empty() {
        "entry".to_string()
    } else {
        cut
    }
}

/// Makes ids unique by numbering repeats.
struct Ids(HashSet<String>);

impl Ids {
    fn unique(&mut self, base: String) -> String {
        let mut id = base.clone();
        let mut n = 2;
        while !self.0.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

/// A title from a sentence: the sentence itself, cut at a word near 110 characters.
fn title_of(sentence: &str) -> String {
    let s = sentence.trim().trim_end_matches('.');
    if s.chars().count() <= 110 {
        return s.to_string();
    }
    let mut cut = String::new();
    for w in s.split(' ') {
        if cut.chars().count() + w.chars().count() > 100 {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(w);
    }
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

fn cite(paragraphs: &[&str], (p, s, e): (usize, usize, usize)) -> RawCitation {
    RawCitation {
        paragraph: p + 1,
        quote: paragraphs[p][s..e].to_string(),
    }
}

fn raw_when(when: Option<Resolved>, text: &str, after: Option<String>) -> RawWhen {
    let mut w = RawWhen {
        text: Some(text.to_string()),
        ..RawWhen::default()
    };
    match when {
        Some(Resolved::On(p)) => w.on = Some(p.iso()),
        Some(Resolved::Range(a, b)) => {
            w.from = Some(a.iso());
            w.to = Some(b.iso());
        }
        Some(Resolved::Approx(p)) => w.approx = Some(p.iso()),
        None => {
            w.undated = Some(text.to_string());
            w.text = None;
            w.after = after;
        }
    }
    w
}

/// draft42: the loader's sentences, with a sentence that ends at a patronymic initial ("The
/// GEC's chairwoman, Ts." before "Oyuntsetseg, told reporters …") joined to the next, so that
/// the name and what its bearer said are read as one sentence. The joined span still covers
/// both of the loader's sentences.
fn joined_at_initials(p: &str, sents: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(sents.len());
    for (s, e) in sents {
        if let Some(last) = out.last_mut() {
            let t = p[last.0..last.1].trim_end();
            if let Some(before) = t.strip_suffix('.') {
                let dot = last.0 + before.len();
                let word_start = p[..dot]
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| !c.is_alphabetic())
                    .map_or(0, |(k, c)| k + c.len_utf8());
                if actors::patronymic_initial(p, word_start, dot) {
                    last.1 = e;
                    continue;
                }
            }
        }
        out.push((s, e));
    }
    out
}

/// Drafts a knowledge base from a brief's text (the seed format: title, byline, body, back
/// matter). Deterministic: the same text always gives the same draft.
pub fn draft_text(text: &str, options: &DraftOptions) -> Result<Draft, DraftError> {
    let prepared = metadata::prepare_with(text, options.published)?;
    let seed = parse_seed(&prepared.seed, prepared.front_matter, prepared.back_matter)
        .map_err(|_| DraftError::NoBody)?;
    let paragraphs: Vec<&str> = seed.paragraphs.iter().map(|p| p.text.as_str()).collect();
    if paragraphs.is_empty() {
        return Err(DraftError::NoBody);
    }
    let spans: Vec<Vec<(usize, usize)>> = paragraphs
        .iter()
        .map(|p| quotable_spans(p, &joined_at_initials(p, sentences(p))))
        .collect();
    // A section heading joined to its paragraph runs into the first sentence's names ("7
    // Options for the Storting The Standing Committee"); actors are read with the heading
    // blanked out and a full stop at its end, so offsets still fit the paragraph.
    let headings = leading_headings(&prepared.seed, prepared.front_matter, prepared.back_matter);
    let masked: Vec<String> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| match headings.get(i) {
            Some(&n) if n > 0 && n < p.len() && p.is_char_boundary(n) => {
                let mut m = " ".repeat(n - 1);
                m.push('.');
                m.push_str(&p[n..]);
                m
            }
            _ => p.to_string(),
        })
        .collect();
    let masked: Vec<&str> = masked.iter().map(String::as_str).collect();
    let mut found = actors::find_actors(&masked, &prepared.italics);
    let meta = &prepared.meta;

    // Claims, paragraph by paragraph, so that pronouns find the last actor named.
    let mut pronoun_state = (None, None);
    let mut drafted_claims: Vec<DraftClaim> = Vec::new();
    for (pi, text) in paragraphs.iter().enumerate() {
        drafted_claims.extend(claims::paragraph_claims(
            pi,
            text,
            &spans[pi],
            &found,
            &mut pronoun_state,
        ));
    }
    let drafted_events = events::find_events(&paragraphs, &spans, &found, meta.published);

    // Actors that are used: named in the body (and not merged away).
    let mut ids = Ids(HashSet::new());
    let mut actor_ids: HashMap<usize, String> = HashMap::new();
    let mut raw_actors = Vec::new();
    for (i, a) in found.found.iter().enumerate() {
        if a.name.is_empty() {
            continue;
        }
        let Some(cites) = actor_citations(&found, i, &spans, &paragraphs) else {
            continue;
        };
        let id = ids.unique(slug(&a.name));
        actor_ids.insert(i, id.clone());
        let profile = cites
            .iter()
            .take(2)
            .map(|&(p, s, e)| paragraphs[p][s..e].to_string())
            .collect::<Vec<_>>()
            .join(" ");
        raw_actors.push(RawActor {
            id,
            name: a.name.clone(),
            kind: a.kind.to_string(),
            aliases: a.aliases.clone(),
            profile,
            citations: cites.into_iter().map(|c| cite(&paragraphs, c)).collect(),
            draft: true,
        });
    }
    // The authors: the byline names them, and their claims cite the body.
    let first_own = drafted_claims
        .iter()
        .find(|c| c.by.is_empty())
        .or(drafted_claims.first())
        .map(|c| (c.para, c.start, c.end))
        .expect("a body has at least one claim");
    // The byline is citable as paragraph 0 (knowledge/README.md): the authors and the
    // publication quote it, so "who wrote this?" and "when was it published?" are answered
    // from the brief's own words like every other question.
    let byline = meta.authors.first().and_then(|first| {
        seed.front
            .iter()
            .find(|block| block.contains(first.as_str()) && block.split_whitespace().count() >= 3)
            .cloned()
    });
    let byline_cite = || {
        byline.clone().map(|quote| RawCitation {
            paragraph: 0,
            quote,
        })
    };
    let mut author_ids = Vec::new();
    for name in &meta.authors {
        let existing = found.find(name).and_then(|i| actor_ids.get(&i).cloned());
        let id = match existing {
            Some(id) => {
                if let Some(a) = raw_actors.iter_mut().find(|a| a.id == id) {
                    a.citations.splice(0..0, byline_cite());
                }
                id
            }
            None => {
                let id = ids.unique(slug(name));
                // An author's surname ("as Feldman argued earlier"): the byline, which the
                // author's entry cites, writes it even where the body does not.
                let aliases = actors::surnames(name)
                    .into_iter()
                    .filter(|s| found.find(s).is_none())
                    .collect();
                raw_actors.push(RawActor {
                    id: id.clone(),
                    name: name.clone(),
                    kind: "person".into(),
                    aliases,
                    profile: format!(
                        "An author of the brief, as its byline says ({}).",
                        meta.authors.join(", ")
                    ),
                    citations: byline_cite()
                        .into_iter()
                        .chain([cite(&paragraphs, first_own)])
                        .collect(),
                    draft: true,
                });
                id
            }
        };
        author_ids.push(id);
    }
    let ids_of = |list: &[usize]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for a in list {
            if let Some(id) = actor_ids.get(a) {
                if !out.contains(id) {
                    out.push(id.clone());
                }
            }
        }
        out
    };

    let mut event_ids: Vec<String> = Vec::new();
    let mut raw_events = Vec::new();
    for e in &drafted_events {
        let (p, s, en) = e.cites[0];
        let sentence = &paragraphs[p][s..en];
        let when_key = e.when.map_or("undated".to_string(), |w| match w {
            Resolved::On(p) | Resolved::Approx(p) => p.iso(),
            Resolved::Range(a, b) => format!("{}-{}", a.iso(), b.iso()),
        });
        let id = ids.unique(slug(&format!(
            "{when_key} {}",
            sentence
                .split_whitespace()
                .take(6)
                .collect::<Vec<_>>()
                .join(" ")
        )));
        event_ids.push(id.clone());
        let after = e.after.and_then(|i| event_ids.get(i).cloned());
        raw_events.push(RawEvent {
            id,
            when: raw_when(e.when, &e.when_text, after),
            title: title_of(sentence),
            summary: sentence.to_string(),
            actors: ids_of(&e.actors),
            citations: e.cites.iter().map(|&c| cite(&paragraphs, c)).collect(),
            draft: true,
        });
    }

    // The brief's own date, last on its timeline: what the brief could know.
    if let Some(quote) = byline_cite() {
        let (y, m, d) = meta.published;
        let published = Point::Day(y, m, d);
        let label = match &meta.series {
            Some(series) => format!("{series} No. {}", meta.number),
            None => format!("No. {}", meta.number),
        };
        raw_events.push(RawEvent {
            id: ids.unique("brief-published".into()),
            when: RawWhen {
                on: Some(published.iso()),
                text: Some(published.human()),
                ..RawWhen::default()
            },
            title: format!("This brief is published ({label})"),
            summary: format!(
                "The brief is dated {}, by {}.",
                published.human(),
                meta.authors.join(", ")
            ),
            actors: author_ids.clone(),
            citations: vec![quote],
            draft: true,
        });
    }

    let mut raw_claims = Vec::new();
    for c in &drafted_claims {
        let by = if c.by.is_empty() {
            author_ids.clone()
        } else {
            let by = ids_of(&c.by);
            if by.is_empty() {
                author_ids.clone()
            } else {
                by
            }
        };
        let base = format!(
            "p{} {}",
            c.para + 1,
            c.statement
                .split_whitespace()
                .take(6)
                .collect::<Vec<_>>()
                .join(" ")
        );
        raw_claims.push(RawClaim {
            id: ids.unique(slug(&base)),
            statement: c.statement.clone(),
            verdict: c.verdict.as_str().to_string(),
            by,
            source: c.source.clone(),
            hedge: c.hedge.clone(),
            actors: ids_of(&c.actors),
            citations: vec![cite(&paragraphs, (c.para, c.start, c.end))],
            draft: true,
        });
    }
    let _ = Verdict::Supported;
    found.mentions.shrink_to_fit();

    let (y, m, d) = meta.published;
    let brief = RawBrief {
        title: meta.title.clone(),
        authors: meta.authors.clone(),
        publisher: options
            .publisher
            .clone()
            .or_else(|| meta.publisher.clone())
            .unwrap_or_else(|| "Unknown publisher (set by the curator)".to_string()),
        series: options
            .series
            .clone()
            .or_else(|| meta.series.clone())
            .unwrap_or_else(|| "Policy Brief".to_string()),
        number: meta.number,
        published: Point::Day(y, m, d).iso(),
        editors: meta.editors.clone(),
        seed: SEED_FILE.to_string(),
        front_matter: prepared.front_matter,
        back_matter: prepared.back_matter,
        draft: true,
    };
    Ok(Draft {
        seed: prepared.seed,
        brief,
        actors: raw_actors,
        events: raw_events,
        claims: raw_claims,
    })
}

/// Up to three sentences that cite an actor: the first that names it, then ones that show a
/// name of it not shown yet, so a reader sees every form the brief uses.
fn actor_citations(
    found: &Actors,
    actor: usize,
    spans: &[Vec<(usize, usize)>],
    paragraphs: &[&str],
) -> Option<Vec<(usize, usize, usize)>> {
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    let mut shown: Vec<String> = Vec::new();
    for m in found
        .mentions
        .iter()
        .chain(&found.implied)
        .filter(|m| m.actor == actor)
    {
        let Some(&(s, e)) = spans[m.para]
            .iter()
            .find(|(s, e)| *s <= m.start && m.end <= *e)
        else {
            continue;
        };
        let surface = actors::key(&paragraphs[m.para][m.start..m.end]);
        let new_form = !shown.contains(&surface);
        if out.contains(&(m.para, s, e)) || (!out.is_empty() && !new_form) || out.len() >= 3 {
            continue;
        }
        out.push((m.para, s, e));
        let sentence = paragraphs[m.para][s..e].to_lowercase();
        for name in std::iter::once(&found.found[actor].name).chain(&found.found[actor].aliases) {
            if sentence.contains(&name.to_lowercase()) {
                shown.push(actors::key(name));
            }
        }
        shown.push(surface);
    }
    (!out.is_empty()).then_some(out)
}

impl Draft {
    /// Writes the draft into `dir` (created if missing): the seed copy and the four files.
    /// Everything is serialised before the first file is written, so a failure leaves nothing
    /// half-written from this draft.
    pub fn write(&self, dir: &Path) -> Result<(), DraftError> {
        let err = |path: &Path| {
            let path = path.to_path_buf();
            move |source| DraftError::Write { path, source }
        };
        let json = |v: &dyn erased::Json| v.pretty();
        let files = [
            ("brief.json", json(&self.brief)),
            ("actors.json", json(&self.actors)),
            ("events.json", json(&self.events)),
            ("claims.json", json(&self.claims)),
        ];
        std::fs::create_dir_all(dir).map_err(err(dir))?;
        let seed_path = dir.join(SEED_FILE);
        std::fs::write(&seed_path, &self.seed).map_err(err(&seed_path))?;
        for (name, text) in files {
            let path = dir.join(name);
            std::fs::write(&path, text).map_err(err(&path))?;
        }
        Ok(())
    }

    /// What the draft holds, in one line.
    pub fn summary(&self) -> String {
        let attributed = self
            .claims
            .iter()
            .filter(|c| c.verdict != "supported")
            .count();
        let undated = self
            .events
            .iter()
            .filter(|e| e.when.undated.is_some())
            .count();
        format!(
            "{} actors, {} events ({} undated), {} claims ({} attributed or disputed)",
            self.actors.len(),
            self.events.len(),
            undated,
            self.claims.len(),
            attributed
        )
    }
}

/// Pretty JSON for the draft's files, which serialise infallibly.
mod erased {
    pub trait Json {
        fn pretty(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn pretty(&self) -> String {
            serde_json::to_string_pretty(self).expect("draft files serialise") + "\n"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_ending_at_a_patronymic_initial_joins_the_next_of_draft42() {
        // (paragraph, how many sentences the drafter reads)
        let cases: &[(&str, usize)] = &[
            (
                "The GEC's chairwoman, Ts. Oyuntsetseg, told reporters that day that no one had tampered with the results. She promised more.",
                2,
            ),
            // An honorific is no initial, and a sentence that ends in a short word stays one.
            ("He met Dr. Lindiwe Sithole on Friday. They spoke.", 2),
            ("The count went on. Ts was not there. It ended.", 3),
        ];
        for (p, n) in cases {
            let got = joined_at_initials(p, sentences(p));
            assert_eq!(got.len(), *n, "{p}: {got:?}");
            assert_eq!(got.last().map(|s| s.1), Some(p.len()), "{p}");
        }
    }
}
