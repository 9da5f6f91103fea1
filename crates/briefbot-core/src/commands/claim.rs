//! `/claim <statement>`: what the brief says about a statement (supported, disputed, or only
//! reported by someone) and by whom.

use crate::answer::{Answer, CommandName};
use crate::kb::{EntryKind, Verdict};

use super::Ctx;

pub(crate) fn run(ctx: &Ctx, query: &str) -> Answer {
    // "is it true that…", "did X really…": the statement is what follows.
    let statement = match super::route(query) {
        super::Route::Claim(s) => s,
        _ => query.to_string(),
    };
    let s = ctx.search(&statement, Some(EntryKind::Claim), CommandName::Claim);
    let mut answer = ctx.answer(CommandName::Claim, query, &s);
    // The best claim may state the opposite of what was asked ("Russia condemned Hamas"
    // finds "Russia refrained from condemning Hamas"): then the verdict on the statement is the
    // opposite of the claim's, and the answer says so.
    if let Some(top) = answer.results.first_mut() {
        if super::stance::contradicts(&statement, &top.title) {
            top.contradicts = true;
            top.claim_verdict = top.verdict;
            top.verdict = top.verdict.map(|v| match v {
                Verdict::Supported => Verdict::Disputed,
                Verdict::Disputed => Verdict::Supported,
                Verdict::Attributed => Verdict::Attributed,
            });
        }
    }
    answer
}
