//! briefbot: answers questions about policy briefs from a curated, cited knowledge base, on
//! the command line and in Discord.
//!
//! This package is the binary and its front ends; the pure core (knowledge bases, retrieval,
//! the engine, answers) is the `briefbot-core` crate, re-exported here so that front-end code
//! reads `crate::kb`, `crate::engine` and so on. Layout, from the edge inwards:
//!
//! - [`cli`]: parses arguments, checks them into what to do, and runs it; `serve` and
//!   `serve-http` start the two Discord transports.
//! - [`discord`]: the Discord edge. Options in ([`discord::incoming`], one lenient decoder for
//!   both transports), one code path per interaction ([`discord::interact`]), rendering out
//!   ([`discord::render`], [`discord::reply`]), and the gateway client.
//! - [`endpoint`] and [`http_serve`]: the signed HTTP interactions endpoint and the server with
//!   timeouts it runs on; [`metrics`] and [`reload`] serve both transports.
//! - [`embeddings`]: finds and loads the embedding table front ends match meaning with.
//! - [`render`]: the terminal renderer.
//! - [`draft_input`]: reads briefs in text, HTML and PDF for `briefbot draft`.
//! - [`bench`](mod@bench) and [`loadgen`]: measuring tools of the CLI, outside the serving path.
//!
//! Renderers take answers, not the engine: an answer carries what its renderer needs.

pub use briefbot_core::{
    answer, commands, complete, draft, engine, eval, kb, search, semantic, snapshot, synth, text,
};

pub mod bench;
pub mod cli;
pub mod discord;
pub mod draft_input;
pub mod embeddings;
pub mod endpoint;
pub mod http_serve;
pub mod live;
pub mod loadgen;
pub mod metrics;
pub mod qlog;
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
