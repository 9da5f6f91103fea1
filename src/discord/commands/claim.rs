//! `/claim statement`: What the brief says about a statement: supported, disputed, or only reported, and by whom.

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption};

use crate::commands::Request;
use crate::discord::Response;
use crate::engine::Engine;

use super::{brief_option, command, private_option, run_request, Args};

pub const NAME: &str = "claim";

pub fn register() -> CreateCommand {
    command(
        NAME,
        "What the brief says about a statement: supported, disputed, or only reported, and by whom",
    )
    .add_option(
        CreateCommandOption::new(
            CommandOptionType::String,
            "statement",
            "A statement, e.g. Russia vetoed a US resolution",
        )
        .required(true)
        .set_autocomplete(true)
        .max_length(200),
    )
    .add_option(brief_option())
    .add_option(private_option())
}

pub fn run(engine: &Engine, args: &Args) -> Response {
    run_request(
        engine,
        &Request::Claim(args.text.clone().unwrap_or_default()),
        args,
    )
}
