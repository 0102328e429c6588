//! Voting: the ballot rules decide what may be cast, one ballot per voter is held by
//! the database, a letter code votes without an account and needs its receipt to vote
//! again, and nothing about the votes shows before voting closes.

use crate::helpers::{spawn_app, visible_text, TestApp};
use crate::visitors::{Answer, Visitor};
use app::backend::entities::{ballot, proposal, round};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::seed::demo_people::demo_codes;

pub(crate) const OPEN: &str = "2026-27";
pub(crate) const RESIDENT: &str = "resident.ilfracombe@demo.invalid";
pub(crate) const OFFICER: &str = "officer.ilfracombe@demo.invalid";

pub(crate) async fn round_of(app: &TestApp, slug: &str) -> round::Model {
    round::Entity::find()
        .filter(round::Column::Slug.eq(slug))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// The round's feasible proposals, cheapest first.
pub(crate) async fn on_ballot(app: &TestApp, slug: &str) -> Vec<proposal::Model> {
    let r = round_of(app, slug).await;
    let mut all = proposal::Entity::find()
        .filter(proposal::Column::RoundId.eq(r.id))
        .filter(proposal::Column::Status.eq("feasible"))
        .all(&app.db)
        .await
        .unwrap();
    all.sort_by_key(|p| p.cost_pence);
    all
}

pub(crate) async fn ballots(app: &TestApp, slug: &str) -> Vec<ballot::Model> {
    let r = round_of(app, slug).await;
    ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(r.id))
        .all(&app.db)
        .await
        .unwrap()
}

pub(crate) async fn vote(
    visitor: &Visitor,
    round: &str,
    choices: &[(i32, u32)],
    extra: &[(&str, &str)],
) -> Answer {
    let keys: Vec<(String, String)> = choices
        .iter()
        .map(|(id, n)| (format!("points[{id}]"), n.to_string()))
        .collect();
    let mut form: Vec<(&str, &str)> = vec![("neighbourhood", "ilfracombe"), ("round", round)];
    form.extend(keys.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    form.extend_from_slice(extra);
    visitor.post("/api/cast_ballot", &form).await
}

pub(crate) fn receipt_of(answer: &Answer) -> String {
    let location = answer.location.clone().expect("a receipt page to go to");
    location.rsplit('/').next().unwrap().to_owned()
}

pub(crate) fn code(i: usize) -> String {
    demo_codes("ilfracombe")[i].printed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_votes_gets_a_receipt_and_a_changed_vote_replaces_the_first() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let items = on_ballot(&app, OPEN).await;
    let first = vote(&resident, OPEN, &[(items[0].id, 1), (items[1].id, 1)], &[]).await;
    assert!(first.status < 400, "{} {}", first.status, first.body);
    let receipt = receipt_of(&first);
    let page = visible_text(&resident.get(&first.location.clone().unwrap()).await.body);
    assert!(
        page.contains("Your vote has been counted") && page.contains(&receipt),
        "{page}"
    );

    let changed = vote(&resident, OPEN, &[(items[2].id, 1)], &[]).await;
    assert!(changed.status < 400, "{}", changed.body);
    assert_eq!(receipt_of(&changed), receipt);
    let stored = ballots(&app, OPEN).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].choices, format!("[{}]", items[2].id));
    let ballot_page = visible_text(
        &resident
            .get("/neighbourhoods/ilfracombe/rounds/2026-27/vote")
            .await
            .body,
    );
    assert!(ballot_page.contains("You have voted already"));
    // Coming back to change it, the resident sees the ballot as it stands.
    let html = resident
        .get("/neighbourhoods/ilfracombe/rounds/2026-27/vote")
        .await
        .body;
    let input = |id: i32| {
        let at = html.find(&format!("id=\"p-{id}\"")).unwrap();
        let start = html[..at].rfind('<').unwrap();
        let end = at + html[at..].find('>').unwrap();
        html[start..end].to_owned()
    };
    assert!(
        input(items[2].id).contains("checked"),
        "{}",
        input(items[2].id)
    );
    assert!(
        !input(items[0].id).contains("checked"),
        "{}",
        input(items[0].id)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_over_budget_ballot_is_refused_with_the_amounts_and_nothing_is_stored() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let all: Vec<(i32, u32)> = on_ballot(&app, OPEN)
        .await
        .iter()
        .map(|p| (p.id, 1))
        .collect();
    let answer = vote(&resident, OPEN, &all, &[]).await;
    assert_eq!(answer.status, 422);
    assert!(
        answer
            .body
            .contains("which is more than the pot of £100,000"),
        "{}",
        answer.body
    );
    let empty = vote(&resident, OPEN, &[], &[]).await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Choose at least one proposal"));
    let forged = vote(&resident, OPEN, &[(999_999, 1)], &[]).await;
    assert_eq!(forged.status, 422);
    assert!(ballots(&app, OPEN).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_code_on_the_letter_votes_without_an_account_and_needs_its_receipt_to_vote_again() {
    let app = spawn_app().await;
    let phone = Visitor::new(&app).await;
    let items = on_ballot(&app, OPEN).await;
    let letter = code(30);
    let with_code =
        |postcode: &'static str| [("code", letter.clone()), ("postcode", postcode.to_owned())];
    let wrong_place = with_code("B35 6AB");
    let wrong_place: Vec<(&str, &str)> =
        wrong_place.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = vote(&phone, OPEN, &[(items[0].id, 1)], &wrong_place).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("B35 6AB is not in Ilfracombe"));

    let ok = with_code("ex34 9zz");
    let ok: Vec<(&str, &str)> = ok.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let first = vote(&phone, OPEN, &[(items[0].id, 1)], &ok).await;
    assert!(first.status < 400, "{}", first.body);
    let receipt = receipt_of(&first);

    // The code alone, from another phone, cannot vote again.
    let other_phone = Visitor::new(&app).await;
    let again = vote(&other_phone, OPEN, &[(items[1].id, 1)], &ok).await;
    assert_eq!(again.status, 422);
    assert!(again
        .body
        .contains("This code has already been used to vote"));
    let mut wrong = ok.clone();
    wrong.push(("receipt", "0000-0000"));
    let guessed = vote(&other_phone, OPEN, &[(items[1].id, 1)], &wrong).await;
    assert_eq!(guessed.status, 422);
    assert!(guessed.body.contains("does not match"));
    assert_eq!(
        ballots(&app, OPEN).await[0].choices,
        format!("[{}]", items[0].id)
    );

    // With the receipt it gave, the vote is changed, not doubled.
    let mut with_receipt = ok.clone();
    let lower = receipt.to_lowercase();
    with_receipt.push(("receipt", &lower));
    let changed = vote(&other_phone, OPEN, &[(items[1].id, 1)], &with_receipt).await;
    assert!(changed.status < 400, "{}", changed.body);
    let stored = ballots(&app, OPEN).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].choices, format!("[{}]", items[1].id));

    // A code that does not exist is named as such.
    let made_up = vote(
        &phone,
        OPEN,
        &[(items[0].id, 1)],
        &[("code", "0000-0000-0000"), ("postcode", "EX34 9ZZ")],
    )
    .await;
    assert_eq!(made_up.status, 422);
    assert!(made_up
        .body
        .contains("is not one of Ilfracombe's voting codes"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_submissions_racing_for_one_voter_leave_exactly_one_ballot() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let items = on_ballot(&app, OPEN).await;
    let pick = [(items[0].id, 1)];
    let answers =
        futures::future::join_all((0..50).map(|_| vote(&resident, OPEN, &pick, &[]))).await;
    assert!(
        answers.iter().all(|a| a.status < 400),
        "{:?}",
        answers.iter().map(|a| a.status).collect::<Vec<_>>()
    );
    let receipts: std::collections::BTreeSet<String> = answers.iter().map(receipt_of).collect();
    assert_eq!(receipts.len(), 1, "every answer names the one ballot");
    assert_eq!(ballots(&app, OPEN).await.len(), 1);
}

pub(crate) async fn move_on(officer: &Visitor, round: &str, from: &str) -> Answer {
    officer
        .post(
            "/api/advance_round",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", round),
                ("from", from),
                ("confirmed", "yes"),
            ],
        )
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_about_the_votes_shows_before_close_and_the_ledger_lists_each_receipt_after() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let items = on_ballot(&app, OPEN).await;
    let receipt = receipt_of(&vote(&resident, OPEN, &[(items[0].id, 1)], &[]).await);
    let base = "/neighbourhoods/ilfracombe/rounds/2026-27";
    for path in [format!("{base}/ledger"), format!("{base}/results")] {
        assert_eq!(app.get(&path).await.0, 403, "{path}");
    }
    let api = resident
        .post(
            "/api/get_ledger",
            &[("neighbourhood", "ilfracombe"), ("round", OPEN)],
        )
        .await;
    assert_eq!(api.status, 403);
    for page in [base.to_owned(), format!("{base}/vote")] {
        let text = visible_text(&app.get(&page).await.1);
        assert!(
            !text.contains("1 ballot") && !text.contains("1 vote"),
            "{page}: {text}"
        );
    }

    let officer = Visitor::signed_in(&app, OFFICER).await;
    // Closing is asked again on a page that says what it does; without that, nothing.
    let review = visible_text(&officer.get(&format!("{base}/review")).await.body);
    assert!(review.contains("Close voting"), "{review}");
    let asked = visible_text(&officer.get(&format!("{base}/close-voting")).await.body);
    assert!(asked.contains("1 ballot has been cast so far."), "{asked}");
    assert!(asked.contains("This cannot be undone."), "{asked}");
    let unconfirmed = officer
        .post(
            "/api/advance_round",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", OPEN),
                ("from", "voting_open"),
            ],
        )
        .await;
    assert_eq!(unconfirmed.status, 409);
    assert!(
        unconfirmed.body.contains("confirm it on the page"),
        "{}",
        unconfirmed.body
    );
    assert!(vote(&resident, OPEN, &[(items[0].id, 1)], &[]).await.status < 400);
    assert!(move_on(&officer, OPEN, "voting_open").await.status < 400);
    let closed = visible_text(&officer.get(&format!("{base}/close-voting")).await.body);
    assert!(closed.contains("nothing to close"), "{closed}");
    let late = vote(&resident, OPEN, &[(items[1].id, 1)], &[]).await;
    assert_eq!(late.status, 409);
    assert!(late.body.contains("Voting has closed"));
    assert_eq!(
        ballots(&app, OPEN).await[0].choices,
        format!("[{}]", items[0].id)
    );

    let (status, ledger) = app.get(&format!("{base}/ledger?receipt={receipt}")).await;
    assert_eq!(status, 200);
    let text = visible_text(&ledger);
    assert!(
        text.contains(&format!("Your ballot {receipt} was counted.")),
        "{text}"
    );
    assert!(text.contains(&items[0].title));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn officers_set_the_ballot_rules_before_voting_and_they_are_frozen_after() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let set = |round: &'static str, rule: &'static str, k: &'static str, n: &'static str| {
        let officer = &officer;
        async move {
            officer
                .post(
                    "/api/set_ballot_rules",
                    &[
                        ("neighbourhood", "ilfracombe"),
                        ("round", round),
                        ("rule", rule),
                        ("max_choices", k),
                        ("points", n),
                    ],
                )
                .await
        }
    };
    let frozen = set(OPEN, "points", "", "10").await;
    assert_eq!(frozen.status, 409);
    assert!(frozen.body.contains("fixed when voting opened"));
    assert_eq!(
        round_of(&app, OPEN).await.ballot_rule,
        "approval_within_pot"
    );
    let missing = set("2027-28", "points", "", "").await;
    assert_eq!(missing.status, 422);
    assert!(missing
        .body
        .contains("how many points each person shares out"));
    assert!(set("2027-28", "points", "", "10").await.status < 400);
    let r = round_of(&app, "2027-28").await;
    assert_eq!(
        (r.ballot_rule.as_str(), r.ballot_points),
        ("points", Some(10))
    );
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    assert_eq!(set_by(&resident).await.status, 403);
}

async fn set_by(visitor: &Visitor) -> Answer {
    visitor
        .post(
            "/api/set_ballot_rules",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", "2027-28"),
                ("rule", "approve_up_to"),
                ("max_choices", "3"),
            ],
        )
        .await
}

/// Opens Ilfracombe's 2027-28 round for voting under `rule`, every proposal feasible.
async fn open_with(app: &TestApp, rule: &[(&str, &str)]) -> Vec<proposal::Model> {
    let officer = Visitor::signed_in(app, OFFICER).await;
    let mut form = vec![("neighbourhood", "ilfracombe"), ("round", "2027-28")];
    form.extend_from_slice(rule);
    let set = officer.post("/api/set_ballot_rules", &form).await;
    assert!(set.status < 400, "{}", set.body);
    assert!(move_on(&officer, "2027-28", "proposals_open").await.status < 400);
    let r = round_of(app, "2027-28").await;
    for p in proposal::Entity::find()
        .filter(proposal::Column::RoundId.eq(r.id))
        .all(&app.db)
        .await
        .unwrap()
    {
        let answer = officer
            .post(
                "/api/review_proposal",
                &[("id", &p.id.to_string()), ("verdict", "feasible")],
            )
            .await;
        assert!(answer.status < 400);
    }
    assert!(move_on(&officer, "2027-28", "review").await.status < 400);
    on_ballot(app, "2027-28").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_points_ballot_shares_out_no_more_than_its_points() {
    let app = spawn_app().await;
    let items = open_with(&app, &[("rule", "points"), ("points", "10")]).await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let over = vote(
        &resident,
        "2027-28",
        &[(items[0].id, 7), (items[1].id, 4)],
        &[],
    )
    .await;
    assert_eq!(over.status, 422);
    assert!(over
        .body
        .contains("You have given 11 points, but only have 10 to give"));
    let ok = vote(
        &resident,
        "2027-28",
        &[(items[0].id, 7), (items[1].id, 3)],
        &[],
    )
    .await;
    assert!(ok.status < 400, "{}", ok.body);
    let stored = ballots(&app, "2027-28").await;
    let mut got: Vec<(i32, i64)> = serde_json::from_str(&stored[0].choices).unwrap();
    got.sort_unstable();
    let mut want = vec![(items[0].id, 7), (items[1].id, 3)];
    want.sort_unstable();
    assert_eq!(got, want);
    assert_eq!(ballots(&app, "2027-28").await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approve_up_to_k_ballot_takes_no_more_than_k() {
    let app = spawn_app().await;
    let items = open_with(&app, &[("rule", "approve_up_to"), ("max_choices", "2")]).await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let three: Vec<(i32, u32)> = items.iter().take(3).map(|p| (p.id, 1)).collect();
    let over = vote(&resident, "2027-28", &three, &[]).await;
    assert_eq!(over.status, 422);
    assert!(over
        .body
        .contains("Choose no more than 2 proposals (you have chosen 3)"));
    assert!(ballots(&app, "2027-28").await.is_empty());
    assert!(vote(&resident, "2027-28", &three[..2], &[]).await.status < 400);
    let stored = ballots(&app, "2027-28").await;
    assert_eq!(stored.len(), 1);
    let mut got: Vec<i32> = serde_json::from_str(&stored[0].choices).unwrap();
    got.sort_unstable();
    let mut want: Vec<i32> = three[..2].iter().map(|(id, _)| *id).collect();
    want.sort_unstable();
    assert_eq!(got, want);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn officers_see_turnout_while_voting_is_open_but_not_the_choices() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let items = on_ballot(&app, OPEN).await;
    assert!(vote(&resident, OPEN, &[(items[0].id, 1)], &[]).await.status < 400);
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let page = visible_text(
        &officer
            .get("/neighbourhoods/ilfracombe/rounds/2026-27/review")
            .await
            .body,
    );
    assert!(page.contains("1 ballot in."), "{page}");
    let turnout = &page[page.find("Turnout so far").unwrap()..];
    assert!(!turnout.contains(&items[0].title));
    assert_eq!(
        resident
            .get("/neighbourhoods/ilfracombe/rounds/2026-27/review")
            .await
            .status,
        403
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_ledger_is_shown_a_page_at_a_time_and_a_receipt_is_found_on_any_page() {
    let app = spawn_app().await;
    let ledger = "/neighbourhoods/ilfracombe/rounds/2025-26/ledger";
    let r = round_of(&app, "2025-26").await;
    let mut receipts: Vec<String> = ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(r.id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|b| b.receipt)
        .collect();
    receipts.sort();
    let size = app::api::voting::LEDGER_PAGE as usize;
    assert!(
        receipts.len() > size,
        "the demo round fills more than one page"
    );
    let (status, first) = app.get(ledger).await;
    assert_eq!(status, 200);
    assert_eq!(first.matches("<code>").count(), size);
    assert!(first.contains(&receipts[0]) && !first.contains(&receipts[size]));
    assert!(first.contains("aria-current=\"page\""), "{first}");
    assert!(visible_text(&first).contains("Next page"));
    let (status, second) = app.get(&format!("{ledger}?page=2")).await;
    assert_eq!(status, 200);
    assert_eq!(second.matches("<code>").count(), receipts.len() - size);
    assert!(second.contains(&receipts[size]));
    assert!(visible_text(&second).contains("Previous page"));
    let (status, _) = app.get(&format!("{ledger}?page=3")).await;
    assert_eq!(status, 404);
    let last = receipts.last().unwrap();
    let (_, found) = app.get(&format!("{ledger}?receipt={last}")).await;
    assert!(visible_text(&found).contains(&format!("Your ballot {last} was counted.")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receipt_drawn_twice_is_drawn_again_without_spoiling_the_shared_transaction() {
    use app::backend::voting::{cast_drawing, Cast, NewBallot, Proof};
    use sea_orm::{PaginatorTrait, TransactionTrait};
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let items = on_ballot(&app, OPEN).await;
    let first = vote(&resident, OPEN, &[(items[0].id, 1)], &[]).await;
    assert!(first.status < 400, "{} {}", first.status, first.body);
    let taken = receipt_of(&first);
    let round_id = round_of(&app, OPEN).await.id;

    // As in the group commit: the ballot shares a transaction with other writes.
    let txn = app.db.begin().await.unwrap();
    let mut draws = vec![taken.clone(), "Z9Z9-Z9Z9".to_owned()].into_iter();
    let choices = format!("[{}]", items[1].id);
    let cast = cast_drawing(
        &txn,
        NewBallot {
            round_id,
            voter_key: "code:test-collision",
            choices_json: choices.clone(),
            channel: "online",
            entered_by: None,
            paper_batch_id: None,
        },
        Proof::Code { receipt: None },
        move || draws.next().expect("no more than two draws"),
    )
    .await
    .expect("a taken receipt is drawn again, not an error");
    assert_eq!(
        cast,
        Ok(Cast::New {
            receipt: "Z9Z9-Z9Z9".to_owned()
        })
    );
    // The transaction is still usable (PostgreSQL would refuse this after a failed
    // statement outside a savepoint) and commits both ballots.
    let in_round = ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(round_id))
        .count(&txn)
        .await
        .unwrap();
    assert_eq!(in_round, 2);
    txn.commit().await.unwrap();
    let stored = ballots(&app, OPEN).await;
    let receipts: Vec<&str> = stored.iter().map(|b| b.receipt.as_str()).collect();
    assert!(receipts.contains(&taken.as_str()) && receipts.contains(&"Z9Z9-Z9Z9"));
    let second = stored.iter().find(|b| b.receipt == "Z9Z9-Z9Z9").unwrap();
    assert_eq!(second.choices, choices);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_welsh_reader_is_told_in_welsh_what_is_wrong_with_their_code_and_postcode() {
    let app = spawn_app().await;
    let phone = Visitor::new(&app).await;
    let ballot = format!("/neighbourhoods/ilfracombe/rounds/{OPEN}/vote");
    let chose = phone.choose_language("cy", &ballot).await;
    assert_eq!(chose.status, 303);
    let items = on_ballot(&app, OPEN).await;
    let pick = format!("points[{}]", items[0].id);
    let sent = phone
        .submit(
            &ballot,
            "/api/cast_ballot",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", OPEN),
                (pick.as_str(), "1"),
                ("code", "K7QM"),
                ("postcode", "B35 6AB"),
            ],
        )
        .await;
    assert_eq!(sent.status, 302, "{}", sent.body);
    let text = visible_text(&phone.get(&ballot).await.body);
    assert!(
        text.contains("Mae gan god pleidleisio 12 llythyren a rhif, fel K7QM-3XTB-9RHD"),
        "{text}"
    );
    assert!(
        text.contains("Nid yw B35 6AB yn Ilfracombe. Dim ond pobl sy’n byw yno all bleidleisio"),
        "{text}"
    );
    assert!(ballots(&app, OPEN).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_finds_each_round_they_voted_in_with_its_receipt_on_their_account_page() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let before = visible_text(&resident.get("/account").await.body);
    assert!(
        before.contains("You have not voted with this account yet"),
        "{before}"
    );
    let items = on_ballot(&app, OPEN).await;
    let cast = vote(&resident, OPEN, &[(items[0].id, 1)], &[]).await;
    assert!(cast.status < 400, "{}", cast.body);
    let receipt = receipt_of(&cast);
    let base = format!("/neighbourhoods/ilfracombe/rounds/{OPEN}");
    let page = resident.get("/account").await.body;
    assert!(
        page.contains(&format!("href=\"{base}/vote/receipt/{receipt}\"")),
        "{page}"
    );
    assert!(
        !page.contains("ledger?receipt="),
        "no ledger link while voting is open"
    );
    let other = Visitor::signed_in(&app, "resident.castle-vale@demo.invalid").await;
    assert!(!other.get("/account").await.body.contains(&receipt));

    // Once voting closes, the page points to their ballot in the public ledger.
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let closed = move_on(&officer, OPEN, "voting_open").await;
    assert!(closed.status < 400, "{}", closed.body);
    assert_eq!(round_of(&app, OPEN).await.phase.as_str(), "counting");
    let page = resident.get("/account").await.body;
    let ledger = format!("{base}/ledger?receipt={receipt}");
    assert!(page.contains(&format!("href=\"{ledger}\"")), "{page}");
    let found = visible_text(&resident.get(&ledger).await.body);
    assert!(found.contains(&receipt), "{found}");
}
