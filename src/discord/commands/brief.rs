//! `/brief`: the brief itself (title, authors, number, date, what the knowledge base holds).

use serenity::all::CreateCommand;

use crate::commands::{Engine, Request};
use crate::discord::Response;

use super::{command, private_option, run_request, Args};

pub const NAME: &str = "brief";

pub fn register() -> CreateCommand {
    command(
        NAME,
        "The brief I answer from: title, authors, number and date",
    )
    .add_option(private_option())
}

pub fn run(engine: &Engine, args: &Args) -> Response {
    run_request(engine, &Request::Brief(None), args)
}
