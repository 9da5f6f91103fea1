//! Shared test support for the root package's test binaries (`bot` and `cli`): the knowledge-base
//! fixtures, the fake Discord, the lean interaction shapes and the harness that runs the
//! `briefbot` binary as a child process.

#![allow(dead_code, unused_imports)]

pub mod fake_discord;
pub mod fixture;
pub mod lean;
pub mod multipart;
pub mod process;

pub use fixture::{engine, repo, Fixture};
