//! `/ask question`: free text, routed like a direct message.

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption};

use crate::commands::Request;
use crate::discord::Response;
use crate::engine::Engine;

use super::{brief_option, command, private_option, run_request, Args};

pub const NAME: &str = "ask";

pub fn register() -> CreateCommand {
    command(NAME, "Ask anything about the brief in your own words")
        .add_option(
            CreateCommandOption::new(
                CommandOptionType::String,
                "question",
                "e.g. who is Ali Baraka? / did Russia condemn Hamas?",
            )
            .required(true)
            .max_length(500),
        )
        .add_option(brief_option())
        .add_option(private_option())
}

pub fn run(engine: &Engine, args: &Args) -> Response {
    run_request(
        engine,
        &Request::Ask(args.text.clone().unwrap_or_default()),
        args,
    )
}
