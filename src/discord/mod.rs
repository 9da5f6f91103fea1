//! The Discord edge: converts interactions and messages into core requests and renders answers
//! as embeds and buttons. Everything here except [`handler`] and [`serve`] is pure and shared by
//! the gateway bot and the HTTP interactions endpoint.

pub mod autocomplete;
pub mod commands;
pub mod cooldown;
pub mod custom_id;
pub mod handler;
pub mod incoming;
pub mod interact;
pub mod render;
pub mod reply;
pub mod serve;

use crate::answer::BriefRef;
use crate::answer::Reply as CoreReply;
use crate::commands::{Options, Request};
use crate::engine::Engine;

use custom_id::ButtonAction;
use reply::Reply;

/// How an interaction ended, for logs and metrics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Answered,
    NoMatch,
    /// The request could not be answered as asked (empty query, unknown paragraph, stale button).
    BadRequest,
    /// The user was asked to slow down.
    Cooldown,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Answered => "answered",
            Outcome::NoMatch => "no_match",
            Outcome::BadRequest => "bad_request",
            Outcome::Cooldown => "cooldown",
        }
    }
}

/// A rendered reply and how it went.
#[derive(Clone, Debug)]
pub struct Response {
    pub reply: Reply,
    pub outcome: Outcome,
    /// For a question (a search, answered or not): what the question log records of it.
    pub asked: Option<Asked>,
}

/// What a question was and how it went, for the question log.
#[derive(Clone, Debug, PartialEq)]
pub struct Asked {
    pub query: String,
    pub brief: Option<String>,
    pub outcome: Outcome,
    /// The entries the answer showed, best first; for no match, the nearest ones.
    pub top: Vec<crate::qlog::TopEntry>,
}

/// Entries of an answer the log keeps: enough for a curator to see what answered.
const LOGGED_ENTRIES: usize = 5;

impl Asked {
    pub fn of(a: &crate::answer::Answer, brief: Option<&str>, outcome: Outcome) -> Asked {
        let hits = if a.results.is_empty() {
            &a.suggestions
        } else {
            &a.results
        };
        Asked {
            query: a.query.clone(),
            brief: brief.map(str::to_string),
            outcome,
            top: hits
                .iter()
                .take(LOGGED_ENTRIES)
                .map(|h| crate::qlog::TopEntry {
                    id: h.id.clone(),
                    brief: h.brief.clone(),
                    title: h.title.clone(),
                    score: h.score,
                })
                .collect(),
        }
    }
}

/// The answer to a button press.
#[derive(Clone, Debug)]
pub struct Pressed {
    pub response: Response,
    /// Replace the message the button is on (paging) instead of sending a new one.
    pub update: bool,
}

/// Answers a button press from its `custom_id` alone.
pub fn press(engine: &Engine, custom_id: &str) -> Pressed {
    let stale = || Pressed {
        response: Response {
            reply: render::error("This button is from an answer I can no longer show; ask again."),
            outcome: Outcome::BadRequest,
            asked: None,
        },
        update: false,
    };
    let Some(action) = ButtonAction::decode(custom_id) else {
        return stale();
    };
    match action {
        ButtonAction::Source { brief, paragraph } => {
            let options = Options {
                brief: Some(brief),
                ..Options::default()
            };
            match engine.run(&Request::Source(paragraph), &options) {
                Ok(CoreReply::Source { source, .. }) => Pressed {
                    response: Response {
                        reply: render::source(&source).ephemeral(true),
                        outcome: Outcome::Answered,
                        asked: None,
                    },
                    update: false,
                },
                _ => stale(),
            }
        }
        ButtonAction::Show { brief, id } => match engine.entry(&brief, &id) {
            Some(hit) => Pressed {
                response: Response {
                    reply: Reply {
                        embeds: vec![render::detail(&hit)],
                        ephemeral: true,
                        ..Reply::default()
                    },
                    outcome: Outcome::Answered,
                    asked: None,
                },
                update: false,
            },
            None => stale(),
        },
        ButtonAction::TimelinePage { brief, page, query } => {
            let options = Options {
                limit: crate::search::MAX_RESULTS,
                brief: brief.clone(),
            };
            let query = Some(query).filter(|q| !q.is_empty());
            match engine.answer(&Request::Timeline(query), &options) {
                Ok(a) => Pressed {
                    response: Response {
                        reply: render::timeline_list(&a, brief.as_deref(), page),
                        outcome: Outcome::Answered,
                        asked: None,
                    },
                    update: true,
                },
                Err(_) => stale(),
            }
        }
    }
}

/// Answers a plain-text message (a direct message, or a mention in a channel).
pub fn message(engine: &Engine, text: &str) -> Response {
    let t = text.trim();
    let lower = t.trim_start_matches(['/', '!']).to_lowercase();
    if t.is_empty()
        || matches!(
            lower.as_str(),
            "help" | "hi" | "hello" | "hey" | "start" | "?"
        )
    {
        return Response {
            reply: render::help(engine.library().briefs().first().map(BriefRef::of).as_ref()),
            outcome: Outcome::Answered,
            asked: None,
        };
    }
    commands::run_request(
        engine,
        &Request::Ask(t.to_string()),
        &commands::Args::default(),
    )
}
