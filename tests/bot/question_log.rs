//! The question log end to end: answers carry 👍/👎, votes are recorded once per reader and can
//! be changed, every question through the gateway and the HTTP endpoint is logged exactly once,
//! the raw user id is never written, retention purges old rows, and a database that goes away
//! in the middle of a load leaves answers unaffected, with what was lost counted.
//!
//! SQLite tests use a real file in a temporary directory; PostgreSQL tests use the server named
//! by `BRIEFBOT_TEST_POSTGRES` (which `.ci/run` starts).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use briefbot::discord::cooldown::Cooldown;
use briefbot::endpoint::EndpointConfig;
use briefbot::live::LiveEngine;
use briefbot::loadgen::{interaction, slash_data};
use briefbot::metrics::Metrics;
use briefbot::qlog::{
    Database, LogConfig, LogStore, Question, QuestionLog, Record, StoreError, TopEntry, Vote,
};
use briefbot::unix_now;
use serde_json::{json, Value};
use tokio::sync::oneshot;

use crate::support::{endpoint_state, engine, test_config, Client, TestEndpoint};

const SECRET: &[u8] = b"a test secret of enough length";
const EPHEMERAL: u64 = 1 << 6;

/// A log on `store`, with a short linger so tests are quick, and the given queue size.
fn start_log(
    store: Box<dyn LogStore>,
    queue: usize,
    metrics: Option<&Metrics>,
) -> Arc<QuestionLog> {
    QuestionLog::start(
        store,
        "test".into(),
        SECRET,
        LogConfig {
            queue,
            linger: Duration::from_millis(5),
            backoff: (Duration::from_millis(20), Duration::from_millis(200)),
            ..LogConfig::default()
        },
        metrics.map(Metrics::log_counters),
    )
}

fn sqlite(dir: &Path) -> (PathBuf, Box<dyn LogStore>) {
    let path = dir.join("data").join("log.sqlite3");
    let store = Database::Sqlite(path.clone()).open().expect("open SQLite");
    (path, store)
}

/// Reads a database back (SQLite or PostgreSQL) on a thread of its own: the blocking
/// PostgreSQL client must not run on the async runtime's threads.
fn read_back(db: &Database) -> (Vec<Question>, Vec<Vote>) {
    let db = db.clone();
    std::thread::spawn(move || {
        let mut store = db.open().expect("open the database");
        (
            store.questions(0, None).expect("questions"),
            store.votes(0).expect("votes"),
        )
    })
    .join()
    .expect("reader thread")
}

/// The PostgreSQL server to test against: a fresh database on `BRIEFBOT_TEST_POSTGRES` for
/// each test. `None` (the test is skipped, saying so) only when the variable is unset outside
/// CI; in CI a missing server fails the test.
fn postgres() -> Option<Database> {
    let Ok(url) = std::env::var("BRIEFBOT_TEST_POSTGRES") else {
        if std::env::var_os("CI").is_some() {
            panic!(
                "BRIEFBOT_TEST_POSTGRES is not set in CI: .ci/run must start PostgreSQL and \
                 export its URL"
            );
        }
        eprintln!(
            "skipped: set BRIEFBOT_TEST_POSTGRES=postgres://user@host:port/db to run the \
             PostgreSQL tests (.ci/run does)"
        );
        return None;
    };
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let name = format!(
        "briefbot_test_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    );
    let admin = url.clone();
    let created = name.clone();
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&admin, postgres::NoTls)
            .unwrap_or_else(|e| panic!("connect to BRIEFBOT_TEST_POSTGRES ({admin}): {e}"));
        c.batch_execute(&format!("CREATE DATABASE {created}"))
            .expect("create a test database");
    })
    .join()
    .expect("create database thread");
    // The same server and user, the new database.
    let (base, _) = url.rsplit_once('/').expect("a URL with a database name");
    Some(Database::Postgres(format!("{base}/{name}")))
}

/// The HTTP endpoint, in process, with `log`.
/// The endpoint with the question log `log`. Pictures are tested on their own; here every
/// answer is JSON the test reads.
async fn endpoint(log: Option<Arc<QuestionLog>>, metrics: Arc<Metrics>) -> TestEndpoint {
    let config = EndpointConfig {
        log,
        pictures: briefbot::discord::Pictures::Off,
        ..test_config()
    };
    TestEndpoint::serve(endpoint_state(config, metrics)).await
}

fn button(id: u64, custom_id: &str, user: u64) -> Value {
    interaction(
        id,
        3,
        json!({"custom_id": custom_id, "component_type": 2}),
        user,
    )
}

fn select(id: u64, custom_id: &str, value: &str, user: u64) -> Value {
    interaction(
        id,
        3,
        json!({"custom_id": custom_id, "component_type": 3, "values": [value]}),
        user,
    )
}

/// Every custom_id in a response's components.
fn custom_ids(response: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for row in response["data"]["components"]
        .as_array()
        .into_iter()
        .flatten()
    {
        for c in row["components"].as_array().into_iter().flatten() {
            out.push(c["custom_id"].as_str().unwrap_or_default().to_string());
        }
    }
    out
}

fn private_ack(response: &Value) {
    assert_eq!(response["type"], 4, "{response}");
    assert_eq!(
        response["data"]["flags"].as_u64().unwrap_or(0) & EPHEMERAL,
        EPHEMERAL,
        "a vote is acknowledged privately: {response}"
    );
    assert!(
        response["data"]["content"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Thanks, noted"),
        "{response}"
    );
    assert_eq!(response["data"]["allowed_mentions"]["parse"], json!([]));
}

/// Votes through the HTTP endpoint: the answer carries 👍 and 👎; each reader's vote is counted
/// once, a second press changes it, and 👎's follow-up records why.
async fn votes_are_counted_once_and_changeable(db: Database) {
    let store = std::thread::spawn({
        let db = db.clone();
        move || db.open().expect("open")
    })
    .join()
    .unwrap();
    let log = start_log(store, 1000, None);
    let s = endpoint(Some(log.clone()), Arc::new(Metrics::new())).await;
    let question = 1_700_000_000_000_000_001u64;
    let (status, answer) = s
        .signed_json(&interaction(
            question,
            2,
            slash_data("actor", "name", "Mashal"),
            7,
        ))
        .await;
    assert_eq!(status, 200);
    let ids = custom_ids(&answer);
    let up = format!("fb|+|{question}");
    let down = format!("fb|-|{question}");
    assert!(ids.contains(&up) && ids.contains(&down), "{ids:?}");

    // (reader, what they press, the vote recorded for them once all are pressed)
    let presses: &[(u64, &str)] = &[(1, &up), (1, &up), (2, &up), (2, &down), (3, &down)];
    for (i, (user, custom_id)) in presses.iter().enumerate() {
        let (status, ack) = s
            .signed_json(&button(10 + i as u64, custom_id, *user))
            .await;
        assert_eq!(status, 200);
        private_ack(&ack);
        if custom_id.starts_with("fb|-|") {
            assert_eq!(
                custom_ids(&ack),
                vec![format!("fbr|{question}")],
                "👎 offers the follow-up"
            );
        }
    }
    let (_, ack) = s
        .signed_json(&select(20, &format!("fbr|{question}"), "not_in_brief", 3))
        .await;
    private_ack(&ack);
    assert!(log.flush(Duration::from_secs(20)));
    s.stop().await;
    let (questions, mut votes) = read_back(&db);
    assert_eq!(questions.len(), 1);
    assert_eq!(questions[0].id, question as i64);
    assert_eq!(questions[0].outcome, "answered");
    assert_eq!(questions[0].top[0].id, "khaled-mashal");
    votes.sort_by_key(|v| v.user_hash.clone());
    let mut want = vec![
        (log.user_hash(Some(1)), true, None),
        (log.user_hash(Some(2)), false, None),
        (
            log.user_hash(Some(3)),
            false,
            Some("not_in_brief".to_string()),
        ),
    ];
    want.sort();
    let got: Vec<(String, bool, Option<String>)> = votes
        .iter()
        .map(|v| (v.user_hash.clone(), v.up, v.reason.clone()))
        .collect();
    assert_eq!(got, want);
    assert!(votes.iter().all(|v| v.question_id == question as i64));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_votes_are_counted_once_and_changeable() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::Sqlite(dir.path().join("log.sqlite3"));
    votes_are_counted_once_and_changeable(db).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_votes_are_counted_once_and_changeable() {
    let Some(db) = postgres() else { return };
    votes_are_counted_once_and_changeable(db).await;
}

/// Sends `n` slash commands to the endpoint with `workers` at a time; ids are `first..first+n`
/// and users `user_base + i % 50`. Every one must be answered.
async fn http_load(s: &Client, first: u64, n: u64, user_base: u64, workers: u64) {
    let queries = [
        ("actor", "name", "Mashal"),
        ("timeline", "query", "oct 25"),
        ("claim", "statement", "Wagner trained Hamas"),
        ("actor", "name", "hezbollah"),
    ];
    let next = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let mut tasks = Vec::new();
    for _ in 0..workers {
        let next = next.clone();
        let s = s.clone();
        tasks.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= n {
                    break;
                }
                let (name, option, text) = queries[i as usize % queries.len()];
                let v = interaction(
                    first + i,
                    2,
                    slash_data(name, option, text),
                    user_base + i % 50,
                );
                let (status, body) = s.signed_json(&v).await;
                assert_eq!((status, body["type"].as_u64()), (200, Some(4)), "{body}");
            }
        }));
    }
    for t in tasks {
        t.await.expect("load worker");
    }
}

/// Question ids logged, with how often each was logged.
fn counted(questions: &[Question]) -> std::collections::HashMap<i64, usize> {
    let mut m = std::collections::HashMap::new();
    for q in questions {
        *m.entry(q.id).or_insert(0) += 1;
    }
    m
}

const FIRST_ID: u64 = 1_600_000_000_000_000_000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_load_is_logged_exactly_once_and_without_user_ids() {
    const N: u64 = 2000;
    // A user id that is easy to look for in the file, in every form it could be written.
    const USER: u64 = 987_654_321_012_345_000;
    let dir = tempfile::tempdir().unwrap();
    let (path, store) = sqlite(dir.path());
    let log = start_log(store, 10_000, None);
    let s = endpoint(Some(log.clone()), Arc::new(Metrics::new())).await;
    http_load(&s, FIRST_ID, N, USER, 16).await;
    assert!(log.flush(Duration::from_secs(60)), "{:?}", log.status());
    let status: Value = serde_json::from_str(&s.get("/healthz").await).unwrap();
    assert_eq!(status["question_log"]["written"], N, "{status}");
    assert_eq!(status["question_log"]["dropped"], 0, "{status}");
    s.stop().await;
    log.close(Duration::from_secs(5));
    let (questions, _) = read_back(&Database::Sqlite(path.clone()));
    let counts = counted(&questions);
    assert_eq!(counts.len(), N as usize);
    assert!(counts.values().all(|&c| c == 1));
    assert!((0..N).all(|i| counts.contains_key(&((FIRST_ID + i) as i64))));
    assert_eq!(
        questions.iter().filter(|q| q.outcome == "no_match").count(),
        N as usize / 4,
        "hezbollah is not in the brief"
    );
    assert!(questions
        .iter()
        .all(|q| q.guild.is_some() && q.command != "other"));

    // The raw user id is nowhere in the database's files: not as text, not as bytes.
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(path.parent().unwrap()).unwrap() {
        bytes.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    for i in 0..50 {
        let user = USER + i;
        let forms = [
            user.to_string().into_bytes(),
            user.to_be_bytes().to_vec(),
            user.to_le_bytes().to_vec(),
        ];
        for form in forms {
            assert!(
                !bytes.windows(form.len()).any(|w| w == form.as_slice()),
                "user {user} appears in the database"
            );
        }
    }
    let hash = log.user_hash(Some(USER));
    assert!(
        bytes.windows(hash.len()).any(|w| w == hash.as_bytes()),
        "the keyed hash is what is stored"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retention_purges_old_rows_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut store) = sqlite(dir.path());
    let now = unix_now() as i64;
    let question = |id: i64, days_ago: i64| {
        Record::Question(Question {
            id,
            at: now - days_ago * 86_400,
            command: "ask".into(),
            query: format!("question {id}"),
            brief: None,
            outcome: "no_match".into(),
            top: vec![TopEntry {
                id: "x".into(),
                brief: "b".into(),
                title: "X".into(),
                score: 0.1,
            }],
            latency_us: 10,
            guild: None,
            user_hash: "h".into(),
        })
    };
    let vote = |id: i64, days_ago: i64| {
        Record::Vote(Vote {
            question_id: id,
            user_hash: "h".into(),
            up: false,
            reason: None,
            at: now - days_ago * 86_400,
        })
    };
    store
        .write(&[
            question(1, 120),
            vote(1, 119),
            question(2, 91),
            question(3, 89),
            vote(3, 1),
            question(4, 0),
        ])
        .unwrap();
    // The writer purges when it starts, with the default retention of 90 days.
    let log = start_log(store, 10, None);
    log.submit(question(5, 0));
    assert!(log.flush(Duration::from_secs(10)));
    log.close(Duration::from_secs(5));
    let (questions, votes) = read_back(&Database::Sqlite(path));
    let ids: Vec<i64> = questions.iter().map(|q| q.id).collect();
    assert_eq!(ids, vec![3, 4, 5]);
    assert_eq!(votes.len(), 1);
    assert_eq!(votes[0].question_id, 3);
}

/// A store that fails every write while `down` is set, as a database that has gone away does.
struct Switchable {
    inner: Box<dyn LogStore>,
    down: Arc<AtomicBool>,
}

impl LogStore for Switchable {
    fn write(&mut self, batch: &[Record]) -> Result<(), StoreError> {
        if self.down.load(Ordering::SeqCst) {
            return Err(StoreError::EmptyUrl);
        }
        self.inner.write(batch)
    }
    fn purge(&mut self, before: i64) -> Result<u64, StoreError> {
        self.inner.purge(before)
    }
    fn questions(&mut self, since: i64, brief: Option<&str>) -> Result<Vec<Question>, StoreError> {
        self.inner.questions(since, brief)
    }
    fn votes(&mut self, since: i64) -> Result<Vec<Vote>, StoreError> {
        self.inner.votes(since)
    }
    fn schema_version(&mut self) -> Result<i64, StoreError> {
        self.inner.schema_version()
    }
}

/// The database goes away in the middle of a load and comes back: every answer still goes out,
/// the writer resumes, and what was written plus what was dropped is everything, with the drop
/// count in `/healthz` and the Prometheus counter.
/// `log` has a small queue, so that the outage overflows it and drops are seen.
async fn outage_with(
    log: Arc<QuestionLog>,
    metrics: Arc<Metrics>,
    db: &Database,
    stop: impl Fn(),
    start: impl Fn(),
) {
    const PHASE: u64 = 700;
    let s = endpoint(Some(log.clone()), metrics.clone()).await;
    // Before and after the outage the load is paced in steps the queue holds, so that any
    // drop is the outage's, however busy the machine is.
    let paced = |first: u64| {
        let (s, log) = (&s, log.clone());
        async move {
            for step in (0..PHASE).step_by(100) {
                http_load(s, first + step, 100.min(PHASE - step), 5_000, 8).await;
                assert!(log.flush(Duration::from_secs(30)), "{:?}", log.status());
            }
        }
    };
    paced(FIRST_ID).await;
    stop();
    http_load(&s, FIRST_ID + PHASE, PHASE, 5_000, 8).await;
    let during: Value = serde_json::from_str(&s.get("/healthz").await).unwrap();
    assert_eq!(during["question_log"]["state"], "failing", "{during}");
    assert!(
        during["question_log"]["dropped"].as_u64().unwrap() > 0,
        "{during}"
    );
    start();
    // The writer's retry finds the database back and drains what the queue held.
    assert!(log.flush(Duration::from_secs(30)), "{:?}", log.status());
    paced(FIRST_ID + 2 * PHASE).await;
    let after: Value = serde_json::from_str(&s.get("/healthz").await).unwrap();
    s.stop().await;
    let q = &after["question_log"];
    assert_eq!(q["state"], "ok", "{after}");
    let (written, dropped) = (
        q["written"].as_u64().unwrap(),
        q["dropped"].as_u64().unwrap(),
    );
    assert_eq!(written + dropped, 3 * PHASE, "{after}");
    let counter = metrics
        .render()
        .lines()
        .find(|l| l.starts_with("briefbot_question_log_dropped_total "))
        .map(|l| l.rsplit(' ').next().unwrap().parse::<u64>().unwrap());
    assert_eq!(counter, Some(dropped));
    let (questions, _) = read_back(db);
    let counts = counted(&questions);
    assert_eq!(counts.len() as u64, written, "each record written once");
    assert!(counts.values().all(|&c| c == 1));
    let missing = |phase: u64| {
        (0..PHASE)
            .filter(|i| !counts.contains_key(&((FIRST_ID + phase * PHASE + i) as i64)))
            .count()
    };
    assert_eq!(
        (missing(0), missing(2)),
        (0, 0),
        "everything before the outage and after it is logged: {after}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_outage_leaves_answers_unaffected_and_counts_drops() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::Sqlite(dir.path().join("log.sqlite3"));
    let down = Arc::new(AtomicBool::new(false));
    let store = Switchable {
        inner: db.open().unwrap(),
        down: down.clone(),
    };
    // The outage is the store's; the test goes through the same path as the PostgreSQL one.
    let metrics = Arc::new(Metrics::new());
    let log = start_log(Box::new(store), 200, Some(&metrics));
    outage_with(
        log,
        metrics,
        &db,
        || down.store(true, Ordering::SeqCst),
        || down.store(false, Ordering::SeqCst),
    )
    .await;
}

/// A TCP forwarder to PostgreSQL that can cut every connection and refuse new ones, as a
/// database server that stops does, and then accept again.
struct Cuttable {
    addr: std::net::SocketAddr,
    down: Arc<AtomicBool>,
    /// Bumped on every cut, so forwarding tasks of older connections end.
    epoch: Arc<std::sync::atomic::AtomicU64>,
}

impl Cuttable {
    async fn start(target: String) -> Cuttable {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let down = Arc::new(AtomicBool::new(false));
        let epoch = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let (d, e) = (down.clone(), epoch.clone());
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                if d.load(Ordering::SeqCst) {
                    continue; // dropped: connection refused, in effect
                }
                let (target, e, mine) = (target.clone(), e.clone(), e.load(Ordering::SeqCst));
                tokio::spawn(async move {
                    let Ok(mut server) = tokio::net::TcpStream::connect(&target).await else {
                        return;
                    };
                    let copy = tokio::io::copy_bidirectional(&mut client, &mut server);
                    let cut = async {
                        while e.load(Ordering::SeqCst) == mine {
                            tokio::time::sleep(Duration::from_millis(10)).await;
                        }
                    };
                    tokio::select! {
                        _ = copy => {},
                        () = cut => {},
                    }
                });
            }
        });
        Cuttable { addr, down, epoch }
    }

    fn stop(&self) {
        self.down.store(true, Ordering::SeqCst);
        self.epoch.fetch_add(1, Ordering::SeqCst);
    }

    fn start_again(&self) {
        self.down.store(false, Ordering::SeqCst);
    }
}

/// `postgres://user@host:port/db` with the host and port replaced by `addr`.
fn via(db: &Database, addr: std::net::SocketAddr) -> (Database, String) {
    let Database::Postgres(url) = db else {
        unreachable!("a PostgreSQL database")
    };
    let (scheme, rest) = url.split_once("://").unwrap();
    let (userinfo, hostpath) = match rest.rsplit_once('@') {
        Some((u, h)) => (format!("{u}@"), h),
        None => (String::new(), rest),
    };
    let (hostport, path) = hostpath.split_once('/').unwrap();
    let target = if hostport.contains(':') {
        hostport.to_string()
    } else {
        format!("{hostport}:5432")
    };
    (
        Database::Postgres(format!("{scheme}://{userinfo}{addr}/{path}")),
        target,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_outage_leaves_answers_unaffected_and_counts_drops() {
    let Some(db) = postgres() else { return };
    let (_, target) = via(&db, "127.0.0.1:1".parse().unwrap());
    let proxy = Cuttable::start(target).await;
    let (proxied, _) = via(&db, proxy.addr);
    let store = std::thread::spawn({
        let proxied = proxied.clone();
        move || proxied.open().expect("open")
    })
    .join()
    .unwrap();
    let metrics = Arc::new(Metrics::new());
    let log = start_log(store, 200, Some(&metrics));
    outage_with(log, metrics, &db, || proxy.stop(), || proxy.start_again()).await;
}

/// Two replicas of the HTTP endpoint, each with its own log writer, share one PostgreSQL
/// database: every question from either is there exactly once, and both hash a user alike.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_replicas_share_one_log() {
    const N: u64 = 500;
    let Some(db) = postgres() else { return };
    let open = || {
        let db = db.clone();
        std::thread::spawn(move || db.open().expect("open"))
    };
    // Both open (and migrate) at once, as replicas starting together do.
    let (a, b) = (open(), open());
    let (a, b) = (a.join().unwrap(), b.join().unwrap());
    let (log_a, log_b) = (start_log(a, 10_000, None), start_log(b, 10_000, None));
    let ra = endpoint(Some(log_a.clone()), Arc::new(Metrics::new())).await;
    let rb = endpoint(Some(log_b.clone()), Arc::new(Metrics::new())).await;
    tokio::join!(
        http_load(&ra, FIRST_ID, N, 100, 4),
        http_load(&rb, FIRST_ID + N, N, 100, 4)
    );
    assert!(log_a.flush(Duration::from_secs(60)));
    assert!(log_b.flush(Duration::from_secs(60)));
    ra.stop().await;
    rb.stop().await;
    assert_eq!(log_a.user_hash(Some(100)), log_b.user_hash(Some(100)));
    let (questions, _) = read_back(&db);
    let counts = counted(&questions);
    assert_eq!(counts.len() as u64, 2 * N);
    assert!(counts.values().all(|&c| c == 1));
    let people: std::collections::HashSet<&str> =
        questions.iter().map(|q| q.user_hash.as_str()).collect();
    assert_eq!(people.len(), 50, "the same 50 readers asked both replicas");
}

const TOKEN: &str = "test-token.abc.def";

/// 2,000 slash commands through the fake gateway, plus a direct message: every one answered
/// once with 👍/👎 on it, and logged exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_load_is_logged_exactly_once() {
    use crate::common::fake_discord::{FakeDiscord, DM_CHANNEL_ID, GUILD_ID};
    use briefbot::discord::serve::{self, Config, Shards};
    const N: usize = 2000;
    let dir = tempfile::tempdir().unwrap();
    let (path, store) = sqlite(dir.path());
    let log = start_log(store, 10_000, None);
    let fake = FakeDiscord::start(TOKEN).await;
    let (stop, stopped) = oneshot::channel::<()>();
    let config = Config {
        token: TOKEN.into(),
        http_proxy: Some(fake.base.clone()),
        guild: Some(GUILD_ID),
        shards: Shards::Single,
        cooldown: Cooldown::disabled(),
        drain: Duration::from_secs(5),
        metrics: None,
        log: Some(log.clone()),
        pictures: briefbot::discord::Pictures::Off,
    };
    let task = tokio::spawn(serve::run(
        config,
        Arc::new(LiveEngine::new(engine())),
        async move {
            let _ = stopped.await;
        },
    ));
    fake.sessions(1).await;
    let queries = [
        ("actor", "name", "Mashal"),
        ("timeline", "query", "oct 25"),
        ("claim", "statement", "Wagner trained Hamas"),
        ("ask", "question", "who is mousa abu marzook"),
        ("actor", "name", "hezbollah"),
    ];
    let mut ids = Vec::with_capacity(N);
    for i in 0..N {
        let (name, option, text) = queries[i % queries.len()];
        let id = fake.next_id();
        let options = json!([{"name": option, "type": 3, "value": text}]);
        fake.dispatch(
            "INTERACTION_CREATE",
            fake.slash(id, name, options, 1000 + i as u64, i % 7 != 0),
        );
        ids.push(id);
    }
    let dm = fake.next_id();
    fake.dispatch("MESSAGE_CREATE", fake.dm(dm, "who is Mashal?", 42));
    fake.at_least(
        N,
        &format!("{N} interaction callbacks"),
        Duration::from_secs(120),
        |r| r.path.starts_with("/api/v10/interactions/"),
    )
    .await;
    let reply = fake
        .request("the DM reply", |r| {
            r.method == "POST" && r.path == format!("/api/v10/channels/{DM_CHANNEL_ID}/messages")
        })
        .await;
    let dm_buttons = custom_ids(&json!({"data": reply.body}));
    assert!(dm_buttons.contains(&format!("fb|+|{dm}")), "{dm_buttons:?}");
    let first = fake.callback(ids[0]).await;
    assert!(custom_ids(&first).contains(&format!("fb|-|{}", ids[0])));
    assert_eq!(first["data"]["allowed_mentions"]["parse"], json!([]));
    let _ = stop.send(());
    tokio::time::timeout(Duration::from_secs(20), task)
        .await
        .expect("bot shuts down")
        .expect("bot task")
        .expect("clean shutdown");
    assert_eq!(fake.problems(), Vec::<String>::new());
    for id in &ids {
        assert_eq!(fake.callbacks(*id), 1, "interaction {id} answered once");
    }
    assert!(log.flush(Duration::from_secs(60)), "{:?}", log.status());
    let (questions, _) = read_back(&Database::Sqlite(path));
    let counts = counted(&questions);
    assert_eq!(counts.len(), N + 1);
    assert!(counts.values().all(|&c| c == 1));
    assert!(ids.iter().all(|id| counts.contains_key(&(*id as i64))));
    let dm_row = questions.iter().find(|q| q.id == dm as i64).unwrap();
    assert_eq!(
        (dm_row.command.as_str(), dm_row.guild.as_deref()),
        ("dm", None)
    );
    let in_dms = questions.iter().filter(|q| q.guild.is_none()).count();
    assert_eq!(
        in_dms,
        N.div_ceil(7) + 1,
        "slash commands in DMs and the DM"
    );
}

/// `/gaps` shows this server's unanswered questions, privately, to members who can manage it,
/// and refuses everyone else.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gaps_command_is_private_and_for_managers_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::Sqlite(dir.path().join("log.sqlite3"));
    let log = start_log(db.open().unwrap(), 1000, None);
    log.set_reader(db.clone());
    let s = endpoint(Some(log.clone()), Arc::new(Metrics::new())).await;
    for (id, user, text) in [(1, 1, "hezbollah"), (2, 2, "Hezbollah?"), (3, 3, "Mashal")] {
        let (status, _) = s
            .signed_json(&interaction(id, 2, slash_data("actor", "name", text), user))
            .await;
        assert_eq!(status, 200);
    }
    // A question from another server is not shown here.
    let mut elsewhere = interaction(4, 2, slash_data("actor", "name", "angela merkel"), 4);
    elsewhere["guild_id"] = json!("1200000000000000009");
    s.signed_json(&elsewhere).await;
    assert!(log.flush(Duration::from_secs(20)));
    let gaps = |permissions: &str| {
        let mut v = interaction(
            10,
            2,
            json!({"id": "1400000000000000009", "name": "gaps", "type": 1, "options": [{"name": "days", "type": 4, "value": 7}]}),
            5,
        );
        v["member"]["permissions"] = json!(permissions);
        v
    };
    // (member permissions, what the private reply must say, must not say)
    let cases = [
        ("32", "hezbollah", "merkel"),
        ("8", "2 people, not answered", "merkel"),
        ("0", "for members who can manage this server", "hezbollah"),
    ];
    for (permissions, want, not) in cases {
        let (status, reply) = s.signed_json(&gaps(permissions)).await;
        assert_eq!(status, 200);
        assert_eq!(
            reply["data"]["flags"].as_u64().unwrap_or(0) & EPHEMERAL,
            EPHEMERAL
        );
        let text = reply.to_string().to_lowercase();
        assert!(
            text.contains(&want.to_lowercase()),
            "{permissions}: {reply}"
        );
        assert!(!text.contains(not), "{permissions}: {reply}");
    }
    let mut dm = interaction_in_dm(gaps("32"));
    dm["channel_id"] = json!("1300000000000000002");
    let (_, reply) = s.signed_json(&dm).await;
    assert!(reply.to_string().contains("works in a server"), "{reply}");
    s.stop().await;
}

/// The same interaction as sent in a direct message: no server, the user instead of a member.
fn interaction_in_dm(mut v: Value) -> Value {
    let member = v["member"].take();
    let fields = v.as_object_mut().unwrap();
    fields.remove("member");
    fields.remove("guild_id");
    v["user"] = member["user"].clone();
    v
}

/// Paging an answer redraws its buttons; the votes must come back with them, still for the
/// question that was asked, which Discord names in the pressed message's interaction metadata
/// (or, for an answer to a direct message, in its reference to the question's message).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_of_an_answer_keeps_its_votes() {
    let dir = tempfile::tempdir().unwrap();
    let (_, store) = sqlite(dir.path());
    let log = start_log(store, 1000, None);
    let s = endpoint(Some(log.clone()), Arc::new(Metrics::new())).await;
    let question = 1_700_000_000_000_000_777u64;
    let (status, answer) = s
        .signed_json(&interaction(question, 2, json!({"name": "timeline"}), 7))
        .await;
    assert_eq!(status, 200);
    let ids = custom_ids(&answer);
    let next = ids
        .iter()
        .find(|id| id.starts_with("tl|"))
        .unwrap_or_else(|| panic!("the whole timeline pages: {ids:?}"))
        .clone();
    let up = format!("fb|+|{question}");
    let message_forms = [
        json!({"interaction_metadata": {"id": question.to_string(), "type": 2}}),
        json!({"interaction": {"id": question.to_string(), "type": 2}}),
        json!({"message_reference": {"message_id": question.to_string()}}),
    ];
    for (i, message) in message_forms.into_iter().enumerate() {
        let mut press = button(100 + i as u64, &next, 7);
        press["message"] = message.clone();
        let (status, page) = s.signed_json(&press).await;
        assert_eq!(status, 200);
        assert_eq!(page["type"], 7, "a page updates the message: {page}");
        let ids = custom_ids(&page);
        assert!(ids.contains(&up), "{message}: {ids:?}");
    }
    // Without the message, the question is unknown: the page has no votes rather than votes
    // for the wrong question.
    let (_, page) = s.signed_json(&button(200, &next, 7)).await;
    assert!(
        custom_ids(&page).iter().all(|id| !id.starts_with("fb|")),
        "{page}"
    );
    assert!(log.flush(Duration::from_secs(20)));
    s.stop().await;
}
