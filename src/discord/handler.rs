//! The gateway event handler: slash commands, autocomplete, buttons and messages.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serenity::all::{
    AutocompleteChoice, Command, CommandInteraction, ComponentInteraction, Context,
    CreateAutocompleteResponse, CreateInteractionResponse, EventHandler, GuildId, Interaction,
    Message, Ready,
};
use tokio::sync::Notify;
use tracing::{debug, info, warn};

use crate::live::LiveEngine;

use super::commands::{self, Args};
use super::cooldown::Cooldown;
use super::{autocomplete, render, Outcome, Response};

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
    registered: AtomicBool,
    bot_user: AtomicU64,
}

impl BotState {
    pub fn new(engine: Arc<LiveEngine>, cooldown: Cooldown, guild: Option<u64>) -> BotState {
        BotState {
            engine,
            cooldown,
            guild,
            in_flight: InFlight::default(),
            registered: AtomicBool::new(false),
            bot_user: AtomicU64::new(0),
        }
    }

    /// Applies the cooldown to `user`; `Some` is the reply to send instead of an answer.
    fn throttle(&self, user: u64) -> Option<Response> {
        self.cooldown
            .check(user, Instant::now())
            .err()
            .map(|wait| Response {
                reply: render::slow_down(wait.as_secs_f64().ceil().max(1.0) as u64),
                outcome: Outcome::Cooldown,
            })
    }
}

pub struct Handler {
    pub state: Arc<BotState>,
}

fn log_answer(kind: &str, command: &str, started: Instant, outcome: Outcome) {
    // The user's text is never logged at info level: questions can be sensitive.
    info!(
        kind,
        command,
        latency_ms = started.elapsed().as_secs_f64() * 1000.0,
        outcome = outcome.as_str(),
        "answered"
    );
}

impl Handler {
    async fn command(&self, ctx: &Context, cmd: &CommandInteraction) {
        let started = Instant::now();
        let name = cmd.data.name.as_str();
        let response = match self.state.throttle(cmd.user.id.get()) {
            Some(r) => r,
            None => {
                let engine = self.state.engine.get();
                let args = Args::from_options(&cmd.data.options());
                debug!(command = name, ?args, "command");
                commands::respond(&engine, name, &args)
            }
        };
        if let Err(e) = cmd
            .create_response(&ctx.http, response.reply.to_interaction_response())
            .await
        {
            warn!(command = name, error = %e, "could not send the reply");
        }
        log_answer("command", name, started, response.outcome);
    }

    async fn autocomplete(&self, ctx: &Context, ac: &CommandInteraction) {
        let started = Instant::now();
        let Some(focused) = ac.data.autocomplete() else {
            return;
        };
        let engine = self.state.engine.get();
        let choices = autocomplete::choices(&engine, &ac.data.name, focused.value);
        let response = CreateAutocompleteResponse::new().set_choices(
            choices
                .into_iter()
                .map(|c| AutocompleteChoice::new(c.name, c.value))
                .collect(),
        );
        if let Err(e) = ac
            .create_response(&ctx.http, CreateInteractionResponse::Autocomplete(response))
            .await
        {
            warn!(command = %ac.data.name, error = %e, "could not send autocomplete choices");
        }
        log_answer("autocomplete", &ac.data.name, started, Outcome::Answered);
    }

    async fn component(&self, ctx: &Context, comp: &ComponentInteraction) {
        let started = Instant::now();
        let (response, update) = match self.state.throttle(comp.user.id.get()) {
            Some(r) => (r, false),
            None => {
                let engine = self.state.engine.get();
                let pressed = super::press(&engine, &comp.data.custom_id);
                (pressed.response, pressed.update)
            }
        };
        let out = if update {
            response.reply.to_update_response()
        } else {
            response.reply.to_interaction_response()
        };
        if let Err(e) = comp.create_response(&ctx.http, out).await {
            warn!(error = %e, "could not answer a button press");
        }
        log_answer("button", "button", started, response.outcome);
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
        match &interaction {
            Interaction::Command(cmd) => self.command(&ctx, cmd).await,
            Interaction::Autocomplete(ac) => self.autocomplete(&ctx, ac).await,
            Interaction::Component(comp) => self.component(&ctx, comp).await,
            _ => debug!("ignoring an interaction of another kind"),
        }
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
        let response = match self.state.throttle(msg.author.id.get()) {
            Some(r) => r,
            None => super::message(&self.state.engine.get(), &text),
        };
        let out = response.reply.to_message().reference_message(&msg);
        if let Err(e) = msg.channel_id.send_message(&ctx.http, out).await {
            warn!(error = %e, "could not answer a message");
        }
        log_answer(
            "message",
            if msg.guild_id.is_none() {
                "dm"
            } else {
                "mention"
            },
            started,
            response.outcome,
        );
    }
}
