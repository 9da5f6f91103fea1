//! `/ask <free text>`, also how direct messages are answered: routes the question to the command
//! it reads as, and falls back to searching every kind of entry.

use std::sync::LazyLock;

use regex::Regex;

use crate::answer::{Answer, CommandName, Outcome, Reply};
use crate::kb::EntryKind;
use crate::search::{dates, DocRef, Field, Filter};

use super::{actor, brief, claim, source, timeline, Ctx, QueryError};

/// Where a free-text question goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Timeline(Option<String>),
    Actor(String),
    Claim(String),
    Brief,
    Source(usize),
    /// Search every kind of entry.
    Search(String),
}

/// Leading words that make a question about a person or group ("who is Mashal?").
const ACTOR_LEADS: &[&str] = &[
    "who is",
    "who's",
    "whos",
    "who was",
    "who are",
    "who were",
    "tell me about",
    "what do you know about",
    "what does the brief say about",
    "info on",
    "profile of",
    // The same questions in the scripts of the brief's actors' own languages: the name that
    // follows is transliterated by the index.
    "кто такой",
    "кто такая",
    "кто такие",
    "кто это",
    "кто",
    "מי זה",
    "מי זאת",
    "מי הוא",
    "מי היא",
    "מי",
    "من هو",
    "من هي",
    "من هم",
    "من",
];
/// Whether what follows "who was" names someone and then what they did ("who was moscow
/// backing in syria", "who is russia arming"): the question asks for the other side of an act,
/// which a sentence about the act answers, not the profile of the one named first. A name alone
/// ("who was Ali Baraka") or a role ("who is the russian foreign minister") asks who someone
/// is.
fn asks_whom(rest: &str) -> bool {
    let words: Vec<String> = rest
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.len() >= 2
        && !matches!(words[0].as_str(), "the" | "a" | "an" | "this" | "that")
        // The act follows a name of one or two words: "moscow backing", "ali baraka thanking".
        && words[1..]
            .iter()
            .take(2)
            .any(|w| w.len() > 5 && w.ends_with("ing") && !NOT_ACTS.contains(&w.as_str()))
}

/// Words ending in "-ing" that are no act: place names and nouns a name may run into.
const NOT_ACTS: &[&str] = &["beijing", "nanjing", "xinjiang", "wedding", "building"];

/// Leading words that ask for a short definition ("what is RT?"); routed to actors only when
/// what follows is a short name.
const WHAT_LEADS: &[&str] = &["what is", "what's", "whats", "what are"];
/// Leading words that ask what someone said or why something is so: answered from claims, which
/// hold both reported statements and the authors' analysis.
const SAID_LEADS: &[&str] = &[
    "why does",
    "why did",
    "why is",
    "why are",
    "why would",
    "why",
    "what did",
    "what does",
    "what do",
];
/// Verbs that make a "what did X …" question about a statement.
const SAID_VERBS: &[&str] = &[
    "say",
    "said",
    "claim",
    "claimed",
    "think",
    "believe",
    "argue",
    "want",
    "recommend",
    "accuse",
    "declare",
    "tell",
    "thank",
    "suggest",
    "call",
    "mean",
    // Other ways of saying something in public: a statement, a post, a reply.
    "issue",
    "issued",
    "post",
    "posted",
    "write",
    "wrote",
    "announce",
    "announced",
    "state",
    "stated",
    "reply",
    "replied",
    "respond",
    "responded",
    "express",
    "expressed",
    "blame",
    "blamed",
    "deny",
    "denied",
    "admit",
    "admitted",
];
/// Questions about who wrote the brief, answered from its author entries.
const AUTHOR_LEADS: &[&str] = &[
    "who wrote",
    "who authored",
    "who are the authors",
    "who is the author",
    "author of",
    "authors of",
];
/// Questions about the brief itself (when it was published, by whom, in which series), answered
/// by `/brief`.
const BRIEF_LEADS: &[&str] = &[
    "when was this brief",
    "when was the brief",
    "when was this published",
    "when was it published",
    "when was this paper",
    "when was this piece",
    "when was this article",
    "when was this report",
    "when was this written",
    "who published",
    "who edited",
    "who are the editors",
    "who were the editors",
    "who were the series editors",
    "who are the series editors",
    "what is this brief",
    "which brief is this",
    "what brief is this",
];
/// Nouns a reader uses for the brief itself ("this insight", "the paper").
const BRIEF_NOUNS: &[&str] = &[
    "brief",
    "insight",
    "paper",
    "report",
    "publication",
    "article",
    "piece",
    "series",
];
/// What a reader may ask about a brief's front matter: its number, publisher, editors, title.
const BRIEF_FACTS: &[&str] = &[
    "number",
    "no.",
    "issue",
    "published",
    "publisher",
    "editor",
    "editors",
    "edited",
    "title",
    "called",
    "publication date",
    "released",
    "edits",
    "edit",
    "come out",
    "came out",
    "comes out",
    "go out",
    "went out",
];
/// Words that make a short question about the authors a question about who they are, not
/// about what they think ("the authors' take on …" is answered from their claims).
const AUTHOR_WORDS: &[&str] = &["author", "authors", "authors'", "author's", "byline"];

/// Whether a short question asks for the brief's front matter ("what number is this insight in
/// the series", "who's the publisher?").
fn asks_brief_facts(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '?' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 9
        && words
            .iter()
            .any(|w| BRIEF_NOUNS.contains(w) || *w == "this")
        && BRIEF_FACTS.iter().any(|f| {
            if f.contains(' ') || f.ends_with('.') {
                lower.contains(f)
            } else {
                words.contains(f)
            }
        })
}

/// Whether a short question asks who wrote the brief ("author names?", "the authors?").
fn asks_authors(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '?' || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 4 && words.iter().any(|w| AUTHOR_WORDS.contains(w))
}

/// Adverbs a reader puts in a question for emphasis ("who *actually* wrote this"), which say
/// nothing about what is asked.
const EMPHASIS: &[&str] = &[
    "actually",
    "really",
    "even",
    "exactly",
    "originally",
    "precisely",
    "tho",
    "though",
];

/// `lower` without the [`EMPHASIS`] words, its other words joined by single spaces.
fn without_emphasis(lower: &str) -> String {
    lower
        .split_whitespace()
        .filter(|w| !EMPHASIS.contains(&w.trim_end_matches(['?', ',', '.'])))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words that, right after "who was…", make the question about a role in an event ("who was at
/// the meeting", "who was behind the attack"), not about who someone is.
const NOT_A_NAME: &[&str] = &[
    "at",
    "in",
    "on",
    "behind",
    "responsible",
    "involved",
    "among",
    "present",
    "part",
    "invited",
    "killed",
    "with",
    "from",
    "for",
    "against",
    "there",
    "first",
    "last",
];

/// Leading words that ask for a date.
const WHEN_LEADS: &[&str] = &[
    "when did",
    "when was",
    "when were",
    "when is",
    "when has",
    "when have",
    "when",
    "what happened",
    "what date",
    "which day",
    "on what date",
];
/// Question words that, after a leading "when", ask something other than the time: "when
/// Hamas delegations came to Moscow, who'd they sit with" asks who.
const LATER_QUESTIONS: &[&str] = &[
    "who", "who'd", "whom", "whose", "what", "whats", "what's", "which", "why", "how",
];

/// Nouns of time after which a question word still asks the time: "…at what point", "what
/// day".
const TIME_NOUNS: &[&str] = &[
    "date", "day", "year", "month", "time", "point", "week", "stage", "moment",
];

/// Whether the words after a leading "when" hold a question of their own that is not about the
/// time: then "when" opens a clause that sets the scene, and the question is the later one.
fn asks_other_than_when(rest: &str) -> bool {
    let words = super::matching::lower_words(rest);
    words.iter().enumerate().any(|(i, w)| {
        LATER_QUESTIONS.contains(&w.as_str())
            && !words
                .get(i + 1)
                .is_some_and(|n| TIME_NOUNS.contains(&n.as_str()))
    })
}

/// Leading words that ask whether a statement holds.
const CLAIM_LEADS: &[&str] = &[
    "is it true that",
    "is it true",
    "is it correct that",
    "true or false",
    "fact check",
    "fact-check",
    "did",
    "does",
    "do",
    "was",
    "were",
    "has",
    "have",
    "is",
    "are",
    "can",
    "could",
    "would",
    "will",
    "claim that",
];

/// Strips `lead` and following punctuation from the start of `q` if `q` starts with it as whole
/// words.
fn strip_lead<'q>(q: &'q str, lower: &str, lead: &str) -> Option<&'q str> {
    if !lower.starts_with(lead) {
        return None;
    }
    let rest = &q[lead.len()..];
    if !(rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == ':' || c == ',')) {
        return None;
    }
    Some(
        rest.trim_start_matches(|c: char| c.is_whitespace() || c == ':' || c == ',')
            .trim(),
    )
}

fn clean_end(q: &str) -> String {
    q.trim()
        .trim_end_matches(['?', '!', '.'])
        .trim()
        .to_string()
}

/// Questions about the part someone plays: "what role does Bibi play here", "what's Putin's
/// deal in all this", "whats the Biden angle", "russian prez — whats his role in all this",
/// "how does Tehran factor in here", "where does Iran fit into all this". They
/// ask who the actor is in the story, which
/// the actor's profile answers; searched as they stand, the words "role", "deal" or "angle"
/// match nothing and the answer is refused.
static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            what\s+(?:role|part)\s+(?:does|did|do|has|have)\s+(?P<a>.+?)\s+play(?:ed)?
          | what(?:'s|s|\s+is|\s+was)\s+(?:the\s+)?(?P<b>.+?)(?:'s|s'|’s)?\s+(?:role|deal|angle|part|game|story)
          | (?P<c>[^—–:,?]+?)\s*[—–:,-]+\s*what(?:'s|s|\s+is|\s+was)\s+(?:his|her|their|its)\s+(?:role|deal|angle|part|game|story)
          | (?:how|where)\s+(?:does|did|do)\s+(?P<d>.+?)\s+(?:factor|fit|figure)\s+in(?:to\s+(?:all\s+)?(?:this|that|it|the\s+(?:picture|story|war)))?
        )(?:\s+(?:here|there|then|now|exactly|in\s+(?:all\s+)?(?:of\s+)?(?:this|that|it|the\s+(?:brief|war|story))))*[\s?!.]*$",
    )
    .expect("the pattern is valid")
});

fn asks_part_of(q: &str) -> Option<String> {
    let c = PART_OF.captures(q.trim())?;
    let name = (c.name("a").or(c.name("b")).or(c.name("c")).or(c.name("d")))?
        .as_str()
        .trim();
    // "what is the story" has no one in it; a long clause is a question, not a name.
    let lower = name.to_lowercase();
    let words = lower.split_whitespace().count();
    let names_someone = lower
        .split_whitespace()
        .any(|w| !crate::text::is_stop_word(w) && !NOT_A_NAME.contains(&w));
    ((1..=4).contains(&words) && names_someone).then(|| name.to_string())
}

/// Reads a question as a command. Explicit prefixes win (`/actor x`, `timeline: x`, `claim x`),
/// then question forms ("who is…", "when did…", "did…/is it true that…"); anything else is a
/// search over every kind of entry.
pub fn route(question: &str) -> Route {
    let q = question.trim();
    let unslashed = q.trim_start_matches(['/', '!']);
    let lower = unslashed.to_lowercase();
    for cmd in ["timeline", "actor", "claim", "brief", "source", "ask"] {
        let Some(rest) = strip_lead(unslashed, &lower, cmd) else {
            continue;
        };
        let rest = clean_end(rest);
        return match cmd {
            "timeline" => Route::Timeline(Some(rest).filter(|r| !r.is_empty())),
            "actor" if !rest.is_empty() => Route::Actor(rest),
            "claim" if !rest.is_empty() => Route::Claim(rest),
            "brief" if rest.is_empty() => Route::Brief,
            "source" => match rest.trim_start_matches(['¶', '#']).parse() {
                Ok(n) => Route::Source(n),
                Err(_) => Route::Search(clean_end(q)),
            },
            "ask" if !rest.is_empty() => route(&rest),
            _ => Route::Search(clean_end(q)),
        };
    }
    // "So did Russia cut Hamas off": the question starts after chat's opener.
    let opened = super::matching::without_chat_openers(q);
    if opened.len() < q.len() {
        return route(opened);
    }
    let lower = q.to_lowercase();
    // "Who actually wrote this piece", "when exactly was it published": an emphasis between
    // the question word and its verb leaves the question what it was.
    let plain = without_emphasis(&lower);
    if BRIEF_LEADS.iter().any(|l| plain.starts_with(l)) {
        return Route::Brief;
    }
    if asks_brief_facts(&lower) {
        return Route::Brief;
    }
    if AUTHOR_LEADS.iter().any(|l| plain.starts_with(l)) || asks_authors(&plain) {
        return Route::Actor("author of the brief".to_string());
    }
    if let Some(name) = asks_part_of(q) {
        return Route::Actor(name);
    }
    for lead in SAID_LEADS {
        if let Some(rest) = strip_lead(q, &lower, lead) {
            let asks_statement = lead.starts_with("why")
                || rest
                    .split_whitespace()
                    .any(|w| SAID_VERBS.contains(&w.to_lowercase().trim_end_matches(['?', '.'])));
            if asks_statement && !rest.is_empty() {
                return Route::Claim(clean_end(rest));
            }
        }
    }
    for lead in ACTOR_LEADS {
        if let Some(rest) = strip_lead(q, &lower, lead) {
            let first = rest.split_whitespace().next().unwrap_or("").to_lowercase();
            if !rest.is_empty() && !NOT_A_NAME.contains(&first.as_str()) && !asks_whom(rest) {
                return Route::Actor(clean_end(rest));
            }
        }
    }
    for lead in WHAT_LEADS {
        if let Some(rest) = strip_lead(q, &lower, lead) {
            if !rest.is_empty() && rest.split_whitespace().count() <= 3 {
                return Route::Actor(clean_end(rest));
            }
        }
    }
    for lead in WHEN_LEADS {
        if let Some(rest) = strip_lead(q, &lower, lead) {
            if !rest.is_empty() && !asks_other_than_when(rest) {
                // The whole question goes on: "what happened on October 8" keeps its date words,
                // and "when did…" tells the timeline that an undated event does not answer.
                return Route::Timeline(Some(clean_end(q)));
            }
        }
    }
    for lead in CLAIM_LEADS {
        if let Some(rest) = strip_lead(q, &lower, lead) {
            if rest.split_whitespace().count() >= 2 {
                return Route::Claim(clean_end(rest));
            }
        }
    }
    // A date with at most two other words ("oct 25", "2006 elections") is a timeline query;
    // not a question that asks what, who, why or how ("what misconception did oct 7 expose"),
    // since the time questions among those were read above.
    // Chat puts the question word anywhere ("acc to mashal what did the russians think of oct
    // 7"), so any of them counts, not only the first word.
    let asks_other = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| {
            [
                "what", "whats", "what's", "wat", "which", "who", "whom", "whose", "why", "how",
            ]
            .contains(&w)
        });
    if let Some((_, rest)) = dates::extract(q).filter(|_| !asks_other) {
        if crate::text::terms(&rest).len() <= 2 {
            return Route::Timeline(Some(clean_end(q)));
        }
    }
    Route::Search(clean_end(q))
}

/// An explicit command prefix ("claim: …", "/actor …") is obeyed: its answer is final even when
/// nothing matches. A question form is only a guess, so a miss falls back to searching all.
fn is_explicit(question: &str) -> bool {
    let q = question
        .trim_start()
        .trim_start_matches(['/', '!'])
        .to_lowercase();
    ["timeline", "actor", "claim", "brief", "source"]
        .iter()
        .any(|c| {
            q.strip_prefix(c)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', ',']))
        })
}

/// Words that ask for the gist of a whole text rather than for something in it.
const SUMMARY_WORDS: &[&str] = &[
    "summary",
    "summarize",
    "summarise",
    "summarized",
    "summarised",
    "sum up",
    "tl;dr",
    "tldr",
    "gist",
    "main points",
    "key points",
    "main point",
    "takeaway",
    "takeaways",
    "main argument",
    "bottom line",
    "in a nutshell",
    "overview",
];

/// Words a summary request may hold besides [`SUMMARY_WORDS`] and [`BRIEF_NOUNS`] without
/// asking about anything in particular ("give me a quick summary of the opening").
const SUMMARY_FILLER: &[&str] = &[
    "give",
    "quick",
    "short",
    "opening",
    "main",
    "key",
    "argument",
    "point",
    "points",
    "authors",
    "author",
    "overall",
    "whole",
    "sum",
    "nutshell",
    "line",
    "bottom",
    "pls",
    "plz",
    "please",
    "can",
    "could",
    "need",
    "arguing",
    "argue",
    "argues",
    "saying",
    "say",
    "says",
    "about",
    "thesis",
    // "in one sentence", "in 3 words": how short, not what about.
    "sentence",
    "sentences",
    "word",
    "words",
    "one",
    "1",
    "2",
    "3",
    "few",
    "tweet",
];

/// Whether a question asks for the gist of the brief itself ("tl;dr?", "summarize the paper",
/// "what are the key takeaways"), and not of a topic in it ("summary of Russia's position on
/// Hamas", which the search answers).
fn asks_summary(question: &str) -> bool {
    // `holds_words` finds whole words in place, in any case, without a copy of the question:
    // this runs for every question `ask` reads.
    SUMMARY_WORDS
        .iter()
        .any(|w| crate::kb::holds_words(question, w, false))
        && crate::text::terms(question).iter().all(|t| {
            SUMMARY_WORDS
                .iter()
                .chain(BRIEF_NOUNS)
                .chain(SUMMARY_FILLER)
                .any(|w| {
                    w.split([' ', ';'])
                        .any(|part| crate::text::stem(part) == *t)
                })
        })
}

/// The gist of the brief: the entries citing its opening paragraph, where a brief states its
/// argument, in the order the paragraph makes it, each with its quote. `None` when no entry
/// cites the opening paragraph; the brief's card answers then.
fn summary_of_the_brief(ctx: &Ctx, q: &str) -> Option<Answer> {
    let engine = ctx.engine;
    let library = engine.library();
    let bi = ctx
        .brief
        .or_else(|| (library.briefs().len() == 1).then_some(0))?;
    let b = library.briefs().get(bi as usize)?;
    let opening = b.paragraph(1)?;
    // Where in the opening paragraph an entry's quote stands, so the answer follows the
    // paragraph's own order.
    let place = |cs: &[crate::kb::Citation]| {
        cs.iter()
            .filter(|c| c.paragraph == 1 && c.part == crate::kb::Part::Body)
            .filter_map(|c| opening.text.find(c.quote.as_str()))
            .min()
    };
    let mut found: Vec<(usize, DocRef)> = b
        .claims()
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            place(&c.citations).map(|at| {
                (
                    at,
                    DocRef {
                        brief: bi,
                        kind: EntryKind::Claim,
                        index: i as u32,
                    },
                )
            })
        })
        .collect();
    found.sort_by_key(|&(at, r)| (at, r.index));
    if found.is_empty() {
        return None;
    }
    let results = found
        .into_iter()
        .take(ctx.limit.max(1))
        .map(|(_, r)| super::hits::hit_for(engine, r, 1.0, "the brief's opening paragraph".into()))
        .collect();
    Some(super::answered(CommandName::Ask, q, results))
}

pub(crate) fn run(ctx: &Ctx, question: &str) -> Result<Reply, QueryError> {
    // "tl;dr?" asks for the brief's own argument, which its opening paragraph states.
    if !is_explicit(question) && asks_summary(question) {
        if let Some(answer) = summary_of_the_brief(ctx, question) {
            return Ok(Reply::Answer(answer));
        }
    }
    // "How long after the attack did Putin speak?" and "which came first, the veto or the
    // call?" are questions of dates, whatever their words would route them to.
    if !is_explicit(question) {
        if let Some(answer) = super::elapsed::run(ctx, question, CommandName::Timeline) {
            return Ok(Reply::Answer(Answer {
                command: CommandName::Ask,
                routed_to: Some(CommandName::Timeline),
                ..answer
            }));
        }
    }
    let route = route(question);
    let (routed, answer) = match &route {
        Route::Brief => match about_the_brief(ctx, question).filter(|_| !is_explicit(question)) {
            Some(answer) => (CommandName::Ask, answer),
            None => return brief::run(ctx, None),
        },
        Route::Source(n) => return source::run(ctx, *n),
        Route::Timeline(q) => (CommandName::Timeline, timeline::run(ctx, q.as_deref())),
        Route::Actor(q) => (CommandName::Actor, actor::run(ctx, q)),
        // The claim command is told the whole question too: the words that ask why or how
        // ("why is Russia pushing a truce"), which the statement has lost, make it prefer a
        // sentence that gives a reason to one that only restates the fact.
        Route::Claim(q) => (CommandName::Claim, claim::run_asked(ctx, q, question)),
        Route::Search(q) => (CommandName::Ask, search_all(ctx, q)),
    };
    let answer = if answer.outcome == Outcome::NoMatch
        && routed != CommandName::Ask
        && !is_explicit(question)
    {
        // The question form can mislead ("who is the closest friend of Hamas?"): before giving
        // up, search everything.
        let fallback = search_all(ctx, question);
        // A claim the routed command turned down because it leaves out a party the statement
        // names ("did Israel send weapons to Ukraine" of Russian weapons reaching Hamas) is no
        // answer when the wider search, which does not weigh parties, finds it again.
        let turned_down = match (fallback.results.first(), answer.suggestions.first()) {
            (Some(f), Some(s)) => {
                routed == CommandName::Claim
                    && f.id == s.id
                    && f.brief == s.brief
                    && answer.evidence.as_ref().is_some_and(|e| e.unnamed)
                    && super::matching::leaves_out_a_party(ctx.engine, question, &f.brief, &f.id)
            }
            _ => false,
        };
        if fallback.outcome == Outcome::Answered && !turned_down {
            fallback
        } else {
            answer
        }
    } else {
        answer
    };
    Ok(Reply::Answer(Answer {
        command: CommandName::Ask,
        query: question.to_string(),
        routed_to: Some(routed).filter(|r| *r != CommandName::Ask),
        ..answer
    }))
}

/// A question that is not a name ("why is russia pushing for a truce") is answered by the
/// sentence that answers it, a claim or an event, not by the profile of an actor it mentions;
/// one that is only a name ("ali baraka") finds the actor.
fn search_all(ctx: &Ctx, q: &str) -> Answer {
    // Whether the question is a name is a matter of words, so the word index alone decides it
    // (the search below compares meaning). Only words found in the actor's names count: "how
    // did putin link ukraine and gaza" is covered by Putin's profile, but it names Putin
    // without asking who he is.
    let index = ctx.engine.index();
    let prepared = index.prepare_in(q, false, ctx.brief);
    let total: f32 = prepared.iter().map(|t| t.weight).sum();
    let filter = Filter {
        kind: Some(EntryKind::Actor),
        brief: ctx.brief,
    };
    let names_it = !prepared.is_empty()
        && index
            .search_top(&prepared, None, filter, 1)
            .first()
            .is_some_and(|top| {
                let in_names: f32 = prepared
                    .iter()
                    .zip(&top.matched)
                    .filter(|(_, m)| m.is_some_and(|(field, _)| field == Field::Name))
                    .map(|(t, _)| t.weight)
                    .sum();
                total > 0.0 && in_names / total >= NAME_LIKE
            });
    let kinds: &[EntryKind] = if names_it {
        &[EntryKind::Actor, EntryKind::Event, EntryKind::Claim]
    } else {
        &[EntryKind::Event, EntryKind::Claim]
    };
    let mut s = ctx.search_kinds(q, kinds, CommandName::Ask);
    super::matching::prefer_subject(ctx, q, &mut s);
    super::matching::prefer_cited_people(ctx, q, &mut s);
    super::matching::prefer_period(ctx, q, &mut s);
    super::matching::prefer_dated_in_year(ctx, q, &mut s);
    super::matching::prefer_in_decade(ctx, q, &mut s);
    super::matching::prefer_follow_up(ctx, q, &mut s);
    super::matching::prefer_direction(ctx, q, &mut s);
    super::matching::prefer_reason(ctx, q, &mut s);
    super::matching::prefer_contrast(ctx, q, &mut s);
    super::matching::prefer_advice(ctx, q, &mut s);
    super::matching::prefer_scope(ctx, q, &mut s);
    super::matching::prefer_reported_words(ctx, q, &mut s);
    ctx.answer(CommandName::Ask, q, &s)
}

/// Answers a question about the brief itself ("who were the series editors", "what number is
/// this insight") from the entries that cite its front or back matter (its authors, editors
/// and publication), so that the answer quotes the byline as every answer quotes the brief.
/// `None` when the brief has no such entries; the brief's card answers then.
pub(super) fn about_the_brief(ctx: &Ctx, q: &str) -> Option<Answer> {
    let engine = ctx.engine;
    let library = engine.library();
    let kinds = [EntryKind::Actor, EntryKind::Event, EntryKind::Claim];
    let s = ctx.search_kinds(q, &kinds, CommandName::Ask);
    // The brief asked about: the one in scope, the only one, or the best match's.
    let bi = ctx
        .brief
        .or_else(|| (library.briefs().len() == 1).then_some(0))
        .or_else(|| {
            s.ranked
                .first()
                .map(|r| engine.index().doc(r.scored.doc).brief)
        })?;
    let b = library.briefs().get(bi as usize)?;
    let outside_body = |cs: &[crate::kb::Citation]| cs.iter().any(|c| c.paragraph == 0);
    let entry = |kind, index: usize| DocRef {
        brief: bi,
        kind,
        index: index as u32,
    };
    let mut candidates: Vec<(DocRef, String)> = Vec::new();
    for (i, a) in b.actors().iter().enumerate() {
        if outside_body(&a.citations) {
            let text = format!("{} {} {}", a.name, a.profile, quotes(&a.citations));
            candidates.push((entry(EntryKind::Actor, i), text));
        }
    }
    for (i, e) in b.events().iter().enumerate() {
        if outside_body(&e.citations) {
            let text = format!("{} {} {}", e.title, e.summary, quotes(&e.citations));
            candidates.push((entry(EntryKind::Event, i), text));
        }
    }
    for (i, c) in b.claims().iter().enumerate() {
        if outside_body(&c.citations) {
            let text = format!("{} {}", c.statement, quotes(&c.citations));
            candidates.push((entry(EntryKind::Claim, i), text));
        }
    }
    if candidates.is_empty() {
        return None;
    }
    // The entry that shares most of the question's words answers it ("editors" finds the
    // editors, "number" and "published" the byline's publication); the search's order breaks
    // ties, and then the order of the files.
    // "Who edits this series" asks for the editors, whom the back matter names by that noun.
    let asked = crate::text::terms(
        &q.split_whitespace()
            .map(|w| match w.to_lowercase().as_str() {
                "edit" | "edits" | "edited" | "editing" => "editors",
                _ => w,
            })
            .collect::<Vec<_>>()
            .join(" "),
    );
    let rank_of = |r: DocRef| {
        s.ranked
            .iter()
            .position(|x| engine.index().doc(x.scored.doc) == r)
            .unwrap_or(usize::MAX)
    };
    let mut scored: Vec<((usize, usize), usize, usize, DocRef)> = candidates
        .iter()
        .enumerate()
        .map(|(order, (r, text))| {
            let have = crate::text::terms(text);
            // A word of the front matter's own ("editors", "published") names the fact asked
            // for, where "insight" or "series" only names the brief: the entries that share the
            // most of those come first, however many of the brief's names another shares ("who
            // edits the INSS Insight series" asks for the editors, not the publication line).
            let shared = asked.iter().filter(|w| have.contains(w));
            let facts = (shared.clone())
                .filter(|w| BRIEF_FACTS.contains(&w.as_str()))
                .count();
            ((facts, shared.count()), rank_of(*r), order, *r)
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    // Only the entries that share as many words as the best answer: all three editors for
    // "who edited the series", the publication alone for "when was it published".
    let best = scored[0].0;
    if best.1 == 0 {
        // Nothing cited outside the body speaks to it ("who is the publisher?"): the card,
        // built from brief.json, does.
        return None;
    }
    let results = scored
        .iter()
        .take_while(|x| x.0 == best)
        .take(ctx.limit.max(1))
        .map(|&(_, _, _, r)| {
            super::hits::hit_for(engine, r, 1.0, "the brief's front matter".into())
        })
        .collect();
    Some(super::answered(CommandName::Ask, q, results))
}

fn quotes(cs: &[crate::kb::Citation]) -> String {
    cs.iter()
        .map(|c| c.quote.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The share of a query's word weight an actor's names must cover for the query to read as
/// that name.
const NAME_LIKE: f32 = 0.75;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_requests_for_the_gist() {
        let cases = [
            ("tl;dr?", true),
            ("tldr of the opening summary", true),
            ("summarize the brief", true),
            ("Summarise this paper please", true),
            ("what's the gist of this", true),
            ("main takeaways?", true),
            ("tl;dr, what is the piece arguing?", true),
            ("summary pls: what does the brief say", true),
            ("tl;dr what does the brief say about the veto", false),
            ("what is the main argument of the authors", true),
            ("give me an overview pls", true),
            ("summary of russia's position on hamas", false),
            ("what did putin say in his overview of the war", false),
            ("the gist of the veto", false),
            ("who wrote the brief", false),
        ];
        for (q, want) in cases {
            assert_eq!(asks_summary(q), want, "{q}");
        }
    }

    #[test]
    fn reads_questions_about_someones_part() {
        let cases = [
            ("what role does bibi play here?", Some("bibi")),
            ("What's the US's role in all of this", Some("US")),
            // A name first, then the question about it.
            (
                "russian prez — whats his role in all this",
                Some("russian prez"),
            ),
            ("bibi: what's his deal here", Some("bibi")),
            // No one is named: these are not questions about an actor's part.
            ("what is the story?", None),
            ("what's the deal", None),
            ("whats the deal with the veto", None),
        ];
        for (q, want) in cases {
            assert_eq!(super::asks_part_of(q).as_deref(), want, "{q}");
        }
    }

    #[test]
    fn routes_questions() {
        let t = |s: &str| Route::Timeline(Some(s.to_string()));
        let a = |s: &str| Route::Actor(s.to_string());
        let c = |s: &str| Route::Claim(s.to_string());
        let s = |s: &str| Route::Search(s.to_string());
        let cases = [
            ("/timeline nov 2", t("nov 2")),
            ("timeline: oct 25", t("oct 25")),
            ("timeline", Route::Timeline(None)),
            ("/actor Mashal", a("Mashal")),
            ("actor: RT", a("RT")),
            (
                "claim Russia vetoed a resolution",
                c("Russia vetoed a resolution"),
            ),
            ("claim: Wagner trained Hamas", c("Wagner trained Hamas")),
            ("/brief", Route::Brief),
            // Chat's opener is no part of the question.
            (
                "so did russia cut hamas off over syria",
                c("russia cut hamas off over syria"),
            ),
            ("Ok, who is Mashal?", a("Mashal")),
            (
                "what did the ministry announce after the veto?",
                c("the ministry announce after the veto"),
            ),
            ("source 4", Route::Source(4)),
            ("/source ¶7", Route::Source(7)),
            ("ask who is Putin?", a("Putin")),
            ("what role does bibi play here?", a("bibi")),
            ("whats putin's deal in all this", a("putin")),
            ("what's the biden angle here", a("biden")),
            ("What is Hamas's role in the war?", a("Hamas")),
            ("what role did the kremlin play", a("the kremlin")),
            ("how does tehran factor in here", a("tehran")),
            ("where does iran fit into all this?", a("iran")),
            ("how does egypt figure in", a("egypt")),
            ("who is mousa abu marzook", a("mousa abu marzook")),
            ("Who's Mashal?", a("Mashal")),
            // "Who was X doing…" asks for the other side of X's act, not who X is.
            (
                "who was moscow backing in syria",
                s("who was moscow backing in syria"),
            ),
            (
                "who was vladimir putin meeting in kyrgyzstan?",
                s("who was vladimir putin meeting in kyrgyzstan"),
            ),
            ("who was the man running RT", a("the man running RT")),
            (
                "who is the russian foreign minister",
                a("the russian foreign minister"),
            ),
            // A leading "when" that sets the scene for another question is not a time question;
            // one followed by a question for the time still is.
            (
                "when the delegation was in moscow who'd they meet",
                s("when the delegation was in moscow who'd they meet"),
            ),
            (
                "when did the veto happen, what day",
                t("when did the veto happen, what day"),
            ),
            ("tell me about the Wagner Group", a("the Wagner Group")),
            ("what is RT?", a("RT")),
            (
                "when did Russia veto the resolution?",
                t("when did Russia veto the resolution"),
            ),
            ("кто такой Путин?", a("Путин")),
            ("מי זה נתניהו", a("נתניהו")),
            ("من هو علي بركة", a("علي بركة")),
            ("when was this brief published?", Route::Brief),
            ("who were the series editors", Route::Brief),
            // An emphasis between the question word and its verb changes nothing.
            ("who actually wrote this piece", a("author of the brief")),
            ("when exactly was this published?", Route::Brief),
            (
                "what happened on october 8",
                t("what happened on october 8"),
            ),
            (
                "is it true that wagner trained hamas",
                c("wagner trained hamas"),
            ),
            ("Did Russia condemn Hamas?", c("Russia condemn Hamas")),
            ("oct 25", t("oct 25")),
            ("2006 elections", t("2006 elections")),
            // A date in a question that asks what, not when, leaves it to the search.
            (
                "what misconception did oct 7 expose",
                s("what misconception did oct 7 expose"),
            ),
            (
                "who won the 2006 elections",
                s("who won the 2006 elections"),
            ),
            (
                "what did russia do at the security council",
                s("what did russia do at the security council"),
            ),
            (
                "recommend a good pizza place",
                s("recommend a good pizza place"),
            ),
            ("actors in the brief", s("actors in the brief")),
            ("claims about wagner", s("claims about wagner")),
            ("why does russia back hamas", c("russia back hamas")),
            (
                "what did mashal say on egyptian tv",
                c("mashal say on egyptian tv"),
            ),
            (
                "what did russia do at the UN",
                s("what did russia do at the UN"),
            ),
            ("who wrote this brief?", a("author of the brief")),
            ("author names?", a("author of the brief")),
            ("the authors?", a("author of the brief")),
            (
                "whats the authors' take on the idea that russia would not oppose israel",
                s("whats the authors' take on the idea that russia would not oppose israel"),
            ),
            ("what number is this insight in the series", Route::Brief),
            ("who's the publisher of this brief?", Route::Brief),
            ("which issue number is this paper", Route::Brief),
            (
                "what date does the brief give for the veto",
                t("what date does the brief give for the veto"),
            ),
            (
                "who was at putin's meeting after the riot",
                s("who was at putin's meeting after the riot"),
            ),
            (
                "who was behind the al-ahli blast",
                s("who was behind the al-ahli blast"),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(route(input), want, "input {input:?}");
        }
    }
}
