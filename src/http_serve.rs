//! Serving a router over HTTP/1.1 with the timeouts `axum::serve` lacks.
//!
//! Anyone on the internet can open a connection to the endpoint, so a client that opens a
//! connection and then sends nothing, stops in the middle of its headers, or promises a body it
//! never sends must not hold a connection (and its memory and file descriptor) for ever: a few
//! thousand such connections would exhaust the server. Each connection is watched:
//!
//! - **idle**: no request in progress and nothing received for `idle` (after the connection
//!   opens, or between keep-alive requests, or a response the client does not read): closed.
//! - **headers**: the first byte of a request has arrived; its headers must be complete within
//!   `header` of it, however slowly the bytes trickle in: otherwise closed.
//! - **body**: the handler reads the body under its own timeout (`Timeouts::body`), answering
//!   408, since only it knows when it reads the body.
//!
//! Shutdown is graceful as with `axum::serve`: the listener stops accepting, idle connections
//! close, requests in flight finish, and the watch stays on, so a stalled client cannot hold
//! shutdown up either.

use std::future::Future;
use std::io;
use std::pin::{pin, Pin};
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::{watch, Notify};
use tokio::task::JoinSet;
use tokio::time::Instant;
use tracing::{debug, error};

/// How long a client may take over each part of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// From a request's first byte to the end of its headers.
    pub header: Duration,
    /// To receive the whole body once the headers are in (enforced by the handler that reads it).
    pub body: Duration,
    /// With no request in progress and nothing received or sent.
    pub idle: Duration,
}

pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(60);

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            header: DEFAULT_HEADER_TIMEOUT,
            body: DEFAULT_BODY_TIMEOUT,
            idle: DEFAULT_IDLE_TIMEOUT,
        }
    }
}

/// Serves `router` on `listener` until `shutdown` completes; requests in flight then finish
/// before it returns.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    timeouts: Timeouts,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let (stop, stopping) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut shutdown = pin!(shutdown);
    loop {
        let stream = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    accept_error(e).await;
                    continue;
                }
            },
            // Reap finished connections as we go, so the set does not grow with every client.
            Some(_) = connections.join_next(), if !connections.is_empty() => continue,
        };
        connections.spawn(connection(
            stream,
            router.clone(),
            timeouts,
            stopping.clone(),
        ));
    }
    drop(listener);
    let _ = stop.send(true);
    while connections.join_next().await.is_some() {}
    Ok(())
}

/// Like `axum::serve`: a connection the client gave up on is not the server's problem, but
/// running out of file descriptors (EMFILE) is, and retrying at once would spin.
async fn accept_error(e: io::Error) {
    if matches!(
        e.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    ) {
        return;
    }
    error!("accept error: {e}");
    tokio::time::sleep(Duration::from_secs(1)).await;
}

/// Where a connection is in its request cycle, for the watchdog.
const IDLE: u8 = 0;
const HEADERS: u8 = 1;
const BUSY: u8 = 2;

/// What the watchdog knows about one connection, updated by its I/O and its requests.
struct Watch {
    opened: Instant,
    phase: AtomicU8,
    /// Milliseconds since `opened` of the last byte read or written.
    last_io: AtomicU64,
    /// Milliseconds since `opened` when the current request's first byte arrived.
    headers_since: AtomicU64,
    changed: Notify,
}

impl Watch {
    fn new() -> Watch {
        Watch {
            opened: Instant::now(),
            phase: AtomicU8::new(IDLE),
            last_io: AtomicU64::new(0),
            headers_since: AtomicU64::new(0),
            changed: Notify::new(),
        }
    }

    fn now_ms(&self) -> u64 {
        self.opened.elapsed().as_millis() as u64
    }

    fn at(&self, ms: u64) -> Instant {
        self.opened + Duration::from_millis(ms)
    }

    fn read(&self) {
        let now = self.now_ms();
        self.last_io.store(now, Ordering::SeqCst);
        if self
            .phase
            .compare_exchange(IDLE, HEADERS, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            self.headers_since.store(now, Ordering::SeqCst);
            self.changed.notify_one();
        }
    }

    fn wrote(&self) {
        self.last_io.store(self.now_ms(), Ordering::SeqCst);
    }

    fn begin_request(&self) {
        self.phase.store(BUSY, Ordering::SeqCst);
        self.changed.notify_one();
    }

    fn end_request(&self) {
        self.last_io.store(self.now_ms(), Ordering::SeqCst);
        self.phase.store(IDLE, Ordering::SeqCst);
        self.changed.notify_one();
    }

    /// Completes when the connection has broken its current phase's time limit.
    async fn expired(&self, timeouts: Timeouts) {
        loop {
            let changed = self.changed.notified();
            let deadline = match self.phase.load(Ordering::SeqCst) {
                IDLE => Some(self.at(self.last_io.load(Ordering::SeqCst)) + timeouts.idle),
                HEADERS => {
                    Some(self.at(self.headers_since.load(Ordering::SeqCst)) + timeouts.header)
                }
                _ => None,
            };
            match deadline {
                Some(d) if d <= Instant::now() => return,
                Some(d) => {
                    tokio::select! {
                        () = tokio::time::sleep_until(d) => {}
                        () = changed => {}
                    }
                }
                None => changed.await,
            }
        }
    }
}

/// Marks a request finished however its future ends (completed or dropped).
struct RequestGuard(Arc<Watch>);

impl Drop for RequestGuard {
    fn drop(&mut self) {
        self.0.end_request();
    }
}

async fn connection(
    stream: TcpStream,
    router: Router,
    timeouts: Timeouts,
    mut stopping: watch::Receiver<bool>,
) {
    let watch = Arc::new(Watch::new());
    let io = TokioIo::new(Watched {
        inner: stream,
        watch: watch.clone(),
    });
    let tower = TowerToHyperService::new(router);
    let service = hyper::service::service_fn({
        let watch = watch.clone();
        move |request: hyper::Request<Incoming>| {
            watch.begin_request();
            let guard = RequestGuard(watch.clone());
            let response = hyper::service::Service::call(&tower, request);
            async move {
                let response = response.await;
                drop(guard);
                response
            }
        }
    });
    // hyper's own header timer also runs while a keep-alive connection waits for its next
    // request, which would make the idle timeout the header timeout; the watchdog does both.
    let conn = hyper::server::conn::http1::Builder::new()
        .header_read_timeout(None)
        .serve_connection(io, service);
    let mut conn = pin!(conn);
    let mut draining = false;
    loop {
        tokio::select! {
            result = conn.as_mut() => {
                if let Err(e) = result {
                    debug!(error = %e, "connection ended with an error");
                }
                return;
            }
            () = watch.expired(timeouts) => {
                debug!("closing a connection that exceeded its time limit");
                return;
            }
            _ = stopping.changed(), if !draining => {
                draining = true;
                conn.as_mut().graceful_shutdown();
            }
        }
    }
}

/// A TCP stream that reports its reads and writes to the watchdog.
struct Watched {
    inner: TcpStream,
    watch: Arc<Watch>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let result = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(result, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.watch.read();
        }
        result
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let result = Pin::new(&mut self.inner).poll_write(cx, data);
        if matches!(result, Poll::Ready(Ok(n)) if n > 0) {
            self.watch.wrote();
        }
        result
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let result = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(result, Poll::Ready(Ok(n)) if n > 0) {
            self.watch.wrote();
        }
        result
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
