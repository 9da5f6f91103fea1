//! Running the gateway bot: token, proxy, intents, sharding, clean shutdown.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use serenity::all::{ClientBuilder, GatewayIntents, HttpBuilder};
use serenity::gateway::GatewayError;
use serenity::http::HttpError;
use tracing::{info, warn};

use crate::live::LiveEngine;

use super::cooldown::Cooldown;
use super::handler::{BotState, Handler, RawHandler};

/// The gateway intents the bot asks for, and why. Neither is privileged: Discord delivers the
/// content of direct messages, and of channel messages that mention the bot, without the
/// Message Content intent. Slash commands, autocomplete and buttons need no intent at all.
pub fn intents() -> GatewayIntents {
    // DIRECT_MESSAGES: questions sent to the bot in a DM.
    // GUILD_MESSAGES: questions in a server channel that mention the bot.
    GatewayIntents::DIRECT_MESSAGES | GatewayIntents::GUILD_MESSAGES
}

/// How many gateway shards this process runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shards {
    /// One shard (small bots).
    Single,
    /// As many as Discord recommends (`GET /gateway/bot`).
    Auto,
    /// Shards 0..n of n.
    Count(u32),
    /// Shards start..end (end exclusive) of `total`, for splitting a bot across processes.
    Range { start: u32, end: u32, total: u32 },
}

pub struct Config {
    pub token: String,
    /// Send every REST call through this HTTP proxy (e.g. twilight-http-proxy), which then also
    /// tells the gateway address. Serenity's own ratelimiter is off: the proxy does that job.
    pub http_proxy: Option<String>,
    pub guild: Option<u64>,
    pub shards: Shards,
    pub cooldown: Cooldown,
    /// How long shutdown waits for replies in flight.
    pub drain: Duration,
    /// Where answers are counted, if metrics are exposed.
    pub metrics: Option<Arc<crate::metrics::Metrics>>,
    /// Where questions and votes are logged; `None` when logging is off.
    pub log: Option<Arc<crate::qlog::QuestionLog>>,
    /// Whether timeline answers carry their picture.
    pub pictures: super::Pictures,
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(
        "no Discord bot token. Create an application and a bot at \
         https://discord.com/developers/applications (Bot → Reset Token), then set DISCORD_TOKEN \
         to the token, or put it in a file and pass --token-file FILE"
    )]
    MissingToken,
    #[error("cannot read the token file `{path}`: {source}")]
    TokenFile {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "Discord rejected the bot token (HTTP 401 / gateway close 4004). Copy the token again from \
         https://discord.com/developers/applications (Bot → Reset Token) into DISCORD_TOKEN; it is \
         not the application id or the public key"
    )]
    TokenRejected,
    #[error(
        "Discord refused the gateway intents (close 4014). briefbot needs no privileged intent; \
         if you changed the intents, enable them under Bot → Privileged Gateway Intents in the \
         developer portal, or remove them"
    )]
    DisallowedIntents,
    #[error("invalid shard settings: {0}")]
    Shards(String),
    #[error("Discord error: {0}")]
    Discord(String),
}

/// Reads the token from `DISCORD_TOKEN` or a file, trimming the newline editors leave.
pub fn read_token(
    env_token: Option<String>,
    token_file: Option<&std::path::Path>,
) -> Result<String, ServeError> {
    let token = match token_file {
        Some(path) => std::fs::read_to_string(path).map_err(|source| ServeError::TokenFile {
            path: path.display().to_string(),
            source,
        })?,
        None => env_token.unwrap_or_default(),
    };
    let token = token.trim().trim_start_matches("Bot ").trim().to_string();
    if token.is_empty() {
        return Err(ServeError::MissingToken);
    }
    Ok(token)
}

fn is_unauthorized(e: &serenity::Error) -> bool {
    matches!(e, serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) if r.status_code.as_u16() == 401)
}

/// Connects to Discord and answers until `shutdown` completes, then closes the shards and waits
/// for replies in flight.
pub async fn run(
    config: Config,
    engine: Arc<LiveEngine>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let mut http = HttpBuilder::new(&config.token);
    if let Some(proxy) = &config.http_proxy {
        // Without disabling the ratelimiter, serenity sends some requests around the proxy.
        http = http
            .proxy(proxy.trim_end_matches('/'))
            .ratelimiter_disabled(true);
    }
    let http = http.build();
    // Check the token before connecting, so a bad token is one clear error, not a retry loop.
    match http.get_current_user().await {
        Ok(me) => info!(bot = %me.name, "token accepted"),
        Err(e) if is_unauthorized(&e) => return Err(ServeError::TokenRejected),
        Err(e) => return Err(ServeError::Discord(e.to_string())),
    }
    let state = Arc::new(BotState::new(
        engine,
        config.cooldown,
        config.guild,
        config.metrics,
        config.log,
        config.pictures,
    ));
    // `new_with_http` keeps the proxied client; calling `.token()` afterwards would replace it.
    let handler = Arc::new(Handler {
        state: state.clone(),
    });
    // The raw handler answers interactions serenity's model refuses (see `Handler::unknown`).
    let mut client = ClientBuilder::new_with_http(http, intents())
        .event_handler_arc(handler.clone())
        .raw_event_handler(RawHandler { handler })
        .await
        .map_err(|e| ServeError::Discord(e.to_string()))?;
    let manager = client.shard_manager.clone();
    tokio::spawn(async move {
        shutdown.await;
        info!("shutting down: closing shards");
        manager.shutdown_all().await;
    });
    let result = match config.shards {
        Shards::Single => client.start().await,
        Shards::Auto => client.start_autosharded().await,
        Shards::Count(n) => {
            if n == 0 {
                return Err(ServeError::Shards("--shards must be at least 1".into()));
            }
            client.start_shards(n).await
        }
        Shards::Range { start, end, total } => {
            if start >= end || end > total {
                return Err(ServeError::Shards(format!(
                    "--shard-range {start}..{end} must be a non-empty range within --total-shards {total}"
                )));
            }
            client.start_shard_range(start..end, total).await
        }
    };
    if !state.in_flight.wait_idle(config.drain).await {
        warn!("some replies were still in flight when shutdown gave up waiting");
    }
    match result {
        Ok(()) => Ok(()),
        Err(serenity::Error::Gateway(GatewayError::InvalidAuthentication)) => {
            Err(ServeError::TokenRejected)
        }
        Err(serenity::Error::Gateway(
            GatewayError::DisallowedGatewayIntents | GatewayError::InvalidGatewayIntents,
        )) => Err(ServeError::DisallowedIntents),
        Err(e) if is_unauthorized(&e) => Err(ServeError::TokenRejected),
        Err(e) => Err(ServeError::Discord(e.to_string())),
    }
}
