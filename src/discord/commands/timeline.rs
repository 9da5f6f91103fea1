//! `/timeline [query]`: dated events, in order.

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption};

use crate::commands::Request;
use crate::discord::Response;
use crate::engine::Engine;

use super::{brief_option, command, private_option, run_request, Args};

pub const NAME: &str = "timeline";

pub fn register() -> CreateCommand {
    command(
        NAME,
        "Dated events from the brief, in order; give a date or topic to narrow it down",
    )
    .add_option(
        CreateCommandOption::new(
            CommandOptionType::String,
            "query",
            "A date (Oct 25, 2023-10-25, 2006, the 1990s) or a topic (veto)",
        )
        .set_autocomplete(true)
        .max_length(200),
    )
    .add_option(brief_option())
    .add_option(private_option())
}

pub fn run(engine: &Engine, args: &Args) -> Response {
    run_request(engine, &Request::Timeline(args.text.clone()), args)
}
