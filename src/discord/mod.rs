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

use crate::answer::Reply as CoreReply;
use crate::answer::{Answer, BriefRef, CommandName};
use crate::commands::{Options, Request};
use crate::engine::Engine;
use crate::render::picture::{self, Timeline};

use custom_id::ButtonAction;
use reply::Reply;

/// Whether timeline answers carry their picture (`--no-pictures` turns them off).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pictures {
    #[default]
    On,
    Off,
}

impl Pictures {
    pub fn from_switch(no_pictures: bool) -> Pictures {
        if no_pictures {
            Pictures::Off
        } else {
            Pictures::On
        }
    }
}

/// Attaches the timeline picture to the rendered reply of a timeline answer (or a question
/// routed to the timeline). A picture that cannot be drawn, or that would be too large to send
/// inline, is left out with a warning: the embed text answers on its own.
pub fn with_picture(mut reply: Reply, engine: &Engine, a: &Answer, pictures: Pictures) -> Reply {
    let is_timeline =
        a.command == CommandName::Timeline || a.routed_to == Some(CommandName::Timeline);
    if pictures == Pictures::Off || !is_timeline || reply.embeds.is_empty() {
        return reply;
    }
    let Some(t) = Timeline::of_answer(engine, a) else {
        return reply;
    };
    match picture::cache::picture(&t) {
        Ok(p) if p.png.len() <= picture::MAX_INLINE_BYTES => reply.picture = Some(p),
        Ok(p) => tracing::warn!(
            bytes = p.png.len(),
            limit = picture::MAX_INLINE_BYTES,
            "the timeline picture is too large to send inline; sent without it"
        ),
        Err(e) => tracing::warn!(error = %e, "could not draw the timeline picture"),
    }
    reply
}

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
pub fn press(engine: &Engine, custom_id: &str, pictures: Pictures) -> Pressed {
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
                        reply: with_picture(
                            render::timeline_list(&a, brief.as_deref(), page),
                            engine,
                            &a,
                            pictures,
                        ),
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
pub fn message(engine: &Engine, text: &str, pictures: Pictures) -> Response {
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
        &commands::Args {
            pictures,
            ..commands::Args::default()
        },
    )
}
