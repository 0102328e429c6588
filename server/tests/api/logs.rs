//! The logs a council's IT team keeps: one JSON object per line, each line of a request
//! carrying its request id, and nothing a resident typed that would identify them or let
//! someone vote as them: no email address, password, voting code or postcode, through
//! a whole journey of signing up, confirming, voting by account and by letter, a wrong
//! password and a password reset.

use crate::helpers::{fresh_database, TempDir, TestApp};
use crate::load::{self, Server};
use crate::visitors::Visitor;
use server::seed::demo_people::demo_codes;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_journey_logs_json_lines_with_request_ids_and_no_personal_secrets() {
    let (url, _db_dir) = fresh_database().await;
    let dir = std::env::temp_dir().join(format!("commonpot-logs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let _dir = TempDir::new(dir.clone());
    load::prepare(&url, 1).await;
    let log_path = dir.join("server.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let binary = Path::new(env!("CARGO_BIN_EXE_commonpot"));
    let mut server = Server::start_with(
        binary,
        &url,
        &dir,
        &[("COMMONPOT_LOG_FORMAT", "json"), ("RUST_LOG", "info")],
        Stdio::from(log),
    )
    .await;
    let app = TestApp::of_process(server.base.clone(), url.clone(), dir.join("outbox")).await;

    let email = "lowenna.logs@example.org";
    let password = "harbour lights over the capstone";
    let code = demo_codes("ilfracombe")[7].printed();
    let letter_code = demo_codes("ilfracombe")[8].printed();
    let postcode = "EX34 9AB";

    let resident = Visitor::signed_up(&app, "Lowenna Logs", email, password).await;
    let verified = resident
        .post(
            "/api/verify_residence",
            &[
                ("neighbourhood", "ilfracombe"),
                ("postcode", postcode),
                ("code", &code),
            ],
        )
        .await;
    assert!(
        verified.status < 400,
        "{} {}",
        verified.status,
        verified.body
    );
    let items = crate::voting::on_ballot(&app, crate::voting::OPEN).await;
    let by_account =
        crate::voting::vote(&resident, crate::voting::OPEN, &[(items[0].id, 1)], &[]).await;
    assert!(by_account.status < 400, "{}", by_account.body);
    let by_letter = crate::voting::vote(
        &Visitor::new(&app).await,
        crate::voting::OPEN,
        &[(items[1].id, 1)],
        &[("code", &letter_code), ("postcode", postcode)],
    )
    .await;
    assert!(by_letter.status < 400, "{}", by_letter.body);
    let guesser = Visitor::new(&app).await;
    let wrong = guesser
        .post(
            "/api/sign_in",
            &[("email", email), ("password", "not the password at all")],
        )
        .await;
    assert_eq!(wrong.status, 422, "{}", wrong.body);
    let reset = guesser
        .post("/api/request_password_reset", &[("email", email)])
        .await;
    assert!(reset.status < 400, "{}", reset.body);
    app.link_to(email, "/account/set-password/").await;
    // A broken request too: its error is logged, with nothing it carried.
    let broken = guesser
        .post(
            "/api/verify_residence",
            &[("postcode", postcode), ("code", "nonsense")],
        )
        .await;
    assert!(broken.status >= 400);

    let exit = server.terminate(Duration::from_secs(30));
    assert!(exit.is_some_and(|s| s.success()), "{exit:?}");
    let logged = std::fs::read_to_string(&log_path).unwrap();
    let lines: Vec<&str> = logged.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() > 10, "{logged}");
    let mut answered_ballots = 0;
    for line in &lines {
        let entry: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}"));
        if entry["fields"]["message"] == "answered" {
            assert!(
                entry["span"]["id"]
                    .as_str()
                    .is_some_and(|id| !id.is_empty()),
                "a request line without its id: {line}"
            );
            if entry["span"]["route"] == "/api/cast_ballot" {
                answered_ballots += 1;
            }
        }
    }
    assert_eq!(answered_ballots, 2, "{logged}");
    let compact = |s: &str| s.replace([' ', '-'], "").to_lowercase();
    let secrets = [
        email.to_owned(),
        password.to_owned(),
        code.clone(),
        compact(&code),
        letter_code.clone(),
        compact(&letter_code),
        postcode.to_owned(),
        compact(postcode),
    ];
    let lowered = logged.to_lowercase();
    for secret in secrets {
        assert!(
            !lowered.contains(&secret.to_lowercase()),
            "the log holds {secret:?}:\n{logged}"
        );
    }
}
