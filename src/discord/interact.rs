//! One interaction in, one response out: the code path shared by the gateway bot and the HTTP
//! interactions endpoint, so both answer exactly alike.

use std::time::Instant;

use serenity::all::{
    AutocompleteChoice, CreateAutocompleteResponse, CreateInteractionResponse, Interaction,
};

use crate::commands::Engine;

use super::commands::{self, Args};
use super::cooldown::Cooldown;
use super::{autocomplete, render, Outcome, Response};

/// The response to an interaction, with what to log and count.
pub struct Handled {
    pub response: CreateInteractionResponse,
    pub kind: &'static str,
    pub command: String,
    pub outcome: Outcome,
}

fn throttled(cooldown: &Cooldown, user: u64) -> Option<Response> {
    cooldown
        .check(user, Instant::now())
        .err()
        .map(|wait| Response {
            reply: render::slow_down(wait.as_secs_f64().ceil().max(1.0) as u64),
            outcome: Outcome::Cooldown,
        })
}

/// Answers an interaction. `None` for kinds the bot does not handle (modals).
pub fn handle(engine: &Engine, cooldown: &Cooldown, interaction: &Interaction) -> Option<Handled> {
    Some(match interaction {
        Interaction::Ping(_) => Handled {
            response: CreateInteractionResponse::Pong,
            kind: "ping",
            command: "ping".into(),
            outcome: Outcome::Answered,
        },
        Interaction::Command(cmd) => {
            let name = cmd.data.name.clone();
            let response = throttled(cooldown, cmd.user.id.get()).unwrap_or_else(|| {
                commands::respond(engine, &name, &Args::from_options(&cmd.data.options()))
            });
            Handled {
                response: response.reply.to_interaction_response(),
                kind: "command",
                command: name,
                outcome: response.outcome,
            }
        }
        Interaction::Autocomplete(ac) => {
            // Autocomplete is typing, not asking: it is never throttled.
            let focused = ac.data.autocomplete();
            let (option, typed) = focused.as_ref().map_or(("", ""), |f| (f.name, f.value));
            let brief = Args::from_options(&ac.data.options())
                .brief
                .filter(|_| option != "brief");
            let choices =
                autocomplete::choices(engine, &ac.data.name, option, typed, brief.as_deref())
                    .into_iter()
                    .map(|c| AutocompleteChoice::new(c.name, c.value))
                    .collect();
            Handled {
                response: CreateInteractionResponse::Autocomplete(
                    CreateAutocompleteResponse::new().set_choices(choices),
                ),
                kind: "autocomplete",
                command: ac.data.name.clone(),
                outcome: Outcome::Answered,
            }
        }
        Interaction::Component(comp) => {
            let (response, update) = match throttled(cooldown, comp.user.id.get()) {
                Some(r) => (r, false),
                None => {
                    let pressed = super::press(engine, &comp.data.custom_id);
                    (pressed.response, pressed.update)
                }
            };
            Handled {
                response: if update {
                    response.reply.to_update_response()
                } else {
                    response.reply.to_interaction_response()
                },
                kind: "button",
                command: "button".into(),
                outcome: response.outcome,
            }
        }
        _ => return None,
    })
}
