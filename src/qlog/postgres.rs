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
    fn write(&mut self, batch: &[Record]) -> Result<(), StoreError> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            let question = tx.prepare(
                "INSERT INTO questions (id, at, command, query, brief, outcome, top_entries, latency_us, guild, user_hash)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING",
            )?;
            let vote = tx.prepare(
                "INSERT INTO votes (question_id, user_hash, up, reason, at) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (question_id, user_hash) DO UPDATE SET up = EXCLUDED.up, reason = EXCLUDED.reason, at = EXCLUDED.at",
            )?;
            for r in batch {
                match r {
                    Record::Question(q) => {
                        let top = serde_json::to_string(&q.top).expect("entries serialise");
                        tx.execute(
                            &question,
                            &[
                                &q.id,
                                &q.at,
                                &q.command,
                                &q.query,
                                &q.brief,
                                &q.outcome,
                                &top,
                                &q.latency_us,
                                &q.guild,
                                &q.user_hash,
                            ],
                        )?;
                    }
                    Record::Vote(v) => {
                        tx.execute(
                            &vote,
                            &[&v.question_id, &v.user_hash, &v.up, &v.reason, &v.at],
                        )?;
                    }
                }
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
