//! Shared test fixtures: the bundled knowledge base, and temporary copies of it to break.
//!
//! Both test packages compile this one file (the core's tests include it by path), so it uses
//! only the core crate.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use briefbot_core::engine::Engine;

/// The repository root, which holds `knowledge/`, `seeds/` and `tests/data/`. The test of either
/// package finds it from its own manifest directory, which is the root or `crates/briefbot-core`.
pub fn repo() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .find(|p| p.join("knowledge").is_dir() && p.join("seeds").is_dir())
            .expect("the repository root is an ancestor of the package")
            .to_path_buf()
    })
}

/// The bundled knowledge base, loaded once per test binary, matching words only (as the bot
/// does without an embedding table).
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| match Engine::load(&repo().join("knowledge")) {
        Ok(e) => e,
        Err(e) => panic!("bundled knowledge base must load: {e}"),
    })
}

/// The bundled embedding table, loaded once per test binary.
pub fn embedder() -> std::sync::Arc<briefbot_core::semantic::Embedder> {
    static TABLE: OnceLock<std::sync::Arc<briefbot_core::semantic::Embedder>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let dir = repo().join("models/minilm-l6-static");
            match briefbot_core::semantic::Embedder::from_dir(&dir) {
                Ok(e) => std::sync::Arc::new(e),
                Err(e) => panic!("the bundled embedding table must load: {e}"),
            }
        })
        .clone()
}

/// The bundled knowledge base with the bundled embedding table: what the bot serves by default.
pub fn semantic_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(
        || match Engine::load_with(&repo().join("knowledge"), Some(embedder())) {
            Ok(e) => e,
            Err(e) => panic!("bundled knowledge base must load: {e}"),
        },
    )
}

/// A temporary copy of the bundled knowledge base and seeds, laid out as in the repository.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&repo().join("knowledge"), &dir.path().join("knowledge"));
        copy_dir(&repo().join("seeds"), &dir.path().join("seeds"));
        Fixture { dir }
    }

    pub fn knowledge(&self) -> PathBuf {
        self.dir.path().join("knowledge")
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.knowledge().join("inss-1784").join(name)
    }

    /// Rewrites one file of the brief with `edit`.
    pub fn edit(&self, name: &str, edit: impl FnOnce(String) -> String) -> &Self {
        let path = self.file(name);
        let text = std::fs::read_to_string(&path).expect("fixture file");
        std::fs::write(&path, edit(text)).expect("write fixture");
        self
    }

    /// Rewrites one file as JSON: `edit` gets the parsed value.
    pub fn edit_json(&self, name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> &Self {
        self.edit(name, |text| {
            let mut v: serde_json::Value = serde_json::from_str(&text).expect("fixture JSON");
            edit(&mut v);
            serde_json::to_string_pretty(&v).expect("serialise")
        })
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}
