//! The slash commands, one file each. A command file declares its registration and converts
//! options into a core request; it never searches or formats by itself.

pub mod actor;
pub mod ask;
pub mod brief;
pub mod claim;
pub mod gaps;
pub mod help;
pub mod source;
pub mod timeline;

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption, InteractionContext};

use crate::answer::Reply as CoreReply;
use crate::commands::{Options, Request};
use crate::engine::Engine;
use crate::metrics::CommandLabel;

use super::incoming::{Opt, OptValue};
use super::{render, with_picture, Asked, Outcome, Pictures, Response};

/// Options of one invocation, whatever the command.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Args {
    /// The command's text option (query, name, statement or question).
    pub text: Option<String>,
    pub paragraph: Option<i64>,
    /// Reply ephemerally.
    pub private: bool,
    /// Only this brief (its id).
    pub brief: Option<String>,
    /// Whether a timeline answer carries its picture: the server's setting, not an option.
    pub pictures: Pictures,
}

impl Args {
    pub fn from_options(options: &[Opt]) -> Args {
        let mut args = Args::default();
        for o in options {
            match (o.name.as_str(), &o.value) {
                ("private", OptValue::Boolean(b)) => args.private = *b,
                ("paragraph", OptValue::Integer(n)) => args.paragraph = Some(*n),
                ("brief", OptValue::Text(s)) => {
                    args.brief = Some(s.clone()).filter(|b| !b.trim().is_empty())
                }
                (_, OptValue::Text(s)) => args.text = Some(s.clone()),
                _ => {}
            }
        }
        args
    }
}

/// The `private` option every command has.
fn private_option() -> CreateCommandOption {
    CreateCommandOption::new(
        CommandOptionType::Boolean,
        "private",
        "Only you see the answer (default: everyone in the channel)",
    )
}

/// The `brief` option every command has: search one brief instead of all.
fn brief_option() -> CreateCommandOption {
    CreateCommandOption::new(
        CommandOptionType::String,
        "brief",
        "Only this brief (default: every loaded brief)",
    )
    .set_autocomplete(true)
    .max_length(100)
}

/// A command usable in servers and in direct messages with the bot.
fn command(name: &str, description: &str) -> CreateCommand {
    CreateCommand::new(name)
        .description(description)
        .contexts(vec![InteractionContext::Guild, InteractionContext::BotDm])
}

/// Every command's definition, as registered with Discord.
pub fn definitions() -> Vec<CreateCommand> {
    vec![
        timeline::register(),
        actor::register(),
        claim::register(),
        ask::register(),
        brief::register(),
        source::register(),
        help::register(),
        gaps::register(),
    ]
}

pub const NAMES: [&str; 8] = [
    timeline::NAME,
    actor::NAME,
    claim::NAME,
    ask::NAME,
    brief::NAME,
    source::NAME,
    help::NAME,
    gaps::NAME,
];

/// The metric label of a command name as Discord sends it: a command the bot does not have
/// is counted as `other`.
pub fn label(name: &str) -> CommandLabel {
    match name {
        timeline::NAME => CommandLabel::Timeline,
        actor::NAME => CommandLabel::Actor,
        claim::NAME => CommandLabel::Claim,
        ask::NAME => CommandLabel::Ask,
        brief::NAME => CommandLabel::Brief,
        source::NAME => CommandLabel::Source,
        help::NAME => CommandLabel::Help,
        gaps::NAME => CommandLabel::Gaps,
        _ => CommandLabel::Other,
    }
}

/// Results asked of the core: enough for a timeline to page through, while other answers show
/// the best few in full and list the rest.
const LIMIT: usize = 50;

/// Runs a core request and renders it; errors become a private explanation.
pub(crate) fn run_request(engine: &Engine, request: &Request, args: &Args) -> Response {
    let options = Options {
        limit: LIMIT,
        brief: args.brief.clone(),
    };
    let (reply, outcome, asked) = match engine.run(request, &options) {
        Ok(CoreReply::Answer(a)) => {
            let outcome = match a.outcome {
                crate::answer::Outcome::Answered => Outcome::Answered,
                crate::answer::Outcome::NoMatch => Outcome::NoMatch,
            };
            let asked = Asked::of(&a, args.brief.as_deref(), outcome);
            let reply = render::answer(&a, args.brief.as_deref(), 0);
            (
                with_picture(reply, engine, &a, args.pictures),
                outcome,
                Some(asked),
            )
        }
        Ok(CoreReply::Briefs {
            briefs, version, ..
        }) => (render::briefs(&briefs, &version), Outcome::Answered, None),
        Ok(CoreReply::Source { source, .. }) => (render::source(&source), Outcome::Answered, None),
        Err(e) => {
            return Response {
                reply: render::error(&e.to_string()),
                outcome: Outcome::BadRequest,
                asked: None,
            }
        }
    };
    Response {
        reply: reply.ephemeral(args.private),
        outcome,
        asked,
    }
}

/// Answers a slash command by name.
pub fn respond(engine: &Engine, name: &str, args: &Args) -> Response {
    match name {
        timeline::NAME => timeline::run(engine, args),
        actor::NAME => actor::run(engine, args),
        claim::NAME => claim::run(engine, args),
        ask::NAME => ask::run(engine, args),
        brief::NAME => brief::run(engine, args),
        source::NAME => source::run(engine, args),
        help::NAME => help::run(engine, args),
        // `/gaps` reads the question log, so the front ends answer it (see `interact`).
        gaps::NAME => Response {
            reply: render::error(
                "The question log is off on this bot, so there are no gaps to show.",
            ),
            outcome: Outcome::BadRequest,
            asked: None,
        },
        other => Response {
            reply: render::error(&format!(
                "I don't know the command `/{}`. It may be from an older version of me; try /help.",
                crate::text::truncate(other, 32)
            )),
            outcome: Outcome::BadRequest,
            asked: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_names_map_to_fixed_labels() {
        // (name as Discord sends it, label)
        let cases = [
            ("timeline", CommandLabel::Timeline),
            ("actor", CommandLabel::Actor),
            ("claim", CommandLabel::Claim),
            ("ask", CommandLabel::Ask),
            ("brief", CommandLabel::Brief),
            ("source", CommandLabel::Source),
            ("help", CommandLabel::Help),
            ("gaps", CommandLabel::Gaps),
            ("<script>", CommandLabel::Other),
            ("Actor", CommandLabel::Other),
            ("", CommandLabel::Other),
        ];
        for (name, label) in cases {
            assert_eq!(super::label(name), label, "{name}");
        }
        for name in NAMES {
            assert_ne!(super::label(name), CommandLabel::Other, "{name}");
        }
    }
}
