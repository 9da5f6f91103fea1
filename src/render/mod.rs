//! Rendering answers for people. The terminal renderer lives here; the Discord renderer lives with
//! the Discord edge.

pub mod terminal;
