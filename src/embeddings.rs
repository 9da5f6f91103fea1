//! Finding and loading the embedding table for front ends.
//!
//! The bundled table lives in `models/minilm-l6-static/` in the repository and is found the
//! same way as the bundled knowledge base: in the current directory, beside or above the
//! executable, then in the source tree the binary was built from. When it cannot be found the
//! bot still answers, matching words only, and says so once in its log.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::semantic::{Embedder, EmbedderError};

/// The bundled table's folder, relative to the repository.
pub const BUNDLED: &str = "models/minilm-l6-static";

/// Which table to use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// The bundled table if it is found, words only otherwise.
    Bundled,
    /// This folder; failing to load it is an error.
    Dir(PathBuf),
    /// Words only.
    Off,
}

impl Choice {
    /// Loads the chosen table. Only an explicitly named table that fails is an error.
    pub fn load(&self) -> Result<Option<Arc<Embedder>>, EmbedderError> {
        match self {
            Choice::Off => Ok(None),
            Choice::Dir(dir) => Embedder::from_dir(dir).map(|e| Some(Arc::new(e))),
            Choice::Bundled => Ok(bundled()),
        }
    }
}

/// The bundled table's folder, if it can be found.
pub fn bundled_dir() -> Option<PathBuf> {
    let here = PathBuf::from(BUNDLED);
    if here.join("model.safetensors").is_file() {
        return Some(here);
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1).take(4) {
            let candidate = dir.join(BUNDLED);
            if candidate.join("model.safetensors").is_file() {
                return Some(candidate);
            }
        }
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join(BUNDLED);
    built.join("model.safetensors").is_file().then_some(built)
}

/// The bundled table, loaded once per process and shared (reloads and tests reuse it).
pub fn bundled() -> Option<Arc<Embedder>> {
    static TABLE: OnceLock<Option<Arc<Embedder>>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let Some(dir) = bundled_dir() else {
                tracing::warn!(
                    "the bundled embedding table ({BUNDLED}) was not found: matching words only"
                );
                return None;
            };
            match Embedder::from_dir(&dir) {
                Ok(e) => Some(Arc::new(e)),
                Err(e) => {
                    tracing::warn!(error = %e, "the bundled embedding table did not load: matching words only");
                    None
                }
            }
        })
        .clone()
}
