//! Synthetic libraries for scale benchmarks.
//!
//! [`generate`] writes a deterministic library of synthetic briefs in the knowledge-base format
//! (see `knowledge/README.md`): per brief a seed text made of the very sentences the entries cite,
//! and `brief.json`, `actors.json`, `events.json` and `claims.json`. The content of a brief is a
//! pure function of the spec's seed, the brief's index, `entries_per_brief` and the brief's entry
//! count, so [`queries`] can regenerate any brief to draw benchmark queries from it without
//! reading the files, and two runs (on any machine) write byte-identical files.
//!
//! The vocabulary mixes generated person names (syllable lists, so most are distinct) with about
//! a hundred real country, capital, city and region names, so the same states and prominent
//! people recur across briefs, as they do in a real library. Policy words follow a Zipf-like
//! frequency. Randomness comes from a hand-written SplitMix64, never from floating point, so the
//! output does not depend on the platform's maths library.
//!
//! The module is split by concern:
//!
//! | file         | what it does                                                             |
//! |--------------|--------------------------------------------------------------------------|
//! | `rng.rs`     | the SplitMix64 generator and Zipf tables                                 |
//! | `vocab.rs`   | word lists, entry templates, and the draws of words and countries         |
//! | `text.rs`    | template filling, articles, ids, quotes and other string helpers          |
//! | `brief.rs`   | one brief: its header, its cast, and the layout of sentences in paragraphs |
//! | `actor.rs`   | one actor of each kind, with its aliases and introducing sentence         |
//! | `event.rs`   | one event: its date in one of the format's precisions, and its sentence   |
//! | `claim.rs`   | one claim: its verdict, hedge, source and sentence                        |
//! | `write.rs`   | the seed text, and the JSON files through the `kb::raw` serde types       |
//! | `queries.rs` | the benchmark's query mix, drawn from regenerated briefs                  |

mod actor;
mod brief;
mod claim;
mod event;
mod queries;
mod rng;
mod text;
mod vocab;
mod write;

#[cfg(test)]
mod tests;

use std::fs;
use std::io;
use std::path::Path;

pub use queries::{queries, BenchQuery, QueryKind};

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SynthSpec {
    /// Total entries (actors + events + claims) across the library.
    pub entries: usize,
    pub seed: u64,
    /// At most this many entries per brief; entries are spread evenly over the briefs.
    pub entries_per_brief: usize,
}

impl SynthSpec {
    /// `entries` entries with seed 1784 and up to 500 entries per brief.
    pub fn new(entries: usize) -> SynthSpec {
        SynthSpec {
            entries,
            seed: 1784,
            entries_per_brief: 500,
        }
    }

    /// The number of briefs: `ceil(entries / entries_per_brief)`, at least 1.
    pub fn briefs(&self) -> usize {
        self.entries.div_ceil(self.entries_per_brief.max(1)).max(1)
    }

    /// Entries of brief `index`: the total spread evenly, the first briefs taking the remainder.
    fn brief_entries(&self, index: usize) -> usize {
        let briefs = self.briefs();
        self.entries / briefs + usize::from(index < self.entries % briefs)
    }
}

/// What [`generate`] wrote.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SynthSummary {
    pub briefs: usize,
    pub actors: usize,
    pub events: usize,
    pub claims: usize,
}

/// Writes `dir/knowledge/<id>/{brief.json,actors.json,events.json,claims.json}` and
/// `dir/seeds/<id>.txt` for every brief (ids `synth-000001`, …), one brief at a time so memory
/// stays small. `dir` should be fresh: briefs left over from a larger earlier run are not removed.
pub fn generate(dir: &Path, spec: &SynthSpec) -> io::Result<SynthSummary> {
    let knowledge = dir.join("knowledge");
    let seeds = dir.join("seeds");
    fs::create_dir_all(&knowledge)?;
    fs::create_dir_all(&seeds)?;
    let mut summary = SynthSummary::default();
    let mut buf = Vec::with_capacity(1 << 20);
    for index in 0..spec.briefs() {
        let content = brief::build(spec, index);
        summary.briefs += 1;
        summary.actors += content.actors.len();
        summary.events += content.events.len();
        summary.claims += content.claims.len();
        write::write(&knowledge, &seeds, content, &mut buf)?;
    }
    Ok(summary)
}
