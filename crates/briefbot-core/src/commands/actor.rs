//! `/actor <name>`: who a person, state, group or outlet is, and what the brief says about it.

use crate::answer::{Answer, CommandName};
use crate::kb::{ActorKind, EntryKind};

use super::matching::Search;
use super::Ctx;
use crate::search::DocRef;

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
    prefer_namesake_said_most(ctx, &mut s);
    prefer_own_nationality(ctx, &mut s);
    if !prefer_speaker(ctx, &name, &mut s) && !prefer_appearing_person(ctx, &name, &mut s) {
        prefer_described_person(ctx, &mut s);
    }
    prefer_object_of_question(ctx, query, &mut s);
    prefer_leader(ctx, query, &mut s);
    ctx.answer(CommandName::Actor, query, &s)
}

/// Verbs by which a question asks who leads something: "who **runs** Hamas's armed wing".
const LEADING_VERBS: &[&str] = &[
    "runs",
    "run",
    "ran",
    "leads",
    "led",
    "heads",
    "headed",
    "commands",
    "commanded",
    "controls",
    "controlled",
    "directs",
    "directed",
    "chairs",
    "chaired",
    "rules",
    "ruled",
];

/// Titles of whoever leads a state, a group, a body or an outlet.
const LEADING_TITLES: &[&str] = &[
    "leader",
    "head",
    "chief",
    "commander",
    "boss",
    "director",
    "chairman",
    "chair",
    "president",
    "premier",
    "prime",
    "ruler",
    "king",
    "emir",
];

/// Whether a question asks who leads something: "who runs Hamas's armed wing", "who heads RT",
/// "who is the leader of Hamas", "who's in charge of the Kremlin", "the lady who runs RT". Its
/// answer is a person, not the group it names.
pub(crate) fn asks_for_leader(query: &str) -> bool {
    let mut words = super::matching::lower_words(query);
    if matches!(words.first().map(String::as_str), Some("who's" | "whos")) {
        words.splice(0..1, ["who".to_string(), "is".to_string()]);
    }
    let at = |i: usize| words.get(i).map_or("", String::as_str);
    // "The lady who runs RT", "the guy that heads Hamas": someone described as its leader.
    let described = (0..words.len()).any(|i| {
        PERSON_NOUNS.contains(&at(i))
            && matches!(at(i + 1), "who" | "that")
            && LEADING_VERBS.contains(&at(i + 2))
    });
    described
        || at(0) == "who"
            && (LEADING_VERBS.contains(&at(1))
                || (matches!(at(1), "is" | "was" | "are" | "were")
                    && ((at(2) == "the" && LEADING_TITLES.contains(&at(3)) && at(4) == "of")
                        || (at(2) == "in" && at(3) == "charge" && at(4) == "of"))))
}

/// Whether person `p` leads actor `led` by its own words: a form of its name, or the first
/// sentence of its profile, gives it a leading title and names `led` ("Russian President" for
/// Russia, "A Hamas leader" for Hamas).
fn leads(brief: &crate::kb::Brief, p: usize, led: usize) -> bool {
    let Some(person) = brief
        .actors()
        .get(p)
        .filter(|a| a.kind == ActorKind::Person)
    else {
        return false;
    };
    let first_sentence = person.profile.split(". ").next().unwrap_or_default();
    std::iter::once(person.name.as_str())
        .chain(person.aliases.iter().map(String::as_str))
        .chain([first_sentence])
        .any(|text| {
            super::matching::lower_words(text)
                .iter()
                .any(|w| LEADING_TITLES.contains(&w.as_str()))
                && brief.actors_named_in(text).contains(&led)
        })
}

/// "Who runs Hamas" finds Hamas, whose words it shares, or another group whose words look like
/// its own ("the heads of the security establishment"); what it asks for is Hamas's leader.
/// When the best entry is not a person, the best ranked person who leads an actor the question
/// names ([`leads`]) is put first. With none, the answer is refused as the brief not saying
/// ([`asks_for_leader`] in the evidence).
fn prefer_leader(ctx: &Ctx, query: &str, s: &mut Search) {
    if !asks_for_leader(query) {
        return;
    }
    let Some(top) = s.ranked.first() else {
        return;
    };
    let index = ctx.engine.index();
    let d = index.doc(top.scored.doc);
    let Some(brief) = ctx.engine.library().briefs().get(d.brief as usize) else {
        return;
    };
    if d.kind == EntryKind::Actor && brief.actors()[d.index as usize].kind == ActorKind::Person {
        return;
    }
    // What is led is named in the question's first clause: "who runs Hamas's armed wing, the
    // one on Russian servers" does not ask who leads Russia.
    let clause = query.split([',', ';', '?']).next().unwrap_or(query);
    let mut led: Vec<usize> = (brief.actors_named_in(clause).into_iter())
        .filter(|&a| brief.actors()[a].kind != ActorKind::Person)
        .collect();
    // "Who runs Hamas's armed wing" asks for the wing's commander: an owner before "'s" is
    // not the one led when the question names what it owns.
    let lower = query.to_lowercase().replace('\u{2019}', "'");
    let owns = |a: usize| {
        let actor = &brief.actors()[a];
        std::iter::once(&actor.name)
            .chain(&actor.aliases)
            .any(|f| lower.contains(&format!("{}'s ", f.to_lowercase())))
    };
    if led.iter().any(|&a| !owns(a)) {
        led.retain(|&a| !owns(a));
    }
    let actor_of = |r: &super::matching::Ranked| {
        let r = index.doc(r.scored.doc);
        (r.kind == EntryKind::Actor && r.brief == d.brief).then_some(r.index as usize)
    };
    let Some(i) = s
        .ranked
        .iter()
        .position(|r| actor_of(r).is_some_and(|p| led.iter().any(|&l| leads(brief, p, l))))
    else {
        return;
    };
    // The led actor (else the best entry) answers the rest of the question through its leader:
    // the words it matched count as matched for the leader, and so do the question's words of
    // leading, which the leader's title answers; its word and meaning scores stand for the
    // leader's where higher.
    let stand_in = (s.ranked.iter())
        .find(|r| actor_of(r).is_some_and(|a| led.contains(&a)))
        .unwrap_or(&s.ranked[0])
        .clone();
    let top_score = stand_in.scored.score;
    let mut leader = s.ranked.remove(i);
    for ((w, m), theirs) in (s.words.iter())
        .zip(leader.scored.matched.iter_mut())
        .zip(&stand_in.scored.matched)
    {
        if m.is_none() {
            *m = *theirs;
        }
        if m.is_none()
            && (LEADING_VERBS.contains(&w.as_str()) || LEADING_TITLES.contains(&w.as_str()))
        {
            *m = Some((crate::search::Field::Text, crate::search::MatchHow::Synonym));
        }
    }
    leader.lexical = leader.lexical.max(stand_in.lexical);
    leader.cosine = match (leader.cosine, stand_in.cosine) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    leader.scored.score = leader.scored.score.max(top_score);
    s.ranked.insert(0, leader);
}

/// How far below the best entry the one a "who did X…" question asks about may score and
/// still be put first over X.
const OBJECT_SHARE: f32 = 0.5;

/// How many of the best claims and of the best events for a "who did X…" question say whom it
/// involves.
const INVOLVED_REACH: usize = 3;

/// "Who did Russia use to call Islamic militants" names Russia as the one who acted and asks
/// whom it acted on: Russia is the best match for the words, and not the answer. When the
/// question opens with "who" or "whom" and an auxiliary of an act ("did", "does", "do", "has",
/// "have", "had") and the best entry is an actor it names, the best of the next eight actors
/// it does not name, scoring within [`OBJECT_SHARE`] of it, is put first; so it is when the
/// question sets what it names aside ("besides Hamas, which other group…") or asks for an
/// actor of a kind ("what country…"), then of that kind. "Who is X" and "who
/// was X" ask who X is, and keep X. Only an actor that one of the best three claims or events
/// for the question involves is put first.
fn prefer_object_of_question(ctx: &Ctx, query: &str, s: &mut Search) {
    let words = super::matching::lower_words(query);
    let asks_object = asks_for_object(&words);
    // "What country did the Russian weapons pass through on the way to Hamas" asks for an actor
    // of a kind, which the names it gives (Russia, Hamas) are not.
    let asked_kinds = super::matching::asked_detail(query)
        .map(|(_, kinds)| kinds)
        .filter(|kinds| !kinds.is_empty());
    if !asks_object && !sets_aside(&words) && asked_kinds.is_none() {
        return;
    }
    let Some(top) = s.ranked.first() else {
        return;
    };
    let index = ctx.engine.index();
    let d = index.doc(top.scored.doc);
    let Some(brief) = ctx.engine.library().briefs().get(d.brief as usize) else {
        return;
    };
    let named = brief.actors_named_in(query);
    let actor_of = |doc: u32| {
        let r = index.doc(doc);
        (r.kind == EntryKind::Actor && r.brief == d.brief).then_some(r.index as usize)
    };
    let top_named = actor_of(top.scored.doc).is_some_and(|a| named.contains(&a));
    if !top_named && asked_kinds.is_none() {
        return;
    }
    // Whom the question asks about is someone the brief's sentences for it involve: the
    // actors of the best few claims and events it finds ("Russia referred to Hamas's members
    // as Islamic militants"), not any actor whose words it shares.
    let involved: Vec<usize> = [EntryKind::Claim, EntryKind::Event]
        .into_iter()
        .flat_map(|kind| {
            let found = ctx.search(query, Some(kind), CommandName::Ask);
            found
                .ranked
                .into_iter()
                .take(INVOLVED_REACH)
                .map(|r| index.doc(r.scored.doc))
                .filter(|r| r.brief == d.brief)
                .flat_map(|r| match r.kind {
                    EntryKind::Claim => brief.claims()[r.index as usize].actors.clone(),
                    EntryKind::Event => brief.events()[r.index as usize].actors.clone(),
                    EntryKind::Actor => Vec::new(),
                })
                .collect::<Vec<_>>()
        })
        .collect();
    // An actor of the kind asked for that the best sentences do not involve ("the United
    // States" for the country Russian weapons passed through) is no answer either.
    if !top_named && actor_of(top.scored.doc).is_some_and(|a| involved.contains(&a)) {
        return;
    }
    let top_score = top.scored.score;
    let found = s.ranked.iter().enumerate().skip(1).take(8).find(|(_, r)| {
        r.scored.score >= OBJECT_SHARE * top_score
            && actor_of(r.scored.doc).is_some_and(|a| {
                !named.contains(&a)
                    && involved.contains(&a)
                    && asked_kinds.is_none_or(|kinds| kinds.contains(&brief.actors()[a].kind))
            })
    });
    if let Some((i, _)) = found {
        s.put_first(i);
    }
}

/// Whether a "who" question names the one who acted and asks whom they acted on: "who did
/// Russia use to call Islamic militants", and, by a progressive after its subject, "who was
/// Moscow backing in Syria". "Who was Putin", "who is leading Hamas" and a role described by
/// what it was doing ("who was the Kyrgyz president hosting Putin's summit") ask who someone is.
fn asks_for_object(words: &[String]) -> bool {
    let at = |i: usize| words.get(i).map_or("", String::as_str);
    if !matches!(at(0), "who" | "whom") {
        return false;
    }
    if matches!(at(1), "did" | "does" | "do" | "has" | "have" | "had") {
        return true;
    }
    matches!(at(1), "was" | "were" | "is" | "are")
        && words
            .iter()
            .skip(3)
            .take(4)
            .any(|w| w.len() > 5 && w.ends_with("ing"))
        && !words
            .iter()
            .skip(2)
            .take(4)
            .any(|w| ROLE_STEMS.iter().any(|r| w.starts_with(r)))
}

/// Whether a question sets the actors it names aside and asks for another: "besides Hamas,
/// which other group…", "who else apart from Putin…", "other than Russia, who…".
fn sets_aside(words: &[String]) -> bool {
    let at = |i: usize| words.get(i).map_or("", String::as_str);
    (0..words.len()).any(|i| match at(i) {
        "besides" | "except" | "excluding" | "else" => true,
        "other" => at(i + 1) == "than" || matches!(at(i.wrapping_sub(1)), "which" | "what"),
        "apart" | "aside" => at(i + 1) == "from",
        _ => false,
    })
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

/// Words after which a verb of saying describes the one asked about: "the guy **who** said",
/// "the official **that** told", "the **one** saying".
const DESCRIBED_BY: &[&str] = &[
    "who", "that", "one", "guy", "dude", "person", "man", "woman",
];

/// Question words that open a question about someone described by what they said: "**which**
/// Hamas official told RT…", "**what** leader said…".
const WHICH: &[&str] = &["which", "what", "whose"];

/// How many words after "which" the verb of saying may stand ("which senior hamas official
/// told").
const WHICH_REACH: usize = 5;

/// Whether `verb` is a verb of saying, in the past or present ("said", "told") or as a
/// participle ("saying", "claiming").
fn is_saying(verb: &str) -> bool {
    SAYING.contains(&verb)
        || verb.strip_suffix("ing").is_some_and(|stem| {
            SAYING
                .iter()
                .any(|s| s.strip_suffix("ed").or(s.strip_suffix('s')) == Some(stem))
                || SAYING.iter().any(|s| {
                    s.strip_suffix("ed")
                        .or(s.strip_suffix('s'))
                        .is_some_and(|x| x.strip_suffix('e') == Some(stem))
                })
        })
}

/// The words from a verb of saying that describes whom a question asks about: "the Hamas guy
/// who said Russia is their closest friend" gives "said Russia is their closest friend",
/// "which Hamas official told RT they had warned Moscow" gives "told RT they had warned Moscow",
/// "the one saying Russia and Hamas are at war with democracy" gives "saying Russia and Hamas…".
fn said_clause(query: &str) -> Option<&str> {
    let mut at = 0;
    let mut previous: Option<String> = None;
    let mut opened_by_which = false;
    for (i, w) in query.split_whitespace().enumerate() {
        let start = query[at..].find(w).map_or(at, |j| at + j);
        at = start + w.len();
        let bare = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if i == 0 {
            opened_by_which = WHICH.contains(&bare.as_str());
        }
        // "What did Putin say" asks what was said, not who said it: "which" must be followed
        // by the description of someone, not by an auxiliary.
        if i == 1 && super::matching::AUXILIARIES.contains(&bare.as_str()) {
            opened_by_which = false;
        }
        let described = previous
            .as_deref()
            .is_some_and(|p| DESCRIBED_BY.contains(&p))
            || (opened_by_which && (2..=WHICH_REACH).contains(&i));
        // A comma between "who" and the verb ends the description ("the one who, compared…").
        let glued = !previous.as_deref().is_some_and(|p| p.is_empty());
        if described && glued && is_saying(&bare) {
            return Some(query[start..].trim());
        }
        previous = Some(if w.ends_with(',') {
            String::new()
        } else {
            bare
        });
    }
    None
}

/// The state a word names as its demonym or its one-word name ("russian", "egypt"), as an index
/// into the drafter's table of states.
fn state_of_word(word: &str) -> Option<usize> {
    crate::draft::tables::STATES.iter().position(|st| {
        st.name.eq_ignore_ascii_case(word)
            || st.demonyms.iter().any(|d| d.eq_ignore_ascii_case(word))
    })
}

/// How far below the best entry a namesake in another brief may score and still be put first
/// for being the one its brief says more about.
const NAMESAKE_SHARE: f32 = 0.75;

/// How many namesakes below the best entry are looked at.
const NAMESAKE_REACH: usize = 16;

/// Across a library, one name often stands for an actor of many briefs ("security council",
/// "the Russian army"): every one of them matches the name in full, and which scores a little
/// higher says only whose aliases and profile are shorter. The one whose brief says most about
/// it (the most citations) is the better answer to a bare name, so when the best entry and a
/// namesake of another brief, scoring near it, both match every word of the question in a name,
/// the namesake cited more often is put first. A question scoped to one brief has no namesakes.
fn prefer_namesake_said_most(ctx: &Ctx, s: &mut Search) {
    use crate::search::Field;
    if ctx.brief.is_some() || ctx.engine.library().briefs().len() < 2 {
        return;
    }
    let index = ctx.engine.index();
    let library = ctx.engine.library();
    let named_in_full = |r: &super::matching::Ranked| {
        !r.scored.matched.is_empty()
            && (r.scored.matched.iter()).all(|m| m.is_some_and(|(field, _)| field == Field::Name))
    };
    let actor = |r: &super::matching::Ranked| {
        let d = index.doc(r.scored.doc);
        (d.kind == EntryKind::Actor)
            .then(|| &library.briefs()[d.brief as usize].actors()[d.index as usize])
    };
    let citations = |r: &super::matching::Ranked| actor(r).map(|a| a.citations.len());
    // The name form the question matched best: namesakes share it ("Security Council" is not
    // "Russian Security Council", though both hold the question's words).
    let matched_name = |r: &super::matching::Ranked| {
        actor(r).and_then(|a| {
            std::iter::once(&a.name)
                .chain(&a.aliases)
                .nth(r.scored.best_name)
                .map(|n| crate::text::fold_for_search(n))
        })
    };
    let Some(top) = s.ranked.first() else {
        return;
    };
    let (Some(top_cited), true) = (citations(top), named_in_full(top)) else {
        return;
    };
    let top_name = matched_name(top);
    let top_brief = index.doc(top.scored.doc).brief;
    let floor = NAMESAKE_SHARE * top.scored.score;
    let best = (s.ranked.iter().enumerate().skip(1).take(NAMESAKE_REACH))
        .filter(|(_, r)| r.scored.score >= floor && named_in_full(r))
        .filter(|(_, r)| index.doc(r.scored.doc).brief != top_brief)
        .filter(|(_, r)| top_name.is_some() && matched_name(r) == top_name)
        .filter_map(|(i, r)| citations(r).map(|c| (i, c)))
        .filter(|&(_, c)| c > top_cited)
        .max_by_key(|&(i, c)| (c, std::cmp::Reverse(i)));
    if let Some((i, _)) = best {
        s.put_first(i);
    }
}

/// How far below the best entry an actor of the nationality asked may score and still be put
/// above one of another nationality.
const NATIONALITY_SHARE: f32 = 0.8;

/// "Russian TV" is not "an Egyptian television station", however well "TV" matches its name:
/// when a state's word in the question qualifies the next word, and the best entry's name
/// answers that next word but carries another state's demonym instead, the best entry whose
/// name does not contradict the question is put first, if it scores near the top. A state's
/// word that qualifies something else ("the Iranian proxy Islamic Jihad") contradicts nothing.
fn prefer_own_nationality(ctx: &Ctx, s: &mut Search) {
    let index = ctx.engine.index();
    let library = ctx.engine.library();
    let qualified: Vec<(usize, usize)> = (s.words.iter().enumerate())
        .filter(|(i, _)| i + 1 < s.words.len())
        .filter_map(|(i, w)| state_of_word(w).map(|st| (i, st)))
        .collect();
    if qualified.is_empty() {
        return;
    }
    let contradicts = |r: &super::matching::Ranked| {
        let d = index.doc(r.scored.doc);
        if d.kind != EntryKind::Actor {
            return false;
        }
        let a = &library.briefs()[d.brief as usize].actors()[d.index as usize];
        let by_name = |i: usize| {
            matches!(
                r.scored.matched.get(i),
                Some(Some((crate::search::Field::Name, _)))
            )
        };
        let name_states: Vec<usize> = (a.name.split(|c: char| !c.is_alphanumeric()))
            .filter_map(state_of_word)
            .collect();
        qualified.iter().any(|&(i, st)| {
            by_name(i + 1) && !by_name(i) && !name_states.is_empty() && !name_states.contains(&st)
        })
    };
    let Some(top) = s.ranked.first() else {
        return;
    };
    if !contradicts(top) {
        return;
    }
    let top_score = top.scored.score;
    let found = (s.ranked.iter().enumerate().skip(1).take(8))
        .find(|(_, r)| r.scored.score >= NATIONALITY_SHARE * top_score && !contradicts(r));
    if let Some((i, _)) = found {
        s.put_first(i);
    }
}

/// The words after "who" or "that" when they put someone on a broadcast or in print, where the
/// brief has them speak: "the Hamas guy who was on Russian TV" gives "Russian TV".
fn appearance_clause(query: &str) -> Option<&str> {
    // The verb may follow "who" or "that", or the description itself ("which Hamas dude went
    // on Russian TV"), but not open the question: something must be described.
    let (i, w) = first_word(query)?;
    let mut rest = &query[i + w.len()..];
    loop {
        if let Some(clause) = appearance_at(rest) {
            return Some(clause);
        }
        let (i, w) = first_word(rest)?;
        rest = &rest[i + w.len()..];
    }
}

/// The words [`appearance_at`] reads before the outlet, which describe no one.
const APPEARANCE_WORDS: &[&str] = &[
    "who",
    "that",
    "was",
    "went",
    "appeared",
    "came",
    "got",
    "goes",
    "is",
    "talked",
    "spoke",
    "interviewed",
    "on",
    "in",
    "to",
    "with",
    "by",
];

/// The outlet named by an appearance verb at the start of `rest` ("was on Russian TV" gives
/// "Russian TV").
fn appearance_at(rest: &str) -> Option<&str> {
    let (i, verb) = first_word(rest)?;
    let after_verb = &rest[i + verb.len()..];
    let verb = verb.to_lowercase();
    let (j, prep) = first_word(after_verb).unwrap_or((0, ""));
    let after_prep = &after_verb[j + prep.len()..];
    let prep = prep.to_lowercase();
    // "Was in Moscow" puts someone in a place, not on the air; only "appeared in" an
    // interview or a paper speaks there.
    let clause = match (verb.as_str(), prep.as_str()) {
        ("was" | "went" | "appeared" | "came" | "got" | "goes" | "is", "on") => after_prep,
        ("appeared", "in") => after_prep,
        ("talked" | "spoke", "to" | "with" | "on") => after_prep,
        // "Who was interviewed by RT"; "who interviewed Baraka" asks for the interviewer.
        ("was" | "got", "interviewed") => {
            let (k, by) = first_word(after_prep)?;
            if !matches!(by.to_lowercase().as_str(), "by" | "on" | "with") {
                return None;
            }
            &after_prep[k + by.len()..]
        }
        _ => return None,
    };
    let clause = clause.trim();
    (!clause.is_empty()).then_some(clause)
}

/// The byte offset and text of the first word of `s`, without its punctuation.
fn first_word(s: &str) -> Option<(usize, &str)> {
    let start = s.find(|c: char| c.is_alphanumeric())?;
    let len = s[start..]
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .unwrap_or(s.len() - start);
    Some((start, &s[start..start + len]))
}

/// Words that call someone a person without saying who: "the Hamas guy who was on RT".
const PERSON_NOUNS: &[&str] = &[
    "guy",
    "guys",
    "man",
    "men",
    "woman",
    "women",
    "person",
    "people",
    "dude",
    "fella",
    "bloke",
    "lady",
    "one",
    "someone",
    "somebody",
    "figure",
    "character",
];

/// When the question describes someone by the outlet they appeared on ("the Hamas guy who was
/// on Russian TV"), answers with the person who shares an event or a claim with the outlet the
/// clause names best, and whose own entry holds every other word of the description ("Hamas").
/// The outlet's words otherwise pull every outlet above the person, and the person's entry,
/// which does not say "TV", may not be found at all. The person is judged on the whole question
/// as the outlet's match was: the outlet stands in for the clause. Returns whether the question
/// was read this way.
fn prefer_appearing_person(ctx: &Ctx, query: &str, s: &mut Search) -> bool {
    let Some(clause) = appearance_clause(query) else {
        return false;
    };
    let mut outlets = ctx.search(clause, Some(EntryKind::Actor), CommandName::Actor);
    prefer_own_nationality(ctx, &mut outlets);
    let index = ctx.engine.index();
    let library = ctx.engine.library();
    let Some(outlet_doc) = outlets.ranked.first().map(|r| r.scored.doc) else {
        return false;
    };
    let d = index.doc(outlet_doc);
    let brief = &library.briefs()[d.brief as usize];
    let outlet = &brief.actors()[d.index as usize];
    if d.kind != EntryKind::Actor || outlet.kind != ActorKind::Media {
        return false;
    }
    // The description's other words, before the clause and without its verb: "the Hamas guy
    // who was on" gives "hamas". The clause is a slice of the question, so its offset is where
    // it starts.
    let head = &query[..clause.as_ptr() as usize - query.as_ptr() as usize];
    let described: Vec<String> = super::matching::lower_words(head)
        .into_iter()
        .filter(|w| {
            !crate::text::is_stop_word(w)
                && !PERSON_NOUNS.contains(&w.as_str())
                && !ROLE_STEMS.iter().any(|r| w.starts_with(r))
                && !APPEARANCE_WORDS.contains(&w.as_str())
        })
        .collect();
    let holds_description = |a: &crate::kb::Actor| {
        let own = super::matching::lower_words(&format!(
            "{} {} {}",
            a.name,
            a.aliases.join(" "),
            a.profile
        ));
        described.iter().all(|w| {
            own.iter()
                .any(|o| o == w || (w.len() >= 4 && o.starts_with(w.as_str())))
        })
    };
    let appeared: Vec<usize> = (brief.actors().iter().enumerate())
        .filter(|(_, a)| {
            a.kind == ActorKind::Person
                && (a.events.iter().any(|e| outlet.events.contains(e))
                    || a.claims.iter().any(|c| outlet.claims.contains(c)))
                && holds_description(a)
        })
        .map(|(i, _)| i)
        .collect();
    let docs: Vec<u32> = (appeared.iter())
        .filter_map(|&i| {
            index.doc_of(DocRef {
                brief: d.brief,
                kind: EntryKind::Actor,
                index: i as u32,
            })
        })
        .collect();
    // The person the search ranks highest, else the one the brief has appear there first.
    let Some(person) = (s.ranked.iter())
        .map(|r| r.scored.doc)
        .find(|doc| docs.contains(doc))
        .or_else(|| docs.first().copied())
    else {
        return false;
    };
    let Some(top_score) = s.ranked.first().map(|r| r.scored.score) else {
        return false;
    };
    let template = (s.ranked.iter())
        .position(|r| r.scored.doc == outlet_doc)
        .unwrap_or(0);
    let mut ranked = match s.ranked.iter().position(|r| r.scored.doc == person) {
        Some(i) => s.ranked.remove(i),
        None => {
            let t = &s.ranked[template];
            super::matching::Ranked {
                scored: crate::search::Scored {
                    doc: person,
                    score: t.scored.score,
                    matched: t.scored.matched.clone(),
                    best_name: 0,
                },
                lexical: t.lexical,
                cosine: t.cosine,
            }
        }
    };
    // The outlet answers the clause: the words it matched count as matched for the person, and
    // its word and meaning scores stand for the person's where they are higher.
    let (words, stand_in) = match s.ranked.iter().find(|r| r.scored.doc == outlet_doc) {
        Some(r) => (&s.words, r),
        None => (&outlets.words, &outlets.ranked[0]),
    };
    for (w, m) in s.words.iter().zip(ranked.scored.matched.iter_mut()) {
        if m.is_none() {
            *m = (words.iter().position(|x| x == w))
                .and_then(|j| stand_in.scored.matched.get(j).copied().flatten());
        }
    }
    ranked.lexical = ranked.lexical.max(stand_in.lexical);
    ranked.cosine = match (ranked.cosine, stand_in.cosine) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    ranked.scored.score = ranked.scored.score.max(top_score);
    s.ranked.insert(0, ranked);
    true
}

/// The blended score a claim must reach for its speaker to stand for the person described.
const SPEAKER_CLAIM: f32 = 0.35;

/// How many of the best claims for the clause are read, and how far below the best one a
/// claim may score, when the best says the opposite of the clause.
const SPEAKER_REACH: usize = 3;
const SPEAKER_SHARE: f32 = 0.8;

/// When the question describes someone by what they said, puts the actor the brief gives as
/// the speaker of the best-matching claim first, if the search found them. Names in the
/// question ("Russia", "RT") otherwise pull the states and outlets it mentions above the person
/// it describes. Returns whether the question was read this way.
fn prefer_speaker(ctx: &Ctx, query: &str, s: &mut Search) -> bool {
    let Some(clause) = said_clause(query) else {
        return false;
    };
    let claims = ctx.search(clause, Some(EntryKind::Claim), CommandName::Claim);
    let index = ctx.engine.index();
    // "Which Russian diplomat said Israel has no right to defend itself" is not asking who
    // said Israel has that right: a claim the clause contradicts is passed over for the next
    // one near it that says what the clause says.
    let said = clause
        .split_once(char::is_whitespace)
        .map_or(clause, |(_, rest)| rest);
    let top_score = claims.ranked.first().map_or(0.0, |r| r.scored.score);
    let Some(best) = claims
        .ranked
        .iter()
        .take(SPEAKER_REACH)
        .filter(|r| r.scored.score >= SPEAKER_CLAIM.max(SPEAKER_SHARE * top_score))
        .find(|r| {
            let (head, _) =
                crate::semantic::entry_texts(ctx.engine.library(), index.doc(r.scored.doc));
            !super::stance::contradicts(said, &head)
        })
    else {
        return false;
    };
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
        s.put_first(i);
    }
}

#[cfg(test)]
mod tests {
    use super::{appearance_clause, asks_for_leader, asks_for_object, said_clause, sets_aside};

    #[test]
    fn reads_questions_for_a_leader() {
        let cases = [
            ("who runs hamas's armed wing", true),
            ("who leads russia", true),
            ("who is the head of hamas", true),
            ("who's in charge of the kremlin", true),
            ("who was the commander of wagner", true),
            ("who is hamas", false),
            ("who did russia back", false),
            ("who heads", true),
            ("who is the leader", false),
            ("what runs on russian servers", false),
            ("the lady who runs RT", true),
            ("that guy that heads hamas's politburo", true),
            ("the man who said russia is hamas's friend", false),
            ("the outlet that runs baraka's interview", false),
        ];
        for (query, want) in cases {
            assert_eq!(asks_for_leader(query), want, "{query}");
        }
    }

    #[test]
    fn reads_questions_for_the_one_acted_on() {
        let cases = [
            ("who did russia use to call islamic militants", true),
            ("who did putin phone on oct 16", true),
            ("who was moscow backing in syria", true),
            ("who is the kremlin supporting now", true),
            ("who was putin", false),
            ("who is leading hamas", false),
            ("who was the kyrgyz president hosting putin's summit", false),
            ("which group did russia back", false),
        ];
        for (query, want) in cases {
            let words = crate::commands::matching::lower_words(query);
            assert_eq!(asks_for_object(&words), want, "{query}");
        }
    }

    #[test]
    fn reads_questions_that_set_a_name_aside() {
        let cases = [
            ("besides hamas which other group gets crypto", true),
            ("who else apart from putin spoke", true),
            ("other than russia, who vetoed it", true),
            ("what other outlets covered it", true),
            ("aside from moscow where did they meet", true),
            ("who is the other author", false),
            ("who did russia back in syria", false),
            ("which group gets crypto from russia", false),
        ];
        for (query, want) in cases {
            let words = crate::commands::matching::lower_words(query);
            assert_eq!(sets_aside(&words), want, "{query}");
        }
    }

    #[test]
    fn reads_who_appeared_where() {
        let cases = [
            ("the hamas guy who was on russian tv", Some("russian tv")),
            ("the one who went on RT?", Some("RT?")),
            (
                "the official that appeared in an egyptian interview",
                Some("an egyptian interview"),
            ),
            ("the guy interviewed by RT", None),
            ("the hamas official who was interviewed by RT", Some("RT")),
            ("who interviewed baraka", None),
            (
                "the official who spoke to russia today",
                Some("russia today"),
            ),
            // A place, not a broadcast.
            ("the official who was in moscow", None),
            ("which hamas dude went on russian tv", Some("russian tv")),
            ("went on rt", None),
            ("who was on", None),
            ("who is khaled mashal", None),
            ("the hamas leader", None),
        ];
        for (q, want) in cases {
            assert_eq!(appearance_clause(q), want, "{q}");
        }
    }

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
            // After "which" and the few words that describe the one asked about.
            (
                "which hamas official told RT they warned moscow",
                Some("told RT they warned moscow"),
            ),
            ("which senior hamas official said that", Some("said that")),
            // "The one saying…": a participle, after a word that stands for the person.
            (
                "who was the one saying russia is at war with democracy",
                Some("saying russia is at war with democracy"),
            ),
            ("the guy claiming russia knew", Some("claiming russia knew")),
            // A verb far from "which", or one that is not about saying, describes no speaker.
            ("which country did russia back when baraka said so", None),
            ("which outlet hosted him", None),
            // "What did X say" asks what was said.
            ("what did baraka tell rt", None),
            ("saying", None),
        ];
        for (q, want) in cases {
            assert_eq!(said_clause(q), want, "{q}");
        }
    }
}
