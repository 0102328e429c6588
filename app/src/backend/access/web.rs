//! The access middleware: runs before every request, finds the session, hands out the
//! CSRF cookie, and turns away state-changing requests sent from other sites.

use super::request::{cookie, cookie_name, AccessConfig, CookieKind, RequestSession};
use super::secrets::random_token;
use super::{sessions, users, viewer};
use crate::domain::account::access::Viewer;
use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, Method, Request, StatusCode};
use std::net::SocketAddr;

fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

/// A browser tells us where a request came from. A post from another site is refused
/// before it reaches any handler (the CSRF token is the second line of defence).
fn from_another_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site == "cross-site" {
            return true;
        }
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        host,
    ) {
        (Some("null"), _) => true,
        (Some(origin), Some(host)) => {
            let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
            origin_host != host
        }
        _ => false,
    }
}

/// The person a session cookie names: none when it names no live session. A database
/// that cannot be read is an error, never a quiet sign-out.
async fn signed_in(config: &AccessConfig, token: &str) -> Result<Option<Viewer>, sea_orm::DbErr> {
    let db = &config.db;
    let Some(found) = sessions::find(db, token).await? else {
        return Ok(None);
    };
    let Some(user) = users::find(db, found.user_id).await? else {
        return Ok(None);
    };
    // Disabling ends the account's sessions; one read just before still ends here.
    if user.disabled_at.is_some() {
        return Ok(None);
    }
    let viewer = viewer::load(db, &user).await?;
    let idle = if viewer.is_privileged() {
        sessions::PRIVILEGED_IDLE
    } else {
        sessions::RESIDENT_IDLE
    };
    Ok(sessions::keep_alive(db, &found, idle)
        .await?
        .then_some(viewer))
}

pub async fn access_layer(
    State(config): State<AccessConfig>,
    mut req: Request<Body>,
    next: Next,
) -> Response {
    let headers = req.headers();
    // The address per-address limits count: the peer, or behind one of our proxies the
    // client it forwarded for.
    let client = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(
            || "unknown".to_owned(),
            |ci| {
                // Every line of a header, in order: a proxy may add its own line after
                // one the client sent.
                let header = |name: &str| {
                    let lines: Vec<&str> = headers
                        .get_all(name)
                        .iter()
                        .filter_map(|v| v.to_str().ok())
                        .collect();
                    (!lines.is_empty()).then(|| lines.join(","))
                };
                config
                    .trusted_proxies
                    .client(
                        ci.0.ip(),
                        header("x-forwarded-for").as_deref(),
                        header("forwarded").as_deref(),
                    )
                    .to_string()
            },
        );
    let changes_state = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if changes_state && from_another_site(headers) {
        tracing::warn!(path = %req.uri().path(), "refused a cross-site request");
        return (
            StatusCode::FORBIDDEN,
            "This form was sent from another website, so Commonpot refused it. Go back to Commonpot and try again.",
        )
            .into_response();
    }
    let secure = config.secure_cookies;
    let token = cookie_value(headers, cookie_name(CookieKind::Session, secure)).map(str::to_owned);
    let existing_csrf =
        cookie_value(headers, cookie_name(CookieKind::Csrf, secure)).map(str::to_owned);
    let flash_id = cookie_value(headers, cookie_name(CookieKind::Flash, secure)).map(str::to_owned);
    let plain_form = changes_state
        && headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"));
    let viewer = match &token {
        Some(token) => match signed_in(&config, token).await {
            Ok(viewer) => viewer,
            Err(e) => {
                tracing::error!(error = %e, "could not read a session");
                return (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Commonpot could not check who you are just now. You are still signed in: try again in a moment.",
                )
                    .into_response();
            }
        },
        None => None,
    };
    let csrf = existing_csrf.clone().unwrap_or_else(random_token);
    let session = RequestSession {
        session_token: viewer.as_ref().and(token.clone()),
        viewer,
        csrf: csrf.clone(),
        client,
        flash_id,
        plain_form,
    };
    let stale_session_cookie = token.is_some() && session.viewer.is_none();
    req.extensions_mut().insert(session);
    req.extensions_mut().insert(config.clone());
    let mut response = next.run(req).await;
    let mut set = Vec::new();
    if existing_csrf.is_none() {
        set.push(cookie(CookieKind::Csrf, &csrf, secure, None));
    }
    if stale_session_cookie {
        set.push(cookie(CookieKind::Session, "", secure, Some(0)));
    }
    for value in set {
        if let Ok(value) = value.parse() {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, v.parse().unwrap());
        }
        map
    }

    #[test]
    fn a_post_from_our_own_pages_is_allowed() {
        assert!(!from_another_site(&headers(&[
            ("host", "commonpot.example"),
            ("origin", "https://commonpot.example"),
            ("sec-fetch-site", "same-origin"),
        ])));
        assert!(!from_another_site(&headers(&[(
            "host",
            "commonpot.example"
        )])));
    }

    #[test]
    fn a_post_from_another_site_is_refused() {
        assert!(from_another_site(&headers(&[
            ("host", "commonpot.example"),
            ("origin", "https://evil.example"),
        ])));
        assert!(from_another_site(&headers(&[
            ("host", "commonpot.example"),
            ("sec-fetch-site", "cross-site"),
        ])));
        assert!(from_another_site(&headers(&[
            ("host", "commonpot.example"),
            ("origin", "null"),
        ])));
    }

    #[test]
    fn cookies_are_found_by_exact_name() {
        let map = headers(&[("cookie", "a=1; commonpot_session=abc; x=2")]);
        assert_eq!(cookie_value(&map, "commonpot_session"), Some("abc"));
        assert_eq!(cookie_value(&map, "commonpot_sess"), None);
    }
}
