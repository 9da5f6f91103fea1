//! Where the question log is kept: one small trait, [`LogStore`], with an SQLite and a
//! PostgreSQL implementation. Both apply their versioned migrations when opened, write a batch
//! in one transaction, and read rows back for the reports; grouping and ranking happen in Rust
//! (see [`super::report`]) so that both backends report exactly alike.

use std::path::{Path, PathBuf};

use super::{Question, Record, Vote};

/// A database the log can be written to, as given by `--database` or `BRIEFBOT_DATABASE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Database {
    /// An SQLite file (created with its directory on first start).
    Sqlite(PathBuf),
    /// A PostgreSQL server, shared by any number of replicas.
    Postgres(String),
}

impl Database {
    /// Reads `--database`: a `postgres://` (or `postgresql://`) URL, a `sqlite://PATH`, or a
    /// plain file path.
    pub fn parse(s: &str) -> Result<Database, StoreError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(StoreError::EmptyUrl);
        }
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            return Ok(Database::Postgres(s.to_string()));
        }
        if let Some(path) = s.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(StoreError::EmptyUrl);
            }
            return Ok(Database::Sqlite(PathBuf::from(path)));
        }
        if let Some((scheme, _)) = s.split_once("://") {
            return Err(StoreError::UnknownScheme(scheme.to_string()));
        }
        Ok(Database::Sqlite(PathBuf::from(s)))
    }

    /// The default database: `briefbot.sqlite3` in the data directory.
    pub fn default_in(data_dir: &Path) -> Database {
        Database::Sqlite(data_dir.join("briefbot.sqlite3"))
    }

    /// Names the database for logs and `/healthz` without a password.
    pub fn describe(&self) -> String {
        match self {
            Database::Sqlite(p) => format!("sqlite://{}", p.display()),
            Database::Postgres(url) => redact(url),
        }
    }

    /// Opens the database, creating and migrating it as needed.
    pub fn open(&self) -> Result<Box<dyn LogStore>, StoreError> {
        Ok(match self {
            Database::Sqlite(path) => Box::new(super::sqlite::SqliteStore::open(path)?),
            Database::Postgres(url) => Box::new(super::postgres::PostgresStore::open(url)?),
        })
    }
}

/// `postgres://user:secret@host/db` as `postgres://user:***@host/db`.
fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.split_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the database URL is empty; give --database a file path, sqlite://PATH or a \
         postgres://user:password@host/db URL (or set BRIEFBOT_DATABASE)"
    )]
    EmptyUrl,
    #[error(
        "`{0}://` is not a database briefbot can use; give --database a file path, sqlite://PATH \
         or a postgres:// URL"
    )]
    UnknownScheme(String),
    #[error("cannot create the directory `{dir}` for the SQLite database: {source}; create it or choose another --database")]
    CreateDir { dir: String, source: std::io::Error },
    #[error("SQLite database `{path}`: {source}; check the file is a briefbot database and the directory is writable")]
    Sqlite {
        path: String,
        source: rusqlite::Error,
    },
    #[error("PostgreSQL ({url}): {source}; check that the server is running and that the URL's user may create tables in the database")]
    Postgres {
        url: String,
        source: postgres::Error,
    },
    #[error("the database `{url}` was migrated by a newer briefbot (schema version {found}, this one knows up to {known}); upgrade briefbot")]
    TooNew { url: String, found: i64, known: i64 },
}

/// A place the question log is kept. Implementations apply their migrations when opened.
pub trait LogStore: Send {
    /// Writes a batch in one transaction: all of it or, on an error, none of it. Writing the
    /// same question twice keeps the first, so a batch retried after an error whose commit in
    /// fact succeeded logs nothing twice. A vote replaces the same user's earlier vote on the
    /// same answer.
    fn write(&mut self, batch: &[Record]) -> Result<(), StoreError>;
    /// Deletes questions and votes older than `before` (Unix seconds); returns rows deleted.
    fn purge(&mut self, before: i64) -> Result<u64, StoreError>;
    /// Questions asked at or after `since`, oldest first, of one brief if given.
    fn questions(&mut self, since: i64, brief: Option<&str>) -> Result<Vec<Question>, StoreError>;
    /// Votes cast at or after `since`.
    fn votes(&mut self, since: i64) -> Result<Vec<Vote>, StoreError>;
    /// The schema version the database is at.
    fn schema_version(&mut self) -> Result<i64, StoreError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_urls() {
        // (given, expected)
        let cases = [
            ("data/log.db", Ok(Database::Sqlite("data/log.db".into()))),
            (
                "sqlite:///tmp/x.db",
                Ok(Database::Sqlite("/tmp/x.db".into())),
            ),
            ("sqlite://rel.db", Ok(Database::Sqlite("rel.db".into()))),
            (
                "postgres://u:p@h/db",
                Ok(Database::Postgres("postgres://u:p@h/db".into())),
            ),
            (
                "postgresql://h/db",
                Ok(Database::Postgres("postgresql://h/db".into())),
            ),
            ("mysql://h/db", Err("mysql")),
            ("", Err("empty")),
            ("sqlite://", Err("empty")),
        ];
        for (given, want) in cases {
            let got = Database::parse(given);
            match (got, want) {
                (Ok(g), Ok(w)) => assert_eq!(g, w, "{given}"),
                (Err(e), Err(w)) => assert!(e.to_string().contains(w), "{given}: {e}"),
                (g, w) => panic!("{given}: got {g:?}, want {w:?}"),
            }
        }
    }

    #[test]
    fn passwords_are_not_shown() {
        let d = Database::parse("postgres://bot:hunter2@db:5432/briefbot").unwrap();
        assert_eq!(d.describe(), "postgres://bot:***@db:5432/briefbot");
        assert!(!d.describe().contains("hunter2"));
    }
}
