//! Attacks on accounts and on the server itself, each written first as the attack and
//! seen to succeed before the fix: a redirect off the site, parallel password guesses,
//! a key set wrongly, a database fault read as a sign-out.

use crate::helpers::{fresh_database, spawn_app};
use crate::visitors::{demo_password, Visitor};
use sea_orm::ConnectionTrait;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_back_or_next_link_with_a_tab_cannot_send_anyone_to_another_site() {
    let app = spawn_app().await;
    let visitor = Visitor::new(&app).await;
    // A browser drops the tab and reads //evil.example: another site.
    let back = visitor.choose_language("en", "/\t/evil.example").await;
    assert_eq!(back.status, 303);
    assert_eq!(back.location.as_deref(), Some("/"));
    let email = "resident.ilfracombe@demo.invalid";
    let signed_in = visitor
        .submit(
            "/sign-in",
            "/api/sign_in",
            &[
                ("email", email),
                ("password", &demo_password(email)),
                ("next", "/\t/evil.example"),
            ],
        )
        .await;
    assert_eq!(
        signed_in.location.as_deref(),
        Some("/account"),
        "{}",
        signed_in.status
    );
    let kept = visitor
        .choose_language("cy", "/neighbourhoods/ilfracombe?x=1")
        .await;
    assert_eq!(
        kept.location.as_deref(),
        Some("/neighbourhoods/ilfracombe?x=1")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn password_guesses_sent_all_at_once_are_all_counted() {
    let app = spawn_app().await;
    let email = "resident.ilfracombe@demo.invalid";
    let mut guessers = Vec::new();
    for _ in 0..12 {
        guessers.push(Visitor::new(&app).await);
    }
    let guesses = guessers.iter().enumerate().map(|(i, v)| async move {
        let guess = format!("guess number {i} of many");
        v.post("/api/sign_in", &[("email", email), ("password", &guess)])
            .await
            .status
    });
    let statuses = futures::future::join_all(guesses).await;
    let checked = statuses.iter().filter(|s| **s == 422).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert!(checked <= 5, "{checked} guesses were checked: {statuses:?}");
    assert_eq!(checked + refused, 12, "{statuses:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changing_a_password_cannot_be_used_to_guess_the_current_one() {
    let app = spawn_app().await;
    let email = "resident.ilfracombe@demo.invalid";
    let visitor = Visitor::signed_in(&app, email).await;
    let mut statuses = Vec::new();
    for i in 0..6 {
        let guess = format!("current password guess {i}");
        let answer = visitor
            .post(
                "/api/change_password",
                &[
                    ("current_password", guess.as_str()),
                    ("new_password", "a brand new long password"),
                ],
            )
            .await;
        statuses.push(answer.status);
    }
    assert_eq!(statuses, [422, 422, 422, 422, 422, 429]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_key_set_but_unreadable_stops_the_server_at_start() {
    let (database_url, _dir) = fresh_database().await;
    let settings = server::settings::Settings {
        database_url,
        address: "127.0.0.1:0".parse().unwrap(),
        site_root: std::env::temp_dir().join("commonpot-no-site"),
        max_connections: 2,
        secure_cookies: false,
        rate_window_secs: 60,
        code_key: Some("not a hex key".into()),
        public_url: None,
        mail: server::settings::MailSettings::outbox(std::env::temp_dir().join("unused-outbox")),
        timetable_every: std::time::Duration::from_secs(60),
        protection: Default::default(),
        trusted_proxies: Default::default(),
        metrics_token: None,
        retention: Default::default(),
        operator_name: "North Devon Council".into(),
        contact_email: None,
    };
    let Err(error) = server::startup::Application::build(settings).await else {
        panic!("the server started with a key it could not read");
    };
    let said = format!("{error:#}");
    assert!(
        said.contains("COMMONPOT_CODE_KEY is set but is not"),
        "{said}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_fault_while_reading_a_session_is_an_error_not_a_sign_out() {
    let app = spawn_app().await;
    let visitor = Visitor::signed_in(&app, "resident.ilfracombe@demo.invalid").await;
    app.db
        .execute_unprepared("ALTER TABLE sessions RENAME TO sessions_away")
        .await
        .unwrap();
    let fault = visitor.get("/account").await;
    app.db
        .execute_unprepared("ALTER TABLE sessions_away RENAME TO sessions")
        .await
        .unwrap();
    assert_eq!(fault.status, 500, "{}", fault.body);
    assert!(
        !fault.set_cookies.iter().any(|c| c.contains("session=;")),
        "{:?}",
        fault.set_cookies
    );
    // The session survived the fault.
    assert_eq!(visitor.get("/account").await.status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forms_posted_from_elsewhere_leave_nothing_in_the_database() {
    use app::backend::entities::flash;
    use sea_orm::{EntityTrait, PaginatorTrait};
    let app = spawn_app().await;
    let before = flash::Entity::find().count(&app.db).await.unwrap();
    let stranger = reqwest::Client::new();
    let big = "x".repeat(200_000);
    for _ in 0..20 {
        let answer = stranger
            .post(format!("{}/api/sign_up", app.address))
            .header("accept", "text/html")
            .form(&[
                ("csrf", "not-ours"),
                ("display_name", big.as_str()),
                ("email", "flood@example.org"),
                ("password", big.as_str()),
            ])
            .send()
            .await
            .unwrap();
        assert!(answer.status().as_u16() < 500, "{}", answer.status());
    }
    assert_eq!(flash::Entity::find().count(&app.db).await.unwrap(), before);

    // A real form refused keeps what was typed for its next view, but not without end.
    let visitor = Visitor::new(&app).await;
    visitor
        .submit(
            "/sign-up",
            "/api/sign_up",
            &[
                ("display_name", big.as_str()),
                ("email", "not an email"),
                ("password", ""),
            ],
        )
        .await;
    let kept = flash::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(kept.len() as u64, before + 1);
    assert!(
        kept.iter().all(|f| f.payload.len() < 25_000),
        "a flash kept everything typed"
    );
}

/// A client reaching the server directly that sends its headers a byte at a time, and
/// never finishes, is cut off instead of holding a connection for ever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_never_finishes_its_headers_is_cut_off() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = crate::helpers::spawn_protected(server::serve::Protection {
        header_read: std::time::Duration::from_secs(1),
        ..Default::default()
    })
    .await;
    let address = app.address.trim_start_matches("http://").to_owned();
    let mut slow = tokio::net::TcpStream::connect(&address).await.unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut rest = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        slow.read_to_end(&mut rest),
    )
    .await;
    assert!(read.is_ok(), "the server kept the connection open for 10 s");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    // A well-behaved client is served as before.
    assert_eq!(app.get("/healthz").await.0, 200);
}

/// Beyond the limit, connections wait to be accepted; one closing lets the next in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_beyond_the_limit_wait_until_one_closes() {
    let app = crate::helpers::spawn_protected(server::serve::Protection {
        max_connections: 2,
        ..Default::default()
    })
    .await;
    let address = app.address.trim_start_matches("http://").to_owned();
    let first = tokio::net::TcpStream::connect(&address).await.unwrap();
    let _second = tokio::net::TcpStream::connect(&address).await.unwrap();
    let fresh = || {
        reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(2))
            .build()
            .unwrap()
    };
    let waiting = fresh().get(format!("{}/healthz", app.address)).send().await;
    assert!(
        waiting.is_err(),
        "a third connection was served: {waiting:?}"
    );
    drop(first);
    let mut served = None;
    for _ in 0..20 {
        if let Ok(res) = fresh().get(format!("{}/healthz", app.address)).send().await {
            served = Some(res.status().as_u16());
            break;
        }
    }
    assert_eq!(served, Some(200));
}
