//! The parsed command line ([`Cli`]) checked and turned into what to do ([`Config`]): every
//! flag that can be wrong (shard specs, the token, the public key) is checked here, before the
//! knowledge base loads, so a mistake is reported at once instead of after a long load.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::bench::BenchConfig;
use crate::commands::{Options, Request, DEFAULT_LIMIT};
use crate::discord::commands;
use crate::discord::cooldown::Cooldown;
use crate::discord::serve::{self, Shards};
use crate::endpoint::{self, EndpointConfig};
use crate::engine::Engine;
use crate::http_serve::Timeouts;

use crate::qlog::secret::SecretSource;
use crate::qlog::{Database, LogConfig};

use super::args::{
    BenchArgs, Cli, Command, CooldownArgs, DatabaseArgs, LoadgenArgs, Output, QuestionLogArgs,
    ReloadArgs, ServeArgs, ServeHttpArgs,
};
use super::error::CliError;

/// Where the knowledge base is and where its index snapshot is kept.
#[derive(Debug)]
pub struct Knowledge {
    pub dir: PathBuf,
    pub cache: Option<PathBuf>,
    pub embeddings: crate::embeddings::Choice,
}

impl Knowledge {
    /// Loads the knowledge base, from the snapshot when it is current.
    pub fn load(&self) -> Result<Engine, CliError> {
        let embedder = self.embedder()?;
        crate::snapshot::load_or_build_with(&self.dir, self.cache.as_deref(), embedder)
            .map_err(CliError::Knowledge)
    }

    /// The embedding table, loaded (an explicitly named one that fails is an error).
    pub fn embedder(&self) -> Result<Option<std::sync::Arc<crate::semantic::Embedder>>, CliError> {
        self.embeddings.load().map_err(CliError::Embeddings)
    }
}

/// What the invocation asks for, with everything already checked.
pub struct Config {
    pub knowledge: Knowledge,
    pub action: Action,
}

/// One variant per thing the CLI can do. Those that answer from the knowledge base load it
/// themselves (through [`Knowledge::load`]); the others never touch it.
pub enum Action {
    /// `timeline`, `actor`, `claim`, `ask`, `brief` and `source`: one request to the engine.
    Answer {
        request: Request,
        options: Options,
        json: bool,
        /// Where to write the timeline picture (`timeline --png/--svg`).
        picture: PictureFiles,
    },
    Check,
    Preview {
        command: String,
        args: commands::Args,
    },
    Eval {
        file: PathBuf,
        options: Options,
        json: bool,
        samples: Option<PathBuf>,
    },
    Calibrate {
        files: Vec<PathBuf>,
    },
    Serve(Gateway),
    ServeHttp(HttpEndpoint),
    /// `loadgen --print-public-key`.
    PrintPublicKey,
    Loadgen(Loadgen),
    Bench {
        config: BenchConfig,
        json: bool,
    },
    BenchLoad {
        library: PathBuf,
        snapshot: PathBuf,
    },
    BenchStart {
        library: PathBuf,
        snapshot: PathBuf,
    },
    /// `bench-eval`: the engine and BM25 on evaluation files.
    BenchEval {
        files: Vec<PathBuf>,
        json: bool,
    },
    Register {
        print: bool,
    },
    /// `gaps`: the curator's to-do list from the question log.
    Gaps {
        database: Database,
        since: u64,
        brief: Option<String>,
        limit: usize,
        json: bool,
    },
    /// `stats`: the question log summed up.
    Stats {
        database: Database,
        since: u64,
        brief: Option<String>,
        json: bool,
    },
    /// `draft`: a knowledge base drafted from a brief or a folder of briefs.
    Draft {
        input: PathBuf,
        out: PathBuf,
        id: Option<String>,
        options: crate::draft::DraftOptions,
    },
    /// `draft-eval`: a draft scored against a curated brief.
    DraftEval {
        draft: PathBuf,
        reference: PathBuf,
        json: bool,
    },
}

/// Files to write the timeline picture to.
#[derive(Debug, Default)]
pub struct PictureFiles {
    pub png: Option<PathBuf>,
    pub svg: Option<PathBuf>,
}

impl PictureFiles {
    pub fn any(&self) -> bool {
        self.png.is_some() || self.svg.is_some()
    }
}

/// `serve`: the gateway bot.
pub struct Gateway {
    /// Everything but the metrics and the log, which exist only once serving starts.
    pub discord: serve::Config,
    pub metrics_bind: Option<String>,
    pub watch: Option<Duration>,
    pub logging: Logging,
}

/// `serve-http`: the interactions endpoint.
pub struct HttpEndpoint {
    pub bind: String,
    /// Everything but the log, which exists only once serving starts.
    pub endpoint: EndpointConfig,
    pub watch: Option<Duration>,
    pub logging: Logging,
}

/// The question log of a server: off, or where it goes and how it is kept.
pub enum Logging {
    Off,
    On {
        database: Database,
        secret: SecretSource,
        config: LogConfig,
    },
}

/// `loadgen` without `--print-public-key`.
pub struct Loadgen {
    pub target: LoadTarget,
    /// Measure the question log's cost: the same load against a server with and one without.
    pub log_cost: bool,
    pub requests: usize,
    pub concurrency: usize,
    pub bad_share: f64,
    pub max_duration: Duration,
    pub json: bool,
}

/// The endpoint `loadgen` sends to.
pub enum LoadTarget {
    /// A running server (`--url`), with the processes whose memory to report.
    Url { url: String, server_pids: Vec<u32> },
    /// A `serve-http` process started for the run, with `--knowledge` as given (if given).
    OwnServer { knowledge: Option<PathBuf> },
}

impl Config {
    pub fn from_cli(cli: Cli) -> Result<Config, CliError> {
        let knowledge = Knowledge {
            dir: cli.knowledge.clone().unwrap_or_else(default_knowledge_dir),
            cache: cli.index_cache,
            embeddings: match (cli.no_embeddings, cli.embeddings) {
                (true, _) => crate::embeddings::Choice::Off,
                (false, Some(dir)) => crate::embeddings::Choice::Dir(dir),
                (false, None) => crate::embeddings::Choice::Bundled,
            },
        };
        let pictures = crate::discord::Pictures::from_switch(cli.no_pictures);
        let action = action(
            cli.command,
            cli.knowledge,
            knowledge.embeddings.clone(),
            pictures,
        )?;
        Ok(Config { knowledge, action })
    }
}

fn action(
    command: Command,
    knowledge: Option<PathBuf>,
    embeddings: crate::embeddings::Choice,
    pictures: crate::discord::Pictures,
) -> Result<Action, CliError> {
    Ok(match command {
        Command::Timeline {
            query,
            out,
            png,
            svg,
        } => {
            let files = PictureFiles { png, svg };
            if files.any() && pictures == crate::discord::Pictures::Off {
                return Err(CliError::PicturesOff);
            }
            timeline(&query, out, files)
        }
        Command::Actor { query, out } => answer(Request::Actor(query_text(&query)), out),
        Command::Claim { query, out } => answer(Request::Claim(query_text(&query)), out),
        Command::Ask { query, out } => answer(Request::Ask(query_text(&query)), out),
        Command::Brief { id, json } => Action::Answer {
            request: Request::Brief(id),
            options: Options::default(),
            json,
            picture: PictureFiles::default(),
        },
        Command::Source {
            paragraph,
            json,
            brief,
        } => Action::Answer {
            request: Request::Source(paragraph),
            options: only_brief(brief),
            json,
            picture: PictureFiles::default(),
        },
        Command::Check => Action::Check,
        Command::Preview { command, query } => preview(command, &query, pictures),
        Command::Eval {
            file,
            json,
            brief,
            samples,
        } => Action::Eval {
            file,
            options: only_brief(brief),
            json,
            samples,
        },
        Command::Calibrate { files } => Action::Calibrate { files },
        Command::Serve(args) => Action::Serve(gateway(args, pictures)?),
        Command::ServeHttp(args) => Action::ServeHttp(http_endpoint(args, pictures)?),
        Command::Loadgen(args) if args.print_public_key => Action::PrintPublicKey,
        Command::Loadgen(args) => Action::Loadgen(loadgen(args, knowledge)),
        Command::Bench(args) => bench(&args, embeddings),
        Command::BenchLoad { library, snapshot } => Action::BenchLoad { library, snapshot },
        Command::BenchStart { library, snapshot } => Action::BenchStart { library, snapshot },
        Command::BenchEval { files, json } => Action::BenchEval { files, json },
        Command::Register { print } => Action::Register { print },
        Command::Gaps(args) => Action::Gaps {
            database: database(&args.db)?,
            since: args.since,
            brief: args.brief,
            limit: args.limit.max(1),
            json: args.json,
        },
        Command::Stats(args) => Action::Stats {
            database: database(&args.db)?,
            since: args.since,
            brief: args.brief,
            json: args.json,
        },
        Command::Draft {
            input,
            out,
            id,
            series,
            publisher,
            published,
        } => Action::Draft {
            input,
            out,
            id,
            options: crate::draft::DraftOptions {
                series,
                publisher,
                published,
            },
        },
        Command::DraftEval {
            draft,
            reference,
            json,
        } => Action::DraftEval {
            draft,
            reference,
            json,
        },
    })
}

/// `--database`, or the SQLite file in the data directory.
fn database(args: &DatabaseArgs) -> Result<Database, CliError> {
    match &args.database {
        Some(url) => Database::parse(url).map_err(CliError::DatabaseUrl),
        None => Ok(Database::default_in(&args.data_dir)),
    }
}

fn logging(args: &QuestionLogArgs) -> Result<Logging, CliError> {
    if args.no_question_log {
        return Ok(Logging::Off);
    }
    let secret = match (&args.log_secret_file, std::env::var("BRIEFBOT_LOG_SECRET")) {
        (Some(file), _) => SecretSource::File(file.clone()),
        (None, Ok(value)) => SecretSource::Value(value),
        (None, Err(_)) => SecretSource::Generated(args.db.data_dir.join("log-secret")),
    };
    Ok(Logging::On {
        database: database(&args.db)?,
        secret,
        config: LogConfig {
            retention: Duration::from_secs(args.retention_days * 86_400),
            ..LogConfig::default()
        },
    })
}

fn query_text(words: &[String]) -> String {
    words.join(" ")
}

fn answer(request: Request, out: Output) -> Action {
    Action::Answer {
        request,
        options: Options {
            limit: out.limit,
            brief: out.brief,
        },
        json: out.json,
        picture: PictureFiles::default(),
    }
}

/// A timeline without a query lists every event unless `--limit` was given: a bare
/// `briefbot timeline` is asking for the whole chronology.
fn timeline(query: &[String], mut out: Output, files: PictureFiles) -> Action {
    let q = query_text(query);
    if q.trim().is_empty() && out.limit == DEFAULT_LIMIT {
        out.limit = usize::MAX;
    }
    match answer(Request::Timeline(Some(q)), out) {
        Action::Answer {
            request,
            options,
            json,
            ..
        } => Action::Answer {
            request,
            options,
            json,
            picture: files,
        },
        other => other,
    }
}

fn only_brief(brief: Option<String>) -> Options {
    Options {
        brief,
        ..Options::default()
    }
}

/// `preview` passes its words as the slash command's text, and also as its paragraph number
/// when they are one, as Discord would for `source`.
fn preview(command: String, query: &[String], pictures: crate::discord::Pictures) -> Action {
    let text = query_text(query);
    let args = commands::Args {
        paragraph: text.trim().parse().ok(),
        text: Some(text).filter(|t| !t.trim().is_empty()),
        private: false,
        brief: None,
        pictures,
    };
    Action::Preview { command, args }
}

fn gateway(args: ServeArgs, pictures: crate::discord::Pictures) -> Result<Gateway, CliError> {
    let shards = shards(&args)?;
    let token = serve::read_token(
        std::env::var("DISCORD_TOKEN").ok(),
        args.token_file.as_deref(),
    )
    .map_err(CliError::Token)?;
    Ok(Gateway {
        discord: serve::Config {
            token,
            http_proxy: args.http_proxy,
            guild: args.guild,
            shards,
            cooldown: cooldown(&args.cooldown),
            drain: Duration::from_secs(10),
            metrics: None,
            log: None,
            pictures,
        },
        metrics_bind: args.metrics_bind,
        watch: watch(&args.reload),
        logging: logging(&args.log)?,
    })
}

/// `--shard-range A..B --total-shards N` (clap makes them come together), else `--shards`.
fn shards(args: &ServeArgs) -> Result<Shards, CliError> {
    if let (Some(range), Some(total)) = (&args.shard_range, args.total_shards) {
        let (a, b) = range
            .split_once("..")
            .ok_or_else(|| CliError::ShardRangeShape(range.clone()))?;
        let parse = |s: &str| {
            s.trim()
                .parse::<u32>()
                .map_err(|_| CliError::ShardRangeNumber(s.to_string()))
        };
        return Ok(Shards::Range {
            start: parse(a)?,
            end: parse(b)?,
            total,
        });
    }
    match args.shards.as_deref() {
        None => Ok(Shards::Single),
        Some("auto") => Ok(Shards::Auto),
        Some(n) => n
            .parse()
            .map(Shards::Count)
            .map_err(|_| CliError::Shards(n.to_string())),
    }
}

fn http_endpoint(
    args: ServeHttpArgs,
    pictures: crate::discord::Pictures,
) -> Result<HttpEndpoint, CliError> {
    let hex = args.public_key.as_deref().ok_or(CliError::NoPublicKey)?;
    let public_key = endpoint::parse_public_key(hex).map_err(CliError::PublicKey)?;
    Ok(HttpEndpoint {
        endpoint: EndpointConfig {
            public_key,
            freshness: Duration::from_secs(args.freshness),
            max_body: args.max_body,
            cooldown: cooldown(&args.cooldown),
            timeouts: Timeouts {
                header: Duration::from_secs(args.header_timeout),
                body: Duration::from_secs(args.body_timeout),
                idle: Duration::from_secs(args.idle_timeout),
            },
            log: None,
            pictures,
        },
        bind: args.bind,
        watch: watch(&args.reload),
        logging: logging(&args.log)?,
    })
}

fn cooldown(args: &CooldownArgs) -> Cooldown {
    Cooldown::new(args.cooldown_max, Duration::from_secs(args.cooldown_window))
}

/// An interval of 0 would make `--watch` spin, so it is read as 1 second.
fn watch(args: &ReloadArgs) -> Option<Duration> {
    args.watch
        .then(|| Duration::from_secs(args.watch_interval.max(1)))
}

fn loadgen(args: LoadgenArgs, knowledge: Option<PathBuf>) -> Loadgen {
    let target = match args.url {
        Some(url) => LoadTarget::Url {
            url,
            server_pids: args.server_pid,
        },
        None => LoadTarget::OwnServer { knowledge },
    };
    Loadgen {
        target,
        log_cost: args.log_cost,
        requests: args.requests,
        concurrency: args.concurrency,
        bad_share: args.bad_share.clamp(0.0, 1.0),
        max_duration: Duration::from_secs(args.max_seconds),
        json: args.json,
    }
}

fn bench(args: &BenchArgs, embeddings: crate::embeddings::Choice) -> Action {
    // The baseline scans every entry per query; keep its share of the run bounded.
    let baseline = args
        .baseline_queries
        .unwrap_or_else(|| (20_000_000 / args.entries.max(1)).clamp(5, args.queries));
    Action::Bench {
        config: BenchConfig {
            entries: args.entries,
            queries: args.queries,
            baseline_queries: baseline,
            dir: args.dir.clone(),
            from_snapshot: args.from_snapshot,
            embeddings,
            picture_only: args.picture_only,
            draft_only: args.draft_only,
        },
        json: args.json,
    }
}

/// Finds the bundled knowledge base when no directory is given: `knowledge/` in the current
/// directory, then beside or above the executable (so `target/release/briefbot` finds the
/// repository's), then the source tree the binary was built from.
pub fn default_knowledge_dir() -> PathBuf {
    let here = PathBuf::from("knowledge");
    if here.is_dir() {
        return here;
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1).take(4) {
            let candidate = dir.join("knowledge");
            if candidate.join("README.md").is_file() || has_brief(&candidate) {
                return candidate;
            }
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")
}

fn has_brief(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|mut it| it.any(|e| e.is_ok_and(|e| e.path().join("brief.json").is_file())))
        .unwrap_or(false)
}
