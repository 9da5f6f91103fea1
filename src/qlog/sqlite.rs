//! The embedded default: one SQLite file, created with its directory on first start.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use super::store::{LogStore, StoreError};
use super::{Question, Record, TopEntry, Vote};

/// Versioned migrations, applied in order at start-up. A released migration is never edited:
/// a change to the schema is a new entry.
const MIGRATIONS: &[(i64, &str)] = &[(
    1,
    "CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        command TEXT NOT NULL,
        query TEXT NOT NULL,
        brief TEXT,
        outcome TEXT NOT NULL,
        top_entries TEXT NOT NULL,
        latency_us INTEGER NOT NULL,
        guild TEXT,
        user_hash TEXT NOT NULL
    );
    CREATE INDEX questions_at ON questions(at);
    CREATE TABLE votes (
        question_id INTEGER NOT NULL,
        user_hash TEXT NOT NULL,
        up INTEGER NOT NULL,
        reason TEXT,
        at INTEGER NOT NULL,
        PRIMARY KEY (question_id, user_hash)
    );
    CREATE INDEX votes_at ON votes(at);",
)];

pub struct SqliteStore {
    conn: Connection,
    path: String,
}

impl SqliteStore {
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
                dir: dir.display().to_string(),
                source,
            })?;
        }
        let shown = path.display().to_string();
        let err = |source| StoreError::Sqlite {
            path: shown.clone(),
            source,
        };
        let conn = Connection::open(path).map_err(err)?;
        // WAL lets `briefbot gaps` read while a server writes; the busy timeout makes a writer
        // wait for a reader's lock instead of failing at once.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(err)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(err)?;
        let mut store = SqliteStore { conn, path: shown };
        store.migrate()?;
        Ok(store)
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(err)?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS briefbot_schema (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)",
        )
        .map_err(err)?;
        let current: i64 = tx
            .query_row(
                "SELECT COALESCE(MAX(version), 0) FROM briefbot_schema",
                [],
                |r| r.get(0),
            )
            .map_err(err)?;
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        if current > known {
            return Err(StoreError::TooNew {
                url: format!("sqlite://{path}"),
                found: current,
                known,
            });
        }
        for (version, sql) in MIGRATIONS.iter().filter(|m| m.0 > current) {
            tx.execute_batch(sql).map_err(err)?;
            tx.execute(
                "INSERT INTO briefbot_schema (version, applied_at) VALUES (?1, ?2)",
                params![version, super::now()],
            )
            .map_err(err)?;
        }
        tx.commit().map_err(err)
    }
}

impl LogStore for SqliteStore {
    fn write(&mut self, batch: &[Record]) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(err)?;
        {
            let mut question = tx
                .prepare_cached(
                    "INSERT INTO questions (id, at, command, query, brief, outcome, top_entries, latency_us, guild, user_hash)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(id) DO NOTHING",
                )
                .map_err(err)?;
            let mut vote = tx
                .prepare_cached(
                    "INSERT INTO votes (question_id, user_hash, up, reason, at) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT(question_id, user_hash) DO UPDATE SET up = excluded.up, reason = excluded.reason, at = excluded.at",
                )
                .map_err(err)?;
            for r in batch {
                match r {
                    Record::Question(q) => {
                        question
                            .execute(params![
                                q.id,
                                q.at,
                                q.command,
                                q.query,
                                q.brief,
                                q.outcome,
                                serde_json::to_string(&q.top).expect("entries serialise"),
                                q.latency_us,
                                q.guild,
                                q.user_hash
                            ])
                            .map_err(err)?;
                    }
                    Record::Vote(v) => {
                        vote.execute(params![v.question_id, v.user_hash, v.up, v.reason, v.at])
                            .map_err(err)?;
                    }
                }
            }
        }
        tx.commit().map_err(err)
    }

    fn purge(&mut self, before: i64) -> Result<u64, StoreError> {
        let err = self.err();
        let q = self
            .conn
            .execute("DELETE FROM questions WHERE at < ?1", [before])
            .map_err(&err)?;
        let v = self
            .conn
            .execute("DELETE FROM votes WHERE at < ?1", [before])
            .map_err(&err)?;
        Ok((q + v) as u64)
    }

    fn questions(&mut self, since: i64, brief: Option<&str>) -> Result<Vec<Question>, StoreError> {
        let err = self.err();
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, at, command, query, brief, outcome, top_entries, latency_us, guild, user_hash
                 FROM questions WHERE at >= ?1 AND (?2 IS NULL OR brief = ?2) ORDER BY at, id",
            )
            .map_err(&err)?;
        let rows = stmt
            .query_map(params![since, brief], |r| {
                let top: String = r.get(6)?;
                Ok(Question {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    command: r.get(2)?,
                    query: r.get(3)?,
                    brief: r.get(4)?,
                    outcome: r.get(5)?,
                    top: serde_json::from_str::<Vec<TopEntry>>(&top).unwrap_or_default(),
                    latency_us: r.get(7)?,
                    guild: r.get(8)?,
                    user_hash: r.get(9)?,
                })
            })
            .map_err(&err)?;
        rows.collect::<Result<_, _>>().map_err(&err)
    }

    fn votes(&mut self, since: i64) -> Result<Vec<Vote>, StoreError> {
        let err = self.err();
        let mut stmt = self
            .conn
            .prepare("SELECT question_id, user_hash, up, reason, at FROM votes WHERE at >= ?1 ORDER BY at")
            .map_err(&err)?;
        let rows = stmt
            .query_map([since], |r| {
                Ok(Vote {
                    question_id: r.get(0)?,
                    user_hash: r.get(1)?,
                    up: r.get(2)?,
                    reason: r.get(3)?,
                    at: r.get(4)?,
                })
            })
            .map_err(&err)?;
        rows.collect::<Result<_, _>>().map_err(&err)
    }

    fn schema_version(&mut self) -> Result<i64, StoreError> {
        let err = self.err();
        self.conn
            .query_row(
                "SELECT COALESCE(MAX(version), 0) FROM briefbot_schema",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(&err)
            .map(|v| v.unwrap_or(0))
    }
}
