//! Retrieval: finding the entries a sloppy human query means.

pub mod dated;
pub mod dates;
pub mod index;
mod packed;
pub(crate) mod synonyms;

pub use dated::{DateIndex, DatedEvent};
pub use dates::DateQuery;
pub use index::{
    DocRef, Field, Filter, Index, MatchHow, Posting, PrepareWork, QueryTerm, Scored, MAX_RESULTS,
    MAX_TYPO_CHARS,
};
