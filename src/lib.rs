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
