//! briefbot's core: answers questions about policy briefs from a curated, cited knowledge base.
//!
//! This crate knows nothing of Discord, HTTP or async runtimes; its only inputs are files and
//! query strings, and its outputs are answer values that front ends render. The crate boundary
//! keeps it that way: it does not depend on serenity, tokio, axum, reqwest or prometheus.
//!
//! Layout, from the bottom up:
//!
//! - [`text`]: folding, tokenising, stemming and quote normalisation, shared by loading and
//!   retrieval so both agree on what "the same text" means.
//! - [`kb`]: knowledge bases in two phases, plain serde structs ([`kb::raw`]) and then a
//!   validated [`kb::Library`] whose invariants hold by construction (every quote verified).
//! - [`search`]: the inverted index with typo, synonym and prefix expansion, and date
//!   understanding.
//! - [`semantic`]: an optional static embedding table and one vector per entry, so questions
//!   that do not use the brief's words still find their entry.
//! - [`engine`]: a library with its search structures; [`snapshot`] stores one in a checked file.
//! - [`commands`]: one file per command, each a pure function of the engine and a request that
//!   returns an [`answer::Answer`]; [`complete`] ranks autocomplete choices.
//! - [`eval`]: measures answers against evaluation cases.
//! - `synth` (feature `synth`): deterministic synthetic libraries for benchmarks.

pub mod answer;
pub mod commands;
pub mod complete;
pub mod draft;
pub mod engine;
pub mod eval;
pub mod kb;
pub mod native;
mod parallel;
pub mod search;
pub mod semantic;
pub mod snapshot;
#[cfg(any(test, feature = "synth"))]
pub mod synth;
pub mod text;
