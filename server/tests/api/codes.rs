//! Proof of residence: officers make and cancel voting codes, residents redeem them.

use crate::helpers::{spawn_app, visible_text};
use crate::visitors::Visitor;
use app::backend::entities::{audit_entry, resident, voting_code};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::seed::demo_people::demo_codes;

fn demo_code(slug: &str, i: usize) -> String {
    demo_codes(slug)[i].printed()
}

async fn redeem(
    visitor: &Visitor,
    neighbourhood: &str,
    postcode: &str,
    code: &str,
) -> crate::visitors::Answer {
    visitor
        .post(
            "/api/verify_residence",
            &[
                ("neighbourhood", neighbourhood),
                ("postcode", postcode),
                ("code", code),
            ],
        )
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_has_fifty_unused_codes_in_each_neighbourhood_stored_only_as_hashes() {
    let app = spawn_app().await;
    let codes = voting_code::Entity::find()
        .filter(voting_code::Column::Batch.eq("demo"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(codes.len(), 100);
    assert!(codes.iter().all(|c| c.redeemed_at.is_none()));
    let plain = demo_code("ilfracombe", 0).replace('-', "");
    assert!(codes
        .iter()
        .all(|c| !c.code_hash.contains(&plain) && c.code_hash.len() == 64));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_newcomer_proves_they_live_in_ilfracombe_with_a_code_and_postcode() {
    let app = spawn_app().await;
    let newcomer = Visitor::signed_in(&app, "newcomer@demo.invalid").await;
    let answer = newcomer
        .submit(
            "/account",
            "/api/verify_residence",
            &[
                ("neighbourhood", "ilfracombe"),
                ("postcode", "ex34 9ab"),
                ("code", &demo_code("ilfracombe", 3).to_lowercase()),
            ],
        )
        .await;
    assert_eq!(answer.status, 302);
    let text = visible_text(&newcomer.get("/account").await.body);
    assert!(
        text.contains("You are verified as a resident of Ilfracombe"),
        "{text}"
    );
    assert!(
        text.contains("EX34 9AB, verified with a voting code"),
        "{text}"
    );
    let logged = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("code.redeemed"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(logged, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_used_code_is_refused_for_a_second_person() {
    let app = spawn_app().await;
    let code = demo_code("ilfracombe", 4);
    let first = Visitor::signed_in(&app, "newcomer@demo.invalid").await;
    assert_eq!(
        redeem(&first, "ilfracombe", "EX34 9AB", &code).await.status,
        200
    );
    let second = Visitor::signed_in(&app, "officer.castle-vale@demo.invalid").await;
    let answer = redeem(&second, "ilfracombe", "EX34 9AB", &code).await;
    assert_eq!(answer.status, 422);
    assert!(answer.body.contains("already been used"), "{}", answer.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postcode_outside_the_neighbourhood_is_refused_and_the_code_is_not_spent() {
    let app = spawn_app().await;
    let code = demo_code("ilfracombe", 5);
    let newcomer = Visitor::signed_in(&app, "newcomer@demo.invalid").await;
    let answer = redeem(&newcomer, "ilfracombe", "B35 6AB", &code).await;
    assert_eq!(answer.status, 422);
    assert!(
        answer.body.contains("B35 6AB is not in Ilfracombe"),
        "{}",
        answer.body
    );
    assert_eq!(
        redeem(&newcomer, "ilfracombe", "EX34 8AA", &code)
            .await
            .status,
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_for_ilfracombe_cannot_verify_anyone_for_castle_vale() {
    let app = spawn_app().await;
    let newcomer = Visitor::signed_in(&app, "newcomer@demo.invalid").await;
    let answer = redeem(
        &newcomer,
        "castle-vale",
        "B35 6AB",
        &demo_code("ilfracombe", 6),
    )
    .await;
    assert_eq!(answer.status, 422);
    assert!(
        answer.body.contains("for a different neighbourhood"),
        "{}",
        answer.body
    );
    let verified = resident::Entity::find()
        .filter(resident::Column::Method.eq("voting_code"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(verified, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_voided_code_is_refused() {
    // No round of Castle Vale is voting, so one officer cancels a code at once.
    let app = spawn_app().await;
    let code = demo_code("castle-vale", 7);
    let officer = Visitor::signed_in(&app, "officer.castle-vale@demo.invalid").await;
    let voided = officer
        .post(
            "/api/void_code",
            &[("neighbourhood", "castle-vale"), ("code", &code)],
        )
        .await;
    assert_eq!(voided.status, 200, "{}", voided.body);
    let newcomer = Visitor::signed_in(&app, "newcomer@demo.invalid").await;
    let answer = redeem(&newcomer, "castle-vale", "B35 6AB", &code).await;
    assert_eq!(answer.status, 422);
    assert!(
        answer.body.contains("cancelled by the council"),
        "{}",
        answer.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cve_2023_47634_two_people_racing_with_one_code_exactly_one_wins() {
    let app = spawn_app().await;
    let code = demo_code("castle-vale", 8);
    let a = Visitor::signed_in(&app, "newcomer@demo.invalid").await;
    let b = Visitor::signed_in(&app, "officer.ilfracombe@demo.invalid").await;
    let (one, two) = tokio::join!(
        redeem(&a, "castle-vale", "B35 6AB", &code),
        redeem(&b, "castle-vale", "B35 7AA", &code)
    );
    let mut statuses = [one.status, two.status];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 422], "{} / {}", one.body, two.body);
    let residents = resident::Entity::find()
        .filter(resident::Column::Method.eq("voting_code"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(residents, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_makes_a_batch_and_sees_the_codes_once_then_counts() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, "officer.ilfracombe@demo.invalid").await;
    let answer = officer
        .submit(
            "/neighbourhoods/ilfracombe/codes",
            "/api/generate_codes",
            &[("neighbourhood", "ilfracombe"), ("how_many", "25")],
        )
        .await;
    assert_eq!(answer.status, 302);
    let page = officer.get("/neighbourhoods/ilfracombe/codes").await;
    let text = visible_text(&page.body);
    assert!(text.contains("25 voting codes made"), "{text}");
    assert!(page.body.contains("download=\"voting-codes.csv\""));
    let shown: Vec<&str> = page
        .body
        .match_indices("<code>")
        .map(|(i, _)| &page.body[i + 6..i + 20])
        .collect();
    assert_eq!(shown.len(), 25);
    // A round here is voting, so a second officer approves the batch first.
    assert!(text.contains("work only once another officer"), "{text}");
    let batch = crate::second_officer::batch_in(&text);
    let checker = Visitor::signed_in(&app, "checker.ilfracombe@demo.invalid").await;
    let approved = crate::second_officer::second_officer(&checker, &[("batch", &batch)]).await;
    assert_eq!(approved.status, 200, "{}", approved.body);
    // A new code from the batch verifies a resident…
    let newcomer = Visitor::signed_in(&app, "newcomer@demo.invalid").await;
    assert_eq!(
        redeem(&newcomer, "ilfracombe", "EX34 9AB", shown[0])
            .await
            .status,
        200
    );
    // …and the page shows the batch's counts, but never the codes again.
    let later = officer.get("/neighbourhoods/ilfracombe/codes").await;
    assert!(!later.body.contains(shown[1]));
    let text = visible_text(&later.body);
    assert!(
        text.contains("25 1 0 Made by Olu Officer (demo), approved by Sam Checker (demo)"),
        "issued, used, cancelled, who: {text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cve_2026_45330_and_45414_an_officer_of_one_neighbourhood_cannot_act_in_another() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, "officer.ilfracombe@demo.invalid").await;
    let before = voting_code::Entity::find().count(&app.db).await.unwrap();
    let make = officer
        .post(
            "/api/generate_codes",
            &[("neighbourhood", "castle-vale"), ("how_many", "10")],
        )
        .await;
    assert_eq!(make.status, 403);
    let void = officer
        .post(
            "/api/void_code",
            &[
                ("neighbourhood", "castle-vale"),
                ("code", &demo_code("castle-vale", 1)),
            ],
        )
        .await;
    assert_eq!(void.status, 403);
    let verify = officer
        .post(
            "/api/verify_in_person",
            &[
                ("neighbourhood", "castle-vale"),
                ("email", "newcomer@demo.invalid"),
                ("postcode", "B35 6AB"),
            ],
        )
        .await;
    assert_eq!(verify.status, 403);
    assert_eq!(
        officer
            .get("/neighbourhoods/castle-vale/codes")
            .await
            .status,
        403
    );
    assert_eq!(
        voting_code::Entity::find().count(&app.db).await.unwrap(),
        before
    );
    assert_eq!(
        voting_code::Entity::find()
            .filter(voting_code::Column::VoidedAt.is_not_null())
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_verifies_a_resident_in_person_and_it_is_recorded_with_who_and_when() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, "officer.ilfracombe@demo.invalid").await;
    let answer = officer
        .post(
            "/api/verify_in_person",
            &[
                ("neighbourhood", "ilfracombe"),
                ("email", "newcomer@demo.invalid"),
                ("postcode", "EX34 8AA"),
            ],
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let row = resident::Entity::find()
        .filter(resident::Column::Method.eq("in_person"))
        .filter(resident::Column::Postcode.eq("EX34 8AA"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("a verification row");
    assert!(row.verified_by.is_some());
    let newcomer = Visitor::signed_in(&app, "newcomer@demo.invalid").await;
    let text = visible_text(&newcomer.get("/account").await.body);
    assert!(
        text.contains("verified in person by a council officer"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guessing_codes_is_stopped_after_five_tries_with_a_clear_answer() {
    let app = spawn_app().await;
    let guesser = Visitor::signed_in(&app, "newcomer@demo.invalid").await;
    for guess in [
        "AAAA-AAAA-AAAA",
        "AAAA-AAAA-AAAB",
        "AAAA-AAAA-AAAC",
        "AAAA-AAAA-AAAD",
        "AAAA-AAAA-AAAE",
    ] {
        let answer = redeem(&guesser, "ilfracombe", "EX34 9AB", guess).await;
        assert_eq!(answer.status, 422);
        assert!(answer.body.contains("We do not recognise that voting code"));
    }
    let limited = redeem(
        &guesser,
        "ilfracombe",
        "EX34 9AB",
        &demo_code("ilfracombe", 9),
    )
    .await;
    assert_eq!(limited.status, 429, "{}", limited.body);
    let logged = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("code.rate-limited"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(logged, 1);
}
