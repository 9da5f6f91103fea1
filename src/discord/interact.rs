//! One interaction in, one response out: the code path shared by the gateway bot and the HTTP
//! interactions endpoint, so both answer exactly alike.

use std::time::Instant;

use serenity::all::{AutocompleteChoice, CreateAutocompleteResponse, CreateInteractionResponse};

use crate::engine::Engine;
use crate::metrics::CommandLabel;
use crate::qlog::{QuestionLog, Record, Vote, REASONS};

use super::commands::{self, Args};
use super::cooldown::Cooldown;
use super::custom_id::Feedback;
use super::incoming::{Incoming, Kind};
use super::reply::{Menu, Reply};
use super::{autocomplete, Asked, Outcome, Pictures, Response};

/// The response to an interaction, with what to log and count.
pub struct Handled {
    pub response: CreateInteractionResponse,
    /// The picture attached to the response, if any. The gateway sends it from the response
    /// itself; the HTTP endpoint needs it here to write its multipart body.
    pub picture: Option<std::sync::Arc<crate::render::picture::Picture>>,
    pub kind: &'static str,
    pub command: CommandLabel,
    pub outcome: Outcome,
}

/// Answers an interaction without a question log. `None` for kinds the bot does not handle
/// (modals, unknown types).
pub fn handle(
    engine: &Engine,
    cooldown: &Cooldown,
    interaction: &Incoming,
    pictures: Pictures,
) -> Option<Handled> {
    handle_logged(engine, cooldown, None, interaction, pictures)
}

/// Answers an interaction, logging questions and votes to `log` if there is one. With a log,
/// every answer to a question carries 👍 and 👎; without one, there is nothing to record votes
/// in, so answers carry none.
pub fn handle_logged(
    engine: &Engine,
    cooldown: &Cooldown,
    log: Option<&QuestionLog>,
    interaction: &Incoming,
    pictures: Pictures,
) -> Option<Handled> {
    let started = Instant::now();
    Some(match &interaction.kind {
        Kind::Ping => Handled {
            response: CreateInteractionResponse::Pong,
            picture: None,
            kind: "ping",
            command: CommandLabel::Ping,
            outcome: Outcome::Answered,
        },
        Kind::Command { name, options } if name == commands::gaps::NAME => Handled {
            response: gaps(log, interaction, options).to_interaction_response(),
            picture: None,
            kind: "command",
            command: CommandLabel::Gaps,
            outcome: Outcome::Answered,
        },
        Kind::Command { name, options } => {
            let mut response = cooldown
                .reply_if_throttled(interaction.user)
                .unwrap_or_else(|| {
                    let args = Args {
                        pictures,
                        ..Args::from_options(options)
                    };
                    commands::respond(engine, name, &args)
                });
            let command = commands::label(name);
            if let (Some(log), Some(id)) = (log, interaction.id) {
                response = logged(
                    log,
                    response,
                    Question {
                        id,
                        command,
                        guild: interaction.guild,
                        user: interaction.user,
                        started,
                    },
                );
            }
            Handled {
                response: response.reply.to_interaction_response(),
                picture: response.reply.picture.clone(),
                kind: "command",
                command,
                outcome: response.outcome,
            }
        }
        Kind::Autocomplete { name, options } => {
            // Autocomplete is typing, not asking: it is never throttled.
            let focused = Incoming::focused(options);
            let (option, typed) = focused
                .as_ref()
                .map_or(("", ""), |(name, typed)| (*name, typed.as_str()));
            let brief = Args::from_options(options)
                .brief
                .filter(|_| option != "brief");
            let choices = autocomplete::choices(engine, name, option, typed, brief.as_deref())
                .into_iter()
                .map(|c| AutocompleteChoice::new(c.name, c.value))
                .collect();
            Handled {
                response: CreateInteractionResponse::Autocomplete(
                    CreateAutocompleteResponse::new().set_choices(choices),
                ),
                picture: None,
                kind: "autocomplete",
                command: commands::label(name),
                outcome: Outcome::Answered,
            }
        }
        Kind::Component { custom_id, values } if Feedback::decode(custom_id).is_some() => {
            // Votes are not throttled: they are cheap, and a reader who is told to slow down
            // after pressing 👎 would not press it again.
            let feedback = Feedback::decode(custom_id).expect("checked by the guard");
            let reply = vote(log, feedback, values, interaction.user);
            Handled {
                response: reply.to_interaction_response(),
                picture: None,
                kind: "button",
                command: CommandLabel::Feedback,
                outcome: Outcome::Answered,
            }
        }
        Kind::Component { custom_id, .. } => {
            let (mut response, update) = match cooldown.reply_if_throttled(interaction.user) {
                Some(r) => (r, false),
                None => {
                    let pressed = super::press(engine, custom_id, pictures);
                    (pressed.response, pressed.update)
                }
            };
            // A page of an answer replaces the message's buttons: the votes go back on, for
            // the question that was asked (a page is not a new question, so nothing is logged).
            if let (true, Some(_), Some(question)) = (update, log, interaction.answered) {
                response.reply = response.reply.with_feedback(question);
            }
            Handled {
                response: if update {
                    response.reply.to_update_response()
                } else {
                    response.reply.to_interaction_response()
                },
                picture: response.reply.picture.clone(),
                kind: "button",
                command: CommandLabel::Button,
                outcome: response.outcome,
            }
        }
        Kind::Other(_) => return None,
    })
}

/// Where and by whom a question was asked, for the log.
pub struct Question {
    /// The interaction's or message's id.
    pub id: u64,
    pub command: CommandLabel,
    pub guild: Option<u64>,
    pub user: Option<u64>,
    /// When the front end started on it, for the logged latency.
    pub started: Instant,
}

/// Logs a question and puts 👍 and 👎 on its answer. Anything that is not a question (help,
/// the brief, a source paragraph, an error, a cooldown notice) is neither logged nor voted on.
pub fn logged(log: &QuestionLog, mut response: Response, question: Question) -> Response {
    let Some(asked) = response.asked.take() else {
        return response;
    };
    response.reply = response.reply.with_feedback(question.id);
    log.submit(Record::Question(record(log, &asked, &question)));
    response
}

fn record(log: &QuestionLog, asked: &Asked, q: &Question) -> crate::qlog::Question {
    crate::qlog::Question {
        // Discord's ids are below 2^63, so they fit the databases' signed 64-bit integers.
        id: q.id as i64,
        at: crate::qlog::now(),
        command: q.command.as_str().to_string(),
        query: asked.query.clone(),
        brief: asked.brief.clone(),
        outcome: asked.outcome.as_str().to_string(),
        top: asked.top.clone(),
        latency_us: q.started.elapsed().as_micros() as i64,
        guild: q.guild.map(|g| g.to_string()),
        user_hash: log.user_hash(q.user),
    }
}

/// Records a vote (or a 👎's reason) and acknowledges it privately. Nothing is ever posted
/// publicly about a vote.
fn vote(
    log: Option<&QuestionLog>,
    feedback: Feedback,
    values: &[String],
    user: Option<u64>,
) -> Reply {
    let Some(log) = log else {
        return Reply::text("Thanks. Feedback is not being recorded on this bot right now.")
            .ephemeral(true);
    };
    let (question, up, reason) = match feedback {
        Feedback::Vote { question, up } => (question, up, None),
        Feedback::Reason { question } => {
            // Only the menu's own values are recorded: anything else is stored as "other".
            let reason = values
                .first()
                .map(|v| {
                    REASONS
                        .iter()
                        .find(|(key, _)| key == v)
                        .map_or("other", |(key, _)| key)
                })
                .unwrap_or("other");
            (question, false, Some(reason.to_string()))
        }
    };
    log.submit(Record::Vote(Vote {
        question_id: question as i64,
        user_hash: log.user_hash(user),
        up,
        reason,
        at: crate::qlog::now(),
    }));
    match feedback {
        Feedback::Vote { up: false, .. } => Reply {
            content: Some("Thanks, noted. If you have a moment: what was wrong?".into()),
            menu: Some(Menu {
                custom_id: Feedback::Reason { question }.encode(),
                placeholder: "What was wrong with the answer?".into(),
                options: REASONS
                    .iter()
                    .map(|(k, label)| (k.to_string(), label.to_string()))
                    .collect(),
            }),
            ephemeral: true,
            ..Reply::default()
        },
        _ => Reply::text("Thanks, noted.").ephemeral(true),
    }
}

/// `/gaps`: the top of the curator's list, privately, of this server's questions only, for
/// members who may manage the server.
fn gaps(
    log: Option<&QuestionLog>,
    interaction: &Incoming,
    options: &[super::incoming::Opt],
) -> Reply {
    let refuse = |why: &str| Reply::text(why).ephemeral(true);
    let Some(guild) = interaction.guild else {
        return refuse("/gaps works in a server: it lists what readers there asked.");
    };
    if !commands::gaps::allowed(interaction.permissions) {
        return refuse("/gaps is for members who can manage this server.");
    }
    let Some(log) = log else {
        return refuse("The question log is off on this bot, so there are no gaps to show.");
    };
    let days = options
        .iter()
        .find_map(|o| match (o.name.as_str(), &o.value) {
            ("days", super::incoming::OptValue::Integer(n)) => Some((*n).clamp(1, 365) as u64),
            _ => None,
        })
        .unwrap_or(30);
    match log.gaps_in(guild, days * 86_400, commands::gaps::SHOWN) {
        Ok(gaps) => commands::gaps::render(&gaps, days),
        Err(e) => {
            tracing::warn!(error = %e, "could not read the question log for /gaps");
            refuse("I could not read the question log just now; try again in a moment.")
        }
    }
}
