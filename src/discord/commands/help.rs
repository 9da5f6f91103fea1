//! `/help`: what the bot can do.

use serenity::all::CreateCommand;

use crate::answer::BriefRef;
use crate::discord::render;
use crate::discord::{Outcome, Response};
use crate::engine::Engine;

use super::{command, private_option, Args};

pub const NAME: &str = "help";

pub fn register() -> CreateCommand {
    command(NAME, "What I can do and how to ask").add_option(private_option())
}

pub fn run(engine: &Engine, args: &Args) -> Response {
    Response {
        reply: render::help(engine.library().briefs().first().map(BriefRef::of).as_ref())
            .ephemeral(args.private),
        outcome: Outcome::Answered,
        asked: None,
    }
}
