//! The root package's tests of the bot, as one test binary: the Discord gateway against a fake
//! Discord, the HTTP interactions endpoint, live reload, Discord's limits, the multi-brief
//! library through the Discord commands, and the bounded-work tests.
//!
//! One binary instead of one per file, because each test binary links the whole crate and its
//! dependencies (serenity, axum, reqwest), and release links are the slow part of a build on two
//! cores.
//!
//! `bounded` installs a counting `#[global_allocator]`, which is the allocator of this whole
//! binary. It forwards every call to the system allocator and only keeps per-thread counters,
//! so the other tests run exactly as they would without it.

#[path = "../common/mod.rs"]
mod common;

mod bounded;
mod discord;
mod discord_limits;
mod http_endpoint;
mod library;
mod question_log;
mod reload;
mod support;
