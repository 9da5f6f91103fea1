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
        // "/actor who edits this series" asks about the brief's front matter: the entries that
        // cite it answer, as they answer the same question in /ask.
        super::Route::Brief => match super::ask::about_the_brief(ctx, query) {
            Some(answer) => {
                return Answer {
                    command: CommandName::Actor,
                    ..answer
                }
            }
            None => query.to_string(),
        },
        _ => query.to_string(),
    };
    let mut s = ctx.search(&name, Some(EntryKind::Actor), CommandName::Actor);
    if !prefer_speaker(ctx, &name, &mut s) {
        prefer_described_person(ctx, &mut s);
    }
    ctx.answer(CommandName::Actor, query, &s)
}

/// Verbs by which a question describes someone through what they said ("the Hamas official
/// who told RT…", "the one who called Russia their closest friend").
const SAYING: &[&str] = &[
    "said",
    "says",
    "say",
    "claimed",
    "claims",
    "told",
    "tells",
    "called",
    "calls",
    "described",
    "describes",
    "compared",
    "compares",
    "argued",
    "argues",
    "warned",
    "declared",
    "accused",
    "praised",
    "thanked",
    "spoke",
    "speaks",
    "talked",
    "admitted",
    "denied",
    "insisted",
    "stated",
    "announced",
    "wrote",
    "slammed",
    "blamed",
    "likened",
    "boasted",
    "bragged",
    "suggested",
    "alleged",
    "revealed",
    "confirmed",
];

/// The words after "who" or "that" when they say what someone said: "the Hamas guy who said
/// Russia is their closest friend" gives "said Russia is their closest friend".
fn said_clause(query: &str) -> Option<&str> {
    let mut words = query.split_whitespace().peekable();
    let mut at = 0;
    while let Some(w) = words.next() {
        at = query[at..].find(w).map_or(at, |i| at + i) + w.len();
        if w.eq_ignore_ascii_case("who") || w.eq_ignore_ascii_case("that") {
            let next = words.peek()?;
            let verb = next
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            if SAYING.contains(&verb.as_str()) {
                return Some(query[at..].trim());
            }
        }
    }
    None
}

/// The blended score a claim must reach for its speaker to stand for the person described.
const SPEAKER_CLAIM: f32 = 0.35;

/// When the question describes someone by what they said, puts the actor the brief gives as
/// the speaker of the best-matching claim first, if the search found them. Names in the
/// question ("Russia", "RT") otherwise pull the states and outlets it mentions above the person
/// it describes. Returns whether the question was read this way.
fn prefer_speaker(ctx: &Ctx, query: &str, s: &mut Search) -> bool {
    let Some(clause) = said_clause(query) else {
        return false;
    };
    let claims = ctx.search(clause, Some(EntryKind::Claim), CommandName::Claim);
    let Some(best) = claims
        .ranked
        .first()
        .filter(|r| r.scored.score >= SPEAKER_CLAIM)
    else {
        return false;
    };
    let index = ctx.engine.index();
    let d = index.doc(best.scored.doc);
    let Some(claim) = ctx
        .engine
        .library()
        .briefs()
        .get(d.brief as usize)
        .and_then(|b| b.claims().get(d.index as usize))
    else {
        return false;
    };
    let speakers: Vec<u32> = claim
        .by
        .iter()
        .filter_map(|&a| {
            index.doc_of(crate::search::DocRef {
                brief: d.brief,
                kind: EntryKind::Actor,
                index: a as u32,
            })
        })
        .collect();
    let Some(i) = s
        .ranked
        .iter()
        .position(|r| speakers.contains(&r.scored.doc))
    else {
        return false;
    };
    let top_score = s.ranked[0].scored.score;
    let mut speaker = s.ranked.remove(i);
    speaker.scored.score = speaker.scored.score.max(top_score);
    // The question is answered by the claim as much as by the actor: the words of the clause
    // the claim matched count as matched, and the claim's word and meaning scores stand for the
    // speaker's when they are higher, so that the answer is judged on the whole question.
    for (w, m) in s.words.iter().zip(speaker.scored.matched.iter_mut()) {
        if m.is_none() {
            *m = claims
                .words
                .iter()
                .position(|c| c == w)
                .and_then(|j| best.scored.matched.get(j).copied().flatten());
        }
    }
    speaker.lexical = speaker.lexical.max(best.lexical);
    speaker.cosine = match (speaker.cosine, best.cosine) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    s.ranked.insert(0, speaker);
    true
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
    // A role word the top entry's own name holds is part of that name, not a description of
    // a person: "Russian Foreign Ministry" names the ministry (whose "ministry" shares its
    // stem with "minister"), "Hamas leadership" the body.
    if roles.iter().all(|&i| {
        top.scored
            .matched
            .get(i)
            .is_some_and(|m| matches!(m, Some((crate::search::Field::Name, _))))
    }) {
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

#[cfg(test)]
mod tests {
    use super::said_clause;

    #[test]
    fn reads_who_said_what() {
        let cases = [
            (
                "the hamas guy who said russia is their closest friend",
                Some("said russia is their closest friend"),
            ),
            ("The official that TOLD RT it all", Some("TOLD RT it all")),
            ("the one who, compared gaza", None),
            ("who is khaled mashal", None),
            ("the ministry that hosted the delegation", None),
            ("who said", Some("said")),
            ("the man who", None),
        ];
        for (q, want) in cases {
            assert_eq!(said_clause(q), want, "{q}");
        }
    }
}
