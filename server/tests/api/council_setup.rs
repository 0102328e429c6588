//! A council from an empty database: the first administrator from the command line,
//! neighbourhoods, officers, and rounds whose timetable the server keeps by itself.
//!
//! Days cannot pass in a test, so where a round's timetable must come due the test moves
//! its stored times to "now" (as the clock would), and the server does the rest.

use crate::helpers::{
    spawn_app, spawn_app_without_data, spawn_second_server, visible_text, TestApp,
};
use crate::visitors::{Answer, Visitor};
use app::backend::entities::{audit_entry, ballot, round, round_event, round_schedule};
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::process::Command;

const ADMIN: &str = "it.services@towerhamlets.example";
const ADMIN_PASSWORD: &str = "chrisp street market lantern";

/// `commonpot ARGS` against the test server's database; (stdout, stderr).
pub(crate) fn commonpot(app: &TestApp, args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_commonpot"))
        .args(args)
        .env("DATABASE_URL", &app.database_url)
        .env("COMMONPOT_PUBLIC_URL", &app.address)
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(out.status.success(), "{stdout}\n{stderr}");
    (stdout, stderr)
}

/// The path of the set-password link a command printed.
pub(crate) fn link_path(stdout: &str) -> String {
    let at = stdout
        .find("/account/set-password/")
        .unwrap_or_else(|| panic!("no link in {stdout}"));
    stdout[at..].lines().next().unwrap().trim().to_owned()
}

/// A time `from_now` ahead, as an officer types it in the form (UK time).
fn typed(from_now: Duration) -> String {
    app::domain::timetable::london_input(Utc::now() + from_now)
}

fn poplar() -> Vec<(&'static str, &'static str)> {
    vec![
        ("original", ""),
        ("name", "Poplar"),
        ("name_cy", ""),
        ("slug", ""),
        ("council", "London Borough of Tower Hamlets"),
        (
            "summary",
            "Around Chrisp Street market and the Lansbury estate.",
        ),
        ("summary_cy", ""),
        ("postcode_areas", "E14 0\nE14 6"),
        ("households", "7,400"),
    ]
}

/// The round form's fields, with the timetable starting a day from now.
pub(crate) fn round_fields(
    neighbourhood: &'static str,
    title: &'static str,
) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = [
        ("neighbourhood", neighbourhood),
        ("title", title),
        ("title_cy", ""),
        ("slug", ""),
        ("summary", "Residents decide how this year's pot is spent."),
        ("summary_cy", ""),
        ("ballot_rule", "approval_within_pot"),
        ("max_choices", ""),
        ("points", ""),
        ("min_choices", "1"),
        ("count_rule", "greedy"),
        ("ballots_per", "household"),
        ("decision_expected", ""),
        ("delivery_until", ""),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect();
    fields.extend([
        ("proposals_open", typed(Duration::days(1))),
        ("review", typed(Duration::days(30))),
        ("voting_open", typed(Duration::days(40))),
        ("voting_close", typed(Duration::days(54))),
    ]);
    fields
}

fn refs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

async fn the_round(app: &TestApp, slug: &str) -> round::Model {
    round::Entity::find()
        .filter(round::Column::Slug.eq(slug))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// Moves one time of the round's timetable, as the passing days would.
async fn time_passes(
    app: &TestApp,
    round_id: i32,
    column: round_schedule::Column,
    at: chrono::DateTime<Utc>,
) {
    round_schedule::Entity::update_many()
        .col_expr(column, Expr::value(at))
        .filter(round_schedule::Column::RoundId.eq(round_id))
        .exec(&app.db)
        .await
        .unwrap();
}

/// Waits (up to ten seconds) for the server to move the round into `phase`.
async fn moved_to(app: &TestApp, round_id: i32, phase: &str) {
    for _ in 0..100 {
        let r = round::Entity::find_by_id(round_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        if r.phase == phase {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the round did not move to {phase} by itself");
}

fn ok(answer: &Answer) {
    assert!(answer.status < 400, "{} {}", answer.status, answer.body);
}

/// The codes a batch showed its officer, once.
async fn new_codes(officer: &Visitor, neighbourhood: &str, how_many: &str) -> Vec<String> {
    ok(&officer
        .post(
            "/api/generate_codes",
            &[("neighbourhood", neighbourhood), ("how_many", how_many)],
        )
        .await);
    let page = officer
        .get(&format!("/neighbourhoods/{neighbourhood}/codes"))
        .await;
    page.body
        .match_indices("<code>")
        .map(|(i, _)| page.body[i + 6..i + 20].to_owned())
        .collect()
}

/// A resident sends a proposal to the round.
async fn send_proposal(resident: &Visitor, neighbourhood: &str, round: &str, title: &str) {
    ok(&resident
        .post(
            "/api/submit_proposal",
            &[
                ("neighbourhood", neighbourhood),
                ("round", round),
                ("sender", "self"),
                ("title", title),
                ("summary", "Somewhere to rest on the way."),
                ("body", "Sturdy and easy to reach."),
                ("cost", "£900"),
                ("area", "older-people-and-care"),
                ("agency", ""),
                ("location", ""),
            ],
        )
        .await);
}

/// The officer marks the round's one proposal feasible; its id.
async fn check_the_proposal(app: &TestApp, officer: &Visitor, round_id: i32) -> i32 {
    let proposal = app::backend::entities::proposal::Entity::find()
        .filter(app::backend::entities::proposal::Column::RoundId.eq(round_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    ok(&officer
        .post(
            "/api/review_proposal",
            &[
                ("id", &proposal.id.to_string()),
                ("verdict", "feasible"),
                ("note", ""),
            ],
        )
        .await);
    proposal.id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_council_starts_from_an_empty_database_and_its_first_round_keeps_its_dates() {
    let app = spawn_app_without_data().await;

    // The first administrator comes from the server's own command line.
    let (out, _) = commonpot(&app, &["create-admin", ADMIN, "--name", "Pat Okafor"]);
    assert!(out.contains("is now an administrator"), "{out}");
    let link = link_path(&out);
    let anyone = Visitor::new(&app).await;
    let page = anyone.get(&link).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(visible_text(&page.body).contains(ADMIN));
    let token = link.rsplit('/').next().unwrap();
    ok(&anyone
        .post(
            "/api/set_password_by_link",
            &[("token", token), ("new_password", ADMIN_PASSWORD)],
        )
        .await);
    // A made-up link is refused before any password is looked at.
    let guessed = anyone
        .post(
            "/api/set_password_by_link",
            &[("token", "made-up"), ("new_password", ADMIN_PASSWORD)],
        )
        .await;
    assert_eq!(guessed.status, 404, "{}", guessed.body);
    // The link works once; the command then says there is nothing to do.
    assert_eq!(anyone.get(&link).await.status, 404);
    let (again, _) = commonpot(&app, &["create-admin", ADMIN]);
    assert!(
        again.contains("already an administrator with a password"),
        "{again}"
    );

    // The administrator creates Poplar; an overlapping neighbourhood is refused by name.
    let admin = Visitor::signed_in_with(&app, ADMIN, ADMIN_PASSWORD).await;
    ok(&admin.post("/api/save_neighbourhood", &poplar()).await);
    let place = visible_text(&anyone.get("/neighbourhoods/poplar").await.body);
    assert!(place.contains("E14 0, E14 6"), "{place}");
    let mut lansbury = poplar();
    lansbury[1] = ("name", "Lansbury");
    lansbury[7] = ("postcode_areas", "E14 0AA");
    let refused = admin.post("/api/save_neighbourhood", &lansbury).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("E14 0AA overlaps E14 0, which belongs to Poplar"),
        "{}",
        refused.body
    );
    assert_eq!(anyone.get("/neighbourhoods/lansbury").await.status, 404);

    // An officer signs up, confirms the address and accepts the invitation for Poplar.
    let mut officer = Visitor::signed_up(
        &app,
        "Sam Begum",
        "sam.begum@towerhamlets.example",
        "poplar officer long pass",
    )
    .await;
    officer
        .invited(
            &app,
            &admin,
            "sam.begum@towerhamlets.example",
            "officer",
            "poplar",
        )
        .await;

    // Dates out of order are refused, naming the field; nothing is stored.
    let mut wrong = round_fields("poplar", "Poplar 2027–28");
    for (field, value) in &mut wrong {
        if *field == "voting_open" {
            *value = typed(Duration::days(10));
        }
    }
    let refused = officer.post("/api/create_round", &refs(&wrong)).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused
        .body
        .contains("Voting must open after proposals close for review"));
    assert_eq!(round::Entity::find().count(&app.db).await.unwrap(), 0);
    ok(&officer
        .post(
            "/api/create_round",
            &refs(&round_fields("poplar", "Poplar 2027–28")),
        )
        .await);
    let r = the_round(&app, "poplar-2027-28").await;
    assert_eq!(r.phase, "draft");
    let draft = "/neighbourhoods/poplar/rounds/poplar-2027-28";
    assert_eq!(
        anyone.get(draft).await.status,
        404,
        "a draft is the officers' own"
    );
    assert_eq!(officer.get(draft).await.status, 200);
    ok(&officer
        .post(
            "/api/add_contribution",
            &[
                ("neighbourhood", "poplar"),
                ("round", "poplar-2027-28"),
                ("agency", "Tower Hamlets Council"),
                ("kind", "council"),
                ("amount", "20000"),
            ],
        )
        .await);
    let codes = new_codes(&officer, "poplar", "2").await;
    assert_eq!(codes.len(), 2);

    // Proposals open at their time, by themselves.
    time_passes(
        &app,
        r.id,
        round_schedule::Column::ProposalsOpenAt,
        Utc::now(),
    )
    .await;
    moved_to(&app, r.id, "proposals_open").await;
    let resident = Visitor::signed_up(
        &app,
        "Amina Rahman",
        "amina@poplar.example",
        "lansbury estate garden",
    )
    .await;
    ok(&resident
        .post(
            "/api/verify_residence",
            &[
                ("neighbourhood", "poplar"),
                ("postcode", "E14 0AB"),
                ("code", &codes[0]),
            ],
        )
        .await);
    send_proposal(
        &resident,
        "poplar",
        "poplar-2027-28",
        "Market square benches",
    )
    .await;

    // They close for checking at their time; the officer checks the proposal.
    time_passes(&app, r.id, round_schedule::Column::ReviewAt, Utc::now()).await;
    moved_to(&app, r.id, "review").await;
    let proposal_id = check_the_proposal(&app, &officer, r.id).await;

    // Voting opens at its time, two hours before it closes.
    let two_hours = Utc::now() + Duration::hours(2);
    time_passes(&app, r.id, round_schedule::Column::VotingCloseAt, two_hours).await;
    time_passes(
        &app,
        r.id,
        round_schedule::Column::VotingOpenAt,
        Utc::now() + Duration::seconds(1),
    )
    .await;
    moved_to(&app, r.id, "voting_open").await;
    // One officer cannot close it before the time on the letters.
    let early = officer
        .post(
            "/api/advance_round",
            &[
                ("neighbourhood", "poplar"),
                ("round", "poplar-2027-28"),
                ("from", "voting_open"),
                ("confirmed", "yes"),
            ],
        )
        .await;
    assert_eq!(early.status, 409, "{}", early.body);
    assert!(
        early.body.contains("cannot be closed early by hand"),
        "{}",
        early.body
    );
    let ballot_page = visible_text(&anyone.get(&format!("{draft}/vote")).await.body);
    assert!(ballot_page.contains("Voting closes at"), "{ballot_page}");
    assert!(
        ballot_page.contains("One ballot per household: each household votes once"),
        "{ballot_page}"
    );
    // Two hours pass, to within a few seconds of the close.
    let close = Utc::now() + Duration::seconds(4);
    time_passes(&app, r.id, round_schedule::Column::VotingCloseAt, close).await;
    let choice = format!("points[{proposal_id}]");
    ok(&anyone
        .post(
            "/api/cast_ballot",
            &[
                ("neighbourhood", "poplar"),
                ("round", "poplar-2027-28"),
                (choice.as_str(), "1"),
                ("code", &codes[1]),
                ("postcode", "E14 6XY"),
            ],
        )
        .await);
    let wait = close + Duration::seconds(1) - Utc::now();
    tokio::time::sleep(wait.to_std().unwrap_or_default()).await;
    // A second after the close, whether or not the server has moved the round yet.
    let late = resident
        .post(
            "/api/cast_ballot",
            &[
                ("neighbourhood", "poplar"),
                ("round", "poplar-2027-28"),
                (choice.as_str(), "1"),
            ],
        )
        .await;
    assert_eq!(late.status, 409, "{}", late.body);
    assert!(late.body.contains("Voting closed at"), "{}", late.body);
    moved_to(&app, r.id, "counting").await;
    assert_eq!(
        ballot::Entity::find()
            .filter(ballot::Column::RoundId.eq(r.id))
            .count(&app.db)
            .await
            .unwrap(),
        1
    );

    // Each move by the timetable is in the public history and the audit log once.
    let by_timetable = round_event::Entity::find()
        .filter(round_event::Column::RoundId.eq(r.id))
        .filter(round_event::Column::Kind.eq("phase"))
        .filter(round_event::Column::ActorRole.eq("timetable"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(by_timetable, 4);
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("round.moved"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 4);
    let history = visible_text(&anyone.get(draft).await.body);
    assert!(
        history.contains("Moved from “Voting open” to “Counting the votes” by the timetable."),
        "{history}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_that_cannot_open_voting_on_time_says_why_and_tells_the_officers_once() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, "officer.ilfracombe@demo.invalid").await;
    ok(&officer
        .post(
            "/api/create_round",
            &refs(&round_fields("ilfracombe", "Ilfracombe 2029–30")),
        )
        .await);
    let r = the_round(&app, "ilfracombe-2029-30").await;
    ok(&officer
        .post(
            "/api/add_contribution",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", "ilfracombe-2029-30"),
                ("agency", "North Devon Council"),
                ("kind", "council"),
                ("amount", "5000"),
            ],
        )
        .await);
    time_passes(
        &app,
        r.id,
        round_schedule::Column::ProposalsOpenAt,
        Utc::now(),
    )
    .await;
    moved_to(&app, r.id, "proposals_open").await;
    let resident = Visitor::signed_in(&app, "resident.ilfracombe@demo.invalid").await;
    send_proposal(
        &resident,
        "ilfracombe",
        "ilfracombe-2029-30",
        "Harbour steps handrail",
    )
    .await;
    time_passes(&app, r.id, round_schedule::Column::ReviewAt, Utc::now()).await;
    moved_to(&app, r.id, "review").await;

    // Voting is due, but nobody has checked the proposal: the round waits and says why.
    time_passes(&app, r.id, round_schedule::Column::VotingOpenAt, Utc::now()).await;
    // Each of Ilfracombe's two officers is told, once.
    app.emails(2).await;
    // Several more looks at the timetable tell nobody again.
    tokio::time::sleep(std::time::Duration::from_millis(1_200)).await;
    let mails = app.emails(2).await;
    let told = mails
        .iter()
        .filter(|m| m.contains("should have started by now"))
        .collect::<Vec<_>>();
    assert_eq!(told.len(), 2, "{mails:?}");
    for officer in [
        "officer.ilfracombe@demo.invalid",
        "checker.ilfracombe@demo.invalid",
    ] {
        assert_eq!(
            told.iter().filter(|m| m.contains(officer)).count(),
            1,
            "{officer}"
        );
    }
    assert!(
        told[0].contains("1 proposal(s) still need a\r\nreview decision")
            || told[0].contains("1 proposal(s) still need a review decision"),
        "{}",
        told[0]
    );
    let delayed = round_event::Entity::find()
        .filter(round_event::Column::RoundId.eq(r.id))
        .filter(round_event::Column::Kind.eq("delayed"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(delayed, 1);
    let page = visible_text(
        &resident
            .get("/neighbourhoods/ilfracombe/rounds/ilfracombe-2029-30")
            .await
            .body,
    );
    assert!(page.contains("Voting open was due to start at"), "{page}");
    assert!(page.contains("is delayed"), "{page}");
    assert_eq!(the_round(&app, "ilfracombe-2029-30").await.phase, "review");

    // Once the officer has checked it, the next look opens voting.
    check_the_proposal(&app, &officer, r.id).await;
    moved_to(&app, r.id, "voting_open").await;
    let page = visible_text(
        &resident
            .get("/neighbourhoods/ilfracombe/rounds/ilfracombe-2029-30")
            .await
            .body,
    );
    assert!(!page.contains("is delayed"), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_two_servers_on_one_database_voting_closes_once() {
    let app = spawn_app().await;
    let (_second, _outbox) = spawn_second_server(&app).await;
    // The demo's open vote gets a timetable that closes it in a second.
    let r = round::Entity::find()
        .filter(round::Column::Phase.eq("voting_open"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let now = Utc::now();
    app::backend::entities::round_schedule::ActiveModel {
        round_id: sea_orm::Set(r.id),
        proposals_open_at: sea_orm::Set(now - Duration::days(60)),
        review_at: sea_orm::Set(now - Duration::days(30)),
        voting_open_at: sea_orm::Set(now - Duration::days(7)),
        voting_close_at: sea_orm::Set(now + Duration::seconds(1)),
        decision_expected_on: sea_orm::Set(None),
        delivery_until_on: sea_orm::Set(None),
        held_phase: sea_orm::Set(None),
        held_reason: sea_orm::Set(None),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    moved_to(&app, r.id, "counting").await;
    // Both servers looked several times; one of them moved it.
    tokio::time::sleep(std::time::Duration::from_millis(1_000)).await;
    let moves = round_event::Entity::find()
        .filter(round_event::Column::RoundId.eq(r.id))
        .filter(round_event::Column::Kind.eq("phase"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(moves, 1);
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("round.moved"))
        .filter(audit_entry::Column::Subject.eq(format!("round:{}", r.id)))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_of_another_neighbourhood_can_neither_create_nor_change_nor_close_a_round_here()
{
    let app = spawn_app().await;
    let before = round::Entity::find().all(&app.db).await.unwrap();
    for who in [
        "officer.castle-vale@demo.invalid",
        "councillor.ilfracombe@demo.invalid",
        "resident.ilfracombe@demo.invalid",
    ] {
        let visitor = Visitor::signed_in(&app, who).await;
        let create = visitor
            .post(
                "/api/create_round",
                &refs(&round_fields("ilfracombe", "Ilfracombe 2030–31")),
            )
            .await;
        assert_eq!(create.status, 403, "{who} create_round: {}", create.body);
        let mut edit = round_fields("ilfracombe", "Renamed");
        edit.extend([
            ("round", "2027-28".to_owned()),
            ("seen", "proposals_open".to_owned()),
        ]);
        let edited = visitor.post("/api/edit_round", &refs(&edit)).await;
        assert_eq!(edited.status, 403, "{who} edit_round: {}", edited.body);
        let closed = visitor
            .post(
                "/api/close_round",
                &[
                    ("neighbourhood", "ilfracombe"),
                    ("round", "2025-26"),
                    ("closing_summary", "Closed by someone who may not"),
                ],
            )
            .await;
        assert_eq!(closed.status, 403, "{who} close_round: {}", closed.body);
        for page in [
            "/neighbourhoods/ilfracombe/new-round",
            "/neighbourhoods/ilfracombe/rounds/2027-28/settings",
        ] {
            assert_eq!(visitor.get(page).await.status, 403, "{who} {page}");
        }
        // Neighbourhoods are the administrators' alone.
        let mut shard_end = poplar();
        shard_end[1] = ("name", "Shard End");
        shard_end[7] = ("postcode_areas", "B34 6");
        let made = visitor.post("/api/save_neighbourhood", &shard_end).await;
        assert_eq!(made.status, 403, "{who} save_neighbourhood: {}", made.body);
        let archived = visitor
            .post(
                "/api/archive_neighbourhood",
                &[("neighbourhood", "ilfracombe"), ("archive", "yes")],
            )
            .await;
        assert_eq!(archived.status, 403, "{who} archive_neighbourhood");
    }
    assert_eq!(round::Entity::find().all(&app.db).await.unwrap(), before);
    let places = app::backend::entities::neighbourhood::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(places.len(), 2);
    assert!(places.iter().all(|p| p.archived_at.is_none()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_changes_future_dates_until_voting_opens_and_each_change_is_on_the_record() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, "officer.ilfracombe@demo.invalid").await;
    let fields = round_fields("ilfracombe", "Ilfracombe 2029–30");
    ok(&officer.post("/api/create_round", &refs(&fields)).await);
    // The same form again, with a new title and a later close.
    let mut edit = fields.clone();
    for (field, value) in &mut edit {
        if *field == "title" {
            *value = "Ilfracombe Community Budget 2029–30".to_owned();
        }
    }
    edit.retain(|(k, _)| {
        ![
            "slug",
            "ballot_rule",
            "max_choices",
            "points",
            "min_choices",
            "count_rule",
            "ballots_per",
        ]
        .contains(k)
    });
    for (field, value) in &mut edit {
        if *field == "voting_close" {
            *value = typed(Duration::days(60));
        }
    }
    edit.extend([
        ("round", "ilfracombe-2029-30".to_owned()),
        ("seen", "draft".to_owned()),
    ]);
    ok(&officer.post("/api/edit_round", &refs(&edit)).await);
    let r = the_round(&app, "ilfracombe-2029-30").await;
    assert_eq!(r.title, "Ilfracombe Community Budget 2029–30");
    let page = visible_text(
        &officer
            .get("/neighbourhoods/ilfracombe/rounds/ilfracombe-2029-30")
            .await
            .body,
    );
    assert!(
        page.contains("Changed by an officer: Title, Voting closes."),
        "{page}"
    );
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("round.changed"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 1);

    // A time that has passed cannot be typed in.
    for (field, value) in &mut edit {
        if *field == "voting_open" {
            *value = typed(-Duration::hours(2));
        }
    }
    let refused = officer.post("/api/edit_round", &refs(&edit)).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains("This time has already passed"),
        "{}",
        refused.body
    );

    // Once voting is open, nothing changes.
    let open = "/api/edit_round";
    let mut late = edit.clone();
    for (field, value) in &mut late {
        match *field {
            "round" => *value = "2026-27".to_owned(),
            "seen" => *value = "voting_open".to_owned(),
            _ => {}
        }
    }
    let fixed = officer.post(open, &refs(&late)).await;
    assert_eq!(fixed.status, 409, "{}", fixed.body);
}
