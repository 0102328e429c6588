//! One officer cannot mint votes: while a round is voting, codes one officer makes work
//! only once a second officer of the neighbourhood approves them, and cancelling a code
//! needs a second officer too.

use crate::helpers::{spawn_app, visible_text};
use crate::visitors::Visitor;
use crate::voting::{on_ballot, vote, OFFICER, OPEN};
use app::backend::entities::audit_entry;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const SECOND: &str = "checker.ilfracombe@demo.invalid";
const CODES: &str = "/neighbourhoods/ilfracombe/codes";

fn shown_codes(html: &str) -> Vec<String> {
    html.match_indices("<code>")
        .map(|(i, _)| html[i + 6..i + 20].to_owned())
        .collect()
}

/// The name of the batch just made, from the page's notice.
pub(crate) fn batch_in(text: &str) -> String {
    text.split("Batch ")
        .nth(1)
        .and_then(|s| s.split(':').next())
        .unwrap()
        .to_owned()
}

pub(crate) async fn second_officer(
    visitor: &Visitor,
    fields: &[(&str, &str)],
) -> crate::visitors::Answer {
    let mut form = vec![("neighbourhood", "ilfracombe")];
    form.extend_from_slice(fields);
    visitor.post("/api/second_officer", &form).await
}

/// The attack: during voting, one officer makes a batch of codes and votes with them.
/// Before, every code worked at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn codes_one_officer_makes_while_voting_work_only_once_another_approves() {
    let app = spawn_app().await;
    let items = on_ballot(&app, OPEN).await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let made = officer
        .submit(
            CODES,
            "/api/generate_codes",
            &[("neighbourhood", "ilfracombe"), ("how_many", "3")],
        )
        .await;
    assert_eq!(made.status, 302);
    let page = officer.get(CODES).await;
    let codes = shown_codes(&page.body);
    assert_eq!(codes.len(), 3);
    let text = visible_text(&page.body);
    assert!(text.contains("work only once another officer"), "{text}");
    let batch = batch_in(&text);

    let phone = Visitor::new(&app).await;
    let with = |code: &str| {
        vec![
            ("code", code.to_owned()),
            ("postcode", "EX34 9ZZ".to_owned()),
        ]
    };
    let as_fields = |v: &Vec<(&'static str, String)>| -> Vec<(&'static str, String)> { v.clone() };
    let cast = |code: String| {
        let phone = &phone;
        let items = &items;
        let fields = as_fields(&with(&code));
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            vote(phone, OPEN, &[(items[0].id, 1)], &fields).await
        }
    };
    let refused = cast(codes[0].clone()).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(crate::voting::ballots(&app, OPEN).await.is_empty());

    // The officer who made them cannot approve them.
    let own = second_officer(&officer, &[("batch", &batch)]).await;
    assert_eq!(own.status, 409, "{}", own.body);

    let checker = Visitor::signed_in(&app, SECOND).await;
    let approved = second_officer(&checker, &[("batch", &batch)]).await;
    assert_eq!(approved.status, 200, "{}", approved.body);
    let ok = cast(codes[0].clone()).await;
    assert!(ok.status < 400, "{}", ok.body);
    let text = visible_text(&officer.get(CODES).await.body);
    assert!(
        text.contains("Made by Olu Officer (demo), approved by Sam Checker (demo)"),
        "{text}"
    );

    // Cancelling a code while voting waits for the second officer too.
    let asked = officer
        .post(
            "/api/void_code",
            &[("neighbourhood", "ilfracombe"), ("code", &codes[1])],
        )
        .await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    let ids: Vec<i32> = app::backend::entities::voting_code::Entity::find()
        .filter(app::backend::entities::voting_code::Column::VoidRequestedBy.is_not_null())
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids.len(), 1);
    let id = ids[0].to_string();
    assert_eq!(second_officer(&officer, &[("code", &id)]).await.status, 409);
    assert_eq!(second_officer(&checker, &[("code", &id)]).await.status, 200);
    let voided = cast(codes[1].clone()).await;
    assert_eq!(voided.status, 422, "{}", voided.body);

    let recorded: Vec<String> = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.is_in(["codes.approved", "code.voided"]))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.detail)
        .collect();
    assert_eq!(recorded.len(), 2, "{recorded:?}");
    assert!(recorded
        .iter()
        .all(|d| d.contains("approved by") || d.contains("confirmed by")));

    // The voting round's public history has each step, naming no officer.
    let round = visible_text(
        &Visitor::new(&app)
            .await
            .get("/neighbourhoods/ilfracombe/rounds/2026-27")
            .await
            .body,
    );
    for step in [
        "An officer made 3 voting codes while voting was open",
        "A second officer approved 3 voting codes",
        "Two officers cancelled a voting code",
    ] {
        assert!(round.contains(step), "{step} in {round}");
    }
    assert!(!round.contains("Sam Checker"), "{round}");
}
