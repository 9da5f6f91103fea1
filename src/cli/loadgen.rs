//! `briefbot loadgen`: sends the signed load to `--url`, or to a `serve-http` process of its own
//! started for the run.

use std::ffi::OsString;
use std::io::{BufRead as _, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, ChildStdout, Command, ExitCode, Stdio};
use std::time::Duration;

use ed25519_dalek::SigningKey;

use crate::loadgen::{self, LoadConfig};

use super::config::{LoadTarget, Loadgen};
use super::error::CliError;
use super::output::print_report;
use super::serve::{listening_address, runtime, LISTENING_ON};

/// Runs the load and prints the report; exits 1 if any answer was wrong or missing.
pub(super) fn loadgen(args: Loadgen) -> Result<ExitCode, CliError> {
    if args.log_cost {
        return log_cost(args);
    }
    let key = loadgen::test_signing_key();
    let runtime = runtime()?;
    let (url, server_pids, server) = match args.target {
        LoadTarget::Url { url, server_pids } => (url, server_pids, None),
        LoadTarget::OwnServer { knowledge } => {
            // A load test is not readers' questions: its own server logs nothing.
            let no_log = [OsString::from("--no-question-log")];
            let server = OwnServer::start(knowledge.as_deref(), &key, &no_log)?;
            let url = format!("http://{}/interactions", server.addr);
            (url, vec![server.child.id()], Some(server))
        }
    };
    let config = LoadConfig {
        url,
        requests: args.requests,
        concurrency: args.concurrency,
        bad_share: args.bad_share,
        max_duration: args.max_duration,
        server_pids,
    };
    let report = runtime.block_on(async {
        wait_until_healthy(&config.url).await;
        loadgen::run(&config).await
    });
    // Dropping the server stops it; its memory has been measured by now.
    drop(server);
    let printed = print_report(&report, args.json, true);
    Ok(if report.clean() {
        printed
    } else {
        ExitCode::from(1)
    })
}

/// Rounds the log-cost run alternates over, so that both servers see the same moments of the
/// machine's other load.
const ROUNDS: usize = 10;

/// What the question log costs answers: the same load, in alternating rounds, against one server
/// with the log (SQLite in a temporary directory) and one without, then both sets of latencies.
#[derive(serde::Serialize)]
struct LogCost {
    requests_each: usize,
    without_log: Side,
    with_log: Side,
    /// From the logging server's `/healthz` after the run.
    logged: u64,
    dropped: u64,
    problems: Vec<String>,
}

#[derive(serde::Serialize)]
struct Side {
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    valid_per_second: f64,
}

impl std::fmt::Display for LogCost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{} requests to each server, in {ROUNDS} alternating rounds",
            self.requests_each
        )?;
        for (name, s) in [
            ("without the log", &self.without_log),
            ("with the log", &self.with_log),
        ] {
            writeln!(
                f,
                "{name:>16}: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms, {:.0} interactions/s",
                s.p50_ms, s.p99_ms, s.max_ms, s.valid_per_second
            )?;
        }
        writeln!(
            f,
            "the logging server wrote {} records and dropped {}",
            self.logged, self.dropped
        )?;
        for p in self.problems.iter().take(10) {
            writeln!(f, "problem: {p}")?;
        }
        Ok(())
    }
}

fn log_cost(args: Loadgen) -> Result<ExitCode, CliError> {
    let key = loadgen::test_signing_key();
    let runtime = runtime()?;
    let knowledge = match &args.target {
        LoadTarget::OwnServer { knowledge } => knowledge.clone(),
        LoadTarget::Url { .. } => None,
    };
    let dir = std::env::temp_dir().join(format!("briefbot-log-cost-{}", std::process::id()));
    let without = OwnServer::start(
        knowledge.as_deref(),
        &key,
        &[OsString::from("--no-question-log")],
    )?;
    let with = OwnServer::start(
        knowledge.as_deref(),
        &key,
        &[OsString::from("--data-dir"), dir.clone().into_os_string()],
    )?;
    let urls = [without.addr, with.addr].map(|a| format!("http://{a}/interactions"));
    let per_round = (args.requests / ROUNDS).max(1);
    let (mut lat, mut secs, mut valid, mut problems) = (
        [Vec::new(), Vec::new()],
        [0.0f64; 2],
        [0usize; 2],
        Vec::new(),
    );
    let health = runtime.block_on(async {
        for url in &urls {
            wait_until_healthy(url).await;
        }
        for round in 0..ROUNDS {
            // Alternate which server goes first, so neither always follows the other.
            let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
            for side in order {
                let report = loadgen::run(&LoadConfig {
                    url: urls[side].clone(),
                    requests: per_round,
                    concurrency: args.concurrency,
                    bad_share: 0.0,
                    max_duration: args.max_duration,
                    server_pids: Vec::new(),
                })
                .await;
                lat[side].extend(report.latencies_ms.iter().copied());
                secs[side] += report.seconds;
                valid[side] += report.valid_correct;
                problems.extend(report.problems);
            }
        }
        let health_url = urls[1].replace("/interactions", "/healthz");
        // The writer batches within a few milliseconds; read its counts once it has caught up.
        let mut status = serde_json::Value::Null;
        for _ in 0..50 {
            if let Ok(r) = reqwest::get(&health_url).await {
                let bytes = r.bytes().await.unwrap_or_default();
                status = serde_json::from_slice(&bytes).unwrap_or_default();
                let q = &status["question_log"];
                let done = q["written"].as_u64().unwrap_or(0) + q["dropped"].as_u64().unwrap_or(0);
                if done >= q["accepted"].as_u64().unwrap_or(0) {
                    break;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        status
    });
    drop((without, with));
    let _ = std::fs::remove_dir_all(&dir);
    let mut side = |i: usize| {
        lat[i].sort_by(f64::total_cmp);
        Side {
            p50_ms: loadgen::percentile(&lat[i], 0.5),
            p99_ms: loadgen::percentile(&lat[i], 0.99),
            max_ms: lat[i].last().copied().unwrap_or(0.0),
            valid_per_second: valid[i] as f64 / secs[i].max(1e-9),
        }
    };
    let report = LogCost {
        requests_each: per_round * ROUNDS,
        without_log: side(0),
        with_log: side(1),
        logged: health["question_log"]["written"].as_u64().unwrap_or(0),
        dropped: health["question_log"]["dropped"].as_u64().unwrap_or(0),
        problems,
    };
    let clean = report.problems.is_empty();
    let printed = print_report(&report, args.json, true);
    Ok(if clean { printed } else { ExitCode::from(1) })
}

/// Waits up to ten seconds for the server's `/healthz` to answer, so a server that is still
/// loading its knowledge base does not count as failed requests. The load starts either way.
async fn wait_until_healthy(url: &str) {
    let health = url
        .trim_end_matches("/interactions")
        .trim_end_matches('/')
        .to_string()
        + "/healthz";
    for _ in 0..100 {
        if reqwest::get(&health)
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A `serve-http` process started for the run, in a process of its own so that its memory is
/// measured on its own. It is stopped when dropped.
struct OwnServer {
    child: Child,
    addr: SocketAddr,
    /// Held open so that the server never writes to a closed pipe.
    stdout: BufReader<ChildStdout>,
}

impl OwnServer {
    /// Starts the server on a port the system chooses and reads the address back from its
    /// [`LISTENING_ON`] line. Choosing a free port here and passing it on would race with any
    /// other process that binds in between.
    fn start(
        knowledge: Option<&Path>,
        key: &SigningKey,
        log_args: &[OsString],
    ) -> Result<OwnServer, CliError> {
        let exe = std::env::current_exe().map_err(CliError::SpawnServer)?;
        let mut cmd = Command::new(exe);
        cmd.args(["serve-http", "--bind", "127.0.0.1:0", "--cooldown-max", "0"])
            .args(log_args)
            .env("DISCORD_PUBLIC_KEY", loadgen::public_key_hex(key))
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped());
        if let Some(k) = knowledge {
            cmd.arg("--knowledge").arg(k);
        }
        let mut child = cmd.spawn().map_err(CliError::SpawnServer)?;
        let stdout = child.stdout.take().expect("stdout is piped");
        // From here on, `server` stops the child on every early return.
        let mut server = OwnServer {
            child,
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            stdout: BufReader::new(stdout),
        };
        server.addr = server.read_address()?;
        Ok(server)
    }

    /// Reads the server's first line. It comes once the server listens; end of file means the
    /// server exited (its error went to our stderr).
    fn read_address(&mut self) -> Result<SocketAddr, CliError> {
        let mut line = String::new();
        match self.stdout.read_line(&mut line) {
            Ok(0) => Err(CliError::ServerNotListening("it printed nothing".into())),
            Ok(_) => listening_address(&line).ok_or_else(|| {
                CliError::ServerNotListening(format!(
                    "its first line was {:?}, not `{LISTENING_ON}ADDR`",
                    line.trim_end()
                ))
            }),
            Err(e) => Err(CliError::ServerNotListening(e.to_string())),
        }
    }
}

impl Drop for OwnServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
