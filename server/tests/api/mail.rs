//! Email: a voter can have their receipt sent to them, and officers send a round's one
//! reminder to verified residents who have not voted. Messages are queued with the
//! request and delivered by the server's sender (here, into the outbox folder).

use crate::helpers::{spawn_app, visible_text};
use crate::visitors::Visitor;
use crate::voting::{on_ballot, receipt_of, vote, OFFICER, OPEN, RESIDENT};
use app::backend::entities::outgoing_email;
use sea_orm::{EntityTrait, PaginatorTrait};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_voter_has_their_receipt_emailed_with_a_link_to_the_ledger() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let items = on_ballot(&app, OPEN).await;
    let receipt = receipt_of(&vote(&resident, OPEN, &[(items[0].id, 1)], &[]).await);
    let form = |email: &'static str, receipt: String| {
        vec![
            ("neighbourhood", "ilfracombe".to_owned()),
            ("round", OPEN.to_owned()),
            ("receipt", receipt),
            ("email", email.to_owned()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let resident = &resident;
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            resident.post("/api/email_receipt", &fields).await
        }
    };

    let malformed = send(form("not an address", receipt.clone())).await;
    assert_eq!(malformed.status, 422);
    assert!(
        malformed.body.contains("correct format"),
        "{}",
        malformed.body
    );
    let unknown = send(form("rhiannon@example.org", "ZZZZ-ZZZZ".into())).await;
    assert_eq!(unknown.status, 404);
    assert_eq!(
        outgoing_email::Entity::find().count(&app.db).await.unwrap(),
        0
    );

    let sent = send(form("rhiannon@example.org", receipt.clone())).await;
    assert!(sent.status < 400, "{} {}", sent.status, sent.body);
    let emails = app.emails(1).await;
    let email = &emails[0];
    assert!(email.contains("To: rhiannon@example.org"), "{email}");
    assert!(
        email.contains(&format!("Your receipt: {receipt}")),
        "{email}"
    );
    assert!(
        email.contains(&format!(
            "/neighbourhoods/ilfracombe/rounds/{OPEN}/ledger?receipt={receipt}"
        )),
        "{email}"
    );
    // Once sent, the queue forgets it: nothing keeps who asked for which receipt.
    let mut left = 1;
    for _ in 0..50 {
        left = outgoing_email::Entity::find().count(&app.db).await.unwrap();
        if left == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(left, 0, "the sent receipt letter is deleted from the queue");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn officers_send_one_reminder_to_verified_residents_who_have_not_voted() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let items = on_ballot(&app, OPEN).await;
    assert!(vote(&resident, OPEN, &[(items[0].id, 1)], &[]).await.status < 400);
    // The Sea Cadets' member has voted too.
    let member = Visitor::signed_in(&app, "member.ilfracombe@demo.invalid").await;
    assert!(vote(&member, OPEN, &[(items[0].id, 1)], &[]).await.status < 400);
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let review = format!("/neighbourhoods/ilfracombe/rounds/{OPEN}/review");
    let before = visible_text(&officer.get(&review).await.body);
    assert!(before.contains("Send a reminder to 1 resident"), "{before}");

    // The one who has not voted reads Welsh, so their reminder is in Welsh.
    Visitor::signed_in_reading(&app, "group.ilfracombe@demo.invalid", Some("cy")).await;
    let round = [("neighbourhood", "ilfracombe"), ("round", OPEN)];
    let sent = officer.post("/api/send_reminder", &round).await;
    assert!(sent.status < 400, "{} {}", sent.status, sent.body);
    let emails = app.emails(1).await;
    assert_eq!(emails.len(), 1, "only the resident who has not voted");
    assert!(
        emails[0].contains("To: group.ilfracombe@demo.invalid"),
        "{}",
        emails[0]
    );
    assert!(
        emails[0].contains("Subject: Mae amser o hyd i bleidleisio"),
        "{}",
        emails[0]
    );
    assert!(!emails.iter().any(|e| e.contains(RESIDENT)));

    let again = officer.post("/api/send_reminder", &round).await;
    assert_eq!(again.status, 409);
    assert!(again.body.contains("sent already"), "{}", again.body);
    let after = visible_text(&officer.get(&review).await.body);
    assert!(after.contains("Reminder: sent on"), "{after}");

    // Not outside voting, and not by a resident.
    let castle_vale = Visitor::signed_in(&app, "officer.castle-vale@demo.invalid").await;
    assert_eq!(
        castle_vale.post("/api/send_reminder", &round).await.status,
        403
    );
    let closed = officer
        .post(
            "/api/send_reminder",
            &[("neighbourhood", "ilfracombe"), ("round", "2025-26")],
        )
        .await;
    assert_eq!(closed.status, 409);
}
