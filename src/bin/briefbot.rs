//! The `briefbot` binary: parses arguments and hands over to the library.

use clap::Parser;

/// Loading a large library makes millions of small allocations (entry strings, postings);
/// mimalloc makes them several times cheaper than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    briefbot::cli::run(briefbot::cli::Cli::parse())
}
