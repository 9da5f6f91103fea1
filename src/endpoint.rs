//! The HTTP interactions endpoint: Discord POSTs interactions here instead of sending them over
//! the gateway. It is stateless, so any number of identical replicas can run behind an ordinary
//! load balancer. Anyone on the internet can POST to it, so every request is size-limited and
//! signature-checked before any command code runs, and nothing it answers leaks internals.

use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serenity::interactions_endpoint::Verifier;
use tracing::debug;

use crate::discord::cooldown::Cooldown;
use crate::discord::incoming::Incoming;
use crate::discord::{interact, Pictures};
use crate::http_serve::{self, Timeouts};
use crate::metrics::{record_answer, Metrics};
use crate::qlog::QuestionLog;
use crate::reload::Reloader;
use crate::render::picture::{self, Picture};
use serenity::all::CreateInteractionResponse;

/// Discord's interaction payloads are a few kilobytes; anything far larger is not from Discord.
pub const DEFAULT_MAX_BODY: usize = 64 * 1024;
/// How old (or how far in the future) a signed timestamp may be: replays outside it are refused.
pub const DEFAULT_FRESHNESS: Duration = Duration::from_secs(300);

/// How far past the size limit a body is read before the 413.
const DRAIN_FACTOR: usize = 16;

pub struct EndpointConfig {
    pub public_key: [u8; 32],
    pub freshness: Duration,
    pub max_body: usize,
    pub cooldown: Cooldown,
    /// How long a client may take over its headers, its body, and between requests.
    pub timeouts: Timeouts,
    /// Where questions and votes are logged; `None` when logging is off.
    pub log: Option<Arc<QuestionLog>>,
    /// Whether timeline answers carry their picture.
    pub pictures: Pictures,
}

/// Parses the application's public key as shown in the developer portal (64 hex digits).
pub fn parse_public_key(hex: &str) -> Result<[u8; 32], String> {
    let hex = hex.trim();
    let bad = || {
        "the public key must be the 64 hex digits shown as PUBLIC KEY on the application's \
         General Information page in the developer portal"
            .to_string()
    };
    if hex.len() != 64 || !hex.is_ascii() {
        return Err(bad());
    }
    let mut key = [0u8; 32];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
    }
    Verifier::try_new(key).map_err(|_| "the public key is not a valid Ed25519 key".to_string())?;
    Ok(key)
}

pub struct EndpointState {
    reloader: Arc<Reloader>,
    verifier: Verifier,
    freshness: Duration,
    max_body: usize,
    cooldown: Cooldown,
    timeouts: Timeouts,
    metrics: Arc<Metrics>,
    log: Option<Arc<QuestionLog>>,
    pictures: Pictures,
}

impl EndpointState {
    pub fn new(
        reloader: Arc<Reloader>,
        config: EndpointConfig,
        metrics: Arc<Metrics>,
    ) -> EndpointState {
        EndpointState {
            reloader,
            verifier: Verifier::try_new(config.public_key).expect("checked by parse_public_key"),
            freshness: config.freshness,
            max_body: config.max_body,
            cooldown: config.cooldown,
            timeouts: config.timeouts,
            metrics,
            log: config.log,
            pictures: config.pictures,
        }
    }
}

/// Why a request was refused. The reason is counted and logged at debug level; the client only
/// learns the status and a generic sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rejection {
    TooLarge,
    /// The body did not arrive within the body timeout.
    SlowBody,
    /// The body could not be read as HTTP: a malformed chunk size, a connection cut mid-body.
    UnreadableBody,
    MissingHeaders,
    MalformedHeaders,
    BadSignature,
    StaleTimestamp,
    MalformedBody,
    Unsupported,
}

impl Rejection {
    fn reason(self) -> &'static str {
        match self {
            Rejection::TooLarge => "too_large",
            Rejection::SlowBody => "body_timeout",
            Rejection::UnreadableBody => "unreadable_body",
            Rejection::MissingHeaders => "missing_headers",
            Rejection::MalformedHeaders => "malformed_headers",
            Rejection::BadSignature => "bad_signature",
            Rejection::StaleTimestamp => "stale_timestamp",
            Rejection::MalformedBody => "malformed_body",
            Rejection::Unsupported => "unsupported_type",
        }
    }

    fn response(self) -> Response {
        let (status, text) = match self {
            Rejection::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "request body too large"),
            Rejection::SlowBody => (
                StatusCode::REQUEST_TIMEOUT,
                "request body not received in time",
            ),
            Rejection::UnreadableBody => {
                (StatusCode::BAD_REQUEST, "request body is not valid HTTP")
            }
            Rejection::MissingHeaders
            | Rejection::MalformedHeaders
            | Rejection::BadSignature
            | Rejection::StaleTimestamp => (StatusCode::UNAUTHORIZED, "invalid request signature"),
            Rejection::MalformedBody | Rejection::Unsupported => (
                StatusCode::BAD_REQUEST,
                "not an interaction this endpoint handles",
            ),
        };
        (
            status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            text,
        )
            .into_response()
    }
}

fn header_str<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Checks size, signature headers, signature and freshness, in that order, and returns the body.
async fn admit(st: &EndpointState, headers: &HeaderMap, body: Body) -> Result<Bytes, Rejection> {
    // Read somewhat past the limit before refusing, so an ordinary oversized request gets a
    // clean 413 rather than a connection reset mid-upload; far larger bodies are cut off.
    let declared = header_str(headers, "content-length").and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > st.max_body * DRAIN_FACTOR) {
        return Err(Rejection::TooLarge);
    }
    let bytes = tokio::time::timeout(
        st.timeouts.body,
        read_body(body, st.max_body * DRAIN_FACTOR),
    )
    .await
    .map_err(|_| Rejection::SlowBody)??;
    if bytes.len() > st.max_body {
        return Err(Rejection::TooLarge);
    }
    let (Some(signature), Some(timestamp)) = (
        header_str(headers, "x-signature-ed25519"),
        header_str(headers, "x-signature-timestamp"),
    ) else {
        return Err(Rejection::MissingHeaders);
    };
    if signature.len() != 128 || !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Rejection::MalformedHeaders);
    }
    let Ok(sent_at) = timestamp.parse::<u64>() else {
        return Err(Rejection::MalformedHeaders);
    };
    st.verifier
        .verify(signature, timestamp, &bytes)
        .map_err(|()| Rejection::BadSignature)?;
    let now = crate::unix_now();
    if now.abs_diff(sent_at) > st.freshness.as_secs() {
        return Err(Rejection::StaleTimestamp);
    }
    Ok(bytes)
}

/// Reads the body up to `limit` bytes. Unlike `axum::body::to_bytes`, it tells a body over the
/// limit (413) from one that is not valid HTTP (400), such as a malformed chunk size.
async fn read_body(mut body: Body, limit: usize) -> Result<Bytes, Rejection> {
    let mut buf = Vec::new();
    while let Some(frame) = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
        let frame = frame.map_err(|_| Rejection::UnreadableBody)?;
        if let Ok(data) = frame.into_data() {
            if buf.len() + data.len() > limit {
                return Err(Rejection::TooLarge);
            }
            buf.extend_from_slice(&data);
        }
    }
    Ok(Bytes::from(buf))
}

async fn interactions(
    State(st): State<Arc<EndpointState>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let started = Instant::now();
    let result = async {
        let bytes = admit(&st, &headers, body).await?;
        // The bot's own lenient decoder: it reads what the bot needs and tolerates the rest.
        let interaction = Incoming::from_slice(&bytes).map_err(|_| Rejection::MalformedBody)?;
        let engine = st.reloader.live().get();
        interact::handle_logged(
            &engine,
            &st.cooldown,
            st.log.as_deref(),
            &interaction,
            st.pictures,
        )
        .ok_or(Rejection::Unsupported)
    }
    .await;
    match result {
        Ok(handled) => {
            record_answer(
                Some(&st.metrics),
                handled.kind,
                handled.command,
                started,
                handled.outcome.as_str(),
            );
            if matches!(
                handled.response,
                serenity::all::CreateInteractionResponse::Pong
            ) {
                // Exactly what Discord's PING check expects, without serenity's `"data": null`.
                return axum::Json(serde_json::json!({"type": 1})).into_response();
            }
            respond(&handled.response, handled.picture.as_deref())
        }
        Err(rejection) => {
            debug!(reason = rejection.reason(), "rejected a request");
            st.metrics.rejected(rejection.reason());
            rejection.response()
        }
    }
}

/// The response body: JSON, or with a picture, `multipart/form-data` with the JSON as
/// `payload_json` and the PNG as `files[0]`, which Discord accepts as a direct response to an
/// interaction. The picture is at most [`picture::MAX_INLINE_BYTES`] (checked where it is
/// attached), below the sizes at which Discord is reported to refuse inline bodies.
fn respond(response: &CreateInteractionResponse, picture: Option<&Picture>) -> Response {
    let Some(picture) = picture else {
        return axum::Json(response).into_response();
    };
    let payload = serde_json::to_vec(response).expect("responses serialise");
    let (boundary, body) = multipart(&payload, &picture.png);
    (
        [(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )],
        body,
    )
        .into_response()
}

/// Writes the two parts of a multipart body, with a boundary found in neither part.
pub fn multipart(payload_json: &[u8], png: &[u8]) -> (String, Vec<u8>) {
    let contains = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
    let boundary = (0u32..)
        .map(|n| format!("briefbot-picture-{n:04}"))
        .find(|b| !contains(payload_json, b.as_bytes()) && !contains(png, b.as_bytes()))
        .expect("some boundary is free");
    let mut body = Vec::with_capacity(payload_json.len() + png.len() + 512);
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n\
             Content-Type: application/json\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(payload_json);
    body.extend_from_slice(
        format!(
            "\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"files[0]\"; \
             filename=\"{}\"\r\nContent-Type: image/png\r\n\r\n",
            picture::FILENAME
        )
        .as_bytes(),
    );
    body.extend_from_slice(png);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (boundary, body)
}

/// `/healthz` and `/metrics`, shared by both modes. `/healthz` says which knowledge base is
/// live, how the last reload went and, with a question log, how its writing goes (what was
/// written and dropped, and whether the database is failing).
pub fn ops_router(
    reloader: Arc<Reloader>,
    metrics: Arc<Metrics>,
    log: Option<Arc<QuestionLog>>,
) -> Router {
    Router::new()
        .route(
            "/healthz",
            get(move || {
                let mut health = reloader.status().health();
                health["question_log"] = match &log {
                    Some(log) => serde_json::to_value(log.status()).expect("status serialises"),
                    None => serde_json::json!({"state": "off"}),
                };
                async move { axum::Json(health) }
            }),
        )
        .route(
            "/metrics",
            get(move || {
                let text = metrics.render();
                async move { ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text) }
            }),
        )
}

/// The whole endpoint: interactions at `/` and `/interactions`, plus `/healthz` and `/metrics`.
pub fn router(state: Arc<EndpointState>) -> Router {
    let ops = ops_router(
        state.reloader.clone(),
        state.metrics.clone(),
        state.log.clone(),
    );
    Router::new()
        .route("/", post(interactions))
        .route("/interactions", post(interactions))
        .with_state(state)
        .merge(ops)
}

/// Serves until `shutdown` completes; requests in flight then finish before it returns.
/// Every connection is held to the configured header and idle timeouts (see
/// [`http_serve`]); the body timeout is applied where the body is read.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<EndpointState>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let timeouts = state.timeouts;
    http_serve::serve(listener, router(state), timeouts, shutdown).await
}

/// Serves only `/healthz` and `/metrics` (the gateway mode's `--metrics-bind`), with the same
/// connection timeouts as the endpoint (its requests have no body).
pub async fn serve_ops(
    listener: tokio::net::TcpListener,
    reloader: Arc<Reloader>,
    metrics: Arc<Metrics>,
    log: Option<Arc<QuestionLog>>,
    timeouts: Timeouts,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    http_serve::serve(
        listener,
        ops_router(reloader, metrics, log),
        timeouts,
        shutdown,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_keys_are_checked() {
        assert!(parse_public_key(&"ab".repeat(31)).is_err());
        assert!(parse_public_key(&"zz".repeat(32)).is_err());
        assert!(parse_public_key("é".repeat(32).as_str()).is_err());
        let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]).verifying_key();
        let hex: String = key.as_bytes().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(parse_public_key(&hex).unwrap(), *key.as_bytes());
    }
}
