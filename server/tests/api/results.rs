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

/// `commonpot recount ROUND` against the test server's database: (succeeded, stdout).
fn recount(app: &crate::helpers::TestApp, round: &str) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_commonpot"))
        .args(["recount", round])
        .env("DATABASE_URL", &app.database_url)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_is_counted_once_and_its_stored_count_is_refused_when_the_ballots_change() {
    use app::backend::entities::{ballot, round, round_count};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let app = spawn_app().await;
    let results = "/neighbourhoods/castle-vale/rounds/2026/results";
    let r = round::Entity::find()
        .filter(round::Column::Slug.eq("2026"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let (status, first) = app.get(results).await;
    assert_eq!(status, 200);
    let stored = round_count::Entity::find()
        .filter(round_count::Column::RoundId.eq(r.id))
        .all(&app.db)
        .await
        .unwrap();
    let ballots = ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(r.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1, "the first view stores the count");
    assert_eq!(stored[0].ballots, i64::try_from(ballots).unwrap());
    let (ok, said) = recount(&app, "castle-vale/2026");
    assert!(ok && said.contains("matches the ledger"), "{said}");

    // Every ballot rewritten behind the site's back, their number kept: the page still
    // shows the stored count, so a view never reads the ballots; the recount finds it.
    ballot::Entity::update_many()
        .col_expr(ballot::Column::Choices, Expr::value("[]"))
        .filter(ballot::Column::RoundId.eq(r.id))
        .exec(&app.db)
        .await
        .unwrap();
    let (status, again) = app.get(results).await;
    assert_eq!(status, 200);
    assert_eq!(visible_text(&again), visible_text(&first));
    let (ok, said) = recount(&app, "castle-vale/2026");
    assert!(!ok && said.contains("DIFFERS"), "{said}");

    // A ballot gone: the stored count is no longer the round's, and is not served.
    let one = ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(r.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    ballot::Entity::delete_by_id(one.id)
        .exec(&app.db)
        .await
        .unwrap();
    // Each server counts the ballots again at most once a second, so a crowd reading the
    // results does not make it count 90,000 ballots on every view.
    tokio::time::sleep(app::backend::count_checks::RECHECK).await;
    let (status, refused) = app.get(results).await;
    assert_eq!(status, 409);
    assert!(
        visible_text(&refused).contains("no longer matches its ballots"),
        "{}",
        visible_text(&refused)
    );
    let (status, _) = app
        .get("/api/v1/neighbourhoods/castle-vale/rounds/2026/results.csv")
        .await;
    assert_ne!(status, 200, "the open data does not serve it either");

    // Once someone knows why, the recount replaces it, and says so in the audit log.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_commonpot"))
        .args(["recount", "castle-vale/2026", "--replace"])
        .env("DATABASE_URL", &app.database_url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (status, _) = app.get(results).await;
    assert_eq!(status, 200);
    let (ok, said) = recount(&app, "castle-vale/2026");
    assert!(ok && said.contains("matches the ledger"), "{said}");
    use app::backend::entities::audit_entry;
    let logged = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("round.recounted"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(logged, 1);
}

/// The number of ballots the round's stored count was made from, if one is stored.
async fn stored_count(app: &crate::helpers::TestApp, round_id: i32) -> Option<i64> {
    use app::backend::entities::round_count;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    round_count::Entity::find()
        .filter(round_count::Column::RoundId.eq(round_id))
        .one(&app.db)
        .await
        .unwrap()
        .map(|kept| kept.ballots)
}

/// The round's stored count, waiting up to ten seconds for the server's counter.
async fn counted(app: &crate::helpers::TestApp, round_id: i32) -> Option<i64> {
    for _ in 0..100 {
        if let Some(ballots) = stored_count(app, round_id).await {
            return Some(ballots);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    None
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_voting_counts_the_round_before_anyone_looks_at_it() {
    use crate::visitors::Visitor;
    use crate::voting::{ballots, move_on, round_of, vote, OFFICER, OPEN, RESIDENT};
    let app = spawn_app().await;
    let r = round_of(&app, OPEN).await;
    let items = crate::voting::on_ballot(&app, OPEN).await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let cast = vote(&resident, OPEN, &[(items[0].id, 1)], &[]).await;
    assert!(cast.status < 400, "{}", cast.body);
    // The counter looks every 250 ms in tests: it has had its chances.
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert_eq!(
        stored_count(&app, r.id).await,
        None,
        "nothing is counted while voting is open"
    );

    let officer = Visitor::signed_in(&app, OFFICER).await;
    let closed = move_on(&officer, OPEN, "voting_open").await;
    assert!(closed.status < 400, "{}", closed.body);
    // Nobody has opened the results: the server counted the round on its own.
    let stored = counted(&app, r.id).await;
    assert_eq!(
        stored,
        Some(i64::try_from(ballots(&app, OPEN).await.len()).unwrap())
    );
}
