//! `/source paragraph`: one paragraph of the brief, verbatim.

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption};

use crate::commands::Request;
use crate::discord::render;
use crate::discord::{Outcome, Response};
use crate::engine::Engine;

use super::{brief_option, command, private_option, run_request, Args};

pub const NAME: &str = "source";

pub fn register() -> CreateCommand {
    command(NAME, "One paragraph of the brief, verbatim")
        .add_option(
            CreateCommandOption::new(
                CommandOptionType::Integer,
                "paragraph",
                "Paragraph number, as cited in answers (¶)",
            )
            .required(true)
            .min_int_value(1)
            .max_int_value(999),
        )
        .add_option(brief_option())
        .add_option(private_option())
}

pub fn run(engine: &Engine, args: &Args) -> Response {
    match args.paragraph.and_then(|n| usize::try_from(n).ok()) {
        Some(n) => run_request(engine, &Request::Source(n), args),
        None => Response {
            reply: render::error(
                "`/source` needs a paragraph number from 1, as cited in answers (¶6).",
            ),
            outcome: Outcome::BadRequest,
            asked: None,
        },
    }
}
