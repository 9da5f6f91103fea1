//! The one harness for running the `briefbot` binary: a command for runs that finish on their
//! own, and [`Child`] for servers, which reads the child's log as it comes, waits for a log line
//! instead of sleeping, stops the child with SIGTERM and kills it if a test fails first.
//!
//! Servers are started on port 0 and the harness reads back the address they chose from their
//! log, so no port is picked by binding and dropping a socket (another process could take it
//! before the child binds it).

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;

use super::repo;

/// How long a child gets for anything it is waited for: starting, logging, stopping. Generous,
/// because two cores are shared by many test processes; waits end as soon as the event happens.
pub const DEADLINE: Duration = Duration::from_secs(30);

/// The `briefbot` binary, run in the repository root with no knowledge-base or database
/// override from the environment of whoever runs the tests. Its data directory (the default
/// question log and its secret) is a temporary one per test binary, so servers started by tests
/// never write into the repository.
pub fn command() -> Command {
    static DATA: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let data = DATA.get_or_init(|| tempfile::tempdir().expect("temp dir"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_briefbot"));
    cmd.current_dir(repo())
        .env_remove("BRIEFBOT_KNOWLEDGE")
        .env_remove("BRIEFBOT_EMBEDDINGS")
        .env_remove("BRIEFBOT_DATABASE")
        .env_remove("BRIEFBOT_LOG_SECRET")
        .env("BRIEFBOT_DATA_DIR", data.path());
    cmd
}

/// What the child has written to stderr so far, and whether it has closed it.
#[derive(Default)]
struct Log {
    text: String,
    closed: bool,
}

/// A running `briefbot` whose stderr (its log) the harness reads on a thread of its own, so a
/// chatty child never blocks on a full pipe.
pub struct Child {
    child: Option<std::process::Child>,
    log: Arc<Mutex<Log>>,
    changed: Arc<Notify>,
}

impl Child {
    /// Starts `cmd` (usually [`command`] with arguments) with stderr captured. Logging is set to
    /// briefbot's info level unless the command sets `RUST_LOG` itself, because the harness
    /// waits for info lines.
    pub fn spawn(mut cmd: Command) -> Child {
        if !cmd.get_envs().any(|(k, _)| k == "RUST_LOG") {
            cmd.env("RUST_LOG", "briefbot=info,serenity=warn");
        }
        let mut child = cmd.stderr(Stdio::piped()).spawn().expect("start briefbot");
        let stderr = child.stderr.take().expect("stderr is piped");
        let log = Arc::new(Mutex::new(Log::default()));
        let changed = Arc::new(Notify::new());
        let (reader_log, reader_changed) = (log.clone(), changed.clone());
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stderr);
            let mut line = String::new();
            while matches!(lines.read_line(&mut line), Ok(n) if n > 0) {
                reader_log.lock().unwrap().text.push_str(&line);
                line.clear();
                reader_changed.notify_waiters();
            }
            reader_log.lock().unwrap().closed = true;
            reader_changed.notify_waiters();
        });
        Child {
            child: Some(child),
            log,
            changed,
        }
    }

    pub fn id(&self) -> u32 {
        self.child.as_ref().expect("running").id()
    }

    /// Everything the child has logged so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap().text.clone()
    }

    /// Waits until the child logs a line containing `needle`, and returns that line. Panics,
    /// with the log so far, if the child closes its log first or the deadline passes.
    pub async fn line(&self, needle: &str) -> String {
        let deadline = tokio::time::Instant::now() + DEADLINE;
        loop {
            // Registered before the check, so a line logged between the check and the wait
            // still wakes this waiter.
            let notified = self.changed.notified();
            {
                let log = self.log.lock().unwrap();
                if let Some(line) = log.text.lines().find(|l| l.contains(needle)) {
                    return line.to_string();
                }
                if log.closed {
                    panic!("briefbot exited without logging {needle:?}:\n{}", log.text);
                }
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!(
                    "briefbot did not log {needle:?} within {DEADLINE:?}:\n{}",
                    self.log()
                );
            }
        }
    }

    /// Waits for the log line containing `message` and returns the address in its `addr=`
    /// field: the address the server actually bound, which for port 0 is the port it chose.
    pub async fn bound_addr(&self, message: &str) -> SocketAddr {
        let line = self.line(message).await;
        let addr = line
            .split_whitespace()
            .find_map(|field| field.strip_prefix("addr="))
            .unwrap_or_else(|| panic!("no addr= field in {line:?}"));
        addr.parse()
            .unwrap_or_else(|e| panic!("addr= in {line:?} is not an address: {e}"))
    }

    /// Sends a signal by name (`TERM`, `HUP`) with the system's `kill`.
    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([format!("-{name}"), self.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{name} failed: {status}");
    }

    /// Stops the child with SIGTERM, as a service manager would, and returns how it exited and
    /// its whole log. A child that does not stop within the deadline is killed and the test
    /// fails.
    pub async fn stop(mut self) -> (ExitStatus, String) {
        self.signal("TERM");
        let mut child = self.child.take().expect("running");
        let pid = child.id();
        let waited = tokio::time::timeout(
            DEADLINE,
            tokio::task::spawn_blocking(move || child.wait().expect("wait for briefbot")),
        )
        .await;
        let Ok(status) = waited else {
            // The waiting thread owns the child; SIGKILL by id ends it, and that thread with it.
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
            panic!(
                "briefbot did not stop within {DEADLINE:?} of SIGTERM:\n{}",
                self.log()
            );
        };
        let status = status.expect("the waiting thread");
        // The child has exited, so its stderr closes; wait for the reader to take the rest.
        self.closed().await;
        (status, self.log())
    }

    async fn closed(&self) {
        let deadline = tokio::time::Instant::now() + DEADLINE;
        loop {
            let notified = self.changed.notified();
            if self.log.lock().unwrap().closed {
                return;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!("briefbot's stderr stayed open after it exited");
            }
        }
    }
}

impl Drop for Child {
    /// A test that fails half-way must not leave a server running.
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
