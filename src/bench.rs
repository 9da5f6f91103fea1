//! `briefbot bench`: the retrieval engine at library scale, side by side with two baselines.
//!
//! A synthetic library of the asked size is generated (or reused) and loaded through the real
//! loader. The same query set, with typos and paraphrases, then runs through the engine, through
//! a real search library a user would otherwise pick (tantivy's BM25, see [`bm25`]), and through
//! a baseline that does what a straightforward implementation would: a linear `strsim` scan over
//! every entry. All run on one core, in the same process; the engine and BM25 on the same
//! queries, the slow `strsim` scan on a sample of them. `briefbot bench-eval` ([`compare`]) sets
//! the engine and BM25 side by side on the hand-written development sets too.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::commands::{Options, Request};
use crate::complete::{complete, Target};
use crate::engine::Engine;
use crate::kb::EntryKind;
use crate::synth::{self, BenchQuery, QueryKind, SynthSpec};

pub mod bm25;
pub mod compare;
pub mod draft;
pub mod picture;

use bm25::Bm25;

pub struct BenchConfig {
    pub entries: usize,
    /// Queries per command.
    pub queries: usize,
    /// Queries per command the baseline runs (it is slow by design).
    pub baseline_queries: usize,
    /// Where generated libraries are kept, one folder per size, and reused.
    pub dir: PathBuf,
    /// Start from the size's existing index snapshot when it is current, skipping the full
    /// load (for quick reruns of the query figures; `load_s` is then not measured).
    pub from_snapshot: bool,
    /// The embedding table the engine matches meaning with (or none).
    pub embeddings: crate::embeddings::Choice,
    /// Measure the timeline picture and the text answer only (`--picture-only`).
    pub picture_only: bool,
    /// Measure drafting only (`--draft-only`).
    pub draft_only: bool,
}

/// Drafts per brief in `bench --draft-only`: enough for a p99 that is not the slowest round.
pub const DRAFT_ROUNDS: usize = 50;

/// Pictures drawn per measurement: enough for a p99 that is not simply the slowest round.
pub const PICTURE_ROUNDS: usize = 200;

#[derive(Debug, Serialize)]
pub struct CommandFigures {
    pub queries: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub baseline_queries: usize,
    pub baseline_p50_ms: f64,
    pub baseline_p99_ms: f64,
    /// Baseline p50 over engine p50.
    pub speedup: f64,
    /// Share of on-topic queries whose source entry is among the engine's top 3.
    pub top3: f64,
    /// The same for the baseline, on its (smaller) query sample.
    pub baseline_top3: f64,
    /// The BM25 baseline (tantivy) on the engine's queries, all of them.
    pub bm25_p50_ms: f64,
    pub bm25_p99_ms: f64,
    pub bm25_top3: f64,
    /// The engine's three slowest queries (ms, text), to see what the tail is made of.
    pub slowest: Vec<(f64, String)>,
}

#[derive(Debug, Serialize)]
pub struct BenchReport {
    pub entries: usize,
    pub briefs: usize,
    pub generate_s: Option<f64>,
    /// Reading, validating and indexing the library from its JSON files.
    pub load_s: Option<f64>,
    /// Writing the index snapshot after that load.
    pub snapshot_write_s: Option<f64>,
    /// Starting from the index snapshot instead, in this process, right after the full load
    /// wrote it.
    pub snapshot_load_s: f64,
    /// Starting from the index snapshot in a fresh process, three times: what a restart costs
    /// when nothing changed.
    pub restart_s: Vec<f64>,
    /// Size of the snapshot file.
    pub snapshot_mb: f64,
    /// Peak resident memory of the full load (in its own process).
    pub load_rss_mb: Option<f64>,
    /// Peak resident memory while serving the queries, started from the snapshot.
    pub rss_mb: Option<f64>,
    pub index_terms: usize,
    /// Memory of the entry vectors (one per entry), when the engine matches meaning too.
    pub vectors_mb: Option<f64>,
    /// Building the BM25 baseline's in-memory index from the loaded library.
    pub bm25_build_s: f64,
    /// The size of that index (its files, held in memory).
    pub bm25_index_mb: Option<f64>,
    pub commands: BTreeMap<String, CommandFigures>,
    /// The timeline picture beside the text answer, on the same library.
    pub picture: Option<picture::PictureFigures>,
}

fn kind_name(k: QueryKind) -> &'static str {
    match k {
        QueryKind::Timeline => "timeline",
        QueryKind::Actor => "actor",
        QueryKind::Claim => "claim",
        QueryKind::Ask => "ask",
        QueryKind::Autocomplete => "autocomplete",
    }
}

/// The kind of entry a command searches, as both baselines filter: `None` for `ask`, which
/// searches every kind.
pub fn query_kind(k: QueryKind) -> Option<EntryKind> {
    match k {
        QueryKind::Timeline => Some(EntryKind::Event),
        QueryKind::Actor | QueryKind::Autocomplete => Some(EntryKind::Actor),
        QueryKind::Claim => Some(EntryKind::Claim),
        QueryKind::Ask => None,
    }
}

/// The library folder for a size, generating it first if it is not complete.
pub fn library(dir: &Path, spec: &SynthSpec) -> std::io::Result<(PathBuf, Option<f64>)> {
    let root = dir.join(format!("{}", spec.entries));
    let marker = root.join(".complete");
    let stamp = format!("{spec:?}");
    if std::fs::read_to_string(&marker).is_ok_and(|s| s == stamp) {
        return Ok((root.join("knowledge"), None));
    }
    if root.exists() {
        std::fs::remove_dir_all(&root)?;
    }
    let started = Instant::now();
    synth::generate(&root, spec)?;
    let took = started.elapsed().as_secs_f64();
    std::fs::write(&marker, stamp)?;
    Ok((root.join("knowledge"), Some(took)))
}

/// What the full load costs, measured in its own process by `briefbot bench-load`.
#[derive(Debug, Serialize, serde::Deserialize)]
pub struct FullLoad {
    pub load_s: f64,
    pub snapshot_write_s: f64,
    pub rss_mb: Option<f64>,
}

/// A start from the index snapshot, measured by `briefbot bench-start` in a fresh process.
#[derive(Debug, Serialize, serde::Deserialize)]
pub struct Restart {
    pub start_s: f64,
}

/// Starts from the snapshot of the library at `knowledge`, timing it.
pub fn restart(
    knowledge: &Path,
    snapshot: &Path,
    embedder: Option<std::sync::Arc<crate::semantic::Embedder>>,
) -> std::io::Result<Restart> {
    let started = Instant::now();
    let engine = crate::snapshot::read_with(knowledge, snapshot, embedder)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let start_s = started.elapsed().as_secs_f64();
    // The process ends right after: freeing a million entries one by one is no part of a start.
    std::mem::forget(engine);
    Ok(Restart { start_s })
}

/// Runs `briefbot <command> --library … --snapshot …` in a child process with the bench's
/// embedding choice, and reads the JSON object it prints.
fn child<T: serde::de::DeserializeOwned>(
    command: &str,
    embeddings: &crate::embeddings::Choice,
    knowledge: &Path,
    snapshot: &Path,
) -> std::io::Result<T> {
    let exe = std::env::current_exe()?;
    let mut child = std::process::Command::new(exe);
    match embeddings {
        crate::embeddings::Choice::Off => {
            child.arg("--no-embeddings");
        }
        crate::embeddings::Choice::Dir(dir) => {
            child.arg("--embeddings").arg(dir);
        }
        crate::embeddings::Choice::Bundled => {}
    }
    let out = child
        .arg(command)
        .arg("--library")
        .arg(knowledge)
        .arg("--snapshot")
        .arg(snapshot)
        .stderr(std::process::Stdio::inherit())
        .output()?;
    if !out.status.success() {
        return Err(std::io::Error::other(format!(
            "`briefbot {command}` failed (see above)"
        )));
    }
    serde_json::from_slice(&out.stdout)
        .map_err(|e| std::io::Error::other(format!("{command} output: {e}")))
}

/// Loads the library at `knowledge` in full, then writes its snapshot, timing both.
pub fn full_load(
    knowledge: &Path,
    snapshot: &Path,
    embedder: Option<std::sync::Arc<crate::semantic::Embedder>>,
) -> std::io::Result<FullLoad> {
    let started = Instant::now();
    let engine =
        Engine::load_with(knowledge, embedder).map_err(|e| std::io::Error::other(e.to_string()))?;
    let load_s = started.elapsed().as_secs_f64();
    let rss_mb = peak_rss_mb();
    let started = Instant::now();
    crate::snapshot::save(&engine, snapshot)?;
    Ok(FullLoad {
        load_s,
        snapshot_write_s: started.elapsed().as_secs_f64(),
        rss_mb,
    })
}

/// Peak resident memory of this process so far, in MB (Linux).
pub fn peak_rss_mb() -> Option<f64> {
    crate::loadgen::rss_mb(std::process::id(), "VmHWM:")
}

/// One query through the engine; returns the ids ("brief/id") of its top results.
fn run_engine(engine: &Engine, q: &BenchQuery) -> Vec<String> {
    let request = match q.kind {
        QueryKind::Timeline => Request::Timeline(Some(q.text.clone())),
        QueryKind::Actor => Request::Actor(q.text.clone()),
        QueryKind::Claim => Request::Claim(q.text.clone()),
        QueryKind::Ask => Request::Ask(q.text.clone()),
        QueryKind::Autocomplete => {
            // As many as Discord shows; the benchmark measures the ranking, not the edge.
            return complete(engine, Target::Entry(EntryKind::Actor), &q.text, None, 25)
                .into_iter()
                .take(3)
                .map(|c| c.value)
                .collect();
        }
    };
    let options = Options {
        limit: 3,
        brief: None,
    };
    match engine.answer(&request, &options) {
        Ok(a) => a
            .results
            .iter()
            .chain(&a.suggestions)
            .take(3)
            .map(|h| format!("{}/{}", h.brief, h.id))
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// Queries per command run, untimed, before the measured ones.
const WARM_UP: usize = 20;

/// The naive baseline: every entry's names and title, compared with the query by `strsim`.
pub struct Baseline {
    entries: Vec<(EntryKind, String, String)>,
}

impl Baseline {
    pub fn new(engine: &Engine) -> Baseline {
        let mut entries = Vec::with_capacity(engine.library().entry_count());
        for b in engine.library().briefs() {
            for a in b.actors() {
                let mut names = a.name.to_lowercase();
                for alias in &a.aliases {
                    names.push(' ');
                    names.push_str(&alias.to_lowercase());
                }
                entries.push((EntryKind::Actor, format!("{}/{}", b.id(), a.id), names));
            }
            for e in b.events() {
                let text = format!(
                    "{} {}",
                    e.when.iso().unwrap_or_default(),
                    e.title.to_lowercase()
                );
                entries.push((EntryKind::Event, format!("{}/{}", b.id(), e.id), text));
            }
            for c in b.claims() {
                entries.push((
                    EntryKind::Claim,
                    format!("{}/{}", b.id(), c.id),
                    c.statement.to_lowercase(),
                ));
            }
        }
        Baseline { entries }
    }

    /// Scores every entry of the kind against the query and keeps the best three.
    pub fn run(&self, q: &BenchQuery) -> Vec<String> {
        let kind = query_kind(q.kind);
        let query = q.text.to_lowercase();
        let mut best: Vec<(f64, usize)> = Vec::with_capacity(4);
        for (i, (k, _, text)) in self.entries.iter().enumerate() {
            if kind.is_some_and(|want| want != *k) {
                continue;
            }
            let score = strsim::normalized_levenshtein(&query, text);
            if best.len() < 3 || score > best[best.len() - 1].0 {
                best.push((score, i));
                best.sort_by(|a, b| b.0.total_cmp(&a.0));
                best.truncate(3);
            }
        }
        best.into_iter()
            .map(|(_, i)| self.entries[i].1.clone())
            .collect()
    }
}

fn percentile(sorted: &[Duration], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 * q) as usize).min(sorted.len() - 1);
    sorted[i].as_secs_f64() * 1000.0
}

fn measure(
    run: impl Fn(&BenchQuery) -> Vec<String>,
    queries: &[&BenchQuery],
) -> (Vec<Duration>, f64, Vec<(f64, String)>) {
    let mut times = Vec::with_capacity(queries.len());
    let mut slowest: Vec<(f64, String)> = Vec::new();
    let (mut on_topic, mut hits) = (0, 0);
    for q in queries {
        let started = Instant::now();
        let got = run(q);
        let took = started.elapsed();
        times.push(took);
        slowest.push((took.as_secs_f64() * 1000.0, q.text.clone()));
        slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
        slowest.truncate(3);
        if let Some(expect) = &q.expect {
            on_topic += 1;
            // Autocomplete values are names, not ids: compare by the entry's name.
            if got
                .iter()
                .any(|g| g == expect || expect.ends_with(&format!("/{}", slug(g))))
            {
                hits += 1;
            }
        }
    }
    times.sort();
    (
        times,
        if on_topic == 0 {
            1.0
        } else {
            hits as f64 / on_topic as f64
        },
        slowest,
    )
}

fn slug(name: &str) -> String {
    name.to_lowercase().replace(' ', "-")
}

/// The timeline picture beside the text answer, alone: the library is loaded in full (a small
/// one loads in well under a second) and no query figures are measured.
pub fn run_picture(
    config: &BenchConfig,
    progress: &mut dyn FnMut(&str),
) -> std::io::Result<picture::PictureFigures> {
    let spec = SynthSpec::new(config.entries);
    let (knowledge, _) = library(&config.dir, &spec)?;
    let embedder = config
        .embeddings
        .load()
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let engine = Engine::load_with(&knowledge, embedder)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    progress(&format!(
        "library of {} entries loaded; drawing {} pictures",
        engine.library().entry_count(),
        PICTURE_ROUNDS
    ));
    picture::measure(&engine, PICTURE_ROUNDS).map_err(|e| std::io::Error::other(e.to_string()))
}

pub fn run(config: &BenchConfig, progress: &mut dyn FnMut(&str)) -> std::io::Result<BenchReport> {
    let spec = SynthSpec::new(config.entries);
    progress(&format!(
        "library of {} entries in {}",
        config.entries,
        config.dir.display()
    ));
    let (knowledge, generate_s) = library(&config.dir, &spec)?;
    if let Some(s) = generate_s {
        progress(&format!("generated in {s:.1} s"));
    }
    let embedder = config
        .embeddings
        .load()
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let snapshot_path = knowledge.with_file_name("index.snapshot");
    let current = config.from_snapshot
        && crate::snapshot::is_current_with(&knowledge, &snapshot_path, embedder.as_deref());
    let full = if current {
        None
    } else {
        // The full load runs in a child process: its peak memory is its own figure, and the
        // gigabyte it frees cannot be returned to the system in the middle of the query
        // measurements below.
        let figures: FullLoad =
            child("bench-load", &config.embeddings, &knowledge, &snapshot_path)?;
        progress(&format!(
            "loaded, validated and indexed in {:.2} s (peak RSS {:.0} MB); snapshot written in {:.2} s",
            figures.load_s,
            figures.rss_mb.unwrap_or(0.0),
            figures.snapshot_write_s
        ));
        Some(figures)
    };
    let started = Instant::now();
    let engine = crate::snapshot::read_with(&knowledge, &snapshot_path, embedder)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let vectors_mb = engine.semantic().map(|s| s.vectors.bytes() as f64 / 1e6);
    let snapshot_load_s = started.elapsed().as_secs_f64();
    let snapshot_mb = std::fs::metadata(&snapshot_path)?.len() as f64 / 1e6;
    progress(&format!(
        "snapshot of {snapshot_mb:.0} MB read in {snapshot_load_s:.2} s"
    ));
    // A restart starts a fresh process, long after the snapshot was written: three of them,
    // each timed from the start of the read to a ready engine.
    let mut restart_s = Vec::new();
    for _ in 0..3 {
        let r: Restart = child(
            "bench-start",
            &config.embeddings,
            &knowledge,
            &snapshot_path,
        )?;
        restart_s.push(r.start_s);
    }
    progress(&format!(
        "restarts from the snapshot (fresh processes): {}",
        restart_s
            .iter()
            .map(|s| format!("{s:.2} s"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let queries = synth::queries(&spec, config.queries);
    let mut commands = BTreeMap::new();
    let kinds = [
        QueryKind::Timeline,
        QueryKind::Actor,
        QueryKind::Claim,
        QueryKind::Ask,
        QueryKind::Autocomplete,
    ];
    // Every engine measurement runs before any baseline one: the baseline allocates and scans
    // the whole library, which would otherwise leave the next command's queries running in its
    // wake (cold caches, memory being returned to the system).
    let mut engine_figures = Vec::new();
    for kind in kinds {
        let these: Vec<&BenchQuery> = queries.iter().filter(|q| q.kind == kind).collect();
        // A few untimed queries first, as a server has answered some before the ones that
        // count: the first query of a process pays for page faults and per-thread scratch.
        for q in these.iter().take(WARM_UP) {
            run_engine(&engine, q);
        }
        engine_figures.push(measure(|q| run_engine(&engine, q), &these));
    }
    // The serving figure: the library and index, and what the queries needed. The baselines'
    // copies of the entries come after.
    let rss_mb = peak_rss_mb();
    // BM25 runs on exactly the engine's queries, with the same untimed warm-up.
    let started = Instant::now();
    let bm25 = Bm25::build(engine.library()).map_err(std::io::Error::other)?;
    let bm25_build_s = started.elapsed().as_secs_f64();
    let bm25_index_mb = bm25.size_bytes().map(|b| b as f64 / 1e6);
    progress(&format!(
        "BM25 (tantivy) index of {} documents built in {bm25_build_s:.2} s ({:.1} MB)",
        bm25.docs(),
        bm25_index_mb.unwrap_or(0.0)
    ));
    let run_bm25 = |q: &BenchQuery| {
        bm25.search(&q.text, query_kind(q.kind), 3)
            .unwrap_or_default()
    };
    let mut bm25_figures = Vec::new();
    for kind in kinds {
        let these: Vec<&BenchQuery> = queries.iter().filter(|q| q.kind == kind).collect();
        for q in these.iter().take(WARM_UP) {
            run_bm25(q);
        }
        bm25_figures.push(measure(run_bm25, &these));
    }
    drop(bm25);
    let baseline = Baseline::new(&engine);
    for ((kind, (times, top3, slowest)), (bm25_times, bm25_top3, _)) in
        kinds.into_iter().zip(engine_figures).zip(bm25_figures)
    {
        let sample: Vec<&BenchQuery> = queries
            .iter()
            .filter(|q| q.kind == kind)
            .take(config.baseline_queries)
            .collect();
        let (base_times, base_top3, _) = measure(|q| baseline.run(q), &sample);
        let (p50, bp50) = (percentile(&times, 0.5), percentile(&base_times, 0.5));
        let bm25_p50 = percentile(&bm25_times, 0.5);
        progress(&format!(
            "{}: p50 {p50:.3} ms vs BM25 {bm25_p50:.3} ms vs baseline {bp50:.1} ms",
            kind_name(kind)
        ));
        commands.insert(
            kind_name(kind).to_string(),
            CommandFigures {
                queries: times.len(),
                p50_ms: p50,
                p99_ms: percentile(&times, 0.99),
                baseline_queries: base_times.len(),
                baseline_p50_ms: bp50,
                baseline_p99_ms: percentile(&base_times, 0.99),
                speedup: if p50 > 0.0 { bp50 / p50 } else { 0.0 },
                top3,
                baseline_top3: base_top3,
                bm25_p50_ms: bm25_p50,
                bm25_p99_ms: percentile(&bm25_times, 0.99),
                bm25_top3,
                slowest,
            },
        );
    }
    let picture = match picture::measure(&engine, PICTURE_ROUNDS) {
        Ok(p) => {
            progress(&format!(
                "timeline picture of {} events: p50 {:.2} ms (text answer {:.3} ms), {:.0} KB",
                p.events, p.picture_p50_ms, p.text_p50_ms, p.png_kb
            ));
            Some(p)
        }
        Err(e) => {
            progress(&format!("timeline picture: {e}"));
            None
        }
    };
    Ok(BenchReport {
        picture,
        entries: engine.library().entry_count(),
        briefs: engine.library().briefs().len(),
        generate_s,
        load_s: full.as_ref().map(|f| f.load_s),
        snapshot_write_s: full.as_ref().map(|f| f.snapshot_write_s),
        load_rss_mb: full.and_then(|f| f.rss_mb),
        snapshot_load_s,
        restart_s,
        snapshot_mb,
        rss_mb,
        index_terms: engine.index().term_count(),
        vectors_mb,
        bm25_build_s,
        bm25_index_mb,
        commands,
    })
}

impl fmt::Display for BenchReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} entries in {} briefs; {} index terms; {}",
            self.entries,
            self.briefs,
            self.index_terms,
            match self.vectors_mb {
                Some(mb) => format!("entry vectors {mb:.1} MB"),
                None => "words only (no embedding table)".to_string(),
            }
        )?;
        if let Some(s) = self.load_s {
            write!(f, "load+validate+index {s:.2} s")?;
            if let Some(r) = self.load_rss_mb {
                write!(f, " (peak RSS {r:.0} MB)")?;
            }
            write!(f, "; ")?;
        }
        write!(
            f,
            "from the snapshot {:.2} s ({:.0} MB)",
            self.snapshot_load_s, self.snapshot_mb
        )?;
        if !self.restart_s.is_empty() {
            let mut sorted = self.restart_s.clone();
            sorted.sort_by(f64::total_cmp);
            write!(
                f,
                ", a restart {:.2} s (median of {} fresh processes, at most {:.2} s)",
                sorted[sorted.len() / 2],
                sorted.len(),
                sorted[sorted.len() - 1]
            )?;
        }
        if let Some(r) = self.rss_mb {
            write!(f, "; serving peak RSS {r:.0} MB")?;
        }
        writeln!(f)?;
        write!(
            f,
            "BM25 (tantivy) index built in {:.2} s",
            self.bm25_build_s
        )?;
        if let Some(mb) = self.bm25_index_mb {
            write!(f, " ({mb:.1} MB)")?;
        }
        writeln!(f)?;
        // Three groups of the same three columns: the engine, BM25 on the same queries, and
        // the strsim scan on its sample; the speed-up is the engine's over the strsim scan.
        let groups = format!(
            "{:<13} {:^24} {:^24} {:^26}",
            "", "engine", "BM25 (tantivy)", "strsim baseline (sample)"
        );
        writeln!(f, "{}", groups.trim_end())?;
        writeln!(
            f,
            "{:<13} {:>8} {:>8} {:>6} {:>8} {:>8} {:>6} {:>9} {:>9} {:>6} {:>9}",
            "command",
            "p50 ms",
            "p99 ms",
            "top-3",
            "p50 ms",
            "p99 ms",
            "top-3",
            "p50 ms",
            "p99 ms",
            "top-3",
            "speed-up"
        )?;
        for (name, c) in &self.commands {
            writeln!(
                f,
                "{:<13} {:>8.3} {:>8.3} {:>6.2} {:>8.3} {:>8.3} {:>6.2} {:>9.2} {:>9.2} {:>6.2} {:>8.0}x",
                name,
                c.p50_ms,
                c.p99_ms,
                c.top3,
                c.bm25_p50_ms,
                c.bm25_p99_ms,
                c.bm25_top3,
                c.baseline_p50_ms,
                c.baseline_p99_ms,
                c.baseline_top3,
                c.speedup
            )?;
        }
        if let Some(p) = &self.picture {
            write!(f, "{p}")?;
        }
        Ok(())
    }
}
