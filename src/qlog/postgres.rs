//! PostgreSQL, for several replicas sharing one log. The connection is made again after the
//! server goes away, so a restarted database is picked up by the writer's next retry.
//!
//! The blocking `postgres` client (tokio-postgres behind a small runtime of its own) is used
//! because the log's writer is a plain thread: no async code waits on the database.

use std::time::Duration;

use postgres::{Client, NoTls};

use super::store::{LogStore, StoreError};
use super::{Question, Record, TopEntry, Vote};

/// Versioned migrations, as for SQLite, in PostgreSQL's types.
const MIGRATIONS: &[(i64, &str)] = &[(
    1,
    "CREATE TABLE questions (
        id BIGINT PRIMARY KEY,
        at BIGINT NOT NULL,
        command TEXT NOT NULL,
        query TEXT NOT NULL,
        brief TEXT,
        outcome TEXT NOT NULL,
        top_entries TEXT NOT NULL,
        latency_us BIGINT NOT NULL,
        guild TEXT,
        user_hash TEXT NOT NULL
    );
    CREATE INDEX questions_at ON questions(at);
    CREATE TABLE votes (
        question_id BIGINT NOT NULL,
        user_hash TEXT NOT NULL,
        up BOOLEAN NOT NULL,
        reason TEXT,
        at BIGINT NOT NULL,
        PRIMARY KEY (question_id, user_hash)
    );
    CREATE INDEX votes_at ON votes(at);",
)];

/// An arbitrary constant: the advisory lock replicas take while migrating, so two replicas
/// starting together do not both create the tables.
const MIGRATION_LOCK: i64 = 0x6272_6965_6662_6f74;

pub struct PostgresStore {
    config: postgres::Config,
    shown: String,
    client: Option<Client>,
}

impl PostgresStore {
    pub fn open(url: &str) -> Result<PostgresStore, StoreError> {
        let shown = super::store::Database::Postgres(url.to_string()).describe();
        let mut config: postgres::Config = url.parse().map_err(|source| StoreError::Postgres {
            url: shown.clone(),
            source,
        })?;
        // A database that is down must fail a write quickly, so that the writer's retries, not
        // a hung connection attempt, decide how long it waits.
        config.connect_timeout(Duration::from_secs(3));
        let mut store = PostgresStore {
            config,
            shown,
            client: None,
        };
        store.migrate()?;
        Ok(store)
    }

    fn err(&self, source: postgres::Error) -> StoreError {
        StoreError::Postgres {
            url: self.shown.clone(),
            source,
        }
    }

    /// The connection, made (again) if there is none or the server closed it.
    fn client(&mut self) -> Result<&mut Client, StoreError> {
        if self.client.as_ref().is_none_or(Client::is_closed) {
            let client = self.config.connect(NoTls).map_err(|e| self.err(e))?;
            self.client = Some(client);
        }
        Ok(self.client.as_mut().expect("connected above"))
    }

    /// Runs `f` on the connection; an error drops a connection the server closed.
    fn with<T>(
        &mut self,
        f: impl FnOnce(&mut Client) -> Result<T, postgres::Error>,
    ) -> Result<T, StoreError> {
        let result = f(self.client()?);
        result.map_err(|e| {
            if self.client.as_ref().is_some_and(Client::is_closed) {
                self.client = None;
            }
            self.err(e)
        })
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        let current = self.with(|c| {
            let mut tx = c.transaction()?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
            tx.batch_execute(
                "CREATE TABLE IF NOT EXISTS briefbot_schema (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)",
            )?;
            let current: i64 = tx
                .query_one("SELECT COALESCE(MAX(version), 0) FROM briefbot_schema", &[])?
                .get(0);
            if current <= known {
                for (version, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
                    tx.batch_execute(sql)?;
                    tx.execute(
                        "INSERT INTO briefbot_schema (version, applied_at) VALUES ($1, $2)",
                        &[version, &super::now()],
                    )?;
                }
            }
            tx.commit()?;
            Ok(current)
        })?;
        if current > known {
            return Err(StoreError::TooNew {
                url: self.shown.clone(),
                found: current,
                known,
            });
        }
        Ok(())
    }
}

impl LogStore for PostgresStore {
    /// One statement per table for the whole batch (arrays unnested server-side), so a batch
    /// costs two round trips however large it is: row-by-row inserts over a network cannot
    /// keep up with a busy endpoint.
    fn write(&mut self, batch: &[Record]) -> Result<(), StoreError> {
        let mut q = QuestionColumns::default();
        // PostgreSQL refuses to update one row twice in one statement, so only each reader's
        // last vote per answer in the batch is sent, as it is the one that would stand.
        let mut votes: Vec<&Vote> = Vec::new();
        for r in batch {
            match r {
                Record::Question(x) => q.push(x),
                Record::Vote(v) => {
                    votes
                        .retain(|w| (w.question_id, &w.user_hash) != (v.question_id, &v.user_hash));
                    votes.push(v);
                }
            }
        }
        let v_question: Vec<i64> = votes.iter().map(|v| v.question_id).collect();
        let v_user: Vec<&str> = votes.iter().map(|v| v.user_hash.as_str()).collect();
        let v_up: Vec<bool> = votes.iter().map(|v| v.up).collect();
        let v_reason: Vec<Option<&str>> = votes.iter().map(|v| v.reason.as_deref()).collect();
        let v_at: Vec<i64> = votes.iter().map(|v| v.at).collect();
        self.with(|c| {
            let mut tx = c.transaction()?;
            if !q.id.is_empty() {
                tx.execute(
                    "INSERT INTO questions (id, at, command, query, brief, outcome, top_entries, latency_us, guild, user_hash)
                     SELECT * FROM UNNEST($1::BIGINT[], $2::BIGINT[], $3::TEXT[], $4::TEXT[], $5::TEXT[], $6::TEXT[], $7::TEXT[], $8::BIGINT[], $9::TEXT[], $10::TEXT[])
                     ON CONFLICT (id) DO NOTHING",
                    &[
                        &q.id, &q.at, &q.command, &q.query, &q.brief, &q.outcome, &q.top,
                        &q.latency_us, &q.guild, &q.user_hash,
                    ],
                )?;
            }
            if !v_question.is_empty() {
                tx.execute(
                    "INSERT INTO votes (question_id, user_hash, up, reason, at)
                     SELECT * FROM UNNEST($1::BIGINT[], $2::TEXT[], $3::BOOLEAN[], $4::TEXT[], $5::BIGINT[])
                     ON CONFLICT (question_id, user_hash) DO UPDATE SET up = EXCLUDED.up, reason = EXCLUDED.reason, at = EXCLUDED.at",
                    &[&v_question, &v_user, &v_up, &v_reason, &v_at],
                )?;
            }
            tx.commit()
        })
    }

    fn purge(&mut self, before: i64) -> Result<u64, StoreError> {
        self.with(|c| {
            let q = c.execute("DELETE FROM questions WHERE at < $1", &[&before])?;
            let v = c.execute("DELETE FROM votes WHERE at < $1", &[&before])?;
            Ok(q + v)
        })
    }

    fn questions(&mut self, since: i64, brief: Option<&str>) -> Result<Vec<Question>, StoreError> {
        let rows = self.with(|c| {
            c.query(
                "SELECT id, at, command, query, brief, outcome, top_entries, latency_us, guild, user_hash
                 FROM questions WHERE at >= $1 AND ($2::TEXT IS NULL OR brief = $2) ORDER BY at, id",
                &[&since, &brief],
            )
        })?;
        Ok(rows
            .iter()
            .map(|r| Question {
                id: r.get(0),
                at: r.get(1),
                command: r.get(2),
                query: r.get(3),
                brief: r.get(4),
                outcome: r.get(5),
                top: serde_json::from_str::<Vec<TopEntry>>(r.get::<_, &str>(6)).unwrap_or_default(),
                latency_us: r.get(7),
                guild: r.get(8),
                user_hash: r.get(9),
            })
            .collect())
    }

    fn votes(&mut self, since: i64) -> Result<Vec<Vote>, StoreError> {
        let rows = self.with(|c| {
            c.query(
                "SELECT question_id, user_hash, up, reason, at FROM votes WHERE at >= $1 ORDER BY at",
                &[&since],
            )
        })?;
        Ok(rows
            .iter()
            .map(|r| Vote {
                question_id: r.get(0),
                user_hash: r.get(1),
                up: r.get(2),
                reason: r.get(3),
                at: r.get(4),
            })
            .collect())
    }

    fn schema_version(&mut self) -> Result<i64, StoreError> {
        self.with(|c| {
            c.query_one("SELECT COALESCE(MAX(version), 0) FROM briefbot_schema", &[])
                .map(|r| r.get(0))
        })
    }
}

/// A batch of questions as one array per column.
#[derive(Default)]
struct QuestionColumns {
    id: Vec<i64>,
    at: Vec<i64>,
    command: Vec<String>,
    query: Vec<String>,
    brief: Vec<Option<String>>,
    outcome: Vec<String>,
    top: Vec<String>,
    latency_us: Vec<i64>,
    guild: Vec<Option<String>>,
    user_hash: Vec<String>,
}

impl QuestionColumns {
    fn push(&mut self, q: &Question) {
        self.id.push(q.id);
        self.at.push(q.at);
        self.command.push(q.command.clone());
        self.query.push(q.query.clone());
        self.brief.push(q.brief.clone());
        self.outcome.push(q.outcome.clone());
        self.top
            .push(serde_json::to_string(&q.top).expect("entries serialise"));
        self.latency_us.push(q.latency_us);
        self.guild.push(q.guild.clone());
        self.user_hash.push(q.user_hash.clone());
    }
}
