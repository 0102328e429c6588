//! Per-request glue for server functions: who is asking, the CSRF check, cookies,
//! and what a plain (no-JavaScript) form post gets back when it fails.

use super::flash;
use super::secrets::CodeKey;
use super::throttle::Limit;
use crate::domain::account::access::Viewer;
use crate::error::{AppError, FieldError};
use crate::flash::Flash;
use chrono::Duration;
use sea_orm::DatabaseConnection;

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub sign_in_per_account: Limit,
    pub sign_in_per_address: Limit,
    /// Failed sign-ups from one address.
    pub sign_up_per_address: Limit,
    /// Accounts made from one address: high, for carrier-grade NAT and event Wi-Fi.
    pub sign_ups_per_address: Limit,
    pub redeem_per_account: Limit,
    pub redeem_per_address: Limit,
    /// Confirmation and reset letters to one address, so nobody can make us flood it.
    pub letters_per_account: Limit,
    /// Invitations a community group sends, so nobody sends mail in our name at scale.
    pub invitations_per_group: Limit,
    /// Feedback messages from one address: a room of residents on one Wi-Fi, not a script.
    pub feedback_per_address: Limit,
}

impl Limits {
    /// The production limits, over a window of `window` (15 minutes in production;
    /// tests shorten it to watch a limit lift).
    pub fn over(window: Duration) -> Limits {
        Limits {
            sign_in_per_account: Limit { max: 5, window },
            // Failures only (a success is forgotten), and sized for a mobile network's
            // one address shared by a whole town on voting night.
            sign_in_per_address: Limit { max: 100, window },
            sign_up_per_address: Limit { max: 10, window },
            sign_ups_per_address: Limit { max: 500, window },
            redeem_per_account: Limit { max: 5, window },
            redeem_per_address: Limit { max: 100, window },
            letters_per_account: Limit { max: 3, window },
            invitations_per_group: Limit { max: 20, window },
            feedback_per_address: Limit { max: 60, window },
        }
    }
}

/// What the server was started with, available to every request.
#[derive(Debug, Clone)]
pub struct AccessConfig {
    pub db: DatabaseConnection,
    /// Served over https: cookies get `Secure` and the `__Host-` prefix.
    pub secure_cookies: bool,
    pub code_key: CodeKey,
    pub limits: Limits,
    /// Where residents reach the site, for links in emails: `https://…`, no trailing `/`.
    pub public_url: String,
    /// The writer that shares one durable commit between many ballots.
    pub writes: crate::backend::group_commit::GroupCommit,
    /// Open rounds' ballots, which cannot change until voting closes.
    pub frozen: crate::backend::frozen_ballots::FrozenBallots,
    /// Where each page of closed rounds' ledgers starts.
    pub ledger_pages: crate::backend::ledger_pages::LedgerPages,
    /// Proxies whose `X-Forwarded-For` names the client (empty: none).
    pub trusted_proxies: crate::backend::access::client_address::TrustedProxies,
    /// Who runs this instance, for the privacy, accessibility and cookies notices.
    pub operator: crate::operator::ServiceOperator,
}

/// Put on every request by the access middleware.
#[derive(Debug, Clone)]
pub struct RequestSession {
    pub viewer: Option<Viewer>,
    pub session_token: Option<String>,
    pub csrf: String,
    /// The client's address, for per-address rate limits.
    pub client: String,
    pub flash_id: Option<String>,
    /// A browser's own form submission (no JavaScript): failures go back as a flash.
    pub plain_form: bool,
}

#[derive(Debug, Clone, Copy)]
pub enum CookieKind {
    Session,
    Csrf,
    Flash,
}

pub fn cookie_name(kind: CookieKind, secure: bool) -> &'static str {
    match (kind, secure) {
        (CookieKind::Session, true) => "__Host-commonpot_session",
        (CookieKind::Session, false) => "commonpot_session",
        (CookieKind::Csrf, true) => "__Host-commonpot_csrf",
        (CookieKind::Csrf, false) => "commonpot_csrf",
        (CookieKind::Flash, true) => "__Host-commonpot_flash",
        (CookieKind::Flash, false) => "commonpot_flash",
    }
}

/// A `Set-Cookie` value. `max_age` None makes a browser-session cookie; Some(0) deletes.
pub fn cookie(kind: CookieKind, value: &str, secure: bool, max_age: Option<i64>) -> String {
    let mut out = format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Lax",
        cookie_name(kind, secure)
    );
    if secure {
        out.push_str("; Secure");
    }
    if let Some(seconds) = max_age {
        out.push_str(&format!("; Max-Age={seconds}"));
    }
    out
}

fn parts() -> Result<http::request::Parts, AppError> {
    leptos::prelude::use_context::<http::request::Parts>().ok_or_else(|| {
        tracing::error!("no request parts in the server function's context");
        AppError::Internal
    })
}

pub fn session() -> Result<RequestSession, AppError> {
    parts()?
        .extensions
        .get::<RequestSession>()
        .cloned()
        .ok_or_else(|| {
            tracing::error!("the access middleware did not run for this request");
            AppError::Internal
        })
}

pub fn config() -> Result<AccessConfig, AppError> {
    parts()?
        .extensions
        .get::<AccessConfig>()
        .cloned()
        .ok_or_else(|| {
            tracing::error!("no access configuration on the request");
            AppError::Internal
        })
}

/// The signed-in person, or `Unauthenticated`.
pub fn viewer() -> Result<Viewer, AppError> {
    session()?.viewer.ok_or(AppError::Unauthenticated)
}

/// Every state-changing server function starts here: the form's hidden token must
/// match the browser's CSRF cookie, which another site can neither read nor set.
pub fn check_csrf(submitted: &str) -> Result<RequestSession, AppError> {
    let current = session()?;
    if !current.csrf_matches(submitted) {
        return Err(AppError::ForgedRequest);
    }
    Ok(current)
}

impl RequestSession {
    /// A form's hidden token is this browser's CSRF cookie.
    pub fn csrf_matches(&self, submitted: &str) -> bool {
        !submitted.is_empty() && constant_time_eq(submitted.as_bytes(), self.csrf.as_bytes())
    }
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn set_cookie(value: String) {
    if let (Some(options), Ok(header)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&value),
    ) {
        options.append_header(http::header::SET_COOKIE, header);
    }
}

/// Shows `flash` on the next page this browser loads.
pub async fn send_flash(flash: &Flash) -> Result<(), AppError> {
    let config = config()?;
    let id = flash::store(&config.db, flash).await?;
    point_to_flash(&id)
}

/// Points this browser at a flash already stored (for example inside a shared commit).
pub fn point_to_flash(id: &str) -> Result<(), AppError> {
    set_cookie(cookie(
        CookieKind::Flash,
        id,
        config()?.secure_cookies,
        Some(600),
    ));
    Ok(())
}

/// A failed form: for a plain form post the errors and the typed values (never
/// passwords) go back to the form's page; the error is returned either way.
/// At most this many typed values are kept for a form's next view, each cut to this many
/// characters: what a real form holds, and no more.
const KEPT_FIELDS: usize = 64;
const KEPT_CHARS: usize = 10_000;

pub async fn fail(form: &str, values: &[(&str, &str)], err: AppError) -> AppError {
    let plain = session().map(|s| s.plain_form).unwrap_or(false);
    // A post that did not come from our own page (no CSRF token) keeps nothing: anyone
    // could otherwise fill the database with forms they never meant to see again.
    if plain && !matches!(err, AppError::ForgedRequest) {
        // No status here: leptos_axum answers a plain form post with a redirect back to
        // the form, which a status set now would replace.
        let flash = Flash {
            form: Some(form.to_owned()),
            errors: err.field_errors(),
            values: values
                .iter()
                .take(KEPT_FIELDS)
                .map(|(k, v)| ((*k).to_owned(), v.chars().take(KEPT_CHARS).collect()))
                .collect(),
            ..Flash::default()
        };
        if let Err(store_err) = send_flash(&flash).await {
            tracing::error!(error = %store_err, "could not keep a form's errors");
        }
    }
    err
}

/// How every form's server function ends: on success the browser goes to `then`; on
/// failure the errors go back to the form (see [`fail`]).
pub async fn finish(
    form: &str,
    values: &[(&str, &str)],
    then: &str,
    result: Result<(), AppError>,
) -> Result<(), AppError> {
    match result {
        Ok(()) => {
            leptos_axum::redirect(then);
            Ok(())
        }
        Err(err) => Err(fail(form, values, err).await),
    }
}

/// Collects field problems: Ok when there are none.
pub fn all_valid(errors: Vec<FieldError>) -> Result<(), AppError> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errors))
    }
}
