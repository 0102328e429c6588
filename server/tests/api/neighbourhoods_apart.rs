//! Each neighbourhood's people act only in their own. Ilfracombe's officer, councillor
//! and resident aim every action they have at Castle Vale's real things (its rounds,
//! proposals, contributions, codes, batches, decision and delivery), with forms filled
//! in well enough that only the neighbourhood check stands in the way, and at Castle
//! Vale's things through Ilfracombe's addresses. Each is refused, and afterwards not one
//! row of anything that matters has changed.

use crate::helpers::{spawn_app, TestApp};
use crate::visitors::Visitor;
use app::backend::entities::{
    ballot, contribution, decision, decision_draft, delivery_update, neighbourhood, paper_batch,
    proposal, proposal_review, proposal_version, resident, role_grant, round, voting_code,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// Everything a refused action must leave as it was, as text to compare.
async fn snapshot(app: &TestApp) -> String {
    let db = &app.db;
    format!(
        "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
        round::Entity::find()
            .order_by_asc(round::Column::Id)
            .all(db)
            .await
            .unwrap(),
        proposal::Entity::find()
            .order_by_asc(proposal::Column::Id)
            .all(db)
            .await
            .unwrap(),
        proposal_review::Entity::find()
            .order_by_asc(proposal_review::Column::Id)
            .all(db)
            .await
            .unwrap(),
        proposal_version::Entity::find()
            .order_by_asc(proposal_version::Column::Id)
            .all(db)
            .await
            .unwrap(),
        contribution::Entity::find()
            .order_by_asc(contribution::Column::Id)
            .all(db)
            .await
            .unwrap(),
        paper_batch::Entity::find()
            .order_by_asc(paper_batch::Column::Id)
            .all(db)
            .await
            .unwrap(),
        ballot::Entity::find()
            .order_by_asc(ballot::Column::Id)
            .all(db)
            .await
            .unwrap(),
        voting_code::Entity::find()
            .order_by_asc(voting_code::Column::Id)
            .all(db)
            .await
            .unwrap(),
        decision::Entity::find()
            .order_by_asc(decision::Column::Id)
            .all(db)
            .await
            .unwrap(),
        decision_draft::Entity::find()
            .order_by_asc(decision_draft::Column::Id)
            .all(db)
            .await
            .unwrap(),
        delivery_update::Entity::find()
            .order_by_asc(delivery_update::Column::Id)
            .all(db)
            .await
            .unwrap(),
        resident::Entity::find()
            .order_by_asc(resident::Column::Id)
            .all(db)
            .await
            .unwrap(),
        role_grant::Entity::find()
            .order_by_asc(role_grant::Column::Id)
            .all(db)
            .await
            .unwrap(),
    )
}

struct CastleVale {
    /// A proposal of the round being reviewed, and one funded and being delivered.
    reviewed: String,
    funded: String,
    /// A contribution to the round being reviewed.
    contribution: String,
    /// The phases the rounds are in, as the forms name them.
    review_phase: String,
}

async fn castle_vale(app: &TestApp) -> CastleVale {
    let db = &app.db;
    let place = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Slug.eq("castle-vale"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let round_of = |slug: &'static str| {
        let place_id = place.id;
        async move {
            round::Entity::find()
                .filter(round::Column::NeighbourhoodId.eq(place_id))
                .filter(round::Column::Slug.eq(slug))
                .one(db)
                .await
                .unwrap()
                .unwrap()
        }
    };
    let reviewing = round_of("2027").await;
    let delivering = round_of("2025").await;
    let first = |round_id: i32, status: Option<&'static str>| async move {
        let mut q = proposal::Entity::find().filter(proposal::Column::RoundId.eq(round_id));
        if let Some(s) = status {
            q = q.filter(proposal::Column::Status.eq(s));
        }
        q.order_by_asc(proposal::Column::Id)
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let contribution = contribution::Entity::find()
        .filter(contribution::Column::RoundId.eq(reviewing.id))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    CastleVale {
        reviewed: first(reviewing.id, None).await.to_string(),
        funded: first(delivering.id, Some("feasible")).await.to_string(),
        contribution: contribution.id.to_string(),
        review_phase: reviewing.phase.as_str().to_owned(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ilfracombes_people_can_change_nothing_in_castle_vale() {
    let app = spawn_app().await;
    let cv = castle_vale(&app).await;
    let code = server::seed::demo_people::demo_codes("castle-vale")[3].printed();
    let before = snapshot(&app).await;
    let mut failures = Vec::new();

    let officer: Vec<(&str, Vec<(&str, String)>)> = vec![
        (
            "/api/get_review_queue",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2027".into()),
            ],
        ),
        (
            "/api/review_proposal",
            vec![("id", cv.reviewed.clone()), ("verdict", "feasible".into())],
        ),
        (
            "/api/adjust_proposal_cost",
            vec![
                ("id", cv.reviewed.clone()),
                ("cost", "£1,000".into()),
                ("cost_note", "Cheaper done by us".into()),
            ],
        ),
        (
            "/api/hide_proposal",
            vec![
                ("id", cv.reviewed.clone()),
                ("reason", "Removed by someone from elsewhere".into()),
            ],
        ),
        (
            "/api/advance_round",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2027".into()),
                ("from", cv.review_phase.clone()),
            ],
        ),
        (
            "/api/set_ballot_rules",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2027".into()),
                ("rule", "points".into()),
                ("points", "10".into()),
            ],
        ),
        (
            "/api/get_pot_setup",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2027".into()),
            ],
        ),
        (
            "/api/save_contribution",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2027".into()),
                ("id", cv.contribution.clone()),
                ("amount", "£1".into()),
            ],
        ),
        // Castle Vale's contribution through Ilfracombe's round.
        (
            "/api/save_contribution",
            vec![
                ("neighbourhood", "ilfracombe".into()),
                ("round", "2027-28".into()),
                ("id", cv.contribution.clone()),
                ("amount", "£1".into()),
            ],
        ),
        (
            "/api/remove_contribution",
            vec![
                ("neighbourhood", "ilfracombe".into()),
                ("round", "2027-28".into()),
                ("id", cv.contribution.clone()),
            ],
        ),
        (
            "/api/remove_contribution",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2027".into()),
                ("id", cv.contribution.clone()),
            ],
        ),
        (
            "/api/add_contribution",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2027".into()),
                ("agency", "Elsewhere Council".into()),
                ("kind", "council".into()),
                ("amount", "£1,000".into()),
            ],
        ),
        (
            "/api/get_paper_batches",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2026".into()),
            ],
        ),
        (
            "/api/open_paper_batch",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2026".into()),
                ("label", "Our event".into()),
            ],
        ),
        (
            "/api/send_reminder",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2026".into()),
            ],
        ),
        (
            "/api/post_delivery_update",
            vec![
                ("id", cv.funded.clone()),
                ("status", "in_progress".into()),
                ("on", "2026-12-01".into()),
                ("spend", "£10".into()),
                ("note", "Posted from elsewhere".into()),
            ],
        ),
        (
            "/api/get_codes_page",
            vec![("neighbourhood", "castle-vale".into())],
        ),
        (
            "/api/generate_codes",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("how_many", "5".into()),
            ],
        ),
        (
            "/api/void_code",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("code", code.clone()),
            ],
        ),
        (
            "/api/verify_in_person",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("email", "newcomer@demo.invalid".into()),
                ("postcode", "B35 6AB".into()),
            ],
        ),
        (
            "/api/second_officer",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("batch", "demo".into()),
            ],
        ),
        (
            "/api/get_round_form",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2027".into()),
            ],
        ),
        (
            "/api/close_round",
            vec![
                ("neighbourhood", "castle-vale".into()),
                ("round", "2025".into()),
                ("closing_summary", "Closed from elsewhere".into()),
            ],
        ),
    ];
    let mut create = crate::council_setup::round_fields("castle-vale", "Castle Vale 2031");
    create.retain(|(k, _)| *k != "neighbourhood");
    create.push(("neighbourhood", "castle-vale".into()));
    let mut officer = officer;
    officer.push(("/api/create_round", create));

    let who = Visitor::signed_in(&app, "officer.ilfracombe@demo.invalid").await;
    for (path, fields) in &officer {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let answer = who.post(path, &fields).await;
        if !matches!(answer.status, 403 | 404) {
            failures.push(format!(
                "officer {path} {fields:?}: {} {}",
                answer.status, answer.body
            ));
        }
    }
    for page in [
        "/neighbourhoods/castle-vale/codes",
        "/neighbourhoods/castle-vale/new-round",
        "/neighbourhoods/castle-vale/rounds/2027/review",
        "/neighbourhoods/castle-vale/rounds/2027/pot",
        "/neighbourhoods/castle-vale/rounds/2027/settings",
        "/neighbourhoods/castle-vale/rounds/2026/paper",
    ] {
        let status = who.get(page).await.status;
        if status != 403 {
            failures.push(format!("officer GET {page}: {status}"));
        }
    }

    let councillor = Visitor::signed_in(&app, "councillor.ilfracombe@demo.invalid").await;
    for (path, fields) in [
        (
            "/api/get_decision_draft",
            vec![("neighbourhood", "castle-vale"), ("round", "2026")],
        ),
        (
            "/api/save_decision_draft",
            vec![
                ("neighbourhood", "castle-vale"),
                ("round", "2026"),
                ("intent", "save"),
                ("summary", "Decided from elsewhere"),
            ],
        ),
    ] {
        let answer = councillor.post(path, &fields).await;
        if !matches!(answer.status, 403 | 404) {
            failures.push(format!(
                "councillor {path}: {} {}",
                answer.status, answer.body
            ));
        }
    }
    let status = councillor
        .get("/neighbourhoods/castle-vale/rounds/2026/decision/draft")
        .await
        .status;
    if status != 403 {
        failures.push(format!("councillor GET the draft: {status}"));
    }

    let resident = Visitor::signed_in(&app, "resident.ilfracombe@demo.invalid").await;
    for (path, fields) in [
        (
            "/api/edit_proposal",
            vec![
                ("id", cv.reviewed.as_str()),
                ("title", "Changed from elsewhere"),
                ("summary", "A summary of it"),
                ("body", "What it is, in full."),
                ("cost", "£1,000"),
                ("area", "youth"),
            ],
        ),
        ("/api/withdraw_proposal", vec![("id", cv.reviewed.as_str())]),
        (
            "/api/verify_residence",
            vec![
                ("neighbourhood", "castle-vale"),
                ("postcode", "EX34 9AB"),
                ("code", code.as_str()),
            ],
        ),
    ] {
        let answer = resident.post(path, &fields).await;
        if !matches!(answer.status, 403 | 404 | 422) {
            failures.push(format!(
                "resident {path}: {} {}",
                answer.status, answer.body
            ));
        }
    }

    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        snapshot(&app).await == before,
        "a refused action changed something"
    );
}
