//! Voiding a ballot takes two officers: one proposes it with a reason, another confirms
//! it. A voided ballot stays in the ledger with the reason and is left out of every
//! count: the results, the open data and `ledger.pb` recounted with `commonpot count`.

use crate::helpers::{spawn_app, visible_text, TestApp};
use crate::visitors::{Answer, Visitor};
use crate::voting::{ballots, code, move_on, on_ballot, receipt_of, vote, OFFICER, OPEN, RESIDENT};
use app::backend::entities::audit_entry;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const CHECKER: &str = "checker.ilfracombe@demo.invalid";
const VOIDS: &str = "/neighbourhoods/ilfracombe/rounds/2026-27/voids";
const STOLEN: &str = "Code reported stolen before the vote";

async fn by_code(app: &TestApp, i: usize, choice: i32) -> String {
    let phone = Visitor::new(app).await;
    let code = code(i);
    let cast = vote(
        &phone,
        OPEN,
        &[(choice, 1)],
        &[("code", &code), ("postcode", "EX34 9ZZ")],
    )
    .await;
    assert!(cast.status < 400, "{} {}", cast.status, cast.body);
    receipt_of(&cast)
}

async fn propose(officer: &Visitor, receipt: &str, revote: &str) -> Answer {
    officer
        .post(
            "/api/propose_void",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", OPEN),
                ("receipt", receipt),
                ("reason", STOLEN),
                ("revote", revote),
            ],
        )
        .await
}

/// The id of the void waiting for `receipt`.
async fn waiting(app: &TestApp, receipt: &str) -> String {
    use app::backend::entities::officer_step;
    officer_step::Entity::find()
        .filter(officer_step::Column::Receipt.eq(receipt))
        .filter(officer_step::Column::Outcome.is_null())
        .one(&app.db)
        .await
        .unwrap()
        .expect("a void waiting for a second officer")
        .id
        .to_string()
}

async fn decide(officer: &Visitor, path: &str, step: &str) -> Answer {
    officer
        .post(
            path,
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", OPEN),
                ("step", step),
            ],
        )
        .await
}

fn votes_for(results: &serde_json::Value, proposal: i32) -> i64 {
    results["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["proposal_id"] == proposal)
        .map_or(0, |l| l["votes"].as_i64().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ballot_two_officers_void_is_left_out_of_every_count_and_listed_with_its_reason() {
    let app = spawn_app().await;
    let items = on_ballot(&app, OPEN).await;
    let (cheap, other) = (items[0].id, items[1].id);
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let kept = vote(&resident, OPEN, &[(other, 1)], &[]).await;
    assert!(kept.status < 400, "{}", kept.body);
    let honest = by_code(&app, 0, cheap).await;
    let stolen = by_code(&app, 1, cheap).await;

    let officer = Visitor::signed_in(&app, OFFICER).await;
    let closed = move_on(&officer, OPEN, "voting_open").await;
    assert!(closed.status < 400, "{}", closed.body);
    let data = "/api/v1/neighbourhoods/ilfracombe/rounds/2026-27";
    let (_, before) = app.get(&format!("{data}/results.json")).await;
    let before: serde_json::Value = serde_json::from_str(&before).unwrap();
    assert_eq!(before["ballots"], 3, "{before}");
    assert_eq!(votes_for(&before, cheap), 2);

    let proposed = propose(&officer, &stolen, "no").await;
    assert_eq!(proposed.status, 200, "{}", proposed.body);
    let step = waiting(&app, &stolen).await;

    // One officer alone cannot void: confirming their own proposal is refused.
    let alone = decide(&officer, "/api/confirm_void", &step).await;
    assert_eq!(alone.status, 409, "{}", alone.body);
    assert!(
        alone.body.contains("another officer must confirm"),
        "{}",
        alone.body
    );
    assert!(ballots(&app, OPEN)
        .await
        .iter()
        .all(|b| b.voided_at.is_none()));
    let again = propose(&officer, &stolen, "no").await;
    assert_eq!(again.status, 422, "one void of a ballot waits at a time");

    let checker = Visitor::signed_in(&app, CHECKER).await;
    let confirmed = decide(&checker, "/api/confirm_void", &step).await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    let twice = decide(&checker, "/api/confirm_void", &step).await;
    assert_eq!(twice.status, 409, "{}", twice.body);

    // The results and the open data count two ballots now.
    let (_, after) = app.get(&format!("{data}/results.json")).await;
    let after: serde_json::Value = serde_json::from_str(&after).unwrap();
    assert_eq!(after["ballots"], 2, "{after}");
    assert_eq!(votes_for(&after, cheap), 1);
    assert_eq!(votes_for(&after, other), 1);
    let results = visible_text(
        &Visitor::new(&app)
            .await
            .get("/neighbourhoods/ilfracombe/rounds/2026-27/results")
            .await
            .body,
    );
    assert!(results.contains("2 residents voted"), "{results}");

    // ledger.pb holds the two counted ballots, and recounts to the same result.
    let (status, pb) = app.get(&format!("{data}/ledger.pb")).await;
    assert_eq!(status, 200);
    assert!(
        !pb.contains(&stolen),
        "a voided ballot is not among the votes"
    );
    assert!(pb.contains(&honest));
    let parsed = app::domain::pb::read_pb(std::io::Cursor::new(pb.as_bytes())).unwrap();
    assert_eq!(parsed.votes.len(), 2);
    let dir = std::env::temp_dir().join(format!("commonpot-voided-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("ledger.pb");
    std::fs::write(&file, &pb).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_commonpot"))
        .args(["count", "--rule", "greedy"])
        .arg(&file)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Anyone finds the receipt in the ledger, marked voided with the reason.
    let ledger = visible_text(
        &Visitor::new(&app)
            .await
            .get(&format!(
                "/neighbourhoods/ilfracombe/rounds/2026-27/ledger?receipt={stolen}"
            ))
            .await
            .body,
    );
    assert!(
        ledger.contains(&format!("Ballot {stolen} was voided by two officers"))
            && ledger.contains(STOLEN),
        "{ledger}"
    );
    // The round's public history has the step and its reason, no officer's name.
    let round = visible_text(
        &Visitor::new(&app)
            .await
            .get("/neighbourhoods/ilfracombe/rounds/2026-27")
            .await
            .body,
    );
    assert!(
        round.contains(&format!(
            "Ballot {stolen} was voided by two officers: {STOLEN}"
        )),
        "{round}"
    );
    assert!(!round.contains("Sam Checker"), "{round}");
    let (status, history) = app.get(&format!("{data}/history.json")).await;
    assert_eq!(status, 200);
    let history: serde_json::Value = serde_json::from_str(&history).unwrap();
    let voided = history["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["step"] == "ballot-voided")
        .expect("the void in the open data");
    assert_eq!(voided["by"], "officer");
    assert_eq!(voided["detail"], format!("{stolen} {STOLEN}"));
    let recorded = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("ballot.voided"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(recorded.len(), 1);
    assert!(recorded[0].detail.contains(STOLEN));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_voided_voter_votes_again_only_when_the_officers_allowed_it() {
    let app = spawn_app().await;
    let items = on_ballot(&app, OPEN).await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let checker = Visitor::signed_in(&app, CHECKER).await;

    let barred = by_code(&app, 2, items[0].id).await;
    assert_eq!(propose(&officer, &barred, "no").await.status, 200);
    let step = waiting(&app, &barred).await;
    assert_eq!(
        decide(&checker, "/api/confirm_void", &step).await.status,
        200
    );
    let phone = Visitor::new(&app).await;
    let refused = vote(
        &phone,
        OPEN,
        &[(items[1].id, 1)],
        &[
            ("code", &code(2)),
            ("postcode", "EX34 9ZZ"),
            ("receipt", &barred),
        ],
    )
    .await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(
        refused.body.contains("voided this ballot"),
        "{}",
        refused.body
    );

    let mistyped = by_code(&app, 3, items[0].id).await;
    assert_eq!(propose(&officer, &mistyped, "yes").await.status, 200);
    let step = waiting(&app, &mistyped).await;
    assert_eq!(
        decide(&checker, "/api/confirm_void", &step).await.status,
        200
    );
    let again = by_code(&app, 3, items[1].id).await;
    assert_ne!(again, mistyped, "a new ballot with a new receipt");

    // A refused proposal leaves the ballot counted; the proposer may withdraw theirs.
    let fine = by_code(&app, 4, items[0].id).await;
    assert_eq!(propose(&officer, &fine, "no").await.status, 200);
    let step = waiting(&app, &fine).await;
    assert_eq!(
        decide(&checker, "/api/decline_void", &step).await.status,
        200
    );
    let all = ballots(&app, OPEN).await;
    let counted: Vec<&str> = all
        .iter()
        .filter(|b| b.voided_at.is_none())
        .map(|b| b.receipt.as_str())
        .collect();
    assert_eq!(counted.len(), 2, "{counted:?}");
    assert!(counted.contains(&again.as_str()) && counted.contains(&fine.as_str()));
    let page = visible_text(&officer.get(VOIDS).await.body);
    assert!(page.contains("Refused by Sam Checker"), "{page}");
    assert!(page.contains("Confirmed by Sam Checker"), "{page}");
}

async fn propose_reopening(officer: &Visitor, closes_at: &str, reason: &str) -> Answer {
    officer
        .post(
            "/api/propose_reopening",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", OPEN),
                ("closes_at", closes_at),
                ("reason", reason),
            ],
        )
        .await
}

/// The id of the reopening waiting for a second officer.
async fn waiting_reopening(app: &TestApp) -> String {
    use app::backend::entities::officer_step;
    officer_step::Entity::find()
        .filter(officer_step::Column::Kind.ne("void-ballot"))
        .filter(officer_step::Column::Outcome.is_null())
        .one(&app.db)
        .await
        .unwrap()
        .expect("a reopening waiting for a second officer")
        .id
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_officers_reopen_voting_after_an_outage_and_the_round_takes_ballots_again() {
    let app = spawn_app().await;
    let items = on_ballot(&app, OPEN).await;
    let first = by_code(&app, 5, items[0].id).await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let checker = Visitor::signed_in(&app, CHECKER).await;
    let ledger = "/neighbourhoods/ilfracombe/rounds/2026-27/ledger";
    let tomorrow =
        app::domain::timetable::london_input(chrono::Utc::now() + chrono::Duration::days(1));

    // The demo round closes by hand: it has no closing time to extend, and the page
    // says so instead of offering a form that would be refused.
    let page = visible_text(
        &officer
            .get("/neighbourhoods/ilfracombe/rounds/2026-27/reopen")
            .await
            .body,
    );
    assert!(page.contains("This round has no timetable"), "{page}");
    assert!(!page.contains("Propose it to a second officer"), "{page}");
    let extend = propose_reopening(&officer, &tomorrow, "The site was down").await;
    assert_eq!(extend.status, 409, "{}", extend.body);
    assert!(
        extend.body.contains("no closing time to extend"),
        "{}",
        extend.body
    );

    assert!(move_on(&officer, OPEN, "voting_open").await.status < 400);
    // Read once closed: the server now knows where the ledger's pages start.
    let (_, listed) = app.get(ledger).await;
    assert!(
        visible_text(&listed).contains("1 ballots") && listed.contains(&first),
        "{}",
        visible_text(&listed)
    );
    let past = propose_reopening(&officer, "01/01/2020 09:00", "The site was down").await;
    assert_eq!(past.status, 422, "{}", past.body);
    let far =
        app::domain::timetable::london_input(chrono::Utc::now() + chrono::Duration::days(400));
    let too_far = propose_reopening(&officer, &far, "The site was down").await;
    assert_eq!(too_far.status, 422, "{}", too_far.body);
    let reason = "The site could not be reached on the last evening of voting";
    let proposed = propose_reopening(&officer, &tomorrow, reason).await;
    assert_eq!(proposed.status, 200, "{}", proposed.body);
    let step = waiting_reopening(&app).await;
    let alone = decide(&officer, "/api/confirm_reopening", &step).await;
    assert_eq!(
        alone.status, 409,
        "one officer alone cannot reopen: {}",
        alone.body
    );
    assert_eq!(crate::voting::round_of(&app, OPEN).await.phase, "counting");

    let confirmed = decide(&checker, "/api/confirm_reopening", &step).await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    assert_eq!(
        crate::voting::round_of(&app, OPEN).await.phase,
        "voting_open"
    );
    let second = by_code(&app, 6, items[1].id).await;
    let history = visible_text(
        &Visitor::new(&app)
            .await
            .get("/neighbourhoods/ilfracombe/rounds/2026-27")
            .await
            .body,
    );
    assert!(
        history.contains("Voting was reopened by two officers until") && history.contains(reason),
        "{history}"
    );

    // The agreed closing time holds: one officer cannot close early by hand, and the
    // timetable closes it then (a day later, here).
    let early = move_on(&officer, OPEN, "voting_open").await;
    assert!(early.status >= 400, "{} {}", early.status, early.body);
    assert_eq!(
        crate::voting::round_of(&app, OPEN).await.phase,
        "voting_open"
    );
    let later = chrono::Utc::now() + chrono::Duration::days(1) + chrono::Duration::minutes(5);
    let ticked = app::backend::timetable::tick(&app.db, later, "http://localhost")
        .await
        .unwrap();
    assert_eq!(ticked.moved.len(), 1, "{ticked:?}");
    assert_eq!(crate::voting::round_of(&app, OPEN).await.phase, "counting");

    // Closed again, the count is made again from both ballots.
    let (_, results) = app
        .get("/api/v1/neighbourhoods/ilfracombe/rounds/2026-27/results.json")
        .await;
    let results: serde_json::Value = serde_json::from_str(&results).unwrap();
    assert_eq!(results["ballots"], 2, "{results}");
    // The ledger is not the one read at the first close: it lists the ballot cast since.
    let (_, listed) = app.get(ledger).await;
    assert!(
        visible_text(&listed).contains("2 ballots")
            && listed.contains(&first)
            && listed.contains(&second),
        "{}",
        visible_text(&listed)
    );
    let recorded = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("round.reopen-voting"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(recorded.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unverified_resident_can_vote_no_more_and_their_ballot_is_voided_by_a_second_officer() {
    let app = spawn_app().await;
    let items = on_ballot(&app, OPEN).await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let cast = vote(&resident, OPEN, &[(items[0].id, 1)], &[]).await;
    assert!(cast.status < 400, "{}", cast.body);
    let receipt = receipt_of(&cast);
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let moved = "Moved to Barnstaple in March";
    let done = officer
        .post(
            "/api/unverify_resident",
            &[
                ("neighbourhood", "ilfracombe"),
                ("resident_email", RESIDENT),
                ("reason", moved),
                ("void", "yes"),
            ],
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.body);

    // From now on they cannot vote there.
    let again = vote(&resident, OPEN, &[(items[1].id, 1)], &[]).await;
    assert!(again.status >= 400, "{} {}", again.status, again.body);
    let twice = officer
        .post(
            "/api/unverify_resident",
            &[
                ("neighbourhood", "ilfracombe"),
                ("resident_email", RESIDENT),
                ("reason", moved),
            ],
        )
        .await;
    assert_eq!(twice.status, 422, "{}", twice.body);

    // Their ballot stands until a second officer confirms the void proposed for it.
    assert!(ballots(&app, OPEN)
        .await
        .iter()
        .all(|b| b.voided_at.is_none()));
    let step = waiting(&app, &receipt).await;
    let checker = Visitor::signed_in(&app, CHECKER).await;
    assert_eq!(
        decide(&checker, "/api/confirm_void", &step).await.status,
        200
    );
    // The public reason names nobody, and no officer was shown the receipt.
    let voided = ballots(&app, OPEN).await;
    assert_eq!(
        voided[0].void_reason.as_deref(),
        Some("The voter was found not to be a verified resident of the neighbourhood")
    );
    let page = officer.get(VOIDS).await.body;
    assert!(!page.contains(&receipt), "{page}");
    assert!(visible_text(&page).contains("The ballot of a resident no longer verified"));
    let recorded = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("resident.unverified"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(recorded.len(), 1);
    assert!(recorded[0].detail.contains(moved));
}

/// The attack: a resident who proved residence with the household's letter votes, an
/// officer un-verifies them without voiding the ballot, then verifies them again in
/// person, and they vote a second time under a new key. Verified again, they keep the
/// household code's key: voting again replaces their one ballot.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verified_again_after_being_un_verified_a_resident_still_has_one_ballot() {
    let app = spawn_app().await;
    let items = on_ballot(&app, OPEN).await;
    let email = "mover@example.org";
    let person = Visitor::signed_up(&app, "Morgan Mover", email, "moving house soon").await;
    let letter = code(33);
    let proved = person
        .post(
            "/api/verify_residence",
            &[
                ("neighbourhood", "ilfracombe"),
                ("postcode", "EX34 9ZZ"),
                ("code", &letter),
            ],
        )
        .await;
    assert!(proved.status < 400, "{}", proved.body);
    assert!(vote(&person, OPEN, &[(items[0].id, 1)], &[]).await.status < 400);

    let officer = Visitor::signed_in(&app, OFFICER).await;
    let unverified = officer
        .post(
            "/api/unverify_resident",
            &[
                ("neighbourhood", "ilfracombe"),
                ("resident_email", email),
                ("reason", "Verified with the wrong postcode"),
                ("void", "no"),
            ],
        )
        .await;
    assert_eq!(unverified.status, 200, "{}", unverified.body);
    let again = officer
        .post(
            "/api/verify_in_person",
            &[
                ("neighbourhood", "ilfracombe"),
                ("email", email),
                ("postcode", "EX34 9ZZ"),
            ],
        )
        .await;
    assert!(again.status < 400, "{}", again.body);
    let second = vote(&person, OPEN, &[(items[1].id, 1)], &[]).await;
    assert!(second.status < 400, "{}", second.body);
    assert_eq!(ballots(&app, OPEN).await.len(), 1, "one person, one ballot");
}
