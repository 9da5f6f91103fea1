//! The commands, as pure functions of the library and a request. The CLI and the Discord bot
//! call exactly these, so they always give the same answer to the same question.

mod actor;
mod ask;
mod brief;
mod claim;
mod elapsed;
mod hits;
mod matching;
mod source;
mod stance;
mod timeline;

use crate::answer::{Answer, BriefRef, CommandName, Hit, Outcome, Reply};
use crate::engine::Engine;
use crate::kb::EntryKind;
use crate::search::{DocRef, MAX_RESULTS};

pub use ask::{route, Route};
pub(crate) use matching::{confident, Search};
pub use matching::{probability, Calibration};

/// The confidence an entry needs for the bot to present it as an answer. Below it the bot says
/// the brief does not cover the question and offers the nearest entries instead. Calibrated on
/// the development set so that paraphrases pass and off-topic questions do not (see README).
pub const ANSWER_THRESHOLD: f32 = 0.6;

/// Default number of results a search command returns.
pub const DEFAULT_LIMIT: usize = 5;
/// Most suggestions offered when nothing matches.
pub const MAX_SUGGESTIONS: usize = 3;

/// What a user asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    Timeline(Option<String>),
    Actor(String),
    Claim(String),
    Ask(String),
    Brief(Option<String>),
    Source(usize),
}

/// Options that apply to every command.
#[derive(Clone, Debug)]
pub struct Options {
    pub limit: usize,
    /// Only search this brief (by id).
    pub brief: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            limit: DEFAULT_LIMIT,
            brief: None,
        }
    }
}

/// A request that cannot be answered as asked. Messages are written for the person who asked.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum QueryError {
    #[error("`{command}` needs something to look for, e.g. `{example}`")]
    EmptyQuery {
        command: &'static str,
        example: &'static str,
    },
    #[error("the query is too long ({chars} characters); ask in at most {max} characters")]
    TooLong { chars: usize, max: usize },
    #[error("paragraph {requested} does not exist: {brief} has paragraphs 1 to {count}")]
    NoSuchParagraph {
        requested: usize,
        count: usize,
        brief: String,
    },
    #[error("no brief is called `{requested}`; loaded briefs: {known}")]
    UnknownBrief { requested: String, known: String },
}

/// Queries longer than this are refused rather than searched: nobody types a question that long
/// and it bounds the work one request can cause.
pub const MAX_QUERY_CHARS: usize = 500;

impl Engine {
    /// Runs one request.
    pub fn run(&self, request: &Request, options: &Options) -> Result<Reply, QueryError> {
        let brief = self.brief_filter(options)?;
        let limit = options.limit.clamp(1, MAX_RESULTS);
        let ctx = Ctx {
            engine: self,
            brief,
            limit,
        };
        // The question as typed, echoed in the answer, and as the commands read it (`read_as`).
        let mut asked: Option<(&str, String)> = None;
        let mut reply = match request {
            Request::Timeline(q) => {
                let q = q.as_deref().map(str::trim).filter(|q| !q.is_empty());
                if let Some(q) = q {
                    check_len(q)?;
                }
                asked = q.map(|q| (q, read_as(q)));
                let read = asked.as_ref().map(|(_, read)| read.as_str());
                Ok(Reply::Answer(timeline::run(&ctx, read)))
            }
            Request::Actor(q) => {
                let q = nonempty(q, "actor", "/actor Mashal")?;
                let (_, read) = asked.insert((q, read_as(q)));
                Ok(Reply::Answer(actor::run(&ctx, read)))
            }
            Request::Claim(q) => {
                let q = nonempty(q, "claim", "/claim Russia vetoed a US resolution")?;
                let (_, read) = asked.insert((q, read_as(q)));
                Ok(Reply::Answer(claim::run(&ctx, read)))
            }
            Request::Ask(q) => {
                let q = nonempty(q, "ask", "/ask who is Ali Baraka?")?;
                let (_, read) = asked.insert((q, read_as(q)));
                ask::run(&ctx, read)
            }
            Request::Brief(id) => brief::run(&ctx, id.as_deref()),
            Request::Source(n) => source::run(&ctx, *n),
        }?;
        if let (Reply::Answer(a), Some((asked, read))) = (&mut reply, &asked) {
            if a.query != *asked && a.query == *read {
                a.query = asked.to_string();
            }
        }
        if let Reply::Answer(a) = &mut reply {
            // Front ends name a brief even when nothing matched: the one searched, or the
            // first loaded.
            let about = self.library().briefs().get(brief.unwrap_or(0) as usize);
            a.about = about.map(BriefRef::of);
        }
        Ok(reply)
    }

    /// One entry in full, by brief and id, as a result (for "show this entry" buttons).
    pub fn entry(&self, brief: &str, id: &str) -> Option<crate::answer::Hit> {
        let bi = self
            .library()
            .briefs()
            .iter()
            .position(|b| b.id() == brief)?;
        let (kind, index) = self.library().briefs()[bi].lookup(id)?;
        let r = DocRef {
            brief: bi as u32,
            kind,
            index: index as u32,
        };
        Some(hits::hit_for(self, r, 1.0, "selected".into()))
    }

    /// Convenience for search commands: runs and unwraps the answer.
    pub fn answer(&self, request: &Request, options: &Options) -> Result<Answer, QueryError> {
        match self.run(request, options)? {
            Reply::Answer(a) => Ok(a),
            // A free-text question can read as a request for the brief itself or a paragraph
            // ("when was this brief published?"): that is an answer without entries.
            _ => {
                let query = match request {
                    Request::Ask(q) | Request::Actor(q) | Request::Claim(q) => q.as_str(),
                    Request::Timeline(q) | Request::Brief(q) => q.as_deref().unwrap_or(""),
                    Request::Source(_) => "",
                };
                let mut a = answered(CommandName::Ask, query, Vec::new());
                a.note = Some("Answered with the brief's details.".into());
                Ok(a)
            }
        }
    }

    fn brief_filter(&self, options: &Options) -> Result<Option<u32>, QueryError> {
        let Some(id) = options
            .brief
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        else {
            return Ok(None);
        };
        self.library()
            .briefs()
            .iter()
            .position(|b| b.id() == id)
            .map(|i| Some(i as u32))
            .ok_or_else(|| QueryError::UnknownBrief {
                requested: id.to_string(),
                known: self
                    .library()
                    .briefs()
                    .iter()
                    .map(|b| b.id())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

fn check_len(q: &str) -> Result<(), QueryError> {
    let chars = q.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong {
            chars,
            max: MAX_QUERY_CHARS,
        });
    }
    Ok(())
}

/// A request's text as the commands read it: the common words of a question typed in Russian,
/// Hebrew or Arabic in English ([`crate::native`]), and chat's spellings of question words
/// made standard ("wen did…"). The answer echoes the text as typed.
fn read_as(q: &str) -> String {
    let glossed = crate::native::glossed(q);
    crate::text::standard_question_words(glossed.as_deref().unwrap_or(q)).into_owned()
}

fn nonempty<'q>(
    q: &'q str,
    command: &'static str,
    example: &'static str,
) -> Result<&'q str, QueryError> {
    let q = q.trim();
    if q.is_empty() {
        return Err(QueryError::EmptyQuery { command, example });
    }
    check_len(q)?;
    Ok(q)
}

/// What every command implementation gets.
pub(crate) struct Ctx<'a> {
    pub engine: &'a Engine,
    pub brief: Option<u32>,
    pub limit: usize,
}

impl Ctx<'_> {
    pub fn keeps(&self, r: DocRef, kind: Option<EntryKind>) -> bool {
        self.brief.is_none_or(|b| b == r.brief) && kind.is_none_or(|k| k == r.kind)
    }

    /// Turns ranked candidates into an answer: when the evidence says the best one answers, it
    /// and those close to it are results; otherwise the best few are suggestions.
    pub fn answer(&self, command: CommandName, query: &str, s: &Search) -> Answer {
        let evidence = self.evidence(command, query, s, 0);
        let calibration = self.engine.calibration();
        let mut answer = if !s.ranked.is_empty() && confident(calibration, command, &evidence) {
            let top = s.ranked[0].scored.score;
            let results = s
                .ranked
                .iter()
                .enumerate()
                .take_while(|(i, r)| {
                    *i == 0
                        || (r.scored.score >= top - margin(command)
                            && confident(
                                calibration,
                                command,
                                &self.evidence(command, query, s, *i),
                            ))
                })
                .take(self.limit)
                .map(|(_, r)| hits::hit(self.engine, &r.scored, &s.words))
                .collect();
            answered(command, query, results)
        } else {
            let suggestions: Vec<Hit> = s
                .ranked
                .iter()
                .take(MAX_SUGGESTIONS)
                .map(|r| hits::hit(self.engine, &r.scored, &s.words))
                .collect();
            no_match(command, query, suggestions, None)
        };
        answer.evidence = Some(evidence).filter(|_| !s.ranked.is_empty());
        answer
    }
}

/// How far below the best result another result may score and still be shown. Names are
/// precise, so an actor answer lists only near-equals; claims and events are often related, so a
/// few neighbours are worth showing.
fn margin(command: CommandName) -> f32 {
    match command {
        CommandName::Actor => 0.15,
        _ => 0.25,
    }
}

/// An answer with results.
pub(crate) fn answered(command: CommandName, query: &str, results: Vec<Hit>) -> Answer {
    Answer {
        command,
        query: query.to_string(),
        outcome: Outcome::Answered,
        results,
        suggestions: Vec::new(),
        note: None,
        routed_to: None,
        about: None,
        evidence: None,
    }
}

pub(crate) fn no_match(
    command: CommandName,
    query: &str,
    suggestions: Vec<Hit>,
    note: Option<String>,
) -> Answer {
    let note = note.unwrap_or_else(|| {
        if suggestions.is_empty() {
            "The brief does not cover this.".to_string()
        } else {
            "The brief does not cover this. The nearest entries are offered below.".to_string()
        }
    });
    Answer {
        command,
        query: query.to_string(),
        outcome: Outcome::NoMatch,
        results: Vec::new(),
        suggestions,
        note: Some(note),
        routed_to: None,
        about: None,
        evidence: None,
    }
}
