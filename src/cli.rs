//! The command-line front end. It answers exactly what the Discord bot answers: both call
//! [`Engine::run`].

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::commands::{Options, Request};
use crate::discord::commands;
use crate::discord::cooldown::Cooldown;
use crate::discord::serve::{self, Shards};
use crate::endpoint;
use crate::engine::Engine;
use crate::eval;
use crate::kb::{alias_hints, uncovered_sentences, Library};
use crate::live::LiveEngine;
use crate::loadgen;
use crate::metrics::Metrics;
use crate::reload::Reloader;
use crate::render::terminal;

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
    },
}

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

impl ReloadArgs {
    fn interval(&self) -> Option<Duration> {
        self.watch
            .then(|| Duration::from_secs(self.watch_interval.max(1)))
    }
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

impl CooldownArgs {
    fn cooldown(&self) -> Cooldown {
        Cooldown::new(self.cooldown_max, Duration::from_secs(self.cooldown_window))
    }
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
}

impl ServeArgs {
    pub fn shards(&self) -> Result<Shards, String> {
        if let (Some(range), Some(total)) = (&self.shard_range, self.total_shards) {
            let (a, b) = range
                .split_once("..")
                .ok_or_else(|| format!("--shard-range `{range}` must look like 0..4"))?;
            let parse = |s: &str| {
                s.trim()
                    .parse::<u32>()
                    .map_err(|_| format!("`{s}` in --shard-range is not a number"))
            };
            return Ok(Shards::Range {
                start: parse(a)?,
                end: parse(b)?,
                total,
            });
        }
        match self.shards.as_deref() {
            None => Ok(Shards::Single),
            Some("auto") => Ok(Shards::Auto),
            Some(n) => n
                .parse()
                .map(Shards::Count)
                .map_err(|_| format!("--shards takes `auto` or a number, not `{n}`")),
        }
    }
}

/// Logs go to stderr through `tracing`; `RUST_LOG` sets the level (default: info for briefbot,
/// warnings for serenity).
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("briefbot=info,serenity=warn"));
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi)
        .try_init();
}

/// Completes on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

fn serve(args: &ServeArgs, engine: Engine, dir: PathBuf, cache: Option<PathBuf>) -> ExitCode {
    init_logging();
    let shards = match args.shards() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let token = match serve::read_token(
        std::env::var("DISCORD_TOKEN").ok(),
        args.token_file.as_deref(),
    ) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let metrics = Arc::new(Metrics::new());
    metrics.set_entries(engine.library().entry_count());
    let config = serve::Config {
        token,
        http_proxy: args.http_proxy.clone(),
        guild: args.guild,
        shards,
        cooldown: args.cooldown.cooldown(),
        drain: Duration::from_secs(10),
        metrics: Some(metrics.clone()),
    };
    let Some(runtime) = runtime() else {
        return ExitCode::from(1);
    };
    let live = Arc::new(LiveEngine::new(engine));
    let reloader =
        Arc::new(Reloader::new(live.clone(), dir, Some(metrics.clone())).with_cache(cache));
    let result = runtime.block_on(async {
        tokio::spawn(
            reloader
                .clone()
                .run(args.reload.interval(), shutdown_signal()),
        );
        if let Some(addr) = &args.metrics_bind {
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| format!("cannot listen on {addr} for metrics: {e}"))?;
            let addr = listener.local_addr().map_err(|e| e.to_string())?;
            tracing::info!(addr = %addr, "serving /healthz and /metrics");
            tokio::spawn(endpoint::serve_ops(
                listener,
                reloader.clone(),
                metrics,
                crate::http_serve::Timeouts::default(),
                shutdown_signal(),
            ));
        }
        serve::run(config, live, shutdown_signal())
            .await
            .map_err(|e| e.to_string())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn bench_cmd(args: &BenchArgs) -> ExitCode {
    // The baseline scans every entry per query; keep its share of the run bounded.
    let baseline = args
        .baseline_queries
        .unwrap_or_else(|| (20_000_000 / args.entries.max(1)).clamp(5, args.queries));
    let config = crate::bench::BenchConfig {
        entries: args.entries,
        queries: args.queries,
        baseline_queries: baseline,
        dir: args.dir.clone(),
        from_snapshot: args.from_snapshot,
    };
    let mut progress = |line: &str| eprintln!("bench: {line}");
    match crate::bench::run(&config, &mut progress) {
        Ok(report) => print_report(&report, args.json, false),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

/// Appends one formatted line to a `String` of output (writing to a `String` cannot fail).
macro_rules! outln {
    ($buf:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        writeln!($buf, $($arg)*).expect("writing to a String cannot fail");
    }};
}

/// Writes `text` to standard output and returns `code`. Output is written in one place so that
/// a closed or failing stdout is handled once: a reader that went away (`briefbot check | head
/// -1`) ends the program quietly with `code`, as ripgrep does, and any other failure (a full
/// disk) is one line on standard error and exit 1. `println!` would panic in both cases.
fn emit_then(text: &str, code: ExitCode) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(e) => {
            eprintln!("error: cannot write to standard output: {e}");
            ExitCode::from(1)
        }
    }
}

/// [`emit_then`] for output that ends successfully.
fn emit(text: &str) -> ExitCode {
    emit_then(text, ExitCode::SUCCESS)
}

/// Prints a measurement report: one JSON object with `--json` (indented if `pretty`), its text
/// otherwise. Returns the exit code ([`emit`]).
fn print_report(
    report: &(impl serde::Serialize + std::fmt::Display),
    json: bool,
    pretty: bool,
) -> ExitCode {
    if json {
        let text = if pretty {
            serde_json::to_string_pretty(report)
        } else {
            serde_json::to_string(report)
        };
        emit(&format!("{}\n", text.expect("reports serialise")))
    } else {
        emit(&report.to_string())
    }
}

fn runtime() -> Option<tokio::runtime::Runtime> {
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => Some(r),
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            None
        }
    }
}

fn serve_http(
    args: &ServeHttpArgs,
    engine: Engine,
    dir: PathBuf,
    cache: Option<PathBuf>,
) -> ExitCode {
    init_logging();
    let Some(hex) = args.public_key.as_deref() else {
        eprintln!(
            "error: no public key. Copy PUBLIC KEY from the application's General Information page \
             at https://discord.com/developers/applications into DISCORD_PUBLIC_KEY or --public-key"
        );
        return ExitCode::from(2);
    };
    let public_key = match endpoint::parse_public_key(hex) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let metrics = Arc::new(Metrics::new());
    metrics.set_entries(engine.library().entry_count());
    let config = endpoint::EndpointConfig {
        public_key,
        freshness: Duration::from_secs(args.freshness),
        max_body: args.max_body,
        cooldown: args.cooldown.cooldown(),
        timeouts: crate::http_serve::Timeouts {
            header: Duration::from_secs(args.header_timeout),
            body: Duration::from_secs(args.body_timeout),
            idle: Duration::from_secs(args.idle_timeout),
        },
    };
    let live = Arc::new(LiveEngine::new(engine));
    let reloader = Arc::new(Reloader::new(live, dir, Some(metrics.clone())).with_cache(cache));
    let state = Arc::new(endpoint::EndpointState::new(
        reloader.clone(),
        config,
        metrics,
    ));
    let Some(runtime) = runtime() else {
        return ExitCode::from(1);
    };
    let result = runtime.block_on(async {
        tokio::spawn(reloader.run(args.reload.interval(), shutdown_signal()));
        let listener = tokio::net::TcpListener::bind(&args.bind)
            .await
            .map_err(|e| format!("cannot listen on {}: {e}", args.bind))?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        tracing::info!(addr = %addr, "serving Discord interactions over HTTP");
        endpoint::serve(listener, state, shutdown_signal())
            .await
            .map_err(|e| e.to_string())
    });
    match result {
        Ok(()) => {
            tracing::info!("stopped");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn loadgen_cmd(args: &LoadgenArgs, knowledge: Option<&Path>) -> ExitCode {
    let key = loadgen::test_signing_key();
    if args.print_public_key {
        return emit(&format!("{}\n", loadgen::public_key_hex(&key)));
    }
    let Some(runtime) = runtime() else {
        return ExitCode::from(1);
    };
    // Without --url, start a server of our own for the run, as a separate process so its memory
    // is measured on its own.
    let mut child = None;
    let (url, pids) = match &args.url {
        Some(u) => (u.clone(), args.server_pid.clone()),
        None => {
            let port = match std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr())
            {
                Ok(a) => a.port(),
                Err(e) => {
                    eprintln!("error: no free port on 127.0.0.1: {e}");
                    return ExitCode::from(1);
                }
            };
            let exe = std::env::current_exe().expect("the running executable has a path");
            let mut cmd = std::process::Command::new(exe);
            cmd.args([
                "serve-http",
                "--bind",
                &format!("127.0.0.1:{port}"),
                "--cooldown-max",
                "0",
            ])
            .env("DISCORD_PUBLIC_KEY", loadgen::public_key_hex(&key))
            .env("RUST_LOG", "warn");
            if let Some(k) = knowledge {
                cmd.arg("--knowledge").arg(k);
            }
            match cmd.spawn() {
                Ok(c) => {
                    let pid = c.id();
                    child = Some(c);
                    (format!("http://127.0.0.1:{port}/interactions"), vec![pid])
                }
                Err(e) => {
                    eprintln!("error: cannot start a server: {e}");
                    return ExitCode::from(1);
                }
            }
        }
    };
    let config = loadgen::LoadConfig {
        url: url.clone(),
        requests: args.requests,
        concurrency: args.concurrency,
        bad_share: args.bad_share.clamp(0.0, 1.0),
        max_duration: Duration::from_secs(args.max_seconds),
        server_pids: pids,
    };
    let report = runtime.block_on(async {
        let health = url
            .trim_end_matches("/interactions")
            .trim_end_matches('/')
            .to_string()
            + "/healthz";
        for _ in 0..100 {
            if reqwest::get(&health)
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        loadgen::run(&config).await
    });
    if let Some(mut c) = child {
        let _ = c.kill();
        let _ = c.wait();
    }
    let printed = print_report(&report, args.json, true);
    if !report.clean() {
        return ExitCode::from(1);
    }
    printed
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

fn knowledge_dir(cli: &Cli) -> PathBuf {
    cli.knowledge.clone().unwrap_or_else(default_knowledge_dir)
}

fn load(cli: &Cli) -> Result<Engine, ExitCode> {
    crate::snapshot::load_or_build(&knowledge_dir(cli), cli.index_cache.as_deref()).map_err(|e| {
        // Every problem is listed, which can be long; a closed stderr must not turn the
        // report into a panic, so write errors are ignored here.
        let _ = write!(std::io::stderr().lock(), "error: {e}");
        ExitCode::from(1)
    })
}

fn query_text(words: &[String]) -> String {
    words.join(" ")
}

pub fn run(cli: Cli) -> ExitCode {
    if let Command::Bench(args) = &cli.command {
        return bench_cmd(args);
    }
    if let Command::BenchLoad { library, snapshot } = &cli.command {
        return match crate::bench::full_load(library, snapshot) {
            Ok(figures) => emit(&format!(
                "{}\n",
                serde_json::to_string(&figures).expect("figures serialise")
            )),
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        };
    }
    if let Command::Loadgen(args) = &cli.command {
        return loadgen_cmd(args, cli.knowledge.as_deref());
    }
    if let Command::Register { print } = &cli.command {
        let definitions = commands::definitions();
        return if *print {
            emit(&format!(
                "{}\n",
                serde_json::to_string_pretty(&definitions).expect("definitions serialise")
            ))
        } else {
            emit(
                "Commands are registered when `briefbot serve` connects (in DISCORD_GUILD_ID if set, \
                 otherwise globally). Use `briefbot register --print` to see their definitions.\n",
            )
        };
    }
    let engine = match load(&cli) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let (request, json, options) = match &cli.command {
        Command::Timeline { query, out } => {
            let q = query_text(query);
            let limit = if q.trim().is_empty() && out.limit == crate::commands::DEFAULT_LIMIT {
                usize::MAX
            } else {
                out.limit
            };
            (
                Request::Timeline(Some(q)),
                out.json,
                Options {
                    limit,
                    brief: out.brief.clone(),
                },
            )
        }
        Command::Actor { query, out } => (Request::Actor(query_text(query)), out.json, opts(out)),
        Command::Claim { query, out } => (Request::Claim(query_text(query)), out.json, opts(out)),
        Command::Ask { query, out } => (Request::Ask(query_text(query)), out.json, opts(out)),
        Command::Brief { id, json } => (Request::Brief(id.clone()), *json, Options::default()),
        Command::Source {
            paragraph,
            json,
            brief,
        } => (
            Request::Source(*paragraph),
            *json,
            Options {
                brief: brief.clone(),
                ..Options::default()
            },
        ),
        Command::Check => return check(engine.library()),
        Command::Serve(args) => {
            return serve(args, engine, knowledge_dir(&cli), cli.index_cache.clone())
        }
        Command::ServeHttp(args) => {
            return serve_http(args, engine, knowledge_dir(&cli), cli.index_cache.clone())
        }
        Command::Loadgen(_) | Command::Bench(_) | Command::BenchLoad { .. } => {
            unreachable!("handled before loading")
        }
        Command::Preview { command, query } => {
            let text = query_text(query);
            let args = commands::Args {
                paragraph: text.trim().parse().ok(),
                text: Some(text).filter(|t| !t.trim().is_empty()),
                private: false,
                brief: None,
            };
            return emit(&commands::respond(&engine, command, &args).reply.preview());
        }
        Command::Register { .. } => unreachable!("handled before loading"),
        Command::Eval { file, json, brief } => {
            let cases = match eval::read_cases(file) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            let report = eval::evaluate(
                &engine,
                &cases,
                &Options {
                    brief: brief.clone(),
                    ..Options::default()
                },
            );
            let printed = print_report(&report, *json, true);
            return if report.overall.errors == 0 {
                printed
            } else {
                ExitCode::from(1)
            };
        }
    };
    match engine.run(&request, &options) {
        Ok(reply) => emit(&if json {
            format!(
                "{}\n",
                serde_json::to_string(&reply).expect("replies serialise")
            )
        } else {
            terminal::render(&reply, engine.library())
        }),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn opts(out: &Output) -> Options {
    Options {
        limit: out.limit,
        brief: out.brief.clone(),
    }
}

fn check(library: &Library) -> ExitCode {
    let mut uncovered_total = 0;
    let mut text = String::new();
    outln!(text, "knowledge base `{}`: valid", library.root().display());
    for b in library.briefs() {
        let uncovered = uncovered_sentences(b);
        uncovered_total += uncovered.len();
        let citations: usize = b.actors().iter().map(|a| a.citations.len()).sum::<usize>()
            + b.events().iter().map(|e| e.citations.len()).sum::<usize>()
            + b.claims().iter().map(|c| c.citations.len()).sum::<usize>();
        outln!(
            text,
            "\n{} ({}): {} paragraphs; {} actors, {} events, {} claims; {} citations, all verified",
            b.id(),
            b.meta().label(),
            b.paragraphs().len(),
            b.actors().len(),
            b.events().len(),
            b.claims().len(),
            citations
        );
        let undated = b
            .events()
            .iter()
            .filter(|e| e.when.span().is_none())
            .count();
        outln!(
            text,
            "  events: {} dated, {undated} undated",
            b.events().len() - undated
        );
        let mut by_verdict = std::collections::BTreeMap::new();
        for c in b.claims() {
            *by_verdict.entry(c.verdict.as_str()).or_insert(0) += 1;
        }
        let parts: Vec<String> = by_verdict.iter().map(|(v, n)| format!("{n} {v}")).collect();
        outln!(text, "  claims: {}", parts.join(", "));
        let hints = alias_hints(b);
        if hints.is_empty() {
            outln!(
                text,
                "  names: every name the brief uses for an actor is shown in its citations"
            );
        } else {
            outln!(
                text,
                "  names: {} name(s) the brief uses are in no citation of their actor (add one):",
                hints.len()
            );
            for h in &hints {
                let ps: Vec<String> = h.paragraphs.iter().map(|p| format!("¶{p}")).collect();
                outln!(
                    text,
                    "    {}: \"{}\" in {}",
                    h.actor,
                    h.alias,
                    ps.join(", ")
                );
            }
        }
        if uncovered.is_empty() {
            outln!(text, "  coverage: every body sentence is cited");
        } else {
            outln!(
                text,
                "  coverage: {} body sentence(s) no citation covers:",
                uncovered.len()
            );
            for u in &uncovered {
                outln!(text, "    ¶{}: {}", u.paragraph, u.sentence);
            }
        }
    }
    emit_then(
        &text,
        if uncovered_total == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        },
    )
}
