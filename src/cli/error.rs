//! Why a command did not run to the end. Each variant's message says what went wrong and, where
//! the user can do something about it, what to do; [`CliError::exit_code`] keeps the documented
//! split: 2 for a problem with what was asked, 1 for one the program met while doing it.

use std::io::Write as _;
use std::process::ExitCode;

use crate::commands::QueryError;
use crate::discord::serve::ServeError;
use crate::eval::EvalError;
use crate::kb::LoadErrors;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("--shard-range `{0}` must look like 0..4 (the first shard, two dots, the shard after the last)")]
    ShardRangeShape(String),
    #[error("`{0}` in --shard-range is not a number")]
    ShardRangeNumber(String),
    #[error("--shards takes `auto` or a number, not `{0}`")]
    Shards(String),
    /// A missing bot token or an unreadable token file ([`ServeError`] says how to get one).
    #[error("{0}")]
    Token(ServeError),
    #[error(
        "no public key. Copy PUBLIC KEY from the application's General Information page at \
         https://discord.com/developers/applications into DISCORD_PUBLIC_KEY or --public-key"
    )]
    NoPublicKey,
    /// The message from [`crate::endpoint::parse_public_key`], which says what the key looks like.
    #[error("{0}")]
    PublicKey(String),
    /// The knowledge base did not load; the message lists every problem, one per line.
    #[error("{0}")]
    Knowledge(LoadErrors),
    /// An embedding table named with --embeddings did not load.
    #[error("{0}")]
    Embeddings(crate::semantic::EmbedderError),
    /// An empty query, an unknown brief, a paragraph out of range, a query too long.
    #[error("{0}")]
    Query(#[from] QueryError),
    #[error("{0}")]
    EvalCases(#[from] EvalError),
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: String,
        source: std::io::Error,
    },
    #[error("cannot listen on {addr} for metrics: {source}")]
    ListenMetrics {
        addr: String,
        source: std::io::Error,
    },
    /// The HTTP server failed while serving.
    #[error("{0}")]
    Serve(std::io::Error),
    /// Discord refused the bot or the connection failed ([`ServeError`] says what to change).
    #[error("{0}")]
    Gateway(ServeError),
    /// `bench` or its internal `bench-load` failed.
    #[error("{0}")]
    Bench(std::io::Error),
    /// `draft` or `draft-eval` failed; the message says which file and what to do.
    #[error("{0}")]
    Draft(super::draft::DraftCliError),
    #[error(
        "--png and --svg write the timeline picture, which --no-pictures (or \
         BRIEFBOT_NO_PICTURES) turns off; drop one or the other"
    )]
    PicturesOff,
    #[error("{0}")]
    Picture(#[from] crate::render::picture::PictureError),
    #[error(
        "the answer names no loaded brief, so there is no timeline to draw; check --knowledge \
         and --brief"
    )]
    NoPicture,
    #[error(
        "cannot write the picture to {path}: {source}; check that its folder exists and can be \
         written"
    )]
    WritePicture {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "cannot write the samples to {path}: {source}; check that its folder exists and can be \
         written"
    )]
    WriteSamples {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot start a server: {0}")]
    SpawnServer(std::io::Error),
    #[error(
        "the `serve-http` process started for the run stopped before it listened ({0}); its own \
         error is above. Fix that, or start a server yourself and pass its address with --url"
    )]
    ServerNotListening(String),
    /// The question log's database could not be named, opened or read ([`StoreError`] says
    /// what to check).
    #[error("question log: {0}")]
    Database(crate::qlog::StoreError),
    /// `--database` names no database briefbot can use.
    #[error("{0}")]
    DatabaseUrl(crate::qlog::StoreError),
    #[error("question log: {0}")]
    LogSecret(crate::qlog::secret::SecretError),
    #[error(
        "no question log at `{0}` yet: it is created when `briefbot serve` or `serve-http` \
         first starts with the same --database (or --data-dir)"
    )]
    NoLog(String),
}

impl CliError {
    /// 2 when the invocation or its input is wrong (as clap's usage errors), 1 otherwise.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Draft(e) => ExitCode::from(e.exit_code()),
            CliError::ShardRangeShape(_)
            | CliError::ShardRangeNumber(_)
            | CliError::Shards(_)
            | CliError::Token(_)
            | CliError::NoPublicKey
            | CliError::PublicKey(_)
            | CliError::Query(_)
            | CliError::EvalCases(_)
            | CliError::LogSecret(_)
            | CliError::DatabaseUrl(_)
            | CliError::NoLog(_)
            | CliError::PicturesOff => ExitCode::from(2),
            CliError::Knowledge(_)
            | CliError::Embeddings(_)
            | CliError::Runtime(_)
            | CliError::Listen { .. }
            | CliError::ListenMetrics { .. }
            | CliError::Serve(_)
            | CliError::Gateway(_)
            | CliError::Bench(_)
            | CliError::SpawnServer(_)
            | CliError::ServerNotListening(_)
            | CliError::Database(_)
            | CliError::Picture(_)
            | CliError::NoPicture
            | CliError::WritePicture { .. }
            | CliError::WriteSamples { .. } => ExitCode::from(1),
        }
    }

    /// Prints the error on standard error as `error: …` and returns its exit code. A report of
    /// every knowledge-base problem can be long, and a closed stderr must not turn it into a
    /// panic, so write errors are ignored.
    pub fn report(&self) -> ExitCode {
        let text = format!("error: {self}");
        // The knowledge-base report already ends each problem with a newline.
        let newline = if text.ends_with('\n') { "" } else { "\n" };
        let _ = write!(std::io::stderr().lock(), "{text}{newline}");
        self.exit_code()
    }
}
