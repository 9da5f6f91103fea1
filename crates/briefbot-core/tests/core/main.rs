//! The core's integration tests, as one test binary: loading and validating knowledge bases,
//! retrieval, the evaluation sets and index snapshots. They use only `briefbot_core`, so this
//! binary links the small core crate, not Discord, HTTP or the async runtime.

/// The knowledge-base fixtures, shared with the root package's tests: one file, compiled by both.
#[path = "../../../../tests/common/fixture.rs"]
mod common;

mod eval;
mod loader;
mod retrieval;
mod snapshot;
mod understanding;
