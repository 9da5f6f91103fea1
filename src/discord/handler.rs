//! The gateway event handler: slash commands, autocomplete, buttons and messages.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serenity::all::{
    Builder, Command, Context, Event, EventHandler, GuildId, Interaction, InteractionId, Message,
    RawEventHandler, Ready, UnknownEvent,
};
use tokio::sync::Notify;
use tracing::{debug, info, warn};

use crate::live::LiveEngine;
use crate::metrics::{record_answer, CommandLabel, Metrics};
use crate::qlog::QuestionLog;

use super::commands;
use super::cooldown::Cooldown;
use super::incoming::Incoming;
use super::{interact, render, Outcome};

/// The rejection reason counted when a gateway event the bot subscribes to cannot be read.
pub const UNDECODABLE_GATEWAY_EVENT: &str = "undecodable_gateway_event";

/// Counts replies being worked on, so shutdown can wait for them to finish.
#[derive(Default)]
pub struct InFlight {
    count: AtomicUsize,
    idle: Notify,
}

pub struct InFlightGuard<'a>(&'a InFlight);

impl InFlight {
    pub fn enter(&self) -> InFlightGuard<'_> {
        self.count.fetch_add(1, Ordering::SeqCst);
        InFlightGuard(self)
    }

    /// Waits until no reply is in flight, or `timeout` passes. Returns whether all finished.
    pub async fn wait_idle(&self, timeout: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.idle.notified();
            if self.count.load(Ordering::SeqCst) == 0 {
                return true;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return self.count.load(Ordering::SeqCst) == 0;
            }
        }
    }
}

impl Drop for InFlightGuard<'_> {
    fn drop(&mut self) {
        if self.0.count.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.idle.notify_waiters();
        }
    }
}

/// What the handler shares across events.
pub struct BotState {
    pub engine: Arc<LiveEngine>,
    pub cooldown: Cooldown,
    /// Register commands in this guild only (instant, for testing) instead of globally.
    pub guild: Option<u64>,
    pub in_flight: InFlight,
    pub metrics: Option<Arc<Metrics>>,
    /// Where questions and votes are logged; `None` when logging is off.
    pub log: Option<Arc<QuestionLog>>,
    /// Whether timeline answers carry their picture.
    pub pictures: super::Pictures,
    registered: AtomicBool,
    bot_user: AtomicU64,
}

impl BotState {
    pub fn new(
        engine: Arc<LiveEngine>,
        cooldown: Cooldown,
        guild: Option<u64>,
        metrics: Option<Arc<Metrics>>,
        log: Option<Arc<QuestionLog>>,
        pictures: super::Pictures,
    ) -> BotState {
        BotState {
            engine,
            cooldown,
            guild,
            in_flight: InFlight::default(),
            metrics,
            log,
            pictures,
            registered: AtomicBool::new(false),
            bot_user: AtomicU64::new(0),
        }
    }

    /// Logs and counts a gateway event the bot could not answer. `why` never holds user text.
    fn rejected(&self, why: &str) {
        warn!(
            reason = UNDECODABLE_GATEWAY_EVENT,
            why, "could not answer a gateway event"
        );
        if let Some(m) = &self.metrics {
            m.rejected(UNDECODABLE_GATEWAY_EVENT);
        }
    }

    fn record(
        &self,
        kind: &'static str,
        command: CommandLabel,
        started: Instant,
        outcome: Outcome,
    ) {
        record_answer(
            self.metrics.as_deref(),
            kind,
            command,
            started,
            outcome.as_str(),
        );
    }
}

pub struct Handler {
    pub state: Arc<BotState>,
}

impl Handler {
    /// Answers one interaction, whichever way it was decoded, through the interaction callback.
    async fn interaction(&self, ctx: &Context, interaction: &Incoming) {
        let started = Instant::now();
        let engine = self.state.engine.get();
        let Some(handled) = interact::handle_logged(
            &engine,
            &self.state.cooldown,
            self.state.log.as_deref(),
            interaction,
            self.state.pictures,
        ) else {
            debug!("ignoring an interaction of another kind");
            return;
        };
        let (Some(id), Some(token)) = (interaction.id, interaction.token.as_deref()) else {
            // Without its id and token an interaction cannot be answered at all.
            self.state
                .rejected("an interaction without an id or token cannot be answered");
            return;
        };
        let sent = handled
            .response
            .execute(&ctx.http, (InteractionId::new(id), token))
            .await;
        if let Err(e) = sent {
            warn!(command = handled.command.as_str(), error = %e, "could not send the reply");
        }
        self.state
            .record(handled.kind, handled.command, started, handled.outcome);
    }

    /// An event serenity's model could not read arrives as an unknown event with its raw JSON.
    /// An interaction is decoded again with the bot's own lenient decoder and answered; anything
    /// else the bot subscribes to is logged and counted, so it is never lost silently.
    async fn unknown(&self, ctx: &Context, event: UnknownEvent) {
        match event.kind.as_str() {
            "INTERACTION_CREATE" => {
                let address = Incoming::reply_address(&event.value);
                match Incoming::from_value(event.value) {
                    Ok(interaction) => {
                        debug!("answering an interaction serenity's model refused");
                        self.interaction(ctx, &interaction).await;
                    }
                    Err(e) => {
                        // Counted before the reply goes out, so the count is there when the
                        // user sees the reply.
                        self.state.rejected(&e.to_string());
                        if let Some((id, token)) = address {
                            self.unreadable(ctx, id, &token).await;
                        }
                    }
                }
            }
            "MESSAGE_CREATE" => self
                .state
                .rejected("a message serenity's model refused was not answered"),
            other => debug!(event = other, "ignoring an event of another kind"),
        }
    }
}

impl Handler {
    /// Tells the user an interaction could not be read, rather than leaving Discord to show
    /// "This interaction failed" after its three-second wait.
    async fn unreadable(&self, ctx: &Context, id: u64, token: &str) {
        let reply = render::error(
            "I could not read this request. Try again; if it keeps failing, the bot may need \
             an update for a change Discord made.",
        );
        let sent = reply
            .to_interaction_response()
            .execute(&ctx.http, (InteractionId::new(id), token))
            .await;
        if let Err(e) = sent {
            warn!(error = %e, "could not send the reply");
        }
    }
}

/// Sees every gateway event before serenity's model-based dispatch, to catch the ones that
/// model could not read (see `Handler::unknown`).
pub struct RawHandler {
    pub handler: Arc<Handler>,
}

#[serenity::async_trait]
impl RawEventHandler for RawHandler {
    async fn raw_event(&self, ctx: Context, event: Event) {
        if let Event::Unknown(unknown) = event {
            let _guard = self.handler.state.in_flight.enter();
            self.handler.unknown(&ctx, unknown).await;
        }
    }
}

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        self.state
            .bot_user
            .store(ready.user.id.get(), Ordering::SeqCst);
        info!(user = %ready.user.name, guilds = ready.guilds.len(), shard = ?ready.shard, "connected to Discord");
        // Register once per process: READY comes again after every new session, and Discord
        // limits how often commands may be re-registered.
        if self.state.registered.swap(true, Ordering::SeqCst) {
            return;
        }
        let definitions = commands::definitions();
        let result = match self.state.guild {
            Some(g) => GuildId::new(g)
                .set_commands(&ctx.http, definitions)
                .await
                .map(|c| (c.len(), "guild")),
            None => Command::set_global_commands(&ctx.http, definitions)
                .await
                .map(|c| (c.len(), "global")),
        };
        match result {
            Ok((n, scope)) => info!(commands = n, scope, "registered slash commands"),
            Err(e) => {
                self.state.registered.store(false, Ordering::SeqCst);
                warn!(error = %e, "could not register slash commands; they will be retried on the next READY");
            }
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let _guard = self.state.in_flight.enter();
        self.interaction(&ctx, &Incoming::from_serenity(&interaction))
            .await;
    }

    async fn message(&self, ctx: Context, msg: Message) {
        if msg.author.bot {
            return;
        }
        let me = self.state.bot_user.load(Ordering::SeqCst);
        let text = if msg.guild_id.is_none() {
            msg.content.clone()
        } else if me != 0 && msg.mentions.iter().any(|u| u.id.get() == me) {
            // In a channel the bot answers only when mentioned; the mention is not the question.
            msg.content
                .replace(&format!("<@{me}>"), " ")
                .replace(&format!("<@!{me}>"), " ")
        } else {
            return;
        };
        let _guard = self.state.in_flight.enter();
        let started = Instant::now();
        let mut response = match self
            .state
            .cooldown
            .reply_if_throttled(Some(msg.author.id.get()))
        {
            Some(r) => r,
            None => super::message(&self.state.engine.get(), &text, self.state.pictures),
        };
        let command = if msg.guild_id.is_none() {
            CommandLabel::Dm
        } else {
            CommandLabel::Mention
        };
        if let Some(log) = &self.state.log {
            response = interact::logged(
                log,
                response,
                interact::Question {
                    id: msg.id.get(),
                    command,
                    guild: msg.guild_id.map(|g| g.get()),
                    user: Some(msg.author.id.get()),
                    started,
                },
            );
        }
        let out = response.reply.to_message().reference_message(&msg);
        if let Err(e) = msg.channel_id.send_message(&ctx.http, out).await {
            warn!(error = %e, "could not answer a message");
        }
        self.state
            .record("message", command, started, response.outcome);
    }
}
