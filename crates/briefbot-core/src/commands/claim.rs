//! `/claim <statement>`: what the brief says about a statement (supported, disputed, or only
//! reported by someone) and by whom.

use crate::answer::{Answer, CommandName};
use crate::kb::EntryKind;

use super::Ctx;

pub(crate) fn run(ctx: &Ctx, query: &str) -> Answer {
    let s = ctx.search(query, Some(EntryKind::Claim), CommandName::Claim);
    ctx.answer(CommandName::Claim, query, &s)
}
