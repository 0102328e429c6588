//! The results page: hidden until voting closes, then both count rules side by side.

use crate::helpers::{spawn_app, visible_text};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_votes_are_shown_while_voting_is_open() {
    let app = spawn_app().await;
    let (status, html) = app
        .get("/neighbourhoods/ilfracombe/rounds/2026-27/results")
        .await;
    assert_eq!(status, 403);
    assert!(visible_text(&html).contains("once voting has closed"));
    let (_, round) = app.get("/neighbourhoods/ilfracombe/rounds/2026-27").await;
    assert!(
        !round.contains("/results"),
        "no link to results while voting is open"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_voting_closes_the_votes_and_both_rules_are_shown_side_by_side() {
    let app = spawn_app().await;
    let (status, html) = app
        .get("/neighbourhoods/castle-vale/rounds/2026/results")
        .await;
    assert_eq!(status, 200);
    let text = visible_text(&html);
    assert!(text.contains("residents voted"), "{text}");
    assert!(text.contains("Most votes first"));
    assert!(text.contains("Equal shares"));
    assert!(text.contains("Funded only under equal shares"));
    assert!(html.contains("<svg"), "the bar chart");
    let (_, round) = app.get("/neighbourhoods/castle-vale/rounds/2026").await;
    assert!(round.contains("/neighbourhoods/castle-vale/rounds/2026/results"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_published_greedy_decision_matches_the_results_page() {
    let app = spawn_app().await;
    let (_, results) = app
        .get("/neighbourhoods/ilfracombe/rounds/2025-26/results")
        .await;
    let (_, round) = app.get("/neighbourhoods/ilfracombe/rounds/2025-26").await;
    let funded_total = visible_text(&round)
        .split("Total funded ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .map(str::to_owned)
        .expect("a total funded");
    assert!(
        visible_text(&results).contains(&format!("It funds {funded_total}.")),
        "greedy total on the results page equals the decision's total {funded_total}"
    );
}
