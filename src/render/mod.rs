//! Rendering answers for people. The terminal renderer and the timeline picture live here; the
//! Discord renderer lives with the Discord edge.

pub mod picture;
pub mod terminal;
