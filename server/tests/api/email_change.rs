//! Changing an account's email address: the new address proves itself with a link, the
//! owner follows it signed in, and the old address is told.

use crate::helpers::{spawn_app, visible_text, TestApp};
use crate::visitors::Visitor;
use app::backend::entities::{outgoing_email, user};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const OLD: &str = "morvah@example.org";
const NEW: &str = "morvah.new@example.org";
const PASSWORD: &str = "sea mist over the harbour";

async fn letters_to(app: &TestApp, to: &str) -> Vec<(String, String)> {
    outgoing_email::Entity::find()
        .filter(outgoing_email::Column::ToAddress.eq(to))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.subject, m.body))
        .collect()
}

async fn address_of(app: &TestApp, id: i32) -> String {
    user::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .email
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_address_is_taken_on_only_from_its_own_link_and_the_old_one_is_told() {
    let app = spawn_app().await;
    let morvah = Visitor::signed_up(&app, "Morvah", OLD, PASSWORD).await;
    let id = user::Entity::find()
        .filter(user::Column::Email.eq(OLD))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;

    // Someone at her unlocked phone, without the password: nothing is sent.
    let wrong = morvah
        .post(
            "/api/change_email",
            &[
                ("new_email", NEW),
                ("email_password", "a guess at her password"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422, "{}", wrong.body);
    assert!(letters_to(&app, NEW).await.is_empty());

    let asked = morvah
        .submit(
            "/account",
            "/api/change_email",
            &[("new_email", NEW), ("email_password", PASSWORD)],
        )
        .await;
    assert_eq!(asked.status, 302, "{}", asked.body);
    let page = visible_text(&morvah.get("/account").await.body);
    assert!(
        page.contains(&format!("We have sent a link to {NEW}")),
        "{page}"
    );
    // Until the link is followed, nothing has changed.
    assert_eq!(address_of(&app, id).await, OLD);

    let link = app.link_to(NEW, "/account/change-email/").await;
    let token = link.rsplit('/').next().unwrap().to_owned();
    // Someone else signed in cannot use it for her.
    let other = Visitor::signed_in(&app, "resident.ilfracombe@demo.invalid").await;
    let not_theirs = other
        .post("/api/confirm_email_change", &[("token", &token)])
        .await;
    assert_eq!(not_theirs.status, 409, "{}", not_theirs.body);
    assert_eq!(address_of(&app, id).await, OLD);

    let page = visible_text(&morvah.get(&link).await.body);
    assert!(
        page.contains(&format!("Make {NEW} the email address")),
        "{page}"
    );
    let done = morvah
        .submit(&link, "/api/confirm_email_change", &[("token", &token)])
        .await;
    assert_eq!(done.status, 302, "{}", done.body);
    assert_eq!(address_of(&app, id).await, NEW);
    let told = letters_to(&app, OLD).await;
    assert!(
        told.iter().any(
            |(subject, body)| subject.contains("email address was changed") && body.contains(NEW)
        ),
        "{told:?}"
    );
    // Once only.
    let again = morvah
        .post("/api/confirm_email_change", &[("token", &token)])
        .await;
    assert_eq!(again.status, 404);

    // She signs in with the new address; the old one no longer works.
    Visitor::signed_in_with(&app, NEW, PASSWORD).await;
    let old = Visitor::new(&app)
        .await
        .post("/api/sign_in", &[("email", OLD), ("password", PASSWORD)])
        .await;
    assert_eq!(old.status, 422);
}

/// Asking for an address that has an account already looks the same to the person
/// asking (the form does not say who has an account); that address is told instead.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moving_to_an_address_that_has_an_account_changes_nothing_and_tells_that_address() {
    let app = spawn_app().await;
    let morvah = Visitor::signed_up(&app, "Morvah", OLD, PASSWORD).await;
    let taken = "resident.castle-vale@demo.invalid";
    let asked = morvah
        .post(
            "/api/change_email",
            &[("new_email", taken), ("email_password", PASSWORD)],
        )
        .await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    let letters = letters_to(&app, taken).await;
    assert_eq!(letters.len(), 1, "{letters:?}");
    assert!(letters[0].0.contains("Someone tried"), "{letters:?}");
    assert!(!letters[0].1.contains("/account/change-email/"));
    assert!(user::Entity::find()
        .filter(user::Column::Email.eq(OLD))
        .one(&app.db)
        .await
        .unwrap()
        .is_some());
}
