//! The `briefbot` binary: parses arguments and hands over to the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    briefbot::cli::run(briefbot::cli::Cli::parse())
}
