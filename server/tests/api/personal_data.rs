//! A resident's rights over their data: download everything held about them, and
//! delete their account, which erases them and keeps the public record whole.

use crate::helpers::{spawn_app, visible_text};
use crate::visitors::{demo_password, Visitor};
use app::backend::entities::{ballot, outgoing_email, proposal, resident, session, user};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

const EMAIL: &str = "demelza@example.org";
const PASSWORD: &str = "the gulls know my name";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_downloads_their_data_then_deletes_their_account_and_the_record_stays() {
    let app = spawn_app().await;
    let demelza = Visitor::signed_up(&app, "Demelza Carne", EMAIL, PASSWORD).await;
    let code = server::seed::demo_people::demo_codes("ilfracombe")[11].printed();
    let verified = demelza
        .post(
            "/api/verify_residence",
            &[
                ("neighbourhood", "ilfracombe"),
                ("postcode", "EX34 9AB"),
                ("code", &code),
            ],
        )
        .await;
    assert!(verified.status < 400, "{}", verified.body);
    let sent = crate::proposals::send(&demelza, crate::proposals::BENCHES).await;
    assert!(sent.status < 400, "{}", sent.body);
    let theirs = proposal::Entity::find()
        .order_by_desc(proposal::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let items = crate::voting::on_ballot(&app, crate::voting::OPEN).await;
    let voted = crate::voting::vote(&demelza, crate::voting::OPEN, &[(items[0].id, 1)], &[]).await;
    assert!(voted.status < 400, "{}", voted.body);
    let ballots_before = ballot::Entity::find().count(&app.db).await.unwrap();

    // The download: theirs, all of it, and nobody else's.
    let download = demelza.get("/account/data.json").await;
    assert_eq!(download.status, 200);
    let data: serde_json::Value = serde_json::from_str(&download.body).unwrap();
    assert_eq!(data["account"]["email"], EMAIL);
    assert_eq!(data["account"]["name"], "Demelza Carne");
    assert_eq!(data["residencies"][0]["postcode"], "EX34 9AB");
    assert_eq!(
        data["proposals"][0]["title"],
        "Benches on the Capstone path"
    );
    assert!(data["letters"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["about"] == "confirm_email"));
    assert!(!download.body.contains("demo.invalid"), "{}", download.body);
    // One-time links are not copied into the file.
    assert!(
        !download.body.contains("/account/confirm/"),
        "{}",
        download.body
    );
    assert!(!download.body.contains(&code));
    // Signed out, the address asks for a sign-in.
    let stranger = Visitor::new(&app).await.get("/account/data.json").await;
    assert_eq!(stranger.status, 303);

    // Deleting takes the password again.
    let wrong = demelza
        .post(
            "/api/delete_account",
            &[("delete_password", "not my password at all")],
        )
        .await;
    assert_eq!(wrong.status, 422, "{}", wrong.body);
    assert_eq!(
        user::Entity::find()
            .filter(user::Column::Email.eq(EMAIL))
            .count(&app.db)
            .await
            .unwrap(),
        1
    );
    let deleted = demelza
        .submit(
            "/account",
            "/api/delete_account",
            &[("delete_password", PASSWORD)],
        )
        .await;
    assert_eq!(deleted.status, 302, "{}", deleted.body);
    assert_eq!(deleted.location.as_deref(), Some("/sign-in"));
    let told = visible_text(&demelza.get("/sign-in").await.body);
    assert!(told.contains("Your account has been deleted"), "{told}");

    // Erased: no address, name, postcode, session or letter left.
    let tombstone = user::Entity::find_by_id(theirs.proposer_user_id.unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_ne!(tombstone.email, EMAIL);
    assert!(tombstone.display_name.is_empty());
    for count in [
        resident::Entity::find()
            .filter(resident::Column::UserId.eq(tombstone.id))
            .count(&app.db)
            .await
            .unwrap(),
        session::Entity::find()
            .filter(session::Column::UserId.eq(tombstone.id))
            .count(&app.db)
            .await
            .unwrap(),
        outgoing_email::Entity::find()
            .filter(outgoing_email::Column::ToAddress.eq(EMAIL))
            .count(&app.db)
            .await
            .unwrap(),
    ] {
        assert_eq!(count, 0);
    }
    assert_eq!(demelza.get("/account").await.status, 401, "signed out");
    let again = Visitor::new(&app)
        .await
        .post("/api/sign_in", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    assert_eq!(again.status, 422, "{}", again.body);

    // The record stays: the proposal, from a former resident; the ballot, counted.
    let page = visible_text(
        &Visitor::new(&app)
            .await
            .get(&format!("/proposals/{}", theirs.id))
            .await
            .body,
    );
    assert!(page.contains("Benches on the Capstone path"), "{page}");
    assert!(page.contains("A former resident"), "{page}");
    assert!(!page.contains("Demelza"), "{page}");
    assert_eq!(
        ballot::Entity::find().count(&app.db).await.unwrap(),
        ballots_before
    );

    // The address is free to sign up again, as a new person.
    Visitor::signed_up_unconfirmed(&app, "Demelza Carne", EMAIL, PASSWORD).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_only_administrator_cannot_delete_their_account() {
    let app = spawn_app().await;
    let admin_email = "admin@demo.invalid";
    let admin = Visitor::signed_in(&app, admin_email).await;
    let refused = admin
        .post(
            "/api/delete_account",
            &[("delete_password", &demo_password(admin_email))],
        )
        .await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(refused.body.contains("only administrator"));
    assert_eq!(
        user::Entity::find()
            .filter(user::Column::Email.eq(admin_email))
            .count(&app.db)
            .await
            .unwrap(),
        1
    );
}

/// The attack: sign up with someone else's address and download "your" data to read
/// their letters (a confirmation or invitation link among them). Until the address is
/// proven, the file has no letters at all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_that_has_not_proven_its_address_downloads_none_of_its_letters() {
    let app = spawn_app().await;
    let victim = "kenwyn@example.org";
    let attacker =
        Visitor::signed_up_unconfirmed(&app, "Not Kenwyn", victim, "i typed his address in").await;
    app.link_to(victim, "/account/confirm/").await;
    let download = attacker.get("/account/data.json").await;
    assert_eq!(download.status, 200);
    let data: serde_json::Value = serde_json::from_str(&download.body).unwrap();
    assert_eq!(data["letters"], serde_json::json!([]));
    assert!(
        !download.body.contains("/account/confirm/"),
        "{}",
        download.body
    );
}

/// The attack: an address that is also a SQL pattern (`%@%.%` is a valid address) would,
/// deleted, have cleared every account's count of wrong passwords.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_an_account_forgets_only_its_own_attempts() {
    use app::backend::entities::throttle_event;
    let app = spawn_app().await;
    let guesser = Visitor::new(&app).await;
    for k in 0..3 {
        let wrong = guesser
            .post(
                "/api/sign_in",
                &[
                    ("email", "officer.ilfracombe@demo.invalid"),
                    ("password", &format!("a wrong guess number {k}")),
                ],
            )
            .await;
        assert_eq!(wrong.status, 422);
    }
    let counted = || async {
        throttle_event::Entity::find()
            .filter(
                throttle_event::Column::Key.eq("sign-in:account:officer.ilfracombe@demo.invalid"),
            )
            .count(&app.db)
            .await
            .unwrap()
    };
    assert_eq!(counted().await, 3);
    let pattern = "%@%.%";
    let leaver = Visitor::signed_up_unconfirmed(&app, "Percy", pattern, PASSWORD).await;
    let gone = leaver
        .post("/api/delete_account", &[("delete_password", PASSWORD)])
        .await;
    assert!(gone.status < 400, "{} {}", gone.status, gone.body);
    assert_eq!(
        counted().await,
        3,
        "the officer's wrong guesses are still counted"
    );
}
