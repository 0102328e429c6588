//! Where the server listens, which database it uses, and where the built site lives.

use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Settings {
    /// `sqlite://commonpot.db` by default; `postgres://…` for PostgreSQL.
    pub database_url: String,
    /// Port 0 asks the OS for a free port (tests do this).
    pub address: SocketAddr,
    /// The folder cargo-leptos builds the site into (`pkg/`, the favicon, …).
    pub site_root: PathBuf,
    pub max_connections: u32,
    /// Served over https (COMMONPOT_PUBLIC_URL starts with https://): cookies are
    /// `Secure` and use the `__Host-` prefix.
    pub secure_cookies: bool,
    /// The window sign-in and code rate limits count over (COMMONPOT_RATE_WINDOW_SECS,
    /// 15 minutes by default).
    pub rate_window_secs: i64,
    /// Hex key for hashing voting codes (COMMONPOT_CODE_KEY); made and stored in the
    /// database on first start when not set.
    pub code_key: Option<String>,
    /// The address residents reach the site at, for links in emails
    /// (COMMONPOT_PUBLIC_URL); the listening address when not set.
    pub public_url: Option<String>,
    pub mail: MailSettings,
    /// How often the server looks for rounds whose timetable says they move on
    /// (COMMONPOT_TIMETABLE_SECS, 15 seconds by default).
    pub timetable_every: std::time::Duration,
    /// Connection and request limits for clients (see `serve::Protection`).
    pub protection: crate::serve::Protection,
    /// Reverse proxies whose `X-Forwarded-For` is believed (COMMONPOT_TRUSTED_PROXIES,
    /// addresses and CIDR ranges; none by default).
    pub trusted_proxies: app::backend::access::client_address::TrustedProxies,
    /// A caller presenting this as `Authorization: Bearer …` may read `/metrics` from
    /// anywhere (COMMONPOT_METRICS_TOKEN); without it, only callers on this machine.
    pub metrics_token: Option<String>,
    /// How long rows are kept and how often the server deletes older ones.
    pub retention: RetentionSettings,
    /// The council or body running this instance, named in the privacy and accessibility
    /// notices (COMMONPOT_OPERATOR_NAME).
    pub operator_name: String,
    /// Where residents write about their data or an accessibility problem
    /// (COMMONPOT_CONTACT_EMAIL).
    pub contact_email: Option<String>,
}

/// COMMONPOT_KEEP_SENT_EMAIL_DAYS (30 by default) for sent letters; the other periods
/// are fixed by the limits that use the rows.
#[derive(Debug, Clone, Copy)]
pub struct RetentionSettings {
    pub keep: app::backend::retention::Retention,
    pub every: std::time::Duration,
}

impl Default for RetentionSettings {
    fn default() -> RetentionSettings {
        RetentionSettings {
            keep: Default::default(),
            every: std::time::Duration::from_secs(60),
        }
    }
}

impl RetentionSettings {
    fn from_env() -> RetentionSettings {
        let mut settings = RetentionSettings::default();
        if let Some(days) = std::env::var("COMMONPOT_KEEP_SENT_EMAIL_DAYS")
            .ok()
            .and_then(|v| v.trim().parse::<i64>().ok())
            .filter(|d| *d >= 0)
        {
            settings.keep.letters = chrono::Duration::days(days);
        }
        settings
    }
}

/// How email leaves: over SMTP when COMMONPOT_SMTP_URL is set (for example
/// `smtps://user:password@smtp.example.org`), otherwise as files in an outbox folder
/// (COMMONPOT_OUTBOX, `outbox/` by default) that a developer can read.
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub smtp_url: Option<String>,
    pub outbox: PathBuf,
    /// COMMONPOT_MAIL_FROM.
    pub from: String,
    /// How often the sender looks for new messages.
    pub poll: std::time::Duration,
}

impl MailSettings {
    pub fn from_env() -> MailSettings {
        MailSettings {
            smtp_url: std::env::var("COMMONPOT_SMTP_URL")
                .ok()
                .filter(|u| !u.is_empty()),
            outbox: std::env::var("COMMONPOT_OUTBOX")
                .unwrap_or_else(|_| "outbox".into())
                .into(),
            from: std::env::var("COMMONPOT_MAIL_FROM")
                .unwrap_or_else(|_| "Commonpot <no-reply@commonpot.localhost>".into()),
            poll: std::time::Duration::from_secs(1),
        }
    }

    /// Writes into `outbox`, checking often: for tests.
    pub fn outbox(outbox: PathBuf) -> MailSettings {
        MailSettings {
            smtp_url: None,
            outbox,
            from: "Commonpot <no-reply@commonpot.localhost>".into(),
            poll: std::time::Duration::from_millis(200),
        }
    }
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://commonpot.db";
pub const DEFAULT_RATE_WINDOW_SECS: i64 = 15 * 60;
/// A ballot after the closing time is refused to the second whatever this is; it is how
/// soon the round page and the officers see the move.
pub const DEFAULT_TIMETABLE_SECS: u64 = 15;

impl Settings {
    /// Reads `DATABASE_URL`, `COMMONPOT_ADDR` (or `LEPTOS_SITE_ADDR`, which cargo-leptos
    /// sets) and `LEPTOS_SITE_ROOT`, with defaults that run the demo from the repo root.
    pub fn from_env() -> anyhow::Result<Settings> {
        let address = std::env::var("COMMONPOT_ADDR")
            .or_else(|_| std::env::var("LEPTOS_SITE_ADDR"))
            .unwrap_or_else(|_| "127.0.0.1:3000".into())
            .parse()
            .map_err(|e| {
                anyhow::anyhow!("COMMONPOT_ADDR is not an address like 127.0.0.1:3000: {e}")
            })?;
        Ok(Settings {
            database_url: std::env::var("DATABASE_URL")
                .unwrap_or_else(|_| DEFAULT_DATABASE_URL.into()),
            address,
            site_root: std::env::var("LEPTOS_SITE_ROOT")
                .unwrap_or_else(|_| "target/site".into())
                .into(),
            max_connections: default_pool_size(),
            secure_cookies: std::env::var("COMMONPOT_PUBLIC_URL")
                .is_ok_and(|url| url.starts_with("https://")),
            rate_window_secs: std::env::var("COMMONPOT_RATE_WINDOW_SECS")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(DEFAULT_RATE_WINDOW_SECS),
            code_key: std::env::var("COMMONPOT_CODE_KEY")
                .ok()
                .filter(|k| !k.trim().is_empty()),
            public_url: std::env::var("COMMONPOT_PUBLIC_URL")
                .ok()
                .map(|u| u.trim_end_matches('/').to_owned()),
            mail: MailSettings::from_env(),
            timetable_every: std::time::Duration::from_secs(
                std::env::var("COMMONPOT_TIMETABLE_SECS")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .filter(|s| *s > 0)
                    .unwrap_or(DEFAULT_TIMETABLE_SECS),
            ),
            protection: crate::serve::Protection::from_env(),
            trusted_proxies: app::backend::access::client_address::TrustedProxies::parse(
                &std::env::var("COMMONPOT_TRUSTED_PROXIES").unwrap_or_default(),
            )
            .map_err(|entry| {
                anyhow::anyhow!(
                    "COMMONPOT_TRUSTED_PROXIES: {entry:?} is not an address or a range like 10.0.0.0/8"
                )
            })?,
            metrics_token: std::env::var("COMMONPOT_METRICS_TOKEN")
                .ok()
                .filter(|t| !t.trim().is_empty()),
            retention: RetentionSettings::from_env(),
            operator_name: std::env::var("COMMONPOT_OPERATOR_NAME")
                .ok()
                .map(|n| n.trim().to_owned())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| app::api::notices::ServiceOperator::default().name),
            contact_email: std::env::var("COMMONPOT_CONTACT_EMAIL")
                .ok()
                .map(|e| e.trim().to_owned())
                .filter(|e| !e.is_empty()),
        })
    }
}

/// Small: SQLite has one writer, and a 2-core machine gains nothing from more.
pub fn default_pool_size() -> u32 {
    std::thread::available_parallelism().map_or(4, |n| (n.get() as u32 * 4).clamp(4, 32))
}
