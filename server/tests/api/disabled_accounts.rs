//! An administrator finds an account and disables it (stolen, or used to harass): it is
//! signed out at once and cannot sign in, its ballot stays counted, and each step is in
//! the audit log with its reason. Enabled again, it signs in as before.

use crate::helpers::{spawn_app, visible_text};
use crate::visitors::{demo_password, Visitor};
use crate::voting::{on_ballot, vote, OPEN, RESIDENT};
use app::backend::entities::{audit_entry, ballot, user};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const ADMIN: &str = "admin@demo.invalid";

/// The account with this address.
async fn account(app: &crate::helpers::TestApp, email: &str) -> user::Model {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// The administrator's form on the account's page, sent with JavaScript off.
async fn send(
    admin: &Visitor,
    account: i32,
    (reason, disable): (&str, &str),
) -> crate::visitors::Answer {
    let page = format!("/admin/accounts/{account}");
    admin
        .submit(
            &page,
            "/api/set_account_disabled",
            &[
                ("account", &account.to_string()),
                ("disable", disable),
                ("reason", reason),
            ],
        )
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disabled_account_is_signed_out_at_once_and_its_ballot_stays_counted() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let items = on_ballot(&app, OPEN).await;
    assert!(vote(&resident, OPEN, &[(items[0].id, 1)], &[]).await.status < 400);
    let ballots = ballot::Entity::find().count(&app.db).await.unwrap();
    let rhiannon = account(&app, RESIDENT).await;

    // The administrator finds the account by part of its address.
    let admin = Visitor::signed_in(&app, ADMIN).await;
    let found = visible_text(&admin.get("/admin/accounts?q=RESIDENT.ilfra").await.body);
    assert!(found.contains("1 found"), "{found}");
    assert!(found.contains("Rhiannon Resident (demo)"), "{found}");
    let page = format!("/admin/accounts/{}", rhiannon.id);
    assert!(visible_text(&admin.get(&page).await.body).contains("Active"));

    // Without a reason (JavaScript off): told by the field, nothing changed.
    assert_eq!(send(&admin, rhiannon.id, ("  ", "yes")).await.status, 302);
    let told = visible_text(&admin.get(&page).await.body);
    assert!(told.contains("Say why the account is disabled"), "{told}");
    assert_eq!(resident.post("/api/get_account", &[]).await.status, 200);

    let reason = "Reported stolen by its owner by phone, 6 December";
    assert_eq!(send(&admin, rhiannon.id, (reason, "yes")).await.status, 302);
    let shown = visible_text(&admin.get(&page).await.body);
    assert!(shown.contains(&format!(": {reason}")), "{shown}");

    // Signed out at once, everywhere; the right password does not sign it in, and says why.
    assert_eq!(resident.post("/api/get_account", &[]).await.status, 401);
    let again = Visitor::new(&app).await;
    let refused = again
        .post(
            "/api/sign_in",
            &[("email", RESIDENT), ("password", &demo_password(RESIDENT))],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("disabled"), "{}", refused.body);
    // A wrong password is told only that: the state is no one else's business.
    let guessed = again
        .post(
            "/api/sign_in",
            &[("email", RESIDENT), ("password", "not the password at all")],
        )
        .await;
    assert_eq!(guessed.status, 422);
    assert!(!guessed.body.contains("disabled"), "{}", guessed.body);
    assert_eq!(
        ballot::Entity::find().count(&app.db).await.unwrap(),
        ballots,
        "its ballot stays counted"
    );

    // Twice is refused, and an administrator cannot lock themselves out.
    assert_eq!(send(&admin, rhiannon.id, (reason, "yes")).await.status, 302);
    assert!(visible_text(&admin.get(&page).await.body).contains("disabled already"));
    let own = account(&app, ADMIN).await;
    let refused_own = admin
        .post(
            "/api/set_account_disabled",
            &[
                ("account", &own.id.to_string()),
                ("disable", "yes"),
                ("reason", "testing"),
            ],
        )
        .await;
    assert_eq!(refused_own.status, 409);

    // Enabled again with a reason: it signs in as before.
    assert_eq!(
        send(
            &admin,
            rhiannon.id,
            ("The owner proved who they are at the hub", "no")
        )
        .await
        .status,
        302
    );
    let back = Visitor::signed_in(&app, RESIDENT).await;
    assert_eq!(back.post("/api/get_account", &[]).await.status, 200);

    let logged: Vec<(String, String)> = audit_entry::Entity::find()
        .filter(audit_entry::Column::Subject.eq(format!("user:{}", rhiannon.id)))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action.starts_with("account."))
        .map(|e| (e.action, e.detail))
        .collect();
    assert_eq!(
        logged,
        vec![
            ("account.disabled".to_owned(), reason.to_owned()),
            (
                "account.enabled".to_owned(),
                "The owner proved who they are at the hub".to_owned()
            ),
        ]
    );

    // The administrators read both steps in the log, filtered by who and what.
    let log = admin
        .get("/admin/audit?who=ADMIN%40demo.invalid&what=account")
        .await;
    assert_eq!(log.status, 200);
    let text = visible_text(&log.body);
    assert!(text.contains("2 entries found"), "{text}");
    assert!(text.contains(reason), "{text}");
    assert!(text.contains("account.enabled"), "{text}");
    // Days are on the UK clock, as the administrator reads them.
    let today = app::domain::timetable::on_london_clock(chrono::Utc::now())
        .format("%Y-%m-%d")
        .to_string();
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(2))
        .format("%Y-%m-%d")
        .to_string();
    let later = visible_text(
        &admin
            .get(&format!("/admin/audit?what=account&since={tomorrow}"))
            .await
            .body,
    );
    assert!(later.contains("0 entries found"), "{later}");
    let until_today = visible_text(
        &admin
            .get(&format!("/admin/audit?what=account.disabled&until={today}"))
            .await
            .body,
    );
    assert!(until_today.contains("1 entries found"), "{until_today}");
    let unreadable = visible_text(&admin.get("/admin/audit?since=yesterday").await.body);
    assert!(
        unreadable.contains("Enter the day as year-month-day"),
        "{unreadable}"
    );
    // Not for anyone else, the account's owner included.
    assert_eq!(back.get("/admin/audit").await.status, 403);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invitation_sent_from_an_account_later_disabled_grants_nothing() {
    use app::backend::entities::{group_member, invitation};
    let app = spawn_app().await;
    // The Sea Cadets' administrator's account is taken over; the thief invites himself.
    let taken = Visitor::signed_in(&app, "group.ilfracombe@demo.invalid").await;
    let sent = taken
        .post(
            "/api/invite_member",
            &[
                ("group", "ilfracombe-sea-cadets"),
                ("email", "thief@example.org"),
            ],
        )
        .await;
    assert!(sent.status < 400, "{}", sent.body);
    let link = app.link_to("thief@example.org", "/invitations/").await;
    let token = link.rsplit('/').next().unwrap().to_owned();

    let owner = account(&app, "group.ilfracombe@demo.invalid").await;
    let admin = Visitor::signed_in(&app, ADMIN).await;
    assert_eq!(
        send(
            &admin,
            owner.id,
            ("Taken over; reported by the group", "yes")
        )
        .await
        .status,
        302
    );
    let waiting = invitation::Entity::find()
        .filter(invitation::Column::InvitedBy.eq(owner.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::WithdrawnAt.is_null())
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(waiting, 0, "what it sent is withdrawn");

    let thief = Visitor::signed_up(
        &app,
        "Thief",
        "thief@example.org",
        "a thief joins the cadets",
    )
    .await;
    let accepted = thief
        .post("/api/accept_invitation", &[("token", &token)])
        .await;
    assert!(accepted.status >= 400, "{}", accepted.body);
    let thief_id = account(&app, "thief@example.org").await.id;
    let joined = group_member::Entity::find()
        .filter(group_member::Column::UserId.eq(thief_id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(joined, 0, "the thief is not a member");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_admin_on_the_server_enables_a_disabled_administrator_again() {
    use crate::council_setup::commonpot;
    let app = spawn_app().await;
    // A second administrator, then disabled by the first (or by a thief holding it).
    let (said, _) = commonpot(&app, &["create-admin", RESIDENT]);
    assert!(said.contains("is now an administrator"), "{said}");
    let second = account(&app, RESIDENT).await;
    let admin = Visitor::signed_in(&app, ADMIN).await;
    assert_eq!(
        send(&admin, second.id, ("Locked while we check", "yes"))
            .await
            .status,
        302
    );
    let refused = Visitor::new(&app)
        .await
        .post(
            "/api/sign_in",
            &[("email", RESIDENT), ("password", &demo_password(RESIDENT))],
        )
        .await;
    assert_eq!(refused.status, 422);

    // Whoever runs the server's command is trusted to let them back in.
    let (said, _) = commonpot(&app, &["create-admin", RESIDENT]);
    assert!(said.contains("is an administrator again"), "{said}");
    let back = Visitor::signed_in(&app, RESIDENT).await;
    assert_eq!(back.get("/admin/accounts").await.status, 200);
}
