//! A fake Discord on 127.0.0.1: an HTTP server for the REST API and a websocket server for the
//! gateway, driving the real serenity client. Every REST reply it gives is checked against
//! serenity's own models, so a fixture serenity would silently drop fails the test instead.

#![allow(dead_code)]

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::ws::{CloseFrame, Message as WsMessage, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use serde_json::{json, Value};
use tokio::sync::{mpsc, Notify};

pub const APP_ID: u64 = 1_100_000_000_000_000_001;
pub const BOT_ID: u64 = 1_100_000_000_000_000_002;
pub const GUILD_ID: u64 = 1_200_000_000_000_000_001;
pub const CHANNEL_ID: u64 = 1_300_000_000_000_000_001;
pub const DM_CHANNEL_ID: u64 = 1_300_000_000_000_000_002;
pub const COMMAND_ID: u64 = 1_400_000_000_000_000_001;

/// One REST call the bot made.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub body: Value,
    /// The file parts of a multipart body (the body's `payload_json` is in `body`).
    pub files: Vec<super::multipart::Part>,
    pub at: std::time::Instant,
}

enum Cmd {
    Send(Value),
    Close(u16),
    Drop,
}

#[derive(Default)]
pub struct Behaviour {
    /// `GET /users/@me` answers 401.
    pub reject_token: bool,
    /// Close the gateway with this code when IDENTIFY arrives (4004, 4014).
    pub close_on_identify: Option<u16>,
}

struct Inner {
    token: String,
    ws_url: Mutex<String>,
    behaviour: Mutex<Behaviour>,
    requests: Mutex<Vec<Recorded>>,
    changed: Notify,
    identifies: Mutex<Vec<Value>>,
    resumes: Mutex<Vec<Value>>,
    /// Sessions made ready (READY or RESUMED sent).
    sessions: AtomicUsize,
    conn: Mutex<Option<mpsc::UnboundedSender<Cmd>>>,
    seq: AtomicU64,
    next_id: AtomicU64,
    problems: Mutex<Vec<String>>,
}

pub struct FakeDiscord {
    inner: Arc<Inner>,
    pub base: String,
}

pub fn user(id: u64, name: &str, bot: bool) -> Value {
    json!({"id": id.to_string(), "username": name, "discriminator": "0", "global_name": null, "avatar": null, "bot": bot})
}

impl FakeDiscord {
    pub async fn start(token: &str) -> FakeDiscord {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let addr = listener.local_addr().unwrap();
        let inner = Arc::new(Inner {
            token: token.to_string(),
            ws_url: Mutex::new(format!("ws://{addr}/gw")),
            behaviour: Mutex::new(Behaviour::default()),
            requests: Mutex::new(Vec::new()),
            changed: Notify::new(),
            identifies: Mutex::new(Vec::new()),
            resumes: Mutex::new(Vec::new()),
            sessions: AtomicUsize::new(0),
            conn: Mutex::new(None),
            seq: AtomicU64::new(0),
            next_id: AtomicU64::new(1_500_000_000_000_000_000),
            problems: Mutex::new(Vec::new()),
        });
        let app = Router::new()
            .route("/gw", get(gateway))
            .fallback(any(rest))
            .with_state(inner.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeDiscord {
            inner,
            base: format!("http://{addr}"),
        }
    }

    pub fn set_behaviour(&self, b: Behaviour) {
        *self.inner.behaviour.lock().unwrap() = b;
    }

    pub fn next_id(&self) -> u64 {
        self.inner.next_id.fetch_add(1, Ordering::SeqCst)
    }

    /// Waits for `cond` to hold, re-checking whenever the fake records something.
    async fn wait<T>(
        &self,
        what: &str,
        timeout: Duration,
        mut cond: impl FnMut(&Inner) -> Option<T>,
    ) -> T {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.inner.changed.notified();
            if let Some(v) = cond(&self.inner) {
                return v;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                if let Some(v) = cond(&self.inner) {
                    return v;
                }
                let reqs: Vec<String> = self
                    .inner
                    .requests
                    .lock()
                    .unwrap()
                    .iter()
                    .map(|r| format!("{} {}", r.method, r.path))
                    .collect();
                panic!("timed out waiting for {what}; requests so far: {reqs:#?}");
            }
        }
    }

    /// The first recorded REST call matching `pred`.
    pub async fn request(&self, what: &str, pred: impl Fn(&Recorded) -> bool) -> Recorded {
        self.wait(what, Duration::from_secs(20), |i| {
            i.requests.lock().unwrap().iter().find(|r| pred(r)).cloned()
        })
        .await
    }

    /// Waits until at least `n` recorded REST calls match `pred`.
    pub async fn at_least(
        &self,
        n: usize,
        what: &str,
        timeout: Duration,
        pred: impl Fn(&Recorded) -> bool,
    ) {
        self.wait(what, timeout, |i| {
            (i.requests
                .lock()
                .unwrap()
                .iter()
                .filter(|r| pred(r))
                .count()
                >= n)
                .then_some(())
        })
        .await
    }

    pub fn count(&self, pred: impl Fn(&Recorded) -> bool) -> usize {
        self.inner
            .requests
            .lock()
            .unwrap()
            .iter()
            .filter(|r| pred(r))
            .count()
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.inner.requests.lock().unwrap().clone()
    }

    /// The interaction callback for interaction `id`, with its files.
    pub async fn callback_with_files(&self, id: u64) -> Recorded {
        let prefix = format!("/api/v10/interactions/{id}/");
        self.request(&format!("the callback of interaction {id}"), |r| {
            r.method == "POST" && r.path.starts_with(&prefix)
        })
        .await
    }

    /// The interaction callback for interaction `id`.
    pub async fn callback(&self, id: u64) -> Value {
        let prefix = format!("/api/v10/interactions/{id}/");
        self.request(&format!("the callback of interaction {id}"), |r| {
            r.method == "POST" && r.path.starts_with(&prefix)
        })
        .await
        .body
    }

    pub fn callbacks(&self, id: u64) -> usize {
        let prefix = format!("/api/v10/interactions/{id}/");
        self.count(|r| r.method == "POST" && r.path.starts_with(&prefix))
    }

    /// The `n`-th IDENTIFY payload (1 first).
    ///
    /// The deadline is long because serenity's shard queuer, not the bot, paces the shards: it
    /// waits five seconds between IDENTIFYs, and a shard whose start fails is only retried once
    /// five seconds pass with no other message on its queue. On a loaded two-core CI machine the
    /// second shard's IDENTIFY has been seen after 10, 40 and more than 60 seconds; the wait
    /// returns as soon as it arrives.
    pub async fn identify(&self, n: usize) -> Value {
        self.wait(&format!("IDENTIFY #{n}"), Duration::from_secs(180), |i| {
            i.identifies.lock().unwrap().get(n - 1).cloned()
        })
        .await
    }

    pub fn identify_count(&self) -> usize {
        self.inner.identifies.lock().unwrap().len()
    }

    pub fn resume_count(&self) -> usize {
        self.inner.resumes.lock().unwrap().len()
    }

    /// Waits until `n` gateway sessions have been made ready (READY or RESUMED).
    pub async fn sessions(&self, n: usize) {
        self.wait(
            &format!("{n} ready sessions"),
            Duration::from_secs(60),
            |i| (i.sessions.load(Ordering::SeqCst) >= n).then_some(()),
        )
        .await
    }

    pub fn session_count(&self) -> usize {
        self.inner.sessions.load(Ordering::SeqCst)
    }

    fn command(&self, cmd: Cmd) {
        let conn = self.inner.conn.lock().unwrap();
        if conn
            .as_ref()
            .expect("no gateway connection")
            .send(cmd)
            .is_err()
        {
            panic!("the gateway connection is gone");
        }
    }

    /// Sends a dispatch event (op 0) on the live connection.
    pub fn dispatch(&self, t: &str, d: Value) {
        let s = self.inner.seq.fetch_add(1, Ordering::SeqCst) + 1;
        self.command(Cmd::Send(json!({"op": 0, "t": t, "s": s, "d": d})));
    }

    /// Sends a raw gateway payload (op 7 RECONNECT, op 9 INVALID_SESSION…).
    pub fn send_op(&self, op: u8, d: Value) {
        self.command(Cmd::Send(json!({"op": op, "d": d})));
    }

    /// Closes the connection with a close code.
    pub fn close(&self, code: u16) {
        self.command(Cmd::Close(code));
    }

    /// Drops the TCP connection without a close frame.
    pub fn drop_connection(&self) {
        self.command(Cmd::Drop);
    }

    /// Replies the fake gave that serenity's models could not read.
    pub fn problems(&self) -> Vec<String> {
        self.inner.problems.lock().unwrap().clone()
    }

    // Fixtures. Each is checked against serenity's models by `fixtures_are_valid_serenity_models`.

    /// The interaction the load generator sends, so the gateway tests, the HTTP tests and the
    /// load generator share one fixture; callers set its `data`.
    fn base_interaction(&self, id: u64, kind: u8, user_id: u64, in_guild: bool) -> Value {
        briefbot::loadgen::interaction_in(id, kind, Value::Null, user_id, in_guild)
    }

    /// A slash command. `options` is Discord's option array, e.g. `[{"name":"name","type":3,"value":"Mashal"}]`.
    pub fn slash(
        &self,
        id: u64,
        name: &str,
        options: Value,
        user_id: u64,
        in_guild: bool,
    ) -> Value {
        let mut v = self.base_interaction(id, 2, user_id, in_guild);
        v["data"] =
            json!({"id": COMMAND_ID.to_string(), "name": name, "type": 1, "options": options});
        v
    }

    /// An autocomplete request for a string option being typed.
    pub fn autocomplete(
        &self,
        id: u64,
        name: &str,
        option: &str,
        typed: &str,
        user_id: u64,
    ) -> Value {
        let mut v = self.base_interaction(id, 4, user_id, true);
        v["data"] = json!({"id": COMMAND_ID.to_string(), "name": name, "type": 1,
            "options": [{"name": option, "type": 3, "value": typed, "focused": true}]});
        v
    }

    /// A button press on a message the bot sent.
    pub fn button(&self, id: u64, custom_id: &str, user_id: u64) -> Value {
        let mut v = self.base_interaction(id, 3, user_id, true);
        v["data"] = json!({"custom_id": custom_id, "component_type": 2});
        v["message"] = self.message_json(
            self.next_id(),
            CHANNEL_ID,
            user(BOT_ID, "briefbot", true),
            "",
            false,
        );
        v
    }

    pub fn message_json(
        &self,
        id: u64,
        channel: u64,
        author: Value,
        content: &str,
        in_guild: bool,
    ) -> Value {
        let mut v = json!({
            "id": id.to_string(), "channel_id": channel.to_string(), "author": author, "content": content,
            "timestamp": "2026-11-27T00:00:00.000000+00:00", "edited_timestamp": null, "tts": false,
            "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "pinned": false, "type": 0,
        });
        if in_guild {
            v["guild_id"] = json!(GUILD_ID.to_string());
        }
        v
    }

    /// A direct message from a user to the bot.
    pub fn dm(&self, id: u64, content: &str, user_id: u64) -> Value {
        self.message_json(
            id,
            DM_CHANNEL_ID,
            user(user_id, &format!("user{user_id}"), false),
            content,
            false,
        )
    }

    /// A channel message in a guild, optionally mentioning the bot.
    pub fn channel_message(
        &self,
        id: u64,
        content: &str,
        user_id: u64,
        mention_bot: bool,
    ) -> Value {
        let mut v = self.message_json(
            id,
            CHANNEL_ID,
            user(user_id, &format!("user{user_id}"), false),
            content,
            true,
        );
        if mention_bot {
            v["mentions"] = json!([user(BOT_ID, "briefbot", true)]);
        }
        v
    }
}

/// The READY payload the fake sends after IDENTIFY.
pub fn ready_json(ws_url: &str, s: u64, shard: Value) -> Value {
    json!({
        "v": 10,
        "user": user(BOT_ID, "briefbot", true),
        "guilds": [{"id": GUILD_ID.to_string(), "unavailable": true}],
        "session_id": format!("session-{s}"),
        "resume_gateway_url": ws_url,
        "application": {"id": APP_ID.to_string(), "flags": 0},
        "shard": shard,
    })
}

fn record(inner: &Inner, r: Recorded) {
    inner.requests.lock().unwrap().push(r);
    inner.changed.notify_waiters();
}

fn problem(inner: &Inner, p: String) {
    inner.problems.lock().unwrap().push(p);
}

/// Checks a reply against serenity's model before sending it.
fn validated<T: serde::de::DeserializeOwned>(inner: &Inner, what: &str, v: Value) -> Value {
    if let Err(e) = serde_json::from_value::<T>(v.clone()) {
        problem(
            inner,
            format!("the fake's {what} reply is not a valid serenity model: {e}: {v}"),
        );
    }
    v
}

async fn rest(
    State(inner): State<Arc<Inner>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_string();
    let content_type = headers
        .get("content-type")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .to_string();
    // A message with files comes as multipart/form-data, as Discord takes it: the JSON in a
    // `payload_json` part, each file in a `files[n]` part.
    let mut files = Vec::new();
    let body_json: Value = if super::multipart::boundary(&content_type).is_some() {
        match super::multipart::parse(&content_type, &body) {
            Ok(parts) => {
                let payload = parts.iter().find(|p| p.name == "payload_json");
                files = parts
                    .iter()
                    .filter(|p| p.name != "payload_json")
                    .cloned()
                    .collect();
                match payload.map(|p| serde_json::from_slice::<Value>(&p.data)) {
                    Some(Ok(v)) => v,
                    _ => {
                        problem(
                            &inner,
                            format!("a multipart body without a JSON payload_json: {path}"),
                        );
                        Value::Null
                    }
                }
            }
            Err(e) => {
                problem(&inner, format!("a malformed multipart body ({e}): {path}"));
                Value::Null
            }
        }
    } else if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&body)
            .unwrap_or_else(|_| json!({"raw": String::from_utf8_lossy(&body)}))
    };
    record(
        &inner,
        Recorded {
            method: method.to_string(),
            path: path.clone(),
            body: body_json.clone(),
            files,
            at: std::time::Instant::now(),
        },
    );
    let authorised = headers
        .get("authorization")
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| h == format!("Bot {}", inner.token));
    let ws_url = inner.ws_url.lock().unwrap().clone();
    let segments: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    match (method.as_str(), segments.as_slice()) {
        ("GET", ["gateway"]) => axum::Json(json!({"url": ws_url})).into_response(),
        ("GET", ["gateway", "bot"]) => axum::Json(json!({
            "url": ws_url, "shards": 2,
            "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        }))
        .into_response(),
        ("GET", ["users", "@me"]) => {
            if inner.behaviour.lock().unwrap().reject_token || !authorised {
                (StatusCode::UNAUTHORIZED, axum::Json(json!({"message": "401: Unauthorized", "code": 0}))).into_response()
            } else {
                axum::Json(validated::<serenity::all::CurrentUser>(&inner, "current user", user(BOT_ID, "briefbot", true))).into_response()
            }
        }
        ("PUT", ["applications", _, "commands"]) | ("PUT", ["applications", _, "guilds", _, "commands"]) => {
            let guild = segments.get(3).map(|g| g.to_string());
            let commands: Vec<Value> = body_json
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .enumerate()
                .map(|(i, mut c)| {
                    c["id"] = json!((COMMAND_ID + i as u64).to_string());
                    c["application_id"] = json!(APP_ID.to_string());
                    c["version"] = json!("1");
                    if c.get("type").is_none() {
                        c["type"] = json!(1);
                    }
                    if let Some(g) = &guild {
                        c["guild_id"] = json!(g);
                    }
                    c
                })
                .collect();
            axum::Json(validated::<Vec<serenity::all::Command>>(&inner, "commands", Value::Array(commands))).into_response()
        }
        ("POST", ["interactions", _, _, "callback"]) => StatusCode::NO_CONTENT.into_response(),
        ("POST", ["channels", channel, "messages"]) => {
            let id = inner.next_id.fetch_add(1, Ordering::SeqCst);
            let msg = json!({
                "id": id.to_string(), "channel_id": channel, "author": user(BOT_ID, "briefbot", true),
                "content": body_json.get("content").cloned().unwrap_or(json!("")),
                "timestamp": "2026-11-27T00:00:00.000000+00:00", "edited_timestamp": null, "tts": false,
                "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
                "pinned": false, "type": 0,
            });
            axum::Json(validated::<serenity::all::Message>(&inner, "message", msg)).into_response()
        }
        _ => {
            problem(&inner, format!("unexpected REST call {method} {path}"));
            (StatusCode::NOT_FOUND, axum::Json(json!({"message": "404: Not Found", "code": 0}))).into_response()
        }
    }
}

async fn gateway(ws: WebSocketUpgrade, State(inner): State<Arc<Inner>>) -> Response {
    ws.on_upgrade(move |socket| session(socket, inner))
}

async fn send(socket: &mut WebSocket, v: Value) -> bool {
    socket
        .send(WsMessage::Text(v.to_string().into()))
        .await
        .is_ok()
}

async fn session(mut socket: WebSocket, inner: Arc<Inner>) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    *inner.conn.lock().unwrap() = Some(tx);
    if !send(
        &mut socket,
        json!({"op": 10, "d": {"heartbeat_interval": 41250}}),
    )
    .await
    {
        return;
    }
    loop {
        tokio::select! {
            msg = socket.recv() => {
                let text = match msg {
                    Some(Ok(WsMessage::Text(t))) => t.to_string(),
                    Some(Ok(WsMessage::Binary(_))) => continue,
                    Some(Ok(WsMessage::Ping(_) | WsMessage::Pong(_))) => continue,
                    _ => break,
                };
                let Ok(v) = serde_json::from_str::<Value>(&text) else { continue };
                match v["op"].as_u64() {
                    Some(1) => {
                        send(&mut socket, json!({"op": 11})).await;
                    }
                    Some(2) => {
                        inner.identifies.lock().unwrap().push(v["d"].clone());
                        inner.changed.notify_waiters();
                        let close = inner.behaviour.lock().unwrap().close_on_identify;
                        if let Some(code) = close {
                            let _ = socket.send(WsMessage::Close(Some(CloseFrame { code, reason: "rejected".into() }))).await;
                            break;
                        }
                        let ws_url = inner.ws_url.lock().unwrap().clone();
                        let s = inner.seq.fetch_add(1, Ordering::SeqCst) + 1;
                        let ready = json!({"op": 0, "t": "READY", "s": s, "d": ready_json(&ws_url, s, v["d"]["shard"].clone())});
                        send(&mut socket, ready).await;
                        inner.sessions.fetch_add(1, Ordering::SeqCst);
                        inner.changed.notify_waiters();
                    }
                    Some(6) => {
                        inner.resumes.lock().unwrap().push(v["d"].clone());
                        let s = inner.seq.fetch_add(1, Ordering::SeqCst) + 1;
                        send(&mut socket, json!({"op": 0, "t": "RESUMED", "s": s, "d": {}})).await;
                        inner.sessions.fetch_add(1, Ordering::SeqCst);
                        inner.changed.notify_waiters();
                    }
                    _ => {}
                }
            }
            cmd = rx.recv() => match cmd {
                Some(Cmd::Send(v)) => {
                    if !send(&mut socket, v).await {
                        break;
                    }
                }
                Some(Cmd::Close(code)) => {
                    let _ = socket.send(WsMessage::Close(Some(CloseFrame { code, reason: "closing".into() }))).await;
                    break;
                }
                Some(Cmd::Drop) | None => break,
            }
        }
    }
}
