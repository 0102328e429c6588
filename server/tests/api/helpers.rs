//! `spawn_app()`: a running Commonpot on a free port with its own database.

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, EntityTrait};
use server::settings::Settings;
use server::startup::Application;
use std::sync::atomic::{AtomicU32, Ordering};

pub struct TestApp {
    pub address: String,
    pub db: DatabaseConnection,
    /// The database the server uses, for a second server or the command line.
    pub database_url: String,
    pub client: reqwest::Client,
    /// Where the server writes the emails it sends.
    pub outbox: std::path::PathBuf,
    _dir: Option<TempDir>,
    _outbox_dir: TempDir,
}

/// A directory removed when the test ends.
pub struct TempDir(std::path::PathBuf);

impl TempDir {
    pub fn new(path: std::path::PathBuf) -> TempDir {
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The token test servers accept for `/metrics` from anywhere.
pub const METRICS_TOKEN: &str = "a metrics token for the tests";

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "commonpot_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        nanos
    )
}

/// A fresh, empty database: a new SQLite file, or a new PostgreSQL database on the
/// server named by COMMONPOT_TEST_DATABASE_URL.
pub async fn fresh_database() -> (String, Option<TempDir>) {
    let name = unique_name();
    match std::env::var("COMMONPOT_TEST_DATABASE_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let admin = Database::connect(&admin_url)
                .await
                .expect("connect to PostgreSQL");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create test database");
            let base = admin_url
                .rsplit_once('/')
                .map(|(b, _)| b)
                .unwrap_or(&admin_url);
            (format!("{base}/{name}"), None)
        }
        _ => {
            let dir = std::env::temp_dir().join(&name);
            std::fs::create_dir_all(&dir).expect("temp dir");
            let url = format!("sqlite://{}", dir.join("commonpot.db").display());
            (url, Some(TempDir(dir)))
        }
    }
}

pub async fn spawn_app_without_data() -> TestApp {
    spawn_with_rate_window(server::settings::DEFAULT_RATE_WINDOW_SECS).await
}

/// A server whose sign-in and code rate limits count over `secs` seconds.
pub async fn spawn_with_rate_window(secs: i64) -> TestApp {
    spawn_configured(secs, false, Default::default(), Default::default()).await
}

/// A server with these connection and request limits.
pub async fn spawn_protected(protection: server::serve::Protection) -> TestApp {
    spawn_configured(
        server::settings::DEFAULT_RATE_WINDOW_SECS,
        false,
        protection,
        Default::default(),
    )
    .await
}

/// A server that believes the forwarding headers of these proxies.
pub async fn spawn_behind_proxies(trusted: &str) -> TestApp {
    spawn_configured(
        server::settings::DEFAULT_RATE_WINDOW_SECS,
        false,
        Default::default(),
        app::backend::access::client_address::TrustedProxies::parse(trusted).expect("proxies"),
    )
    .await
}

/// A server that believes it is served over https (`COMMONPOT_PUBLIC_URL=https://…`).
pub async fn spawn_behind_https() -> TestApp {
    spawn_configured(
        server::settings::DEFAULT_RATE_WINDOW_SECS,
        true,
        Default::default(),
        Default::default(),
    )
    .await
}

async fn spawn_configured(
    rate_window_secs: i64,
    secure_cookies: bool,
    protection: server::serve::Protection,
    trusted_proxies: app::backend::access::client_address::TrustedProxies,
) -> TestApp {
    let (database_url, dir) = fresh_database().await;
    let outbox = std::env::temp_dir().join(format!("{}-outbox", unique_name()));
    let settings = Settings {
        database_url: database_url.clone(),
        address: "127.0.0.1:0".parse().expect("address"),
        site_root: std::env::temp_dir().join("commonpot-no-site"),
        max_connections: 4,
        secure_cookies,
        rate_window_secs,
        code_key: None,
        public_url: None,
        mail: server::settings::MailSettings::outbox(outbox.clone()),
        timetable_every: std::time::Duration::from_millis(250),
        protection,
        trusted_proxies,
        metrics_token: Some(METRICS_TOKEN.to_owned()),
        retention: server::settings::RetentionSettings {
            every: std::time::Duration::from_millis(250),
            ..Default::default()
        },
        operator_name: "North Devon Council".into(),
        contact_email: Some("commonpot@northdevon.example".into()),
    };
    let app = Application::build(settings).await.expect("build app");
    let address = format!("http://{}", app.address());
    let db = app.db.clone();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        // A stuck request fails its test instead of hanging the run.
        .timeout(std::time::Duration::from_secs(60))
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("client");
    TestApp {
        address,
        db,
        database_url,
        client,
        _dir: dir,
        _outbox_dir: TempDir(outbox.clone()),
        outbox,
    }
}

/// Another server on the same database (as a council runs two behind a proxy), with
/// its own outbox; it stops when the test ends.
pub async fn spawn_second_server(first: &TestApp) -> (String, TempDir) {
    let outbox = std::env::temp_dir().join(format!("{}-outbox", unique_name()));
    let settings = Settings {
        database_url: first.database_url.clone(),
        address: "127.0.0.1:0".parse().expect("address"),
        site_root: std::env::temp_dir().join("commonpot-no-site"),
        max_connections: 4,
        secure_cookies: false,
        rate_window_secs: server::settings::DEFAULT_RATE_WINDOW_SECS,
        code_key: None,
        public_url: None,
        mail: server::settings::MailSettings::outbox(outbox.clone()),
        timetable_every: std::time::Duration::from_millis(250),
        protection: Default::default(),
        trusted_proxies: Default::default(),
        metrics_token: None,
        retention: Default::default(),
        operator_name: "North Devon Council".into(),
        contact_email: None,
    };
    let app = Application::build(settings)
        .await
        .expect("build the second app");
    let address = format!("http://{}", app.address());
    tokio::spawn(app.run_until_stopped());
    (address, TempDir(outbox))
}

/// The server with the demo neighbourhoods loaded.
pub async fn spawn_app() -> TestApp {
    let app = spawn_app_without_data().await;
    server::seed::demo::seed(&app.db).await.expect("seed demo");
    app
}

impl TestApp {
    /// A `commonpot serve` process started by the test, seen as a test app: its address,
    /// its database and the outbox folder it writes to.
    pub async fn of_process(
        address: String,
        database_url: String,
        outbox: std::path::PathBuf,
    ) -> TestApp {
        let db = Database::connect(&database_url).await.expect("connect");
        TestApp {
            address,
            db,
            database_url,
            client: reqwest::Client::new(),
            _dir: None,
            _outbox_dir: TempDir(outbox.clone()),
            outbox,
        }
    }

    /// The emails the server has sent so far, oldest first, waiting up to ten seconds
    /// for at least `at_least` of them.
    pub async fn emails(&self, at_least: usize) -> Vec<String> {
        for _ in 0..100 {
            let mut names: Vec<_> = std::fs::read_dir(&self.outbox)
                .map(|d| {
                    d.filter_map(|e| e.ok())
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                        .collect()
                })
                .unwrap_or_default();
            if names.len() >= at_least {
                names.sort();
                return names
                    .iter()
                    .map(|p| readable(&std::fs::read_to_string(p).expect("read email")))
                    .collect();
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let queued = app::backend::entities::outgoing_email::Entity::find()
            .all(&self.db)
            .await
            .unwrap_or_default();
        panic!("fewer than {at_least} emails arrived in the outbox; the queue: {queued:?}");
    }

    /// The path of the newest link beginning `prefix` in an email to `to`, waiting up to
    /// ten seconds for one to arrive.
    pub async fn link_to(&self, to: &str, prefix: &str) -> String {
        let header = format!("To: {to}");
        for _ in 0..100 {
            let mut names: Vec<_> = std::fs::read_dir(&self.outbox)
                .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
                .unwrap_or_default();
            names.sort();
            for path in names.iter().rev() {
                let email = readable(&std::fs::read_to_string(path).unwrap_or_default());
                if !email.contains(&header) {
                    continue;
                }
                if let Some(at) = email.find(prefix) {
                    let end = email[at..]
                        .find(char::is_whitespace)
                        .map_or(email.len(), |n| at + n);
                    return email[at..end].to_owned();
                }
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("no email to {to} with a link {prefix}…");
    }

    pub async fn get(&self, path: &str) -> (u16, String) {
        let res = get(&self.client, &format!("{}{}", self.address, path)).await;
        let status = res.status().as_u16();
        (status, res.text().await.expect("body"))
    }
}

/// A GET that fails its test when the server does not answer within 20 s: a stall is
/// a bug to see, not to retry past.
pub async fn get(client: &reqwest::Client, url: &str) -> reqwest::Response {
    client
        .get(url)
        .timeout(std::time::Duration::from_secs(20))
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {url}: {e}"))
}

/// An email as a person reads it: a quoted-printable body decoded.
fn readable(email: &str) -> String {
    let Some((head, body)) = email.split_once("\r\n\r\n") else {
        return email.to_owned();
    };
    if !head.contains("Content-Transfer-Encoding: quoted-printable") {
        return email.to_owned();
    }
    let joined = body.replace("=\r\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'=', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    format!("{head}\r\n\r\n{}", String::from_utf8_lossy(&out))
}

/// The text of an HTML page with tags removed and whitespace folded, for asserting on
/// what a reader sees.
pub fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
