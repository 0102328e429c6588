//! What the council's IT team watches: a request id on every log line of a request, one
//! line per request with its route, status and time, Prometheus metrics at `/metrics`,
//! and `/readyz` for a load balancer that should only send traffic to a server whose
//! database answers. Routes are logged as their pattern (`/invitations/{token}`), never
//! the path itself, which can hold a one-time link's token or a receipt.

use app::backend::access::request::RequestSession;
use axum::body::Body;
use axum::extract::{Extension, MatchedPath, State};
use axum::http::{header, HeaderValue, Request, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::sync::OnceLock;
use std::time::Instant;

/// The process's metrics recorder, installed on first use (tests start many servers
/// in one process; they share it).
pub fn recorder() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets(&[
                0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
            ])
            .unwrap_or_else(|_| PrometheusBuilder::new());
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        // Fails only if another recorder was installed first; ours then records nothing.
        let _ = metrics::set_global_recorder(recorder);
        handle
    })
}

/// The route a request matched, as its pattern.
fn route_of(req: &Request<Body>) -> String {
    req.extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned())
}

/// An id a proxy sent is kept when it is short and plain; anything else is replaced,
/// so a hostile header cannot write into the logs.
fn acceptable_id(value: &HeaderValue) -> bool {
    value.len() <= 64
        && value
            .as_bytes()
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
}

/// Gives the request an id (the proxy's, if acceptable), runs it inside a span carrying
/// that id, logs one line when it is answered and counts it. The id goes back to the
/// client in `x-request-id`, so a resident's "it said something went wrong" can be found.
pub async fn track(mut req: Request<Body>, next: Next) -> Response {
    let id = match req.headers().get("x-request-id") {
        Some(v) if acceptable_id(v) => v.to_str().unwrap_or_default().to_owned(),
        _ => {
            let made = app::backend::access::secrets::random_token()
                .chars()
                .take(16)
                .collect::<String>();
            if let Ok(v) = HeaderValue::from_str(&made) {
                req.headers_mut().insert("x-request-id", v);
            }
            made
        }
    };
    let route = route_of(&req);
    let method = req.method().clone();
    let span = tracing::info_span!("request", id = %id, method = %method, route = %route);
    let started = Instant::now();
    let mut res = tracing::Instrument::instrument(next.run(req), span.clone()).await;
    let took = started.elapsed();
    let status = res.status();
    span.in_scope(|| {
        if status.is_server_error() {
            tracing::error!(
                status = status.as_u16(),
                ms = took.as_millis() as u64,
                "answered"
            );
        } else {
            tracing::info!(
                status = status.as_u16(),
                ms = took.as_millis() as u64,
                "answered"
            );
        }
    });
    metrics::counter!(
        "commonpot_http_requests_total",
        "route" => route.clone(),
        "method" => method.to_string(),
        "status" => status.as_str().to_owned()
    )
    .increment(1);
    metrics::histogram!("commonpot_http_request_duration_seconds", "route" => route)
        .record(took.as_secs_f64());
    if let Ok(v) = HeaderValue::from_str(&id) {
        res.headers_mut().insert("x-request-id", v);
    }
    res
}

/// Who may read `/metrics`: a caller on this machine connecting directly (Prometheus
/// scraping the server, not through the proxy), or one presenting COMMONPOT_METRICS_TOKEN.
#[derive(Debug, Clone, Default)]
pub struct MetricsAccess {
    pub token: Option<String>,
}

fn may_read(access: &MetricsAccess, session: &RequestSession, req: &Request<Body>) -> bool {
    // Local means the connection itself is from this machine and nothing forwarded it:
    // a proxy on this machine passing on someone else's request is not local.
    let forwarded = req.headers().contains_key("x-forwarded-for")
        || req.headers().contains_key(header::FORWARDED);
    let peer_local = req
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .is_some_and(|ci| ci.0.ip().is_loopback());
    let local = peer_local
        && !forwarded
        && session
            .client
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let token = match (&access.token, bearer) {
        (Some(want), Some(given)) => {
            app::backend::access::request::constant_time_eq(want.as_bytes(), given.as_bytes())
        }
        _ => false,
    };
    local || token
}

/// `/metrics`, in Prometheus's text format.
pub async fn metrics_page(
    State((db, access)): State<(DatabaseConnection, MetricsAccess)>,
    Extension(session): Extension<RequestSession>,
    req: Request<Body>,
) -> Response {
    if !may_read(&access, &session, &req) {
        return (
            StatusCode::FORBIDDEN,
            "Metrics are for this machine, or for a caller with the metrics token.",
        )
            .into_response();
    }
    if let Ok((waiting, oldest)) = app::backend::mail::waiting(&db).await {
        metrics::gauge!("commonpot_email_queue_waiting").set(waiting as f64);
        let age = oldest.map_or(0.0, |at| {
            (chrono::Utc::now() - at).num_milliseconds().max(0) as f64 / 1000.0
        });
        metrics::gauge!("commonpot_email_queue_oldest_seconds").set(age);
    }
    let (size, idle) = pool_use(&db);
    metrics::gauge!("commonpot_db_pool_connections").set(size as f64);
    metrics::gauge!("commonpot_db_pool_idle").set(idle as f64);
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        recorder().render(),
    )
        .into_response()
}

fn pool_use(db: &DatabaseConnection) -> (u32, usize) {
    match db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        sea_orm::DatabaseBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => (0, 0),
    }
}

/// `/readyz`: 200 when the database answers, 503 when it does not.
pub async fn ready(State(db): State<DatabaseConnection>) -> Response {
    match db.ping().await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::error!(error = %e, "not ready: the database did not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "not ready: the database did not answer",
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::acceptable_id;
    use axum::http::HeaderValue;

    #[test]
    fn a_proxys_request_id_is_kept_only_when_short_and_plain() {
        assert!(acceptable_id(&HeaderValue::from_static(
            "4f6c2a9e-1b7d-4c1e-9f1a-2b3c4d5e6f70"
        )));
        assert!(!acceptable_id(&HeaderValue::from_static(
            "a\"}, {\"forged\": 1"
        )));
        assert!(!acceptable_id(
            &HeaderValue::from_str(&"a".repeat(65)).unwrap()
        ));
    }
}
