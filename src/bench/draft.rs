//! How long `briefbot draft` takes (`bench --draft-only`), beside a baseline in the same run:
//! loading and verifying the curated knowledge bases of the same briefs, which any reviewed
//! brief pays at every start. Drafting a brief should cost about what loading its reviewed
//! knowledge base does, well under a second for a 1,500-word brief. The briefs are the bundled
//! one and the evaluation briefs under `tests/data/briefs`, so the bench runs from a checkout.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use briefbot_core::draft::{draft_text, DraftOptions};
use briefbot_core::kb::Library;

/// Untimed rounds before the timed ones: the first draft of a process builds the drafter's
/// tables and regular expressions, which a long-running process has paid long before.
const WARM_UP: usize = 2;

#[derive(Debug, Serialize)]
pub struct DraftFigures {
    pub rounds: usize,
    pub briefs: Vec<BriefFigures>,
    /// draft46: the evaluation briefs the drafter refuses whole, even with their curated
    /// knowledge base's date: a refusal has no drafting time to measure, so they are named here
    /// instead of failing the bench. The bundled brief is never refused.
    pub refused: Vec<String>,
    /// The baseline: loading and verifying every brief's curated knowledge base at once.
    pub load_references_p50_ms: f64,
    pub load_references_p99_ms: f64,
    /// Drafting every brief once, summed per round, over the baseline (p50 over p50).
    pub draft_over_load: f64,
}

#[derive(Debug, Serialize)]
pub struct BriefFigures {
    pub brief: String,
    pub words: usize,
    pub draft_p50_ms: f64,
    pub draft_p99_ms: f64,
}

/// A brief's text and what it is drafted with.
struct Case {
    name: String,
    text: String,
    options: DraftOptions,
}

/// draft44: what a curator passes for a brief whose text does not give its date whole (a
/// wire's dateline without its year): the publication date of its curated knowledge base, read
/// from `brief.json`. Briefs the drafter dates by themselves are drafted with no options.
fn options_for(text: &str, reference: &Path) -> DraftOptions {
    let plain = DraftOptions::default();
    if draft_text(text, &plain).is_ok() {
        return plain;
    }
    let published = std::fs::read_to_string(reference.join("brief.json"))
        .ok()
        .and_then(|json| serde_json::from_str::<serde_json::Value>(&json).ok())
        .and_then(|brief| {
            brief["published"]
                .as_str()
                .and_then(briefbot_core::draft::metadata::parse_date)
        });
    DraftOptions { published, ..plain }
}

fn cases(root: &Path) -> std::io::Result<(Vec<Case>, Vec<PathBuf>)> {
    let mut out = Vec::new();
    let mut references = Vec::new();
    let seeds = root.join("seeds");
    for entry in std::fs::read_dir(&seeds)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            out.push(Case {
                name: "bundled brief".into(),
                text: std::fs::read_to_string(&path)?,
                options: DraftOptions::default(),
            });
        }
    }
    references.push(root.join("knowledge"));
    let briefs = root.join("tests/data/briefs");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&briefs)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    names.sort();
    for path in names {
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&path)?;
            let options = options_for(&text, &briefs.join("reference").join(&name));
            out.push(Case {
                name,
                text,
                options,
            });
        }
    }
    references.push(briefs.join("reference"));
    Ok((out, references))
}

fn time(rounds: usize, mut f: impl FnMut()) -> Vec<Duration> {
    for _ in 0..WARM_UP {
        f();
    }
    let mut times: Vec<Duration> = (0..rounds)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn ms(sorted: &[Duration], q: f64) -> f64 {
    super::percentile(sorted, q)
}

/// Drafts every brief `rounds` times and loads the curated references as often.
pub fn measure(root: &Path, rounds: usize) -> std::io::Result<DraftFigures> {
    let (cases, references) = cases(root)?;
    let mut briefs = Vec::new();
    let mut refused = Vec::new();
    let mut total_p50 = 0.0;
    for case in &cases {
        // A tuning brief the drafter cannot read yet (one moved in from the held-out refusals
        // before the rule that reads it) is named, not timed; a refusal of the bundled brief is
        // a failure, since the drafter has always read it.
        if case.name != "bundled brief" && draft_text(&case.text, &case.options).is_err() {
            refused.push(case.name.clone());
            continue;
        }
        let mut failure = None;
        let times = time(rounds, || {
            if let Err(e) = draft_text(&case.text, &case.options) {
                failure = Some(e.to_string());
            }
        });
        if let Some(e) = failure {
            return Err(std::io::Error::other(format!("{}: {e}", case.name)));
        }
        total_p50 += ms(&times, 0.5);
        briefs.push(BriefFigures {
            brief: case.name.clone(),
            words: case.text.split_whitespace().count(),
            draft_p50_ms: ms(&times, 0.5),
            draft_p99_ms: ms(&times, 0.99),
        });
    }
    let mut failure = None;
    let load = time(rounds, || {
        for r in &references {
            if let Err(e) = Library::load(r) {
                failure = Some(format!("{}: {e}", r.display()));
            }
        }
    });
    if let Some(e) = failure {
        return Err(std::io::Error::other(e));
    }
    let load_p50 = ms(&load, 0.5);
    Ok(DraftFigures {
        rounds,
        briefs,
        refused,
        load_references_p50_ms: load_p50,
        load_references_p99_ms: ms(&load, 0.99),
        draft_over_load: if load_p50 > 0.0 {
            total_p50 / load_p50
        } else {
            0.0
        },
    })
}

impl fmt::Display for DraftFigures {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "drafting, {} rounds per brief:", self.rounds)?;
        writeln!(f, "| brief | words | draft p50 ms | draft p99 ms |")?;
        writeln!(f, "| --- | --- | --- | --- |")?;
        for b in &self.briefs {
            writeln!(
                f,
                "| {} | {} | {:.1} | {:.1} |",
                b.brief, b.words, b.draft_p50_ms, b.draft_p99_ms
            )?;
        }
        if !self.refused.is_empty() {
            writeln!(f, "refused whole, not timed: {}", self.refused.join(", "))?;
        }
        writeln!(
            f,
            "baseline: loading and verifying the {} curated knowledge bases of the same briefs: \
             p50 {:.1} ms, p99 {:.1} ms; drafting all of them takes {:.2}x that (p50)",
            self.briefs.len(),
            self.load_references_p50_ms,
            self.load_references_p99_ms,
            self.draft_over_load
        )
    }
}
