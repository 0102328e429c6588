//! Community groups on their own: a resident registers one, the officers of the
//! neighbourhood recognise it, its administrator brings in members by invitation, and it
//! sends proposals in its name only where it is recognised.

use crate::helpers::{spawn_app, visible_text, TestApp};
use crate::proposals::BENCHES;
use crate::visitors::{Answer, Visitor};
use app::backend::entities::{community_group, group_member, proposal};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const OFFICER: &str = "officer.ilfracombe@demo.invalid";
const OTHER_OFFICER: &str = "officer.castle-vale@demo.invalid";
const FORUM: &str = "ilfracombe-youth-forum";

fn ok(answer: &Answer) {
    assert!(answer.status < 400, "{} {}", answer.status, answer.body);
}

async fn register(visitor: &Visitor, name: &str) -> Answer {
    visitor
        .post(
            "/api/register_group",
            &[
                ("name", name),
                ("summary", "Young people's voice in the town."),
                (
                    "description",
                    "We meet on Tuesdays at the Lantern.\n\nEveryone aged 11 to 18 is welcome.",
                ),
                ("contact_email", "forum@example.org"),
                ("charity_number", ""),
                ("website", "https://youth.example.org"),
                ("places[ilfracombe]", "yes"),
            ],
        )
        .await
}

async fn youth_worker(app: &TestApp) -> Visitor {
    Visitor::signed_up(
        app,
        "Morwenna Youth Worker",
        "morwenna@example.org",
        "youth forum tuesdays",
    )
    .await
}

async fn group_id(app: &TestApp, slug: &str) -> i32 {
    community_group::Entity::find()
        .filter(community_group::Column::Slug.eq(slug))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the group is stored")
        .id
}

/// A proposal in the group's name, to the demo round open for proposals.
async fn send_as_group(visitor: &Visitor, group_id: i32) -> Answer {
    let sender = group_id.to_string();
    let mut form = vec![
        ("neighbourhood", "ilfracombe"),
        ("round", "2027-28"),
        ("sender", sender.as_str()),
    ];
    form.extend_from_slice(BENCHES);
    visitor.post("/api/submit_proposal", &form).await
}

async fn group_proposals(app: &TestApp, group_id: i32) -> u64 {
    proposal::Entity::find()
        .filter(proposal::Column::CommunityGroupId.eq(group_id))
        .count(&app.db)
        .await
        .unwrap()
}

async fn decide(officer: &Visitor, place: &str, decision: &str, reason: &str) -> Answer {
    officer
        .post(
            "/api/decide_group",
            &[
                ("neighbourhood", place),
                ("group", FORUM),
                ("decision", decision),
                ("reason", reason),
            ],
        )
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_sends_proposals_in_its_name_only_once_the_officers_there_recognise_it() {
    let app = spawn_app().await;
    let morwenna = youth_worker(&app).await;
    ok(&register(&morwenna, "Ilfracombe  Youth Forum").await);
    let id = group_id(&app, FORUM).await;
    let page = visible_text(&morwenna.get(&format!("/groups/{FORUM}")).await.body);
    assert!(page.contains("Ilfracombe Youth Forum"), "{page}");
    assert!(
        page.contains("Waiting for the officers of Ilfracombe"),
        "{page}"
    );
    assert!(page.contains("Morwenna Youth Worker"), "{page}");

    // The contact address shows once someone there follows the link sent to it.
    assert!(!page.contains("forum@example.org"), "{page}");
    let link = app.link_to("forum@example.org", "/groups/confirm/").await;
    let inbox = Visitor::new(&app).await;
    let asked = visible_text(&inbox.get(&link).await.body);
    assert!(
        asked.contains("Ilfracombe Youth Forum gave forum@example.org"),
        "{asked}"
    );
    let token = link.rsplit('/').next().unwrap();
    ok(&inbox
        .post("/api/confirm_group_contact", &[("token", token)])
        .await);
    let page = visible_text(&inbox.get(&format!("/groups/{FORUM}")).await.body);
    assert!(page.contains("forum@example.org"), "{page}");
    // The link works once.
    let again = inbox
        .post("/api/confirm_group_contact", &[("token", token)])
        .await;
    assert_eq!(again.status, 404, "{}", again.body);

    // Not yet recognised: the proposal is refused and nothing is stored.
    let early = send_as_group(&morwenna, id).await;
    assert_eq!(early.status, 403, "{}", early.body);
    assert_eq!(group_proposals(&app, id).await, 0);

    // Castle Vale's officer cannot decide for Ilfracombe, nor in Castle Vale, where the
    // group does not work.
    let other = Visitor::signed_in(&app, OTHER_OFFICER).await;
    assert_eq!(
        decide(&other, "ilfracombe", "recognised", "").await.status,
        403
    );
    assert_eq!(
        decide(&other, "castle-vale", "recognised", "").await.status,
        404
    );
    // Declining needs a reason the group can read.
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let queue = visible_text(&officer.get("/neighbourhoods/ilfracombe/groups").await.body);
    assert!(queue.contains("Ilfracombe Youth Forum"), "{queue}");
    let bare = decide(&officer, "ilfracombe", "declined", " ").await;
    assert_eq!(bare.status, 422, "{}", bare.body);

    ok(&decide(&officer, "ilfracombe", "recognised", "").await);
    let letter = app.link_to("morwenna@example.org", "/groups/").await;
    assert!(letter.ends_with(FORUM), "{letter}");
    // Deciding again from where it stood before is refused, not repeated.
    assert_eq!(
        decide(&officer, "ilfracombe", "recognised", "")
            .await
            .status,
        409
    );

    let mut morwenna = morwenna;
    morwenna.refresh_csrf().await;
    ok(&send_as_group(&morwenna, id).await);
    assert_eq!(group_proposals(&app, id).await, 1);
    let page = visible_text(&morwenna.get(&format!("/groups/{FORUM}")).await.body);
    assert!(
        page.contains("Recognised by the officers of Ilfracombe"),
        "{page}"
    );
    assert!(page.contains("Benches on the Capstone path"), "{page}");
    // The neighbourhood's page lists it for everyone.
    let place = visible_text(
        &Visitor::new(&app)
            .await
            .get("/neighbourhoods/ilfracombe")
            .await
            .body,
    );
    assert!(place.contains("Ilfracombe Youth Forum"), "{place}");
    // The neighbourhood's officers' page lists it as recognised.
    let queue = visible_text(&officer.get("/neighbourhoods/ilfracombe/groups").await.body);
    assert!(
        queue.contains("Recognised by the officers of Ilfracombe"),
        "{queue}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_join_by_invitation_and_the_last_administrator_cannot_leave() {
    let app = spawn_app().await;
    let mut morwenna = youth_worker(&app).await;
    ok(&register(&morwenna, "Ilfracombe Youth Forum").await);
    let id = group_id(&app, FORUM).await;
    // Until officers recognise it, a group cannot have us write to strangers.
    let early = morwenna
        .post(
            "/api/invite_member",
            &[("group", FORUM), ("email", "kai@example.org")],
        )
        .await;
    assert_eq!(early.status, 409, "{}", early.body);
    let officer = Visitor::signed_in(&app, OFFICER).await;
    ok(&decide(&officer, "ilfracombe", "recognised", "").await);
    morwenna.refresh_csrf().await;

    // The only administrator can neither leave nor remove herself.
    let leave = morwenna.post("/api/leave_group", &[("group", FORUM)]).await;
    assert_eq!(leave.status, 409, "{}", leave.body);
    assert!(leave.body.contains("at least one administrator"));

    // She invites a member, who signs up and accepts from the emailed link.
    ok(&morwenna
        .post(
            "/api/invite_member",
            &[("group", FORUM), ("email", "kai@example.org")],
        )
        .await);
    let mut kai = Visitor::signed_up(&app, "Kai", "kai@example.org", "kai joins the forum").await;
    let link = app.link_to("kai@example.org", "/invitations/").await;
    let invitation = visible_text(&kai.get(&link).await.body);
    assert!(
        invitation.contains("a member of Ilfracombe Youth Forum"),
        "{invitation}"
    );
    let token = link.rsplit('/').next().unwrap();
    ok(&kai
        .post("/api/accept_invitation", &[("token", token)])
        .await);
    kai.refresh_csrf().await;
    let members = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(members, 2);

    // A member sends in the group's name; a member is not an administrator.
    ok(&send_as_group(&kai, id).await);
    let refused = kai
        .post(
            "/api/invite_member",
            &[("group", FORUM), ("email", "someone@example.org")],
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    // The public page names administrators only.
    let public = visible_text(
        &Visitor::new(&app)
            .await
            .get(&format!("/groups/{FORUM}"))
            .await
            .body,
    );
    assert!(public.contains("Morwenna Youth Worker"));
    assert!(!public.contains("Kai"), "{public}");

    // Someone outside the group cannot change its proposal.
    let proposal = proposal::Entity::find()
        .filter(proposal::Column::CommunityGroupId.eq(id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let outsider = Visitor::signed_in(&app, "resident.ilfracombe@demo.invalid").await;
    let pid = proposal.id.to_string();
    let mut edit = vec![("id", pid.as_str())];
    edit.extend_from_slice(BENCHES);
    let changed = outsider.post("/api/edit_proposal", &edit).await;
    assert_eq!(changed.status, 403, "{}", changed.body);

    // With Kai made an administrator, Morwenna may leave; then Kai is the last one.
    let kai_id = app::backend::access::users::find_by_email(&app.db, "kai@example.org")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    ok(&morwenna
        .post(
            "/api/set_member_admin",
            &[("group", FORUM), ("member", &kai_id), ("admin", "yes")],
        )
        .await);
    ok(&morwenna.post("/api/leave_group", &[("group", FORUM)]).await);
    kai.refresh_csrf().await;
    let last = kai
        .post(
            "/api/set_member_admin",
            &[("group", FORUM), ("member", &kai_id), ("admin", "no")],
        )
        .await;
    assert_eq!(last.status, 409, "{}", last.body);
    // The proposal stays the group's.
    assert_eq!(group_proposals(&app, id).await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_people_registering_one_name_at_once_end_with_one_group() {
    let app = spawn_app().await;
    let first = youth_worker(&app).await;
    let second = Visitor::signed_up(&app, "Tom", "tom@example.org", "tom also runs a forum").await;
    let (a, b) = tokio::join!(
        register(&first, "Ilfracombe Youth Forum"),
        register(&second, "ilfracombe youth  FORUM")
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [200, 422], "{} / {}", a.body, b.body);
    let refused = if a.status == 422 { &a } else { &b };
    assert!(
        refused.body.contains("already works in Ilfracombe"),
        "{}",
        refused.body
    );
    let forums = community_group::Entity::find()
        .filter(community_group::Column::Slug.starts_with("ilfracombe-youth-forum"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(forums, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn withdrawn_recognition_keeps_the_proposals_sent_and_marks_them() {
    let app = spawn_app().await;
    let mut morwenna = youth_worker(&app).await;
    ok(&register(&morwenna, "Ilfracombe Youth Forum").await);
    let id = group_id(&app, FORUM).await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    ok(&decide(&officer, "ilfracombe", "recognised", "").await);
    morwenna.refresh_csrf().await;
    ok(&send_as_group(&morwenna, id).await);

    let reason = "The group has not met since March and its contact address bounces.";
    ok(&decide(&officer, "ilfracombe", "withdrawn", reason).await);
    morwenna.refresh_csrf().await;
    let again = send_as_group(&morwenna, id).await;
    assert_eq!(again.status, 403, "{}", again.body);
    assert_eq!(group_proposals(&app, id).await, 1);
    // Nor can its members write a new version in the group's name.
    let sent_id = proposal::Entity::find()
        .filter(proposal::Column::CommunityGroupId.eq(id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let mut edit = vec![("id", sent_id.as_str())];
    edit.extend_from_slice(BENCHES);
    let changed = morwenna.post("/api/edit_proposal", &edit).await;
    assert_eq!(changed.status, 403, "{}", changed.body);

    let anyone = Visitor::new(&app).await;
    let page = visible_text(&anyone.get(&format!("/groups/{FORUM}")).await.body);
    assert!(
        page.contains("Recognition withdrawn by the officers of Ilfracombe"),
        "{page}"
    );
    assert!(page.contains(reason), "{page}");
    // The open data says the same, with the reason, in JSON and CSV.
    let json = anyone.get("/api/v1/neighbourhoods/ilfracombe/groups").await;
    assert_eq!(json.status, 200);
    let listed: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let forum = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["slug"] == FORUM)
        .expect("the forum is listed");
    assert_eq!(forum["standing"], "withdrawn");
    assert_eq!(forum["withdrawal_reason"], reason);
    let csv = anyone
        .get("/api/v1/neighbourhoods/ilfracombe/groups.csv")
        .await;
    assert!(
        csv.body
            .contains(&format!("{FORUM},Ilfracombe Youth Forum")),
        "{}",
        csv.body
    );
    // Off the neighbourhood's page once no longer recognised.
    let place = visible_text(&anyone.get("/neighbourhoods/ilfracombe").await.body);
    assert!(!place.contains("Ilfracombe Youth Forum"), "{place}");
    let sent = proposal::Entity::find()
        .filter(proposal::Column::CommunityGroupId.eq(id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let html = anyone.get(&format!("/proposals/{}", sent.id)).await.body;
    assert!(html.contains("group-not-recognised"), "{html}");
    assert!(html.contains(&format!("/groups/{FORUM}")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_registration_is_checked_field_by_field_and_needs_a_confirmed_address() {
    let app = spawn_app().await;
    let unconfirmed =
        Visitor::signed_up_unconfirmed(&app, "Sam", "sam@example.org", "sam has no link yet").await;
    let early = register(&unconfirmed, "Sam's Club").await;
    assert_eq!(early.status, 409, "{}", early.body);
    let morwenna = youth_worker(&app).await;
    let bad = morwenna
        .post(
            "/api/register_group",
            &[
                ("name", "  "),
                ("contact_email", "not an address"),
                ("website", "javascript:alert(1)"),
                ("places[no-such-place]", "yes"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    for said in [
        "Enter the group's name",
        "Enter an email address",
        "starting https://",
    ] {
        assert!(bad.body.contains(said), "{said}: {}", bad.body);
    }
    let groups = community_group::Entity::find()
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(
        groups, 2,
        "only the demo's Sea Cadets and Castle Vale's tenants"
    );
}

/// An officer who belongs to a group cannot recognise it; a declined registration gives
/// its name back, so nobody keeps a real group's name by registering it first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_cannot_recognise_their_own_group_and_a_declined_name_is_free_again() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    ok(&register(&officer, "Ilfracombe Youth Forum").await);
    let mut officer = officer;
    officer.refresh_csrf().await;
    let own = decide(&officer, "ilfracombe", "recognised", "").await;
    assert_eq!(own.status, 409, "{}", own.body);
    assert!(own.body.contains("another officer decides"), "{}", own.body);

    let admin = Visitor::signed_in(&app, "admin@demo.invalid").await;
    ok(&decide(
        &admin,
        "ilfracombe",
        "declined",
        "Not a group: a name taken for someone else.",
    )
    .await);
    let morwenna = youth_worker(&app).await;
    let real = register(&morwenna, "Ilfracombe Youth Forum.").await;
    assert!(real.status < 400, "{}", real.body);
}

/// Erasing the account of a group's only administrator hands the group to its
/// longest-standing member, and their address stops being its public contact.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn erasing_a_groups_only_administrator_hands_the_group_on() {
    let app = spawn_app().await;
    let mut morwenna = youth_worker(&app).await;
    let registered = morwenna
        .post(
            "/api/register_group",
            &[
                ("name", "Ilfracombe Youth Forum"),
                ("summary", "Young people's voice in the town."),
                ("description", "We meet on Tuesdays."),
                ("contact_email", "morwenna@example.org"),
                ("places[ilfracombe]", "yes"),
            ],
        )
        .await;
    ok(&registered);
    let id = group_id(&app, FORUM).await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    ok(&decide(&officer, "ilfracombe", "recognised", "").await);
    morwenna.refresh_csrf().await;
    ok(&morwenna
        .post(
            "/api/invite_member",
            &[("group", FORUM), ("email", "kai@example.org")],
        )
        .await);
    let kai = Visitor::signed_up(&app, "Kai", "kai@example.org", "kai joins the forum").await;
    let link = app.link_to("kai@example.org", "/invitations/").await;
    let token = link.rsplit('/').next().unwrap();
    ok(&kai
        .post("/api/accept_invitation", &[("token", token)])
        .await);

    ok(&morwenna
        .post(
            "/api/delete_account",
            &[("delete_password", "youth forum tuesdays")],
        )
        .await);
    let admins: Vec<group_member::Model> = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(admins.len(), 1);
    assert!(admins[0].is_admin, "Kai runs the group now");
    let group = community_group::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(group.contact_email, "");
}
