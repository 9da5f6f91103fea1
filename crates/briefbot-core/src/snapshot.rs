//! The index snapshot: a loaded, validated and indexed library written to one file, so that a
//! large library starts in a fraction of the time a full load takes.
//!
//! A full load of a million entries reads half a gigabyte of JSON, checks every quote against its
//! paragraph and builds the index; most of that work gives the same result every time the files
//! have not changed. The snapshot stores the result together with the size and modification time
//! of every file it came from. It is used only when all of them still match, the set of brief
//! folders is the same and the snapshot was written by this very build of briefbot; otherwise the
//! library is loaded in full and the snapshot is written again. A snapshot that cannot be read is
//! never an error: it is reported and replaced.
//!
//! The file is a magic line, one blob per brief, the index blobs, and last a header listing the
//! blobs' lengths followed by its own length, all in `postcard`. Briefs are separate blobs so
//! that they decode on every core; the header is last so that the writer can stream the parts.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use std::sync::Arc;

use crate::engine::{Engine, Semantic};
use crate::kb::{Brief, Library, LoadErrors};
use crate::parallel::fan_out;
use crate::search::{DateIndex, Index};
use crate::semantic::{Embedder, Vectors};

const MAGIC: &[u8; 18] = b"briefbot-snapshot\n";
/// Bumped whenever the layout of anything stored changes.
const FORMAT: u32 = 6;
/// How many bytes of brief parts are mapped at once while a snapshot is read (see `read_parts`).
const MAP_GROUP: u64 = 32 << 20;

/// Why a snapshot was not used. None of these is an error for the user: the library is then
/// loaded in full, and the snapshot rewritten.
#[derive(Debug, thiserror::Error)]
pub enum Miss {
    #[error("there is no snapshot yet at {0}")]
    Missing(PathBuf),
    #[error("the snapshot was written by another build of briefbot")]
    OtherBuild,
    #[error("the snapshot is of another knowledge directory ({0})")]
    OtherRoot(PathBuf),
    #[error("the knowledge base changed since the snapshot was written: {0}")]
    Stale(String),
    #[error("the snapshot at {path} is unreadable ({reason}); it will be rewritten")]
    Corrupt { path: PathBuf, reason: String },
}

/// How a library was obtained, for logs and the bench.
#[derive(Debug)]
pub enum Source {
    /// Loaded from the snapshot file.
    Snapshot,
    /// Loaded in full; `written` says whether a fresh snapshot was saved, and `miss` why the
    /// old one was not used.
    Full { miss: Miss, written: bool },
}

/// The size and modification time of one file the library was loaded from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    path: PathBuf,
    len: u64,
    mtime_s: u64,
    mtime_ns: u32,
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        let mtime = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        Some(Stamp {
            path: path.to_path_buf(),
            len: meta.len(),
            mtime_s: mtime.as_secs(),
            mtime_ns: mtime.subsec_nanos(),
        })
    }
}

#[derive(Serialize, Deserialize)]
struct Header {
    format: u32,
    build: String,
    root: PathBuf,
    version: String,
    /// Brief folder names, sorted, as found under the root.
    dirs: Vec<String>,
    stamps: Vec<Stamp>,
    /// Each brief's blob, in library order, then the index's and the date index's.
    parts: Vec<Part>,
    /// The embedding table the entry vectors were made with, and the vectors' two blobs (after
    /// the date index's): their small fields, then their bytes, raw, when the engine had a table.
    vectors: Option<(String, Part, Part)>,
}

/// Where one blob is: its length and checksum. The checksum catches a damaged file that would
/// otherwise decode into a subtly different library.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct Part {
    len: u64,
    crc: u32,
}

/// Identifies this build: a snapshot from another binary (a newer briefbot, a test harness) may
/// lay its types out differently, so it is not trusted even if it happens to decode.
fn build_id() -> String {
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| Stamp::of(&p))
        .map(|s| format!("{}:{}.{}", s.len, s.mtime_s, s.mtime_ns))
        .unwrap_or_default();
    format!("{} {FORMAT} {exe}", env!("CARGO_PKG_VERSION"))
}

/// The folders under `root` the loader treats as briefs, sorted: the same list the loader
/// uses, so an added folder (even an empty one, which the loader refuses) makes a snapshot stale.
fn brief_dirs(root: &Path) -> Vec<String> {
    crate::kb::folder_names(root).unwrap_or_default()
}

/// The JSON files of every brief folder, which a load reads.
fn json_files(root: &Path, dirs: &[String]) -> Vec<PathBuf> {
    dirs.iter()
        .flat_map(|d| {
            ["brief.json", "actors.json", "events.json", "claims.json"]
                .into_iter()
                .map(move |f| root.join(d).join(f))
        })
        .collect()
}

fn stamps(paths: &[PathBuf]) -> Vec<Option<Stamp>> {
    paths.iter().map(|p| Stamp::of(p)).collect()
}

/// Loads the library under `root` as [`Engine::load`] does, through the index snapshot at
/// `cache` when one is given: the one way front ends load a knowledge base.
pub fn load_or_build(root: &Path, cache: Option<&Path>) -> Result<Engine, LoadErrors> {
    load_or_build_with(root, cache, None)
}

/// [`load_or_build`] with entry vectors made with `embedder` (or none, to match words only). A
/// snapshot made with another table, or without one, is not used.
pub fn load_or_build_with(
    root: &Path,
    cache: Option<&Path>,
    embedder: Option<Arc<Embedder>>,
) -> Result<Engine, LoadErrors> {
    let Some(cache) = cache else {
        return Engine::load_with(root, embedder);
    };
    let started = std::time::Instant::now();
    let (engine, source) = load_with(root, cache, embedder)?;
    tracing::info!(
        took_ms = started.elapsed().as_millis() as u64,
        source = ?source,
        "knowledge base ready"
    );
    Ok(engine)
}

/// Loads the library under `root`, from the snapshot at `cache` when it is current, and
/// otherwise in full, writing a fresh snapshot afterwards (a failure to write is logged, not
/// returned: the library itself loaded fine).
pub fn load(root: &Path, cache: &Path) -> Result<(Engine, Source), LoadErrors> {
    load_with(root, cache, None)
}

/// [`load`] with entry vectors made with `embedder`.
pub fn load_with(
    root: &Path,
    cache: &Path,
    embedder: Option<Arc<Embedder>>,
) -> Result<(Engine, Source), LoadErrors> {
    let miss = match read_with(root, cache, embedder.clone()) {
        Ok(engine) => return Ok((engine, Source::Snapshot)),
        Err(miss) => miss,
    };
    tracing::info!(reason = %miss, "loading the knowledge base in full");
    let dirs = brief_dirs(root);
    let files = json_files(root, &dirs);
    let before = stamps(&files);
    let engine = Engine::load_with(root, embedder)?;
    // A file edited while the load ran may have been read before or after the edit: the
    // snapshot would not know which, so none is written and the next start loads in full.
    let written = if brief_dirs(root) == dirs && stamps(&files) == before {
        match write(
            &engine,
            cache,
            &dirs,
            before.into_iter().flatten().collect(),
        ) {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!(path = %cache.display(), error = %e, "could not write the index snapshot");
                false
            }
        }
    } else {
        false
    };
    Ok((engine, Source::Full { miss, written }))
}

/// Writes a snapshot of `engine` at `path` now, stamping its files as they are at this moment.
pub fn save(engine: &Engine, path: &Path) -> std::io::Result<()> {
    let root = engine.library().root();
    let dirs = brief_dirs(root);
    let json = stamps(&json_files(root, &dirs))
        .into_iter()
        .flatten()
        .collect();
    write(engine, path, &dirs, json)
}

/// Writes `engine` as a snapshot at `path`, atomically (a temporary file, then a rename), so
/// that a reader never sees half a snapshot, and a running bot that mapped the old file keeps
/// reading the old file's bytes: the file is never rewritten in place. Parts are streamed to
/// the file one at a time, and the header, which lists their lengths, goes last: the writer
/// never holds a second copy of the library in memory.
fn write(engine: &Engine, path: &Path, dirs: &[String], json: Vec<Stamp>) -> std::io::Result<()> {
    let library = engine.library();
    let mut stamps = json;
    for b in library.briefs() {
        let seed = &b.meta().seed_path;
        stamps.push(Stamp::of(seed).ok_or_else(|| {
            std::io::Error::other(format!("cannot stat the seed {}", seed.display()))
        })?);
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".tmp{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    let result = (|| {
        let mut out = Counting {
            inner: BufWriter::with_capacity(1 << 20, File::create(&tmp)?),
            written: 0,
            crc: crc32fast::Hasher::new(),
        };
        out.write_all(MAGIC)?;
        let mut parts = Vec::with_capacity(library.briefs().len() + 2);
        for b in library.briefs() {
            parts.push(out.part(b)?);
        }
        let (index, dated, vectors) = engine.parts();
        parts.push(out.part(index)?);
        parts.push(out.part(dated)?);
        let vectors = match (vectors, engine.semantic()) {
            (Some(v), Some(s)) => {
                let (head, bytes) = v.to_parts();
                let head = out.part(&head)?;
                Some((s.embedder.fingerprint().to_string(), head, out.raw(bytes)?))
            }
            _ => None,
        };
        let header = Header {
            format: FORMAT,
            build: build_id(),
            root: library.root().to_path_buf(),
            version: library.version().to_string(),
            dirs: dirs.to_vec(),
            stamps,
            parts,
            vectors,
        };
        // The header carries its own checksum, read before any of its fields: a damaged path or
        // stamp must read as damage, not as a knowledge base that changed.
        let mut header = postcard::to_allocvec(&header).map_err(std::io::Error::other)?;
        let crc = crc32fast::hash(&header);
        header.extend_from_slice(&crc.to_le_bytes());
        out.write_all(&header)?;
        out.write_all(&(header.len() as u64).to_le_bytes())?;
        out.inner
            .into_inner()
            .map_err(|e| e.into_error())?
            .sync_all()
    })();
    match result {
        Ok(()) => std::fs::rename(&tmp, path),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// A writer that counts and checksums the bytes through it, to record each part.
struct Counting {
    inner: BufWriter<File>,
    written: u64,
    crc: crc32fast::Hasher,
}

impl Counting {
    /// Writes one part and returns where it is: its length and checksum.
    fn part<T: Serialize>(&mut self, value: &T) -> std::io::Result<Part> {
        let before = self.written;
        self.crc = crc32fast::Hasher::new();
        postcard::to_io(value, &mut *self).map_err(std::io::Error::other)?;
        Ok(Part {
            len: self.written - before,
            crc: std::mem::take(&mut self.crc).finalize(),
        })
    }

    /// Writes bytes as they are, as one part: read back where they lie, with no decoding.
    fn raw(&mut self, bytes: &[u8]) -> std::io::Result<Part> {
        let before = self.written;
        self.crc = crc32fast::Hasher::new();
        self.write_all(bytes)?;
        Ok(Part {
            len: self.written - before,
            crc: std::mem::take(&mut self.crc).finalize(),
        })
    }
}

impl Write for Counting {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        self.crc.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Whether the snapshot at `path` was written by this build from the files now under `root`
/// (its parts are not read).
pub fn is_current(root: &Path, path: &Path) -> bool {
    read_header(root, path, None).is_ok()
}

/// [`is_current`] for an engine with entry vectors made with `embedder`.
pub fn is_current_with(root: &Path, path: &Path, embedder: Option<&Embedder>) -> bool {
    read_header(root, path, embedder).is_ok()
}

/// Reads the snapshot at `path` if it is current for `root` (and was made without a table).
pub fn read(root: &Path, path: &Path) -> Result<Engine, Miss> {
    read_with(root, path, None)
}

/// Reads the snapshot at `path` if it is current for `root` and its entry vectors were made
/// with `embedder` (or it has none and `embedder` is `None`).
pub fn read_with(
    root: &Path,
    path: &Path,
    embedder: Option<Arc<Embedder>>,
) -> Result<Engine, Miss> {
    let started = std::time::Instant::now();
    let (file, header, header_at) = read_header(root, path, embedder.as_deref())?;
    let engine = read_parts(path, &file, header, header_at, embedder)?;
    // The same switch as the full load's timings (see `Engine::load_with`).
    if std::env::var_os("BRIEFBOT_TIMINGS").is_some() {
        eprintln!("snapshot read {:.2} s", started.elapsed().as_secs_f64());
    }
    Ok(engine)
}

fn corrupt_at(path: &Path) -> impl Fn(String) -> Miss + Copy + '_ {
    move |reason| Miss::Corrupt {
        path: path.to_path_buf(),
        reason,
    }
}

/// Opens the snapshot and checks its header against the build and the files under `root`.
/// Returns the file, the header and where the header starts (where the parts end).
fn read_header(
    root: &Path,
    path: &Path,
    embedder: Option<&Embedder>,
) -> Result<(File, Header, u64), Miss> {
    let corrupt = corrupt_at(path);
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Miss::Missing(path.to_path_buf()))
        }
        Err(e) => return Err(corrupt(e.to_string())),
    };
    let corrupt_io = |e: std::io::Error| corrupt(e.to_string());
    let total = file.metadata().map_err(corrupt_io)?.len();
    let mut magic = [0u8; 18];
    file.read_exact(&mut magic).map_err(corrupt_io)?;
    if &magic != MAGIC || total < 18 + 8 {
        return Err(corrupt("not a briefbot snapshot".into()));
    }
    let mut len = [0u8; 8];
    file.read_exact_at(&mut len, total - 8)
        .map_err(corrupt_io)?;
    let header_len = u64::from_le_bytes(len);
    if header_len > total - 18 - 8 {
        return Err(corrupt("header length out of range".into()));
    }
    let header_at = total - 8 - header_len;
    let mut header = vec![0u8; header_len as usize];
    file.read_exact_at(&mut header, header_at)
        .map_err(corrupt_io)?;
    let Some(body_len) = header.len().checked_sub(4) else {
        return Err(corrupt("header too short".into()));
    };
    let (body, crc) = header.split_at(body_len);
    if crc32fast::hash(body).to_le_bytes() != crc {
        return Err(corrupt("checksum mismatch in the header".into()));
    }
    let header: Header = postcard::from_bytes(body).map_err(|e| corrupt(e.to_string()))?;
    if header.format != FORMAT || header.build != build_id() {
        return Err(Miss::OtherBuild);
    }
    if header.root != root {
        return Err(Miss::OtherRoot(header.root));
    }
    if header.vectors.as_ref().map(|v| v.0.as_str()) != embedder.map(Embedder::fingerprint) {
        return Err(Miss::Stale(match embedder {
            Some(_) => "the embedding table changed".into(),
            None => "it holds entry vectors and no embedding table was given".into(),
        }));
    }
    if brief_dirs(root) != header.dirs {
        return Err(Miss::Stale("brief folders were added or removed".into()));
    }
    for s in &header.stamps {
        if Stamp::of(&s.path).as_ref() != Some(s) {
            return Err(Miss::Stale(format!("{} changed", s.path.display())));
        }
    }
    Ok((file, header, header_at))
}

/// Decodes the parts of a snapshot whose header was checked.
fn read_parts(
    path: &Path,
    file: &File,
    header: Header,
    header_at: u64,
    embedder: Option<Arc<Embedder>>,
) -> Result<Engine, Miss> {
    let corrupt = corrupt_at(path);
    // Blob offsets, in file order.
    let mut offset = 18u64;
    if header.parts.len() < 2 {
        return Err(corrupt("the header lists no index".into()));
    }
    let mut spans = Vec::with_capacity(header.parts.len());
    for part in &header.parts {
        spans.push((offset, *part));
        offset = offset.saturating_add(part.len);
    }
    let vectors_spans = header.vectors.as_ref().map(|(_, head, bytes)| {
        let head_span = (offset, *head);
        offset = offset.saturating_add(head.len);
        let bytes_span = (offset, *bytes);
        offset = offset.saturating_add(bytes.len);
        (head_span, bytes_span)
    });
    if offset != header_at {
        return Err(corrupt(format!(
            "parts end at byte {offset} but the header starts at {header_at}"
        )));
    }
    let (dated_span, rest) = spans.split_last().expect("two index spans");
    let (index_span, brief_spans) = rest.split_last().expect("two index spans");
    // The file is mapped rather than read: reading it took as much fresh memory again as the
    // file's size, which the kernel zeroes before handing it over, and that was most of a
    // start. Mapped pages are the page cache's own. Populating a map up front faults its pages
    // in at once instead of one by one while the part decodes. Decoded parts are mapped only
    // while they decode, a group of about [`MAP_GROUP`] bytes at a time, so the file's pages
    // are not all held at once beside what they decode into; one map per brief instead cost
    // two system calls and a TLB flush on every core per brief, a tenth of a start at a
    // million entries. The vectors' bytes, used where they lie, stay mapped for as long as the
    // engine lives.
    //
    // SAFETY: a map is sound only while nobody changes the file under it. briefbot never does:
    // a snapshot is written to a temporary file and renamed over the old one (see `write`), so
    // a process that mapped the old file keeps the old file's bytes. The README tells operators
    // never to edit a snapshot in place; the checksums catch a file damaged before it was mapped.
    //
    // The offsets were checked against the file's length above (the parts end where the header
    // starts), and a map past the end of the file would fail here, not later.
    let map = |at: u64, len: u64| -> Result<memmap2::Mmap, String> {
        let len = usize::try_from(len).map_err(|e| e.to_string())?;
        unsafe {
            memmap2::MmapOptions::new()
                .offset(at)
                .len(len)
                .populate()
                .map(file)
        }
        .map_err(|e| format!("the part at byte {at} cannot be mapped: {e}"))
    };
    // Every part is checked against its checksum before it is decoded.
    let checked = |bytes: &[u8], at: u64, part: Part| -> Result<(), String> {
        if crc32fast::hash(bytes) == part.crc {
            Ok(())
        } else {
            Err(format!("checksum mismatch in the part at byte {at}"))
        }
    };
    let whole = |(at, part): (u64, Part)| -> Result<memmap2::Mmap, String> {
        let mapped = map(at, part.len)?;
        checked(&mapped, at, part)?;
        Ok(mapped)
    };
    // Briefs in contiguous groups of parts, each group one map: the spans follow each other in
    // the file, so a group's bytes run from its first span's start to its last span's end.
    let briefs_of = |spans: &[(u64, Part)]| -> Result<Vec<Brief>, String> {
        let mut briefs = Vec::with_capacity(spans.len());
        let mut rest = spans;
        while let Some(&(start, _)) = rest.first() {
            let mut end = start;
            let mut n = 0;
            while let Some(&(at, part)) = rest.get(n) {
                if n > 0 && end - start + part.len > MAP_GROUP {
                    break;
                }
                end = at + part.len;
                n += 1;
            }
            let mapped = map(start, end - start)?;
            for &(at, part) in &rest[..n] {
                let from = (at - start) as usize;
                let bytes = &mapped[from..from + part.len as usize];
                checked(bytes, at, part)?;
                briefs.push(postcard::from_bytes(bytes).map_err(|e| e.to_string())?);
            }
            rest = &rest[n..];
        }
        Ok(briefs)
    };
    let (whole, briefs_of) = (&whole, &briefs_of);
    // The index and the date index decode on threads of their own while the briefs decode, in
    // contiguous chunks, on the others; results are put back in library order. The vectors are
    // only checked: their bytes stay where they lie in their map.
    let (index, dated, vectors, briefs) = std::thread::scope(|scope| {
        let index = scope.spawn(move || Index::decode(&whole(*index_span)?));
        let dated = scope.spawn(move || -> Result<DateIndex, String> {
            postcard::from_bytes(&whole(*dated_span)?).map_err(|e| e.to_string())
        });
        let vectors = scope.spawn(move || {
            vectors_spans
                .map(|(head_span, bytes_span)| {
                    let head =
                        postcard::from_bytes(&whole(head_span)?).map_err(|e| e.to_string())?;
                    Vectors::from_mapped(head, whole(bytes_span)?)
                        .ok_or_else(|| "the entry vectors do not fit their part".to_string())
                })
                .transpose()
        });
        let parts = fan_out(brief_spans, briefs_of);
        let mut briefs = Vec::with_capacity(brief_spans.len());
        let mut failed = None;
        for p in parts {
            match p {
                Ok(mut b) => briefs.append(&mut b),
                Err(e) => failed = Some(e),
            }
        }
        (
            index.join().expect("decoding does not panic"),
            dated.join().expect("decoding does not panic"),
            vectors.join().expect("decoding does not panic"),
            failed.map_or(Ok(briefs), Err),
        )
    });
    let library = Library::from_snapshot(briefs.map_err(corrupt)?, header.root, header.version);
    let semantic = match (vectors.map_err(corrupt)?, embedder) {
        (Some(vectors), Some(embedder)) => Some(Semantic { embedder, vectors }),
        (None, None) => None,
        _ => return Err(corrupt("the entry vectors do not match the table".into())),
    };
    Engine::from_parts(
        library,
        index.map_err(corrupt)?,
        dated.map_err(corrupt)?,
        semantic,
    )
    .map_err(corrupt)
}
