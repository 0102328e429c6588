//! Server functions answer errors with HTTP 500 unless told otherwise. This gives each
//! error the status it means (401, 403, 404, 422, 429…), so API clients and plain
//! HTTP tools see the same truth as the pages.

use app::error::AppError;
use axum::body::{to_bytes, Body};
use axum::http::{Request, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

/// Error bodies are small; anything larger is passed on untouched.
const LARGEST_ERROR: usize = 64 * 1024;

pub async fn error_status(req: Request<Body>, next: Next) -> Response {
    if !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let response = next.run(req).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, LARGEST_ERROR).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = error.status();
    }
    Response::from_parts(parts, Body::from(bytes))
}
