//! Accepting connections ourselves rather than with `axum::serve`, for the limits a
//! server reached directly needs and `axum::serve` cannot set: a client that dribbles
//! its request headers is cut off (hyper's header read timeout, which only works with a
//! timer), and at most so many connections are open at once, so a crowd of idle
//! sockets cannot take every file descriptor. Requests that take too long are answered
//! 503 by a layer on the router (see `startup`).

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// What one server allows its clients.
#[derive(Debug, Clone, Copy)]
pub struct Protection {
    /// Connections open at once (COMMONPOT_MAX_CLIENT_CONNECTIONS, 1,024 by default);
    /// more wait to be accepted.
    pub max_connections: usize,
    /// How long a client may take to send a request's headers
    /// (COMMONPOT_HEADER_TIMEOUT_SECS, 10 by default).
    pub header_read: Duration,
    /// How long a request may take to be answered (COMMONPOT_REQUEST_TIMEOUT_SECS, 60 by
    /// default): longer gets 503.
    pub request: Duration,
}

impl Default for Protection {
    fn default() -> Protection {
        Protection {
            max_connections: 1024,
            header_read: Duration::from_secs(10),
            request: Duration::from_secs(60),
        }
    }
}

impl Protection {
    pub fn from_env() -> Protection {
        let read = |name: &str| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.trim().parse::<u64>().ok())
                .filter(|n| *n > 0)
        };
        let default = Protection::default();
        Protection {
            max_connections: read("COMMONPOT_MAX_CLIENT_CONNECTIONS")
                .map_or(default.max_connections, |n| n as usize),
            header_read: read("COMMONPOT_HEADER_TIMEOUT_SECS")
                .map_or(default.header_read, Duration::from_secs),
            request: read("COMMONPOT_REQUEST_TIMEOUT_SECS")
                .map_or(default.request, Duration::from_secs),
        }
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets the requests in
/// flight finish (for up to 30 seconds) before returning.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    protection: Protection,
    shutdown: impl Future<Output = ()>,
) {
    let permits = Arc::new(Semaphore::new(protection.max_connections));
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of file descriptors, or a connection reset while queued:
                    // wait a moment rather than spin.
                    tracing::warn!(error = %e, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let app = router.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            app.clone().oneshot(request)
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(protection.header_read)
            .serve_connection(TokioIo::new(stream), service);
        let watched = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = watched.await {
                tracing::debug!(error = %e, %peer, "a connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(Duration::from_secs(30), graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still running 30 seconds after the stop signal were cut off");
    }
}
