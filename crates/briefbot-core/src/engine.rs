//! The engine: a validated library with the search structures built from it. It is
//! immutable once built, so it can be shared between threads and swapped whole on reload. The
//! commands ([`crate::commands`]) answer requests from it; the snapshot ([`crate::snapshot`])
//! stores and restores it.

use std::path::Path;
use std::sync::Arc;

use crate::kb::{Library, LoadErrors};
use crate::search::{DateIndex, Index};
use crate::semantic::{Embedder, Vectors};

/// A loaded library with its search index. Immutable once built, so it can be shared between
/// threads and swapped whole on reload.
pub struct Engine {
    library: Library,
    index: Index,
    dated: DateIndex,
    semantic: Option<Semantic>,
    calibration: crate::commands::Calibration,
}

/// The embedding table and the entries' vectors made with it.
pub struct Semantic {
    pub embedder: Arc<Embedder>,
    pub vectors: Vectors,
}

impl Engine {
    /// An engine that matches words only.
    pub fn new(library: Library) -> Engine {
        Engine::with_embedder(library, None)
    }

    /// An engine that also matches meaning when given an embedding table.
    pub fn with_embedder(library: Library, embedder: Option<Arc<Embedder>>) -> Engine {
        let index = Index::build(&library);
        let dated = DateIndex::build(&library, &index);
        let semantic = embedder.map(|embedder| Semantic {
            vectors: Vectors::build(&library, &index, &embedder),
            embedder,
        });
        Engine {
            library,
            index,
            dated,
            semantic,
            calibration: Default::default(),
        }
    }

    /// Loads and indexes the library under `root`, matching words only.
    pub fn load(root: &Path) -> Result<Engine, LoadErrors> {
        Engine::load_with(root, None)
    }

    /// Loads and indexes the library under `root`, with entry vectors when given a table.
    pub fn load_with(root: &Path, embedder: Option<Arc<Embedder>>) -> Result<Engine, LoadErrors> {
        let started = std::time::Instant::now();
        let library = Library::load(root)?;
        let loaded = started.elapsed();
        let engine = Engine::with_embedder(library, embedder);
        tracing::debug!(
            load_ms = loaded.as_millis() as u64,
            index_ms = (started.elapsed() - loaded).as_millis() as u64,
            "knowledge base loaded and indexed"
        );
        if std::env::var_os("BRIEFBOT_TIMINGS").is_some() {
            eprintln!(
                "load+validate {:.2} s, index {:.2} s",
                loaded.as_secs_f64(),
                (started.elapsed() - loaded).as_secs_f64()
            );
        }
        Ok(engine)
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    /// The search structures, for the snapshot writer.
    pub(crate) fn parts(&self) -> (&Index, &DateIndex, Option<&Vectors>) {
        (
            &self.index,
            &self.dated,
            self.semantic.as_ref().map(|s| &s.vectors),
        )
    }

    /// The weights ranking and the answer decision use.
    pub fn calibration(&self) -> &crate::commands::Calibration {
        &self.calibration
    }

    /// Replaces the weights (for `briefbot calibrate`, which searches for them).
    pub fn set_calibration(&mut self, calibration: crate::commands::Calibration) {
        self.calibration = calibration;
    }

    /// The embedding table and entry vectors, when the engine has them.
    pub fn semantic(&self) -> Option<&Semantic> {
        self.semantic.as_ref()
    }

    /// Reassembles an engine read from a snapshot, checking that the index describes exactly
    /// this library (a snapshot is trusted only when it is of the same files and build, but a
    /// mismatch here must still never become a wrong answer or a panic).
    pub(crate) fn from_parts(
        library: Library,
        index: Index,
        dated: DateIndex,
        semantic: Option<Semantic>,
    ) -> Result<Engine, String> {
        let sizes: Vec<[usize; 3]> = library
            .briefs()
            .iter()
            .map(|b| [b.actors().len(), b.events().len(), b.claims().len()])
            .collect();
        if !index.describes(&sizes) || !dated.fits(index.len()) {
            return Err("the index does not match the library".into());
        }
        if let Some(s) = &semantic {
            if !s.vectors.fits(index.len(), &s.embedder) {
                return Err("the entry vectors do not match the index or the table".into());
            }
        }
        Ok(Engine {
            library,
            index,
            dated,
            semantic,
            calibration: Default::default(),
        })
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Dated events sorted by start day, for date queries.
    pub fn dated(&self) -> &DateIndex {
        &self.dated
    }
}
