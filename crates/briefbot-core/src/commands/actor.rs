//! `/actor <name>`: who a person, state, group or outlet is, and what the brief says about it.

use crate::answer::{Answer, CommandName};
use crate::kb::EntryKind;

use super::Ctx;

pub(crate) fn run(ctx: &Ctx, query: &str) -> Answer {
    // People type questions here too ("/actor who is mashal?", "/actor who wrote this brief"):
    // the name is what the question asks about.
    let name = match super::route(query) {
        super::Route::Actor(name) => name,
        _ => query.to_string(),
    };
    let s = ctx.search(&name, Some(EntryKind::Actor), CommandName::Actor);
    ctx.answer(CommandName::Actor, query, &s)
}
