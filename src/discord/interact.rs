//! One interaction in, one response out: the code path shared by the gateway bot and the HTTP
//! interactions endpoint, so both answer exactly alike.

use serenity::all::{AutocompleteChoice, CreateAutocompleteResponse, CreateInteractionResponse};

use crate::engine::Engine;
use crate::metrics::CommandLabel;

use super::commands::{self, Args};
use super::cooldown::Cooldown;
use super::incoming::{Incoming, Kind};
use super::{autocomplete, Outcome, Pictures};

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

/// Answers an interaction. `None` for kinds the bot does not handle (modals, unknown types).
pub fn handle(
    engine: &Engine,
    cooldown: &Cooldown,
    interaction: &Incoming,
    pictures: Pictures,
) -> Option<Handled> {
    Some(match &interaction.kind {
        Kind::Ping => Handled {
            response: CreateInteractionResponse::Pong,
            picture: None,
            kind: "ping",
            command: CommandLabel::Ping,
            outcome: Outcome::Answered,
        },
        Kind::Command { name, options } => {
            let response = cooldown
                .reply_if_throttled(interaction.user)
                .unwrap_or_else(|| {
                    let args = Args {
                        pictures,
                        ..Args::from_options(options)
                    };
                    commands::respond(engine, name, &args)
                });
            Handled {
                response: response.reply.to_interaction_response(),
                picture: response.reply.picture.clone(),
                kind: "command",
                command: commands::label(name),
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
        Kind::Component { custom_id } => {
            let (response, update) = match cooldown.reply_if_throttled(interaction.user) {
                Some(r) => (r, false),
                None => {
                    let pressed = super::press(engine, custom_id, pictures);
                    (pressed.response, pressed.update)
                }
            };
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
