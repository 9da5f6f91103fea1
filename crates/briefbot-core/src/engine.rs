//! The engine: a validated library with the search structures built from it. It is
//! immutable once built, so it can be shared between threads and swapped whole on reload. The
//! commands ([`crate::commands`]) answer requests from it; the snapshot ([`crate::snapshot`])
//! stores and restores it.

use std::path::Path;

use crate::kb::{Library, LoadErrors};
use crate::search::{DateIndex, Index};

/// A loaded library with its search index. Immutable once built, so it can be shared between
/// threads and swapped whole on reload.
pub struct Engine {
    library: Library,
    index: Index,
    dated: DateIndex,
}

impl Engine {
    pub fn new(library: Library) -> Engine {
        let index = Index::build(&library);
        let mut engine = Engine {
            library,
            index,
            dated: DateIndex::default(),
        };
        engine.dated = DateIndex::build(&engine.library, &engine.index);
        engine
    }

    pub fn load(root: &Path) -> Result<Engine, LoadErrors> {
        let started = std::time::Instant::now();
        let library = Library::load(root)?;
        let loaded = started.elapsed();
        let engine = Engine::new(library);
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
    pub(crate) fn parts(&self) -> (&Index, &DateIndex) {
        (&self.index, &self.dated)
    }

    /// Reassembles an engine read from a snapshot, checking that the index describes exactly
    /// this library (a snapshot is trusted only when it is of the same files and build, but a
    /// mismatch here must still never become a wrong answer or a panic).
    pub(crate) fn from_parts(
        library: Library,
        index: Index,
        dated: DateIndex,
    ) -> Result<Engine, String> {
        let sizes: Vec<[usize; 3]> = library
            .briefs()
            .iter()
            .map(|b| [b.actors().len(), b.events().len(), b.claims().len()])
            .collect();
        if !index.describes(&sizes) || !dated.fits(index.len()) {
            return Err("the index does not match the library".into());
        }
        Ok(Engine {
            library,
            index,
            dated,
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
