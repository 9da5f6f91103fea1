//! The question log: every question asked and every vote on an answer, kept in a database so
//! that a curator can see what the knowledge base is missing (`briefbot gaps`, `briefbot stats`).
//!
//! Answers never wait for the log. Front ends hand records to [`QuestionLog::submit`], which
//! puts them on a bounded queue and returns at once; a background thread takes them off in
//! batches and writes each batch in one transaction. When the database is slow or down the
//! writer keeps its batch and retries with backoff while the queue fills; what no longer fits
//! is dropped and counted (a Prometheus counter and `/healthz`), never lost silently.
//!
//! Users are never stored by their Discord id: [`QuestionLog::user_hash`] is an HMAC of the id
//! under a secret kept outside the database, so the log can count distinct people without
//! being able to name them.

pub mod postgres;
pub mod report;
pub mod secret;
pub mod sqlite;
pub mod store;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

pub use store::{Database, LogStore, StoreError};

/// One entry an answer showed (or, for a question nothing answered, one nearest entry).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopEntry {
    pub id: String,
    pub brief: String,
    pub title: String,
    pub score: f32,
}

/// One question, as logged.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// The interaction's or message's id: unique, so a question is logged once however often
    /// its batch is retried.
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    /// The command as the user invoked it: `actor`, `ask`, … or `dm` and `mention`.
    pub command: String,
    pub query: String,
    /// The brief the question was scoped to, if any.
    pub brief: Option<String>,
    /// `answered` or `no_match`.
    pub outcome: String,
    pub top: Vec<TopEntry>,
    /// Time to build the answer, in microseconds.
    pub latency_us: i64,
    /// The server it was asked in; `None` in a direct message.
    pub guild: Option<String>,
    /// [`QuestionLog::user_hash`] of the asker.
    pub user_hash: String,
}

/// Why a reader pressed 👎, from the follow-up menu.
pub const REASONS: [(&str, &str); 4] = [
    ("wrong_entry", "It answered with the wrong entry"),
    ("not_in_brief", "The brief does not cover this"),
    ("missing_citation", "A citation is missing"),
    ("other", "Something else"),
];

/// One reader's vote on one answer. A later vote by the same reader replaces it.
#[derive(Clone, Debug, PartialEq)]
pub struct Vote {
    pub question_id: i64,
    pub user_hash: String,
    pub up: bool,
    /// One of [`REASONS`]' keys, for a 👎 with a follow-up.
    pub reason: Option<String>,
    pub at: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Question(Question),
    Vote(Vote),
}

/// How the log is configured.
#[derive(Clone, Debug)]
pub struct LogConfig {
    /// Records waiting to be written; past this, new ones are dropped and counted.
    pub queue: usize,
    /// Most records written in one transaction.
    pub batch: usize,
    /// How long the writer waits for more records to fill a batch after the first arrives.
    pub linger: Duration,
    /// Rows older than this are purged (at start, then every `purge_every`).
    pub retention: Duration,
    pub purge_every: Duration,
    /// The first and the longest wait between retries of a failed write.
    pub backoff: (Duration, Duration),
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            queue: 10_000,
            batch: 500,
            linger: Duration::from_millis(20),
            retention: Duration::from_secs(90 * 86_400),
            purge_every: Duration::from_secs(3600),
            backoff: (Duration::from_millis(100), Duration::from_secs(5)),
        }
    }
}

/// What `/healthz` shows about the log.
#[derive(Clone, Debug, Serialize)]
pub struct LogStatus {
    pub database: String,
    /// Records accepted onto the queue.
    pub accepted: u64,
    /// Records the database has taken (including repeats it ignored).
    pub written: u64,
    /// Records dropped because the queue was full or the database never came back.
    pub dropped: u64,
    /// `ok`, or `failing` while writes fail and are being retried.
    pub state: &'static str,
    /// The last write error, while failing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
}

/// Counters the writer and the submitters share.
#[derive(Default)]
struct Shared {
    accepted: AtomicU64,
    written: AtomicU64,
    /// Dropped at submission, because the queue was full.
    dropped_full: AtomicU64,
    /// Dropped by the writer, because the database did not come back before shutdown.
    dropped_unwritten: AtomicU64,
    failing: AtomicBool,
    last_error: Mutex<Option<String>>,
    /// Set by [`QuestionLog::close`]: the writer stops retrying after it.
    close_by: Mutex<Option<Instant>>,
    /// Signalled after every batch the writer finishes, for [`QuestionLog::flush`].
    progress: (Mutex<()>, Condvar),
}

impl Shared {
    fn dropped(&self) -> u64 {
        self.dropped_full.load(Ordering::SeqCst) + self.dropped_unwritten.load(Ordering::SeqCst)
    }

    /// Records the writer has finished with, written or given up on.
    fn finished(&self) -> u64 {
        self.written.load(Ordering::SeqCst) + self.dropped_unwritten.load(Ordering::SeqCst)
    }

    fn notify(&self) {
        let (lock, cv) = &self.progress;
        let _guard = lock.lock().expect("progress lock");
        cv.notify_all();
    }

    fn closing_past_deadline(&self) -> bool {
        self.close_by
            .lock()
            .expect("close lock")
            .is_some_and(|t| Instant::now() >= t)
    }
}

/// Prometheus counters the log updates, if metrics are exposed.
#[derive(Clone)]
pub struct LogCounters {
    pub written: prometheus::IntCounter,
    pub dropped: prometheus::IntCounter,
}

pub struct QuestionLog {
    tx: Mutex<Option<SyncSender<Record>>>,
    key: Hmac<Sha256>,
    shared: Arc<Shared>,
    counters: Option<LogCounters>,
    database: String,
    writer: Mutex<Option<JoinHandle<()>>>,
    /// Where `/gaps` reads from: the same database, on a connection of its own.
    reader: Mutex<Option<Database>>,
}

impl QuestionLog {
    /// Starts the background writer on `store`. `secret` keys the user hash.
    pub fn start(
        store: Box<dyn LogStore>,
        database: String,
        secret: &[u8],
        config: LogConfig,
        counters: Option<LogCounters>,
    ) -> Arc<QuestionLog> {
        let (tx, rx) = mpsc::sync_channel(config.queue.max(1));
        let shared = Arc::new(Shared::default());
        let writer = {
            let (shared, counters) = (shared.clone(), counters.clone());
            std::thread::Builder::new()
                .name("question-log".into())
                .spawn(move || write_loop(store, rx, config, &shared, counters.as_ref()))
                .expect("start the question log's writer thread")
        };
        Arc::new(QuestionLog {
            tx: Mutex::new(Some(tx)),
            key: Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes a key of any length"),
            shared,
            counters,
            database,
            writer: Mutex::new(Some(writer)),
            reader: Mutex::new(None),
        })
    }

    /// Lets `/gaps` read the log from `database` (the one the writer writes to).
    pub fn set_reader(&self, database: Database) {
        *self.reader.lock().expect("reader lock") = Some(database);
    }

    /// The gaps of one server's questions, read on a thread of its own: the blocking database
    /// clients must not run on the async runtime's threads, and `/gaps` is rare enough that a
    /// short-lived thread costs nothing that matters.
    pub fn gaps_in(
        &self,
        guild: u64,
        since_secs: u64,
        limit: usize,
    ) -> Result<Vec<report::Gap>, String> {
        let database = self
            .reader
            .lock()
            .expect("reader lock")
            .clone()
            .ok_or_else(|| "this bot's question log cannot be read back".to_string())?;
        std::thread::scope(|s| {
            s.spawn(|| {
                let mut store = database.open().map_err(|e| e.to_string())?;
                let since = now() - since_secs as i64;
                let guild = guild.to_string();
                let questions: Vec<Question> = store
                    .questions(since, None)
                    .map_err(|e| e.to_string())?
                    .into_iter()
                    .filter(|q| q.guild.as_deref() == Some(guild.as_str()))
                    .collect();
                let votes = store.votes(since).map_err(|e| e.to_string())?;
                Ok(report::gaps(&questions, &votes, limit))
            })
            .join()
            .unwrap_or_else(|_| Err("reading the question log failed".to_string()))
        })
    }

    /// The keyed hash a user is logged under: the same user gets the same hash under the same
    /// secret, and without the secret the hash cannot be traced back to the id (Discord ids
    /// are few enough to try them all against a plain hash, which is why this is keyed).
    pub fn user_hash(&self, user: Option<u64>) -> String {
        let mut mac = self.key.clone();
        mac.update(&user.unwrap_or(0).to_be_bytes());
        let bytes = mac.finalize().into_bytes();
        bytes[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Queues a record without waiting. A full queue drops the record and counts it.
    pub fn submit(&self, record: Record) {
        let sent = match self.tx.lock().expect("log sender lock").as_ref() {
            Some(tx) => match tx.try_send(record) {
                Ok(()) => true,
                Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => false,
            },
            None => false,
        };
        if sent {
            self.shared.accepted.fetch_add(1, Ordering::SeqCst);
        } else {
            self.shared.dropped_full.fetch_add(1, Ordering::SeqCst);
            if let Some(c) = &self.counters {
                c.dropped.inc();
            }
        }
    }

    pub fn status(&self) -> LogStatus {
        let failing = self.shared.failing.load(Ordering::SeqCst);
        LogStatus {
            database: self.database.clone(),
            accepted: self.shared.accepted.load(Ordering::SeqCst),
            written: self.shared.written.load(Ordering::SeqCst),
            dropped: self.shared.dropped(),
            state: if failing { "failing" } else { "ok" },
            last_error: if failing {
                self.shared.last_error.lock().expect("error lock").clone()
            } else {
                None
            },
        }
    }

    /// Waits until the writer has finished with every accepted record, or `timeout` passes.
    /// Returns whether it has.
    pub fn flush(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let (lock, cv) = &self.shared.progress;
        let mut guard = lock.lock().expect("progress lock");
        loop {
            if self.shared.finished() >= self.shared.accepted.load(Ordering::SeqCst) {
                return true;
            }
            let now = Instant::now();
            if now >= deadline {
                return false;
            }
            guard = cv
                .wait_timeout(guard, deadline - now)
                .expect("progress lock")
                .0;
        }
    }

    /// Stops accepting records and writes what is queued, retrying a failing database for up
    /// to `timeout`; what is still unwritten then is counted as dropped. Then the writer stops.
    pub fn close(&self, timeout: Duration) {
        *self.shared.close_by.lock().expect("close lock") = Some(Instant::now() + timeout);
        self.tx.lock().expect("log sender lock").take();
        if let Some(writer) = self.writer.lock().expect("writer lock").take() {
            let _ = writer.join();
        }
    }
}

impl Drop for QuestionLog {
    fn drop(&mut self) {
        self.close(Duration::from_secs(2));
    }
}

/// The writer: batches records off the queue, writes each batch in one transaction, retries a
/// failed batch with backoff, and purges expired rows.
fn write_loop(
    mut store: Box<dyn LogStore>,
    rx: mpsc::Receiver<Record>,
    config: LogConfig,
    shared: &Shared,
    counters: Option<&LogCounters>,
) {
    let mut next_purge = Instant::now();
    let mut batch: Vec<Record> = Vec::with_capacity(config.batch);
    let mut open = true;
    while open || !batch.is_empty() {
        if Instant::now() >= next_purge {
            purge(store.as_mut(), config.retention, shared);
            next_purge = Instant::now() + config.purge_every;
        }
        if batch.is_empty() {
            match rx.recv_timeout(next_purge.saturating_duration_since(Instant::now())) {
                Ok(r) => batch.push(r),
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        // Fill the batch: what is already queued, then whatever arrives within the linger.
        let linger_until = Instant::now() + config.linger;
        while batch.len() < config.batch {
            match rx.try_recv() {
                Ok(r) => batch.push(r),
                Err(mpsc::TryRecvError::Empty) => {
                    match rx.recv_timeout(linger_until.saturating_duration_since(Instant::now())) {
                        Ok(r) => batch.push(r),
                        Err(RecvTimeoutError::Timeout) => break,
                        Err(RecvTimeoutError::Disconnected) => {
                            open = false;
                            break;
                        }
                    }
                }
                Err(mpsc::TryRecvError::Disconnected) => {
                    open = false;
                    break;
                }
            }
        }
        let n = batch.len() as u64;
        if write_with_retry(store.as_mut(), &batch, &config, shared) {
            shared.written.fetch_add(n, Ordering::SeqCst);
            if let Some(c) = counters {
                c.written.inc_by(n);
            }
        } else {
            shared.dropped_unwritten.fetch_add(n, Ordering::SeqCst);
            if let Some(c) = counters {
                c.dropped.inc_by(n);
            }
            tracing::warn!(
                records = n,
                "the question log could not be written before shutdown; these records are lost"
            );
        }
        batch.clear();
        shared.notify();
    }
}

/// Writes one batch, retrying with backoff until it is written (true) or the log is closing
/// and its deadline has passed (false).
fn write_with_retry(
    store: &mut dyn LogStore,
    batch: &[Record],
    config: &LogConfig,
    shared: &Shared,
) -> bool {
    let mut wait = config.backoff.0;
    loop {
        match store.write(batch) {
            Ok(()) => {
                if shared.failing.swap(false, Ordering::SeqCst) {
                    tracing::info!("the question log's database is back; writing resumed");
                }
                return true;
            }
            Err(e) => {
                if !shared.failing.swap(true, Ordering::SeqCst) {
                    tracing::warn!(error = %e, "cannot write the question log; retrying with backoff, answers are unaffected");
                }
                *shared.last_error.lock().expect("error lock") = Some(e.to_string());
                shared.notify();
            }
        }
        // Wait in short steps so that shutdown is not held up by a long backoff.
        let until = Instant::now() + wait;
        while Instant::now() < until {
            if shared.closing_past_deadline() {
                return false;
            }
            std::thread::sleep(Duration::from_millis(10).min(wait));
        }
        if shared.closing_past_deadline() {
            return false;
        }
        wait = (wait * 2).min(config.backoff.1);
    }
}

fn purge(store: &mut dyn LogStore, retention: Duration, shared: &Shared) {
    let before = crate::unix_now() as i64 - retention.as_secs() as i64;
    match store.purge(before) {
        Ok(0) => {}
        Ok(n) => tracing::info!(rows = n, "purged question log rows past their retention"),
        Err(e) => {
            // A failed purge is tried again at the next interval; it never blocks writing.
            tracing::warn!(error = %e, "could not purge the question log");
            *shared.last_error.lock().expect("error lock") = Some(e.to_string());
        }
    }
}

/// Unix seconds, as the log stores them.
pub fn now() -> i64 {
    crate::unix_now() as i64
}
