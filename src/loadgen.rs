//! A load generator for the HTTP interactions endpoint: signed interactions at a chosen
//! concurrency, bounded in count and time, to loopback. It checks that every valid request got
//! exactly one correct answer and every forged one was refused, and reports throughput, latency
//! percentiles, status counts and the server's memory.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ed25519_dalek::{Signer, SigningKey};
use serde::Serialize;
use serde_json::{json, Value};

use crate::unix_now;

/// The load generator's signing key. It is a published test key: a server started with its
/// public key accepts anything anyone signs with it, so use it only on loopback benchmarks.
pub fn test_signing_key() -> SigningKey {
    SigningKey::from_bytes(&[0x42; 32])
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn public_key_hex(key: &SigningKey) -> String {
    hex(key.verifying_key().as_bytes())
}

/// Signs `timestamp + body` as Discord does, returning the `X-Signature-Ed25519` value.
pub fn sign(key: &SigningKey, timestamp: &str, body: &[u8]) -> String {
    let mut message = Vec::with_capacity(timestamp.len() + body.len());
    message.extend_from_slice(timestamp.as_bytes());
    message.extend_from_slice(body);
    hex(&key.sign(&message).to_bytes())
}

pub const APP_ID: u64 = 1_100_000_000_000_000_001;

/// An interaction as Discord sends it from a guild. `kind` is 1 (PING), 2 (command),
/// 3 (component) or 4 (autocomplete); `data` is the interaction's data object.
pub fn interaction(id: u64, kind: u8, data: Value, user: u64) -> Value {
    interaction_in(id, kind, data, user, true)
}

/// [`interaction`] sent from a guild or, with `in_guild` false, from a direct message, where
/// Discord sends the `user` instead of a guild `member`. The tests' fake Discord builds its
/// interactions with this too, so there is one fixture of what Discord sends.
pub fn interaction_in(id: u64, kind: u8, data: Value, user: u64, in_guild: bool) -> Value {
    let mut v = json!({
        "id": id.to_string(),
        "application_id": APP_ID.to_string(),
        "type": kind,
        "token": format!("token-{id}"),
        "version": 1,
        "locale": "en-US",
        "entitlements": [],
        "attachment_size_limit": 8_388_608,
        "app_permissions": "0",
        "guild_id": "1200000000000000001",
        "guild_locale": "en-US",
        "channel_id": "1300000000000000001",
        "member": {
            "user": {"id": user.to_string(), "username": format!("user{user}"), "discriminator": "0", "global_name": null, "avatar": null},
            "roles": [], "deaf": false, "mute": false, "flags": 0,
            "joined_at": "2023-01-01T00:00:00.000000+00:00", "permissions": "0",
        },
    });
    if kind == 1 {
        v = json!({"id": id.to_string(), "application_id": APP_ID.to_string(), "type": 1, "token": format!("token-{id}"), "version": 1, "entitlements": [], "attachment_size_limit": 8_388_608});
    } else {
        v["data"] = data;
    }
    if kind == 3 {
        v["message"] = json!({
            "id": (id + 1).to_string(), "channel_id": "1300000000000000001",
            "author": {"id": "1100000000000000002", "username": "briefbot", "discriminator": "0", "global_name": null, "avatar": null, "bot": true},
            "content": "", "timestamp": "2026-11-27T00:00:00.000000+00:00", "edited_timestamp": null, "tts": false,
            "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "pinned": false, "type": 0,
        });
    }
    if !in_guild && kind != 1 {
        let member = v["member"].take();
        let fields = v.as_object_mut().expect("an interaction is an object");
        for key in ["member", "guild_id", "guild_locale"] {
            fields.remove(key);
        }
        v["user"] = member["user"].clone();
        v["channel_id"] = json!("1300000000000000002");
    }
    v
}

/// A slash command's data object with one string option.
/// The JSON of an answer: the body itself, or the `payload_json` part of a multipart answer
/// (a timeline answer with its picture). Anything unreadable gives an empty slice, which then
/// fails the answer check.
fn payload_json<'b>(content_type: &str, body: &'b [u8]) -> &'b [u8] {
    let Some(boundary) = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
    else {
        return body;
    };
    let find = |hay: &[u8], needle: &[u8], from: usize| {
        hay.get(from..)
            .and_then(|h| h.windows(needle.len()).position(|w| w == needle))
            .map(|p| p + from)
    };
    let part = find(body, b"name=\"payload_json\"", 0)
        .and_then(|at| find(body, b"\r\n\r\n", at))
        .map(|at| at + 4);
    let Some(start) = part else { return &[] };
    let end = find(body, format!("\r\n--{boundary}").as_bytes(), start).unwrap_or(start);
    &body[start..end]
}

pub fn slash_data(name: &str, option: &str, value: &str) -> Value {
    json!({"id": "1400000000000000001", "name": name, "type": 1, "options": [{"name": option, "type": 3, "value": value}]})
}

/// The mix the load generator sends: (interaction type, data, the response type a correct
/// answer has).
fn mix() -> Vec<(u8, Value, u64)> {
    vec![
        (2, slash_data("actor", "name", "Mashal"), 4),
        (2, slash_data("timeline", "query", "oct 25"), 4),
        (
            2,
            slash_data("claim", "statement", "Wagner trained Hamas"),
            4,
        ),
        (
            2,
            slash_data("ask", "question", "who is mousa abu marzook"),
            4,
        ),
        (2, slash_data("actor", "name", "hezbollah"), 4),
        (
            2,
            slash_data("claim", "statement", "Israel bombed the al-Ahli hospital"),
            4,
        ),
        (
            4,
            json!({"id": "1400000000000000001", "name": "actor", "type": 1, "options": [{"name": "name", "type": 3, "value": "mashl", "focused": true}]}),
            8,
        ),
        (
            3,
            json!({"custom_id": "src|inss-1784|6", "component_type": 2}),
            4,
        ),
        (3, json!({"custom_id": "tl|-|1|", "component_type": 2}), 7),
        (1, Value::Null, 1),
    ]
}

pub struct LoadConfig {
    pub url: String,
    pub requests: usize,
    pub concurrency: usize,
    /// Share of requests sent with a forged signature (they must get 401).
    pub bad_share: f64,
    /// Stop sending after this long, whatever is left.
    pub max_duration: Duration,
    /// Servers whose memory to sample (Linux /proc).
    pub server_pids: Vec<u32>,
}

#[derive(Debug, Default, Serialize)]
pub struct LoadReport {
    pub sent: usize,
    pub valid: usize,
    pub valid_correct: usize,
    pub forged: usize,
    pub forged_refused: usize,
    /// Requests that got no HTTP answer at all (connection errors, timeouts).
    pub failed: usize,
    pub statuses: BTreeMap<u16, usize>,
    pub seconds: f64,
    pub valid_per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// Summed over the sampled servers: resident memory at the start, the end, and the peak.
    pub rss_start_mb: Option<f64>,
    pub rss_end_mb: Option<f64>,
    pub rss_peak_mb: Option<f64>,
    pub problems: Vec<String>,
    /// Every valid request's latency in milliseconds, sorted, for reports that combine runs.
    #[serde(skip)]
    pub latencies_ms: Vec<f64>,
}

impl LoadReport {
    /// Every valid request answered correctly exactly once, every forged one refused.
    pub fn clean(&self) -> bool {
        self.valid_correct == self.valid && self.forged_refused == self.forged && self.failed == 0
    }
}

impl fmt::Display for LoadReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "sent {} requests in {:.2} s ({} valid, {} forged)",
            self.sent, self.seconds, self.valid, self.forged
        )?;
        writeln!(
            f,
            "valid answered correctly: {}/{}; forged refused: {}/{}; no answer: {}",
            self.valid_correct, self.valid, self.forged_refused, self.forged, self.failed
        )?;
        writeln!(
            f,
            "throughput: {:.0} valid interactions/s",
            self.valid_per_second
        )?;
        writeln!(
            f,
            "latency: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            self.p50_ms, self.p99_ms, self.max_ms
        )?;
        let statuses: Vec<String> = self
            .statuses
            .iter()
            .map(|(s, n)| format!("{s}: {n}"))
            .collect();
        writeln!(f, "statuses: {}", statuses.join(", "))?;
        if let (Some(a), Some(b), Some(p)) = (self.rss_start_mb, self.rss_end_mb, self.rss_peak_mb)
        {
            writeln!(
                f,
                "server RSS: {a:.1} MB at start, {b:.1} MB at end, {p:.1} MB peak"
            )?;
        }
        for p in self.problems.iter().take(10) {
            writeln!(f, "problem: {p}")?;
        }
        Ok(())
    }
}

/// Resident memory of a process in MB, from /proc (Linux only).
pub fn rss_mb(pid: u32, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn total_rss(pids: &[u32], field: &str) -> Option<f64> {
    if pids.is_empty() {
        return None;
    }
    pids.iter().map(|&p| rss_mb(p, field)).sum()
}

struct Prepared {
    body: bytes::Bytes,
    signature: String,
    valid: bool,
    expect: u64,
}

struct Outcome {
    latency: Duration,
    status: Option<u16>,
    valid: bool,
    correct: bool,
    problem: Option<String>,
}

pub async fn run(config: &LoadConfig) -> LoadReport {
    let key = test_signing_key();
    let mix = mix();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(config.concurrency)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("an HTTP client with default settings");
    let next = Arc::new(AtomicUsize::new(0));
    let outcomes = Arc::new(Mutex::new(Vec::with_capacity(config.requests)));
    let rss_start = total_rss(&config.server_pids, "VmRSS:");
    let peak = Arc::new(Mutex::new(rss_start.unwrap_or(0.0)));
    let sampling = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let sampler = {
        let (pids, peak, sampling) = (config.server_pids.clone(), peak.clone(), sampling.clone());
        tokio::spawn(async move {
            while sampling.load(Ordering::Relaxed) {
                if let Some(r) = total_rss(&pids, "VmRSS:") {
                    let mut p = peak.lock().unwrap();
                    *p = p.max(r);
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        })
    };
    // Requests are built and signed before the clock starts, so the generator spends the run
    // sending, not signing, and leaves the CPU to the server it measures.
    let bad_every = if config.bad_share > 0.0 {
        (1.0 / config.bad_share).round().max(1.0) as usize
    } else {
        0
    };
    let timestamp = unix_now().to_string();
    let prepared: Arc<Vec<Prepared>> = Arc::new(
        (0..config.requests)
            .map(|i| {
                let (kind, data, expect) = &mix[i % mix.len()];
                let id = 1_600_000_000_000_000_000 + i as u64 * 2;
                let body = serde_json::to_vec(&interaction(
                    id,
                    *kind,
                    data.clone(),
                    10_000 + (i % 5_000) as u64,
                ))
                .expect("JSON serialises");
                let mut signature = sign(&key, &timestamp, &body);
                let valid = bad_every == 0 || i % bad_every != bad_every / 2;
                if !valid {
                    // Forge: flip one hex digit of a genuine signature.
                    let flipped = if signature.starts_with('0') { "1" } else { "0" };
                    signature.replace_range(0..1, flipped);
                }
                Prepared {
                    body: body.into(),
                    signature,
                    valid,
                    expect: *expect,
                }
            })
            .collect(),
    );
    let started = Instant::now();
    let deadline = started + config.max_duration;
    let workers: Vec<_> = (0..config.concurrency.max(1))
        .map(|_| {
            let (client, next, outcomes, prepared, url, timestamp) = (
                client.clone(),
                next.clone(),
                outcomes.clone(),
                prepared.clone(),
                config.url.clone(),
                timestamp.clone(),
            );
            tokio::spawn(async move {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= prepared.len() || Instant::now() > deadline {
                        break;
                    }
                    let p = &prepared[i];
                    let (valid, expect) = (p.valid, p.expect);
                    let sent = Instant::now();
                    let response = client
                        .post(&url)
                        .header("content-type", "application/json")
                        .header("x-signature-ed25519", p.signature.as_str())
                        .header("x-signature-timestamp", timestamp.as_str())
                        .body(p.body.clone())
                        .send()
                        .await;
                    let outcome = match response {
                        Ok(r) => {
                            let status = r.status().as_u16();
                            let content_type = r
                                .headers()
                                .get("content-type")
                                .and_then(|v| v.to_str().ok())
                                .unwrap_or("")
                                .to_string();
                            let bytes = r.bytes().await.unwrap_or_default();
                            let latency = sent.elapsed();
                            let (correct, problem) = if valid {
                                let v: Value =
                                    serde_json::from_slice(payload_json(&content_type, &bytes))
                                        .unwrap_or(Value::Null);
                                let ok = status == 200
                                    && v["type"].as_u64() == Some(expect)
                                    && (expect != 4 || !v["data"].is_null());
                                (
                                    ok,
                                    (!ok).then(|| {
                                        format!(
                                            "request {i}: status {status}, body {}",
                                            String::from_utf8_lossy(&bytes)
                                        )
                                    }),
                                )
                            } else {
                                let ok = status == 401;
                                (
                                    ok,
                                    (!ok)
                                        .then(|| format!("forged request {i} got status {status}")),
                                )
                            };
                            Outcome {
                                latency,
                                status: Some(status),
                                valid,
                                correct,
                                problem,
                            }
                        }
                        Err(e) => Outcome {
                            latency: sent.elapsed(),
                            status: None,
                            valid,
                            correct: false,
                            problem: Some(format!("request {i}: {e}")),
                        },
                    };
                    outcomes.lock().unwrap().push(outcome);
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.await;
    }
    let seconds = started.elapsed().as_secs_f64();
    sampling.store(false, Ordering::Relaxed);
    let _ = sampler.await;
    let outcomes = std::mem::take(&mut *outcomes.lock().unwrap());
    let mut report = LoadReport {
        sent: outcomes.len(),
        seconds,
        ..LoadReport::default()
    };
    let mut latencies: Vec<Duration> = Vec::with_capacity(outcomes.len());
    for o in outcomes {
        match o.status {
            Some(s) => *report.statuses.entry(s).or_default() += 1,
            None => report.failed += 1,
        }
        if o.valid {
            report.valid += 1;
            report.valid_correct += usize::from(o.correct);
            latencies.push(o.latency);
        } else {
            report.forged += 1;
            report.forged_refused += usize::from(o.correct);
        }
        if let Some(p) = o.problem {
            report.problems.push(p);
        }
    }
    latencies.sort();
    report.latencies_ms = latencies.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
    let pct = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    report.p50_ms = pct(0.50);
    report.p99_ms = pct(0.99);
    report.max_ms = latencies.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    report.valid_per_second = report.valid_correct as f64 / seconds.max(1e-9);
    report.rss_start_mb = rss_start;
    report.rss_end_mb = total_rss(&config.server_pids, "VmRSS:");
    report.rss_peak_mb = if config.server_pids.is_empty() {
        None
    } else {
        let sampled = *peak.lock().unwrap();
        Some(sampled.max(total_rss(&config.server_pids, "VmHWM:").unwrap_or(0.0)))
    };
    report
}

/// The value at quantile `q` of sorted values (0 when there are none).
pub fn percentile(sorted: &[f64], q: f64) -> f64 {
    sorted
        .get(((sorted.len() as f64 * q) as usize).min(sorted.len().saturating_sub(1)))
        .copied()
        .unwrap_or(0.0)
}
