//! The command line as clap parses it: flags, subcommands and their defaults, with no meaning
//! attached yet. [`super::config`] turns these into a checked [`super::config::Config`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "briefbot",
    version,
    about = "Answers questions about policy briefs, citing the brief."
)]
pub struct Cli {
    /// Knowledge base directory (one folder per brief). Defaults to the bundled `knowledge/`.
    #[arg(long, global = true, env = "BRIEFBOT_KNOWLEDGE", value_name = "DIR")]
    pub knowledge: Option<PathBuf>,

    /// Keep an index snapshot in this file: start from it while the knowledge base is unchanged
    /// (a million entries load in under a second instead of many), and rewrite it after a full
    /// load. Keep it outside the knowledge directory.
    #[arg(long, global = true, env = "BRIEFBOT_INDEX_CACHE", value_name = "FILE")]
    pub index_cache: Option<PathBuf>,

    /// Embedding table (a model2vec folder) for matching what a question means, not only its
    /// words. Defaults to the bundled `models/minilm-l6-static/`; when that is missing, words
    /// only are matched.
    #[arg(
        long,
        global = true,
        env = "BRIEFBOT_EMBEDDINGS",
        value_name = "DIR",
        conflicts_with = "no_embeddings"
    )]
    pub embeddings: Option<PathBuf>,

    /// Match words only, without the embedding table.
    #[arg(long, global = true)]
    pub no_embeddings: bool,

    /// Send timeline answers without their picture (`serve`, `serve-http`, `preview`).
    #[arg(long, global = true, env = "BRIEFBOT_NO_PICTURES")]
    pub no_pictures: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Output {
    /// Print exactly one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    /// Most results to return.
    #[arg(long, default_value_t = crate::commands::DEFAULT_LIMIT, value_parser = parse_limit)]
    pub limit: usize,
    /// Only search this brief (its folder name under knowledge/).
    #[arg(long, value_name = "ID")]
    pub brief: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Dated events in order; with a query, the events of a date ("oct 25", "2006") or topic.
    Timeline {
        query: Vec<String>,
        #[command(flatten)]
        out: Output,
        /// Also write the timeline picture the bot sends, as PNG, to FILE.
        #[arg(long, value_name = "FILE")]
        png: Option<PathBuf>,
        /// Also write the timeline picture as SVG to FILE.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
    },
    /// Who a person, state, group or outlet is, and what the brief says about it.
    Actor {
        #[arg(required = true)]
        query: Vec<String>,
        #[command(flatten)]
        out: Output,
    },
    /// What the brief says about a statement: supported, disputed, or only reported.
    Claim {
        #[arg(required = true)]
        query: Vec<String>,
        #[command(flatten)]
        out: Output,
    },
    /// A free-text question, routed like a direct message to the bot.
    Ask {
        #[arg(required = true)]
        query: Vec<String>,
        #[command(flatten)]
        out: Output,
    },
    /// The loaded briefs, or one brief by id.
    Brief {
        id: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Paragraph N of a brief, verbatim.
    Source {
        paragraph: usize,
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "ID")]
        brief: Option<String>,
    },
    /// Validate the knowledge base and report entries per kind and uncovered sentences.
    Check,
    /// Run the Discord bot over the gateway (token from DISCORD_TOKEN or --token-file).
    Serve(ServeArgs),
    /// Show, as text, the Discord reply the bot would send to a slash command.
    Preview {
        /// timeline, actor, claim, ask, brief, source or help.
        command: String,
        /// The command's text (or paragraph number for `source`).
        query: Vec<String>,
    },
    /// Serve Discord interactions over HTTP (the Interactions Endpoint URL), verifying signatures.
    ServeHttp(ServeHttpArgs),
    /// Load-test an interactions endpoint with signed requests (loopback only).
    Loadgen(LoadgenArgs),
    /// Measure the engine on a synthetic library of N entries, side by side with a naive baseline.
    Bench(BenchArgs),
    /// Internal to `bench`: the full load and snapshot write, in their own process so that their
    /// memory does not disturb the query measurements. Prints one JSON object.
    #[command(hide = true)]
    BenchLoad {
        #[arg(long)]
        library: PathBuf,
        #[arg(long)]
        snapshot: PathBuf,
    },
    /// Internal to `bench`: a start from the index snapshot in a fresh process, as a restart
    /// is. Prints one JSON object.
    #[command(hide = true)]
    BenchStart {
        #[arg(long)]
        library: PathBuf,
        #[arg(long)]
        snapshot: PathBuf,
    },
    /// Compare the engine with the bench's BM25 baseline (tantivy) on evaluation files: top-1
    /// and top-3 over their answerable cases, per command.
    BenchEval {
        /// JSONL files of cases, as `eval` reads (e.g. tests/data/dev.jsonl).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// What readers asked that the knowledge base did not answer, or answered badly (voted
    /// down): near-duplicates grouped, most people first, each with its nearest entries.
    Gaps(GapsArgs),
    /// Questions per day, the answer rate, the vote ratio and the most-asked entries.
    Stats(StatsArgs),
    /// Print or show the slash command definitions.
    Register {
        /// Print the command definitions as JSON, without connecting to Discord.
        #[arg(long)]
        print: bool,
    },
    /// Measure answers against a JSONL file of cases (see ../shared/eval/dev.jsonl).
    Eval {
        file: PathBuf,
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "ID")]
        brief: Option<String>,
        /// Also write one JSON line per case to FILE: the best entry (answered or suggested),
        /// whether it is right, where the first right entry ranks, and the evidence the
        /// answer-or-abstain decision weighed. For studying the decision, not for scoring.
        #[arg(long, value_name = "FILE")]
        samples: Option<PathBuf>,
    },
    /// Draft a knowledge base from a brief (.txt/.md, .html or .pdf) for a curator to review,
    /// or from every brief in a folder (each into OUT/<file name>, with a progress bar).
    Draft {
        /// The brief's file, or a folder of briefs.
        input: PathBuf,
        /// The brief's folder to write (brief.json, actors.json, events.json, claims.json and
        /// seed.txt); with a folder of briefs, the knowledge directory to write them into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Write the brief into OUT/ID instead of OUT itself (the id is the folder's name).
        #[arg(long, value_name = "ID")]
        id: Option<String>,
        /// The brief's series, when its front matter does not name it (default "Policy Brief").
        #[arg(long)]
        series: Option<String>,
        /// The brief's publisher, when its front or back matter does not name it.
        #[arg(long)]
        publisher: Option<String>,
        /// The brief's publication date, YYYY-MM-DD, when its text does not give it whole: a
        /// wire's dateline without its year ("KELOWNA, British Columbia, Aug. 19 (Northstar
        /// Wire) –"), or a byline without a date. It wins over a date the text gives.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = publication_date)]
        published: Option<(i32, u8, u8)>,
    },
    /// Score a draft against a curated knowledge base of the same brief: actors, surface forms,
    /// kinds, events and their dates, attributions and speakers, the authors' claims.
    DraftEval {
        /// The drafted brief's folder.
        draft: PathBuf,
        /// The curated brief's folder.
        reference: PathBuf,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Fit the ranking blend and the answer-or-abstain weights on a JSONL file of cases written
    /// for training (never the cases you measure on), and print them.
    Calibrate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

/// Accepts a result limit from 1 to 50; clap shows the message as a usage error (exit 2).
fn parse_limit(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n @ 1..=50) => Ok(n),
        _ => Err(format!("`{s}` is not a number from 1 to 50")),
    }
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Read the bot token from this file instead of DISCORD_TOKEN (for secrets mounted as files).
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// Send every REST call through this HTTP proxy (e.g. twilight-http-proxy); the gateway
    /// address then comes from the proxy too, and serenity's own ratelimiter is off.
    #[arg(long, env = "BRIEFBOT_HTTP_PROXY", value_name = "URL")]
    pub http_proxy: Option<String>,
    /// Register commands in this guild only (instant, for testing) instead of globally.
    #[arg(long, env = "DISCORD_GUILD_ID", value_name = "ID")]
    pub guild: Option<u64>,
    /// Shards to run: `auto` (Discord's recommendation) or a number.
    #[arg(long, value_name = "auto|N")]
    pub shards: Option<String>,
    /// Run only shards A..B (B exclusive) of --total-shards, to split a bot across processes.
    #[arg(long, value_name = "A..B", requires = "total_shards")]
    pub shard_range: Option<String>,
    /// The bot's total shard count, with --shard-range.
    #[arg(long, value_name = "N", requires = "shard_range")]
    pub total_shards: Option<u32>,
    #[command(flatten)]
    pub cooldown: CooldownArgs,
    #[command(flatten)]
    pub reload: ReloadArgs,
    /// Also serve /healthz and /metrics (Prometheus) on this address, e.g. 127.0.0.1:9100.
    #[arg(long, value_name = "ADDR")]
    pub metrics_bind: Option<String>,
    #[command(flatten)]
    pub log: QuestionLogArgs,
}

/// Where the question log is kept. Shared by the servers and the reporting commands.
#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// The question log's database: a file path or sqlite://PATH (SQLite), or a
    /// postgres://user:password@host/db URL (shared by replicas). Default: briefbot.sqlite3 in
    /// the data directory.
    #[arg(long, env = "BRIEFBOT_DATABASE", value_name = "URL")]
    pub database: Option<String>,
    /// Where briefbot keeps its SQLite log and the generated log secret.
    #[arg(
        long,
        env = "BRIEFBOT_DATA_DIR",
        value_name = "DIR",
        default_value = "briefbot-data"
    )]
    pub data_dir: PathBuf,
}

/// The question log of a server.
#[derive(Debug, Args)]
pub struct QuestionLogArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// Log no questions and no votes, and show no 👍/👎 buttons.
    #[arg(long)]
    pub no_question_log: bool,
    /// Delete logged questions and votes older than this many days.
    #[arg(long, env = "BRIEFBOT_RETENTION_DAYS", default_value_t = 90, value_name = "DAYS", value_parser = clap::value_parser!(u64).range(1..))]
    pub retention_days: u64,
    /// Read the secret that keys user hashes from this file (default: BRIEFBOT_LOG_SECRET, else
    /// `log-secret` in the data directory, generated on first start). Replicas sharing one
    /// database must share the secret too.
    #[arg(long, value_name = "FILE")]
    pub log_secret_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct GapsArgs {
    /// How far back to look: 30d, 12h, 2w.
    #[arg(long, default_value = "30d", value_parser = crate::qlog::report::parse_since)]
    pub since: u64,
    /// Only questions scoped to this brief.
    #[arg(long, value_name = "ID")]
    pub brief: Option<String>,
    /// Most gaps to list.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Print exactly one JSON object.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub db: DatabaseArgs,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// How far back to look: 30d, 12h, 2w.
    #[arg(long, default_value = "30d", value_parser = crate::qlog::report::parse_since)]
    pub since: u64,
    /// Only questions scoped to this brief.
    #[arg(long, value_name = "ID")]
    pub brief: Option<String>,
    /// Print exactly one JSON object.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub db: DatabaseArgs,
}

/// Live reload: SIGHUP always reloads; `--watch` also reloads when the files change.
#[derive(Debug, Args)]
pub struct ReloadArgs {
    /// Reload the knowledge base when files under it (or its seeds) change.
    #[arg(long)]
    pub watch: bool,
    /// How often --watch looks for changes.
    #[arg(long, default_value_t = 2, value_name = "SECONDS")]
    pub watch_interval: u64,
}

#[derive(Debug, Args)]
pub struct CooldownArgs {
    /// Requests one user may make per cooldown window; 0 turns the cooldown off.
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub cooldown_max: usize,
    /// The cooldown window in seconds.
    #[arg(long, default_value_t = 10, value_name = "SECONDS")]
    pub cooldown_window: u64,
}

#[derive(Debug, Args)]
pub struct ServeHttpArgs {
    /// Address to listen on, e.g. 0.0.0.0:8080 (behind TLS termination) or 127.0.0.1:8080.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// The application's public key (64 hex digits, General Information in the developer portal).
    #[arg(long, env = "DISCORD_PUBLIC_KEY", value_name = "HEX")]
    pub public_key: Option<String>,
    /// Refuse signed requests whose timestamp is further than this from now (replays).
    #[arg(long, default_value_t = 300, value_name = "SECONDS")]
    pub freshness: u64,
    /// Refuse request bodies larger than this.
    #[arg(long, default_value_t = crate::endpoint::DEFAULT_MAX_BODY, value_name = "BYTES")]
    pub max_body: usize,
    /// Close a connection whose request headers take longer than this from their first byte.
    #[arg(long, default_value_t = 10, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub header_timeout: u64,
    /// Answer 408 to a request whose body takes longer than this after its headers.
    #[arg(long, default_value_t = 10, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub body_timeout: u64,
    /// Close a connection with no request in progress and no traffic for this long.
    #[arg(long, default_value_t = 60, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub idle_timeout: u64,
    #[command(flatten)]
    pub reload: ReloadArgs,
    #[command(flatten)]
    pub cooldown: CooldownArgs,
    #[command(flatten)]
    pub log: QuestionLogArgs,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Entries in the synthetic library (generated once, then reused).
    #[arg(long, default_value_t = 100_000)]
    pub entries: usize,
    /// Queries per command.
    #[arg(long, default_value_t = 1000)]
    pub queries: usize,
    /// Queries per command for the naive baseline (default: fewer as the library grows).
    #[arg(long)]
    pub baseline_queries: Option<usize>,
    /// Where generated libraries are kept.
    #[arg(long, default_value = "target/bench-library", value_name = "DIR")]
    pub dir: PathBuf,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Start from the existing index snapshot when it is current, skipping the full load (quick
    /// reruns of the query figures; the full load time is then not measured).
    #[arg(long)]
    pub from_snapshot: bool,
    /// Measure only the timeline picture beside the text answer (seconds instead of minutes).
    #[arg(long)]
    pub picture_only: bool,
    /// Measure only `draft` on the bundled and evaluation briefs, beside loading their curated
    /// knowledge bases (run from a checkout).
    #[arg(long, conflicts_with = "picture_only")]
    pub draft_only: bool,
}

#[derive(Debug, Args)]
pub struct LoadgenArgs {
    /// The endpoint to load. Without it, a server is started for the run and stopped after.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    #[arg(long, default_value_t = 20_000)]
    pub requests: usize,
    #[arg(long, default_value_t = 64)]
    pub concurrency: usize,
    /// Share of requests sent with a forged signature.
    #[arg(long, default_value_t = 0.1)]
    pub bad_share: f64,
    /// Stop after this many seconds whatever is left.
    #[arg(long, default_value_t = 120)]
    pub max_seconds: u64,
    /// Processes whose memory to report (the servers behind --url).
    #[arg(long, value_name = "PID", value_delimiter = ',')]
    pub server_pid: Vec<u32>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Print the public key of the load generator's test signing key and exit.
    #[arg(long)]
    pub print_public_key: bool,
    /// Measure what the question log costs: run the same load against a server with the log
    /// and one without, alternating, and report both (needs no --url).
    #[arg(long, conflicts_with = "url")]
    pub log_cost: bool,
}

/// Reads `--published`: a day as YYYY-MM-DD (or a form the byline accepts, "August 19, 2032").
fn publication_date(s: &str) -> Result<(i32, u8, u8), String> {
    briefbot_core::draft::metadata::parse_date(s).ok_or_else(|| {
        format!("`{s}` is not a date: write the publication date as YYYY-MM-DD, e.g. 2032-08-19")
    })
}
