//! The HTTP interactions endpoint over real HTTP on 127.0.0.1, signed with a fixed test key.

use std::sync::Arc;
use std::time::Duration;

use crate::common::multipart;
use crate::common::process::{command, Child};
use crate::support::{endpoint_state, engine, test_config, TestEndpoint};
use briefbot::discord::cooldown::Cooldown;
use briefbot::discord::incoming::Incoming;
use briefbot::discord::interact;
use briefbot::discord::Pictures;
use briefbot::endpoint::{self, EndpointConfig, EndpointState};
use briefbot::http_serve::Timeouts;
use briefbot::loadgen::{interaction, sign, slash_data, test_signing_key};
use briefbot::metrics::Metrics;
use briefbot::unix_now;
use proptest::prelude::*;
use serde_json::{json, Value};

fn state(cooldown: Cooldown) -> Arc<EndpointState> {
    state_with(cooldown, Pictures::On)
}

fn state_with(cooldown: Cooldown, pictures: Pictures) -> Arc<EndpointState> {
    let config = EndpointConfig {
        cooldown,
        pictures,
        ..test_config()
    };
    endpoint_state(config, Arc::new(Metrics::new()))
}

async fn start(cooldown: Cooldown) -> TestEndpoint {
    start_with(cooldown, Pictures::On).await
}

async fn start_with(cooldown: Cooldown, pictures: Pictures) -> TestEndpoint {
    TestEndpoint::serve(state_with(cooldown, pictures)).await
}

fn body(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ping_gets_pong() {
    let s = start(Cooldown::disabled()).await;
    let (status, text) = s.signed(&body(&interaction(1, 1, Value::Null, 1))).await;
    assert_eq!(
        (status, serde_json::from_str::<Value>(&text).unwrap()),
        (200, json!({"type": 1}))
    );
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_answers_exactly_as_the_gateway_does() {
    let s = start(Cooldown::disabled()).await;
    let e = engine();
    let cases: Vec<(Value, u8, &str)> = vec![
        (slash_data("timeline", "query", "oct 25"), 2, "veto"),
        (
            json!({"id": "1", "name": "timeline", "type": 1, "options": []}),
            2,
            "Timeline",
        ),
        (slash_data("actor", "name", "Mashal"), 2, "Khaled Mashal"),
        (
            slash_data("actor", "name", "Hezbollah"),
            2,
            "does not cover",
        ),
        (
            slash_data("claim", "statement", "Israel bombed the al-Ahli hospital"),
            2,
            "Disputed by the brief",
        ),
        (
            slash_data("ask", "question", "who is Ali Baraka?"),
            2,
            "Ali Baraka",
        ),
        (
            json!({"id": "1", "name": "brief", "type": 1, "options": []}),
            2,
            "No. 1784",
        ),
        (
            json!({"id": "1", "name": "source", "type": 1, "options": [{"name": "paragraph", "type": 4, "value": 6}]}),
            2,
            "used its veto power",
        ),
        (
            json!({"id": "1", "name": "help", "type": 1, "options": []}),
            2,
            "/timeline",
        ),
        (
            json!({"id": "1", "name": "frobnicate", "type": 1, "options": []}),
            2,
            "I don't know the command",
        ),
        (
            json!({"id": "1", "name": "actor", "type": 1, "options": [{"name": "name", "type": 3, "value": "mashl", "focused": true}]}),
            4,
            "Khaled Mashal",
        ),
        (
            json!({"custom_id": "src|inss-1784|6", "component_type": 2}),
            3,
            "used its veto power",
        ),
        (
            json!({"custom_id": "tl|-|1|", "component_type": 2}),
            3,
            "2 of 3",
        ),
    ];
    for (i, (data, kind, want)) in cases.into_iter().enumerate() {
        let v = interaction(100 + i as u64 * 2, kind, data, 7);
        let (status, text) = s.signed(&body(&v)).await;
        assert_eq!(status, 200, "{text}");
        let got: Value = serde_json::from_str(&text).unwrap();
        let parsed = Incoming::from_value(v).unwrap();
        let expected = interact::handle(
            &e,
            &Cooldown::disabled(),
            &parsed,
            briefbot::discord::Pictures::On,
        )
        .unwrap()
        .response;
        assert_eq!(
            got,
            serde_json::to_value(expected).unwrap(),
            "one code path, one answer"
        );
        assert!(text.contains(want), "{want}: {text}");
        if kind != 4 {
            assert_eq!(got["data"]["allowed_mentions"]["parse"], json!([]));
        }
    }
    s.stop().await;
}

/// Timeline answers come back as multipart/form-data: the JSON as `payload_json` and one PNG,
/// small enough to answer inline, shown in the embed; other answers and `--no-pictures` stay
/// plain JSON.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timeline_answers_are_multipart_with_one_small_png() {
    let on = start(Cooldown::disabled()).await;
    // (interaction data, kind, picture expected)
    let cases: Vec<(Value, u8, bool)> = vec![
        (slash_data("timeline", "query", "oct 25"), 2, true),
        (
            json!({"id": "1", "name": "timeline", "type": 1, "options": []}),
            2,
            true,
        ),
        (slash_data("timeline", "query", "july 4"), 2, true),
        (
            slash_data("ask", "question", "what happened on october 16?"),
            2,
            true,
        ),
        (
            json!({"custom_id": "tl|-|1|", "component_type": 2}),
            3,
            true,
        ),
        (slash_data("actor", "name", "Mashal"), 2, false),
    ];
    for (i, (data, kind, want)) in cases.into_iter().enumerate() {
        let v = interaction(300 + i as u64 * 2, kind, data.clone(), 7);
        let (status, text, files) = on.signed_parts(&body(&v)).await;
        assert_eq!(status, 200, "{text}");
        let payload: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(payload["data"]["allowed_mentions"]["parse"], json!([]));
        if want {
            multipart::check_picture(&payload, &files);
        } else {
            assert!(files.is_empty(), "{data}: no picture");
        }
    }
    on.stop().await;
    let off = start_with(Cooldown::disabled(), Pictures::Off).await;
    let v = interaction(400, 2, slash_data("timeline", "query", "oct 25"), 7);
    let (status, text, files) = off.signed_parts(&body(&v)).await;
    assert_eq!(status, 200);
    assert!(files.is_empty(), "--no-pictures sends none");
    let payload: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(payload["data"]["attachments"], json!([]));
    assert!(text.contains("veto"), "the embed text answers alone");
    assert!(!text.contains("attachment://"));
    off.stop().await;
}

#[test]
fn multipart_bodies_read_back_as_written() {
    // (payload, file bytes): a file holding the first boundary tried moves it on.
    let cases: [(&[u8], &[u8]); 3] = [
        (b"{}", b"\x89PNG\r\n\x1a\n"),
        (b"{\"a\":1}", b"--briefbot-picture-0000 inside"),
        (b"{}", b""),
    ];
    for (payload, file) in cases {
        let (boundary, body) = endpoint::multipart(payload, file);
        let parts =
            multipart::parse(&format!("multipart/form-data; boundary={boundary}"), &body).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].name, "payload_json");
        assert_eq!(parts[0].data, payload);
        assert_eq!(parts[1].name, "files[0]");
        assert_eq!(parts[1].filename.as_deref(), Some("timeline.png"));
        assert_eq!(parts[1].data, file);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_are_refused_before_any_command_runs() {
    let s = start(Cooldown::disabled()).await;
    let key = test_signing_key();
    let good = body(&interaction(1, 2, slash_data("actor", "name", "Putin"), 1));
    let now = unix_now().to_string();
    let sig = sign(&key, &now, &good);
    let old = (unix_now() - 3600).to_string();
    let future = (unix_now() + 3600).to_string();
    let h = |sig: &str, ts: &str| {
        vec![
            ("x-signature-ed25519", sig.to_string()),
            ("x-signature-timestamp", ts.to_string()),
        ]
    };
    let mut tampered = good.clone();
    let pos = tampered.len() - 10;
    tampered[pos] ^= 1;
    let big = vec![b'x'; endpoint::DEFAULT_MAX_BODY + 1];
    let big_sig = sign(&key, &now, &big);
    let not_json = b"{not json".to_vec();
    let unknown_type =
        body(&json!({"id": "1", "application_id": "1", "type": 99, "token": "t", "version": 1}));
    let modal = body(
        &json!({"id": "1", "application_id": "1", "type": 5, "token": "t", "version": 1,
        "data": {"custom_id": "m", "components": []}, "user": {"id": "1", "username": "u", "discriminator": "0", "global_name": null, "avatar": null},
        "locale": "en-US", "entitlements": [], "attachment_size_limit": 1, "app_permissions": "0", "channel_id": "1"}),
    );
    type Case<'a> = (&'a str, Vec<u8>, Vec<(&'a str, String)>, u16);
    let cases: Vec<Case> = vec![
        ("no signature headers", good.clone(), vec![], 401),
        (
            "timestamp only",
            good.clone(),
            vec![("x-signature-timestamp", now.clone())],
            401,
        ),
        (
            "signature not hex",
            good.clone(),
            h(&"zz".repeat(64), &now),
            401,
        ),
        ("signature too short", good.clone(), h("abcd", &now), 401),
        (
            "timestamp not a number",
            good.clone(),
            h(&sig, "yesterday"),
            401,
        ),
        (
            "wrong signature",
            good.clone(),
            h(
                &sign(
                    &ed25519_dalek::SigningKey::from_bytes(&[9; 32]),
                    &now,
                    &good,
                ),
                &now,
            ),
            401,
        ),
        ("tampered body", tampered, h(&sig, &now), 401),
        (
            "tampered timestamp",
            good.clone(),
            h(&sig, &(unix_now() + 1).to_string()),
            401,
        ),
        (
            "stale timestamp",
            good.clone(),
            h(&sign(&key, &old, &good), &old),
            401,
        ),
        (
            "timestamp from the future",
            good.clone(),
            h(&sign(&key, &future, &future.clone().into_bytes()), &future),
            401,
        ),
        ("body too large", big, h(&big_sig, &now), 413),
        (
            "signed but not JSON",
            not_json.clone(),
            h(&sign(&key, &now, &not_json), &now),
            400,
        ),
        (
            "signed unknown type",
            unknown_type.clone(),
            h(&sign(&key, &now, &unknown_type), &now),
            400,
        ),
        (
            "signed modal submit",
            modal.clone(),
            h(&sign(&key, &now, &modal), &now),
            400,
        ),
    ];
    for (name, b, headers, want) in cases {
        let (status, text) = s.post(&b, &headers).await;
        assert_eq!(status, want, "{name}: {text}");
        for leak in ["serde", "panicked", "line", "expected", "Error"] {
            assert!(!text.contains(leak), "{name} leaks {leak:?}: {text}");
        }
    }
    let metrics = s.get("/metrics").await;
    for reason in [
        "missing_headers",
        "malformed_headers",
        "bad_signature",
        "stale_timestamp",
        "too_large",
        "malformed_body",
    ] {
        assert!(
            metrics.contains(&format!("reason=\"{reason}\"")),
            "{reason}: {metrics}"
        );
    }
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_metrics() {
    let s = start(Cooldown::disabled()).await;
    s.signed(&body(&interaction(
        1,
        2,
        slash_data("actor", "name", "Putin"),
        1,
    )))
    .await;
    s.signed(&body(&interaction(
        3,
        2,
        slash_data("actor", "name", "Hezbollah"),
        1,
    )))
    .await;
    let health: Value = serde_json::from_str(&s.get("/healthz").await).unwrap();
    assert_eq!(health["status"], "ok");
    assert_eq!(health["knowledge"]["briefs"], 1);
    assert_eq!(health["knowledge"]["version"].as_str().unwrap().len(), 16);
    let metrics = s.get("/metrics").await;
    assert!(
        metrics.contains(
            r#"briefbot_interactions_total{command="actor",kind="command",outcome="answered"} 1"#
        ),
        "{metrics}"
    );
    assert!(metrics.contains(r#"outcome="no_match"} 1"#), "{metrics}");
    assert!(metrics.contains("briefbot_interaction_seconds_bucket"));
    assert!(
        metrics.contains("briefbot_knowledge_entries")
            || metrics.contains("briefbot_interactions_total")
    );
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cooldown_applies_over_http_too() {
    let s = start(Cooldown::new(1, Duration::from_secs(60))).await;
    let first = s
        .signed(&body(&interaction(
            1,
            2,
            slash_data("actor", "name", "Putin"),
            5,
        )))
        .await;
    assert!(first.1.contains("Vladimir Putin"));
    let second = s
        .signed(&body(&interaction(
            3,
            2,
            slash_data("actor", "name", "Putin"),
            5,
        )))
        .await;
    assert!(second.1.contains("Slow down"), "{}", second.1);
    assert!(second.1.contains("\"flags\":64"), "{}", second.1);
    s.stop().await;
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// One router for all property cases: loading the knowledge base per case would dominate.
fn shared_router() -> &'static axum::Router {
    static ROUTER: std::sync::OnceLock<axum::Router> = std::sync::OnceLock::new();
    ROUTER.get_or_init(|| endpoint::router(state(Cooldown::disabled())))
}

fn status_of(router: &axum::Router, body: Vec<u8>, headers: Vec<(String, String)>) -> u16 {
    use tower::ServiceExt;
    let mut req = axum::http::Request::builder()
        .method("POST")
        .uri("/interactions");
    for (k, v) in headers {
        req = req.header(k, v);
    }
    let Ok(req) = req.body(axum::body::Body::from(body)) else {
        return 0; // Not even a valid HTTP request: nothing to send.
    };
    let response = runtime()
        .block_on(router.clone().oneshot(req))
        .expect("the router never fails");
    response.status().as_u16()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Random bodies and headers, unsigned: never a crash, never a 2xx.
    #[test]
    fn unsigned_requests_never_succeed(
        body in proptest::collection::vec(any::<u8>(), 0..2048),
        sig in proptest::option::of(prop_oneof!["[0-9a-f]{128}", ".{0,200}"]),
        ts in proptest::option::of(prop_oneof!["[0-9]{1,12}", ".{0,40}"]),
    ) {
        let router = shared_router();
        let mut headers = Vec::new();
        if let Some(s) = sig { headers.push(("x-signature-ed25519".to_string(), s)); }
        if let Some(t) = ts { headers.push(("x-signature-timestamp".to_string(), t)); }
        let status = status_of(router, body, headers);
        prop_assert!(!(200..300).contains(&status), "status {}", status);
    }

    /// Random JSON, correctly signed: a clean 200 or 400, never a crash or a 5xx.
    #[test]
    fn signed_garbage_is_a_clean_client_error(
        kind in 0u8..8,
        name in "[a-z]{0,12}",
        value in ".{0,300}",
        extra in proptest::option::of(".{0,50}"),
    ) {
        let router = shared_router();
        let mut v = interaction(11, kind, json!({"id": "1", "name": name, "type": 1, "custom_id": value.clone(),
            "options": [{"name": "name", "type": 3, "value": value, "focused": kind == 4}]}), 3);
        if let Some(x) = extra { v["data"]["junk"] = json!(x); }
        let body = serde_json::to_vec(&v).unwrap();
        let ts = unix_now().to_string();
        let sig = sign(&test_signing_key(), &ts, &body);
        let status = status_of(router, body, vec![
            ("x-signature-ed25519".into(), sig), ("x-signature-timestamp".into(), ts)]);
        prop_assert!(status == 200 || status == 400, "status {}", status);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_verifies_answers_and_stops_on_sigterm() {
    let mut cmd = command();
    cmd.args(["serve-http", "--bind", "127.0.0.1:0"]).env(
        "DISCORD_PUBLIC_KEY",
        briefbot::loadgen::public_key_hex(&test_signing_key()),
    );
    let child = Child::spawn(cmd);
    // The server logs its address once it is bound, so it accepts connections from here on.
    let addr = child
        .bound_addr("serving Discord interactions over HTTP")
        .await;
    let base = format!("http://{addr}");
    let client = reqwest::Client::new();
    assert!(
        client.get(format!("{base}/healthz")).send().await.is_ok(),
        "serve-http answers /healthz"
    );
    let b = body(&interaction(1, 2, slash_data("actor", "name", "Putin"), 1));
    let ts = unix_now().to_string();
    let r = client
        .post(format!("{base}/"))
        .header("x-signature-ed25519", sign(&test_signing_key(), &ts, &b))
        .header("x-signature-timestamp", ts)
        .body(b)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Vladimir Putin"));
    let unsigned = client
        .post(format!("{base}/"))
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status(), 401);
    let (status, _) = child.stop().await;
    assert!(status.success(), "SIGTERM is a clean exit: {status:?}");
}

/// The load generator itself (a benchmark tool) checked on a small run: every valid request
/// answered correctly, every forged one refused. Timing is reported, never asserted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn load_generator_checks_every_answer() {
    let s = start(Cooldown::disabled()).await;
    let report = briefbot::loadgen::run(&briefbot::loadgen::LoadConfig {
        url: format!("{}/interactions", s.url),
        requests: 500,
        concurrency: 8,
        bad_share: 0.1,
        max_duration: Duration::from_secs(60),
        server_pids: vec![std::process::id()],
    })
    .await;
    assert!(report.clean(), "{report}");
    assert_eq!((report.sent, report.forged, report.valid), (500, 50, 450));
    assert_eq!(report.statuses.get(&401), Some(&50));
    assert!(report.rss_peak_mb.is_some());
    s.stop().await;
}

/// Interactions lacking fields Discord has not always sent, with numbers in other forms, or with
/// fields nobody knows yet, get exactly the answer the complete interaction gets.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lean_and_odd_interaction_shapes_are_answered() {
    let s = start(Cooldown::disabled()).await;
    let complete = interaction(2, 2, slash_data("actor", "name", "Mashal"), 7);
    let (status, reference) = s.signed(&body(&complete)).await;
    assert_eq!(status, 200, "{reference}");
    assert!(reference.contains("Khaled Mashal"), "{reference}");
    let mut refused_by_serenity = Vec::new();
    for (name, change) in crate::common::lean::lean_cases() {
        let mut v = complete.clone();
        change(&mut v);
        if !crate::common::lean::serenity_accepts(&v) {
            refused_by_serenity.push(name.clone());
        }
        let (status, text) = s.signed(&body(&v)).await;
        assert_eq!((status, text.as_str()), (200, reference.as_str()), "{name}");
    }
    // Discord's documented example, as printed: a command this bot does not have gets the
    // polite reply; the same shape with `/source paragraph: 7.0` answers like `paragraph: 7`.
    let example = crate::common::lean::documented_example();
    let float = crate::common::lean::documented_source_command_with_float_integer();
    let mut integer = float.clone();
    integer["data"]["options"][0]["value"] = json!(7);
    let (status, text) = s.signed(&body(&example)).await;
    assert_eq!(status, 200, "documented example: {text}");
    assert!(text.contains("I don't know the command"), "{text}");
    let (_, want) = s.signed(&body(&integer)).await;
    assert!(want.contains("¶7"), "{want}");
    assert_eq!(s.signed(&body(&float)).await, (200, want), "INTEGER 7.0");
    for (name, v) in [("documented example", &example), ("INTEGER 7.0", &float)] {
        if !crate::common::lean::serenity_accepts(v) {
            refused_by_serenity.push(name.into());
        }
    }
    eprintln!("serenity's model refuses: {refused_by_serenity:#?}");
    s.stop().await;
}

/// A server with short timeouts, so the tests wait for the server, not for the defaults.
/// Short enough for a quick test, and far enough apart that a close on a loaded machine still
/// shows which limit fired: the header and body limits are ten times shorter than the idle one.
const TEST_TIMEOUTS: Timeouts = Timeouts {
    header: Duration::from_millis(500),
    body: Duration::from_millis(500),
    idle: Duration::from_millis(5000),
};

async fn start_with_timeouts(timeouts: Timeouts) -> (std::net::SocketAddr, TestEndpoint) {
    let config = EndpointConfig {
        timeouts,
        ..test_config()
    };
    let server = TestEndpoint::serve(endpoint_state(config, Arc::new(Metrics::new()))).await;
    (server.addr, server)
}

/// Sends `bytes` on a fresh connection, then reads until the server closes it (bounded), and
/// returns what it answered and how long after the send the close came.
async fn send_and_wait_for_close(addr: std::net::SocketAddr, bytes: &[u8]) -> (String, Duration) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    // Timed from before the connection opens: every limit runs from an event the server sees
    // after this instant (the accept, the first byte, the last answer), so a close can never
    // look earlier than its limit, however the threads are scheduled.
    let sent = std::time::Instant::now();
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(bytes).await.unwrap();
    let mut answer = Vec::new();
    // A reset instead of a clean close is also the server letting go, so the read's own result
    // does not matter, only that it ends.
    let _ = tokio::time::timeout(Duration::from_secs(15), stream.read_to_end(&mut answer))
        .await
        .expect("the server closes the connection");
    (
        String::from_utf8_lossy(&answer).into_owned(),
        sent.elapsed(),
    )
}

/// Slow or stalled clients are cut off after the configured timeout, not held open; a malformed
/// chunk size is a 400, not a 413.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_disconnected_after_the_configured_timeout() {
    let (addr, s) = start_with_timeouts(TEST_TIMEOUTS).await;
    let t = TEST_TIMEOUTS;
    let head = "POST /interactions HTTP/1.1\r\nhost: x\r\n";
    // (case, bytes sent, what the answer starts with ("" for nothing), the timeout that must
    // have passed before the close, the time the close must come before). The upper bounds
    // only tell which limit fired, so they leave seconds of slack for a loaded machine.
    let cases: Vec<(&str, String, &str, Duration, Duration)> = vec![
        ("sends nothing", String::new(), "", t.idle, t.idle * 3),
        (
            "stops in the middle of its headers",
            format!("{head}content-le"),
            "",
            t.header,
            t.idle,
        ),
        (
            "sends 3 of 100 promised body bytes",
            format!("{head}content-length: 100\r\n\r\n{{\"t"),
            "HTTP/1.1 408",
            t.body,
            t.idle,
        ),
        (
            "idle after a complete keep-alive request",
            "GET /metrics HTTP/1.1\r\nhost: x\r\n\r\n".into(),
            "HTTP/1.1 200",
            t.idle,
            t.idle * 3,
        ),
        (
            "malformed chunk size",
            format!("{head}transfer-encoding: chunked\r\n\r\nzz\r\n{{}}\r\n0\r\n\r\n"),
            "HTTP/1.1 400",
            Duration::ZERO,
            t.idle,
        ),
    ];
    // The cases run side by side, so the test takes one idle limit, not the sum of them.
    let runs: Vec<_> = cases
        .into_iter()
        .map(|(name, bytes, answer, at_least, before)| {
            tokio::spawn(async move {
                let (got, took) = send_and_wait_for_close(addr, bytes.as_bytes()).await;
                (name, got, answer, took, at_least, before)
            })
        })
        .collect();
    for run in runs {
        let (name, got, answer, took, at_least, before) = run.await.unwrap();
        eprintln!("{name}: closed after {took:?}");
        assert!(got.starts_with(answer), "{name}: {got}");
        assert!(
            took >= at_least && took < before,
            "{name}: closed after {took:?}, expected between {at_least:?} and {before:?}"
        );
    }
    s.stop().await;
}

/// Shutdown closes idle connections at once but lets a request in flight finish: its client
/// still gets the answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_lets_a_request_in_flight_finish() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let timeouts = Timeouts {
        body: Duration::from_secs(30),
        ..Timeouts::default()
    };
    let (addr, s) = start_with_timeouts(timeouts).await;
    let mut idle = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut busy = tokio::net::TcpStream::connect(addr).await.unwrap();
    let b = body(&interaction(1, 2, slash_data("actor", "name", "Putin"), 1));
    let ts = unix_now().to_string();
    let head = format!(
        "POST /interactions HTTP/1.1\r\nhost: x\r\ncontent-length: {}\r\nexpect: 100-continue\r\n\
         x-signature-ed25519: {}\r\nx-signature-timestamp: {ts}\r\n\r\n",
        b.len(),
        sign(&test_signing_key(), &ts, &b)
    );
    busy.write_all(head.as_bytes()).await.unwrap();
    // hyper sends 100 Continue when the handler starts reading the body: the request is now
    // in flight.
    let mut continue_line = [0u8; 25];
    busy.read_exact(&mut continue_line).await.unwrap();
    assert!(continue_line.starts_with(b"HTTP/1.1 100 Continue"));
    let task = s.begin_stop();
    let bound = Duration::from_secs(15);
    let mut rest = Vec::new();
    tokio::time::timeout(bound, idle.read_to_end(&mut rest))
        .await
        .expect("the idle connection is closed at once")
        .unwrap();
    assert!(rest.is_empty());
    busy.write_all(&b).await.unwrap();
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(bound, busy.read_to_end(&mut answer))
        .await
        .expect("the busy connection closes after its answer");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("Vladimir Putin"), "{answer}");
    tokio::time::timeout(bound, task)
        .await
        .expect("the server stops once the request is answered")
        .unwrap()
        .unwrap();
}
