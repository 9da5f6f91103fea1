//! `briefbot loadgen`: sends the signed load to `--url`, or to a `serve-http` process of its own
//! started for the run.

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
    let key = loadgen::test_signing_key();
    let runtime = runtime()?;
    let (url, server_pids, server) = match args.target {
        LoadTarget::Url { url, server_pids } => (url, server_pids, None),
        LoadTarget::OwnServer { knowledge } => {
            let server = OwnServer::start(knowledge.as_deref(), &key)?;
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
    fn start(knowledge: Option<&Path>, key: &SigningKey) -> Result<OwnServer, CliError> {
        let exe = std::env::current_exe().map_err(CliError::SpawnServer)?;
        let mut cmd = Command::new(exe);
        cmd.args(["serve-http", "--bind", "127.0.0.1:0", "--cooldown-max", "0"])
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
