//! `/gaps`: the curator's to-do list from the question log, for members who may manage the
//! server, privately, and only of questions asked in that server.

use serenity::all::{
    CommandOptionType, CreateCommand, CreateCommandOption, InteractionContext, Permissions,
};

use crate::qlog::report::Gap;
use crate::text::truncate;

use super::super::render::COLOUR_INFO;
use super::super::reply::{escape, limits, Embed, Reply};

pub const NAME: &str = "gaps";

/// Gaps listed: the top of the list, as `briefbot gaps` shows it in full.
pub const SHOWN: usize = 10;

pub fn register() -> CreateCommand {
    // Discord hides the command from members without Manage Server; the bot checks the
    // member's permissions as well, since a server can override who sees a command.
    CreateCommand::new(NAME)
        .description("What readers here asked that I could not answer well (Manage Server only)")
        .contexts(vec![InteractionContext::Guild])
        .default_member_permissions(Permissions::MANAGE_GUILD)
        .add_option(
            CreateCommandOption::new(
                CommandOptionType::Integer,
                "days",
                "How far back to look (default 30)",
            )
            .min_int_value(1)
            .max_int_value(365),
        )
}

/// May this member use `/gaps`? Administrators and members with Manage Server may.
pub fn allowed(permissions: Option<u64>) -> bool {
    let p = Permissions::from_bits_truncate(permissions.unwrap_or(0));
    p.contains(Permissions::MANAGE_GUILD) || p.contains(Permissions::ADMINISTRATOR)
}

/// The gaps as a private embed.
pub fn render(gaps: &[Gap], days: u64) -> Reply {
    let mut description = String::new();
    if gaps.is_empty() {
        description.push_str("No unanswered or down-voted questions here in that time.");
    }
    for (i, g) in gaps.iter().enumerate() {
        let people = if g.count == 1 { "person" } else { "people" };
        let what = if g.outcome == "no_match" {
            "not answered"
        } else {
            "voted down"
        };
        let nearest: Vec<String> = g.nearest.iter().map(|n| escape(&n.title)).collect();
        let nearest = if nearest.is_empty() {
            "no near entry".to_string()
        } else {
            format!("nearest: {}", nearest.join(", "))
        };
        let line = format!(
            "{}. **“{}”** — {} {people}, {what} · {nearest}\n",
            i + 1,
            escape(&truncate(&g.query, 100)),
            g.count
        );
        if description.chars().count() + line.chars().count() > limits::EMBED_DESCRIPTION {
            break;
        }
        description.push_str(&line);
    }
    Reply {
        embeds: vec![Embed {
            title: format!("What readers here asked in the last {days} days, most people first"),
            description,
            colour: COLOUR_INFO,
            fields: Vec::new(),
            footer: "The full list: `briefbot gaps` on the server running the bot".into(),
        }],
        ephemeral: true,
        ..Reply::default()
    }
}
