//! The two serving modes, `serve` (the gateway) and `serve-http` (the interactions endpoint),
//! and what they share: [`serve_live`] loads the knowledge base, starts logging and the async
//! runtime, puts the engine behind a [`Reloader`] and hands both to the mode.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::discord::serve;
use crate::endpoint::{self, EndpointState};
use crate::http_serve::Timeouts;
use crate::live::LiveEngine;
use crate::metrics::Metrics;
use crate::reload::Reloader;

use crate::qlog::QuestionLog;

use super::config::{Gateway, HttpEndpoint, Knowledge, Logging};
use super::error::CliError;
use super::output::announce;

/// What `serve-http` prints on standard output once it listens, followed by the bound address
/// (`listening on http://127.0.0.1:8080`). With `--bind 127.0.0.1:0` this line is how a parent
/// process learns the port the system chose.
pub const LISTENING_ON: &str = "listening on http://";

/// Reads the address out of a [`LISTENING_ON`] line (a trailing newline is allowed).
pub fn listening_address(line: &str) -> Option<SocketAddr> {
    line.trim_end().strip_prefix(LISTENING_ON)?.parse().ok()
}

/// What a serving mode works with.
pub(super) struct Live {
    /// The engine being served; the reloader swaps it.
    pub engine: Arc<LiveEngine>,
    pub reloader: Arc<Reloader>,
    pub metrics: Arc<Metrics>,
    pub log: Option<Arc<QuestionLog>>,
}

/// Opens the question log's database (creating and migrating it) and starts its writer. A
/// database that cannot be opened at start is an error, not a log silently turned off: the
/// operator asked for it.
fn start_log(logging: Logging, metrics: &Metrics) -> Result<Option<Arc<QuestionLog>>, CliError> {
    let Logging::On {
        database,
        secret,
        config,
    } = logging
    else {
        tracing::info!("the question log is off");
        return Ok(None);
    };
    let secret = secret.load().map_err(CliError::LogSecret)?;
    let store = database.open().map_err(CliError::Database)?;
    tracing::info!(database = %database.describe(), retention_days = config.retention.as_secs() / 86_400, "logging questions");
    let log = QuestionLog::start(
        store,
        database.describe(),
        &secret,
        config,
        Some(metrics.log_counters()),
    );
    log.set_reader(database);
    Ok(Some(log))
}

/// How long shutdown waits for the question log to write what is queued.
const LOG_DRAIN: Duration = Duration::from_secs(5);

/// Loads the knowledge base, then runs `mode` on a new runtime with the engine behind a
/// reloader (SIGHUP, and `watch` if set) until `mode` returns.
pub(super) fn serve_live<F, Fut>(
    knowledge: Knowledge,
    watch: Option<Duration>,
    logging: Logging,
    mode: F,
) -> Result<(), CliError>
where
    F: FnOnce(Live) -> Fut,
    Fut: Future<Output = Result<(), CliError>>,
{
    let engine = knowledge.load()?;
    // Logging starts after the load, where it always has, so that a server's log says the
    // same as before this helper existed.
    init_logging();
    let runtime = runtime()?;
    let metrics = Arc::new(Metrics::new());
    metrics.set_entries(engine.library().entry_count());
    let log = start_log(logging, &metrics)?;
    let engine = Arc::new(LiveEngine::new(engine));
    let reloader = Arc::new(
        Reloader::new(engine.clone(), knowledge.dir, Some(metrics.clone()))
            .with_cache(knowledge.cache),
    );
    let result = runtime.block_on(async {
        tokio::spawn(reloader.clone().run(watch, shutdown_signal()));
        mode(Live {
            engine,
            reloader,
            metrics,
            log: log.clone(),
        })
        .await
    });
    if let Some(log) = log {
        log.close(LOG_DRAIN);
        let status = log.status();
        tracing::info!(
            written = status.written,
            dropped = status.dropped,
            "question log closed"
        );
    }
    result
}

/// `serve`: the gateway bot, with `/healthz` and `/metrics` on `--metrics-bind` if given.
pub(super) fn gateway(knowledge: Knowledge, gateway: Gateway) -> Result<(), CliError> {
    let Gateway {
        mut discord,
        metrics_bind,
        watch,
        logging,
    } = gateway;
    serve_live(knowledge, watch, logging, |live| async move {
        if let Some(addr) = &metrics_bind {
            serve_ops(addr, &live).await?;
        }
        discord.metrics = Some(live.metrics);
        discord.log = live.log;
        serve::run(discord, live.engine, shutdown_signal())
            .await
            .map_err(CliError::Gateway)
    })
}

/// Starts the gateway mode's `/healthz` and `/metrics` server in the background.
async fn serve_ops(addr: &str, live: &Live) -> Result<(), CliError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| CliError::ListenMetrics {
            addr: addr.to_string(),
            source,
        })?;
    // The address actually bound, so `--metrics-bind 127.0.0.1:0` logs the port it got.
    let bound = listener
        .local_addr()
        .map_err(|source| CliError::ListenMetrics {
            addr: addr.to_string(),
            source,
        })?;
    tracing::info!(addr = %bound, "serving /healthz and /metrics");
    tokio::spawn(endpoint::serve_ops(
        listener,
        live.reloader.clone(),
        live.metrics.clone(),
        live.log.clone(),
        Timeouts::default(),
        shutdown_signal(),
    ));
    Ok(())
}

/// `serve-http`: the interactions endpoint, until SIGINT or SIGTERM.
pub(super) fn http(knowledge: Knowledge, http: HttpEndpoint) -> Result<(), CliError> {
    let HttpEndpoint {
        bind,
        mut endpoint,
        watch,
        logging,
    } = http;
    serve_live(knowledge, watch, logging, |live| async move {
        endpoint.log = live.log;
        let state = Arc::new(EndpointState::new(live.reloader, endpoint, live.metrics));
        let listen_error = |source| CliError::Listen {
            addr: bind.clone(),
            source,
        };
        let listener = tokio::net::TcpListener::bind(&bind)
            .await
            .map_err(listen_error)?;
        let addr = listener.local_addr().map_err(listen_error)?;
        tracing::info!(addr = %addr, "serving Discord interactions over HTTP");
        announce(&format!("{LISTENING_ON}{addr}\n"));
        endpoint::serve(listener, state, shutdown_signal())
            .await
            .map_err(CliError::Serve)?;
        tracing::info!("stopped");
        Ok(())
    })
}

pub(super) fn runtime() -> Result<tokio::runtime::Runtime, CliError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(CliError::Runtime)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listening_line_gives_back_the_address() {
        for addr in ["127.0.0.1:8080", "[::1]:43210"] {
            let addr: SocketAddr = addr.parse().unwrap();
            let line = format!("{LISTENING_ON}{addr}\n");
            assert_eq!(listening_address(&line), Some(addr));
        }
        assert_eq!(listening_address("listening on 127.0.0.1:8080"), None);
        assert_eq!(listening_address(""), None);
    }
}
