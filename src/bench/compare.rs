//! `briefbot bench-eval FILE...`: the engine and the BM25 baseline side by side on hand-written
//! evaluation sets, the same JSONL files `briefbot eval` reads.
//!
//! The synthetic bench knows which entry each query was made from; these files instead say what
//! a right answer shows (a phrase of its title or cited quotes, and a date where one is asked),
//! which is how a reader judges. The engine's figures are exactly `briefbot eval`'s; each BM25
//! result is judged by the same rule ([`crate::eval::shows_expected`]) on the entry its id
//! names. Only answerable cases count: BM25 always returns its best matches, so it has no way
//! to say that the brief does not cover a question, and the `no_match` cases would only measure
//! that. The engine's refusals of answerable cases are misses, and are counted apart.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Serialize;

use crate::answer::Hit;
use crate::commands::Options;
use crate::engine::Engine;
use crate::eval::{self, Case, Expect};
use crate::kb::{EntryKind, Library};

use super::bm25::Bm25;

/// Answerable cases and how many of them each side found.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Counts {
    pub answerable: usize,
    pub engine_top1: usize,
    pub engine_top3: usize,
    /// Answerable cases the engine refused (said the brief does not cover).
    pub engine_abstained: usize,
    /// The engine's ranking alone: its answers, then the suggestions it offers when it refuses,
    /// as the synthetic bench counts them. Comparable with BM25, which never refuses.
    pub engine_ranked_top1: usize,
    pub engine_ranked_top3: usize,
    pub bm25_top1: usize,
    pub bm25_top3: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.answerable += o.answerable;
        self.engine_top1 += o.engine_top1;
        self.engine_top3 += o.engine_top3;
        self.engine_abstained += o.engine_abstained;
        self.engine_ranked_top1 += o.engine_ranked_top1;
        self.engine_ranked_top3 += o.engine_ranked_top3;
        self.bm25_top1 += o.bm25_top1;
        self.bm25_top3 += o.bm25_top3;
    }
}

/// One evaluation file's comparison.
#[derive(Debug, Serialize)]
pub struct FileComparison {
    pub file: String,
    pub cases: usize,
    pub per_command: BTreeMap<String, Counts>,
    pub overall: Counts,
    /// Cases neither side could run (an unknown command, or an engine error).
    pub errors: usize,
}

#[derive(Debug, Serialize)]
pub struct Comparison {
    /// Entries of the knowledge base, each one BM25 document.
    pub entries: usize,
    pub files: Vec<FileComparison>,
}

/// The kind of entry a case's command searches, as the bench maps commands: `Some(None)` for
/// `ask` (every kind), `None` for a command that is not a search.
pub fn command_kind(command: &str) -> Option<Option<EntryKind>> {
    Some(match command {
        "timeline" => Some(EntryKind::Event),
        "actor" => Some(EntryKind::Actor),
        "claim" => Some(EntryKind::Claim),
        "ask" => None,
        _ => return None,
    })
}

/// Whether the entry `id` ("brief/entryid") shows what the case expects, judged on the title,
/// cited quotes and date the engine's hit for that entry would have.
fn entry_shows(library: &Library, id: &str, case: &Case, phrases: &[String]) -> bool {
    let Some((brief, entry)) = id.split_once('/') else {
        return false;
    };
    let Some(b) = library.brief(brief) else {
        return false;
    };
    let Some((kind, i)) = b.lookup(entry) else {
        return false;
    };
    let (title, citations, date) = match kind {
        EntryKind::Actor => (&b.actors()[i].name, &b.actors()[i].citations, None),
        EntryKind::Event => {
            let e = &b.events()[i];
            (&e.title, &e.citations, e.when.iso())
        }
        EntryKind::Claim => (&b.claims()[i].statement, &b.claims()[i].citations, None),
    };
    let quotes: Vec<&str> = citations.iter().map(|c| c.quote.as_str()).collect();
    eval::shows_expected(title, &quotes, date.as_deref(), case, phrases)
}

fn hit_shows(hit: &Hit, case: &Case, phrases: &[String]) -> bool {
    let quotes: Vec<&str> = hit.citations.iter().map(|c| c.quote.as_str()).collect();
    eval::shows_expected(&hit.title, &quotes, hit.date.as_deref(), case, phrases)
}

/// Compares the engine and BM25 on one file's cases.
pub fn compare(engine: &Engine, bm25: &Bm25, file: &Path, cases: &[Case]) -> FileComparison {
    let options = Options::default();
    let report = eval::evaluate(engine, cases, &options);
    let mut per_command: BTreeMap<String, Counts> = BTreeMap::new();
    let mut errors = report.overall.errors;
    for (command, f) in &report.per_command {
        let c = per_command.entry(command.clone()).or_default();
        c.answerable = f.answerable;
        c.engine_top1 = f.top1;
        c.engine_top3 = f.top3;
        c.engine_abstained = f.false_abstentions;
    }
    for case in cases {
        let Expect::Phrases(phrases) = &case.expect else {
            continue;
        };
        let Some(kind) = command_kind(&case.command) else {
            continue; // counted as an error by the engine's evaluation
        };
        let got = match bm25.search(&case.query, kind, 3) {
            Ok(got) => got,
            Err(_) => {
                errors += 1;
                continue;
            }
        };
        let ok: Vec<bool> = got
            .iter()
            .map(|id| entry_shows(engine.library(), id, case, phrases))
            .collect();
        let ranked: Vec<bool> = match eval::request(case).map(|r| engine.answer(&r, &options)) {
            Some(Ok(a)) => a
                .results
                .iter()
                .chain(&a.suggestions)
                .take(3)
                .map(|h| hit_shows(h, case, phrases))
                .collect(),
            _ => Vec::new(), // counted as an error by the engine's evaluation
        };
        let c = per_command.entry(case.command.clone()).or_default();
        c.engine_ranked_top1 += usize::from(ranked.first() == Some(&true));
        c.engine_ranked_top3 += usize::from(ranked.contains(&true));
        c.bm25_top1 += usize::from(ok.first() == Some(&true));
        c.bm25_top3 += usize::from(ok.contains(&true));
    }
    let mut overall = Counts::default();
    for c in per_command.values() {
        overall.add(c);
    }
    FileComparison {
        file: file.display().to_string(),
        cases: cases.len(),
        per_command,
        overall,
        errors,
    }
}

/// Builds the BM25 index once and compares on each file's cases (read with
/// [`eval::read_cases`], so that a bad file is reported before any work).
pub fn run(engine: &Engine, sets: &[(&Path, Vec<Case>)]) -> tantivy::Result<Comparison> {
    let bm25 = Bm25::build(engine.library())?;
    Ok(Comparison {
        entries: engine.library().entry_count(),
        files: sets
            .iter()
            .map(|(file, cases)| compare(engine, &bm25, file, cases))
            .collect(),
    })
}

fn rate(n: usize, d: usize) -> String {
    if d == 0 {
        "-".to_string()
    } else {
        format!("{:.3}", n as f64 / d as f64)
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "engine vs BM25 (tantivy, {} entries): top-1 and top-3 over answerable cases.\n\
             engine: its answers, as `briefbot eval` scores them; abst.: answerable cases it \
             refused.\n\
             engine ranked: its answers, then the suggestions it offers when it refuses: its \
             ranking alone,\nas BM25's (BM25 never refuses).",
            self.entries
        )?;
        for file in &self.files {
            writeln!(
                f,
                "\n{}: {} cases, {} answerable{}",
                file.file,
                file.cases,
                file.overall.answerable,
                if file.errors > 0 {
                    format!(", {} errors", file.errors)
                } else {
                    String::new()
                }
            )?;
            writeln!(
                f,
                "{:<10} {:>10} {:>23} {:>6} {:>23} {:>23}",
                "", "", "engine", "", "engine ranked", "BM25"
            )?;
            writeln!(
                f,
                "{:<10} {:>10} {:>11} {:>11} {:>6} {:>11} {:>11} {:>11} {:>11}",
                "command",
                "answerable",
                "top-1",
                "top-3",
                "abst.",
                "top-1",
                "top-3",
                "top-1",
                "top-3"
            )?;
            let rows = file
                .per_command
                .iter()
                .map(|(n, c)| (n.as_str(), c))
                .chain(std::iter::once(("overall", &file.overall)));
            for (name, c) in rows {
                writeln!(
                    f,
                    "{:<10} {:>10} {:>11} {:>11} {:>6} {:>11} {:>11} {:>11} {:>11}",
                    name,
                    c.answerable,
                    rate(c.engine_top1, c.answerable),
                    rate(c.engine_top3, c.answerable),
                    c.engine_abstained,
                    rate(c.engine_ranked_top1, c.answerable),
                    rate(c.engine_ranked_top3, c.answerable),
                    rate(c.bm25_top1, c.answerable),
                    rate(c.bm25_top3, c.answerable),
                )?;
            }
        }
        Ok(())
    }
}
