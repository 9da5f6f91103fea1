//! briefbot: answers questions about policy briefs from a curated, cited knowledge base.
//!
//! The core is pure: [`kb`] loads and validates knowledge bases, [`search`] retrieves entries for
//! sloppy human queries, and [`commands`] turns a query into an [`answer::Answer`]. Front ends
//! (the CLI, the Discord bot) only convert input into a [`commands::Request`] and render the
//! answer.

pub use briefbot_core::{
    answer, commands, complete, engine, eval, kb, search, snapshot, synth, text,
};

pub mod bench;
pub mod cli;
pub mod discord;
pub mod endpoint;
pub mod http_serve;
pub mod live;
pub mod loadgen;
pub mod metrics;
pub mod reload;
pub mod render;

/// The current time in whole seconds since the Unix epoch, the unit of Discord's request
/// timestamps and of the reload status. A clock set before 1970 reads as 0 rather than failing:
/// the only consequence is a timestamp that looks stale.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs()
}
