//! Static files: the wasm, JS and CSS bundle served precompressed with long cache
//! lifetimes (their names carry a content hash), and headers every response gets.

use axum::body::Body;
use axum::http::{header, HeaderValue, Request};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use leptos::prelude::LeptosOptions;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// `/pkg/…`: brotli or gzip when the browser accepts it and cargo-leptos made one.
pub fn router(options: &LeptosOptions) -> Router<LeptosOptions> {
    let dir = std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    let cache = if options.hash_files {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    Router::new().nest_service(
        &format!("/{}", options.site_pkg_dir),
        tower::ServiceBuilder::new()
            .layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static(cache),
            ))
            .service(ServeDir::new(dir).precompressed_br().precompressed_gzip()),
    )
}

/// Headers that protect every page: no sniffing, no framing, no referrer leaks.
pub async fn add_security_headers(req: Request<Body>, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    res
}
