//! Email addresses proven before they matter: confirmation, invitations to roles and
//! password reset, tried as the person who owns the address and as the one who got
//! there first.

use crate::helpers::{spawn_app, visible_text, TestApp};
use crate::visitors::Visitor;
use app::backend::entities::{account_link, audit_entry, outgoing_email, role_grant, user};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const OFFICER: &str = "sam.officer@northdevon.example";

async fn account(app: &TestApp, email: &str) -> user::Model {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn letters_to(app: &TestApp, email: &str) -> Vec<String> {
    outgoing_email::Entity::find()
        .filter(outgoing_email::Column::ToAddress.eq(email))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.purpose)
        .collect()
}

async fn verify_residence(visitor: &Visitor) -> crate::visitors::Answer {
    visitor
        .post(
            "/api/verify_residence",
            &[
                ("neighbourhood", "ilfracombe"),
                ("postcode", "EX34 9AB"),
                ("code", "K7QM-3XTB-9RHD"),
            ],
        )
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_account_can_do_nothing_that_matters_until_its_address_is_confirmed() {
    let app = spawn_app().await;
    let email = "morwenna@example.org";
    let visitor =
        Visitor::signed_up_unconfirmed(&app, "Morwenna", email, "gull harbour pasty lantern").await;
    assert!(account(&app, email).await.email_confirmed_at.is_none());
    let page = visible_text(&visitor.get("/account").await.body);
    assert!(page.contains("Confirm your email address"), "{page}");

    // Proving residence waits for the address, before any code is looked at.
    let verify = verify_residence(&visitor).await;
    assert_eq!(verify.status, 409, "{}", verify.body);
    assert!(verify.body.contains("Confirm your email address first"));

    // An officer cannot verify the account in person either.
    let officer = Visitor::signed_in(&app, "officer.ilfracombe@demo.invalid").await;
    let in_person = officer
        .post(
            "/api/verify_in_person",
            &[
                ("neighbourhood", "ilfracombe"),
                ("email", email),
                ("postcode", "EX34 9AB"),
            ],
        )
        .await;
    assert_eq!(in_person.status, 422, "{}", in_person.body);
    assert!(in_person
        .body
        .contains("has not confirmed its email address"));

    // The only letter it has had is the confirmation.
    assert_eq!(letters_to(&app, email).await, vec!["confirm_email"]);

    // Following the link confirms it, once; sending it again makes a new link.
    visitor.confirm_email(&app, email).await;
    assert!(account(&app, email).await.email_confirmed_at.is_some());
    let link = app.link_to(email, "/account/confirm/").await;
    let token = link.rsplit('/').next().unwrap();
    let again = visitor
        .post("/api/confirm_email", &[("token", token)])
        .await;
    assert_eq!(again.status, 404, "a confirmation link works once");
    let page = visible_text(&visitor.get("/account").await.body);
    assert!(!page.contains("Confirm your email address"), "{page}");
    let verify = verify_residence(&visitor).await;
    assert_eq!(verify.status, 422, "now the code itself is checked");
}

/// The attack: someone signs up with the address an officer will be given before the
/// officer does. Before invitations, the admin's form granted the role to whichever
/// account held the address, so the attacker became the officer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_address_registered_first_by_someone_else_gains_them_no_role() {
    let app = spawn_app().await;
    let squatter =
        Visitor::signed_up_unconfirmed(&app, "Sam Officer", OFFICER, "i got here first ok").await;
    let admin = Visitor::signed_in(&app, "admin@demo.invalid").await;
    let sent = admin
        .post(
            "/api/invite_role",
            &[
                ("email", OFFICER),
                ("role", "officer"),
                ("neighbourhood", "ilfracombe"),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let squatter_id = account(&app, OFFICER).await.id;
    let granted = || async {
        role_grant::Entity::find()
            .filter(role_grant::Column::UserId.eq(squatter_id))
            .count(&app.db)
            .await
            .unwrap()
    };
    assert_eq!(granted().await, 0, "an invitation grants nothing by itself");

    // The squatter guesses nothing: the link went to the mailbox. Even holding it, an
    // unconfirmed account cannot accept.
    let link = app.link_to(OFFICER, "/invitations/").await;
    let token = link.rsplit('/').next().unwrap();
    let tried = squatter
        .post("/api/accept_invitation", &[("token", token)])
        .await;
    assert_eq!(tried.status, 409, "{}", tried.body);
    assert_eq!(granted().await, 0);

    // Someone else signed in cannot accept the officer's invitation.
    let other = Visitor::signed_in(&app, "resident.ilfracombe@demo.invalid").await;
    let wrong = other
        .post("/api/accept_invitation", &[("token", token)])
        .await;
    assert_eq!(wrong.status, 409, "{}", wrong.body);
    assert!(wrong.body.contains("This invitation is for"));

    // The real officer takes the address back with a reset from their inbox; the
    // squatter is signed out, and the officer accepts.
    let mut officer = Visitor::new(&app).await;
    let asked = officer
        .post("/api/request_password_reset", &[("email", OFFICER)])
        .await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    let reset = app.link_to(OFFICER, "/account/set-password/").await;
    let reset_token = reset.rsplit('/').next().unwrap();
    let set = officer
        .post(
            "/api/set_password_by_link",
            &[
                ("token", reset_token),
                ("new_password", "the real officer now"),
            ],
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(squatter.get("/account").await.status, 401, "signed out");
    officer = Visitor::signed_in_with(&app, OFFICER, "the real officer now").await;
    let accepted = officer
        .post("/api/accept_invitation", &[("token", token)])
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    assert_eq!(granted().await, 1);
    let recorded = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("role.granted"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(recorded.len(), 1);
    assert!(recorded[0].detail.starts_with("officer by invitation:"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_password_is_reset_once_from_the_letter_and_every_device_is_signed_out() {
    let app = spawn_app().await;
    let email = "resident.castle-vale@demo.invalid";
    let phone = Visitor::signed_in(&app, email).await;
    let stranger = Visitor::new(&app).await;

    // The same answer for an address nobody uses, and no letter to it.
    let unknown = stranger
        .submit(
            "/forgot-password",
            "/api/request_password_reset",
            &[("email", "nobody.here@example.org")],
        )
        .await;
    let known = stranger
        .submit(
            "/forgot-password",
            "/api/request_password_reset",
            &[("email", email)],
        )
        .await;
    assert_eq!(unknown.status, known.status);
    assert_eq!(unknown.location, known.location);
    assert!(letters_to(&app, "nobody.here@example.org").await.is_empty());
    let notice = visible_text(&stranger.get("/sign-in").await.body);
    assert!(notice.contains("If an account uses"), "{notice}");

    let link = app.link_to(email, "/account/set-password/").await;
    let token = link.rsplit('/').next().unwrap();
    let page = visible_text(&stranger.get(&link).await.body);
    assert!(page.contains(email), "{page}");
    let set = stranger
        .post(
            "/api/set_password_by_link",
            &[
                ("token", token),
                ("new_password", "harbour wall at low tide"),
            ],
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(
        phone.get("/account").await.status,
        401,
        "the phone is signed out"
    );
    let twice = stranger
        .post(
            "/api/set_password_by_link",
            &[("token", token), ("new_password", "someone else's choice")],
        )
        .await;
    assert_eq!(twice.status, 404, "a reset link works once");
    Visitor::signed_in_with(&app, email, "harbour wall at low tide").await;
    let told = app.emails(2).await;
    assert!(
        told.iter()
            .any(|m| m.contains("Your Commonpot password was changed") && m.contains(email)),
        "{told:?}"
    );

    // A link older than an hour does not work.
    stranger
        .post("/api/request_password_reset", &[("email", email)])
        .await;
    app.emails(3).await;
    let late = app.link_to(email, "/account/set-password/").await;
    let late_token = late.rsplit('/').next().unwrap();
    assert_ne!(late_token, token);
    let hour_ago = chrono::Utc::now() - chrono::Duration::minutes(61);
    account_link::Entity::update_many()
        .col_expr(
            account_link::Column::ExpiresAt,
            sea_orm::sea_query::Expr::value(hour_ago),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let expired = stranger
        .post(
            "/api/set_password_by_link",
            &[
                ("token", late_token),
                ("new_password", "too late for this one"),
            ],
        )
        .await;
    assert_eq!(expired.status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nobody_can_make_us_flood_an_inbox_with_reset_letters() {
    let app = spawn_app().await;
    let email = "resident.ilfracombe@demo.invalid";
    let mut statuses = Vec::new();
    for _ in 0..6 {
        // A new browser each time, as a script would.
        let visitor = Visitor::new(&app).await;
        statuses.push(
            visitor
                .post("/api/request_password_reset", &[("email", email)])
                .await
                .status,
        );
    }
    assert_eq!(statuses, vec![200, 200, 200, 429, 429, 429]);
    assert_eq!(letters_to(&app, email).await.len(), 3);
}

/// Someone signs up first with the address the council will make its administrator.
/// `create-admin` must not promote their account as it stands: it is taken back, their
/// password stops working, they are signed out, and the printed link is the way in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_admin_takes_back_an_account_someone_else_made_with_the_address() {
    use crate::council_setup::{commonpot, link_path};
    let app = crate::helpers::spawn_app_without_data().await;
    let admin = "it.services@council.example";
    let squatter =
        Visitor::signed_up_unconfirmed(&app, "Pat Okafor", admin, "i was here first ok").await;
    let (out, _) = commonpot(&app, &["create-admin", admin]);
    let link = link_path(&out);
    assert_eq!(squatter.get("/account").await.status, 401, "signed out");
    let again = Visitor::new(&app).await;
    let refused = again
        .post(
            "/api/sign_in",
            &[("email", admin), ("password", "i was here first ok")],
        )
        .await;
    assert_eq!(
        refused.status, 422,
        "the squatter's password no longer works"
    );
    let token = link.rsplit('/').next().unwrap();
    let set = again
        .post(
            "/api/set_password_by_link",
            &[("token", token), ("new_password", "the council's own now")],
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.body);
    let real = Visitor::signed_in_with(&app, admin, "the council's own now").await;
    assert_eq!(real.get("/admin/roles").await.status, 200);
}

/// The owner of an address clicking the confirmation link of an account someone else
/// made with it does not confirm that account for them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_confirmation_link_confirms_only_for_the_account_signed_in() {
    let app = spawn_app().await;
    let email = "owner@example.org";
    let _squatter =
        Visitor::signed_up_unconfirmed(&app, "Not the owner", email, "squatting here ok").await;
    let link = app.link_to(email, "/account/confirm/").await;
    let token = link.rsplit('/').next().unwrap();
    let owner = Visitor::new(&app).await;
    let clicked = owner.post("/api/confirm_email", &[("token", token)]).await;
    assert_eq!(clicked.status, 409, "{}", clicked.body);
    assert!(
        clicked.body.contains("reset its password"),
        "{}",
        clicked.body
    );
    assert!(account(&app, email).await.email_confirmed_at.is_none());
}

/// Signed up on a laptop, the letter opened on a phone: the page asks to sign in first
/// and comes back to the link afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_confirmation_link_opened_on_another_device_asks_to_sign_in_and_comes_back() {
    let app = spawn_app().await;
    let email = "two.devices@example.org";
    let password = "laptop then the phone";
    let _laptop = Visitor::signed_up_unconfirmed(&app, "Two Devices", email, password).await;
    let link = app.link_to(email, "/account/confirm/").await;
    let mut phone = Visitor::new(&app).await;
    let page = visible_text(&phone.get(&link).await.body);
    assert!(
        page.contains(&format!("Sign in to the account {email}")),
        "{page}"
    );
    assert!(!page.contains("Confirm my email address"), "{page}");
    let signed_in = phone
        .submit(
            &link,
            "/api/sign_in",
            &[("email", email), ("password", password), ("next", &link)],
        )
        .await;
    assert_eq!(signed_in.location.as_deref(), Some(link.as_str()));
    phone.refresh_csrf().await;
    let page = visible_text(&phone.get(&link).await.body);
    assert!(page.contains("Confirm my email address"), "{page}");
    let token = link.rsplit('/').next().unwrap();
    let confirmed = phone.post("/api/confirm_email", &[("token", token)]).await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    assert!(account(&app, email).await.email_confirmed_at.is_some());
}
