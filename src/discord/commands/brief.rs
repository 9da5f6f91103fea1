//! `/brief`: the brief itself (title, authors, number, date, what the knowledge base holds).

use serenity::all::CreateCommand;

use crate::commands::Request;
use crate::discord::Response;
use crate::engine::Engine;

use super::{brief_option, command, private_option, run_request, Args};

pub const NAME: &str = "brief";

pub fn register() -> CreateCommand {
    command(
        NAME,
        "The briefs I answer from (title, authors, number, date), or one of them",
    )
    .add_option(brief_option())
    .add_option(private_option())
}

pub fn run(engine: &Engine, args: &Args) -> Response {
    // `brief:` here names the brief to show, not a search filter.
    let show = Args {
        brief: None,
        ..args.clone()
    };
    run_request(engine, &Request::Brief(args.brief.clone()), &show)
}
