//! `/claim <statement>`: what the brief says about a statement (supported, disputed, or only
//! reported by someone) and by whom.

use crate::answer::{Answer, CommandName};
use crate::kb::{EntryKind, Verdict};

use super::Ctx;

/// Verbs that make a statement about someone's speech an act of its own: "Putin compared the
/// blockade to Leningrad" says what Putin did, which the brief confirms by reporting it. Plain
/// verbs of saying ("Ukrainian sources say…") are left out: a reader who writes them is passing
/// the attribution on, and the claim's own verdict (reported, not verified) is the answer.
const REPORTING_VERBS: &[&str] = &[
    "compared",
    "compares",
    "equated",
    "equates",
    "likened",
    "likens",
    "accused",
    "accuses",
    "called",
    "calls",
    "described",
    "describes",
    "branded",
    "brands",
    "labelled",
    "labeled",
    "dubbed",
    "blamed",
    "blames",
    "praised",
    "praises",
    "thanked",
    "thanks",
    "warned",
    "warns",
    "boasted",
    "boasts",
    "rejected",
    "rejects",
    "questioned",
    "questions",
];

/// How many words may stand between the speaker's name and the reporting verb ("Hamas leader
/// Khaled Mashal also said").
const SPEAKER_REACH: usize = 4;

pub(crate) fn run(ctx: &Ctx, query: &str) -> Answer {
    run_asked(ctx, query, query)
}

/// Answers `query` as [`run`] does, for a statement read out of `question` ("why is Russia
/// pushing a truce" asks about "Russia pushing a truce"): the answer and its evidence are of the
/// statement, while what the question asks for (a reason, a contrast) is read from the whole
/// question, whose leading words the statement has lost.
pub(crate) fn run_asked(ctx: &Ctx, query: &str, question: &str) -> Answer {
    // "is it true that…", "did X really…": the statement is what follows.
    let statement = match super::route(query) {
        super::Route::Claim(s) => s,
        _ => query.to_string(),
    };
    let mut s = ctx.search(&statement, Some(EntryKind::Claim), CommandName::Claim);
    super::matching::prefer_parties_present(ctx, &statement, &mut s);
    super::matching::prefer_subject(ctx, &statement, &mut s);
    super::matching::prefer_period(ctx, &statement, &mut s);
    super::matching::prefer_year_named(ctx, &statement, &mut s);
    super::matching::prefer_in_decade(ctx, &statement, &mut s);
    super::matching::prefer_direction(ctx, &statement, &mut s);
    super::matching::prefer_reason(ctx, question, &mut s);
    super::matching::prefer_contrast(ctx, question, &mut s);
    super::matching::prefer_advice(ctx, question, &mut s);
    super::matching::prefer_reported_words(ctx, question, &mut s);
    super::matching::prefer_scope(ctx, question, &mut s);
    prefer_literal_contradiction(ctx, &statement, &mut s);
    prefer_denial(ctx, &statement, &mut s);
    prefer_quoted_contradiction(ctx, &statement, &mut s);
    let mut answer = ctx.answer(CommandName::Claim, query, &s);
    // A statement that gets one name, place or number of the best claim wrong ("Putin compared
    // Gaza to Stalingrad") is answered by that claim, which says otherwise, even though the
    // wrong word makes it a weaker match than an answer needs.
    let substituted = super::matching::substituted(ctx.engine, &s, &statement)
        .or_else(|| other_day(ctx, &s, &statement));
    // So is one that says the opposite of the best claim in its own words ("Russia condemned
    // Hamas right after the attack, like everyone else" of "refrained from condemning Hamas"):
    // the words it adds make it a weaker match, not a different statement, when the match is
    // still close to an answer.
    let opposite = substituted.is_none()
        && answer.outcome == crate::answer::Outcome::NoMatch
        && answer.evidence.as_ref().is_some_and(|e| {
            !e.number_gap
                && !e.outsider
                && !e.unnamed
                && super::matching::probability(ctx.engine.calibration(), CommandName::Claim, e)
                    .is_some_and(|p| p >= OPPOSITE_FLOOR)
        })
        && s.ranked.first().is_some_and(|top| {
            let r = ctx.engine.index().doc(top.scored.doc);
            let Some(brief) = ctx.engine.library().briefs().get(r.brief as usize) else {
                return false;
            };
            // The claim must share more than names with the statement: "Netanyahu complained
            // to Putin about the Hamas delegation" has only its names in common with Putin's
            // condolences to Netanyahu, which did not condemn Hamas.
            let (head, _) = crate::semantic::entry_texts(ctx.engine.library(), r);
            super::matching::shares_an_act(brief, &s, &top.scored)
                && super::stance::contradicts(&statement, &head)
        });
    if (substituted.is_some() || opposite) && answer.outcome == crate::answer::Outcome::NoMatch {
        let top = &s.ranked[0];
        answer = Answer {
            evidence: answer.evidence,
            ..super::answered(
                CommandName::Claim,
                query,
                vec![super::hits::hit(ctx.engine, &top.scored, &s.words)],
            )
        };
    }
    // The best claim may state the opposite of what was asked ("Russia condemned Hamas"
    // finds "Russia refrained from condemning Hamas"): then the verdict on the statement is the
    // opposite of the claim's, and the answer says so.
    if let Some(top) = answer.results.first_mut() {
        let swapped = s.ranked.first().is_some_and(|r| {
            super::matching::party_swapped(ctx.engine, &s, &statement, r.scored.doc)
                || super::matching::roles_swapped(ctx.engine, &s, &statement, r.scored.doc)
        });
        if swapped || substituted.is_some() || super::stance::contradicts(&statement, &top.title) {
            // The word the brief gives otherwise, to say so plainly: "Putin said the opposite"
            // misreads a speech put in the wrong country.
            top.replaced = substituted.clone().filter(|_| !swapped);
            // A statement about the speaker that contradicts what the speaker said ("the envoy
            // upheld Israel's right…" against the envoy's rejection of it) is disputed by the
            // brief's report; about anything else, a reported claim settles nothing.
            // So is one that misreports a name, place or number of what a speaker said
            // ("Russia's draft blamed Hamas" of its draft blaming Israel), even when the
            // authors reject what the speaker said.
            let about_speaker = speaker_named(ctx, &statement, &top.brief, &top.id, None);
            let misquotes = about_speaker && top.replaced.is_some();
            top.contradicts = true;
            top.claim_verdict = top.verdict;
            top.verdict = top.verdict.map(|v| match v {
                Verdict::Supported => Verdict::Disputed,
                Verdict::Disputed if misquotes => Verdict::Disputed,
                Verdict::Disputed => Verdict::Supported,
                Verdict::Attributed if about_speaker => Verdict::Disputed,
                Verdict::Attributed => Verdict::Attributed,
            });
        } else if matches!(top.verdict, Some(Verdict::Attributed | Verdict::Disputed))
            && speaker_named(ctx, &statement, &top.brief, &top.id, Some(REPORTING_VERBS))
        {
            top.reports_speaker = true;
            top.claim_verdict = top.verdict;
            top.verdict = Some(Verdict::Supported);
        }
    }
    answer
}

/// The day of the month a statement gives ("on October 9", "oct 7") where the best claim dates
/// the same act to another day of that month ("Only on October 16 … did Putin express
/// condolences"): the brief says otherwise on that one point. The word index leaves out
/// one-digit numbers, so the general test for a replaced number does not see them. Only a
/// statement that names one day and does not also name the claim's is read so, and only a claim
/// close enough to the statement for the day to be the difference.
fn other_day(ctx: &Ctx, s: &super::matching::Search, statement: &str) -> Option<String> {
    use crate::kb::Point;
    use crate::search::dates::{extract, DateQuery};
    let top = s.ranked.first()?;
    if top.lexical < super::matching::SUBSTITUTE_FLOOR {
        return None;
    }
    let month_day = |q: DateQuery| match q {
        DateQuery::MonthDay(m, d) | DateQuery::Exact(Point::Day(_, m, d)) => Some((m, d)),
        _ => None,
    };
    let (asked_month, asked_day) = month_day(extract(statement)?.0)?;
    let (claim_text, _) =
        crate::semantic::entry_texts(ctx.engine.library(), ctx.engine.index().doc(top.scored.doc));
    let (claim_month, claim_day) = month_day(extract(&claim_text)?.0)?;
    let claims_day = claim_day.to_string();
    let names_claims_day = crate::text::fold_for_search(statement)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == claims_day);
    (asked_month == claim_month && asked_day != claim_day && !names_claims_day)
        .then(|| asked_day.to_string())
}

/// The least probability of answering at which a statement that says the opposite of the best
/// claim is answered by it.
const OPPOSITE_FLOOR: f32 = 0.3;

/// How close to the best claim, as a share of its score, a claim that contradicts the statement
/// in the statement's own words must score to be put first.
const CONTRADICTION_SHARE: f32 = 0.8;

/// How many of the best claims are looked at for a contradiction.
const CONTRADICTION_REACH: usize = 5;

/// Puts first a claim that denies a word the statement asserts ("not severed"), when the best
/// claim matched that word only through a synonym. "Russia cut all ties with Hamas in
/// 2011" finds the 2011 decline through "severed" (a kind of decline), yet the brief's next
/// sentence says in so many words that ties were not severed: a negation of the very word
/// outweighs a neighbour of it, and the answer is that the brief says otherwise.
fn prefer_literal_contradiction(ctx: &Ctx, statement: &str, s: &mut super::matching::Search) {
    use crate::search::MatchHow;
    let Some(top) = s.ranked.first() else {
        return;
    };
    let index = ctx.engine.index();
    // The cheap tests come first, on the match alone: most statements have no word the best
    // claim matched only through a synonym, or no close claim that matches it exactly, and
    // then no entry text is read.
    let through_synonym: Vec<usize> = (top.scored.matched.iter().enumerate())
        .filter(|(_, m)| matches!(m, Some((_, MatchHow::Synonym))))
        .map(|(i, _)| i)
        .collect();
    if through_synonym.is_empty() {
        return;
    }
    let (top_score, top_brief) = (top.scored.score, index.doc(top.scored.doc).brief);
    let exact_on = |r: &super::matching::Ranked, i: usize| {
        matches!(r.scored.matched.get(i), Some(Some((_, MatchHow::Exact))))
    };
    let close: Vec<usize> = (s.ranked.iter().enumerate())
        .take(CONTRADICTION_REACH)
        .skip(1)
        .filter(|(_, r)| {
            r.scored.score >= CONTRADICTION_SHARE * top_score
                && index.doc(r.scored.doc).brief == top_brief
                && through_synonym.iter().any(|&i| exact_on(r, i))
        })
        .map(|(at, _)| at)
        .collect();
    if close.is_empty() {
        return;
    }
    let library = ctx.engine.library();
    // A claim is known by its statement: read in place, without building the entry's texts.
    let statement_of = |doc: u32| {
        let r = index.doc(doc);
        (library.briefs().get(r.brief as usize))
            .and_then(|b| b.claims().get(r.index as usize))
            .map_or("", |c| c.statement.as_str())
    };
    let denied: Vec<(usize, usize)> = (close.into_iter())
        .flat_map(|at| through_synonym.iter().map(move |&i| (at, i)))
        .filter(|&(at, i)| {
            exact_on(&s.ranked[at], i)
                && s.words.get(i).is_some_and(|w| {
                    super::stance::denies(statement_of(s.ranked[at].scored.doc), w)
                        && !super::stance::denies(statement, w)
                })
        })
        .collect();
    if denied.is_empty() {
        return;
    }
    let (top_head, top_body) = crate::semantic::entry_texts(library, index.doc(top.scored.doc));
    if super::stance::contradicts(statement, &top_head) {
        return;
    }
    // A synonym that is only another form of the word ("defend" for "defense") is the word
    // itself: the best claim then does speak of it.
    let top_text = crate::text::fold_for_search(&format!("{top_head} {top_body}"));
    let found = denied.into_iter().find_map(|(at, i)| {
        let word = s.words.get(i)?;
        let head = statement_of(s.ranked[at].scored.doc);
        (!shares_root(&top_text, word) && super::stance::contradicts(statement, head)).then_some(at)
    });
    if let Some(at) = found {
        s.put_first(at);
    }
}

/// When the statement opposes the best claim only as the knowledge base words it ("Russia
/// softened its criticism of Israel in 2014 in response to…", quoting only the reason's
/// sentence), puts first a close claim whose quotes say the opposite in the brief's own words
/// ("deliberately scaled back its criticism of Israel"): the answer that the brief says
/// otherwise then shows the sentence that says so.
fn prefer_quoted_contradiction(ctx: &Ctx, statement: &str, s: &mut super::matching::Search) {
    let Some(top) = s.ranked.first() else {
        return;
    };
    let index = ctx.engine.index();
    let library = ctx.engine.library();
    let r = index.doc(top.scored.doc);
    // The claim's statement is read in place first: most statements oppose nothing, and then
    // no quote is gathered.
    let top_head = (library.briefs().get(r.brief as usize))
        .and_then(|b| b.claims().get(r.index as usize))
        .map_or("", |c| c.statement.as_str());
    // Only a pair of opposite words counts here: a negation read into a paraphrase is too
    // loose a test to move one claim above another.
    if !super::stance::opposes(statement, top_head) {
        return;
    }
    let (_, top_body) = crate::semantic::entry_texts(library, r);
    if super::stance::opposes(statement, &top_body) {
        return;
    }
    let top_brief = index.doc(top.scored.doc).brief;
    super::matching::put_first_near(s, CONTRADICTION_SHARE, CONTRADICTION_REACH - 1, |doc| {
        let r = index.doc(doc);
        let (_, body) = crate::semantic::entry_texts(library, r);
        r.brief == top_brief && super::stance::opposes(statement, &body)
    });
}

/// How close to the best claim, as a share of its score, a claim that denies the statement must
/// score to be put first by [`prefer_denial`]: a near tie only.
const DENIAL_SHARE: f32 = 0.95;

/// Puts first a claim that denies what an affirmative statement asserts when it ties with the
/// best claim and matches every word the best one matches: "the Russian UN draft explicitly
/// condemned Hamas" is settled by "it failed to include any condemnation of Hamas", not by the
/// sentence that the draft condemned violence in general, which the statement only bears on
/// and which would read as support for it. The denied word must be one the best claim matched
/// and does not deny, and no name: "Russia would not oppose Israel" denies nothing of "Putin
/// was sympathetic to Israel".
fn prefer_denial(ctx: &Ctx, statement: &str, s: &mut super::matching::Search) {
    let Some(top) = s.ranked.first() else {
        return;
    };
    if !super::stance::affirms(statement) {
        return;
    }
    let index = ctx.engine.index();
    let library = ctx.engine.library();
    let top_brief = index.doc(top.scored.doc).brief;
    let Some(brief) = library.briefs().get(top_brief as usize) else {
        return;
    };
    let statement_of = |doc: u32| {
        let r = index.doc(doc);
        (r.kind == EntryKind::Claim && r.brief == top_brief)
            .then(|| brief.claims().get(r.index as usize))
            .flatten()
            .map(|c| c.statement.as_str())
    };
    let Some(top_statement) = statement_of(top.scored.doc) else {
        return;
    };
    // Only the claims that match all the best one does are candidates, so a denial is never
    // put before a claim that answers more of the statement.
    let covering: Vec<u32> = (s.ranked.iter().skip(1).take(CONTRADICTION_REACH))
        .filter(|r| {
            (top.scored.matched.iter().zip(&r.scored.matched))
                .all(|(t, m)| t.is_none() || m.is_some())
        })
        .map(|r| r.scored.doc)
        .collect();
    if covering.is_empty() {
        return;
    }
    // The words the best claim matches and does not deny, naming no actor: what the statement
    // asserts of its subject.
    let asserted: Vec<String> = (s.words.iter().zip(&top.scored.matched))
        .filter(|(w, m)| {
            m.is_some()
                && brief.actors_named_in(w).is_empty()
                && !super::stance::denies_near(top_statement, w)
        })
        .map(|(w, _)| w.clone())
        .collect();
    if asserted.is_empty() {
        return;
    }
    super::matching::put_first_near(s, DENIAL_SHARE, CONTRADICTION_REACH, |doc| {
        covering.contains(&doc)
            && statement_of(doc)
                .is_some_and(|c| asserted.iter().any(|w| super::stance::denies_near(c, w)))
    });
}

/// How many leading letters two words share to count as forms of one root ("defen").
const ROOT: usize = 5;

/// Whether a word of `text` (folded) shares its first letters with `word`: "defense" with
/// "defend", "severed" with "severing".
fn shares_root(text: &str, word: &str) -> bool {
    let root: String = word.chars().take(ROOT).collect();
    root.chars().count() == ROOT
        && text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with(&root))
}

/// Whether `statement` is about one of the claim's speakers. With `verbs`, one of the speaker's
/// names must come shortly before one of them ("putin equated the blockade with…"); without,
/// the name must open the statement ("russia's un envoy upheld…").
fn speaker_named(
    ctx: &Ctx,
    statement: &str,
    brief_id: &str,
    claim_id: &str,
    verbs: Option<&[&str]>,
) -> bool {
    let library = ctx.engine.library();
    let Some(brief) = library.briefs().iter().find(|b| b.id() == brief_id) else {
        return false;
    };
    let Some(claim) = brief.claims().iter().find(|c| c.id == claim_id) else {
        return false;
    };
    let words = name_words(statement);
    let before = match verbs {
        Some(verbs) => {
            let Some(verb) = words.iter().position(|w| verbs.contains(&w.as_str())) else {
                return false;
            };
            &words[verb.saturating_sub(SPEAKER_REACH + 1)..verb]
        }
        None => &words[..words.len().min(SPEAKER_REACH + 1)],
    };
    claim.by.iter().any(|&a| {
        let actor = &brief.actors()[a];
        std::iter::once(&actor.name)
            .chain(&actor.aliases)
            .any(|name| {
                // Every word of one of the speaker's names must be there ("putin" is an alias
                // of Vladimir Putin): one shared word such as "russian" would make every
                // Russian body the subject.
                let name: Vec<String> = name_words(name)
                    .into_iter()
                    .filter(|w| !crate::text::is_stop_word(w))
                    .collect();
                !name.is_empty() && name.iter().all(|w| before.contains(w))
            })
    })
}

/// The words of a name or statement, lower-cased, with a state's demonym read as the state:
/// "Russia's UN envoy" names the "Russian UN envoy".
fn name_words(text: &str) -> Vec<String> {
    crate::text::fold_for_search(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.to_lowercase();
            crate::draft::tables::STATES
                .iter()
                .find(|s| s.demonyms.iter().any(|d| d.eq_ignore_ascii_case(&w)))
                .map_or(w, |s| s.name.to_lowercase())
        })
        .collect()
}
