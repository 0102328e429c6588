//! Paper ballots: an officer types them in batch by batch with the code from each
//! voter's letter; that code then cannot vote again, on paper or online; a second
//! officer verifies the batch, and voting cannot close until every batch is verified.

use crate::helpers::{spawn_app, visible_text, TestApp};
use crate::visitors::{Answer, Visitor};
use crate::voting::{ballots, code, move_on, on_ballot, receipt_of, vote, OFFICER, OPEN};
use app::backend::entities::{ballot, user};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const CHECKER: &str = "checker.ilfracombe@demo.invalid";
const ROUND: [(&str, &str); 2] = [("neighbourhood", "ilfracombe"), ("round", OPEN)];

async fn open_batch(officer: &Visitor, label: &str) -> i32 {
    let mut form = ROUND.to_vec();
    form.push(("label", label));
    let answer = officer.post("/api/open_paper_batch", &form).await;
    assert!(answer.status < 400, "{} {}", answer.status, answer.body);
    let location = answer.location.expect("the batch's page");
    location.rsplit('/').next().unwrap().parse().unwrap()
}

async fn enter(officer: &Visitor, batch: i32, letter: &str, choices: &[i32]) -> Answer {
    let batch = batch.to_string();
    let keys: Vec<String> = choices.iter().map(|id| format!("points[{id}]")).collect();
    let mut form = ROUND.to_vec();
    form.push(("batch", &batch));
    form.push(("code", letter));
    form.extend(keys.iter().map(|k| (k.as_str(), "1")));
    officer.post("/api/enter_paper_ballot", &form).await
}

/// The ballot count the batch page's "verify" form carries (0 when the page has no
/// such form), as the checking officer's browser would send it.
async fn seen_on_page(officer: &Visitor, batch: i32) -> String {
    let page = officer
        .get(&format!(
            "/neighbourhoods/ilfracombe/rounds/{OPEN}/paper/{batch}"
        ))
        .await;
    page.body
        .split_once(r#"name="seen" value=""#)
        .and_then(|(_, rest)| rest.split_once('"'))
        .map_or_else(|| "0".to_owned(), |(n, _)| n.to_owned())
}

async fn verify_having_seen(officer: &Visitor, batch: i32, seen: &str) -> Answer {
    let batch = batch.to_string();
    let mut form = ROUND.to_vec();
    form.push(("batch", &batch));
    form.push(("seen", seen));
    officer.post("/api/verify_paper_batch", &form).await
}

/// Loads the batch page and verifies what it showed.
async fn verify(officer: &Visitor, batch: i32) -> Answer {
    let seen = seen_on_page(officer, batch).await;
    verify_having_seen(officer, batch, &seen).await
}

async fn user_id(app: &TestApp, email: &str) -> i32 {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paper_ballot_counts_once_and_a_second_officer_verifies_the_batch_before_voting_closes() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let checker = Visitor::signed_in(&app, CHECKER).await;
    let items = on_ballot(&app, OPEN).await;
    let batch = open_batch(&officer, "Fun day at the Lantern, 14 March").await;

    let added = enter(&officer, batch, &code(10), &[items[0].id, items[1].id]).await;
    assert!(added.status < 400, "{} {}", added.status, added.body);
    let stored = ballots(&app, OPEN).await;
    assert_eq!(stored.len(), 1);
    let paper = &stored[0];
    assert_eq!(paper.channel, "paper");
    assert_eq!(paper.entered_by, Some(user_id(&app, OFFICER).await));
    assert_eq!(paper.paper_batch_id, Some(batch));

    // The same code cannot vote again: not on paper, not online with the postcode,
    // not even with the receipt the paper ballot was given.
    let twice = enter(&officer, batch, &code(10), &[items[2].id]).await;
    assert_eq!(twice.status, 422);
    assert!(
        twice.body.contains("already been used for a paper ballot"),
        "{}",
        twice.body
    );
    let phone = Visitor::new(&app).await;
    let letter = code(10);
    let online = vote(
        &phone,
        OPEN,
        &[(items[2].id, 1)],
        &[
            ("code", &letter),
            ("postcode", "EX34 9AB"),
            ("receipt", &paper.receipt),
        ],
    )
    .await;
    assert_eq!(online.status, 409);
    assert!(online.body.contains("voted on paper"), "{}", online.body);

    // A code that voted online first cannot then vote on paper.
    let other = code(11);
    let first = vote(
        &phone,
        OPEN,
        &[(items[3].id, 1)],
        &[("code", &other), ("postcode", "EX34 9AB")],
    )
    .await;
    assert!(first.status < 400, "{}", first.body);
    let online_receipt = receipt_of(&first);
    let refused = enter(&officer, batch, &other, &[items[0].id]).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("already been used to vote online"),
        "{}",
        refused.body
    );

    // A paper ballot over the pot is refused like any other.
    let everything: Vec<i32> = items.iter().map(|p| p.id).collect();
    let over = enter(&officer, batch, &code(12), &everything).await;
    assert_eq!(over.status, 422);
    assert!(over.body.contains("more than the pot"), "{}", over.body);

    let now = ballots(&app, OPEN).await;
    assert_eq!(now.len(), 2, "nothing stored by the refused entries");
    let online_ballot = now.iter().find(|b| b.receipt == online_receipt).unwrap();
    assert_eq!(online_ballot.choices, format!("[{}]", items[3].id));
    assert_eq!(online_ballot.channel, "online");

    // Only the checker can verify, and voting cannot close before.
    let own = verify(&officer, batch).await;
    assert_eq!(own.status, 409);
    assert!(
        own.body.contains("another officer must check it"),
        "{}",
        own.body
    );
    let closing = move_on(&officer, OPEN, "voting_open").await;
    assert_eq!(closing.status, 409);
    assert!(
        closing
            .body
            .contains("paper ballots wait for a second officer"),
        "{}",
        closing.body
    );

    let page = checker
        .get(&format!(
            "/neighbourhoods/ilfracombe/rounds/{OPEN}/paper/{batch}"
        ))
        .await;
    let text = visible_text(&page.body);
    assert!(
        text.contains(&paper.receipt) && text.contains("verify this batch"),
        "{text}"
    );
    // A ballot typed in after the checker loaded the page is not verified unseen.
    let seen = seen_on_page(&checker, batch).await;
    assert_eq!(seen, "1");
    let late_typed = enter(&officer, batch, &code(15), &[items[2].id]).await;
    assert!(late_typed.status < 400, "{}", late_typed.body);
    let stale = verify_having_seen(&checker, batch, &seen).await;
    assert_eq!(stale.status, 409);
    assert!(
        stale
            .body
            .contains("it now holds 2 ballots, not the 1 you compared"),
        "{}",
        stale.body
    );
    let still_open = app::backend::entities::paper_batch::Entity::find_by_id(batch)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        still_open.verified_at.is_none(),
        "the stale check verified it"
    );
    let checked = verify(&checker, batch).await;
    assert!(checked.status < 400, "{} {}", checked.status, checked.body);
    let list = visible_text(
        &officer
            .get(&format!("/neighbourhoods/ilfracombe/rounds/{OPEN}/paper"))
            .await
            .body,
    );
    assert!(list.contains("Checked by Sam Checker (demo)"), "{list}");

    // A verified batch is closed.
    let late = enter(&officer, batch, &code(13), &[items[0].id]).await;
    assert_eq!(late.status, 409);
    assert!(late.body.contains("verified"), "{}", late.body);
    assert_eq!(verify(&checker, batch).await.status, 409);

    assert!(move_on(&officer, OPEN, "voting_open").await.status < 400);
    // Anyone can compare ballots with codes: per batch, used online and on paper.
    let results = visible_text(
        &app.get(&format!("/neighbourhoods/ilfracombe/rounds/{OPEN}/results"))
            .await
            .1,
    );
    let cast = ballots(&app, OPEN).await;
    let on_paper = cast.iter().filter(|b| b.channel == "paper").count();
    assert!(
        results.contains(&format!("demo 50 1 {on_paper} 0")),
        "issued, online, paper, cancelled: {results}"
    );
    assert!(
        results.contains("residents were verified in person"),
        "{results}"
    );
    let tallied = app::backend::entities::round_code_tally::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(tallied.len(), 1, "counted once and kept");
    let ledger = visible_text(
        &app.get(&format!("/neighbourhoods/ilfracombe/rounds/{OPEN}/ledger"))
            .await
            .1,
    );
    assert!(ledger.contains(&paper.receipt), "{ledger}");
    let after = enter(&officer, batch, &code(14), &[items[0].id]).await;
    assert_eq!(after.status, 409);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mistyped_paper_ballot_is_taken_out_before_verification_and_its_code_is_free_again() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let checker = Visitor::signed_in(&app, CHECKER).await;
    let items = on_ballot(&app, OPEN).await;
    let batch = open_batch(&officer, "Library drop-in").await;
    assert!(
        enter(&officer, batch, &code(20), &[items[0].id])
            .await
            .status
            < 400
    );
    let receipt = ballots(&app, OPEN).await[0].receipt.clone();
    let batch_id = batch.to_string();
    let mut form = ROUND.to_vec();
    form.push(("batch", &batch_id));
    form.push(("receipt", &receipt));

    // Only the officer who typed the batch takes ballots out or adds to it.
    let not_theirs = checker.post("/api/remove_paper_ballot", &form).await;
    assert_eq!(not_theirs.status, 409);
    assert!(
        enter(&checker, batch, &code(21), &[items[0].id])
            .await
            .status
            == 409
    );

    let removed = officer.post("/api/remove_paper_ballot", &form).await;
    assert!(removed.status < 400, "{} {}", removed.status, removed.body);
    assert!(ballots(&app, OPEN).await.is_empty());
    let retyped = enter(&officer, batch, &code(20), &[items[1].id]).await;
    assert!(retyped.status < 400, "{}", retyped.body);

    // After verification nothing can be taken out.
    assert!(verify(&checker, batch).await.status < 400);
    let receipt = ballots(&app, OPEN).await[0].receipt.clone();
    let mut form = ROUND.to_vec();
    form.push(("batch", &batch_id));
    form.push(("receipt", &receipt));
    assert_eq!(
        officer.post("/api/remove_paper_ballot", &form).await.status,
        409
    );
    let kept = ballot::Entity::find()
        .filter(ballot::Column::Receipt.eq(receipt))
        .one(&app.db)
        .await
        .unwrap();
    assert!(kept.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_batch_name_is_refused_and_an_empty_batch_does_not_hold_voting_open() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let mut form = ROUND.to_vec();
    form.push(("label", "  "));
    let refused = officer.post("/api/open_paper_batch", &form).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("Enter where and when"),
        "{}",
        refused.body
    );
    let batch = open_batch(&officer, "Rained off").await;
    let checker = Visitor::signed_in(&app, CHECKER).await;
    let nothing = verify(&checker, batch).await;
    assert_eq!(nothing.status, 409);
    assert!(nothing.body.contains("no ballots"), "{}", nothing.body);
    assert!(move_on(&officer, OPEN, "voting_open").await.status < 400);
}

/// Ballot ids are drawn at random, so a batch keeps the order its ballots were typed in
/// on its own: the checking officer goes down the pile of paper in that order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_shows_its_ballots_in_the_order_they_were_typed() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let items = on_ballot(&app, OPEN).await;
    let batch = open_batch(&officer, "Library box, 3 March").await;
    let typed: Vec<Vec<i32>> = vec![
        vec![items[2].id],
        vec![items[0].id],
        vec![items[1].id, items[2].id],
        vec![items[1].id],
        vec![items[0].id, items[1].id],
    ];
    for (n, choices) in typed.iter().enumerate() {
        let added = enter(&officer, batch, &code(40 + n), choices).await;
        assert!(added.status < 400, "{}", added.body);
    }
    let shown: Vec<Vec<i32>> = app::backend::paper::ballots_in(&app.db, batch)
        .await
        .unwrap()
        .into_iter()
        .map(|(_, choices)| {
            let mut ids: Vec<i32> = serde_json::from_str(&choices).unwrap();
            ids.sort();
            ids
        })
        .collect();
    let expected: Vec<Vec<i32>> = typed
        .iter()
        .map(|c| {
            let mut c = c.clone();
            c.sort();
            c
        })
        .collect();
    assert_eq!(shown, expected);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_paper_ballot_is_stored_or_taken_out_without_its_audit_entry() {
    use crate::one_transaction::{audit_mended, audit_refuses};
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let items = on_ballot(&app, OPEN).await;
    audit_refuses(&app, "paper.batch-opened").await;
    let mut form = ROUND.to_vec();
    form.push(("label", "Market stall"));
    let refused = officer.post("/api/open_paper_batch", &form).await;
    assert_eq!(refused.status, 500, "{}", refused.body);
    let batches = app::backend::entities::paper_batch::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert!(batches.is_empty(), "a batch with no record: {batches:?}");
    audit_mended(&app).await;
    let batch = open_batch(&officer, "Market stall").await;

    // The ballot's audit entry cannot be written: the ballot is not kept and its code
    // can still be used, once the fault is mended.
    audit_refuses(&app, "ballot.paper").await;
    let refused = enter(&officer, batch, &code(11), &[items[0].id]).await;
    assert_eq!(refused.status, 500, "{}", refused.body);
    assert!(ballots(&app, OPEN).await.is_empty());
    audit_mended(&app).await;
    let added = enter(&officer, batch, &code(11), &[items[0].id]).await;
    assert!(added.status < 400, "{} {}", added.status, added.body);
    let stored = ballots(&app, OPEN).await;
    assert_eq!(stored.len(), 1);

    // Taking it out without a record leaves it in.
    audit_refuses(&app, "ballot.paper-removed").await;
    let mut form = ROUND.to_vec();
    let batch_text = batch.to_string();
    form.push(("batch", &batch_text));
    form.push(("receipt", &stored[0].receipt));
    let refused = officer.post("/api/remove_paper_ballot", &form).await;
    assert_eq!(refused.status, 500, "{}", refused.body);
    assert_eq!(ballots(&app, OPEN).await.len(), 1);
    audit_mended(&app).await;
    let removed = officer.post("/api/remove_paper_ballot", &form).await;
    assert!(removed.status < 400, "{} {}", removed.status, removed.body);
    assert!(ballots(&app, OPEN).await.is_empty());
}
