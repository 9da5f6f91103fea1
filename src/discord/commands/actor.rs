//! `/actor name`: Who a person, state, group or outlet is, and what the brief says about it.

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption};

use crate::commands::Request;
use crate::discord::Response;
use crate::engine::Engine;

use super::{brief_option, command, private_option, run_request, Args};

pub const NAME: &str = "actor";

pub fn register() -> CreateCommand {
    command(
        NAME,
        "Who a person, state, group or outlet is, and what the brief says about it",
    )
    .add_option(
        CreateCommandOption::new(
            CommandOptionType::String,
            "name",
            "A name: Mashal, RT, the Kremlin, US President",
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
        &Request::Actor(args.text.clone().unwrap_or_default()),
        args,
    )
}
