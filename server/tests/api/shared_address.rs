//! Many people behind one address: a council's reverse proxy, a mobile network's
//! carrier-grade NAT, one Wi-Fi at a community event. Limits per address must not lock
//! a neighbourhood out, and a forwarding header must be believed only from our proxy.

use crate::helpers::{spawn_app, spawn_behind_proxies, TestApp};
use crate::visitors::Visitor;

async fn wrong_sign_in(visitor: &Visitor, k: usize) -> u16 {
    visitor
        .post(
            "/api/sign_in",
            &[
                ("email", &format!("nobody{k}@example.org")),
                ("password", "not the password at all"),
            ],
        )
        .await
        .status
}

async fn sign_ups(app: &TestApp, forwarded: &str, n: usize) -> Vec<u16> {
    let mut statuses = Vec::new();
    for k in 0..n {
        let visitor = Visitor::forwarded_for(app, forwarded).await;
        statuses.push(
            visitor
                .post(
                    "/api/sign_up",
                    &[
                        ("display_name", &format!("Neighbour {k}")),
                        ("email", &format!("neighbour{k}@example.org")),
                        ("password", "community centre evening"),
                    ],
                )
                .await
                .status,
        );
    }
    statuses
}

/// Before, the eleventh sign-up from one address in 15 minutes was refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_neighbours_behind_one_proxy_address_all_sign_up() {
    let app = spawn_behind_proxies("127.0.0.1").await;
    server::seed::demo::seed(&app.db).await.unwrap();
    let statuses = sign_ups(&app, "203.0.113.50", 50).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_our_proxy_each_client_has_its_own_limit() {
    let app = spawn_behind_proxies("127.0.0.1").await;
    let guesser = Visitor::forwarded_for(&app, "198.51.100.66").await;
    let mut statuses = Vec::new();
    for k in 0..=address_limit() {
        statuses.push(wrong_sign_in(&guesser, k).await);
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(statuses.last(), Some(&429));
    // Someone else behind the same proxy is not held back by the guesser.
    let neighbour = Visitor::forwarded_for(&app, "203.0.113.7").await;
    assert_eq!(wrong_sign_in(&neighbour, 99).await, 422);
}

/// A forged header from someone who is not our proxy changes nothing: rotating it does
/// not escape the per-address limit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_forwarding_header_from_anyone_else_is_ignored() {
    let app = spawn_app().await;
    let mut statuses = Vec::new();
    for k in 0..=address_limit() {
        let forger = Visitor::forwarded_for(&app, &format!("192.0.2.{k}")).await;
        statuses.push(wrong_sign_in(&forger, k).await);
    }
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
}

/// Wrong passwords one address may send in a window before it is refused.
fn address_limit() -> usize {
    let max = app::backend::access::request::Limits::over(chrono::Duration::minutes(15))
        .sign_in_per_address
        .max;
    usize::try_from(max).unwrap()
}
