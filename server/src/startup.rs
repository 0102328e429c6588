//! Building the application from settings: connect, migrate, route, bind. Tests and the
//! binary start the app the same way.

use crate::settings::Settings;
use anyhow::Context;
use app::backend::access::request::{AccessConfig, Limits};
use app::backend::access::web::access_layer;
use app::{shell, App};
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use migrations::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;
use std::net::SocketAddr;
use tokio::net::TcpListener;

pub struct Application {
    listener: TcpListener,
    router: Router,
    mailer: crate::mailer::Mailer,
    timetable_every: std::time::Duration,
    public_url: String,
    protection: crate::serve::Protection,
    retention: crate::settings::RetentionSettings,
    /// For the counter's tally of ballots per batch of letter codes.
    code_key: app::backend::access::secrets::CodeKey,
    pub db: DatabaseConnection,
}

/// Connects and applies every pending migration.
pub async fn connect_and_migrate(settings: &Settings) -> anyhow::Result<DatabaseConnection> {
    let db = app::backend::db::connect(&settings.database_url, settings.max_connections)
        .await
        .with_context(|| format!("could not open the database at {}", settings.database_url))?;
    Migrator::up(&db, None)
        .await
        .context("could not migrate the database")?;
    Ok(db)
}

fn leptos_options(settings: &Settings, address: SocketAddr) -> LeptosOptions {
    // cargo-leptos writes hash.txt beside the binary when it hashes file names; without
    // it (a plain `cargo build`), asset names are unhashed.
    let hashed = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").exists()))
        .unwrap_or(false);
    LeptosOptions::builder()
        .output_name("commonpot")
        .site_root(settings.site_root.to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        .site_addr(address)
        .hash_files(hashed)
        .build()
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        let db = connect_and_migrate(&settings).await?;
        let listener = TcpListener::bind(settings.address)
            .await
            .with_context(|| format!("could not listen on {}", settings.address))?;
        let address = listener.local_addr()?;
        let options = leptos_options(&settings, address);
        let public_url = settings
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{address}"));
        let access = access_config(&settings, db.clone(), public_url.clone()).await?;
        let code_key = access.code_key.clone();
        let metrics = crate::observe::MetricsAccess {
            token: settings.metrics_token.clone(),
        };
        crate::observe::recorder();
        let router = router(options, db.clone(), access, metrics).layer(
            // 503, not 408: a browser may resend a form after a 408 on its own.
            tower_http::timeout::TimeoutLayer::with_status_code(
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                settings.protection.request,
            ),
        );
        let mailer = crate::mailer::Mailer::new(&settings.mail)?;
        Ok(Application {
            listener,
            router,
            mailer,
            timetable_every: settings.timetable_every,
            public_url,
            protection: settings.protection,
            retention: settings.retention,
            code_key,
            db,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        tokio::spawn(self.mailer.run(self.db.clone()));
        tokio::spawn(app::backend::timetable::run(
            self.db.clone(),
            self.timetable_every,
            self.public_url.clone(),
        ));
        tokio::spawn(housekeeping(self.db.clone(), self.retention));
        tokio::spawn(app::backend::counter::run(
            self.db.clone(),
            self.timetable_every,
            self.code_key,
        ));
        crate::serve::serve(
            self.listener,
            self.router,
            self.protection,
            shutdown_signal(),
        )
        .await;
        Ok(())
    }
}

async fn access_config(
    settings: &Settings,
    db: DatabaseConnection,
    public_url: String,
) -> anyhow::Result<AccessConfig> {
    let code_key = app::backend::access::secrets::code_key(&db, settings.code_key.as_deref())
        .await
        .context("could not load the voting code key")?;
    if settings.code_key.is_none() {
        // Voter keys and code hashes are only as secret as this key.
        tracing::warn!(
            "COMMONPOT_CODE_KEY is not set, so the key that hides whose ballot is whose is kept in the database: set it for a real round, and keep it out of database backups"
        );
    }
    // Ballots stored before voter keys were keyed are rewritten once, so nothing in
    // the database names the code or account behind a ballot.
    let rekeyed = app::backend::access::voter_keys::rekey_legacy(&db, &code_key)
        .await
        .context("could not rewrite the voter keys of older ballots")?;
    if rekeyed > 0 {
        tracing::info!(
            ballots = rekeyed,
            "voter keys of older ballots rewritten under the server's key"
        );
    }
    let writes = app::backend::group_commit::GroupCommit::start(db.clone());
    Ok(AccessConfig {
        db,
        secure_cookies: settings.secure_cookies,
        code_key,
        limits: Limits::over(chrono::Duration::seconds(settings.rate_window_secs)),
        public_url,
        writes,
        frozen: Default::default(),
        ledger_pages: Default::default(),
        trusted_proxies: settings.trusted_proxies.clone(),
        operator: app::api::notices::ServiceOperator {
            name: settings.operator_name.clone(),
            contact_email: settings.contact_email.clone(),
            letters_kept_days: settings.retention.keep.letters.num_days(),
        },
    })
}

/// The app's routes, worked out once per process. While `generate_route_list` runs,
/// Leptos holds a process-wide switch that leaves every Resource started meanwhile
/// pending for ever (leptos-rs/leptos#4773): a second server built in the same process
/// (the tests start many) would hang requests the first one was serving. Built once,
/// before any server of the process serves, it never overlaps a request.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

fn router(
    options: LeptosOptions,
    db: DatabaseConnection,
    access: AccessConfig,
    metrics: crate::observe::MetricsAccess,
) -> Router {
    let https = access.secure_cookies;
    let routes = route_list();
    let context_db = db.clone();
    Router::new()
        .leptos_routes_with_context(
            &options,
            routes,
            move || provide_context(context_db.clone()),
            {
                let options = options.clone();
                move || shell(options.clone())
            },
        )
        .merge(crate::assets::router(&options))
        .merge(crate::open_data::router(db.clone()))
        .route("/language", axum::routing::post(crate::language::choose))
        // Where people guess a contact page is: the help pages list every way to reach us.
        .route(
            "/contact",
            axum::routing::get(|| async { axum::response::Redirect::permanent("/help") }),
        )
        .route(
            "/account/data.json",
            axum::routing::get(crate::personal_data::download),
        )
        // For load balancers and the load benchmark: the whole middleware stack, no work.
        .route("/healthz", axum::routing::get(|| async { "ok" }))
        .route(
            "/readyz",
            axum::routing::get(crate::observe::ready).with_state(db.clone()),
        )
        .route(
            "/metrics",
            axum::routing::get(crate::observe::metrics_page).with_state((db.clone(), metrics)),
        )
        .fallback(leptos_axum::file_and_error_handler(shell))
        .layer(axum::middleware::from_fn(crate::api_status::error_status))
        .layer(axum::middleware::from_fn_with_state(access, access_layer))
        .layer(axum::middleware::from_fn_with_state(
            crate::security_headers::SecurityHeaders { https },
            crate::security_headers::add,
        ))
        // Pages and answers compressed on the fly (brotli at quality 4, or gzip); the
        // static bundle is precompressed and passes through untouched.
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(axum::middleware::from_fn(crate::observe::track))
        .with_state(options)
}

/// Short-lived and personal rows go on a timer, each after its period
/// (`app::backend::retention`), not only when someone happens to read them.
async fn housekeeping(db: DatabaseConnection, retention: crate::settings::RetentionSettings) {
    let mut every = tokio::time::interval(retention.every);
    loop {
        every.tick().await;
        match app::backend::retention::purge(&db, &retention.keep).await {
            Ok(purged) if purged != Default::default() => {
                tracing::info!(?purged, "deleted rows past their retention period");
            }
            Ok(_) => {}
            Err(e) => {
                tracing::error!(error = %e, "could not delete rows past their retention period")
            }
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
