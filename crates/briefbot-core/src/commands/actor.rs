//! `/actor <name>`: who a person, state, group or outlet is, and what the brief says about it.

use crate::answer::{Answer, CommandName};
use crate::kb::{ActorKind, EntryKind};

use super::matching::Search;
use super::Ctx;

/// Stems of words that describe a person by their role. A query holding one ("the Hamas
/// official who spoke to RT", "the syrian leader russia backed") asks for a person, even when
/// it also names their organisation, state or outlet.
const ROLE_STEMS: &[&str] = &[
    "leader",
    "presid",
    "offici",
    "minist",
    "diplomat",
    "spokes",
    "envoy",
    "ambassador",
    "chief",
    "command",
    "founder",
    "journalist",
    "politician",
    "repres",
    "deputi",
    "premier",
    "negoti",
    "analyst",
    "author",
    "editor",
    "dictat",
    "ruler",
    "king",
    "emir",
];

/// How far below the best entry a person described by the role may score and still be put
/// first: the role word is evidence the word score does not weigh.
const ROLE_SHARE: f32 = 0.6;

pub(crate) fn run(ctx: &Ctx, query: &str) -> Answer {
    // People type questions here too ("/actor who is mashal?", "/actor who wrote this brief"):
    // the name is what the question asks about.
    let name = match super::route(query) {
        super::Route::Actor(name) => name,
        _ => query.to_string(),
    };
    let mut s = ctx.search(&name, Some(EntryKind::Actor), CommandName::Actor);
    prefer_described_person(ctx, &mut s);
    ctx.answer(CommandName::Actor, query, &s)
}

/// When the query describes a person by role and the best entry is not a person, puts first the
/// best person whose own entry holds that role word, if it scores near the top. Without this, a
/// description that names an outlet or state finds the outlet or state.
fn prefer_described_person(ctx: &Ctx, s: &mut Search) {
    let roles: Vec<usize> = s
        .words
        .iter()
        .enumerate()
        .filter(|(_, w)| ROLE_STEMS.iter().any(|r| w.starts_with(r)))
        .map(|(i, _)| i)
        .collect();
    // A role word alone ("the president") names no one in particular; the description must
    // say more.
    if roles.is_empty() || s.words.len() < 2 {
        return;
    }
    let index = ctx.engine.index();
    let library = ctx.engine.library();
    let is_person = |doc: u32| {
        let d = index.doc(doc);
        d.kind == EntryKind::Actor
            && library.briefs()[d.brief as usize].actors()[d.index as usize].kind
                == ActorKind::Person
    };
    let Some(top) = s.ranked.first() else {
        return;
    };
    if is_person(top.scored.doc) {
        return;
    }
    let top_score = top.scored.score;
    let found = s.ranked.iter().enumerate().skip(1).take(8).find(|(_, r)| {
        is_person(r.scored.doc)
            && r.scored.score >= ROLE_SHARE * top_score
            && roles
                .iter()
                .any(|&i| r.scored.matched.get(i).is_some_and(Option::is_some))
    });
    if let Some((i, _)) = found {
        let mut person = s.ranked.remove(i);
        person.scored.score = person.scored.score.max(top_score);
        s.ranked.insert(0, person);
    }
}
