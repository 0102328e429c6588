//! Each step is one transaction: when its last write fails (the audit log refuses the
//! entry, as a full disk or a broken connection would), nothing of the step is stored —
//! no verdict without its audit entry, no letter about a verdict that did not happen —
//! and the same step goes through once the fault is gone.

use crate::helpers::{spawn_app, TestApp};
use crate::proposals::{advance, newest, reload, review, send, BENCHES, OFFICER, RESIDENT};
use crate::visitors::{Answer, Visitor};
use app::backend::entities::{audit_entry, outgoing_email, proposal, proposal_review};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// From now on the audit log refuses entries for `action`, the way a failing disk
/// refuses the last write of a step.
pub(crate) async fn audit_refuses(app: &TestApp, action: &str) {
    let statements = if app.database_url.starts_with("postgres") {
        vec![
            format!(
                "CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN \
                 IF NEW.action = '{action}' THEN RAISE EXCEPTION 'disk full'; END IF; \
                 RETURN NEW; END $$ LANGUAGE plpgsql"
            ),
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log \
             FOR EACH ROW EXECUTE FUNCTION refuse_audit()"
                .to_owned(),
        ]
    } else {
        vec![format!(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log \
             WHEN NEW.action = '{action}' BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )]
    };
    for s in statements {
        app.db.execute_unprepared(&s).await.unwrap();
    }
}

/// The fault is mended.
pub(crate) async fn audit_mended(app: &TestApp) {
    let statements: &[&str] = if app.database_url.starts_with("postgres") {
        &[
            "DROP TRIGGER refuse_audit ON audit_log",
            "DROP FUNCTION refuse_audit()",
        ]
    } else {
        &["DROP TRIGGER refuse_audit"]
    };
    for s in statements {
        app.db.execute_unprepared(s).await.unwrap();
    }
}

/// Everything a proposal step can leave behind, to compare before and after.
#[derive(Debug, PartialEq)]
struct Trace {
    proposal: Option<(String, i32, i64, Option<String>)>,
    history: u64,
    letters: u64,
    audit: u64,
    proposals: u64,
}

async fn trace(app: &TestApp, id: i32) -> Trace {
    let p = proposal::Entity::find_by_id(id).one(&app.db).await.unwrap();
    Trace {
        proposal: p.map(|p| {
            (
                p.status.as_str().to_owned(),
                p.version,
                p.cost_pence,
                p.status_reason,
            )
        }),
        history: proposal_review::Entity::find()
            .filter(proposal_review::Column::ProposalId.eq(id))
            .count(&app.db)
            .await
            .unwrap(),
        letters: outgoing_email::Entity::find().count(&app.db).await.unwrap(),
        audit: audit_entry::Entity::find().count(&app.db).await.unwrap(),
        proposals: proposal::Entity::find().count(&app.db).await.unwrap(),
    }
}

/// The step failed with a server error and stored nothing; then, mended, it goes through.
async fn undone_whole_then_done<F, Fut>(app: &TestApp, id: i32, action: &str, step: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Answer>,
{
    let before = trace(app, id).await;
    audit_refuses(app, action).await;
    let failed = step().await;
    assert_eq!(failed.status, 500, "{action}: {}", failed.body);
    assert_eq!(
        trace(app, id).await,
        before,
        "{action} left something behind"
    );
    audit_mended(app).await;
    let done = step().await;
    assert!(done.status < 400, "{action}: {} {}", done.status, done.body);
    assert_ne!(trace(app, id).await, before, "{action} did nothing");
    let entries = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(entries, 1, "{action}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_verdict_whose_audit_entry_fails_is_not_stored_and_its_letter_does_not_go() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    assert!(send(&resident, BENCHES).await.status < 400);
    let id = newest(&app).await.id;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    assert!(advance(&officer, "proposals_open").await.status < 400);
    let feedback = "Please add a quote from the joiner.";
    undone_whole_then_done(&app, id, "proposal.reviewed", || {
        review(&officer, id, "needs_changes", feedback)
    })
    .await;
    let p = reload(&app, id).await;
    assert_eq!(
        (p.status.as_str(), p.status_reason.as_deref()),
        ("needs_changes", Some(feedback))
    );
    let letters = outgoing_email::Entity::find()
        .filter(outgoing_email::Column::Purpose.eq("review"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(letters, 1, "one letter, for the verdict that was stored");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sending_changing_and_withdrawing_a_proposal_are_each_all_or_nothing() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let before = trace(&app, 0).await.proposals;
    audit_refuses(&app, "proposal.sent").await;
    assert_eq!(send(&resident, BENCHES).await.status, 500);
    assert_eq!(
        trace(&app, 0).await.proposals,
        before,
        "no proposal without its record"
    );
    audit_mended(&app).await;
    assert!(send(&resident, BENCHES).await.status < 400);
    let id = newest(&app).await.id;

    let mut changed = vec![("id".to_owned(), id.to_string())];
    changed.extend(
        BENCHES
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    changed.iter_mut().find(|(k, _)| k == "cost").unwrap().1 = "£4,000".to_owned();
    let form: Vec<(&str, &str)> = changed
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    undone_whole_then_done(&app, id, "proposal.edited", || {
        resident.post("/api/edit_proposal", &form)
    })
    .await;
    assert_eq!(reload(&app, id).await.version, 2);

    let id_text = id.to_string();
    let withdraw = [("id", id_text.as_str())];
    undone_whole_then_done(&app, id, "proposal.withdrawn", || {
        resident.post("/api/withdraw_proposal", &withdraw)
    })
    .await;
    assert_eq!(reload(&app, id).await.status, "withdrawn");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officers_new_cost_and_a_hidden_proposal_are_each_all_or_nothing() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    assert!(send(&resident, BENCHES).await.status < 400);
    let id = newest(&app).await.id;
    let id_text = id.to_string();
    let officer = Visitor::signed_in(&app, OFFICER).await;
    assert!(advance(&officer, "proposals_open").await.status < 400);
    let new_cost = [
        ("id", id_text.as_str()),
        ("cost", "£5,250"),
        ("cost_note", "The joiner's quote came in higher."),
    ];
    undone_whole_then_done(&app, id, "proposal.cost-adjusted", || {
        officer.post("/api/adjust_proposal_cost", &new_cost)
    })
    .await;
    assert_eq!(reload(&app, id).await.cost_pence, 525_000);
    let hide = [
        ("id", id_text.as_str()),
        ("reason", "It names a neighbour."),
    ];
    undone_whole_then_done(&app, id, "proposal.hidden", || {
        officer.post("/api/hide_proposal", &hide)
    })
    .await;
    assert_eq!(reload(&app, id).await.status, "hidden");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_changing_a_password_and_proving_residence_are_each_all_or_nothing() {
    use crate::visitors::demo_password;
    use app::backend::entities::{resident, session, user, voting_code};
    let app = spawn_app().await;
    let sessions = || async { session::Entity::find().count(&app.db).await.unwrap() };

    // No session is started without its audit entry.
    let before = sessions().await;
    audit_refuses(&app, "sign-in").await;
    let phone = Visitor::new(&app).await;
    let password = demo_password(RESIDENT);
    let form = [("email", RESIDENT), ("password", password.as_str())];
    let refused = phone.post("/api/sign_in", &form).await;
    assert_eq!(refused.status, 500, "{}", refused.body);
    assert_eq!(sessions().await, before);
    assert_eq!(phone.get("/account").await.status, 401);
    audit_mended(&app).await;

    // A password is not changed, nor other devices signed out, without the record.
    let phone = Visitor::signed_in(&app, RESIDENT).await;
    let laptop = Visitor::signed_in(&app, RESIDENT).await;
    let hash = || async {
        user::Entity::find()
            .filter(user::Column::Email.eq(RESIDENT))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .password_hash
    };
    let old_hash = hash().await;
    let change = [
        ("current_password", password.as_str()),
        ("new_password", "brand new river walk"),
    ];
    audit_refuses(&app, "password.changed").await;
    let refused = phone.post("/api/change_password", &change).await;
    assert_eq!(refused.status, 500, "{}", refused.body);
    assert_eq!(hash().await, old_hash);
    assert_eq!(laptop.get("/account").await.status, 200);
    audit_mended(&app).await;
    assert_eq!(
        phone.post("/api/change_password", &change).await.status,
        200
    );
    assert_ne!(hash().await, old_hash);
    assert_eq!(laptop.get("/account").await.status, 401);

    // A letter's code is not spent, nor the person made a resident, without the record.
    let newcomer = Visitor::signed_up(
        &app,
        "New Neighbour",
        "new@example.org",
        "a house on the hill",
    )
    .await;
    let letter = crate::voting::code(32);
    let prove = [
        ("neighbourhood", "ilfracombe"),
        ("postcode", "EX34 9ZZ"),
        ("code", letter.as_str()),
    ];
    let residents = || async { resident::Entity::find().count(&app.db).await.unwrap() };
    let spent = || async {
        voting_code::Entity::find()
            .filter(voting_code::Column::RedeemedAt.is_not_null())
            .count(&app.db)
            .await
            .unwrap()
    };
    let before = (residents().await, spent().await);
    audit_refuses(&app, "code.redeemed").await;
    let refused = newcomer.post("/api/verify_residence", &prove).await;
    assert_eq!(refused.status, 500, "{}", refused.body);
    assert_eq!((residents().await, spent().await), before);
    audit_mended(&app).await;
    let proved = newcomer.post("/api/verify_residence", &prove).await;
    assert!(proved.status < 400, "{} {}", proved.status, proved.body);
    assert_eq!(
        (residents().await, spent().await),
        (before.0 + 1, before.1 + 1)
    );
}

/// How many audit entries record `action`.
async fn recorded(app: &TestApp, action: &str) -> u64 {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelling_a_code_verifying_in_person_removing_a_role_and_a_reminder_are_each_all_or_nothing(
) {
    use app::backend::entities::{resident, role_grant, voting_code};
    let app = spawn_app().await;

    // A letter's code is not cancelled without the record.
    let code = server::seed::demo_people::demo_codes("castle-vale")[8].printed();
    let castle_vale = Visitor::signed_in(&app, "officer.castle-vale@demo.invalid").await;
    let void = [("neighbourhood", "castle-vale"), ("code", code.as_str())];
    let voided = || async {
        voting_code::Entity::find()
            .filter(voting_code::Column::VoidedAt.is_not_null())
            .count(&app.db)
            .await
            .unwrap()
    };
    audit_refuses(&app, "code.voided").await;
    let refused = castle_vale.post("/api/void_code", &void).await;
    assert_eq!(refused.status, 500, "{}", refused.body);
    assert_eq!(voided().await, 0);
    audit_mended(&app).await;
    assert_eq!(castle_vale.post("/api/void_code", &void).await.status, 200);
    assert_eq!(
        (voided().await, recorded(&app, "code.voided").await),
        (1, 1)
    );

    // Nobody is made a resident in person without the record.
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let in_person = [
        ("neighbourhood", "ilfracombe"),
        ("email", "newcomer@demo.invalid"),
        ("postcode", "EX34 8AA"),
    ];
    let met = || async {
        resident::Entity::find()
            .filter(resident::Column::Method.eq("in_person"))
            .count(&app.db)
            .await
            .unwrap()
    };
    let before = met().await;
    audit_refuses(&app, "resident.verified-in-person").await;
    let refused = officer.post("/api/verify_in_person", &in_person).await;
    assert_eq!(refused.status, 500, "{}", refused.body);
    assert_eq!(met().await, before);
    audit_mended(&app).await;
    let done = officer.post("/api/verify_in_person", &in_person).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(met().await, before + 1);

    // A reminder is not queued without the record, so it can still be sent once.
    let round = [("neighbourhood", "ilfracombe"), ("round", "2026-27")];
    let letters = || async { outgoing_email::Entity::find().count(&app.db).await.unwrap() };
    let queued = letters().await;
    audit_refuses(&app, "round.reminder").await;
    let refused = officer.post("/api/send_reminder", &round).await;
    assert_eq!(refused.status, 500, "{}", refused.body);
    assert_eq!(
        letters().await,
        queued,
        "no reminder letter without its record"
    );
    audit_mended(&app).await;
    let sent = officer.post("/api/send_reminder", &round).await;
    assert!(sent.status < 400, "{} {}", sent.status, sent.body);
    assert_eq!(recorded(&app, "round.reminder").await, 1);

    // Nobody loses a role without the record.
    let grant = role_grant::Entity::find()
        .filter(role_grant::Column::Role.eq("officer"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let admin = Visitor::signed_in(&app, "admin@demo.invalid").await;
    let revoke = [("grant", grant.id.to_string())];
    let revoke: Vec<(&str, &str)> = revoke.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let still_held = || async {
        role_grant::Entity::find_by_id(grant.id)
            .one(&app.db)
            .await
            .unwrap()
            .is_some()
    };
    audit_refuses(&app, "role.revoked").await;
    let refused = admin.post("/api/revoke_role", &revoke).await;
    assert_eq!(refused.status, 500, "{}", refused.body);
    assert!(still_held().await);
    audit_mended(&app).await;
    let done = admin.post("/api/revoke_role", &revoke).await;
    assert!(done.status < 400, "{} {}", done.status, done.body);
    assert!(!still_held().await);
    assert_eq!(recorded(&app, "role.revoked").await, 1);
}
