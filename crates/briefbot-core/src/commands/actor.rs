//! `/actor <name>`: who a person, state, group or outlet is, and what the brief says about it.

use crate::answer::{Answer, CommandName};
use crate::kb::EntryKind;

use super::Ctx;

pub(crate) fn run(ctx: &Ctx, query: &str) -> Answer {
    let s = ctx.search(query, Some(EntryKind::Actor), CommandName::Actor);
    ctx.answer(CommandName::Actor, query, &s)
}
