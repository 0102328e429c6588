//! Running it: `/readyz` and `/metrics` for the people who watch the service, and the
//! housekeeping task that deletes rows once their retention period is over.

use crate::helpers::{get, spawn_app, spawn_behind_proxies, METRICS_TOKEN};
use crate::visitors::Visitor;
use app::backend::entities::{flash, outgoing_email, session, throttle_event, user};
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_says_whether_the_database_answers() {
    let app = spawn_app().await;
    let ready = get(&app.client, &format!("{}/readyz", app.address)).await;
    assert_eq!(ready.status(), 200);
    app.db.clone().close().await.unwrap();
    // The server's own pool is a clone of the one just closed.
    let not = get(&app.client, &format!("{}/readyz", app.address)).await;
    assert_eq!(not.status(), 503);
    assert!(not.text().await.unwrap().contains("database"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_requests_by_route_and_ballots_and_are_kept_from_the_public() {
    let app = spawn_behind_proxies("127.0.0.1").await;
    server::seed::demo::seed(&app.db).await.unwrap();
    // A resident through the proxy: the server sees their address, not its own.
    let resident = Visitor::forwarded_for(&app, "203.0.113.9").await;
    let refused = resident.get("/metrics").await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let round = resident
        .get("/neighbourhoods/ilfracombe/rounds/2026-27")
        .await;
    assert_eq!(round.status, 200);
    let items = crate::voting::on_ballot(&app, crate::voting::OPEN).await;
    let code = server::seed::demo_people::demo_codes("ilfracombe")[9].printed();
    let cast = crate::voting::vote(
        &resident,
        crate::voting::OPEN,
        &[(items[0].id, 1)],
        &[("code", &code), ("postcode", "EX34 9AB")],
    )
    .await;
    assert!(cast.status < 400, "{}", cast.body);
    let over = crate::voting::vote(
        &resident,
        crate::voting::OPEN,
        &[(items[0].id, 1)],
        &[("code", "AAAA-BBBB-CCCC"), ("postcode", "EX34 9AB")],
    )
    .await;
    assert!(over.status >= 400);

    let with_token = resident
        .client
        .get(format!("{}/metrics", app.address))
        .bearer_auth(METRICS_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(with_token.status(), 200);
    let text = with_token.text().await.unwrap();
    for wanted in [
        "commonpot_http_requests_total{route=\"/sign-in\",method=\"GET\",status=\"200\"}",
        "commonpot_http_request_duration_seconds_bucket{route=\"/api/cast_ballot\"",
        "commonpot_ballots_total{outcome=\"accepted\"}",
        "commonpot_ballots_total{outcome=\"refused\",status=\"422\"}",
        "commonpot_group_commit_writes_count",
        "commonpot_email_queue_waiting",
        "commonpot_db_pool_connections",
    ] {
        assert!(text.contains(wanted), "no {wanted} in:\n{text}");
    }
    // Routes are patterns: no receipt, token or code in any label.
    assert!(!text.contains(&code), "{text}");
    assert!(
        text.contains("route=\"/neighbourhoods/{neighbourhood}"),
        "{text}"
    );
    let wrong_token = resident
        .client
        .get(format!("{}/metrics", app.address))
        .bearer_auth("guess")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_token.status(), 403);
    // Prometheus on the machine itself, straight to the server: no token needed.
    let local = get(&app.client, &format!("{}/metrics", app.address)).await;
    assert_eq!(local.status(), 200);
    // But a request a proxy on this machine passed on is someone else's.
    let relayed = app
        .client
        .get(format!("{}/metrics", app.address))
        .header("x-forwarded-for", "127.0.0.1")
        .send()
        .await
        .unwrap();
    assert_eq!(relayed.status(), 403);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rows_past_their_period_are_deleted_by_the_server_on_its_own() {
    let app = spawn_app().await;
    let long_ago = Utc::now() - Duration::days(40);
    let resident = user::Entity::find()
        .filter(user::Column::Email.eq("resident.ilfracombe@demo.invalid"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    for (id, seen) in [("old-session", long_ago), ("live-session", Utc::now())] {
        session::ActiveModel {
            id: Set(id.into()),
            user_id: Set(resident.id),
            created_at: Set(seen),
            last_seen_at: Set(seen),
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    throttle_event::ActiveModel {
        key: Set("sign-in:old".into()),
        at: Set(long_ago),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    flash::ActiveModel {
        id: Set("old-flash".into()),
        payload: Set("{}".into()),
        created_at: Set(long_ago),
    }
    .insert(&app.db)
    .await
    .unwrap();
    let letter = |subject: &str, sent: Option<chrono::DateTime<Utc>>| outgoing_email::ActiveModel {
        to_address: Set("someone@example.org".into()),
        subject: Set(subject.into()),
        body: Set("Hello".into()),
        purpose: Set("reminder".into()),
        created_at: Set(long_ago),
        sent_at: Set(sent),
        attempts: Set(if sent.is_some() { 1 } else { 0 }),
        // Not yet due, so the sender leaves the unsent one alone during the test.
        next_attempt_at: Set(Utc::now() + Duration::days(1)),
        last_error: Set(None),
        ..Default::default()
    };
    letter("sent long ago", Some(long_ago))
        .insert(&app.db)
        .await
        .unwrap();
    letter("sent today", Some(Utc::now()))
        .insert(&app.db)
        .await
        .unwrap();
    letter("still to send", None).insert(&app.db).await.unwrap();

    let subjects = || async {
        let mut s: Vec<String> = outgoing_email::Entity::find()
            .filter(outgoing_email::Column::ToAddress.eq("someone@example.org"))
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.subject)
            .collect();
        s.sort();
        s
    };
    let mut waited = 0;
    while session::Entity::find_by_id("old-session".to_owned())
        .one(&app.db)
        .await
        .unwrap()
        .is_some()
    {
        assert!(waited < 100, "the old session was never deleted");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        waited += 1;
    }
    // One pass deletes everything past its period and nothing else.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(session::Entity::find_by_id("live-session".to_owned())
        .one(&app.db)
        .await
        .unwrap()
        .is_some());
    assert_eq!(
        throttle_event::Entity::find()
            .filter(throttle_event::Column::Key.eq("sign-in:old"))
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    assert!(flash::Entity::find_by_id("old-flash".to_owned())
        .one(&app.db)
        .await
        .unwrap()
        .is_none());
    assert_eq!(subjects().await, vec!["sent today", "still to send"]);
}
