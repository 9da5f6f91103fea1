//! Ranking by words and meaning together, and deciding whether the best entry answers.
//!
//! The word index finds entries that share the question's words; the embedding table finds
//! entries that mean what it means. Each command searches one kind of entry (the question is
//! routed first), and within that kind the two scores are blended: comparing cosines across
//! kinds would let short actor names win over the sentence that answers.
//!
//! Whether the best entry answers is then decided from several pieces of evidence, weighed by
//! a logistic model fitted on questions written for the purpose (`briefbot calibrate`): how much
//! of the question the entry's words account for, how close its meaning is, how far it stands
//! above the next entry, and whether the question asks for a number the entry does not give.

use std::collections::HashMap;

use crate::answer::{CommandName, Evidence};
use crate::kb::padded_words;
use crate::kb::{ActorKind, EntryKind};
use crate::search::{Filter, Scored, MAX_RESULTS};
use crate::semantic::{entry_texts, Quantised};

use super::Ctx;

/// When the scope holds at most this many entries of the kind searched, every one of them is
/// compared by meaning: a question whose words all differ from the entry's still finds it.
const SCAN_ALL: usize = 2_048;
/// Word matches kept for blending, whatever their brief.
const LEXICAL_POOL: usize = 40;

/// Weights of the blend and of the answer decision. The defaults were fitted by
/// `briefbot calibrate` on the training sets, questions written from the brief by people who
/// never saw the knowledge base, in chat style and in the brief's own wording:
/// `tests/data/calib_train.jsonl`, `heldout_style.jsonl`, `chat_tune.jsonl`, `chat_tune2.jsonl`
/// to `chat_tune8.jsonl`, and the odd-numbered cases of `chat_tune9.jsonl` to
/// `chat_tune13.jsonl` (1,935 questions; the README shows the command).
/// `tests/data/calib_holdout.jsonl`, `chat_blind.jsonl`, the even-numbered cases of
/// `chat_tune9.jsonl` to `chat_tune13.jsonl` and the dev sets only measure. The calibrate
/// command sets other weights while it searches.
#[derive(Clone, Debug, PartialEq)]
pub struct Calibration {
    /// Share of the cosine in the blended score, per command (actor, claim, timeline, ask).
    pub blend: [f32; 4],
    /// Logistic weights: bias per command, then lexical, cosine, margin, cosine z-score,
    /// unmatched share and number gap.
    pub bias: [f32; 4],
    pub weights: [f32; 6],
    /// The probability at which the best entry is given as the answer.
    pub threshold: f32,
}

impl Default for Calibration {
    fn default() -> Self {
        Calibration {
            blend: [0.2, 0.2, 0.2, 0.3],
            bias: [0.07089445, -0.19052568, -1.149714, 0.076113775],
            weights: [2.603959, 1.0371553, 1.0813951, 0.0, -2.8909876, -3.8087726],
            threshold: 0.45,
        }
    }
}

impl Calibration {
    /// Which of the per-command weights a command uses.
    pub fn slot_of(command: CommandName) -> usize {
        match command {
            CommandName::Actor => 0,
            CommandName::Claim => 1,
            CommandName::Timeline => 2,
            _ => 3,
        }
    }
}

/// One candidate: its word match (with which query word hit which field) and its scores.
#[derive(Clone)]
pub(crate) struct Ranked {
    /// The word match; `score` holds the blended score.
    pub scored: Scored,
    pub lexical: f32,
    pub cosine: Option<f32>,
}

/// Ranked candidates with what the decision needs to know about the query.
pub(crate) struct Search {
    pub words: Vec<String>,
    /// Each query word's weight (how rare it is).
    pub weights: Vec<f32>,
    pub ranked: Vec<Ranked>,
    /// The mean and standard deviation of the cosines of every candidate compared by meaning:
    /// what "close" means for this question among these entries.
    pub cosines: Option<(f32, f32)>,
    /// The actors the question names, per brief, found once: the answer weighs several
    /// candidates of one brief, and finding the names reads every name the brief has.
    named: std::cell::RefCell<Vec<NamedIn>>,
}

/// Actors (by index in brief `.0`) that the text `.1` names.
type NamedIn = (u32, String, std::rc::Rc<[usize]>);

impl Search {
    /// Moves candidate `i` to the front with at least the best score: the rules that read a
    /// question more closely than the word score can ("why" wants a reason, "Russian TV" is not
    /// an Egyptian station) put the entry they prefer first, and it is then judged as the best.
    pub(crate) fn put_first(&mut self, i: usize) {
        let Some(top_score) = self.ranked.first().map(|r| r.scored.score) else {
            return;
        };
        let mut first = self.ranked.remove(i);
        first.scored.score = first.scored.score.max(top_score);
        self.ranked.insert(0, first);
    }

    /// The actors of brief `brief` that `query` names (outside a phrase that sets the time).
    fn named_in(
        &self,
        engine: &crate::engine::Engine,
        brief: u32,
        query: &str,
    ) -> std::rc::Rc<[usize]> {
        self.actors_in(engine, brief, &without_time_phrases(query))
    }

    /// The actors of brief `brief` that `text` names, remembered for the candidates to come.
    fn actors_in(
        &self,
        engine: &crate::engine::Engine,
        brief: u32,
        text: &str,
    ) -> std::rc::Rc<[usize]> {
        if let Some((_, _, named)) = self
            .named
            .borrow()
            .iter()
            .find(|(b, t, _)| *b == brief && t == text)
        {
            return named.clone();
        }
        let named: std::rc::Rc<[usize]> = engine
            .library()
            .briefs()
            .get(brief as usize)
            .map(|b| b.actors_named_in(text))
            .unwrap_or_default()
            .into();
        self.named
            .borrow_mut()
            .push((brief, text.to_string(), named.clone()));
        named
    }
}

impl Ctx<'_> {
    /// Searches entries of `kind` (or all kinds) for `query`, by words and, when the engine has
    /// an embedding table, by meaning.
    pub fn search(&self, query: &str, kind: Option<EntryKind>, command: CommandName) -> Search {
        let kinds: &[EntryKind] = match kind {
            Some(EntryKind::Actor) => &[EntryKind::Actor],
            Some(EntryKind::Event) => &[EntryKind::Event],
            Some(EntryKind::Claim) => &[EntryKind::Claim],
            None => &[EntryKind::Actor, EntryKind::Event, EntryKind::Claim],
        };
        self.search_kinds(query, kinds, command)
    }

    /// [`Ctx::search`] over several kinds of entry.
    pub fn search_kinds(&self, query: &str, kinds: &[EntryKind], command: CommandName) -> Search {
        let kind = match kinds {
            [one] => Some(*one),
            _ => None,
        };
        // "Gave Moscow a heads-up" is searched as "informed Moscow": words and meaning both
        // match the brief's plainer wording better.
        let plain = crate::search::synonyms::plain_idioms(query);
        let query = plain.as_deref().unwrap_or(query);
        // "The 90s" and "08-09" are searched as the brief writes them.
        let full = crate::search::synonyms::full_years(query);
        let query = full.as_deref().unwrap_or(query);
        let engine = self.engine;
        let index = engine.index();
        let prepared = index.prepare_in(query, false, self.brief);
        let words: Vec<String> = prepared.iter().map(|q| q.word.clone()).collect();
        let weights: Vec<f32> = prepared.iter().map(|q| q.weight).collect();
        let filter = Filter {
            kind,
            brief: self.brief,
        };
        // The answer shows at most `limit` results and offers a few suggestions: ask for a few
        // more than that so ties at the edge are decided by the full ranking.
        let want = self.limit + super::MAX_SUGGESTIONS + 8;
        let lexical = if prepared.is_empty() {
            Vec::new()
        } else {
            let mut found = index.search_top(&prepared, None, filter, want.max(LEXICAL_POOL));
            found.retain(|s| kinds.contains(&index.doc(s.doc).kind));
            found
        };
        let semantic = engine.semantic().and_then(|s| {
            // Names in other scripts are read in Latin letters, as the word index reads them:
            // the table's vocabulary is English.
            let q = Quantised::of(&s.embedder.embed(&crate::text::fold_for_search(query)));
            (q.scale > 0.0).then_some((s, q))
        });
        let Some((sem, q)) = semantic else {
            let mut ranked: Vec<Ranked> = lexical
                .into_iter()
                .map(|s| Ranked {
                    lexical: s.score,
                    cosine: None,
                    scored: s,
                })
                .collect();
            ranked.truncate(want);
            return Search {
                words,
                weights,
                ranked,
                cosines: None,
                named: Default::default(),
            };
        };
        let mut pool: HashMap<u32, Option<Scored>> =
            lexical.into_iter().map(|s| (s.doc, Some(s))).collect();
        for &k in kinds {
            for doc in self.scan(Some(k)) {
                pool.entry(doc).or_insert(None);
            }
        }
        // Entries found by meaning alone still get their word score, from a search restricted
        // to them.
        let unscored: Vec<u32> = pool
            .iter()
            .filter(|(_, s)| s.is_none())
            .map(|(&d, _)| d)
            .collect();
        if !prepared.is_empty() && !unscored.is_empty() {
            for s in index.search_top(
                &prepared,
                Some(&unscored),
                filter,
                MAX_RESULTS.max(unscored.len()),
            ) {
                let doc = s.doc;
                pool.insert(doc, Some(s));
            }
        }
        let share = engine.calibration().blend[Calibration::slot_of(command)];
        let mut ranked: Vec<Ranked> = pool
            .into_iter()
            .map(|(doc, s)| {
                let cosine = sem.vectors.cosine(doc, &q);
                let mut scored = s.unwrap_or_else(|| Scored {
                    doc,
                    score: 0.0,
                    matched: vec![None; prepared.len().min(crate::search::index::MAX_QUERY_TERMS)],
                    best_name: 0,
                });
                let lexical = scored.score;
                scored.score = (1.0 - share) * lexical + share * cosine;
                Ranked {
                    scored,
                    lexical,
                    cosine: Some(cosine),
                }
            })
            .collect();
        ranked.sort_by(|a, b| {
            b.scored
                .score
                .total_cmp(&a.scored.score)
                .then(a.scored.doc.cmp(&b.scored.doc))
        });
        let n = ranked.len().max(1) as f32;
        let mean = ranked.iter().filter_map(|r| r.cosine).sum::<f32>() / n;
        let var = ranked
            .iter()
            .filter_map(|r| r.cosine)
            .map(|c| (c - mean) * (c - mean))
            .sum::<f32>()
            / n;
        ranked.truncate(want);
        Search {
            words,
            weights,
            ranked,
            cosines: Some((mean, var.sqrt())),
            named: Default::default(),
        }
    }

    /// The entries to compare by meaning besides the word matches: all of the scope's entries
    /// of `kind` when there are at most [`SCAN_ALL`]. In a larger scope only the word matches
    /// are, which keeps a query's work bounded whatever the library's size (scoping a question
    /// to its brief brings the full comparison back).
    fn scan(&self, kind: Option<EntryKind>) -> Vec<u32> {
        let index = self.engine.index();
        let briefs: Vec<u32> = match self.brief {
            Some(b) => vec![b],
            None => (0..index.brief_count() as u32).collect(),
        };
        let mut total = 0;
        for &b in &briefs {
            total += index.kind_range(b, kind).len();
            if total > SCAN_ALL {
                return Vec::new();
            }
        }
        briefs
            .iter()
            .flat_map(|&b| index.kind_range(b, kind))
            .collect()
    }

    /// The evidence for the `i`-th ranked candidate answering the query.
    pub fn evidence(&self, command: CommandName, query: &str, s: &Search, i: usize) -> Evidence {
        let Some(top) = s.ranked.get(i) else {
            return Evidence::default();
        };
        let next = s.ranked.get(i + 1).map_or(0.0, |r| r.scored.score);
        // "Why should Israel move fast, acc to INSS": the words that name the brief's own
        // voice (its authors, its publisher's acronym) are who says every one of the authors'
        // claims; they do not count against such a claim for being absent from its words.
        let voice = authors_voice(self.engine, top.scored.doc);
        let total: f32 = s
            .weights
            .iter()
            .zip(&s.words)
            .filter(|(_, w)| !voice.contains(*w))
            .map(|(w, _)| w)
            .sum();
        let unmatched: f32 = s
            .weights
            .iter()
            .zip(&top.scored.matched)
            .zip(&s.words)
            .filter(|((_, m), w)| m.is_none() && !voice.contains(*w))
            .map(|((w, _), _)| w)
            .sum();
        let number_gap = amount_missing(self.engine, query, top.scored.doc);
        let outsider = names_outsider(self.engine, query, top.scored.doc)
            || names_absent_weapon(self.engine, query, top.scored.doc);
        // Each rule is tried in turn and the first that holds is named in the evidence, so a
        // reader of `eval --samples` sees which one kept an entry from answering.
        let unnamed_by = if detail_unnamed(self.engine, query, top.scored.doc) {
            Some("detail_unnamed")
        } else if destination_absent(self.engine, query, top.scored.doc) {
            Some("destination_absent")
        } else if meeting_unstated(self.engine, query, top.scored.doc) {
            Some("meeting_unstated")
        } else if reaction_unstated(self.engine, s, query, top.scored.doc) {
            Some("reaction_unstated")
        } else if self.only_what_was_reacted_to(s, query, top.scored.doc) {
            Some("only_what_was_reacted_to")
        } else if command == CommandName::Actor && kind_unasked(self.engine, query, top.scored.doc)
        {
            Some("kind_unasked")
        } else if command == CommandName::Actor
            && super::actor::asks_for_leader(query)
            && !is_person(self.engine, top.scored.doc)
        {
            Some("leader_unnamed")
        } else if command == CommandName::Claim && passive_unmatched(query, s, top) {
            Some("passive_unmatched")
        } else if command != CommandName::Actor && advice_unmet(self, query, s, top) {
            Some("advice_unmet")
        } else if command != CommandName::Actor
            && vote_outcome_unstated(self.engine, query, top.scored.doc)
        {
            Some("vote_outcome_unstated")
        } else if command == CommandName::Claim && {
            let brief = self.engine.index().doc(top.scored.doc).brief;
            let named = s.named_in(self.engine, brief, query);
            parties(self.engine, &named, top.scored.doc) == Parties::Absent
        } {
            Some("parties_absent")
        } else if command != CommandName::Actor
            && people_absent(self.engine, s, query, top.scored.doc)
        {
            Some("people_absent")
        } else {
            None
        };
        let unnamed = unnamed_by.is_some();
        Evidence {
            lexical: top.lexical,
            cosine: top.cosine,
            margin: top.scored.score - next,
            cosine_z: match (top.cosine, s.cosines) {
                (Some(c), Some((mean, sd))) if sd > 1e-6 => (c - mean) / sd,
                _ => 0.0,
            },
            unmatched: if total > 0.0 { unmatched / total } else { 1.0 },
            number_gap,
            outsider,
            unnamed,
            unnamed_by,
        }
    }
}

/// The words that name the voice of entry `doc` when it is one of the authors' own claims:
/// the authors' names and the capitalised short names (acronyms) of the publisher and the
/// series ("INSS"), lower-cased. Empty for any other entry.
fn authors_voice(engine: &crate::engine::Engine, doc: u32) -> Vec<String> {
    let r = engine.index().doc(doc);
    if r.kind != EntryKind::Claim {
        return Vec::new();
    }
    let Some(brief) = engine.library().briefs().get(r.brief as usize) else {
        return Vec::new();
    };
    let meta = brief.meta();
    if !brief.by_authors(&brief.claims()[r.index as usize].by) {
        return Vec::new();
    }
    let names = meta.authors.iter().flat_map(|n| {
        n.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
    });
    let acronyms = [&meta.publisher, &meta.series].into_iter().flat_map(|t| {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
    });
    names.chain(acronyms).map(str::to_lowercase).collect()
}

/// Words by which a question asks what passed between people: "when did Putin and Bibi last
/// **meet**", "did they **talk**".
const BETWEEN_WORDS: &[&str] = &[
    "meet",
    "met",
    "meets",
    "meeting",
    "talk",
    "talked",
    "talks",
    "speak",
    "spoke",
    "call",
    "called",
    "phone",
    "phoned",
    "discuss",
    "discussed",
    "negotiate",
    "negotiated",
    "between",
    "together",
    "face",
];

/// Whether a question that names two or more people and asks what passed between them ("when
/// did Putin and Bibi last meet face to face") is answered by an entry that leaves one of them
/// out, even from the sentences it quotes: what one of them did alone does not answer it. Only
/// people count, as states and groups are the setting of many questions; and only a question
/// of meeting or talking, as "what did Abu Marzook and Baraka say" asks for each one's words.
fn people_absent(engine: &crate::engine::Engine, s: &Search, query: &str, doc: u32) -> bool {
    if !lower_words(query)
        .iter()
        .any(|w| BETWEEN_WORDS.contains(&w.as_str()))
    {
        return false;
    }
    let brief_at = engine.index().doc(doc).brief;
    let Some(brief) = engine.library().briefs().get(brief_at as usize) else {
        return false;
    };
    let people: Vec<usize> = s
        .named_in(engine, brief_at, query)
        .iter()
        .copied()
        .filter(|&a| {
            brief
                .actors()
                .get(a)
                .is_some_and(|a| a.kind == ActorKind::Person)
        })
        .collect();
    people.len() >= 2 && parties(engine, &people, doc) == Parties::Absent
}

/// Whether entry `doc` is a person's.
fn is_person(engine: &crate::engine::Engine, doc: u32) -> bool {
    let r = engine.index().doc(doc);
    r.kind == EntryKind::Actor
        && engine
            .library()
            .briefs()
            .get(r.brief as usize)
            .and_then(|b| b.actors().get(r.index as usize))
            .is_some_and(|a| a.kind == ActorKind::Person)
}

/// Whether `query` asks for an actor of some kinds ("which country…", "what outlet…") and the
/// actor entry `doc` is of none of them: a person is no answer to "which other country voted
/// with Moscow", however well their entry matches the rest.
fn kind_unasked(engine: &crate::engine::Engine, query: &str, doc: u32) -> bool {
    let Some((_, kinds)) = asked_detail(query).filter(|(_, kinds)| !kinds.is_empty()) else {
        return false;
    };
    let r = engine.index().doc(doc);
    r.kind == EntryKind::Actor
        && engine
            .library()
            .briefs()
            .get(r.brief as usize)
            .and_then(|b| b.actors().get(r.index as usize))
            .is_some_and(|a| !kinds.contains(&a.kind))
}

/// Auxiliaries that make the participle after them what a statement says happened to its
/// subject: "the draft **was** adopted", "Hamas **was** invited". Not "got" or "gets": chat's
/// "the US gets dragged into the Middle East" paraphrases the brief's "involvement" in a
/// clause of its own, and "dragged" is no outcome the brief leaves out.
const PASSIVE_AUXILIARIES: &[&str] = &["was", "were", "is", "are", "been", "be"];

/// Whether a statement says what happened to its subject by a passive participle that the
/// entry does not match at all ("Russia's Oct 16 draft **was adopted** by the Security Council"
/// of the sentence that says Russia submitted it): the entry then states the subject and not
/// what the statement says of it, however many of the other words it shares.
fn passive_unmatched(query: &str, s: &Search, top: &Ranked) -> bool {
    let words = lower_words(query);
    words.windows(2).any(|w| {
        let participle = w[1].as_str();
        PASSIVE_AUXILIARIES.contains(&w[0].as_str())
            && participle.len() > 4
            && (participle.ends_with("ed") || participle.ends_with("en"))
            && s.words
                .iter()
                .position(|q| q == participle)
                .is_some_and(|i| top.scored.matched.get(i).is_some_and(Option::is_none))
    })
}

impl Ctx<'_> {
    /// Whether `query` asks how someone reacted to something ("how did Israel respond to
    /// Putin's Leningrad comparison") and entry `doc` does not give that reaction: either it is
    /// that something (one of the entries the words after "respond to" find first), which tells
    /// what was reacted to, unless the one asked about is who speaks in it; or it does not
    /// speak of that something at all ("Israel's response to October 7 was cruel" is no
    /// response to the veto). Only questions with a reaction cue and a reactor pay for the
    /// second search.
    fn only_what_was_reacted_to(&self, s: &Search, query: &str, doc: u32) -> bool {
        let Some(window) = reactor_window(query) else {
            return false;
        };
        let Some(anchor) = follow_up_anchor(query).filter(|_| asks_reaction_to(query)) else {
            return false;
        };
        let r = self.engine.index().doc(doc);
        if r.kind == EntryKind::Actor {
            return false;
        }
        let named = self.search_kinds(
            &anchor,
            &[EntryKind::Event, EntryKind::Claim],
            CommandName::Ask,
        );
        // The thing reacted to may be told by an event and by a claim ("Putin compared the
        // blockade to Leningrad" is both), so any of the first few that the words name counts.
        let is_anchor = (named.ranked.iter().take(3))
            .any(|a| a.scored.doc == doc && a.lexical >= FOLLOW_UP_FLOOR);
        if is_anchor {
            return speaker_speaks(self.engine, s, &window, doc) != Some(true);
        }
        // The entry must match at least half the weight of the words naming what was reacted
        // to: "the russian veto" is not answered by an entry that only says "Russian".
        let Some(top) = s.ranked.iter().find(|r| r.scored.doc == doc) else {
            return false;
        };
        let matched = |word: &String| {
            (s.words.iter().zip(&top.scored.matched)).any(|(w, m)| w == word && m.is_some())
        };
        let total: f32 = named.weights.iter().sum();
        let covered: f32 = (named.words.iter().zip(&named.weights))
            .filter(|(w, _)| matched(w))
            .map(|(_, wt)| wt)
            .sum();
        total > 0.0 && covered < ANCHOR_COVERED * total
    }
}

/// The least share of the words naming what was reacted to that a reaction's entry matches.
const ANCHOR_COVERED: f32 = 0.5;

/// Whether a question's cue is a reaction's ("reaction to", "responded to"), not only a time's
/// ("after", "following"): what came after an event may be told in the event's own entry.
fn asks_reaction_to(query: &str) -> bool {
    let words = lower_words(query);
    words.windows(2).any(|w| {
        w[1] == "to"
            && matches!(
                w[0].as_str(),
                "reaction"
                    | "reacted"
                    | "react"
                    | "response"
                    | "responded"
                    | "respond"
                    | "reply"
                    | "replied"
            )
    })
}

/// Whether `query` asks for (or states) an amount that the entry `doc` does not give. Most
/// questions mention no amount, so the entry's text is only gathered for those that do.
pub(crate) fn amount_missing(engine: &crate::engine::Engine, query: &str, doc: u32) -> bool {
    mentions_amount(query) && {
        let (head, body) = entry_texts(engine.library(), engine.index().doc(doc));
        number_gap(query, &format!("{head} {body}"))
    }
}

/// Whether `query` names a state or a well-known organisation (by name, other name, demonym
/// or capital) that the brief of entry `doc` never mentions. A brief that does not name China
/// cannot say what China did, however close its other words come: "China mediated between
/// Israel and Hamas" is not answered by a sentence about Russia. Short all-capital names ("US",
/// "UK") count only as typed in capitals, so the pronoun "us" is not the United States.
pub(crate) fn names_outsider(engine: &crate::engine::Engine, query: &str, doc: u32) -> bool {
    let Some((named, brief)) = outsiders_of(engine, query, doc) else {
        return false;
    };
    // Most named states are actors of the brief ("Russia", "the Russians"): their names,
    // prepared once per brief, are checked first, and the brief's text is scanned only for a
    // name they do not hold.
    let mentions = |words: &crate::kb::Words, forms: &[&str]| {
        forms.iter().any(|f| {
            if is_acronym(f) {
                words.exact.contains(&padded_words(f))
            } else {
                words.lower.contains(&padded_words(&f.to_lowercase()))
            }
        })
    };
    named.iter().any(|forms| {
        !mentions(brief.actor_names(), forms)
            && !forms
                .iter()
                .any(|f| brief.body_mentions_known(f, is_acronym(f)))
    })
}

/// Kinds of weapon a statement may name, each with the forms a brief would write it in. A
/// brief that never names a kind says nothing of it: "Russia supplied Hamas with attack drones"
/// is not answered by a licence to make rifles, however many other words they share.
const WEAPON_KINDS: &[&[&str]] = &[
    &["drone", "drones", "uav", "uavs"],
    &["tank", "tanks"],
    &["jet", "jets", "warplane", "warplanes", "aircraft"],
    &["helicopter", "helicopters"],
    &["artillery", "howitzer", "howitzers"],
    &["mortar", "mortars"],
    &["grenade", "grenades"],
    &["submarine", "submarines"],
    &["bomb", "bombs"],
    &["explosive", "explosives"],
    &["rocket", "rockets"],
    &["missile", "missiles"],
    // Systems known by their model, which a brief that names only "missiles" or "weapons"
    // does not name: "Russia sent S-400s to Hamas" is not a licence to make rifles.
    &["s-300", "s-300s", "s300", "s300s"],
    &["s-400", "s-400s", "s400", "s400s"],
    &["pantsir", "pantsirs"],
    &["iskander", "iskanders"],
    &["kalibr", "kalibrs"],
    &["kinzhal", "kinzhals"],
    &["kornet", "kornets"],
    &["igla", "iglas"],
    &["stinger", "stingers"],
    &["javelin", "javelins"],
    &["manpads"],
    &[
        "su-35", "su-35s", "su-57", "su-57s", "mig-29", "mig-29s", "mig-31", "mig-31s",
    ],
    &["rifle", "rifles"],
    &["ammunition", "ammo"],
];

/// Subjects a statement may turn on that a brief either speaks of or not at all: "Hamas freed
/// Russian hostages as a thank-you to Putin" is not answered by Hamas thanking Putin when the
/// brief never mentions hostages, however many other words they share.
const SUBJECT_KINDS: &[&[&str]] = &[
    &[
        "hostage",
        "hostages",
        "captive",
        "captives",
        "abductee",
        "abductees",
    ],
    &["prisoner", "prisoners"],
    &["nuclear"],
    &["refugee", "refugees"],
    // Diplomatic acts of protest: "did Israel summon the Russian ambassador", "Russia expelled
    // Israel's ambassador" are not answered by what the ambassador said.
    &["summon", "summoned", "summons", "summoning"],
    &["expel", "expelled", "expels", "expelling", "expulsion"],
    // Recalling one's own envoy ("Israel recalled its ambassador from Moscow"); "recall" as
    // remembering is no such act (see [`subject_named_at`]).
    &["recall", "recalled", "recalls", "recalling"],
    // Sending forces: "Russia sent troops to Gaza" (read as "deployed troops") is not answered
    // by a sentence about Russian soldiers on state TV.
    &[
        "deploy",
        "deploys",
        "deployed",
        "deploying",
        "deployment",
        "deployments",
    ],
    // Premises: "when did Hamas open an office in Moscow" is not answered by a sentence about
    // Hamas and Moscow that gives none ("office" as a post is not: see [`subject_named_at`]).
    &[
        "office",
        "offices",
        "headquarters",
        "hq",
        "bureau",
        "bureaus",
        "embassy",
        "embassies",
        "consulate",
        "consulates",
    ],
    // Signing: "when did Russia and Iran sign their strategic alliance" is not answered by the
    // sentence that says their relations became one, when the brief signs nothing ("a sign of"
    // is no signing: see [`subject_named_at`]).
    &[
        "sign",
        "signs",
        "signed",
        "signing",
        "ratify",
        "ratified",
        "ratifies",
        "ratification",
        "treaty",
        "treaties",
        "pact",
        "pacts",
    ],
];

/// Nouns for a text put to a vote: "Russia's draft", "the US resolution", "the bill".
const VOTED_TEXTS: &[&str] = &[
    "resolution",
    "resolutions",
    "draft",
    "drafts",
    "proposal",
    "motion",
    "bill",
    "amendment",
];

/// Words that give the result of a vote, or ask for it: "voted down", "did it pass", "the vote
/// on". "Failed" only when no "to" follows: "failed to include any condemnation" is no result.
const VOTE_RESULTS: &[&str] = &[
    "vote", "voted", "votes", "reject", "rejected", "rejects", "defeat", "defeated", "fail",
    "failed", "fails", "pass", "passed", "passes", "adopt", "adopted", "adopts", "approve",
    "approved", "approves", "sank", "sunk",
];

/// Acts that decide a vote: a veto or block is someone's act on a text. "The US vetoed Russia's
/// draft" swaps who did what to whose text in the brief's "Russia vetoed a US resolution", which
/// the brief disputes; "Russia's draft was voted down" asks for a result the brief may not give.
const VOTE_ACTS: &[&str] = &[
    "veto", "vetoed", "vetoes", "vetoing", "block", "blocked", "blocks", "blocking",
];

/// Words that may stand between a voted text and its owner: "Russia's **Oct 16 ceasefire**
/// draft", "a **US** resolution" (the owner), "the **UN Security Council** resolution".
const VOTED_TEXT_FILLER: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "their",
    "own",
    "oct",
    "october",
    "ceasefire",
    "truce",
    "un",
    "unsc",
    "security",
    "council",
    "draft",
    "peace",
    "new",
    "latest",
    "first",
    "second",
];

/// Whether `words` (lower-case) hold one of `outcomes`, "failed" only when no "to" follows.
fn holds_outcome(words: &[String], outcomes: &[&str]) -> bool {
    (0..words.len()).any(|i| {
        outcomes.contains(&words[i].as_str())
            && !(words[i].starts_with("fail") && words.get(i + 1).is_some_and(|w| w == "to"))
    })
}

/// The words naming who owns each voted text in `text`, as written (an acronym keeps its
/// capitals): the first word before the noun that is not [`VOTED_TEXT_FILLER`] nor a number
/// ("Russia" in "Russia's Oct 16 draft", "US" in "a US resolution").
fn voted_text_owners(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let lower = |w: &str| w.to_lowercase();
    (0..words.len())
        .filter(|&i| VOTED_TEXTS.contains(&lower(words[i]).as_str()))
        .filter_map(|i| {
            words[..i]
                .iter()
                .rev()
                .take(5)
                .find(|w| {
                    !VOTED_TEXT_FILLER.contains(&lower(w).as_str())
                        && !w.chars().all(|c| c.is_ascii_digit())
                })
                .map(|w| {
                    w.trim_end_matches("'s")
                        .trim_end_matches("\u{2019}s")
                        .to_string()
                })
        })
        .collect()
}

/// Whether `query` asks or states the result of a vote on someone's text ("Russia's Oct 16
/// draft got voted down", "when was the vote on Russia's draft") and entry `doc` gives no
/// outcome (a result, a veto or a block) for a text of that owner: the veto of a US resolution
/// is no result for Russia's, and a sentence that Russia submitted its draft says nothing of
/// how the vote on it went.
pub(crate) fn vote_outcome_unstated(engine: &crate::engine::Engine, query: &str, doc: u32) -> bool {
    if !holds_outcome(&lower_words(query), VOTE_RESULTS) {
        return false;
    }
    let owners = voted_text_owners(query);
    if owners.is_empty() {
        return false;
    }
    let r = engine.index().doc(doc);
    let Some(brief) = engine.library().briefs().get(r.brief as usize) else {
        return false;
    };
    let asked: Vec<usize> = owners
        .iter()
        .flat_map(|o| brief.actors_named_in(o))
        .collect();
    if asked.is_empty() {
        return false;
    }
    let (head, body) = entry_texts(engine.library(), r);
    // Each sentence of the entry on its own: an outcome in one sentence is not the outcome of
    // a text another names.
    let text = format!("{head}. {body}");
    let gives = text.split(". ").any(|sentence| {
        let ws = lower_words(sentence);
        (holds_outcome(&ws, VOTE_RESULTS) || holds_outcome(&ws, VOTE_ACTS))
            && voted_text_owners(sentence)
                .iter()
                .any(|o| brief.actors_named_in(o).iter().any(|a| asked.contains(a)))
    });
    !gives
}

/// Words before "office" that make it a post, not premises: "in office", "took office".
const OFFICE_AS_POST: &[&str] = &[
    "in", "took", "take", "takes", "taking", "left", "leave", "leaves", "leaving", "into", "for",
    "public", "his", "her",
];

/// Diplomats a state may recall.
const ENVOYS: &[&str] = &[
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "diplomat",
    "diplomats",
    "consul",
];

/// Words before "sign" that make it a noun ("a sign of how close they are"), not signing.
const SIGN_AS_NOUN: &[&str] = &[
    "a", "the", "any", "no", "clear", "another", "first", "good", "bad",
];

/// Whether word `i` of `words`, one of a subject's forms, names it: "office" after "in" or
/// "took" is a post, which [`SUBJECT_KINDS`]' premises do not mean, and "a sign" or "signs of"
/// is evidence, not signing.
fn subject_named_at(words: &[String], i: usize) -> bool {
    let before = i.checked_sub(1).map(|j| words[j].as_str());
    match words[i].as_str() {
        "office" => !before.is_some_and(|w| OFFICE_AS_POST.contains(&w)),
        "sign" | "signs" => {
            !before.is_some_and(|w| SIGN_AS_NOUN.contains(&w))
                && words.get(i + 1).map(String::as_str) != Some("of")
        }
        // Recalled envoys: the envoy follows within a few words ("recalled its ambassador
        // from Moscow"); "do you recall what Putin said" recalls nothing of the kind.
        "recall" | "recalled" | "recalls" | "recalling" => words[i + 1..]
            .iter()
            .take(4)
            .any(|w| ENVOYS.contains(&w.as_str())),
        _ => true,
    }
}

/// Whether `query` names a kind of weapon, or a subject of [`SUBJECT_KINDS`], that the brief of
/// entry `doc` never names, in any of its forms. Like a state the brief never mentions
/// ([`names_outsider`]), it is something the brief cannot speak to.
pub(crate) fn names_absent_weapon(engine: &crate::engine::Engine, query: &str, doc: u32) -> bool {
    // Idioms name subjects too: "sent troops" is a deployment.
    let plain = crate::search::synonyms::plain_idioms(query);
    let words = lower_words(plain.as_deref().unwrap_or(query));
    let named: Vec<&[&str]> = (WEAPON_KINDS.iter().chain(SUBJECT_KINDS))
        .copied()
        .filter(|forms| {
            (0..words.len())
                .any(|i| forms.contains(&words[i].as_str()) && subject_named_at(&words, i))
        })
        .collect();
    if named.is_empty() {
        return false;
    }
    let Some(brief) = (engine.library().briefs()).get(engine.index().doc(doc).brief as usize)
    else {
        return false;
    };
    named
        .iter()
        .any(|forms| !forms.iter().any(|f| brief.body_mentions_known(f, false)))
}

/// Nouns by which a question asks for one particular person, state, place, outlet or
/// organisation ("which airport…", "what channel…", "the name of the ambassador…"), with the
/// kinds of actor that name one. A sentence answers such a question only by naming it.
const DETAIL_NOUNS: &[(&str, &[ActorKind])] = &[
    ("official", &[ActorKind::Person]),
    ("officials", &[ActorKind::Person]),
    ("minister", &[ActorKind::Person]),
    ("ambassador", &[ActorKind::Person]),
    ("envoy", &[ActorKind::Person]),
    ("diplomat", &[ActorKind::Person]),
    ("spokesman", &[ActorKind::Person]),
    ("spokesperson", &[ActorKind::Person]),
    ("spokeswoman", &[ActorKind::Person]),
    ("commander", &[ActorKind::Person]),
    ("general", &[ActorKind::Person]),
    ("journalist", &[ActorKind::Person]),
    ("host", &[ActorKind::Person]),
    ("anchor", &[ActorKind::Person]),
    ("presenter", &[ActorKind::Person]),
    ("interviewer", &[ActorKind::Person]),
    ("reporter", &[ActorKind::Person]),
    ("person", &[ActorKind::Person]),
    ("guy", &[ActorKind::Person]),
    ("country", &[ActorKind::State]),
    ("countries", &[ActorKind::State]),
    ("nation", &[ActorKind::State]),
    ("nations", &[ActorKind::State]),
    ("city", &[ActorKind::Place]),
    ("cities", &[ActorKind::Place]),
    ("town", &[ActorKind::Place]),
    ("village", &[ActorKind::Place]),
    ("airport", &[ActorKind::Place]),
    ("port", &[ActorKind::Place]),
    ("region", &[ActorKind::Place, ActorKind::State]),
    ("province", &[ActorKind::Place]),
    ("base", &[ActorKind::Place]),
    ("channel", &[ActorKind::Media]),
    ("station", &[ActorKind::Media]),
    ("outlet", &[ActorKind::Media]),
    ("outlets", &[ActorKind::Media]),
    ("newspaper", &[ActorKind::Media]),
    ("broadcaster", &[ActorKind::Media]),
    ("network", &[ActorKind::Media]),
    ("website", &[ActorKind::Media]),
    ("company", &[ActorKind::Organisation]),
    ("companies", &[ActorKind::Organisation]),
    ("firm", &[ActorKind::Organisation]),
    ("firms", &[ActorKind::Organisation]),
    ("bank", &[ActorKind::Organisation, ActorKind::Body]),
    ("banks", &[ActorKind::Organisation, ActorKind::Body]),
    ("exchange", &[ActorKind::Organisation]),
    ("exchanges", &[ActorKind::Organisation]),
    ("academy", &[ActorKind::Body]),
    ("academies", &[ActorKind::Body]),
    ("university", &[ActorKind::Organisation, ActorKind::Body]),
    ("ministry", &[ActorKind::Body]),
    ("agency", &[ActorKind::Body, ActorKind::Media]),
    ("committee", &[ActorKind::Body]),
    ("court", &[ActorKind::Body]),
    ("unit", &[ActorKind::Body, ActorKind::Organisation]),
    // "The name of Hamas's armed wing": a part of an organisation, with a name of its own.
    ("wing", &[ActorKind::Organisation, ActorKind::Body]),
];

/// The noun by which a question asks for a named actor, and the kinds of actor that name one,
/// when it asks "which <noun>", "what <noun>" or for "the name of" one: a few words may stand
/// between the question word and the noun ("which Egyptian TV channel", "the name of the
/// Russian UN ambassador").
pub(crate) fn asked_detail(query: &str) -> Option<(&'static str, &'static [ActorKind])> {
    let words: Vec<String> = query
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "Who else was in the delegation besides Abu Marzook?" asks for someone the question does
    // not name.
    let has = |w: &str| words.iter().any(|x| x == w);
    if has("who")
        && (has("else")
            || has("besides")
            || has("except")
            || words.windows(2).any(|p| {
                matches!(
                    (p[0].as_str(), p[1].as_str()),
                    ("other", "than") | ("apart", "from") | ("aside", "from")
                )
            }))
    {
        // The kinds come from whom the question names (`detail_unnamed`): someone besides
        // Abu Marzook is a person, something besides Russia a state.
        return Some(("else", &[]));
    }
    for (i, w) in words.iter().enumerate() {
        let (gap, nouns): (usize, &[(&str, &[ActorKind])]) = match w.as_str() {
            "which" => (3, DETAIL_NOUNS),
            "what" | "whats" | "what's" => (2, DETAIL_NOUNS),
            "name" if words.get(i + 1).is_some_and(|n| n == "of") => (5, DETAIL_NOUNS),
            // "Who was the Egyptian TV host…", "the TV host who…": only a role that a name
            // fills, not "who is the Russian ambassador", which the profile of the ambassador
            // the brief describes answers.
            "the" => (4, INTERVIEWERS),
            "who" => (5, INTERVIEWERS),
            _ => continue,
        };
        for (j, next) in words.iter().enumerate().skip(i + 1).take(gap) {
            // "What's Russia's general approach" uses "general" as an adjective: it asks for a
            // general only when no noun follows it ("which general", "which general was",
            // "what general commanded").
            if next == "general"
                && words
                    .get(j + 1)
                    .is_some_and(|w| !crate::text::is_stop_word(w) && !w.ends_with("ed"))
            {
                continue;
            }
            // "Which country's TV station" asks for the country: the owner is the detail.
            let owner = next
                .strip_suffix("'s")
                .or_else(|| next.strip_suffix("s'"))
                .unwrap_or(next);
            // A plural asks as its singular does: "which Wagner commanders…" for "commander";
            // and a long noun typed with one slip ("which crypto exchnages") as it is meant,
            // though not a past tense a slip away from a noun ("exchanged", "commanded").
            let names = |n: &str| {
                n == owner
                    || owner.strip_suffix('s') == Some(n)
                    || owner
                        .strip_suffix("ies")
                        .is_some_and(|stem| n.strip_suffix('y') == Some(stem))
                    || (n.len() >= 7
                        && !owner.ends_with("ed")
                        && strsim::damerau_levenshtein(owner, n) == 1)
            };
            if let Some(&(noun, kinds)) = nouns.iter().find(|(n, _)| names(n)) {
                return Some((noun, kinds));
            }
        }
    }
    None
}

/// People a question asks for by the part they played in a broadcast: "who was the TV host that
/// interviewed Mashal". A sentence about the station names none of them.
const INTERVIEWERS: &[(&str, &[ActorKind])] = &[
    ("host", &[ActorKind::Person]),
    ("anchor", &[ActorKind::Person]),
    ("presenter", &[ActorKind::Person]),
    ("interviewer", &[ActorKind::Person]),
    ("moderator", &[ActorKind::Person]),
    // "Who was the RT journalist interviewing Baraka": a name the brief may not give.
    ("journalist", &[ActorKind::Person]),
    ("reporter", &[ActorKind::Person]),
    ("correspondent", &[ActorKind::Person]),
];

/// Question words that, followed by an auxiliary, put the question's subject next: "what did
/// Putin do…", "how has the Kremlin reacted…".
const WH_WORDS: &[&str] = &[
    "what", "how", "why", "who", "whom", "when", "where", "which",
];
pub(crate) const AUXILIARIES: &[&str] = &[
    "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could",
];

/// The words that stand for the subject of a question: up to three words after a question
/// word and its auxiliary ("what did **putin do after**…"), which name the subject if any
/// actor's name lies among them.
fn subject_window(query: &str) -> Option<String> {
    let words = lower_words(query);
    let at = words
        .windows(2)
        .position(|w| WH_WORDS.contains(&w[0].as_str()) && AUXILIARIES.contains(&w[1].as_str()))?;
    let window: Vec<&str> = words
        .iter()
        .skip(at + 2)
        .take(3)
        .map(String::as_str)
        .collect();
    (!window.is_empty()).then(|| window.join(" "))
}

/// The actors the knowledge base lists for an entry: a claim's speakers and subjects, an
/// event's actors, an actor itself (as indices into its brief's actors).
fn listed_actors(brief: &crate::kb::Brief, r: crate::search::DocRef) -> Vec<usize> {
    let i = r.index as usize;
    match r.kind {
        EntryKind::Actor => vec![i],
        EntryKind::Event => brief.events()[i].actors.clone(),
        EntryKind::Claim => {
            let c = &brief.claims()[i];
            c.by.iter().chain(&c.actors).copied().collect()
        }
    }
}

/// How far below the best entry one about the question's subject may score and still be put
/// first.
const SUBJECT_SHARE: f32 = 0.75;

/// How far below the best entry one where the reactor acts may score and still be put first.
/// Lower than for a subject: the best entry, where the reactor does not act, would be refused.
const REACTOR_SHARE: f32 = 0.5;

/// When a question asks what someone did ("what did Putin do after the Dagestan riot", "how
/// did the Kremlin respond"), puts first the best entry that involves them if the best one does
/// not and it scores near the top. The words of the rest of the question ("the Dagestan riot")
/// otherwise find the event it counts from instead of the subject's act.
pub(crate) fn prefer_subject(ctx: &Ctx, query: &str, s: &mut Search) {
    // "How did Putin react to the pogrom" asks what Putin did: an entry where he acts is put
    // first over the one on the pogrom itself, which would otherwise be refused as not saying.
    // Only for a reaction: an entry where Putin acts is not what "did Putin personally meet the
    // delegation" asks about, and that question is only refused when he does not act.
    if let (Some(top), Some(window)) = (s.ranked.first(), reactor_window(query)) {
        if reactor_acts(ctx.engine, s, &window, top.scored.doc) == Some(false) {
            let top_score = top.scored.score;
            let found = s.ranked.iter().take(5).position(|r| {
                r.scored.score >= REACTOR_SHARE * top_score
                    && reactor_acts(ctx.engine, s, &window, r.scored.doc) == Some(true)
            });
            if let Some(i) = found {
                s.put_first(i);
            }
            return;
        }
    }
    let Some(window) = subject_window(query) else {
        return;
    };
    let Some(top) = s.ranked.first() else {
        return;
    };
    let index = ctx.engine.index();
    let library = ctx.engine.library();
    let top_ref = index.doc(top.scored.doc);
    let Some(brief) = library.briefs().get(top_ref.brief as usize) else {
        return;
    };
    let subjects = brief.actors_named_in(&window);
    if subjects.is_empty() {
        return;
    }
    let involves = |doc: u32| {
        let r = index.doc(doc);
        r.brief == top_ref.brief && listed_actors(brief, r).iter().any(|a| subjects.contains(a))
    };
    if involves(top.scored.doc) {
        return;
    }
    let top_score = top.scored.score;
    let found = s
        .ranked
        .iter()
        .take(5)
        .position(|r| involves(r.scored.doc) && r.scored.score >= SUBJECT_SHARE * top_score);
    if let Some(i) = found {
        s.put_first(i);
    }
}

/// How far below the best entry one whose title or quotes name every person a question names
/// may score and still be put first.
const CITED_PEOPLE_SHARE: f32 = 0.75;

/// When a question names people ("which Biden line do the authors say Putin proved right") and
/// the best entry names one of them only in its curator's summary, not in its title or the
/// sentences it quotes, the answer would cite nothing about that person: the best of the next
/// four entries whose title or quotes name them all, scoring within [`CITED_PEOPLE_SHARE`] of
/// it, is put first. People only: a state is named in many ways ("Moscow", "the Kremlin",
/// "Russian") that a quote about its acts need not use.
pub(crate) fn prefer_cited_people(ctx: &Ctx, query: &str, s: &mut Search) {
    let Some(top) = s.ranked.first() else {
        return;
    };
    let index = ctx.engine.index();
    let at = index.doc(top.scored.doc).brief;
    let Some(brief) = ctx.engine.library().briefs().get(at as usize) else {
        return;
    };
    let people: Vec<usize> = (s.named_in(ctx.engine, at, query).iter().copied())
        .filter(|&a| {
            brief
                .actors()
                .get(a)
                .is_some_and(|a| a.kind == ActorKind::Person)
        })
        .collect();
    if people.is_empty() {
        return;
    }
    let cites_all = |doc: u32| {
        let r = index.doc(doc);
        if r.brief != at {
            return false;
        }
        let i = r.index as usize;
        let (title, citations) = match r.kind {
            EntryKind::Actor => {
                let a = &brief.actors()[i];
                (a.name.clone() + " " + &a.aliases.join(" "), &a.citations)
            }
            EntryKind::Event => (
                brief.events()[i].title.clone(),
                &brief.events()[i].citations,
            ),
            EntryKind::Claim => (
                brief.claims()[i].statement.clone(),
                &brief.claims()[i].citations,
            ),
        };
        let text = citations
            .iter()
            .fold(title, |text, c| text + " " + c.quote.as_str());
        people.iter().all(|&a| {
            let actor = &brief.actors()[a];
            std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .any(|form| crate::kb::holds_words(&text, form, false))
        })
    };
    put_first_near(s, CITED_PEOPLE_SHARE, 4, cites_all);
}

/// How far below the best claim one that names every party of a statement may score and still
/// be put first, when the best leaves one of them out.
const PARTIES_SHARE: f32 = 0.75;

/// When the best claim leaves out, even from the sentences it quotes, a party the statement
/// names ("did Putin really condemn the massacre" finds Russia refraining from condemning
/// Hamas), puts first a near claim that names them all (Putin's condolences, given without
/// condemning Hamas). The best one would be refused as not about them, though the brief
/// answers.
pub(crate) fn prefer_parties_present(ctx: &Ctx, statement: &str, s: &mut Search) {
    let Some(top) = s.ranked.first() else {
        return;
    };
    let at = ctx.engine.index().doc(top.scored.doc).brief;
    let Some(brief) = ctx.engine.library().briefs().get(at as usize) else {
        return;
    };
    // Only those who act count, as for the refusal: a place is often only the topic.
    let named: Vec<usize> = (s.named_in(ctx.engine, at, statement).iter().copied())
        .filter(|&a| takes_part(brief, a))
        .collect();
    if parties(ctx.engine, &named, top.scored.doc) != Parties::Absent {
        return;
    }
    // The claim put first must also share as much of the statement's act as the best one
    // does, not only its names: "the Moscow delegation included Iranian officials" is not
    // answered by a claim that names Moscow, Hamas and Iran's allies "including Hamas", which
    // has lost the delegation.
    let act_weight = |scored: &crate::search::Scored| -> f32 {
        (s.words.iter().zip(&scored.matched).zip(&s.weights))
            .filter(|((w, m), _)| m.is_some() && brief.actors_named_in(w).is_empty())
            .map(|(_, weight)| weight)
            .sum()
    };
    let top_act = act_weight(&top.scored);
    let fitting: Vec<u32> = (s.ranked.iter().skip(1).take(4))
        .filter(|r| {
            shares_an_act(brief, s, &r.scored)
                && act_weight(&r.scored) >= top_act
                && ctx.engine.index().doc(r.scored.doc).brief == at
                && parties(ctx.engine, &named, r.scored.doc) == Parties::Present
        })
        .map(|r| r.scored.doc)
        .collect();
    put_first_near(s, PARTIES_SHARE, 4, |doc| fitting.contains(&doc));
}

/// Whether candidate `scored` matches a word of the search that names none of `brief`'s
/// actors: an act, a thing or a time the two have in common besides their names.
pub(crate) fn shares_an_act(
    brief: &crate::kb::Brief,
    s: &Search,
    scored: &crate::search::Scored,
) -> bool {
    (s.words.iter().zip(&scored.matched))
        .any(|(w, m)| m.is_some() && brief.actors_named_in(w).is_empty())
}

/// Whether a statement names one of the brief's actors that the entry `doc` leaves out while
/// the sentence it quotes names them: "Hamas backed Assad" against "while Russia supported
/// President Bashar Assad", from the sentence that has Hamas back the opposition. The statement
/// gives the entry's act to another party of the same sentence, which the brief contradicts.
pub(crate) fn party_swapped(
    engine: &crate::engine::Engine,
    s: &Search,
    query: &str,
    doc: u32,
) -> bool {
    let brief_at = engine.index().doc(doc).brief;
    let named = s.named_in(engine, brief_at, query);
    // "Russia's UN guy" names the UN only as part of Russia's envoy: a name right after a
    // possessive belongs to the owner's noun phrase and is no party of its own.
    let named: Vec<usize> = match engine.library().briefs().get(brief_at as usize) {
        Some(brief) => {
            let words = lower_words(query);
            named
                .iter()
                .copied()
                .filter(|&a| !after_possessive_only(brief, a, &words))
                .collect()
        }
        None => named.to_vec(),
    };
    parties(engine, &named, doc) == Parties::InSentenceOnly
}

/// Whether every mention of actor `a` in a text's `words` ([`lower_words`]) follows a
/// possessive ("moscow's UN draft").
fn after_possessive_only(brief: &crate::kb::Brief, a: usize, words: &[String]) -> bool {
    let Some(actor) = brief.actors().get(a) else {
        return false;
    };
    let mut mentions = 0;
    for form in std::iter::once(&actor.name).chain(&actor.aliases) {
        let form = lower_words(form);
        if form.is_empty() {
            continue;
        }
        for i in 0..words.len() {
            if words[i..].starts_with(&form) {
                mentions += 1;
                let owned = i > 0 && possessive_owner(&words[i - 1]).is_some();
                if !owned {
                    return false;
                }
            }
        }
    }
    mentions > 0
}

/// Whether a statement gives the act of claim `doc` to the party the claim has it done to ("the
/// US vetoed Russia's draft" against Russia's veto of a US resolution), reading the claim's
/// statement and the names of the actors of its brief that the statement names.
pub(crate) fn roles_swapped(
    engine: &crate::engine::Engine,
    s: &Search,
    statement: &str,
    doc: u32,
) -> bool {
    let r = engine.index().doc(doc);
    let Some(brief) = engine.library().briefs().get(r.brief as usize) else {
        return false;
    };
    if r.kind != EntryKind::Claim {
        return false;
    }
    // Read as typed: "US" in capitals is the United States, which the lowercased text that
    // drops time phrases cannot tell from the pronoun.
    let named = s.actors_in(engine, r.brief, statement);
    if named.len() < 2 {
        return false;
    }
    let names: Vec<Vec<Vec<String>>> = named
        .iter()
        .filter_map(|&a| brief.actors().get(a))
        .map(|actor| {
            std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .map(|form| super::stance::words(form))
                .collect()
        })
        .collect();
    let claim = &brief.claims()[r.index as usize].statement;
    super::stance::roles_swapped(statement, claim, &names)
}

/// How much of a statement's word weight, besides the substituted name, the claim may leave
/// unmatched and still be the claim the statement gets wrong: filler such as "gave" in "Putin
/// gave that speech in Kazakhstan".
const SUBSTITUTE_SLACK: f32 = 0.25;

/// The least word score at which a claim is close enough to a statement for a substituted name
/// to be the only difference.
pub(crate) const SUBSTITUTE_FLOOR: f32 = 0.45;

/// Whether a statement is the claim `s.ranked[0]` with one name, place or number replaced by
/// another: "Putin compared the siege of Gaza to Stalingrad" against his comparison with
/// Leningrad, "Russian weapons reached Hamas through Turkey" against the brief's Iran, "the
/// meetings started in 2015" against 2006. Everything else the statement says matches the
/// claim, the replaced word matches nothing in it, and the claim names in its place something
/// of the same sort that the statement leaves out. The brief then says otherwise, which is an
/// answer, where a missing word alone would only make the claim a weaker match.
///
/// A name added beside the brief's ("China also vetoed…") is no substitution: the brief's own
/// party is still in the statement, and the brief is merely silent on the addition.
pub(crate) fn substituted(
    engine: &crate::engine::Engine,
    s: &Search,
    statement: &str,
) -> Option<String> {
    let top = s.ranked.first()?;
    if top.lexical < SUBSTITUTE_FLOOR || adds_a_party(statement) {
        return None;
    }
    let r = engine.index().doc(top.scored.doc);
    let brief = engine.library().briefs().get(r.brief as usize)?;
    if r.kind != EntryKind::Claim {
        return None;
    }
    // A word matched only as a misspelling of a name the claim is filed under ("chewed" for
    // another word of its source or parties) says nothing the claim says: then the statement
    // does not match the claim but for one name ("Netanyahu chewed Putin out" is not Hamas's
    // thanks with one name changed).
    if (top.scored.matched.iter()).any(|m| {
        matches!(
            m,
            Some((crate::search::Field::Related, crate::search::MatchHow::Typo))
        )
    }) {
        return None;
    }
    let unmatched: Vec<(&str, f32)> = (s.words.iter().zip(&top.scored.matched).zip(&s.weights))
        .filter(|((_, m), _)| m.is_none())
        .map(|((w, _), &wt)| (w.as_str(), wt))
        .collect();
    if unmatched.is_empty() {
        return None;
    }
    let statement_lower = crate::text::fold_for_search(statement).to_lowercase();
    let named = brief.actors_named_in(&statement_lower);
    // The brief's whole text, lower-cased once and only if a word has to be looked up in it.
    let brief_text = std::cell::OnceCell::new();
    let sorted: Vec<(&str, f32, Substitute)> = unmatched
        .iter()
        .filter_map(|&(w, wt)| Some((w, wt, substitute_sort(brief, &named, &brief_text, w)?)))
        .collect();
    // Most statements end here, before the entry's text is read: no unmatched word can stand
    // for anything, or even the heaviest that can leaves too much else unmatched.
    let total: f32 = s.weights.iter().sum();
    let unmatched_weight: f32 = unmatched.iter().map(|(_, wt)| wt).sum();
    let heaviest = sorted.iter().map(|&(_, wt, _)| wt).fold(0.0, f32::max);
    if sorted.is_empty() || total <= 0.0 || (unmatched_weight - heaviest) / total > SUBSTITUTE_SLACK
    {
        return None;
    }
    let (head, body) = entry_texts(engine.library(), r);
    let claim = &brief.claims()[r.index as usize];
    let sentences = cited_sentences(brief, &claim.citations);
    // Where the claim was made ("speech to leaders of former Soviet states in Kyrgyzstan") is
    // part of what it says: "the Leningrad speech was in Kazakhstan" replaces that place.
    let source = claim.source.as_deref().unwrap_or_default();
    let entry = format!("{head} {body} {sentences} {source}");
    let entry_lower = crate::text::fold_for_search(&entry).to_lowercase();
    let says = |text: &str, word: &str| crate::kb::holds_words(text, word, false);
    let candidates: Vec<(&str, f32, Substitute)> = sorted
        .into_iter()
        .filter(|&(w, _, _)| !says(&entry_lower, w))
        .collect();
    // Two unmatched names ("Biden phoned Putin") are a different story, not one name changed.
    let &[(word, weight, sort)] = candidates.as_slice() else {
        return None;
    };
    if (unmatched_weight - weight) / total > SUBSTITUTE_SLACK {
        return None;
    }
    let left_out = |actor: &crate::kb::Actor| {
        !std::iter::once(&actor.name).chain(&actor.aliases).any(|f| {
            says(
                &statement_lower,
                &crate::text::fold_for_search(f).to_lowercase(),
            )
        })
    };
    // A place the statement puts something in or routes it through ("in Syria", "through
    // Turkey") replaces a place the claim gives in the same way ("via Iran"), not any state
    // the claim names: "Wagner trained Hamas in Libya" is not answered by a Ukrainian report
    // that names no place at all.
    let word_placed = placed(&statement_lower, word);
    let mut listed = listed_actors(brief, r);
    listed.extend(brief.actors_named_in(source));
    let listed_of = |kinds: &[ActorKind]| {
        listed.iter().copied().any(|a| {
            brief.actors().get(a).is_some_and(|actor| {
                kinds.contains(&actor.kind)
                    && left_out(actor)
                    && (!word_placed
                        || std::iter::once(&actor.name).chain(&actor.aliases).any(|f| {
                            placed(
                                &entry_lower,
                                &crate::text::fold_for_search(f).to_lowercase(),
                            )
                        }))
            })
        })
    };
    let replaced = match sort {
        // The claim gives another number of the same length ("2006" for "2015", "25" for
        // "16") that the statement does not.
        Substitute::Number => entry_lower
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| n.len() == word.len())
            .any(|n| !says(&statement_lower, n)),
        // A place the statement puts something in may stand for a state the claim puts it in,
        // and the other way round: both are places there ("decided in Gaza" for "on the
        // Ukrainian front").
        Substitute::Actor(ActorKind::Place | ActorKind::State) if word_placed => {
            listed_of(&[ActorKind::State, ActorKind::Place])
        }
        // A state and an armed group are both sides of a war: "the Russian draft blamed Hamas"
        // replaces the Israel it blamed.
        Substitute::Actor(ActorKind::State | ActorKind::Organisation) => {
            listed_of(&[ActorKind::State, ActorKind::Organisation])
        }
        Substitute::Actor(kind) => listed_of(&[kind]),
        // A state the brief never names only stands for a place the claim gives.
        Substitute::State => word_placed && listed_of(&[ActorKind::State, ActorKind::Place]),
        // A name the brief does not know stands for one of the same make in the claim
        // ("Leningrad" for "Stalingrad").
        Substitute::Unknown => entry
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(str::to_lowercase)
            .any(|w| {
                w != word && shared_suffix(&w, word) >= NAME_SUFFIX && !says(&statement_lower, &w)
            }),
    };
    replaced.then(|| word.to_string())
}

/// What an unmatched statement word may stand in for.
#[derive(Clone, Copy)]
enum Substitute {
    /// A year or a day of the month.
    Number,
    /// A name of one of the brief's actors, of this kind.
    Actor(ActorKind),
    /// A state the brief never names.
    State,
    /// A word the brief never uses: a name it does not know, such as "Stalingrad".
    Unknown,
}

/// Prepositions that place an act somewhere or route it through somewhere.
const PLACE_WORDS: &[&str] = &["in", "at", "on", "via", "through", "thru", "from", "into"];

/// Words by which a question has someone go somewhere: "when did Putin last **visit** Israel",
/// "the delegation **went to** Moscow".
const TRAVEL_WORDS: &[&[&str]] = &[
    &["visit"],
    &["visited"],
    &["visiting"],
    &["visits"],
    &["went", "to"],
    &["go", "to"],
    &["goes", "to"],
    &["travel", "to"],
    &["travelled", "to"],
    &["traveled", "to"],
    &["flew", "to"],
    &["fly", "to"],
    &["trip", "to"],
];

/// Words before a place that put someone there in an entry: "visited Moscow", "in Moscow".
const THERE_WORDS: &[&str] = &["visited", "visit", "visiting", "to", "in", "at", "into"];

/// Verbs by which a question asks whether people met: "when did Putin meet the Hamas
/// delegation", "Putin personally hosted Hamas leaders". Not the nouns: "what did Putin say at
/// that meeting in Kyrgyzstan" names the occasion of what it asks about.
const MEETING_QUESTIONS: &[&str] = &["meet", "meets", "met", "host", "hosts", "hosted", "hosting"];

/// Words by which a sentence says a meeting took place: "met with", "convened a meeting",
/// "hosted", "received", "held talks".
const MEETING_WORDS: &[&str] = &[
    "meet", "meets", "met", "meeting", "meetings", "convened", "convenes", "hosted", "hosts",
    "received", "receives", "talks", "summit",
];

/// Whether `query` asks about a meeting and entry `doc` says of none: "when did Putin meet the
/// Hamas delegation" is not answered by Hamas thanking Putin after the delegation's visit, nor
/// by the visit itself, which does not say whom the delegation saw.
fn meeting_unstated(engine: &crate::engine::Engine, query: &str, doc: u32) -> bool {
    if !lower_words(query)
        .iter()
        .any(|w| MEETING_QUESTIONS.contains(&w.as_str()))
    {
        return false;
    }
    let (head, body) = entry_texts(engine.library(), engine.index().doc(doc));
    !lower_words(&format!("{head} {body}"))
        .iter()
        .any(|w| MEETING_WORDS.contains(&w.as_str()))
}

/// Whether `query` has someone go to a state or place that entry `doc` never puts anyone in:
/// "when did Putin last visit Israel" is not answered by a meeting in Moscow whose sentence
/// names Israel as a side. A visit the entry gives ("Hamas delegations visited Moscow") counts.
pub(crate) fn destination_absent(engine: &crate::engine::Engine, query: &str, doc: u32) -> bool {
    let words = lower_words(query);
    let Some((_, after)) = find_phrase(&words, TRAVEL_WORDS) else {
        return false;
    };
    let r = engine.index().doc(doc);
    let Some(brief) = engine.library().briefs().get(r.brief as usize) else {
        return false;
    };
    // The destination: the state or place named in the two words after the travel word.
    let window = words[after..(after + 3).min(words.len())].join(" ");
    let Some(destination) = brief
        .actors_named_in(&window)
        .into_iter()
        .filter_map(|a| brief.actors().get(a))
        .find(|a| matches!(a.kind, ActorKind::State | ActorKind::Place))
    else {
        return false;
    };
    let (head, body) = entry_texts(engine.library(), r);
    let text = crate::text::fold_for_search(&format!("{head} {body}")).to_lowercase();
    !std::iter::once(&destination.name)
        .chain(&destination.aliases)
        .map(|f| crate::text::fold_for_search(f).to_lowercase())
        .any(|f| {
            THERE_WORDS.iter().any(|p| {
                crate::kb::holds_words(&text, &format!("{p} {f}"), false)
                    || crate::kb::holds_words(&text, &format!("{p} the {f}"), false)
            })
        })
}

/// Whether `text` (folded, lower case) has `name` right after one of [`PLACE_WORDS`], with or
/// without "the" between them ("on the Ukrainian front").
fn placed(text: &str, name: &str) -> bool {
    PLACE_WORDS.iter().any(|p| {
        crate::kb::holds_words(text, &format!("{p} {name}"), false)
            || crate::kb::holds_words(text, &format!("{p} the {name}"), false)
    })
}

/// Words that put a party beside another rather than in its place: "China **also** vetoed it",
/// "Iran **joined** Russia", "co-sponsored".
const ADDITIONS: &[&str] = &[
    "also",
    "too",
    "alongside",
    "joined",
    "together",
    "both",
    "with",
    "along",
];

fn adds_a_party(statement: &str) -> bool {
    lower_words(statement)
        .iter()
        .any(|w| ADDITIONS.contains(&w.as_str()) || w.starts_with("co-"))
}

/// How many final letters two names must share to be names of one make ("-grad", "-stan").
const NAME_SUFFIX: usize = 4;

fn shared_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// What the unmatched statement word `word` may stand in for, if anything: a number, a name
/// of the brief's actors, a state the brief never names, or a word the brief never uses. Other
/// words (verbs, nouns the brief uses elsewhere) are no substitutes.
fn substitute_sort(
    brief: &crate::kb::Brief,
    named: &[usize],
    brief_text: &std::cell::OnceCell<String>,
    word: &str,
) -> Option<Substitute> {
    if word.len() <= 4 && word.bytes().all(|c| c.is_ascii_digit()) {
        return Some(Substitute::Number);
    }
    if word.len() < 4 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    if let Some(actor) = named
        .iter()
        .filter_map(|&a| brief.actors().get(a))
        .find(|actor| {
            std::iter::once(&actor.name).chain(&actor.aliases).any(|f| {
                crate::kb::holds_words(&crate::text::fold_for_search(f).to_lowercase(), word, false)
            })
        })
    {
        return Some(Substitute::Actor(actor.kind));
    }
    if !named_outsiders(word).is_empty() {
        return Some(Substitute::State);
    }
    let text = brief_text.get_or_init(|| {
        let paragraphs: Vec<&str> = brief.paragraphs().iter().map(|p| p.text.as_str()).collect();
        paragraphs.join("\n").to_lowercase()
    });
    (!crate::kb::holds_words(text, word, false)).then_some(Substitute::Unknown)
}

/// Where the actors a statement names stand in an entry. A statement vouches for every actor of
/// the brief it names, so an entry that names one of them nowhere, not even in the whole
/// sentences it quotes, does not confirm it: "Wagner trained Hamas fighters in Syria" is not
/// confirmed by the report that Wagner trained Hamas, which says nothing of Syria. Only actors
/// of the entry's own brief count; a name the brief never uses is the outsider check's business.
#[derive(Debug, PartialEq)]
enum Parties {
    /// Every one is the entry's own (listed, or named in its text).
    Present,
    /// One is named only elsewhere in the sentences the entry quotes.
    InSentenceOnly,
    /// One is not named even there.
    Absent,
}

/// Whether entry `id` of brief `brief` leaves out, even from the sentences it quotes, a state,
/// organisation or person that `query` names: one who does or undergoes the act ("did Israel
/// send weapons to Ukraine" is not answered by Russian weapons reaching Hamas). Places and
/// bodies a question names are often only its topic ("the same stance in every Gaza round")
/// and do not count here.
pub(crate) fn leaves_out_a_party(
    engine: &crate::engine::Engine,
    query: &str,
    brief: &str,
    id: &str,
) -> bool {
    let library = engine.library();
    let Some(bi) = library.briefs().iter().position(|b| b.id() == brief) else {
        return false;
    };
    let b = &library.briefs()[bi];
    let Some((kind, index)) = b.lookup(id) else {
        return false;
    };
    let Some(doc) = engine.index().doc_of(crate::search::DocRef {
        brief: bi as u32,
        kind,
        index: index as u32,
    }) else {
        return false;
    };
    let named: Vec<usize> = b
        .actors_named_in(&without_time_phrases(query))
        .into_iter()
        .filter(|&a| takes_part(b, a))
        .collect();
    parties(engine, &named, doc) == Parties::Absent
}

/// Whether actor `a` of `brief` is of a kind that does or undergoes an act a statement names: a
/// state, an organisation or a person. Places and bodies a question names are often only its
/// topic.
fn takes_part(brief: &crate::kb::Brief, a: usize) -> bool {
    brief.actors().get(a).is_some_and(|a| {
        matches!(
            a.kind,
            ActorKind::State | ActorKind::Organisation | ActorKind::Person
        )
    })
}

/// Phrases by which an entry speaks of every party to a conflict at once.
const BOTH_SIDES: &[&str] = &[
    "both sides",
    "both parties",
    "all sides",
    "either side",
    "each side",
];

/// Where the actors `named` (of the entry's brief) stand in entry `doc`.
fn parties(engine: &crate::engine::Engine, named: &[usize], doc: u32) -> Parties {
    if named.is_empty() {
        return Parties::Present;
    }
    let r = engine.index().doc(doc);
    let Some(brief) = engine.library().briefs().get(r.brief as usize) else {
        return Parties::Present;
    };
    let listed = listed_actors(brief, r);
    let (head, body) = entry_texts(engine.library(), r);
    // Where a claim was made ("Russia's draft resolution to the UN Security Council") names a
    // party as well: "Russia's UN draft blamed Israel" names the UN through it.
    let source = match r.kind {
        EntryKind::Claim => brief.claims()[r.index as usize].source.as_deref(),
        _ => None,
    };
    let mut own = format!("{head} {body} {}", source.unwrap_or_default());
    // A listed body names what it belongs to: the UN Security Council names the UN, so "the UN
    // draft" is the draft put to the Council.
    for &a in &listed {
        if let Some(actor) = brief.actors().get(a) {
            own.push(' ');
            own.push_str(&actor.name);
        }
    }
    let names = |a: usize, text: &str| {
        brief.actors().get(a).is_some_and(|actor| {
            std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .any(|form| crate::kb::holds_words(text, form, false))
        })
    };
    // A head of state or government acts for the state: "did Putin condemn the attack" is
    // answered by "Russia refrained from condemning Hamas", Putin being the Russian President.
    // Not when the statement names another person: "Biden phoned Putin", "when did Putin and
    // Bibi meet" ask what passed between people, which no act of their states gives.
    let people = (named.iter())
        .filter(|&&a| (brief.actors().get(a)).is_some_and(|a| a.kind == ActorKind::Person))
        .count();
    let heads_a_party = |a: usize| {
        brief.actors().get(a).is_some_and(|person| {
            people == 1
                && person.kind == ActorKind::Person
                && listed.iter().chain(named).any(|&state| {
                    state != a
                        && brief
                            .actors()
                            .get(state)
                            .is_some_and(|state| heads(person, state))
                })
        })
    };
    let outside: Vec<usize> = named
        .iter()
        .copied()
        .filter(|&a| !listed.contains(&a) && !names(a, &own) && !heads_a_party(a))
        .collect();
    if outside.is_empty() {
        return Parties::Present;
    }
    // An entry about "both sides" of a conflict stands for its parties without naming them:
    // "why be friendly with Hamas when it also talks to Israel" is answered by Russia's
    // "good relations with both sides in any given conflict".
    let lower = own.to_lowercase();
    if BOTH_SIDES.iter().any(|p| lower.contains(p)) {
        return Parties::Present;
    }
    let sentences = match r.kind {
        EntryKind::Claim => cited_sentences(brief, &brief.claims()[r.index as usize].citations),
        EntryKind::Event => cited_sentences(brief, &brief.events()[r.index as usize].citations),
        EntryKind::Actor => String::new(),
    };
    if outside.iter().all(|&a| names(a, &sentences)) {
        Parties::InSentenceOnly
    } else {
        Parties::Absent
    }
}

/// Titles of those who act for their state: a president's or a prime minister's act of state is
/// the state's.
const HEADS_OF_STATE: &[&str] = &["president", "prime minister", "premier", "chancellor"];

/// Whether person `person` heads state `state` by one of their own names: a form that joins a
/// title of [`HEADS_OF_STATE`] to the state's name or demonym ("Russian President", "President
/// of Russia", "Russia's president").
fn heads(person: &crate::kb::Actor, state: &crate::kb::Actor) -> bool {
    if state.kind != ActorKind::State {
        return false;
    }
    let table = crate::draft::tables::STATES
        .iter()
        .find(|s| s.name == state.name || s.others.contains(&state.name.as_str()));
    let state_forms: Vec<String> = std::iter::once(state.name.as_str())
        .chain(
            table
                .into_iter()
                .flat_map(|t| t.others.iter().chain(t.demonyms).copied()),
        )
        .map(|s| padded_words(&s.to_lowercase()))
        .collect();
    std::iter::once(&person.name)
        .chain(&person.aliases)
        .map(|form| padded_words(&form.to_lowercase()))
        .any(|form| {
            HEADS_OF_STATE
                .iter()
                .any(|t| form.contains(&format!(" {t} ")))
                && state_forms.iter().any(|s| form.contains(s.as_str()))
        })
}

/// Words that open a phrase placing a statement in time: "**after** Dagestan, Putin blamed the
/// West", "**during** the Gaza war". What they name sets the scene rather than taking part.
const TIME_PREPOSITIONS: &[&str] = &["after", "before", "during", "following", "since", "amid"];

/// Prepositions that, opening a statement, place it: "**in** Kyrgyzstan, Putin said…". Inside a
/// statement they may name a party ("Wagner trained Hamas in Syria" is not confirmed by a report
/// that says nothing of Syria), so only the opening phrase is read as the scene.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at"];

/// Words for a war or a round of one, which a name before them ("Gaza wars") only labels.
const WAR_NOUNS: &[&str] = &[
    "war",
    "wars",
    "conflict",
    "conflicts",
    "fighting",
    "round",
    "rounds",
    "crisis",
];

/// The query without the name that follows a time preposition (with its article), a place
/// preposition that opens it, one that labels a war ("gaza wars"), or "pro-"/"anti-": "after
/// dagestan putin blamed the west" is read as "after putin blamed the west", "in kyrgyzstan putin
/// said…" as "in putin said…". A stance
/// ("pro-Israel") names whom it favours, not a party to the act: whether the brief gives the
/// same stance is the stance check's business.
fn without_time_phrases(query: &str) -> String {
    let words = lower_words(query);
    let mut kept = Vec::with_capacity(words.len());
    let mut skip = 0;
    for (i, w) in words.iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            if matches!(w.as_str(), "the" | "a" | "an") {
                skip += 1;
            }
            continue;
        }
        if w.starts_with("pro-") || w.starts_with("anti-") {
            continue;
        }
        // A name right before a word for a war ("the earlier Gaza wars", "the Ukraine
        // conflict") says which war, the statement's topic, not a party to its act.
        if !crate::text::is_stop_word(w)
            && words
                .get(i + 1)
                .is_some_and(|next| WAR_NOUNS.contains(&next.as_str()))
        {
            continue;
        }
        if TIME_PREPOSITIONS.contains(&w.as_str())
            || (i == 0 && PLACE_PREPOSITIONS.contains(&w.as_str()))
        {
            skip = 1;
        }
        kept.push(w.as_str());
    }
    kept.join(" ")
}

/// The body sentences that the citations quote from, whole.
fn cited_sentences(brief: &crate::kb::Brief, citations: &[crate::kb::Citation]) -> String {
    let mut out = String::new();
    for c in citations {
        let Some(p) = c
            .paragraph
            .checked_sub(1)
            .filter(|_| c.part == crate::kb::Part::Body)
            .and_then(|i| brief.paragraphs().get(i))
        else {
            continue;
        };
        for (start, end) in crate::kb::seed::sentences(&p.text) {
            if start < c.span.1 && c.span.0 < end {
                out.push_str(&p.text[start..end]);
                out.push(' ');
            }
        }
    }
    out
}

/// Words after which a question names the event it counts from, not the one it asks about:
/// "what did Putin do **after** the Dagestan riot", "the Kremlin's **reaction to** the riot".
const FOLLOW_UP_CUES: &[&[&str]] = &[
    &["after"],
    &["following"],
    &["reaction", "to"],
    &["reacted", "to"],
    &["response", "to"],
    &["responded", "to"],
    &["respond", "to"],
    &["react", "to"],
    &["reply", "to"],
    &["replied", "to"],
    &["aftermath", "of"],
    &["wake", "of"],
];

/// Words that end the name of the event a question counts from: the question goes on.
const FOLLOW_UP_ENDS: &[&str] = &[
    "what", "whats", "what's", "wat", "did", "does", "do", "how", "who", "which", "was", "were",
    "is", "on", "in",
];

/// The least word score at which the words after a cue name an event of the brief.
const FOLLOW_UP_FLOOR: f32 = 0.5;

/// How far below the best entry the follow-up may score and still be put first.
const FOLLOW_UP_SHARE: f32 = 0.6;

/// The words naming the event a question counts from ("the dagestan mob thing" in "after the
/// dagestan mob thing what did putin do"), when a cue is followed by one that is not a date.
fn follow_up_anchor(query: &str) -> Option<String> {
    let words = lower_words(query);
    let (_, cue_end) = find_phrase(&words, FOLLOW_UP_CUES)?;
    let anchor: Vec<&str> = words[cue_end..]
        .iter()
        .map(String::as_str)
        .take_while(|w| !FOLLOW_UP_ENDS.contains(w))
        .collect();
    let text = anchor.join(" ");
    let content = anchor.iter().any(|w| !crate::text::is_stop_word(w));
    (content && crate::search::dates::extract(&text).is_none()).then_some(text)
}

/// When a question asks what followed an event ("after the Dagestan riot, what did Putin do",
/// "the Kremlin's reaction to the riot"), the event itself matches it best, by the very words
/// that name it, yet it is the one answer the question rules out. When the words after the cue
/// name an event of the brief (its event, or a claim stating it) and that entry comes first, the
/// best of the next four entries that is not it (and, after an event, no event that comes
/// before it in the brief's story), scoring within
/// [`FOLLOW_UP_SHARE`] of it, is put first.
pub(crate) fn prefer_follow_up(ctx: &Ctx, query: &str, s: &mut Search) {
    let Some(anchor) = follow_up_anchor(query) else {
        return;
    };
    let Some(top) = s.ranked.first() else {
        return;
    };
    let index = ctx.engine.index();
    let first = index.doc(top.scored.doc);
    if first.kind == EntryKind::Actor {
        return;
    }
    let named = ctx.search_kinds(
        &anchor,
        &[EntryKind::Event, EntryKind::Claim],
        CommandName::Ask,
    );
    let Some(event) = named
        .ranked
        .first()
        .filter(|r| r.lexical >= FOLLOW_UP_FLOOR)
    else {
        return;
    };
    if event.scored.doc != top.scored.doc {
        return;
    }
    let library = ctx.engine.library();
    let order = |r: crate::search::DocRef| {
        (library.briefs().get(r.brief as usize))
            .and_then(|b| b.events().get(r.index as usize))
            .map(|e| e.order)
    };
    let anchor_order = order(first);
    let top_score = top.scored.score;
    // The question's other words ("what did Putin do") must favour the follow-up: when the
    // event matches them as well ("how did Moscow's reaction differ from world leaders' after
    // the massacre" is answered by the attack's own entry), it stays.
    let rest = |r: &Ranked| -> f32 {
        (s.words.iter().zip(&s.weights).zip(&r.scored.matched))
            .filter(|((w, _), m)| m.is_some() && !named.words.contains(w))
            .map(|((_, wt), _)| wt)
            .sum()
    };
    let top_rest = rest(top);
    let found = (s.ranked.iter().enumerate())
        .skip(1)
        .take(4)
        .find(|(_, r)| {
            let d = index.doc(r.scored.doc);
            // A later event of the story follows the anchor by the brief's own order, so matching
            // the other words as well as the anchor does is enough; anything else must match them
            // better.
            let follows = d.kind == EntryKind::Event
                && first.kind == EntryKind::Event
                && order(d) > anchor_order;
            let later_or_other =
                d.kind != EntryKind::Event || first.kind != EntryKind::Event || follows;
            r.scored.score >= FOLLOW_UP_SHARE * top_score
                && d.brief == first.brief
                && later_or_other
                && (rest(r) > top_rest || top_rest == 0.0 || (follows && rest(r) >= top_rest))
        });
    if let Some((i, _)) = found {
        s.put_first(i);
    }
}

/// Phrases that ask for a reason or a purpose: "why does Russia even bother keeping Hamas
/// close", "what's in it for Hamas", "what does Moscow get out of it".
const REASON_QUESTIONS: &[&[&str]] = &[
    &["why"],
    &["how", "come"],
    &["what", "for"],
    &["in", "it", "for"],
    &["get", "out", "of"],
    &["gets", "out", "of"],
    &["got", "out", "of"],
    &["point", "of"],
    &["bother"],
    &["bothers"],
    &["bothering"],
    &["motive"],
    &["motives"],
    &["reason"],
    &["reasons"],
    &["goal"],
    &["goals"],
    &["aim"],
    &["aims"],
    &["payoff"],
    &["motivation"],
    &["rationale"],
];

/// Words by which a sentence gives a reason or a purpose: "Russia's **strategy** of
/// maintaining good relations with both sides…", "ties with Russia are highly **important** for
/// Hamas, **as** they…", "**in order to** safeguard it".
const REASON_MARKERS: &[&[&str]] = &[
    &["because"],
    &["in", "order", "to"],
    &["so", "as", "to"],
    &["so", "that"],
    &["due", "to"],
    &["as", "a", "result"],
    &["strategy"],
    &["interest"],
    &["interests"],
    &["aspires"],
    &["seeks"],
    &["goal"],
    &["aim"],
    &["serves"],
    &["important"],
    &["motivated"],
    &["thus"],
    &["convenient"],
];

/// Phrases that ask for what someone is after, not for any reason: "what does Moscow get out
/// of this war, what are its goals", "what does Russia hope to get out of playing peacemaker".
const GOAL_QUESTIONS: &[&[&str]] = &[
    &["get", "out", "of"],
    &["gets", "out", "of"],
    &["goal"],
    &["goals"],
    &["aim"],
    &["aims"],
    &["objective"],
    &["objectives"],
    &["hope"],
    &["hopes"],
    &["want"],
    &["wants"],
    &["after"],
];

/// Words by which a sentence says what someone is after: "Moscow's main **goal** at this
/// time is…", "Russia **aspires** to restore its standing". A sentence that only weighs
/// interests ("Russia's current interests are not to Israel's benefit") gives a reason but
/// not the aim.
const GOAL_MARKERS: &[&[&str]] = &[
    &["goal"],
    &["goals"],
    &["aim"],
    &["aims"],
    &["aspires"],
    &["seeks"],
    &["objective"],
];

/// Verbs of being of use: "how does a Middle East war even help Russia" asks what Russia gains,
/// which a sentence of purpose ("serves this goal", "very convenient for Moscow") answers.
const BENEFIT_VERBS: &[&str] = &[
    "help",
    "helps",
    "helped",
    "benefit",
    "benefits",
    "benefited",
    "serve",
    "serves",
    "suit",
    "suits",
    "profit",
    "profits",
];

/// How many words after "how" a verb of being of use may stand and still be what it asks:
/// "how does america getting sucked into the middle east help putin".
const BENEFIT_REACH: usize = 10;

/// Whether a question asks how something is of use to someone: "how" and, within
/// [`BENEFIT_REACH`] words after it, a verb of [`BENEFIT_VERBS`].
fn asks_how_it_helps(words: &[String]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        w == "how"
            && words[i + 1..]
                .iter()
                .take(BENEFIT_REACH)
                .any(|v| BENEFIT_VERBS.contains(&v.as_str()))
    })
}

/// Phrases that ask why something matters: "why is X such a big deal", "why does it matter".
const SIGNIFICANCE_QUESTIONS: &[&[&str]] = &[
    &["big", "deal"],
    &["matter"],
    &["matters"],
    &["significance"],
    &["significant"],
];

/// Words by which a sentence says what something marks, which answers why it matters: "a
/// turning point in relations", "a watershed".
const SIGNIFICANCE_MARKERS: &[&[&str]] = &[
    &["turning", "point"],
    &["watershed"],
    &["milestone"],
    &["significant"],
];

/// Whether `words` hold one of `phrases`, word for word.
fn holds_phrase(words: &[String], phrases: &[&[&str]]) -> bool {
    find_phrase(words, phrases).is_some()
}

/// Where the first of `phrases` to stand in `words` (word for word) starts, and where it ends:
/// scanning from the first word, the first phrase of the list that fits there. Comparing in
/// place keeps the questions that pass every command's cue checks from allocating.
pub(crate) fn find_phrase(words: &[String], phrases: &[&[&str]]) -> Option<(usize, usize)> {
    (0..words.len()).find_map(|i| {
        phrases
            .iter()
            .find(|p| {
                !p.is_empty()
                    && words.len() - i >= p.len()
                    && p.iter().zip(&words[i..]).all(|(a, b)| a == b)
            })
            .map(|p| (i, i + p.len()))
    })
}

/// The two ways relations move, each with the words that say it: worse ("a temporary decline
/// in relations", "ties soured") and better ("ties began to warm", "improved").
const DIRECTIONS: [&[&str]; 2] = [
    &[
        "decline",
        "declined",
        "declines",
        "dip",
        "dipped",
        "cool",
        "cooled",
        "cooling",
        "rift",
        "sour",
        "soured",
        "souring",
        "strained",
        "worsen",
        "worsened",
        "deteriorate",
        "deteriorated",
        "downturn",
        "frosty",
    ],
    &[
        "warm",
        "warmed",
        "warming",
        "warmer",
        "thaw",
        "thawed",
        "improve",
        "improved",
        "improving",
        "rebound",
        "rebounded",
        "recover",
        "recovered",
    ],
];

/// Which of [`DIRECTIONS`] `words` hold: `(worse, better)`.
fn directions_in(words: &[String]) -> (bool, bool) {
    let holds = |d: &[&str]| words.iter().any(|w| d.contains(&w.as_str()));
    (holds(DIRECTIONS[0]), holds(DIRECTIONS[1]))
}

/// A question about relations moving one way ("when did ties between Moscow and Hamas cool
/// off") is not answered by the entry whose head says they moved the other way ("Russia–Hamas
/// ties warm again"), though its text tells the decline it recovered from: the best of the next
/// four whose head says the asked way, scoring within [`REASON_SHARE`] of it, is put first.
pub(crate) fn prefer_direction(ctx: &Ctx, query: &str, s: &mut Search) {
    let plain = crate::search::synonyms::plain_idioms(query);
    let words = lower_words(plain.as_deref().unwrap_or(query));
    // "After the Syria falling-out, did they stop talking" names the fall as what came before
    // and asks what followed it.
    if words
        .iter()
        .any(|w| matches!(w.as_str(), "after" | "since" | "following" | "post"))
    {
        return;
    }
    let (worse, better) = directions_in(&words);
    if worse == better {
        return;
    }
    let head_directions = |doc: u32| {
        let (head, _) = entry_texts(ctx.engine.library(), ctx.engine.index().doc(doc));
        directions_in(&lower_words(&head))
    };
    let asked = |d: (bool, bool)| if worse { d.0 && !d.1 } else { d.1 && !d.0 };
    let opposite = |d: (bool, bool)| if worse { d.1 && !d.0 } else { d.0 && !d.1 };
    let Some(top) = s.ranked.first() else {
        return;
    };
    if !opposite(head_directions(top.scored.doc)) {
        return;
    }
    let floor = REASON_SHARE * top.scored.score;
    let found = (s.ranked.iter().enumerate().skip(1).take(4))
        .find(|(_, r)| r.scored.score >= floor && asked(head_directions(r.scored.doc)));
    if let Some((i, _)) = found {
        s.put_first(i);
    }
}

/// How far below the best entry one that gives a reason may score and still be put first.
const REASON_SHARE: f32 = 0.8;

/// How many entries below the best one are looked at for a reason: "why does Russia support
/// Hamas" finds a string of sentences that restate the support before the one that gives its
/// strategy.
const REASON_REACH: usize = 8;

/// Words by which a question asks how two things differ: "how does Kremlin TV contrast Israeli
/// troops with Russian ones", "IDF soldiers vs Russian troops".
const CONTRAST_QUESTIONS: &[&[&str]] = &[
    &["vs"],
    &["versus"],
    &["compare"],
    &["compares"],
    &["compared"],
    &["comparing"],
    &["comparison"],
    &["contrast"],
    &["contrasts"],
    &["contrasted"],
    &["difference"],
    &["differences"],
    &["differ"],
    &["differs"],
];

/// Words by which a sentence sets one thing against another: "Israeli soldiers are depicted as
/// immoral… **unlike** the Russian soldiers".
const CONTRAST_MARKERS: &[&[&str]] = &[
    &["unlike"],
    &["in", "contrast"],
    &["whereas"],
    &["while"],
    &["contrary"],
    &["higher", "than"],
    &["more", "than"],
];

/// A question that asks how two things differ is answered by a sentence that sets them against
/// each other, not by one that only names both. When the best entry sets nothing against
/// anything, the best of the next four that does (by "unlike", "in contrast", "whereas",
/// "compared"…), scoring within [`REASON_SHARE`] of it, is put first.
pub(crate) fn prefer_contrast(ctx: &Ctx, query: &str, s: &mut Search) {
    if !holds_phrase(&lower_words(query), CONTRAST_QUESTIONS) {
        return;
    }
    prefer_marked(ctx, s, CONTRAST_MARKERS);
}

/// Whether entry `doc`'s words (its head and body) hold one of the phrases of `markers`.
/// Whether entry `doc` cites only the brief's front or back matter (its byline, editors and
/// publication), which speak of the brief and not of its subject.
fn front_matter_only(ctx: &Ctx, doc: u32) -> bool {
    let r = ctx.engine.index().doc(doc);
    let Some(brief) = ctx.engine.library().briefs().get(r.brief as usize) else {
        return false;
    };
    (brief.entry_citations(r.kind, r.index as usize))
        .is_some_and(|cs| !cs.is_empty() && cs.iter().all(|c| c.paragraph == 0))
}

fn holds_marker(ctx: &Ctx, doc: u32, markers: &[&[&[&str]]]) -> bool {
    let (head, body) = entry_texts(ctx.engine.library(), ctx.engine.index().doc(doc));
    let words = lower_words(&format!("{head} {body}"));
    markers.iter().any(|m| holds_phrase(&words, m))
}

/// Whether entry `doc` is an event the brief dates in a span that overlaps `year`; `None` for
/// an undated event or an entry that is no event.
fn event_in_year(ctx: &Ctx, doc: u32, year: i32) -> Option<bool> {
    let d = ctx.engine.index().doc(doc);
    if d.kind != EntryKind::Event {
        return None;
    }
    let (first, last) = (
        crate::kb::date::day_number(year, 1, 1),
        crate::kb::date::day_number(year, 12, 31),
    );
    let event = &ctx.engine.library().briefs()[d.brief as usize].events()[d.index as usize];
    event.when.span().map(|(a, b)| a <= last && b >= first)
}

/// Puts first, when the best entry's words hold none of `markers`, the best of the next four
/// entries whose words hold one, scoring within [`REASON_SHARE`] of the best.
fn prefer_marked(ctx: &Ctx, s: &mut Search, markers: &[&[&str]]) {
    prefer_marked_within(ctx, s, &[markers], 4);
}

/// Puts first, when the best entry's words hold none of the phrases of `markers` (one or more
/// lists), the best of the next `reach` entries whose words hold one, scoring within
/// [`REASON_SHARE`] of the best.
fn prefer_marked_within(ctx: &Ctx, s: &mut Search, markers: &[&[&[&str]]], reach: usize) {
    prefer_marked_kept(ctx, s, markers, reach, &|_| true);
}

/// [`prefer_marked_within`] among the entries `keep` accepts.
fn prefer_marked_kept(
    ctx: &Ctx,
    s: &mut Search,
    markers: &[&[&[&str]]],
    reach: usize,
    keep: &dyn Fn(u32) -> bool,
) {
    let marked = |doc: u32| holds_marker(ctx, doc, markers);
    let Some(top) = s.ranked.first() else {
        return;
    };
    if marked(top.scored.doc) {
        return;
    }
    let top_score = top.scored.score;
    let found = (s.ranked.iter().enumerate().skip(1).take(reach)).find(|(_, r)| {
        r.scored.score >= REASON_SHARE * top_score && keep(r.scored.doc) && marked(r.scored.doc)
    });
    if let Some((i, _)) = found {
        s.put_first(i);
    }
}

/// A question that asks why ("why does Russia bother keeping Hamas close", "what's in it for
/// Hamas") is answered by a sentence that gives a reason, yet the entries that share most of
/// its words are often ones that only restate the fact it asks about ("Hamas officials show how
/// close the organisation is to Russia"). When the best entry gives no reason, the best of the
/// next four that does (by a word such as "because", "strategy", "in order to"), scoring within
/// [`REASON_SHARE`] of it, is put first.
///
/// A question that asks why something matters ("why is X such a big deal") is also answered by
/// a sentence that says what it marks ("a turning point").
pub(crate) fn prefer_reason(ctx: &Ctx, query: &str, s: &mut Search) {
    let words = lower_words(query);
    if !holds_phrase(&words, REASON_QUESTIONS) && !asks_how_it_helps(&words) {
        return;
    }
    // "Why did Russia go soft on Israel during the 2014 war" asks about 2014: an event the
    // brief dates in another period gives no reason for it, whatever words it holds.
    let year = asked_year(query);
    let keep = |doc: u32| year.is_none_or(|y| event_in_year(ctx, doc, y) != Some(false));
    if holds_phrase(&words, SIGNIFICANCE_QUESTIONS) {
        prefer_marked_kept(ctx, s, &[REASON_MARKERS, SIGNIFICANCE_MARKERS], 4, &keep);
    } else {
        prefer_marked_kept(ctx, s, &[REASON_MARKERS], REASON_REACH, &keep);
        prefer_reason_of_party(ctx, query, s);
        if holds_phrase(&words, GOAL_QUESTIONS) {
            prefer_marked_kept(ctx, s, &[GOAL_MARKERS], 4, &keep);
        }
    }
}

/// How many entries below the best one are looked at for the reason of the party a question
/// asks about.
const PARTY_REACH: usize = 8;

/// The words that name whose reason a question asks for: "what's in it for **Hamas**", "how
/// come **the Kremlin** keeps…", "why does **Hamas** care", "what does **Moscow** get out of
/// it".
fn reason_party_window(query: &str) -> Option<String> {
    let words = lower_words(query);
    let after = |end: usize| {
        let window: Vec<&str> = words.iter().skip(end).take(3).map(String::as_str).collect();
        (!window.is_empty()).then(|| window.join(" "))
    };
    if let Some((_, end)) = find_phrase(&words, &[&["in", "it", "for"], &["how", "come"]]) {
        return after(end);
    }
    // "Why does Hamas…" and "what does Moscow get out of it": the subject after the question
    // word and its auxiliary, only where the question word is what asks for the reason ("how do
    // Russian outlets paint Israeli soldiers, and why" asks about the soldiers' portrayal).
    let at = words.windows(2).position(|w| {
        matches!(w[0].as_str(), "why" | "what") && AUXILIARIES.contains(&w[1].as_str())
    })?;
    let asks_reason = words[at] == "why"
        || find_phrase(
            &words[at..],
            &[&["get", "out", "of"], &["gain"], &["gains"]],
        )
        .is_some();
    asks_reason.then(|| after(at + 2)).flatten()
}

/// The actor that an entry's first quote names first: whom the sentence is about, as the
/// brief words it ("**For Hamas** too, ties with Russia are highly important" is about Hamas;
/// "**Moscow** has adopted a policy sympathetic to … Hamas" is about Moscow).
fn first_named_in_quote(engine: &crate::engine::Engine, doc: u32) -> Option<usize> {
    let r = engine.index().doc(doc);
    let brief = engine.library().briefs().get(r.brief as usize)?;
    let i = r.index as usize;
    let quote = match r.kind {
        EntryKind::Claim => brief.claims()[i].citations.first()?.quote.as_str(),
        EntryKind::Event => brief.events()[i].citations.first()?.quote.as_str(),
        EntryKind::Actor => return None,
    };
    let text = crate::kb::padded_words(&quote.to_lowercase());
    brief
        .actors_named_in(quote)
        .into_iter()
        .filter_map(|a| {
            let actor = &brief.actors()[a];
            std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .filter_map(|form| text.find(&crate::kb::padded_words(&form.to_lowercase())))
                .min()
                .map(|at| (at, a))
        })
        .min()
        .map(|(_, a)| a)
}

/// A question that asks for one party's reason ("what's in it for Hamas to be close to
/// Moscow") is answered by the sentence about that party's interest, not by one about the
/// other party's ("to safeguard its alliance with Iran, Moscow has adopted a policy
/// sympathetic to … Hamas"), though both give a reason and name both. When the best entry is
/// about another party, the best of the next [`PARTY_REACH`] that gives a reason and is about
/// the one asked for, scoring within [`REASON_SHARE`] of it, is put first.
fn prefer_reason_of_party(ctx: &Ctx, query: &str, s: &mut Search) {
    let Some(top) = s.ranked.first() else {
        return;
    };
    let Some(window) = reason_party_window(query) else {
        return;
    };
    let brief = ctx.engine.index().doc(top.scored.doc).brief;
    let party = s.actors_in(ctx.engine, brief, &window);
    if party.is_empty() {
        return;
    }
    let about_party = |doc: u32| {
        ctx.engine.index().doc(doc).brief == brief
            && first_named_in_quote(ctx.engine, doc).is_some_and(|a| party.contains(&a))
    };
    if about_party(top.scored.doc) {
        return;
    }
    let top_score = top.scored.score;
    let marked = |doc: u32| holds_marker(ctx, doc, &[REASON_MARKERS]);
    let found = (s.ranked.iter().enumerate().skip(1).take(PARTY_REACH)).find(|(_, r)| {
        r.scored.score >= REASON_SHARE * top_score
            && about_party(r.scored.doc)
            && marked(r.scored.doc)
    });
    if let Some((i, _)) = found {
        s.put_first(i);
    }
}

/// Verbs by which a question asks how someone put something into words: "how did Hamas
/// **describe** Russia", "what did Moscow **call** Hamas's members".
const DESCRIBE_VERBS: &[&str] = &[
    "describe",
    "call",
    "characterize",
    "characterise",
    "portray",
    "depict",
    "paint",
    "present",
    "frame",
    "label",
    "refer",
    "term",
];

/// How many entries are looked at for the words of the one a "how did X describe…" question
/// names.
const DESCRIBER_REACH: usize = 5;

/// The words between a question's auxiliary and a verb of describing: whose words it asks for
/// ("how did **Hamas** describe Russia" gives "hamas").
fn describer_window(query: &str) -> Option<String> {
    let words = lower_words(query);
    let at = words.windows(2).position(|w| {
        matches!(w[0].as_str(), "how" | "what")
            && matches!(w[1].as_str(), "did" | "does" | "do" | "has" | "have")
    })?;
    let verb = (at + 3..(at + 7).min(words.len()))
        .find(|&i| DESCRIBE_VERBS.contains(&words[i].as_str()))?;
    Some(words[at + 2..verb].join(" "))
}

/// "How did Hamas describe Russia while its delegation was in Moscow" asks for Hamas's own
/// words, which the brief reports ("we look at Russia as our closest friend"), not for the
/// authors' account of the visit the rest of the question names. When the best entry is no
/// report that involves the one named (a claim the brief attributes, or an event that quotes
/// someone's words), the best of the next [`DESCRIBER_REACH`] that is, scoring within
/// [`SUBJECT_SHARE`] of it, is put first.
pub(crate) fn prefer_reported_words(ctx: &Ctx, query: &str, s: &mut Search) {
    // Most questions have no verb of describing: they are done with before the idioms are read.
    // No idiom yields such a verb, and every word the idioms see is among these pieces.
    if !query
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| DESCRIBE_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)))
    {
        return;
    }
    // "Kremlin TV" names the state media as the search reads it.
    let plain = crate::search::synonyms::plain_idioms(query);
    let query = plain.as_deref().unwrap_or(query);
    let (Some(window), Some(top)) = (describer_window(query), s.ranked.first()) else {
        return;
    };
    let index = ctx.engine.index();
    let brief_at = index.doc(top.scored.doc).brief;
    let Some(brief) = ctx.engine.library().briefs().get(brief_at as usize) else {
        return;
    };
    let named = with_bodies(brief, &s.actors_in(ctx.engine, brief_at, &window));
    if named.is_empty() {
        return;
    }
    // An event that quotes someone's words ("Abu Marzook said that \"we look at Russia as our
    // closest friend\"") reports them as much as an attributed claim does.
    let quotes_words =
        |cs: &[crate::kb::Citation]| cs.iter().any(|c| c.quote.contains(['"', '\u{201c}']));
    let reported = |doc: u32| {
        let r = index.doc(doc);
        let i = r.index as usize;
        r.brief == brief_at
            && match r.kind {
                EntryKind::Claim => brief.claims().get(i).is_some_and(|c| {
                    c.verdict == crate::kb::Verdict::Attributed
                        && c.by.iter().chain(&c.actors).any(|a| named.contains(a))
                }),
                EntryKind::Event => brief.events().get(i).is_some_and(|e| {
                    quotes_words(&e.citations) && e.actors.iter().any(|a| named.contains(a))
                }),
                EntryKind::Actor => false,
            }
    };
    // Words the one named speaks come before words in which they only figure: "how do Russian
    // state channels portray Israeli troops" is answered by what the state media say, not by
    // Mashal's words about the Russians.
    let spoken = |doc: u32| {
        let r = index.doc(doc);
        r.brief == brief_at
            && r.kind == EntryKind::Claim
            && brief.claims().get(r.index as usize).is_some_and(|c| {
                c.verdict == crate::kb::Verdict::Attributed
                    && c.by.iter().any(|a| named.contains(a))
            })
    };
    if !spoken(top.scored.doc) {
        put_first_near(s, SUBJECT_SHARE, DESCRIBER_REACH, spoken);
    }
    put_first_near(s, SUBJECT_SHARE, DESCRIBER_REACH, reported);
}

/// `named` with the bodies of each state among them: the actors whose own name opens with the
/// state's name or demonym ("Russian state media", "Russian Foreign Ministry" for Russia). A
/// state speaks through them, so "how do Russian outlets paint IDF soldiers" asks for what the
/// Russian state media say.
fn with_bodies(brief: &crate::kb::Brief, named: &[usize]) -> Vec<usize> {
    use crate::kb::ActorKind;
    let actors = brief.actors();
    let states: Vec<usize> = (named.iter().copied())
        .filter(|&a| actors.get(a).is_some_and(|a| a.kind == ActorKind::State))
        .collect();
    let mut out = named.to_vec();
    if states.is_empty() {
        return out;
    }
    for (i, actor) in actors.iter().enumerate() {
        if actor.kind == ActorKind::State || out.contains(&i) {
            continue;
        }
        let opens_with_state =
            actor.name.split_whitespace().next().is_some_and(|first| {
                (brief.actors_named_in(first).iter()).any(|s| states.contains(s))
            });
        if opens_with_state {
            out.push(i);
        }
    }
    out
}

/// Phrases that ask whether something reached further than one place or one means: "did
/// Russia only talk to Hamas in Moscow or elsewhere too", "is Russia backing Hamas only with
/// words at the UN or more than that", "where else did they meet".
const SCOPE_QUESTIONS: &[&[&str]] = &[
    // Not "just": chat says "suits Moscow just fine".
    &["only"],
    &["elsewhere"],
    &["where", "else"],
    &["outside"],
    &["besides"],
    &["beyond"],
    &["more", "than", "that"],
    &["or", "more"],
];

/// Words by which a sentence says something reached further: "support … is **not limited** to
/// the diplomatic sphere", "meetings … with Russian diplomats in **other countries**".
const SCOPE_MARKERS: &[&[&str]] = &[
    &["not", "limited"],
    &["not", "only"],
    &["other", "countries"],
    &["other", "places"],
    &["elsewhere"],
    &["beyond"],
    &["as", "well"],
];

/// A question that asks whether something went further than one place or means is answered
/// by the sentence that says it did (or that it did not), not by the one that restates the
/// place or means it names. When the best entry says nothing of the kind, the best of the
/// next four that does ("not limited to", "in other countries", "beyond"), scoring within
/// [`REASON_SHARE`] of it, is put first.
pub(crate) fn prefer_scope(ctx: &Ctx, query: &str, s: &mut Search) {
    if !holds_phrase(&lower_words(query), SCOPE_QUESTIONS) {
        return;
    }
    prefer_marked(ctx, s, SCOPE_MARKERS);
}

/// Phrases that ask what someone should do, or what the authors advise: "what should Israel
/// do about Russia", "what do the authors want Israel to do", "their recommendation", "the
/// takeaway for Israel".
const ADVICE_QUESTIONS: &[&[&str]] = &[
    &["should"],
    &["shud"],
    &["shld"],
    &["ought"],
    &["must"],
    &["recommend"],
    &["recommends"],
    &["recommended"],
    &["recommendation"],
    &["recommendations"],
    &["advice"],
    &["advise"],
    &["advises"],
    &["urge"],
    &["urges"],
    &["takeaway"],
    &["takeaways"],
    &["supposed", "to", "do"],
    &["need", "to", "do"],
    &["needs", "to", "do"],
];

/// Words by which a sentence advises or prescribes: "Israel **must** make a change", "Russia's
/// behaviour **should** underscore **the need to** change", "the authors **recommend**".
const ADVICE_MARKERS: &[&[&str]] = &[
    &["should"],
    &["must"],
    &["ought"],
    &["need", "to"],
    &["needs", "to"],
    &["the", "need"],
    &["recommend"],
    &["recommends"],
    &["urge"],
    &["urges"],
    &["advise"],
    &["advises"],
];

/// How many words may stand between "want" and the "to" of what someone is wanted to do
/// ("want Israel to", "want the government to").
const WANTED_REACH: usize = 3;

/// Whether a question asks what someone wants another to do: "what do the authors want Israel
/// to actually do", "want the ministry to do". Whoever is wanted to act may be any name, so the
/// words are read as "want", then "to" within [`WANTED_REACH`] words, then "do" after it.
fn wants_someone_to_do(words: &[String]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        (w == "want" || w == "wants")
            && (words[i + 1..].iter().take(WANTED_REACH + 1))
                .position(|t| t == "to")
                .is_some_and(|at| at > 0 && words[i + 1 + at + 1..].iter().any(|t| t == "do"))
    })
}

/// Words after which a question names the act it asks to be advised: "should Israel **cancel
/// flights**", "do the authors recommend **cutting ties**". "Must" and "takeaway" are left out:
/// "what must Israel understand" and "the takeaway" ask for a lesson, which a sentence may give
/// without prescribing.
const ADVISED_ACT_CUES: &[&str] = &[
    "should",
    "shud",
    "shld",
    "ought",
    "recommend",
    "recommends",
    "recommended",
    "advise",
    "advises",
    "urge",
    "urges",
];

/// Whether a question asks whether someone should do something ("do the authors think Israel
/// should cancel flights to Moscow") and the best entry neither prescribes anything nor
/// matches the act asked about: a sentence about Israel and Moscow that advises nothing does
/// not say what Israel should do, and the brief's advice, which would, is not about that act.
/// A "why" question asks for a reason ("why should Israel worry"), and a lesson may be taught
/// without advice.
fn advice_unmet(ctx: &Ctx, query: &str, s: &Search, top: &Ranked) -> bool {
    let words = lower_words(query);
    // "What lesson should Jerusalem draw" asks what to learn, which a sentence may teach
    // without prescribing.
    let lesson = |w: &String| {
        matches!(
            w.as_str(),
            "why" | "lesson" | "lessons" | "learn" | "realise" | "realize" | "understand"
        )
    };
    if words.iter().any(lesson) {
        return false;
    }
    let Some(cue) = words
        .iter()
        .position(|w| ADVISED_ACT_CUES.contains(&w.as_str()))
    else {
        return false;
    };
    let act = &words[cue + 1..];
    let act_unmatched =
        (s.words.iter().zip(&s.weights).zip(&top.scored.matched)).any(|((w, &weight), m)| {
            weight > 0.0 && m.is_none() && act.iter().any(|a| a == w) && w != "now"
        });
    act_unmatched && !holds_marker(ctx, top.scored.doc, &[ADVICE_MARKERS])
}

/// How many entries below the best one are looked at for advice: sentences that prescribe are
/// few, and a question about what to do shares its names with every sentence about the parties,
/// so the one that prescribes often ranks lower than a reason or a contrast would.
const ADVICE_REACH: usize = 8;

/// A question that asks what someone should do ("what do the authors think Israel should do
/// about Russia") is answered by the sentence that prescribes it, yet the entries that share
/// most of its words are ones that only name the parties ("Russia's interests are not to
/// Israel's benefit"). When the best entry prescribes nothing, the best of the next
/// [`ADVICE_REACH`] that does (by "should", "must", "need to", "recommend"…), scoring within
/// [`REASON_SHARE`] of it, is put first.
pub(crate) fn prefer_advice(ctx: &Ctx, query: &str, s: &mut Search) {
    let words = lower_words(query);
    if !holds_phrase(&words, ADVICE_QUESTIONS) && !wants_someone_to_do(&words) {
        return;
    }
    // "What does INSS think Israel should do" names the authors' institute, which the byline
    // names too, yet the byline advises nothing: an entry cited only from the front or back
    // matter gives way to the nearest one from the body that advises, however far below it
    // ranks. The words only the byline matched name who advises, the authors, whose every
    // sentence the advice is; they are not held against it.
    let mut advisers: Vec<bool> = Vec::new();
    if let Some(top) = s
        .ranked
        .first()
        .filter(|top| front_matter_only(ctx, top.scored.doc))
    {
        advisers = top.scored.matched.iter().map(Option::is_some).collect();
        let advises = (s.ranked.iter().enumerate().skip(1).take(ADVICE_REACH)).find(|(_, r)| {
            !front_matter_only(ctx, r.scored.doc)
                && holds_marker(ctx, r.scored.doc, &[ADVICE_MARKERS])
        });
        match advises {
            Some((i, _)) => s.put_first(i),
            None => advisers.clear(),
        }
    }
    prefer_marked_within(ctx, s, &[ADVICE_MARKERS], ADVICE_REACH);
    // The words that ask for advice ("supposed to do", "recommend", and the "now" of "what
    // should Israel do now", which asks what to do from here on) are answered by the
    // sentence's advising, not by words it shares: they do not count against the entry that
    // advises, as a "why" does not count against the entry that gives a reason.
    let Some(top) = s.ranked.first() else {
        return;
    };
    if holds_marker(ctx, top.scored.doc, &[ADVICE_MARKERS]) {
        let asking = ADVICE_QUESTIONS.iter().flat_map(|p| p.iter().copied());
        let asking: Vec<&str> = asking.chain(["now"]).collect();
        let unmatched = top.scored.matched.iter().map(Option::is_none);
        for (i, ((w, weight), unmatched)) in
            (s.words.iter().zip(s.weights.iter_mut()).zip(unmatched)).enumerate()
        {
            let names_adviser = advisers.get(i).copied().unwrap_or(false);
            if unmatched && (names_adviser || asking.contains(&w.as_str())) {
                *weight = 0.0;
            }
        }
    }
}

/// How far below the best entry one in the period a question names may score and still be put
/// first.
const PERIOD_SHARE: f32 = 0.6;

/// The years a text names: "2006", and a decade's first year for "the 1990s".
fn years_in(text: &str) -> Vec<u32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .filter(|y| (1900..=2100).contains(y))
        .collect()
}

/// The years entry `doc`'s title and text name, as [`years_in`] reads them: what the period
/// preferences compare with the period a question asks about.
fn entry_years(ctx: &Ctx, doc: u32) -> Vec<u32> {
    let (head, body) = entry_texts(ctx.engine.library(), ctx.engine.index().doc(doc));
    years_in(&format!("{head} {body}"))
}

/// The side of a year a question asks about: "before 2006" (`Less`), "after 2014" (`Greater`).
fn asked_period(query: &str) -> Option<(std::cmp::Ordering, u32)> {
    let words = lower_words(query);
    words.windows(2).find_map(|w| {
        let side = match w[0].as_str() {
            "before" | "until" | "till" | "prior" | "pre" => std::cmp::Ordering::Less,
            "after" | "since" | "post" => std::cmp::Ordering::Greater,
            _ => return None,
        };
        let year: u32 = w[1].parse().ok().filter(|y| (1900..=2100).contains(y))?;
        Some((side, year))
    })
}

/// When a question asks about the time before or after a year ("what did Russian officials
/// call Hamas before 2006"), an entry whose years all lie on the other side (the 2006 meeting)
/// is not what it asks for, however many words it shares with the question: the year itself is
/// one of them. The best entry among the first five that names a year on the asked side, scoring
/// within [`PERIOD_SHARE`] of the best, is put first. Entries that name no year are left where
/// they are.
pub(crate) fn prefer_period(ctx: &Ctx, query: &str, s: &mut Search) {
    let Some((side, year)) = asked_period(query) else {
        return;
    };
    let years = |doc: u32| entry_years(ctx, doc);
    let Some(top) = s.ranked.first() else {
        return;
    };
    let top_years = years(top.scored.doc);
    if top_years.is_empty() || top_years.iter().any(|y| y.cmp(&year) == side) {
        return;
    }
    let top_score = top.scored.score;
    let found = s.ranked.iter().take(5).position(|r| {
        r.scored.score >= PERIOD_SHARE * top_score
            && years(r.scored.doc).iter().any(|y| y.cmp(&year) == side)
    });
    if let Some(i) = found {
        s.put_first(i);
    }
}

/// The years a question's decade covers, narrowed by "early", "mid" or "late" before it: "in
/// the mid 2000s" is 2003 to 2006, "the 90s" 1990 to 1999. `None` when it names no decade, or
/// also names a year or the side of one, which [`prefer_dated_in_year`] and
/// [`prefer_period`] read.
fn asked_decade(query: &str) -> Option<(u32, u32)> {
    if asked_period(query).is_some() || asked_year(query).is_some() {
        return None;
    }
    let words: Vec<String> = lower_words(query)
        .iter()
        .flat_map(|w| w.split('-').map(str::to_string).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect();
    let at = words
        .iter()
        .position(|w| crate::search::dates::decade_of(w).is_some())?;
    let start = u32::try_from(crate::search::dates::decade_of(&words[at])?).ok()?;
    let (from, to) = match at.checked_sub(1).map(|i| words[i].as_str()) {
        Some("early") => (0, 3),
        Some("mid" | "middle") => (3, 6),
        Some("late") => (6, 9),
        _ => (0, 9),
    };
    Some((start + from, start + to))
}

/// A question that names a decade ("what made Russia flip on Hamas in the mid 2000s", "Russia
/// and Hamas in the 90s") asks about what the brief places in it: when the best entry names no
/// year of it, the best of the next four that does, scoring within [`PERIOD_SHARE`] of it, is
/// put first.
pub(crate) fn prefer_in_decade(ctx: &Ctx, query: &str, s: &mut Search) {
    let Some((from, to)) = asked_decade(query) else {
        return;
    };
    put_first_near(s, PERIOD_SHARE, 4, |doc| {
        entry_years(ctx, doc)
            .iter()
            .any(|y| (from..=to).contains(y))
    });
}

/// When the best entry does not hold `holds`, puts first the best of the next `reach` that
/// does, if it scores within `share` of the best: the shape of several preferences.
pub(crate) fn put_first_near(
    s: &mut Search,
    share: f32,
    reach: usize,
    holds: impl Fn(u32) -> bool,
) {
    let Some(top) = s.ranked.first() else {
        return;
    };
    if holds(top.scored.doc) {
        return;
    }
    let top_score = top.scored.score;
    let found = (s.ranked.iter().enumerate().skip(1).take(reach))
        .find(|(_, r)| r.scored.score >= share * top_score && holds(r.scored.doc));
    if let Some((i, _)) = found {
        s.put_first(i);
    }
}

/// The one year a question names on its own ("the 2014 Israeli operation"), not as the side
/// of a period ("before 2006", which [`prefer_period`] reads); `None` for none or several.
fn asked_year(query: &str) -> Option<i32> {
    if asked_period(query).is_some() {
        return None;
    }
    // "In '06" names 2006, as the search reads it.
    let full = crate::search::synonyms::full_years(query);
    let mut years = lower_words(full.as_deref().unwrap_or(query))
        .into_iter()
        .filter_map(|w| w.parse::<i32>().ok())
        .filter(|y| (1900..=2100).contains(y));
    let year = years.next()?;
    years.next().is_none().then_some(year)
}

/// A question that names a year ("what's the name of the 2014 Israeli operation") asks about
/// what happened in it: an event the brief dates in that year answers it better than one that
/// only mentions the year in passing ("unlike in 2014", in the summary of the 2008 war). When
/// the best entry is not an event of that year, the best of the next four that is, scoring
/// within [`PERIOD_SHARE`] of it, is put first. Claims and undated events are left where they
/// are when no dated event of the year stands near the top.
///
/// A question that sets the year against something else ("Russia's tone during Cast Lead
/// compared with 2014") asks about both, and is left to [`prefer_contrast`].
pub(crate) fn prefer_dated_in_year(ctx: &Ctx, query: &str, s: &mut Search) {
    let Some(year) = asked_year(query) else {
        return;
    };
    if holds_phrase(&lower_words(query), CONTRAST_QUESTIONS) {
        return;
    }
    put_first_near(s, PERIOD_SHARE, 4, |doc| {
        event_in_year(ctx, doc, year) == Some(true)
    });
}

/// A statement that names one year ("in 2014 Russia was harsher on Israel than ever before")
/// is about what the brief says of that year, and a claim that names another year or none
/// ("later, Russian rhetoric became even harsher") is about another time, however many words
/// it shares. When the best claim does not name the year, the best of the next four that does,
/// scoring within [`PERIOD_SHARE`] of it, is put first.
pub(crate) fn prefer_year_named(ctx: &Ctx, statement: &str, s: &mut Search) {
    let Some(year) = asked_year(statement).and_then(|y| u32::try_from(y).ok()) else {
        return;
    };
    put_first_near(s, PERIOD_SHARE, 4, |doc| {
        entry_years(ctx, doc).contains(&year)
    });
}

/// How many words before and after the asked noun a name may stand and still name it ("Russia
/// Today, a state-run media outlet").
const NOUN_REACH: (usize, usize) = (6, 3);

/// The actors `text` names beside its uses of `noun` (singular or plural), where the thing a
/// question asks for would be named; `None` when the text never uses the noun.
fn named_beside_noun(brief: &crate::kb::Brief, text: &str, noun: &str) -> Option<Vec<usize>> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let (stem, plural) = noun_forms(noun);
    let uses: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].eq_ignore_ascii_case(&stem) || words[i].eq_ignore_ascii_case(&plural))
        .collect();
    if uses.is_empty() {
        return None;
    }
    let (before, after) = NOUN_REACH;
    let mut found = Vec::new();
    for at in uses {
        let window = words[at.saturating_sub(before)..(at + 1 + after).min(words.len())].join(" ");
        found.extend(brief.actors_named_in(&window));
    }
    Some(found)
}

/// A noun's singular and plural ("academy", "academies").
fn noun_forms(noun: &str) -> (String, String) {
    let stem = noun
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| noun.strip_suffix('s').map(str::to_string))
        .unwrap_or_else(|| noun.to_string());
    let plural = match stem.strip_suffix('y') {
        Some(s) => format!("{s}ies"),
        None => format!("{stem}s"),
    };
    (stem, plural)
}

/// Nouns that ask for one particular sort of organisation or body, narrower than its kind: an
/// armed group is an organisation but no exchange or bank. Where the entry does not use
/// the noun, only an actor that is one (its name or profile says so) answers "which crypto
/// exchange…".
/// "Company" is left out: readers call a mercenary group or a state firm a company whether or
/// not the brief does.
const NARROW_NOUNS: &[&str] = &[
    "bank",
    "banks",
    "exchange",
    "exchanges",
    "university",
    "academy",
    "academies",
    "court",
    "committee",
];

/// Whether actor `a` is a `noun` by its own words: its name, an alias or its profile uses it.
fn is_a(a: &crate::kb::Actor, noun: &str) -> bool {
    let (stem, plural) = noun_forms(noun);
    let words =
        padded_words(&format!("{} {} {}", a.name, a.aliases.join(" "), a.profile).to_lowercase());
    words.contains(&format!(" {stem} ")) || words.contains(&format!(" {plural} "))
}

/// The demonyms of the drafter's table of states, lower-case ("russian", "israelis").
fn demonyms() -> &'static std::collections::HashSet<String> {
    static ALL: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        crate::draft::tables::STATES
            .iter()
            .flat_map(|s| s.demonyms.iter().map(|d| d.to_lowercase()))
            .collect()
    })
}

/// Whether `query` asks which person, place, outlet or organisation did something and the
/// entry `doc` names none of that kind that the question does not already name. "Which airport
/// in Dagestan…" is not answered by a sentence about a pogrom in Dagestan, nor "which Egyptian
/// channel…" by one about "an Egyptian television station": the reader would take the
/// sentence for an answer it does not give. Where the entry uses the noun, only the actors named
/// beside it count; otherwise the actors the knowledge base lists for the entry and those its
/// words or source name.
pub(crate) fn detail_unnamed(engine: &crate::engine::Engine, query: &str, doc: u32) -> bool {
    if asks_model(query) {
        let (head, body) = entry_texts(engine.library(), engine.index().doc(doc));
        return !names_model(&format!("{head} {body}"), query);
    }
    if let Some(crypto) = asks_currency(query) {
        let (head, body) = entry_texts(engine.library(), engine.index().doc(doc));
        return !names_currency(&format!("{head} {body}"), crypto);
    }
    let Some((noun, kinds)) = asked_detail(query) else {
        return false;
    };
    let r = engine.index().doc(doc);
    let Some(brief) = engine.library().briefs().get(r.brief as usize) else {
        return false;
    };
    // "Who else…": of the kinds the question names, or a person when it names none.
    let kinds: Vec<ActorKind> = if noun == "else" {
        let named: Vec<ActorKind> = brief
            .actors_named_in(query)
            .into_iter()
            .filter_map(|a| brief.actors().get(a).map(|a| a.kind))
            .collect();
        if named.is_empty() {
            vec![ActorKind::Person]
        } else {
            named
        }
    } else {
        kinds.to_vec()
    };
    // The words can name what the lists leave out: a claim's source ("in an interview with
    // Russia Today") names the outlet asked for by "which outlet…".
    let (head, body) = entry_texts(engine.library(), r);
    let source = match r.kind {
        EntryKind::Claim => brief.claims()[r.index as usize].source.as_deref(),
        _ => None,
    };
    // An actor the question describes by the whole of its role ("which Israeli prime minister"
    // of the actor also known as "Israeli Prime Minister") is the one it asks for, though its
    // words name it.
    if r.kind == EntryKind::Actor
        && brief
            .actors()
            .get(r.index as usize)
            .is_some_and(|a| described_by_role(a, query, noun))
    {
        return false;
    }
    let text = format!("{head} {body} {}", source.unwrap_or_default());
    // Where the entry uses the noun itself, the name must stand next to it: "an Egyptian
    // television station" and "their military academies" name no station and no academy,
    // whatever else the sentence names.
    let actors = named_beside_noun(brief, &text, noun).unwrap_or_else(|| {
        let mut listed = listed_actors(brief, r);
        listed.extend(brief.actors_named_in(&text));
        // The brief's own authors and editors are who wrote the sentence, not a host,
        // official or outlet in it: "which Russian TV hosts pushed anti-Israel content" is not
        // answered by the authors' sentence on social media.
        let meta = brief.meta();
        let writers: Vec<&String> = meta.authors.iter().chain(&meta.editors).collect();
        listed.retain(|&a| {
            brief
                .actors()
                .get(a)
                .is_none_or(|a| !writers.contains(&&a.name))
        });
        if NARROW_NOUNS.contains(&noun) {
            listed.retain(|&a| brief.actors().get(a).is_some_and(|a| is_a(a, noun)));
        }
        listed
    });
    let query_words = padded_words(&query.to_lowercase());
    // An actor the question names ("Mashal" for Khaled Mashal, "the Russian UN ambassador")
    // is not the detail it asks for: one of its forms has all its longer words in the question.
    // A demonym in the form says whose the office is, not which one: "which deputy foreign
    // minister…" names "the Russian Foreign Minister" as much as it names his office.
    let named = |a: &crate::kb::Actor| {
        std::iter::once(&a.name).chain(&a.aliases).any(|form| {
            let lower = form.to_lowercase();
            let mut words = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 2 && !matches!(*w, "the" | "and" | "for"))
                .filter(|w| !demonyms().contains(*w));
            let mut any = false;
            words.all(|w| {
                any = true;
                query_words.contains(&format!(" {w} "))
            }) && any
        })
    };
    // An actor whose name says whose it is ("an Egyptian television station") names that
    // country, when the question does not.
    let names_a_country = |a: &crate::kb::Actor| {
        kinds.contains(&ActorKind::State)
            && a.name
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| demonyms().contains(w) && !query_words.contains(&format!(" {w} ")))
    };
    !actors
        .iter()
        .filter_map(|&a| brief.actors().get(a))
        .any(|a| (kinds.contains(&a.kind) && !named(a)) || names_a_country(a))
}

/// Whether one of actor `a`'s forms holds every word of the role by which `query` asks for
/// it: the words from the question word ("which", "what") up to the asked `noun` ("which
/// israeli prime minister" of "Israeli Prime Minister"), and its name gives it more than that
/// role, in a word of its own that is capitalised ("Benjamin Netanyahu"). "Which deputy foreign
/// minister" is no description of "the Russian Foreign Minister", whose form lacks "deputy";
/// nor is an actor the brief leaves unnamed ("an Egyptian TV station") the name "which
/// Egyptian TV channel" asks for.
fn described_by_role(a: &crate::kb::Actor, query: &str, noun: &str) -> bool {
    let words = lower_words(query);
    let Some(end) = words
        .iter()
        .position(|w| w == noun || w.strip_suffix('s') == Some(noun))
    else {
        return false;
    };
    let Some(start) = words[..end]
        .iter()
        .rposition(|w| matches!(w.as_str(), "which" | "what" | "whats" | "what's"))
    else {
        return false;
    };
    let role = &words[start + 1..=end];
    if role.len() < 2 {
        return false;
    }
    let named_beyond_role = a.name.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !role.iter().any(|r| r.eq_ignore_ascii_case(w))
    });
    if !named_beyond_role {
        return false;
    }
    std::iter::once(&a.name).chain(&a.aliases).any(|form| {
        let form = padded_words(&form.to_lowercase());
        role.iter().all(|w| form.contains(&format!(" {w} ")))
    })
}

/// Verbs that ask how someone reacted ("how did Kyiv react", "what did Netanyahu say back").
const REACTION_VERBS: &[&str] = &[
    "react",
    "reacted",
    "reacts",
    "respond",
    "responded",
    "responds",
    "reply",
    "replied",
    "replies",
    "retaliate",
    "retaliated",
    // "What did Bibi answer Putin on that call" asks Netanyahu's reply as "reply" does.
    "answer",
    "answered",
    "answers",
    // How a party voted is its own act: "how did the US vote on the Russian draft" is not
    // answered by Russia's veto of the US draft.
    "vote",
    "voted",
    "votes",
];

/// Verbs of an act aimed at someone, which only the one who does it can answer for: "what did
/// Netanyahu tell Putin", "Netanyahu slammed Putin for…". A sentence where Putin speaks to
/// Netanyahu says nothing of what Netanyahu told him, so the one named before the verb must act
/// in the entry, as for a reaction. "Said" is left out: "Putin said…" is read by the claim's
/// own evidence, and a sentence may report what someone said without them as its subject.
const ADDRESS_VERBS: &[&str] = &[
    "tell",
    "told",
    "tells",
    "warn",
    "warned",
    "warns",
    "slam",
    "slammed",
    "slams",
    "criticize",
    "criticized",
    "criticise",
    "criticised",
    "blame",
    "blamed",
    "blames",
    // Sanctions are imposed by the one who imposes them: "what sanctions did Washington slap on
    // Russia" is not answered by Hamas bypassing US sanctions.
    "sanction",
    "sanctioned",
    "sanctioning",
    "slap",
    "slapped",
    "slaps",
    "impose",
    "imposed",
    "imposes",
    "accuse",
    "accused",
    "accuses",
    "thank",
    "thanked",
    "thanks",
    "urge",
    "urged",
    "urges",
    "praise",
    "praised",
    "praises",
    "congratulate",
    "congratulated",
    "invite",
    "invited",
    "invites",
    "scold",
    "scolded",
    "rebuke",
    "rebuked",
    "lambast",
    "lambasted",
];

/// Nouns that name a reaction: "Israel's reaction to the veto", "the response from Jerusalem".
const REACTION_NOUNS: &[&str] = &[
    "reaction", "response", "reply", "retort", "comeback", "answer",
];

/// Particles that turn "say" or "hit" into a reaction: "say back", "hit back", "push back".
const REACTION_PARTICLES: &[&str] = &["back"];

/// Words after which a name opens a clause, where its subject stands: "Mashal said **that** the
/// Russians were impressed", "**and** Hamas thanked…". After any other word (a preposition, a
/// verb) the name is an object: "in a call **with** Prime Minister Netanyahu", "**supporting**
/// Israel's right".
const CLAUSE_OPENERS: &[&str] = &[
    "that",
    "and",
    "but",
    "while",
    "when",
    "as",
    "after",
    "before",
    "then",
    "because",
    "since",
    "so",
    "which",
    "who",
    "if",
    "whereas",
    "although",
    "though",
    "where",
    "once",
    "until",
    "also",
    "later",
    "moreover",
    "meanwhile",
    "yet",
    "thus",
    "hence",
    "instead",
];

/// The words of a question that name who reacted, when it asks for a reaction: "how did **Kyiv**
/// react to…", "what did **Netanyahu** say back", "**Israel's** reaction to…", "the response
/// of **Jerusalem**". `None` when the question asks for no reaction.
/// Reaction verbs that are nouns as often ("the parliament vote", "a reply").
const NOUN_OR_VERB: &[&str] = &["vote", "votes", "reply", "replies", "answer", "answers"];

/// Whether the word at `i` ends a noun phrase rather than acting as a verb: a determiner stands
/// before it after the place of the subject. "When did Hamas win *the* Palestinian parliament
/// vote" has its subject and verb ("Hamas win") before the determiner, so "vote" heads the
/// object; in "how did *the* US vote" the determiner opens the subject right after the
/// auxiliary, and "vote" is its verb. Without an auxiliary, any determiner before the word
/// makes it a noun ("the UN vote on the draft").
fn heads_noun_phrase(words: &[String], i: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "this", "that", "its", "their", "his", "her",
    ];
    let aux = words[..i]
        .iter()
        .rposition(|w| AUXILIARIES.contains(&w.as_str()) || WH_WORDS.contains(&w.as_str()));
    let from = aux.map_or(0, |a| a + 2);
    from < i
        && words[from.max(i.saturating_sub(4))..i]
            .iter()
            .any(|w| DETERMINERS.contains(&w.as_str()) || w.ends_with("'s"))
}

fn reactor_window(query: &str) -> Option<String> {
    let words = lower_words(query);
    // A reaction noun asks for a reaction only in a question: the statement "Israel's response
    // was cruel" describes one, which the claim's own evidence weighs. A verb asks in either
    // form ("Netanyahu replied that…" needs Netanyahu replying as much as "how did he reply").
    let asks = words.iter().any(|w| WH_WORDS.contains(&w.as_str()))
        || words
            .first()
            .is_some_and(|w| AUXILIARIES.contains(&w.as_str()))
        || query.trim_end().ends_with('?')
        // "Israel's response to the veto was": the blank at the end is the question.
        || words
            .last()
            .is_some_and(|w| AUXILIARIES.contains(&w.as_str()));
    let before = |v: usize| {
        // The reactor stands between the auxiliary ("did", "has") and the verb, or, without
        // one, in the few words before it.
        let start = words[..v]
            .iter()
            .rposition(|w| AUXILIARIES.contains(&w.as_str()) || WH_WORDS.contains(&w.as_str()))
            .map_or(v.saturating_sub(3), |a| a + 1)
            .max(v.saturating_sub(4));
        (start < v).then(|| words[start..v].join(" "))
    };
    // "Put" or "place" sanctions is imposing them.
    let names_sanctions = words.iter().any(|x| x == "sanctions" || x == "sanction");
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).map(String::as_str);
        let imposes =
            names_sanctions && matches!(w.as_str(), "put" | "place" | "placed" | "levy" | "levied");
        if NOUN_OR_VERB.contains(&w.as_str()) && heads_noun_phrase(&words, i) {
            continue;
        }
        if REACTION_VERBS.contains(&w.as_str())
            || ADDRESS_VERBS.contains(&w.as_str())
            || imposes
            || (matches!(
                w.as_str(),
                "say" | "said" | "hit" | "push" | "pushed" | "shot"
            ) && next.is_some_and(|n| REACTION_PARTICLES.contains(&n)))
            // What someone said after or once something happened is how they took it: "what
            // did the US say after Moscow vetoed its resolution" asks the US's reaction, which
            // the sentence on the veto does not give.
            || (matches!(w.as_str(), "say" | "said" | "says")
                && next.is_some_and(|n| matches!(n, "after" | "once" | "following")))
            || (matches!(w.as_str(), "say" | "said")
                && next == Some("in")
                && words
                    .get(i + 2)
                    .is_some_and(|n| REACTION_NOUNS.contains(&n.as_str())))
        {
            // "Who's the Hamas leader that told Egyptian TV…" describes the one it asks for by
            // what they did: the words before "that told" are the answer's description, not a
            // reactor the entry must show acting.
            // So does "which Hamas official told RT…": the words between "which" and the verb,
            // with no auxiliary among them, describe the one asked for ("what did Netanyahu
            // tell Putin" has one, and asks what Netanyahu said).
            let describes_asked = (i > 0
                && matches!(words[i - 1].as_str(), "that" | "who" | "which")
                && words.first().is_some_and(|f| {
                    let f = f.trim_end_matches("'s").trim_end_matches("'re");
                    WH_WORDS.contains(&f) || matches!(f, "whos" | "whose")
                }))
                || (words
                    .first()
                    .is_some_and(|f| matches!(f.as_str(), "which" | "whose"))
                    && !words[1..i]
                        .iter()
                        .any(|w| AUXILIARIES.contains(&w.as_str())));
            if describes_asked {
                continue;
            }
            if let Some(window) = before(i) {
                return Some(window);
            }
        }
        if asks && REACTION_NOUNS.contains(&w.as_str()) {
            // "Israel's reaction" names the reactor before the noun, with an adjective between
            // them or not ("Israel's official response"); "the reaction of Israel" and "the
            // response from Jerusalem" after it.
            if let Some((p, owner)) = (i.saturating_sub(2)..i)
                .rev()
                .find_map(|p| possessive_owner(&words[p]).map(|o| (p, o)))
            {
                let from = p.saturating_sub(2);
                let mut window: Vec<&str> = words[from..p].iter().map(String::as_str).collect();
                window.push(owner);
                return Some(window.join(" "));
            }
            if matches!(next, Some("of" | "from" | "by")) {
                let after: Vec<&str> = words
                    .iter()
                    .skip(i + 2)
                    .take(3)
                    .map(String::as_str)
                    .collect();
                if !after.is_empty() {
                    return Some(after.join(" "));
                }
            }
        }
    }
    None
}

/// Whether `query` asks how someone the brief names reacted and the entry `doc` does not have
/// them acting. "What did Netanyahu say back to Putin on the call?" is not answered by the
/// sentence on Putin's call with Netanyahu, where Netanyahu is only spoken to; "how did Putin
/// respond to the Dagestan riot" is answered by the sentence in which Putin convened a meeting.
/// The reactor acts in an entry when they speak in it (a claim's speaker), come first in its
/// list of actors, or stand in its words where a subject stands, not after a preposition ("with
/// Prime Minister Netanyahu"). A question for someone's words ("what did X say about…") asks
/// the stricter [`speaker_speaks`].
pub(crate) fn reaction_unstated(
    engine: &crate::engine::Engine,
    s: &Search,
    query: &str,
    doc: u32,
) -> bool {
    reactor_window(query)
        .or_else(|| in_person_window(query))
        .is_some_and(|window| match reactor_acts(engine, s, &window, doc) {
            Some(acts) => !acts,
            None => names_absent_state(engine, &window, doc),
        })
        || speaker_window(query)
            .is_some_and(|window| speaker_speaks(engine, s, &window, doc) == Some(false))
}

/// Whether `window` (who a question asks a reaction of) names a state that is no actor of the
/// brief of entry `doc`: "how did the Egyptian government react to Mashal's interview" of a
/// brief that names only an Egyptian TV station. The brief reports nothing that state did, so
/// no entry of it gives the reaction.
fn names_absent_state(engine: &crate::engine::Engine, window: &str, doc: u32) -> bool {
    let Some((named, brief)) = outsiders_of(engine, window, doc) else {
        return false;
    };
    let is_state = |form: &str| {
        brief.actors().iter().any(|a| {
            a.kind == ActorKind::State
                && std::iter::once(&a.name)
                    .chain(&a.aliases)
                    .any(|n| n.eq_ignore_ascii_case(form))
        })
    };
    named.iter().any(|forms| !forms.iter().any(|f| is_state(f)))
}

/// The states and organisations `text` names (each as the forms it may take), with the brief
/// of entry `doc` to look them up in; `None` when the text names none, which is most questions.
fn outsiders_of<'e>(
    engine: &'e crate::engine::Engine,
    text: &str,
    doc: u32,
) -> Option<(Vec<Vec<&'static str>>, &'e crate::kb::Brief)> {
    let named = named_outsiders(text);
    if named.is_empty() {
        return None;
    }
    let brief = (engine.library().briefs()).get(engine.index().doc(doc).brief as usize)?;
    Some((named, brief))
}

/// Verbs of saying in their plain form, as "what did X say about…" asks for them.
const SPEECH_VERBS: &[&str] = &[
    "say", "claim", "argue", "think", "write", "state", "announce", "promise", "demand", "reveal",
    "admit", "suggest",
];

/// The words of a question that name whose words it asks for: "what did **Islamic Jihad
/// leaders** say about Moscow", or, as the claim route leaves it, "**Islamic Jihad leaders** say
/// about Moscow". A statement ("Putin said that…") asks for no one's words: whether the brief
/// reports them is the claim's own evidence.
fn speaker_window(query: &str) -> Option<String> {
    let words = lower_words(query);
    let asks = words.first().is_some_and(|f| f == "what");
    words.iter().enumerate().find_map(|(i, w)| {
        if !SPEECH_VERBS.contains(&w.as_str()) {
            return None;
        }
        let aux = words[..i]
            .iter()
            .rposition(|a| matches!(a.as_str(), "did" | "does" | "do"));
        let start = match aux {
            Some(a) if asks => a + 1,
            // Chat spells "about" short ("abt", "bout") or says "re" for it. "Think of" is
            // left alone: it is as often someone's account of another's view ("acc to Mashal
            // what did the Russians think of it").
            _ if words.get(i + 1).is_some_and(|n| {
                matches!(n.as_str(), "about" | "abt" | "bout" | "re" | "regarding")
            }) =>
            {
                i.saturating_sub(4)
            }
            _ => return None,
        };
        (start < i).then(|| words[start..i].join(" "))
    })
}

/// Whether the one a question asks the words of speaks in entry `doc`: a claim by them, an event
/// whose quotes have them act, their own profile. A sentence that only names them ("Hamas and
/// Islamic Jihad rely on…") does not give their words. `None` when the window names no actor.
fn speaker_speaks(
    engine: &crate::engine::Engine,
    s: &Search,
    window: &str,
    doc: u32,
) -> Option<bool> {
    let (brief, r, speakers) = named_for(engine, s, window, doc)?;
    let i = r.index as usize;
    match r.kind {
        EntryKind::Actor => Some(speakers.contains(&i)),
        // An event's quotes show who acts in it, as for a reaction: "Abu Marzouk said…" during
        // the delegation's visit.
        EntryKind::Event => reactor_acts(engine, s, window, doc),
        EntryKind::Claim => Some(brief.claims()[i].by.iter().any(|a| speakers.contains(a))),
    }
}

/// Words that stress someone's own part: "did Putin **personally** meet…", "met Putin **in
/// person**", "Putin **himself**".
const IN_PERSON: &[&[&str]] = &[
    &["personally"],
    &["himself"],
    &["herself"],
    &["themselves"],
    &["in", "person"],
    &["face", "to", "face"],
    &["face-to-face"],
    &["one-on-one"],
];

/// The words before a stress on someone's own part, which name whose part it is: "did **Putin**
/// personally sit down with…", "the delegation met **Putin** in person".
///
/// After a comparison the stress is on whom the other party is compared with, not on anyone
/// acting in person: "a higher toll than Gazans themselves" asks nothing of what Gazans did.
fn in_person_window(query: &str) -> Option<String> {
    let words = lower_words(query);
    (1..words.len()).find_map(|k| {
        let window = &words[k.saturating_sub(2)..k];
        (IN_PERSON
            .iter()
            .any(|p| words.len() - k >= p.len() && p.iter().zip(&words[k..]).all(|(a, b)| a == b))
            && !window.iter().any(|w| w == "than"))
        .then(|| window.join(" "))
    })
}

/// A question's words, lower-cased, with apostrophes and hyphens kept inside them ("israel's",
/// "face-to-face") and a typographic apostrophe read as a plain one, as phones type it.
pub(crate) fn lower_words(query: &str) -> Vec<String> {
    query
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
        .collect()
}

/// The brief and reference of entry `doc` with the actors of that brief that `window` names;
/// `None` when it names none.
fn named_for<'e>(
    engine: &'e crate::engine::Engine,
    s: &Search,
    window: &str,
    doc: u32,
) -> Option<(
    &'e crate::kb::Brief,
    crate::search::index::DocRef,
    std::rc::Rc<[usize]>,
)> {
    let r = engine.index().doc(doc);
    let brief = engine.library().briefs().get(r.brief as usize)?;
    let mut named = s.actors_in(engine, r.brief, window);
    if let Some(kept) = owned_elsewhere_dropped(brief, window, &named) {
        named = kept.into();
    }
    (!named.is_empty()).then_some((brief, r, named))
}

/// The owner a lower-cased possessive names: "israel" for "israel's" and "states" for
/// "states'"; `None` for any other word.
fn possessive_owner(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix('\''))
}

/// `named` without the bodies of another state than the one `window` names as their owner:
/// "Israel's foreign ministry" names Israel, not the Russian Foreign Ministry that the words
/// "foreign ministry" also find. `None` when nothing is dropped (most windows have no owner).
fn owned_elsewhere_dropped(
    brief: &crate::kb::Brief,
    window: &str,
    named: &[usize],
) -> Option<Vec<usize>> {
    use crate::kb::ActorKind;
    let owners: Vec<usize> = lower_words(window)
        .iter()
        .filter_map(|w| possessive_owner(w))
        .flat_map(|w| brief.actors_named_in(w))
        .filter(|&a| brief.actors()[a].kind == ActorKind::State)
        .collect();
    if owners.is_empty() {
        return None;
    }
    // A body whose own name starts with another state's name ("Russian Foreign Ministry") is
    // that state's.
    let foreign = |a: usize| {
        let actor = &brief.actors()[a];
        actor.kind != ActorKind::State
            && actor.name.split_whitespace().next().is_some_and(|first| {
                brief
                    .actors_named_in(first)
                    .iter()
                    .any(|&s| brief.actors()[s].kind == ActorKind::State && !owners.contains(&s))
            })
    };
    let kept: Vec<usize> = named.iter().copied().filter(|&a| !foreign(a)).collect();
    (kept.len() < named.len()).then_some(kept)
}

/// Whether the one named in `window` (who a question asks a reaction of, or whose own part it
/// stresses: "did Putin personally…") acts in entry `doc`; `None` when the window names no actor
/// of the entry's brief.
fn reactor_acts(
    engine: &crate::engine::Engine,
    s: &Search,
    window: &str,
    doc: u32,
) -> Option<bool> {
    let (brief, r, reactors) = named_for(engine, s, window, doc)?;
    let i = r.index as usize;
    let agents: Vec<usize> = match r.kind {
        EntryKind::Actor => vec![i],
        EntryKind::Event => brief.events()[i]
            .actors
            .first()
            .copied()
            .into_iter()
            .collect(),
        EntryKind::Claim => {
            let c = &brief.claims()[i];
            c.by.iter().chain(c.actors.first()).copied().collect()
        }
    };
    if agents.iter().any(|a| reactors.contains(a)) {
        return Some(true);
    }
    // The brief's own words must show the reactor acting: an event's quotes (its title is a
    // headline, "Putin–Netanyahu phone call", and its summary a curator's), a claim's statement
    // and quotes.
    let quotes = |cs: &[crate::kb::Citation]| {
        cs.iter()
            .map(|c| c.quote.as_str())
            .collect::<Vec<_>>()
            .join(". ")
    };
    let text = match r.kind {
        EntryKind::Event => quotes(&brief.events()[i].citations),
        _ => {
            let c = &brief.claims()[i];
            format!("{}. {}", c.statement, quotes(&c.citations))
        }
    };
    Some(
        reactors
            .iter()
            .filter_map(|&a| brief.actors().get(a))
            .any(|a| acts_in(&text, a)),
    )
}

/// Whether `text` names actor `a` where a subject stands: at the start of a sentence or clause
/// (after a comma or a word such as "that" or "and"), skipping the capitalised words of a title
/// and "the" ("that the Russians were impressed"). A name after a preposition or a verb ("with
/// Prime Minister Netanyahu", "supporting Israel's right") or in the possessive is not acting.
fn acts_in(text: &str, a: &crate::kb::Actor) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || "'-.,;:\u{2019}".contains(c)))
        .filter(|w| !w.is_empty())
        .collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
            .replace('\u{2019}', "'")
    };
    let lower: Vec<String> = words.iter().map(|w| bare(w)).collect();
    std::iter::once(&a.name).chain(&a.aliases).any(|form| {
        let form: Vec<String> = form
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
            .filter(|w| !w.is_empty())
            .map(bare)
            .collect();
        if form.is_empty() || form.len() > lower.len() {
            return false;
        }
        (0..=lower.len() - form.len()).any(|at| {
            // A possessive ("Israel's right") is a word of its own here, so it never matches:
            // it names what the actor owns, not what the actor did.
            if lower[at..at + form.len()] != form[..] {
                return false;
            }
            // "Putin said that Israel has the right to self-defense" is Putin's act: a name in
            // the clause someone else's verb of saying reports is what they say of it.
            if reported_by_another(&words, &lower, at) {
                return false;
            }
            // A verb right after the name makes it the subject whatever stands before it: "In
            // its aftermath Putin convened…". A comma after the name ends its clause ("with
            // Netanyahu, expressed" is someone else's verb).
            let end = at + form.len() - 1;
            if !words[end].ends_with(['.', ',', ';', ':'])
                && lower.get(end + 1).is_some_and(|w| is_verb_like(w))
            {
                return true;
            }
            // A name joined by "and" to another stands where that one stands: "the war between
            // Israel and Hamas" has Hamas after a preposition, "Russia and Hamas met" as a
            // subject.
            let mut p = at;
            let mut joined = false;
            while p > 0 {
                p -= 1;
                let w = words[p];
                if w.ends_with(['.', ',', ';', ':']) {
                    return true;
                }
                if w.starts_with(|c: char| c.is_uppercase()) || lower[p] == "the" {
                    continue;
                }
                if !joined && matches!(lower[p].as_str(), "and" | "or") {
                    joined = true;
                    continue;
                }
                return CLAUSE_OPENERS.contains(&lower[p].as_str());
            }
            true
        })
    })
}

/// Verbs of saying that introduce a reported clause ("Putin said **that** …").
const REPORTING_SAYS: &[&str] = &[
    "said",
    "says",
    "say",
    "claimed",
    "claims",
    "stated",
    "states",
    "added",
    "adds",
    "argued",
    "argues",
    "declared",
    "declares",
    "noted",
    "notes",
    "asserted",
    "asserts",
    "alleged",
    "alleges",
    "stressed",
    "insisted",
    "warned",
    "suggested",
    "announced",
    "wrote",
];

/// Whether the word at `at` stands in a clause reported by a verb of saying before it in the
/// same clause: "Although Putin said that Israel has…". The walk back stops at the clause's
/// punctuation, so a later clause ("…, and Israel replied") is the actor's own.
fn reported_by_another(words: &[&str], lower: &[String], at: usize) -> bool {
    let mut p = at;
    while p > 1 {
        p -= 1;
        if words[p].ends_with(['.', ',', ';', ':']) {
            return false;
        }
        if lower[p] == "that" && REPORTING_SAYS.contains(&lower[p - 1].as_str()) {
            return true;
        }
    }
    false
}

/// Verbs that commonly follow a subject in a brief's prose without the regular "-ed" ending.
const IRREGULAR_VERBS: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "will", "would", "said", "says", "told", "did",
    "does", "sought", "took", "gave", "made", "met", "sent", "went", "began", "drew", "rejected",
    "refuses", "sees", "saw", "knew", "held", "chose", "spoke", "wrote", "thought", "felt", "kept",
    "left", "led", "paid", "put", "set", "struck", "threw", "won", "also", "then", "later",
];

/// Whether a word right after a name reads as its verb: "-ed" past tenses ("convened",
/// "refrained") and the common irregular ones ("has", "said", "drew").
fn is_verb_like(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed")) || IRREGULAR_VERBS.contains(&word)
}

/// Nouns by which a question asks for the model of a thing: "what model of anti-tank missile",
/// "which variant", "what make of rifle".
const MODEL_NOUNS: &[&str] = &[
    "model", "models", "variant", "variants", "make", "brand", "calibre", "caliber",
];

/// Whether `query` asks "what/which <model noun> (of)…": "make" and "brand" only with "of", as
/// "what make of rifle", since "what did they make" asks something else.
fn asks_model(query: &str) -> bool {
    let words: Vec<String> = query
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.windows(2).enumerate().any(|(i, w)| {
        matches!(w[0].as_str(), "what" | "which" | "whats" | "what's")
            && MODEL_NOUNS.contains(&w[1].as_str())
            && (!matches!(w[1].as_str(), "make" | "brand")
                || words.get(i + 2).is_some_and(|n| n == "of"))
    })
}

/// Whether `text` names a model the question does not: a designation that mixes letters and
/// digits ("AK-47", "S-300", "9M133").
fn names_model(text: &str, query: &str) -> bool {
    let asked = padded_words(&query.to_lowercase());
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(char::is_alphabetic))
        .any(|w| {
            let lower = w.to_lowercase();
            !asked.contains(&format!(" {} ", lower.replace('-', " ")))
        })
}

/// Nouns by which a question asks which money something was paid or held in: "which coins did
/// Hamas use", "what currency".
const CURRENCY_NOUNS: &[&str] = &[
    "coin",
    "coins",
    "token",
    "tokens",
    "currency",
    "currencies",
    "cryptocurrency",
    "cryptocurrencies",
    "stablecoin",
    "stablecoins",
];

/// Names of crypto currencies, which answer a question for the coins used.
const CRYPTO_NAMES: &[&str] = &[
    "bitcoin", "btc", "tether", "usdt", "usdc", "ethereum", "ether", "eth", "monero", "tron",
    "trx", "litecoin", "dogecoin",
];

/// Names of states' currencies, which answer a question for the currency used, though not one
/// for the coins or tokens ("tens of millions of dollars" is an amount, not a coin).
const STATE_CURRENCY_NAMES: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "ruble", "rubles", "rouble", "roubles", "shekel",
    "shekels", "rial", "rials", "dinar", "dinars", "yuan", "pound", "pounds", "lira", "yen",
    "rupee", "rupees",
];

/// Whether `query` asks "what/which <currency noun>" ("which coins / tokens did Hamas use"):
/// `Some(true)` when it asks for crypto (coins, tokens, or with "crypto" in the question),
/// `Some(false)` for any currency, `None` when it asks for none.
fn asks_currency(query: &str) -> Option<bool> {
    let words = lower_words(query);
    let noun = words.iter().enumerate().find_map(|(i, w)| {
        matches!(w.as_str(), "what" | "which" | "whats" | "what's")
            .then(|| {
                (words.iter().skip(i + 1).take(3)).find(|n| CURRENCY_NOUNS.contains(&n.as_str()))
            })
            .flatten()
    })?;
    let crypto = !noun.starts_with("currenc") || words.iter().any(|w| w.starts_with("crypto"));
    Some(crypto)
}

/// Whether `text` names a currency: a crypto one, or, unless `crypto_only`, a state's.
fn names_currency(text: &str, crypto_only: bool) -> bool {
    lower_words(text).iter().any(|w| {
        CRYPTO_NAMES.contains(&w.as_str())
            || (!crypto_only && STATE_CURRENCY_NAMES.contains(&w.as_str()))
    })
}

/// A short name written in capitals ("US", "UK", "PIJ").
fn is_acronym(form: &str) -> bool {
    form.chars().count() <= 4 && form.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// A state or well-known organisation: every form it goes by.
struct Outsider {
    forms: Vec<&'static str>,
}

/// One form of an outsider as matched: its words (lower-cased unless it is an acronym).
struct Form {
    outsider: usize,
    words: Vec<String>,
    acronym: bool,
}

/// People readers of policy briefs often ask about, by full name and the names they go by in
/// chat. A question that names one the brief never mentions ("what did Lavrov say to the
/// delegation", "Putin met Haniyeh") is not answered from that brief: its sentences are about
/// someone else. Only names that are not also everyday English words are listed, and a brief
/// that does name the person (in an actor or anywhere in its body) answers as before.
const PEOPLE: &[&[&str]] = &[
    &["Sergei Lavrov", "Sergey Lavrov", "Lavrov"],
    &["Dmitry Peskov", "Peskov"],
    &["Maria Zakharova", "Zakharova"],
    &["Sergei Shoigu", "Shoigu"],
    &["Dmitry Medvedev", "Medvedev"],
    &["Ramzan Kadyrov", "Kadyrov"],
    &["Yevgeny Prigozhin", "Prigozhin"],
    &["Mikhail Bogdanov", "Bogdanov"],
    &["Vassily Nebenzia", "Nebenzia", "Nebenzya"],
    &["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy"],
    &["Ismail Haniyeh", "Haniyeh", "Haniya"],
    &["Yahya Sinwar", "Sinwar"],
    &["Mohammed Deif", "Deif"],
    &["Hassan Nasrallah", "Nasrallah"],
    &["Ali Khamenei", "Khamenei"],
    &["Ebrahim Raisi", "Raisi"],
    &["Mahmoud Abbas", "Abu Mazen"],
    &["Recep Tayyip Erdogan", "Erdogan"],
    &["Abdel Fattah el-Sisi", "el-Sisi", "Sisi"],
    &["Xi Jinping", "Jinping"],
    &["Antony Blinken", "Blinken"],
    &["Donald Trump", "Trump"],
    &["Kamala Harris"],
    &["Emmanuel Macron", "Macron"],
    &["Olaf Scholz", "Scholz"],
    &["Rishi Sunak", "Sunak"],
    &["Antonio Guterres", "Guterres"],
    &["Yoav Gallant"],
    &["Benny Gantz", "Gantz"],
    &["Yair Lapid", "Lapid"],
    &["Isaac Herzog"],
    &["Naftali Bennett"],
];

/// State bodies readers ask about by name ("Russia's central bank froze Hamas's wallets", "the
/// Knesset condemned the veto"). A brief that never names the body reports nothing it did; one
/// that does answers as before.
const BODIES: &[&[&str]] = &[
    &["central bank"],
    &["Bank of Russia"],
    &["Bank of Israel"],
    &["Federal Reserve"],
    &["State Duma", "Duma"],
    &["Knesset"],
    &["Federation Council"],
    &["FSB", "Federal Security Service"],
    &["GRU"],
    &["SVR"],
    &["Mossad"],
    // Intelligence services by description, which a brief that never speaks of intelligence
    // says nothing about ("Russian intelligence helped Hamas plan the attack").
    &[
        "Russian intelligence",
        "intelligence services",
        "intelligence service",
        "intelligence agencies",
        "intelligence agency",
    ],
    &["Shin Bet", "Shabak"],
    &["CIA"],
    &["Pentagon"],
    // Chat shortens the department ("the state dept").
    &["State Department", "State Dept", "Department of State"],
    &[
        "Defense Department",
        "Defense Dept",
        "Department of Defense",
    ],
    &[
        "Ministry of Defence",
        "Ministry of Defense",
        "defence ministry",
        "defense ministry",
    ],
    &["Ministry of Finance", "finance ministry"],
    &["Supreme Court"],
    &["Rosgvardia", "National Guard"],
    &["health ministry", "Ministry of Health"],
    // Companies a question names as the means of something ("Hamas used Binance to move the
    // money"): a brief that never names one says nothing of it.
    &["Binance"],
    &["Coinbase"],
    &["Garantex"],
    &["Tether", "USDT"],
    &["Gazprom"],
    &["Rosneft"],
    &["Rosoboronexport"],
    &["TikTok"],
    &["YouTube"],
    &["Facebook"],
    &["WhatsApp"],
];

/// The states and well-known organisations of the drafter's tables, prepared once, with their
/// forms listed under their first word so that a question is read in one pass over its words
/// instead of being searched for every form of every state.
struct Outsiders {
    all: Vec<Outsider>,
    by_first_word: std::collections::HashMap<String, Vec<Form>>,
}

fn outsiders() -> &'static Outsiders {
    use crate::draft::tables::{KNOWN, STATES};
    static ALL: std::sync::OnceLock<Outsiders> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let states = STATES.iter().map(|s| {
            std::iter::once(s.name)
                .chain(s.others.iter().copied())
                .chain(s.demonyms.iter().copied())
                .chain(s.metonyms.iter().copied())
                .collect::<Vec<_>>()
        });
        let known = KNOWN.iter().map(|(name, _, others)| {
            std::iter::once(*name)
                .chain(others.iter().copied())
                .collect::<Vec<_>>()
        });
        let people = PEOPLE.iter().map(|forms| forms.to_vec());
        let bodies = BODIES.iter().map(|forms| forms.to_vec());
        let all: Vec<Outsider> = states
            .chain(known)
            .chain(people)
            .chain(bodies)
            .map(|forms| Outsider { forms })
            .collect();
        let mut by_first_word: std::collections::HashMap<String, Vec<Form>> =
            std::collections::HashMap::new();
        for (i, o) in all.iter().enumerate() {
            for f in &o.forms {
                let acronym = is_acronym(f);
                let text = if acronym {
                    f.to_string()
                } else {
                    f.to_lowercase()
                };
                let words: Vec<String> = text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                // A name of one or two letters is too easily a word of the question.
                if words.is_empty() || (!acronym && words.join(" ").len() < 3) {
                    continue;
                }
                by_first_word
                    .entry(words[0].clone())
                    .or_default()
                    .push(Form {
                        outsider: i,
                        words,
                        acronym,
                    });
            }
        }
        Outsiders { all, by_first_word }
    })
}

/// The states and well-known organisations `query` names, each as all the forms it goes by.
fn named_outsiders(query: &str) -> Vec<Vec<&'static str>> {
    let split = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let lower = split(&crate::text::fold_for_search(query).to_lowercase());
    let exact = split(query);
    let table = outsiders();
    let mut found: Vec<usize> = Vec::new();
    let mut look = |words: &[String], acronyms: bool| {
        for i in 0..words.len() {
            let Some(forms) = table.by_first_word.get(&words[i]) else {
                continue;
            };
            for f in forms.iter().filter(|f| f.acronym == acronyms) {
                if words[i..].starts_with(&f.words) && !found.contains(&f.outsider) {
                    found.push(f.outsider);
                }
            }
        }
    };
    look(&lower, false);
    look(&exact, true);
    found.sort_unstable();
    found
        .into_iter()
        .map(|i| table.all[i].forms.clone())
        .collect()
}

/// Whether the evidence says the entry answers. Without an embedding table the word score alone
/// decides, as it always has.
/// A number the entry does not give vetoes the answer whatever else agrees: a sentence saying
/// thousands died does not confirm that 500 did.
pub(crate) fn confident(c: &Calibration, command: CommandName, e: &Evidence) -> bool {
    !e.number_gap
        && !e.outsider
        && !e.unnamed
        && (probability(c, command, e).is_some_and(|p| p >= c.threshold)
            || (e.cosine.is_none() && e.lexical >= super::ANSWER_THRESHOLD))
}

/// The fitted probability that the entry answers, when the engine has an embedding table.
pub fn probability(c: &Calibration, command: CommandName, e: &Evidence) -> Option<f32> {
    let cosine = e.cosine?;
    let x = [
        e.lexical,
        cosine,
        e.margin,
        e.cosine_z,
        e.unmatched,
        f32::from(u8::from(e.number_gap)),
    ];
    let z = c.bias[Calibration::slot_of(command)]
        + c.weights.iter().zip(x).map(|(w, x)| w * x).sum::<f32>();
    Some(1.0 / (1.0 + (-z).exp()))
}

/// Words that ask for an amount whatever the sentence's form: an entry without a number cannot
/// answer them.
const QUANTITY_QUESTIONS: &[&str] = &[
    "how many",
    "how much",
    "how far",
    "how old",
    "how big",
    "how large",
    "how often",
    "what size",
    "what range",
    "what %",
    "what percent",
    "what percentage",
    "what share",
    "what proportion",
    "seat count",
    "vote tally",
    "vote breakdown",
];

/// Words that ask for an amount as whole words ("the tally", not "totally").
const QUANTITY_WORDS: &[&str] = &["tally", "tallies", "headcount"];

/// Words that ask for a figure, which "thousands" or "dozens" does not give. They ask for an
/// amount whatever the sentence's form, as [`QUANTITY_QUESTIONS`] do.
const EXACT_AMOUNT: &[&str] = &[
    "exact number",
    "exact figure",
    "exact count",
    "precise number",
    "precise figure",
    "exactly how many",
];

/// Words that, in a question for an amount, ask for the true or official figure rather than an
/// estimate: "how many really died", "the actual death toll", "the official count".
const TRUE_FIGURE_WORDS: &[&str] = &["actually", "really", "actual", "real", "true", "official"];

/// Words of paying, buying and funding. A statement that one party paid another states a
/// transaction, which only an entry about money confirms.
const PAYMENT_WORDS: &[&str] = &[
    "paid",
    "pay",
    "pays",
    "paying",
    "payment",
    "payments",
    "bought",
    "buy",
    "buys",
    "purchased",
    "purchase",
    "sold",
    "sell",
    "sells",
    "funded",
    "financed",
    "bankrolled",
    "bankroll",
    "bribed",
    "bribe",
    "bribes",
];

/// Word beginnings that show an entry is about money: "paid", "funding", "financing", "crypto",
/// "dollars", "transfers" (or a dollar sign anywhere).
const MONEY_STEMS: &[&str] = &[
    "pay", "paid", "fund", "financ", "money", "crypto", "dollar", "price", "cost", "transfer",
    "budget", "sold", "sell", "bought", "buy", "purchas", "bribe",
];

/// Whether a lower-cased query states or asks about a payment.
fn names_payment(q: &str) -> bool {
    q.split(|c: char| !c.is_alphanumeric())
        .any(|w| PAYMENT_WORDS.contains(&w))
}

/// Words that ask how much time passed ("how long did it take Putin to…", "how soon after the
/// attack…"). A date answers them as well as a duration does: the reader compares it with the
/// event the question starts from.
const DURATION_QUESTIONS: &[&str] = &["how long", "how soon", "how quickly", "how fast"];

/// Words that give a length of time or place an event in time relative to another.
const DURATION_WORDS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "later", "after", "before", "since", "until", "only", "hours", "minutes",
];

/// Nouns that name an amount. In a question ("what was the death toll?") they ask for one; in a
/// statement ("state media didn't inflate the death toll") they only talk about it, and the
/// entry that talks about it answers.
const QUANTITY_NOUNS: &[&str] = &[
    "number of",
    "vote count",
    "death toll",
    "casualt",
    "percent",
    "range of",
    "the range",
];

/// Leading words of a question that asks for a fact rather than stating one.
const ASKING_LEADS: &[&str] = &["what", "which", "whats", "what's", "tell me", "give me"];

/// Number words an entry may give an amount in.
const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
];

/// Whether the query states a number or asks for an amount at all (the cheap test before
/// [`number_gap`] reads the entry).
fn mentions_amount(query: &str) -> bool {
    let q = query.to_lowercase();
    query.bytes().any(|b| b.is_ascii_digit())
        || asks_amount(&q)
        || asks_duration(&q)
        || names_payment(&q)
        || q.split(|c: char| !c.is_alphanumeric())
            .any(|w| STATED_NUMBER_WORDS.iter().any(|(word, _)| *word == w))
}

/// Whether a lower-cased query asks how much time passed.
fn asks_duration(q: &str) -> bool {
    DURATION_QUESTIONS.iter().any(|c| q.contains(c))
}

/// Verbs that, after "how long", ask how long something went on ("how long did the call
/// last"), which only a length of time answers: the date of the call does not. "How long did it
/// take Putin to call" is not one of them: it counts from the attack, and the call's date
/// answers it.
const LASTING_VERBS: &[&str] = &["last", "lasted", "go on", "went on", "run", "ran"];

/// Words that make "how long" count from another event ("how long after the attack…"), which
/// a date answers.
const RELATIVE_WORDS: &[&str] = &["after", "before", "since", "until", "till", "between"];

/// Whether a lower-cased query asks how long something lasted rather than how long after
/// something else it came.
fn asks_length(q: &str) -> bool {
    let words: Vec<&str> = q.split(|c: char| !c.is_alphanumeric()).collect();
    let has = |phrase: &str| {
        let p: Vec<&str> = phrase.split(' ').collect();
        words.windows(p.len()).any(|w| w == p.as_slice())
    };
    has("how long")
        && LASTING_VERBS.iter().any(|v| has(v))
        && !RELATIVE_WORDS.iter().any(|r| has(r))
}

/// Words that measure time, as a length is given: "twenty minutes", "two hours".
const TIME_UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
    "days", "week", "weeks", "month", "months", "year", "years",
];

/// Whether an entry gives a length of time: a number, in figures or words, before a unit of
/// time.
fn gives_length(entry_lower: &str) -> bool {
    let words: Vec<&str> = entry_lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        (w[0].bytes().all(|b| b.is_ascii_digit())
            || NUMBER_WORDS.contains(&w[0])
            || matches!(w[0], "a" | "an" | "one" | "several" | "few"))
            && TIME_UNITS.contains(&w[1])
    })
}

/// Words after a number that make it an amount, not a day of the month or a year: "20 min",
/// "2000 people", "5 votes".
const AMOUNT_UNITS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "days",
    "weeks",
    "months",
    "years",
    "percent",
    "per",
    "people",
    "ppl",
    "persons",
    "dead",
    "killed",
    "deaths",
    "votes",
    "vote",
    "times",
    "members",
    "soldiers",
    "fighters",
    "troops",
    "civilians",
    "hostages",
    "rockets",
    "missiles",
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "dollars",
    "million",
    "billion",
    "thousand",
];

/// The numbers a lower-cased query states, each with whether it is an amount whatever its
/// value: followed by a unit ("20 min", "2000 people") or a per cent sign.
fn stated_numbers(q: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = q;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let tail = &rest[start..];
        let len = tail
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(tail.len());
        let (number, after) = tail.split_at(len);
        let next_word = after
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let unit = after.trim_start().starts_with('%') || AMOUNT_UNITS.contains(&next_word);
        out.push((number, unit));
        rest = after;
    }
    out
}

/// Number words a statement may give an amount in, with the figure an entry may give instead.
/// "Two" is left out: "the two wars" names a pair rather than stating an amount.
const STATED_NUMBER_WORDS: &[(&str, &str)] = &[
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("fifteen", "15"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("fifty", "50"),
    ("hundred", "00"),
    ("hundreds", "00"),
    ("thousand", "000"),
    ("thousands", "000"),
];

/// Whether the query states an amount in words ("got five votes") that the entry gives neither
/// in words nor in figures.
fn number_word_gap(q: &str, entry_lower: &str) -> bool {
    let entry_words: Vec<&str> = entry_lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    q.split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| STATED_NUMBER_WORDS.iter().find(|(word, _)| *word == w))
        .any(|(word, figure)| {
            let stem = word.trim_end_matches('s');
            !entry_words.iter().any(|e| {
                e.trim_end_matches('s') == stem
                    || (e.bytes().all(|b| b.is_ascii_digit())
                        && (e == figure || (figure.starts_with('0') && e.ends_with(figure))))
            })
        })
}

/// Whether an entry places something in time: a date, a year or a length of time.
fn gives_time(entry_lower: &str) -> bool {
    entry_lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        DURATION_WORDS.contains(&w)
            || crate::search::dates::is_month_name(w)
            || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Whether a lower-cased query asks for an amount: "how many…", or an amount noun in a question.
fn asks_amount(q: &str) -> bool {
    if QUANTITY_QUESTIONS
        .iter()
        .chain(EXACT_AMOUNT)
        .any(|c| q.contains(c))
        || q.split(|c: char| !c.is_alphanumeric())
            .any(|w| QUANTITY_WORDS.contains(&w))
    {
        return true;
    }
    // Chat opens a question with a filler ("so whats the real death toll", "ok what's the
    // count"): the question starts after it.
    let lead = without_chat_openers(q);
    let question = q.trim_end().ends_with('?') || ASKING_LEADS.iter().any(|l| lead.starts_with(l));
    question && QUANTITY_NOUNS.iter().any(|c| q.contains(c))
}

/// Words chat opens a question with before asking it: "so", "ok", "wait".
const CHAT_OPENERS: &[&str] = &[
    "so", "ok", "okay", "and", "but", "wait", "hey", "um", "hmm", "well", "also", "btw",
];

/// `q` after the fillers chat opens a question with ("so did Russia…", "ok, what's the
/// count"), in any case; `q` itself when it opens with none. An opener alone is kept: "so?"
/// asks nothing else.
pub(crate) fn without_chat_openers(q: &str) -> &str {
    let mut lead = q.trim_start();
    while let Some(rest) = CHAT_OPENERS.iter().find_map(|o| {
        let head = lead.get(..o.len())?;
        let rest = &lead[o.len()..];
        (head.eq_ignore_ascii_case(o) && rest.starts_with([' ', ',']))
            .then(|| rest.trim_start_matches([' ', ',']))
            .filter(|r| !r.is_empty())
    }) {
        lead = rest;
    }
    lead
}

/// The entry's numbers that are not part of a date: "October 25" gives a day, not an amount.
fn amounts_in(entry_lower: &str) -> Vec<&str> {
    let words: Vec<&str> = entry_lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let is_month = |w: &str| crate::search::dates::is_month_name(w);
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.bytes().all(|b| b.is_ascii_digit()))
        .filter(|(i, w)| {
            let day = w.len() <= 2;
            let next_to_month =
                (*i > 0 && is_month(words[i - 1])) || words.get(i + 1).is_some_and(|n| is_month(n));
            let date = day && next_to_month;
            !date && !designates(entry_lower, w)
        })
        .map(|(_, w)| *w)
        .collect()
}

/// Whether the digits `number` (a slice of `text`) are the number of a designation, joined by a
/// hyphen to the letters before them ("AK-47", "F-16", "S-400", "COVID-19"): a name, not an
/// amount, so "how many Kalashnikovs…" is not answered by a sentence that only names the AK-47.
fn designates(text: &str, number: &str) -> bool {
    let at = number.as_ptr() as usize - text.as_ptr() as usize;
    let mut before = text[..at].chars().rev();
    before.next() == Some('-') && before.next().is_some_and(char::is_alphabetic)
}

/// True when the query asks for an amount the entry does not give: it asks "how many…" and the
/// entry has no number at all, or it states a number (not a year or a day) that the entry does
/// not contain. "The blast killed around 500 people" is not confirmed by a sentence that says
/// thousands died.
pub(crate) fn number_gap(query: &str, entry: &str) -> bool {
    let q = query.to_lowercase();
    let entry_lower = entry.to_lowercase();
    let entry_numbers: Vec<&str> = entry_lower
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .collect();
    for (n, unit) in stated_numbers(&q) {
        let value: u64 = n.parse().unwrap_or(0);
        // Years, decades ("the 90s") and days of the month are dates, which the timeline and
        // the date index handle, unless a unit follows ("20 min", "2000 people").
        let decade = value.is_multiple_of(10) && q.contains(&format!("{n}s"));
        let is_date = !unit
            && ((1900..=2100).contains(&value)
                || (n.len() <= 2 && (1..=31).contains(&value))
                || decade);
        // "the 90s" is in "the 1990s". An amount with its unit is not given by a date's day:
        // "20 min" is not in "October 20".
        let given = if unit {
            amounts_in(&entry_lower).iter().any(|e| e.ends_with(n))
        } else {
            entry_numbers.iter().any(|e| e.ends_with(n))
        };
        if !is_date && !given {
            return true;
        }
    }
    if number_word_gap(&q, &entry_lower) {
        return true;
    }
    // "Iran paid Russia for the missiles" is not confirmed by a sentence that only has the
    // missiles reach Hamas: a payment is a fact of its own, which the entry must give.
    let about_money = entry_lower.contains('$')
        || entry_lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| MONEY_STEMS.iter().any(|m| w.starts_with(m)));
    if names_payment(&q) && !about_money {
        return true;
    }
    if asks_length(&q) {
        return !gives_length(&entry_lower);
    }
    if asks_duration(&q) && !asks_amount(&q) {
        return !gives_time(&entry_lower);
    }
    if asks_amount(&q) {
        let counted = counted_nouns(&q);
        // "How many people really died" asks for the true figure, which "thousands" is not.
        let exact = EXACT_AMOUNT.iter().any(|c| q.contains(c))
            || q.split(|c: char| !c.is_alphanumeric())
                .any(|w| TRUE_FIGURE_WORDS.contains(&w));
        // "How many dual nationals…" is not answered by "the two conflicts": the amount must
        // be given in a sentence about what is counted, when the question names it.
        let has_amount = entry_lower
            .split(['.', ';', '?', '!'])
            .filter(|sentence| counted.is_empty() || counted.iter().any(|n| counts(sentence, n)))
            .any(|sentence| {
                amounts_in(sentence).iter().any(|n| {
                    let v: u64 = n.parse().unwrap_or(0);
                    !(1900..=2100).contains(&v)
                }) || (!exact
                    && sentence
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| NUMBER_WORDS.contains(&w)))
            });
        return !has_amount;
    }
    false
}

/// What a "how many / how much" question counts: the head of the phrase right after it ("how
/// many russian-israeli dual nationals" counts "nationals"), none when a verb follows at once
/// ("how many were killed").
fn counted_nouns(q: &str) -> Vec<String> {
    let Some(at) = ["how many ", "how much "]
        .iter()
        .find_map(|c| q.find(c).map(|i| i + c.len()))
    else {
        return Vec::new();
    };
    let phrase: Vec<&str> = q[at..]
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take_while(|w| {
            !crate::text::is_stop_word(w) && !COUNT_STOPS.contains(w) && !w.ends_with("ed")
        })
        .take(3)
        .collect();
    match phrase.last() {
        Some(&"ppl") => vec!["people".to_string()],
        Some(head) if head.len() >= 3 => vec![head.to_string()],
        _ => Vec::new(),
    }
}

/// Words that end the counted phrase of "how many … " without being stop words.
const COUNT_STOPS: &[&str] = &["actually", "really", "roughly", "approximately", "exactly"];

/// Whether a sentence speaks of the counted thing `noun`: the word itself or another form of it
/// (its first five letters), or, for people and money, the words an amount of them is given in.
fn counts(sentence: &str, noun: &str) -> bool {
    let stem: String = noun.chars().take(5).collect();
    let words = || sentence.split(|c: char| !c.is_alphanumeric());
    if words().any(|w| w.starts_with(&stem)) {
        return true;
    }
    let kin: &[&str] = match noun {
        // "How many dead did Russian outlets report" counts people, whom "thousands of people
        // had been killed" counts.
        "people" | "persons" | "civilians" | "lives" | "dead" | "deaths" | "victims"
        | "casualties" | "fatalities" => {
            &["people", "civilian", "person", "killed", "died", "dead"]
        }
        "money" | "cash" | "funds" | "funding" | "crypto" => {
            &["dollar", "million", "billion", "euro", "rouble", "ruble"]
        }
        _ => &[],
    };
    words().any(|w| kin.iter().any(|k| w.starts_with(k)))
}

#[cfg(test)]
mod tests {
    use super::{
        acts_in, asked_detail, asked_period, asks_currency, asks_model, in_person_window,
        lower_words, named_outsiders, names_currency, names_model, number_gap, reactor_window,
        speaker_window, subject_named_at, subject_window, voted_text_owners, wants_someone_to_do,
        without_time_phrases,
    };

    #[test]
    fn the_owner_of_a_voted_text_is_the_word_before_it() {
        let cases: &[(&str, &[&str])] = &[
            (
                "russia's oct 16 ceasefire draft got voted down",
                &["russia"],
            ),
            ("to block a US resolution calling for", &["US"]),
            ("the Russian resolution suggested", &["Russian"]),
            (
                "when was the vote on the un security council resolution",
                &["on"],
            ),
            (
                "Russia submitted a resolution to the council",
                &["submitted"],
            ),
            ("no text is voted here", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(voted_text_owners(text), *want, "{text}");
        }
    }

    #[test]
    fn an_office_is_premises_unless_it_is_a_post() {
        // (question, the position of the subject's word in it, whether it names the subject)
        let cases = [
            ("when did hamas open an office in moscow", 5, true),
            ("office space for hamas in moscow", 0, true),
            ("who was in office in israel during the veto", 3, false),
            ("when did putin take office", 4, false),
            ("since netanyahu took office", 3, false),
            // A sign of something is evidence, not signing.
            ("when did russia and iran sign their alliance", 5, true),
            ("is the visit a sign of closeness", 4, false),
            ("any signs of russian weapons in gaza", 1, false),
            ("hamas signs a deal with moscow", 1, true),
            // Recalling is an envoy's, not a memory's.
            ("did israel recall its ambassador from moscow", 2, true),
            ("do you recall what putin said", 2, false),
        ];
        for (q, at, want) in cases {
            let words = lower_words(q);
            assert!(
                ["office", "sign", "signs", "recall"].contains(&words[at].as_str()),
                "{q}"
            );
            assert_eq!(subject_named_at(&words, at), want, "{q}");
        }
    }

    #[test]
    fn questions_for_what_someone_is_wanted_to_do() {
        let cases = [
            ("what do the authors want israel to actually do", true),
            ("what does the paper want the government to do now", true),
            ("so what do they want washington to do re russia", true),
            // Wanting something, or wanting to do it oneself, is no advice asked for.
            ("what does russia want from hamas", false),
            ("what does moscow want to achieve", false),
            ("what do they want to do next", false),
        ];
        for (q, want) in cases {
            assert_eq!(wants_someone_to_do(&lower_words(q)), want, "{q}");
        }
    }

    #[test]
    fn reads_the_decade_a_question_names() {
        let cases = [
            (
                "what made russia flip on hamas in the mid 2000s",
                Some((2003, 2006)),
            ),
            ("russia and hamas in the 90s", Some((1990, 1999))),
            ("moscow's line in the early 2010s", Some((2010, 2013))),
            ("what did russia say in the late-1990s", Some((1996, 1999))),
            ("russia and hamas in the nineties", Some((1990, 1999))),
            // A year, or the side of one, is read by the rules for years.
            ("before 2006 and in the 90s", None),
            ("what happened in 2014", None),
            ("what happened on october 25", None),
        ];
        for (query, want) in cases {
            assert_eq!(super::asked_decade(query), want, "{query:?}");
        }
    }

    #[test]
    fn finds_the_subject_of_a_question() {
        let cases = [
            (
                "what did putin do after the dagestan riot",
                Some("putin do after"),
            ),
            ("How has the Kremlin reacted?", Some("the kremlin reacted")),
            ("why does russia back hamas", Some("russia back hamas")),
            // Without an auxiliary after the question word there is no subject to read.
            ("what happened on october 7", None),
            ("putin blamed the west", None),
            ("what did", None),
        ];
        for (query, want) in cases {
            assert_eq!(subject_window(query).as_deref(), want, "{query:?}");
        }
    }
    #[test]
    fn finds_whose_description_a_question_asks_for() {
        let cases = [
            ("how did hamas describe russia", Some("hamas")),
            (
                "what did the russian ambassador call israel",
                Some("the russian ambassador"),
            ),
            ("how does moscow portray the war", Some("moscow")),
            // No verb of describing, or none near the subject.
            ("how did hamas react", None),
            ("what did putin say", None),
            ("describe hamas for me", None),
        ];
        for (query, want) in cases {
            assert_eq!(super::describer_window(query).as_deref(), want, "{query:?}");
        }
    }

    #[test]
    fn finds_who_a_question_asks_a_reaction_of() {
        let cases = [
            ("how did kyiv react to putin's speech", Some("kyiv")),
            (
                "what did netanyahu say back to putin on the call",
                Some("netanyahu"),
            ),
            // The claim route strips "what did"; the verb still asks for Netanyahu's reply.
            ("netanyahu say back to putin", Some("netanyahu")),
            (
                "how has Israel's government responded?",
                Some("israel's government"),
            ),
            (
                "what was israel's official reply to the veto",
                Some("israel's official"),
            ),
            ("what was the reaction of the kremlin", Some("the kremlin")),
            // An adjective between the owner and the noun; a question mark makes a question.
            (
                "israel's official response to the russian veto was?",
                Some("israel"),
            ),
            // A typographic apostrophe is a possessive too.
            (
                "what was israel\u{2019}s reaction to the veto",
                Some("what was israel"),
            ),
            ("did turkey retaliate", Some("turkey")),
            // An act aimed at someone is answered only where its doer acts.
            ("what did netanyahu tell putin", Some("netanyahu")),
            (
                "the israeli pm publicly slammed putin",
                Some("israeli pm publicly"),
            ),
            ("who did hamas thank", Some("hamas")),
            // A reaction noun in a statement describes a reaction; it does not ask for one.
            ("Israel's response to October 7 was cruel", None),
            ("who is responsible for the blast", None),
            ("putin called the attack unprecedented", None),
            // A relative clause describes the one a "who" question asks for.
            (
                "who's the hamas leader that told egyptian tv the russians were impressed",
                None,
            ),
            ("which hamas official told RT they warned moscow", None),
            ("which leader did putin tell", Some("putin")),
            // "Vote" after an object's determiner is a noun, not the act of voting.
            ("when did hamas win the palestinian parliament vote", None),
            ("the UN vote on the russian draft", None),
            ("how did the US vote on the russian draft", Some("the us")),
            ("how did russia vote", Some("russia")),
            ("did china vote for the draft", Some("china")),
            ("what did bibi answer putin on that call", Some("bibi")),
            ("what was netanyahu's answer", Some("netanyahu's")),
            (
                "what did the us say after moscow vetoed its resolution",
                Some("the us"),
            ),
            (
                "the us said after the veto that it was outraged",
                Some("the us"),
            ),
            ("what's the answer to the question of arms", None),
        ];
        for (query, want) in cases {
            assert_eq!(reactor_window(query).as_deref(), want, "{query:?}");
        }
    }

    /// Where a name stands as a subject: at the start of a clause or before a verb, and, joined
    /// by "and" to another name, where that one stands.
    #[test]
    fn finds_where_a_name_acts() {
        let hamas = crate::kb::Actor {
            id: "hamas".into(),
            name: "Hamas".into(),
            kind: crate::kb::ActorKind::Organisation,
            aliases: Vec::new(),
            profile: String::new(),
            citations: Vec::new(),
            events: Vec::new(),
            claims: Vec::new(),
            draft: false,
        };
        let cases = [
            ("Hamas thanked Putin.", true),
            ("In 2006 Russia and Hamas began to meet.", true),
            (
                "He drew a line between the war in Ukraine and the war between Israel and Hamas.",
                false,
            ),
            ("Moscow sided with Israel or Hamas, as it chose.", false),
            ("Russia vetoed it, and Hamas praised the veto.", true),
            ("Russia met with Hamas.", false),
        ];
        for (text, want) in cases {
            assert_eq!(acts_in(text, &hamas), want, "{text}");
        }
    }

    #[test]
    fn finds_whose_words_a_question_asks_for() {
        let cases = [
            (
                "what did islamic jihad leaders say about moscow",
                Some("islamic jihad leaders"),
            ),
            (
                "what did kyrgyzstan's president say at the summit",
                Some("kyrgyzstan's president"),
            ),
            // As the claim route leaves the question.
            (
                "islamic jihad leaders say about moscow",
                Some("islamic jihad leaders"),
            ),
            ("what does hamas claim", Some("hamas")),
            ("hamas think abt the ukraine war", Some("hamas")),
            ("iran think re the veto", Some("iran")),
            ("acc to mashal what did the russians think of it", None),
            // Statements and yes-no questions are the claim's own evidence.
            ("did putin say israel has the right to defend itself", None),
            ("putin said the attack was unprecedented", None),
            ("russians say hamas is legitimate", None),
        ];
        for (query, want) in cases {
            assert_eq!(speaker_window(query).as_deref(), want, "{query:?}");
        }
    }

    #[test]
    fn finds_whose_own_part_a_question_stresses() {
        let cases = [
            ("did putin personally sit down with them", Some("did putin")),
            ("the delegation met putin in person", Some("met putin")),
            ("putin himself said it", Some("putin")),
            ("they met face to face in moscow", Some("they met")),
            ("putin met the delegation", None),
            ("personally i think so", None),
            ("a bigger toll than gazans themselves", None),
        ];
        for (query, want) in cases {
            assert_eq!(in_person_window(query).as_deref(), want, "{query:?}");
        }
    }

    #[test]
    fn reads_questions_for_a_model_and_the_designations_that_answer_them() {
        let asks = [
            ("what model of anti tank missile did hamas get", true),
            ("which variant was it", true),
            ("what make of rifle", true),
            ("what did they make", false),
            ("the model of cooperation", false),
        ];
        for (query, want) in asks {
            assert_eq!(asks_model(query), want, "{query:?}");
        }
        let names = [
            (
                "a modified version of the AK-47 (Kalashnikov)",
                "which model of rifle",
                true,
            ),
            (
                "anti-tank missiles and surface-to-air missiles",
                "what model of missile",
                false,
            ),
            // A designation the question already gives is not an answer to it.
            ("the AK-47 assault rifle", "what model of ak-47", false),
            ("on October 7, 2023", "what model", false),
        ];
        for (text, query, want) in names {
            assert_eq!(names_model(text, query), want, "{text:?} / {query:?}");
        }
    }

    #[test]
    fn reads_questions_for_a_currency_and_the_names_that_answer_them() {
        let asks = [
            ("which coins / tokens did hamas use", Some(true)),
            ("what currency were the transfers in", Some(false)),
            ("what crypto currency did they use", Some(true)),
            ("what crypto exchange", None),
            ("did hamas use coins", None),
        ];
        for (query, want) in asks {
            assert_eq!(asks_currency(query), want, "{query:?}");
        }
        // (text, crypto only, names one)
        let names = [
            ("transfers in Tether (USDT)", true, true),
            ("paid in US dollars", false, true),
            ("sending tens of millions of dollars", true, false),
            ("relies heavily on the Russian crypto market", false, false),
        ];
        for (text, crypto, want) in names {
            assert_eq!(names_currency(text, crypto), want, "{text:?}");
        }
    }

    use crate::kb::ActorKind;

    #[test]
    fn reads_which_detail_a_question_asks_for() {
        let cases: &[(&str, Option<ActorKind>)] = &[
            (
                "which airport in dagestan was the mob at",
                Some(ActorKind::Place),
            ),
            (
                "which Egyptian TV channel was Mashal on?",
                Some(ActorKind::Media),
            ),
            ("what channel did he talk to", Some(ActorKind::Media)),
            (
                "whats the name of the russian un ambassador who said that",
                Some(ActorKind::Person),
            ),
            (
                "which countries list hamas as a terror group",
                Some(ActorKind::State),
            ),
            (
                "which crypto exchanges does hamas use",
                Some(ActorKind::Organisation),
            ),
            // A plural asks as its singular does.
            (
                "which wagner commanders trained the hamas guys and where",
                Some(ActorKind::Person),
            ),
            ("which russian ministries met them", Some(ActorKind::Body)),
            (
                "what news channels ran the interview",
                Some(ActorKind::Media),
            ),
            // A question for an event, a weapon or a reason names no actor.
            ("which election did hamas win in 2006", None),
            ("which rifle does hamas make under licence", None),
            ("what did the ambassador say", None),
            ("what is the brief about", None),
            // The noun must follow the question word closely.
            (
                "which of the russian statements did the official make",
                None,
            ),
            ("who is the russian ambassador", None),
            (
                "who was the egyptian tv host that interviewed mashal",
                Some(ActorKind::Person),
            ),
            ("the tv host who interviewed him", Some(ActorKind::Person)),
            // The owner of the thing asked about is the detail asked for.
            (
                "which country's channel aired the interview",
                Some(ActorKind::State),
            ),
            // "General" before a noun is an adjective.
            ("what's russia's general approach to both sides", None),
            ("which general was in charge", Some(ActorKind::Person)),
            (
                "which russian general commanded them",
                Some(ActorKind::Person),
            ),
            // "Hosts" is the plural of the role.
            (
                "which russian tv hosts were pushing it",
                Some(ActorKind::Person),
            ),
            // One slip in a long noun, not in a short one ("which count" is no country).
            (
                "which russian crypto exchnages did hamas use",
                Some(ActorKind::Organisation),
            ),
            ("which ambasador said it", Some(ActorKind::Person)),
            ("which count did they give", None),
            ("which messages were exchanged", None),
        ];
        for (query, want) in cases {
            assert_eq!(
                asked_detail(query).map(|(_, kinds)| kinds[0]),
                *want,
                "{query:?}"
            );
        }
        // "Who else" asks for whoever the question does not name, of the kinds it names.
        for query in [
            "who else was in the delegation besides abu marzook",
            "who other than russia backed hamas",
        ] {
            assert_eq!(
                asked_detail(query).map(|(noun, _)| noun),
                Some("else"),
                "{query:?}"
            );
        }
    }

    #[test]
    fn named_states_and_organisations() {
        // (query, the first form of each state or organisation it names)
        let cases: &[(&str, &[&str])] = &[
            ("what is China's position on the war?", &["China"]),
            ("the chinese mediated", &["China"]),
            ("Beijing and Moscow", &["Russia", "China"]),
            ("did the US veto it", &["United States"]),
            // "us" in lower case is a pronoun.
            ("tell us what russia did", &["Russia"]),
            ("what did al-qaeda say", &["al-Qaeda"]),
            ("what happened next", &[]),
            // Well-known people, by surname or full name, with or without diacritics.
            ("what did lavrov tell the delegation", &["Sergei Lavrov"]),
            ("Putin met Ismail Haniyeh", &["Ismail Haniyeh"]),
            ("did erdoğan weigh in", &["Recep Tayyip Erdogan"]),
            ("abu mazen", &["Mahmoud Abbas"]),
            // A word that is also a name in everyday English is not listed alone.
            ("a gallant effort by the herzog estate", &[]),
        ];
        for (query, want) in cases {
            let mut got: Vec<&str> = named_outsiders(query).iter().map(|f| f[0]).collect();
            let mut want = want.to_vec();
            got.sort_unstable();
            want.sort_unstable();
            assert_eq!(got, want, "{query}");
        }
    }

    #[test]
    fn periods_a_question_asks_about() {
        use std::cmp::Ordering::{Greater, Less};
        let cases = [
            ("what did russia call hamas before 2006", Some((Less, 2006))),
            ("russia's line since 2014", Some((Greater, 2014))),
            ("what happened after oct 7", None),
            ("hamas won in 2006", None),
        ];
        for (query, want) in cases {
            assert_eq!(asked_period(query), want, "{query:?}");
        }
    }

    #[test]
    fn time_phrases_set_the_scene() {
        let cases = [
            (
                "after dagestan putin blamed the west",
                "after putin blamed the west",
            ),
            (
                "during the gaza war russia sided with hamas",
                "during war russia sided with hamas",
            ),
            (
                "russia backed assad in syria",
                "russia backed assad in syria",
            ),
            (
                "in kyrgyzstan putin said israel has no right to defend itself",
                "in putin said israel has no right to defend itself",
            ),
            ("at the un russia vetoed", "at russia vetoed"),
            (
                "russian state tv is pro-israel in this war",
                "russian state tv is in this war",
            ),
            ("hamas is anti-american", "hamas is"),
            // A name that labels a war is the topic, not a party.
            (
                "russia was inconsistent in the earlier gaza wars",
                "russia was inconsistent in the earlier wars",
            ),
            ("the ukraine conflict", "the conflict"),
        ];
        for (query, want) in cases {
            assert_eq!(without_time_phrases(query), want, "{query:?}");
        }
    }

    #[test]
    fn number_gaps() {
        let cases = [
            // A chat opener before the question leaves it a question for the true figure.
            (
                "so whats the real death toll at the hospital",
                "Thousands of people were killed",
                true,
            ),
            (
                "ok, what's the actual death toll",
                "Thousands of people were killed",
                true,
            ),
            // The dead are people: "thousands of people had been killed" gives their number.
            (
                "how many dead did russian outlets report after the blast",
                "Russian media claimed that thousands of people had been killed",
                false,
            ),
            (
                "how many casualties did the blast cause",
                "Russian media claimed that thousands of people had been killed",
                false,
            ),
            // A figure asked for exactly is not given by "thousands"; a tally, a seat count
            // is asked for whatever the sentence's form.
            (
                "death toll figure for al-ahli, exact number pls",
                "Thousands of people were killed",
                true,
            ),
            (
                "vote tally on russia's ceasefire draft",
                "Russia submitted a draft resolution calling for a ceasefire",
                true,
            ),
            (
                "seat count hamas won in the 2006 elections",
                "Hamas won the 2006 elections",
                true,
            ),
            (
                "the vote was totally one-sided",
                "Russia submitted a draft resolution calling for a ceasefire",
                false,
            ),
            (
                "exact number of rifles shipped",
                "400 rifles of the AK-47 type were shipped",
                false,
            ),
            (
                "the blast killed around 500 people",
                "Thousands of people were killed",
                true,
            ),
            (
                "the blast killed thousands",
                "Thousands of people were killed",
                false,
            ),
            (
                "how many delegations visited moscow",
                "Hamas delegations visited Moscow",
                true,
            ),
            (
                "how many people were killed",
                "Thousands of people were killed",
                false,
            ),
            // The number of a designation names a weapon; it counts nothing.
            (
                "how many kalashnikovs has hamas built under that license",
                "a license to manufacture its own version of the AK-47 assault rifle",
                true,
            ),
            (
                "how many rifles were shipped",
                "400 rifles of the AK-47 type were shipped",
                false,
            ),
            // The amount must be of what the question counts.
            (
                "how many dual nationals live in israel",
                "By connecting the two conflicts, Putin sides with Hamas. Israel has citizens.",
                true,
            ),
            (
                "how many civilians died in the siege",
                "The siege killed a high number of civilians, estimated in the hundreds of thousands",
                false,
            ),
            (
                "how much crypto money did hamas raise",
                "Hamas relies on Russian crypto exchanges, sending tens of millions of dollars",
                false,
            ),
            (
                "how many were killed on october 7",
                "Hamas killed 1,200 people on October 7",
                false,
            ),
            (
                "what happened on oct 25 2023",
                "On October 25, Russia used its veto",
                false,
            ),
            (
                "russia vetoed on the 25th",
                "On October 25 Russia vetoed",
                false,
            ),
            (
                "what's the range of the missiles",
                "surface-to-air missiles were found",
                true,
            ),
            ("hamas won 74 seats", "Hamas won the 2006 elections", true),
            ("hamas won 74 seats", "Hamas won 74 of 132 seats", false),
            // An amount noun in a statement is talked about, not asked for.
            (
                "russian state media didn't inflate the palestinian death toll",
                "Russian propaganda exaggerates the number of Palestinian casualties",
                false,
            ),
            (
                "what was the death toll of the blast?",
                "Russian media reported that thousands were killed at the hospital",
                false,
            ),
            (
                "what was the death toll of the blast?",
                "Russian media blamed Israel for the blast",
                true,
            ),
            // A day of the month is a date, not the amount a question asks for.
            (
                "what was the vote count on the resolution?",
                "On October 25, Russia vetoed the US resolution",
                true,
            ),
            (
                "what was the vote count on the resolution?",
                "The resolution failed, with 4 votes in favour",
                false,
            ),
            // How long something took is answered by a date or a length of time.
            (
                "how long did it take putin to call netanyahu",
                "It was only on October 16 that Putin called Netanyahu",
                false,
            ),
            (
                "how soon after the attack did putin speak",
                "A week after the attack, Putin spoke in Kyrgyzstan",
                false,
            ),
            (
                "how long did it take putin to call netanyahu",
                "Putin called Netanyahu to express condolences",
                true,
            ),
            // How long something lasted is answered by a length of time, not by its date.
            (
                "how long did the phone call last",
                "On October 16 Putin called Netanyahu",
                true,
            ),
            (
                "how long did the phone call last",
                "The call lasted two hours",
                false,
            ),
            (
                "how long did the phone call last",
                "The call lasted 40 minutes on October 16",
                false,
            ),
            // A number before a unit is an amount, however small or year-like.
            (
                "putin and netanyahu spoke for 20 min",
                "On October 20 Putin called Netanyahu",
                true,
            ),
            (
                "the riot left 2000 people injured",
                "The riot injured dozens of people",
                true,
            ),
            ("what % of russians back hamas", "Russians back Hamas", true),
            // Amounts stated in words need the same amount, in words or figures.
            (
                "the draft got five votes in favour",
                "Russia's draft resolution failed",
                true,
            ),
            (
                "the draft got five votes in favour",
                "The draft won 5 votes",
                false,
            ),
            (
                "thousands were killed at the hospital",
                "Russian media reported that thousands were killed",
                false,
            ),
            ("the two wars are linked", "Putin linked the wars", false),
        ];
        for (query, entry, want) in cases {
            assert_eq!(number_gap(query, entry), want, "{query:?} vs {entry:?}");
        }
    }
}
