//! Meaning beside words: a static sentence-embedding table, one vector per entry, and the
//! cosine between a question and an entry.
//!
//! People do not use the brief's words ("gave Moscow a heads-up" for "updated Moscow"), and a
//! word index cannot see that those mean the same. A model2vec table (every token of a
//! vocabulary mapped to a vector distilled from a sentence transformer; a text's vector is the
//! weighted mean of its tokens') can, at the cost of a table lookup per token: tens of
//! microseconds per question, with no model to run. Vectors are made once per entry when the
//! knowledge base loads and kept in the index snapshot, so only the question is embedded at
//! answer time.
//!
//! The table is optional. Without one the engine matches words only, and every command still
//! works; the table is named by the front end (the bundled one lives in
//! `models/minilm-l6-static/`).

use std::path::{Path, PathBuf};

use model2vec_rs::model::StaticModel;

use crate::kb::{EntryKind, Library};
use crate::parallel::fan_out;
use crate::search::{DocRef, Index};

/// The files a model2vec table folder must hold.
const FILES: [&str; 3] = ["tokenizer.json", "model.safetensors", "config.json"];

/// A table that could not be used. Messages say how to fix it.
#[derive(Debug, thiserror::Error)]
pub enum EmbedderError {
    #[error(
        "cannot read {path}: {source}. Point --embeddings (or BRIEFBOT_EMBEDDINGS) at a folder \
         holding tokenizer.json, model.safetensors and config.json (the bundled table is \
         models/minilm-l6-static), or pass --no-embeddings to match words only"
    )]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{dir} is not a usable model2vec table: {reason}. Regenerate it with \
         scripts/distill/distill.py, or pass --no-embeddings to match words only"
    )]
    Invalid { dir: PathBuf, reason: String },
}

/// A loaded embedding table.
pub struct Embedder {
    model: StaticModel,
    /// Identifies the table's exact bytes, so a snapshot made with another table is not reused.
    fingerprint: String,
}

impl std::fmt::Debug for Embedder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Embedder")
            .field("fingerprint", &self.fingerprint)
            .field("dim", &self.dim())
            .finish()
    }
}

impl Embedder {
    /// Loads the table in `dir`.
    pub fn from_dir(dir: &Path) -> Result<Embedder, EmbedderError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|source| EmbedderError::Read { path, source })
        };
        let [tokenizer, model, config] = [read(FILES[0])?, read(FILES[1])?, read(FILES[2])?];
        let mut crc = crc32fast::Hasher::new();
        for part in [&tokenizer, &model, &config] {
            crc.update(&(part.len() as u64).to_le_bytes());
            crc.update(part);
        }
        let fingerprint = format!("m2v-{:08x}-{}", crc.finalize(), model.len());
        let invalid = |reason: String| EmbedderError::Invalid {
            dir: dir.to_path_buf(),
            reason,
        };
        let model = StaticModel::from_bytes(&tokenizer, &model, &config, Some(true))
            .map_err(|e| invalid(e.to_string()))?;
        if model.dim() == 0 || model.dim() > 4096 {
            return Err(invalid(format!("vectors of {} dimensions", model.dim())));
        }
        Ok(Embedder { model, fingerprint })
    }

    pub fn dim(&self) -> usize {
        self.model.dim()
    }

    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The unit vector of `text` (all zeros when no token of it is known).
    pub fn embed(&self, text: &str) -> Vec<f32> {
        let mut v = self.model.encode_single(text);
        normalise(&mut v);
        v
    }
}

fn normalise(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 && norm.is_finite() {
        v.iter_mut().for_each(|x| *x /= norm);
    } else {
        v.iter_mut().for_each(|x| *x = 0.0);
    }
}

/// A unit vector stored as bytes: each component scaled so the largest is ±127, with the
/// scale kept beside it. A quarter of the memory of floats, and the integer dot product the
/// compiler vectorises; the rounding moves a cosine by well under 0.01.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantised {
    pub values: Vec<i8>,
    pub scale: f32,
}

impl Quantised {
    pub fn of(v: &[f32]) -> Quantised {
        let max = v.iter().fold(0.0f32, |m, x| m.max(x.abs()));
        if max <= 0.0 || !max.is_finite() {
            return Quantised {
                values: vec![0; v.len()],
                scale: 0.0,
            };
        }
        Quantised {
            values: v.iter().map(|x| (x / max * 127.0).round() as i8).collect(),
            scale: max / 127.0,
        }
    }
}

/// One vector per indexed entry, in the index's document order.
#[derive(Debug)]
pub struct Vectors {
    dim: u32,
    /// The table the vectors were made with.
    fingerprint: String,
    /// `dim` bytes (signed, stored as `u8`) per document.
    data: Bytes,
    scales: Vec<f32>,
}

/// Where the vectors' bytes are: made in memory, or left in the snapshot file they were read
/// from. At a million entries they are a quarter of a gigabyte; copying them out of the file
/// cost a quarter of a gigabyte of fresh memory, which the kernel must zero first, and was most
/// of a snapshot start. Mapped, they are the page cache's pages, shared by every process that
/// reads the same snapshot.
#[derive(Debug)]
enum Bytes {
    Owned(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl Bytes {
    fn as_slice(&self) -> &[u8] {
        match self {
            Bytes::Owned(v) => v,
            Bytes::Mapped(map) => map,
        }
    }
}

/// The vectors' small fields, stored in the snapshot ahead of their bytes, which are stored
/// raw so that they can be used where they lie.
#[derive(serde::Serialize)]
pub(crate) struct HeadRef<'a> {
    dim: u32,
    fingerprint: &'a str,
    scales: &'a [f32],
}

/// [`HeadRef`] as read back.
#[derive(serde::Deserialize)]
pub(crate) struct Head {
    dim: u32,
    fingerprint: String,
    scales: Vec<f32>,
}

impl Vectors {
    /// Embeds every entry of `library`, in `index` order, on all cores.
    pub fn build(library: &Library, index: &Index, embedder: &Embedder) -> Vectors {
        let dim = embedder.dim();
        let docs: Vec<u32> = (0..index.len() as u32).collect();
        let parts = fan_out(&docs, |chunk| {
            let mut data = Vec::with_capacity(chunk.len() * dim);
            let mut scales = Vec::with_capacity(chunk.len());
            for &d in chunk {
                let q = Quantised::of(&entry_vector(library, index.doc(d), embedder));
                data.extend(q.values.iter().map(|&x| x as u8));
                scales.push(q.scale);
            }
            (data, scales)
        });
        let mut data = Vec::with_capacity(docs.len() * dim);
        let mut scales = Vec::with_capacity(docs.len());
        for (d, s) in parts {
            data.extend_from_slice(&d);
            scales.extend_from_slice(&s);
        }
        Vectors {
            dim: dim as u32,
            fingerprint: embedder.fingerprint().to_string(),
            data: Bytes::Owned(data),
            scales,
        }
    }

    /// The parts the snapshot stores: the small fields, and the bytes to write raw.
    pub(crate) fn to_parts(&self) -> (HeadRef<'_>, &[u8]) {
        (
            HeadRef {
                dim: self.dim,
                fingerprint: &self.fingerprint,
                scales: &self.scales,
            },
            self.data.as_slice(),
        )
    }

    /// Vectors read from a snapshot: their small fields, and their bytes where they lie in the
    /// mapped file. `None` when the map does not hold one row per scale.
    pub(crate) fn from_mapped(head: Head, map: memmap2::Mmap) -> Option<Vectors> {
        let fits = Some(map.len()) == head.scales.len().checked_mul(head.dim as usize);
        fits.then(|| Vectors {
            dim: head.dim,
            fingerprint: head.fingerprint,
            data: Bytes::Mapped(map),
            scales: head.scales,
        })
    }

    /// Whether the vectors' bytes are mapped from a snapshot file rather than held in memory of
    /// their own.
    pub fn is_mapped(&self) -> bool {
        matches!(self.data, Bytes::Mapped { .. })
    }

    /// Whether these vectors fit an index of `docs` documents and were made with `embedder`.
    pub fn fits(&self, docs: usize, embedder: &Embedder) -> bool {
        self.fingerprint == embedder.fingerprint()
            && self.dim as usize == embedder.dim()
            && self.scales.len() == docs
            && self.data.as_slice().len() == docs * self.dim as usize
    }

    pub fn len(&self) -> usize {
        self.scales.len()
    }

    pub fn is_empty(&self) -> bool {
        self.scales.is_empty()
    }

    /// Bytes the vectors take in memory.
    pub fn bytes(&self) -> usize {
        self.data.as_slice().len() + self.scales.len() * 4
    }

    /// The cosine between document `doc` and the (quantised unit) query vector.
    #[inline]
    pub fn cosine(&self, doc: u32, q: &Quantised) -> f32 {
        let dim = self.dim as usize;
        let start = doc as usize * dim;
        let Some(row) = self.data.as_slice().get(start..start + dim) else {
            return 0.0;
        };
        if q.values.len() != dim {
            return 0.0;
        }
        let dot: i32 = row
            .iter()
            .zip(&q.values)
            .map(|(&a, &b)| (a as i8 as i32) * (b as i32))
            .sum();
        dot as f32 * self.scales[doc as usize] * q.scale
    }
}

/// The texts an entry is known by, as (head, body): the head names it (an actor's names, an
/// event's title, a claim's statement), the body tells it (profile or summary, and the quotes).
pub fn entry_texts(library: &Library, r: DocRef) -> (String, String) {
    let brief = &library.briefs()[r.brief as usize];
    let i = r.index as usize;
    let quotes = |cs: &[crate::kb::Citation]| {
        cs.iter()
            .map(|c| c.quote.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    match r.kind {
        EntryKind::Actor => {
            let a = &brief.actors()[i];
            let mut head = a.name.clone();
            for alias in &a.aliases {
                head.push_str(", ");
                head.push_str(alias);
            }
            (head, format!("{} {}", a.profile, quotes(&a.citations)))
        }
        EntryKind::Event => {
            let e = &brief.events()[i];
            (
                e.title.clone(),
                format!("{} {}", e.summary, quotes(&e.citations)),
            )
        }
        EntryKind::Claim => {
            let c = &brief.claims()[i];
            (c.statement.clone(), quotes(&c.citations))
        }
    }
}

/// An entry's vector: its head and its body weigh the same, so a long profile does not drown
/// the name, nor a short name the profile.
fn entry_vector(library: &Library, r: DocRef, embedder: &Embedder) -> Vec<f32> {
    let (head, body) = entry_texts(library, r);
    let mut v = embedder.embed(&head);
    for (x, y) in v.iter_mut().zip(embedder.embed(&body)) {
        *x += y;
    }
    normalise(&mut v);
    v
}
