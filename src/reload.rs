//! Live reload: SIGHUP, or a change under the knowledge directory with `--watch`, loads and
//! validates the library in the background and swaps it in atomically. A library that does not
//! validate is never served: the previous one stays live and the errors are logged and shown in
//! `/healthz`. Queries already running finish on the library they started with.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use tracing::{error, info};

use crate::kb::LoadErrors;
use crate::live::LiveEngine;
use crate::metrics::Metrics;
use crate::unix_now;

/// How many of a failed reload's problems `/healthz` lists. A broken knowledge base can have
/// hundreds; the log has them all, and a health check must stay small and fast to read.
pub const HEALTH_PROBLEMS: usize = 5;

/// The longest problem message `/healthz` shows, in characters (a message quotes the curator's
/// text, which can be long).
pub const HEALTH_PROBLEM_CHARS: usize = 300;

/// The last reload attempt, for `/healthz`.
#[derive(Clone, Debug, Serialize)]
pub struct Attempt {
    /// Unix seconds.
    pub at: u64,
    pub ok: bool,
    /// The first [`HEALTH_PROBLEMS`] of the loader's problems when it failed, each cut to
    /// [`HEALTH_PROBLEM_CHARS`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
    /// How many problems the loader found in all.
    #[serde(skip_serializing_if = "is_zero")]
    pub problems: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Attempt {
    fn failed(errors: &LoadErrors) -> Attempt {
        let cut = |e: &crate::kb::KbError| {
            let text = e.to_string();
            match text.char_indices().nth(HEALTH_PROBLEM_CHARS) {
                Some((i, _)) => format!("{}…", &text[..i]),
                None => text,
            }
        };
        Attempt {
            at: unix_now(),
            ok: false,
            errors: errors.0.iter().take(HEALTH_PROBLEMS).map(cut).collect(),
            problems: errors.0.len(),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct ReloadStatus {
    /// The live library's version.
    pub version: String,
    pub briefs: usize,
    pub entries: usize,
    /// When the live library was loaded (unix seconds).
    pub loaded_at: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_attempt: Option<Attempt>,
}

impl ReloadStatus {
    /// Whether the last reload failed: the bot still serves the library it had, but not the
    /// files on disk.
    pub fn degraded(&self) -> bool {
        self.last_attempt.as_ref().is_some_and(|a| !a.ok)
    }

    /// The body of `/healthz`: `"status"` is `"ok"`, or `"degraded"` while the last reload
    /// failed, and `"knowledge"` is this status.
    pub fn health(&self) -> serde_json::Value {
        let status = if self.degraded() { "degraded" } else { "ok" };
        serde_json::json!({"status": status, "knowledge": self})
    }
}

pub struct Reloader {
    live: Arc<LiveEngine>,
    root: PathBuf,
    /// The index snapshot to load through and keep current, if any.
    cache: Option<PathBuf>,
    /// The embedding table reloads make entry vectors with (the first engine's).
    embedder: Option<Arc<crate::semantic::Embedder>>,
    metrics: Option<Arc<Metrics>>,
    status: Mutex<ReloadStatus>,
    /// Serialises reloads: two at once would race to swap.
    busy: Mutex<()>,
}

impl Reloader {
    pub fn new(live: Arc<LiveEngine>, root: PathBuf, metrics: Option<Arc<Metrics>>) -> Reloader {
        let engine = live.get();
        let lib = engine.library();
        let status = ReloadStatus {
            version: lib.version().to_string(),
            briefs: lib.briefs().len(),
            entries: lib.entry_count(),
            loaded_at: unix_now(),
            last_attempt: None,
        };
        if let Some(m) = &metrics {
            m.set_entries(lib.entry_count());
        }
        Reloader {
            live,
            root,
            cache: None,
            // Reloads keep matching the way the first load did.
            embedder: engine.semantic().map(|s| s.embedder.clone()),
            metrics,
            status: Mutex::new(status),
            busy: Mutex::new(()),
        }
    }

    /// Reloads through the index snapshot at `cache` (and keeps it current).
    pub fn with_cache(mut self, cache: Option<PathBuf>) -> Reloader {
        self.cache = cache;
        self
    }

    pub fn live(&self) -> &Arc<LiveEngine> {
        &self.live
    }

    pub fn status(&self) -> ReloadStatus {
        self.status
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Loads the library again and swaps it in if it validates. Blocking: call it from a
    /// blocking thread in async code.
    pub fn reload(&self) -> Result<String, LoadErrors> {
        let _one_at_a_time = self.busy.lock().unwrap_or_else(|e| e.into_inner());
        let started = std::time::Instant::now();
        let result = crate::snapshot::load_or_build_with(
            &self.root,
            self.cache.as_deref(),
            self.embedder.clone(),
        );
        let mut status = self.status.lock().unwrap_or_else(|e| e.into_inner());
        match result {
            Ok(engine) => {
                let lib = engine.library();
                let version = lib.version().to_string();
                info!(
                    version = %version,
                    previous = %status.version,
                    entries = lib.entry_count(),
                    took_ms = started.elapsed().as_millis() as u64,
                    "knowledge base reloaded"
                );
                status.version = version.clone();
                status.briefs = lib.briefs().len();
                status.entries = lib.entry_count();
                status.loaded_at = unix_now();
                status.last_attempt = Some(Attempt {
                    at: unix_now(),
                    ok: true,
                    errors: Vec::new(),
                    problems: 0,
                });
                if let Some(m) = &self.metrics {
                    m.set_entries(lib.entry_count());
                    m.reloaded(true);
                }
                self.live.swap(engine);
                Ok(version)
            }
            Err(errors) => {
                error!(live = %status.version, "reload failed; still serving the previous knowledge base:\n{errors}");
                status.last_attempt = Some(Attempt::failed(&errors));
                if let Some(m) = &self.metrics {
                    m.reloaded(false);
                }
                Err(errors)
            }
        }
    }

    /// Reloads on SIGHUP and, with `watch`, whenever files under the knowledge directory (or
    /// the seeds its briefs use) change, checking every `watch` interval. Returns when
    /// `shutdown` completes.
    pub async fn run(
        self: Arc<Self>,
        watch: Option<Duration>,
        shutdown: impl std::future::Future<Output = ()>,
    ) {
        tokio::pin!(shutdown);
        #[cfg(unix)]
        let mut hangup =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
        let mut last = self.fingerprint();
        let mut tick = tokio::time::interval(watch.unwrap_or(Duration::from_secs(3600)));
        tick.tick().await;
        loop {
            #[cfg(unix)]
            let hup = async {
                match hangup.as_mut() {
                    Some(s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            #[cfg(not(unix))]
            let hup = std::future::pending::<()>();
            let reason = tokio::select! {
                () = &mut shutdown => return,
                () = hup => "SIGHUP",
                _ = tick.tick(), if watch.is_some() => {
                    let now = self.fingerprint();
                    if now == last {
                        continue;
                    }
                    "a change under the knowledge directory"
                }
            };
            info!(reason, "reloading the knowledge base");
            let me = self.clone();
            let _ = tokio::task::spawn_blocking(move || me.reload()).await;
            last = self.fingerprint();
        }
    }

    /// A cheap fingerprint of the files a reload would read: their paths, sizes and
    /// modification times.
    fn fingerprint(&self) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        hash_tree(&self.root, self.cache.as_deref(), &mut h);
        for brief in self.live.get().library().briefs() {
            hash_file(&brief.meta().seed_path, &mut h);
        }
        h.finish()
    }
}

fn hash_file(path: &Path, h: &mut impl Hasher) {
    path.hash(h);
    if let Ok(meta) = std::fs::metadata(path) {
        meta.len().hash(h);
        meta.modified().ok().hash(h);
    }
}

/// Hashes the tree under `dir`, skipping hidden files (editors' swap files) and the index
/// snapshot with its temporary files: the loader reads none of them, and a snapshot written
/// after a reload must not itself trigger a reload.
fn hash_tree(dir: &Path, cache: Option<&Path>, h: &mut impl Hasher) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let cache_name = cache.and_then(Path::file_name).map(|n| n.to_string_lossy());
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            !name.starts_with('.')
                && !cache_name.as_deref().is_some_and(|c| {
                    name.starts_with(c) && e.path().parent() == cache.and_then(Path::parent)
                })
        })
        .map(|e| e.path())
        .collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            hash_tree(&p, cache, h);
        } else {
            hash_file(&p, h);
        }
    }
}
