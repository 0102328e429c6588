//! Proposals: residents and groups send them, proposers change or withdraw them,
//! officers review, re-cost and moderate them, and the round moves on. Each state
//! change, each refusal and each validation message, through the real HTTP path.

use crate::helpers::{spawn_app, visible_text, TestApp};
use crate::visitors::{Answer, Visitor};
use app::backend::entities::{proposal, proposal_review, proposal_version};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

const ROUND: &str = "/neighbourhoods/ilfracombe/rounds/2027-28";
pub(crate) const RESIDENT: &str = "resident.ilfracombe@demo.invalid";
pub(crate) const OFFICER: &str = "officer.ilfracombe@demo.invalid";

/// Form fields, as name and value.
type Fields<'a> = &'a [(&'a str, &'a str)];

pub(crate) const BENCHES: Fields = &[
    ("title", "Benches on the Capstone path"),
    (
        "summary",
        "Six benches so older people can rest on the climb.",
    ),
    (
        "body",
        "Six oak benches.\n\nOne every hundred metres, facing the sea.",
    ),
    ("cost", "£4,800"),
    ("area", "older-people-and-care"),
    ("agency", ""),
    ("location", "Capstone Hill"),
];

fn with<'a>(
    base: &[(&'a str, &'a str)],
    changes: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    base.iter()
        .map(|(k, v)| {
            changes
                .iter()
                .find(|(ck, _)| ck == k)
                .map_or((*k, *v), |c| *c)
        })
        .collect()
}

async fn send_to(visitor: &Visitor, round: &str, sender: &str, fields: &[(&str, &str)]) -> Answer {
    let mut form = vec![
        ("neighbourhood", "ilfracombe"),
        ("round", round),
        ("sender", sender),
    ];
    form.extend_from_slice(fields);
    visitor.post("/api/submit_proposal", &form).await
}

pub(crate) async fn send(visitor: &Visitor, fields: &[(&str, &str)]) -> Answer {
    send_to(visitor, "2027-28", "self", fields).await
}

async fn count(app: &TestApp) -> u64 {
    proposal::Entity::find().count(&app.db).await.unwrap()
}

pub(crate) async fn newest(app: &TestApp) -> proposal::Model {
    proposal::Entity::find()
        .order_by_desc(proposal::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

pub(crate) async fn reload(app: &TestApp, id: i32) -> proposal::Model {
    proposal::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn events(app: &TestApp, id: i32) -> Vec<String> {
    proposal_review::Entity::find()
        .filter(proposal_review::Column::ProposalId.eq(id))
        .order_by_asc(proposal_review::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.outcome)
        .collect()
}

/// A resident's new proposal in Ilfracombe's open round.
async fn sent(app: &TestApp) -> (Visitor, i32) {
    let resident = Visitor::signed_in(app, RESIDENT).await;
    let answer = send(&resident, BENCHES).await;
    assert!(answer.status < 400, "{} {}", answer.status, answer.body);
    let id = newest(app).await.id;
    (resident, id)
}

pub(crate) async fn advance(officer: &Visitor, from: &str) -> Answer {
    officer
        .post(
            "/api/advance_round",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", "2027-28"),
                ("from", from),
                ("confirmed", "yes"),
            ],
        )
        .await
}

pub(crate) async fn review(officer: &Visitor, id: i32, verdict: &str, note: &str) -> Answer {
    officer
        .post(
            "/api/review_proposal",
            &[
                ("id", &id.to_string()),
                ("verdict", verdict),
                ("note", note),
            ],
        )
        .await
}

async fn edit(visitor: &Visitor, id: i32, changes: &[(&str, &str)]) -> Answer {
    let id = id.to_string();
    let mut form = vec![("id", id.as_str())];
    form.extend(with(BENCHES, changes));
    visitor.post("/api/edit_proposal", &form).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_sends_a_proposal_that_is_kept_as_version_one_and_shown_publicly() {
    let app = spawn_app().await;
    let (_, id) = sent(&app).await;
    let p = reload(&app, id).await;
    assert_eq!(p.status, "submitted");
    assert_eq!(p.version, 1);
    assert_eq!(p.cost_pence, 480_000);
    assert_eq!(p.proposer_name, "Rhiannon Resident (demo)");
    let versions = proposal_version::Entity::find()
        .filter(proposal_version::Column::ProposalId.eq(id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(versions, 1);
    assert_eq!(events(&app, id).await, ["sent"]);

    let (_, round) = app.get(ROUND).await;
    assert!(visible_text(&round).contains("Benches on the Capstone path"));
    let (status, page) = app.get(&format!("/proposals/{id}")).await;
    assert_eq!(status, 200);
    let text = visible_text(&page);
    assert!(text.contains("One every hundred metres, facing the sea."));
    assert!(text.contains("Waiting for review"));
    assert!(text.contains("Proposal sent"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_problem_with_the_form_gets_its_own_message_and_nothing_is_stored() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let before = count(&app).await;
    let long_summary = "a".repeat(301);
    let cases: &[(Fields, &str, &str)] = &[
        (
            &[("title", "  ")],
            "title",
            "Enter a title for your proposal",
        ),
        (
            &[("summary", "")],
            "summary",
            "Enter a one-line summary of your proposal",
        ),
        (
            &[("summary", long_summary.as_str())],
            "summary",
            "The summary must be 300 characters or fewer (it is 301)",
        ),
        (
            &[("body", "")],
            "body",
            "Describe your proposal: what it would do, for whom, and how",
        ),
        (&[("cost", "0")], "cost", "The cost must be more than £0"),
        (
            &[("cost", "£100,000.01")],
            "cost",
            "The cost must be no more than the whole pot, £100,000",
        ),
        (
            &[("cost", "lots")],
            "cost",
            "Enter an amount in pounds and pence, like £1,250.50",
        ),
        (
            &[("area", "")],
            "area",
            "Choose the priority area your proposal is for",
        ),
        (
            &[("agency", "999")],
            "agency",
            "Choose one of the agencies paying into this round, or none",
        ),
    ];
    for (changes, field, message) in cases {
        let answer = send(&resident, &with(BENCHES, changes)).await;
        assert_eq!(answer.status, 422, "{field}: {}", answer.body);
        assert!(answer.body.contains(message), "{field}: {}", answer.body);
    }
    assert_eq!(count(&app).await, before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_javascript_the_form_comes_back_with_a_linked_summary_and_the_typed_text() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let page = format!("{ROUND}/propose");
    let mut form = vec![
        ("neighbourhood", "ilfracombe"),
        ("round", "2027-28"),
        ("sender", "self"),
    ];
    form.extend(with(BENCHES, &[("title", ""), ("cost", "0")]));
    let answer = resident.submit(&page, "/api/submit_proposal", &form).await;
    assert_eq!(answer.status, 302);
    let html = resident.get(&page).await.body;
    assert!(html.contains("<title>Error: Send a proposal"), "{html}");
    assert!(html.contains(r##"href="#title""##));
    assert!(html.contains(r##"href="#cost""##));
    assert!(html.contains("Enter a title for your proposal"));
    assert!(html.contains("The cost must be more than £0"));
    // What they typed is still there, including the paragraphs of the description.
    assert!(html.contains(r#"value="Capstone Hill""#));
    assert!(html.contains("One every hundred metres, facing the sea."));
    assert!(html.contains(r#"aria-invalid="true""#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_people_of_the_neighbourhood_may_send_and_only_while_proposals_are_open() {
    let app = spawn_app().await;
    let before = count(&app).await;
    let anonymous = Visitor::new(&app).await;
    assert_eq!(send(&anonymous, BENCHES).await.status, 401);
    for who in [
        "newcomer@demo.invalid",
        "resident.castle-vale@demo.invalid",
        OFFICER,
        "councillor.ilfracombe@demo.invalid",
    ] {
        let visitor = Visitor::signed_in(&app, who).await;
        assert_eq!(send(&visitor, BENCHES).await.status, 403, "{who}");
    }
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let closed = send_to(&resident, "2026-27", "self", BENCHES).await;
    assert_eq!(closed.status, 409);
    assert!(closed
        .body
        .contains("New proposals can only be sent while the round is open for proposals"));
    assert_eq!(count(&app).await, before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_member_sends_in_their_groups_name_but_not_in_another_groups() {
    let app = spawn_app().await;
    let member = Visitor::signed_in(&app, "group.ilfracombe@demo.invalid").await;
    let form = member.get(&format!("{ROUND}/propose")).await.body;
    assert!(form.contains("Whose name should it be sent in?"));
    let group = app::backend::entities::community_group::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let answer = send_to(&member, "2027-28", &group.id.to_string(), BENCHES).await;
    assert!(answer.status < 400, "{}", answer.body);
    let p = newest(&app).await;
    assert_eq!(p.proposer_name, "Ilfracombe Sea Cadets");
    assert_eq!(p.community_group_id, Some(group.id));

    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let before = count(&app).await;
    assert_eq!(
        send_to(&resident, "2027-28", &group.id.to_string(), BENCHES)
            .await
            .status,
        403
    );
    assert_eq!(count(&app).await, before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_proposer_changes_it_while_open_and_every_change_is_a_new_version() {
    let app = spawn_app().await;
    let (resident, id) = sent(&app).await;
    let answer = edit(
        &resident,
        id,
        &[
            ("cost", "5,250.50"),
            ("title", "Oak benches on the Capstone path"),
        ],
    )
    .await;
    assert!(answer.status < 400, "{}", answer.body);
    let p = reload(&app, id).await;
    assert_eq!(
        (p.version, p.cost_pence, p.status.as_str()),
        (2, 525_050, "submitted")
    );
    let versions = proposal_version::Entity::find()
        .filter(proposal_version::Column::ProposalId.eq(id))
        .order_by_asc(proposal_version::Column::Version)
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0].title, "Benches on the Capstone path");
    assert_eq!(versions[1].title, "Oak benches on the Capstone path");
    assert_eq!(events(&app, id).await, ["sent", "edited"]);

    // An invalid change is refused and the stored proposal is untouched.
    assert_eq!(edit(&resident, id, &[("title", "")]).await.status, 422);
    assert_eq!(reload(&app, id).await.version, 2);

    // Someone else cannot change it, not even another resident or an officer.
    for who in ["group.ilfracombe@demo.invalid", OFFICER] {
        let other = Visitor::signed_in(&app, who).await;
        assert_eq!(edit(&other, id, &[]).await.status, 403, "{who}");
        assert_eq!(
            other.get(&format!("/proposals/{id}/edit")).await.status,
            403
        );
    }
    assert_eq!(reload(&app, id).await.version, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_asks_for_changes_the_proposer_acts_and_it_reaches_the_shortlist() {
    let app = spawn_app().await;
    let (resident, id) = sent(&app).await;
    let officer = Visitor::signed_in(&app, OFFICER).await;

    // Not while proposals are still open.
    let early = review(&officer, id, "feasible", "").await;
    assert_eq!(early.status, 409);
    assert!(early.body.contains("once the round has moved on to review"));

    assert!(advance(&officer, "proposals_open").await.status < 400);
    // A second click from the same stale page does nothing.
    let again = advance(&officer, "proposals_open").await;
    assert_eq!(again.status, 409);
    assert!(again.body.contains("has already moved on"));

    // In review the proposer may no longer change it unasked.
    let unasked = edit(&resident, id, &[("cost", "4,000")]).await;
    assert_eq!(unasked.status, 409);
    assert_eq!(reload(&app, id).await.version, 1);

    // Asking for changes needs feedback.
    let bare = review(&officer, id, "needs_changes", " ").await;
    assert_eq!(bare.status, 422);
    assert!(bare.body.contains("Tell the proposer what to change"));
    let feedback = "Please add a quote from the joiner so we can check the cost.";
    assert!(review(&officer, id, "needs_changes", feedback).await.status < 400);
    assert_eq!(reload(&app, id).await.status, "needs_changes");
    let mine = visible_text(&resident.get("/account/proposals").await.body);
    assert!(
        mine.contains("Changes requested") && mine.contains(feedback),
        "{mine}"
    );
    let form = resident.get(&format!("/proposals/{id}/edit")).await.body;
    assert!(visible_text(&form).contains(feedback));

    // The proposer's change sends it back to the queue.
    assert!(
        edit(
            &resident,
            id,
            &[(
                "body",
                "Six oak benches. Quote from Lundy Joinery attached."
            )]
        )
        .await
        .status
            < 400
    );
    let p = reload(&app, id).await;
    assert_eq!((p.status.as_str(), p.version), ("submitted", 2));
    let queue = visible_text(&officer.get(&format!("{ROUND}/review")).await.body);
    assert!(queue.contains("Benches on the Capstone path"));

    assert!(review(&officer, id, "feasible", "").await.status < 400);
    assert_eq!(reload(&app, id).await.status, "feasible");
    assert_eq!(
        events(&app, id).await,
        ["sent", "needs_changes", "resubmitted", "feasible"]
    );
    let round = app.get(ROUND).await.1;
    let shortlist =
        &round[round.find("id=\"shortlist\"").unwrap()..round.find("id=\"proposals\"").unwrap()];
    assert!(shortlist.contains("Benches on the Capstone path"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn not_eligible_needs_a_public_reason_and_a_verdict_must_be_chosen() {
    let app = spawn_app().await;
    let (_, id) = sent(&app).await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    assert!(advance(&officer, "proposals_open").await.status < 400);
    let none = review(&officer, id, "", "").await;
    assert_eq!(none.status, 422);
    assert!(none
        .body
        .contains("Choose whether the proposal is feasible"));
    assert_eq!(review(&officer, id, "ineligible", "").await.status, 422);
    let reason = "The path is private land; the owner has not agreed.";
    assert!(review(&officer, id, "ineligible", reason).await.status < 400);
    let page = visible_text(&app.get(&format!("/proposals/{id}")).await.1);
    assert!(page.contains("Not eligible") && page.contains(reason));
    let round = app.get(ROUND).await.1;
    let shortlist =
        &round[round.find("id=\"shortlist\"").unwrap()..round.find("id=\"proposals\"").unwrap()];
    assert!(!shortlist.contains("Benches on the Capstone path"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_changes_the_cost_with_a_public_note_within_the_pot() {
    let app = spawn_app().await;
    let (_, id) = sent(&app).await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let adjust = |cost: &'static str, note: &'static str| {
        let officer = &officer;
        async move {
            officer
                .post(
                    "/api/adjust_proposal_cost",
                    &[("id", &id.to_string()), ("cost", cost), ("cost_note", note)],
                )
                .await
        }
    };
    assert_eq!(
        adjust("5,400", "Quote").await.status,
        409,
        "not before review"
    );
    assert!(advance(&officer, "proposals_open").await.status < 400);
    let no_note = adjust("5,400", "").await;
    assert_eq!(no_note.status, 422);
    assert!(no_note.body.contains("Say publicly why the cost changed"));
    assert_eq!(adjust("250,000", "Quote").await.status, 422);
    assert_eq!(reload(&app, id).await.cost_pence, 480_000);
    let note = "Lundy Joinery quoted £5,400 including fixing.";
    assert!(adjust("5,400", note).await.status < 400);
    let p = reload(&app, id).await;
    assert_eq!(
        (p.cost_pence, p.cost_note.as_deref()),
        (540_000, Some(note))
    );
    let page = visible_text(&app.get(&format!("/proposals/{id}")).await.1);
    assert!(
        page.contains("£4,800 to £5,400") && page.contains(note),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_of_another_neighbourhood_changes_nothing_here() {
    let app = spawn_app().await;
    let (_, id) = sent(&app).await;
    let ours = Visitor::signed_in(&app, OFFICER).await;
    assert!(advance(&ours, "proposals_open").await.status < 400);
    let theirs = Visitor::signed_in(&app, "officer.castle-vale@demo.invalid").await;
    assert_eq!(review(&theirs, id, "feasible", "").await.status, 403);
    let hide = theirs
        .post(
            "/api/hide_proposal",
            &[("id", &id.to_string()), ("reason", "Spam")],
        )
        .await;
    assert_eq!(hide.status, 403);
    assert_eq!(advance(&theirs, "review").await.status, 403);
    assert_eq!(theirs.get(&format!("{ROUND}/review")).await.status, 403);
    assert_eq!(reload(&app, id).await.status, "submitted");
    assert_eq!(events(&app, id).await, ["sent"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderators_hide_abusive_text_and_the_proposer_is_told_why() {
    let app = spawn_app().await;
    let (resident, id) = sent(&app).await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let id_text = id.to_string();
    let empty = officer
        .post("/api/hide_proposal", &[("id", &id_text), ("reason", "")])
        .await;
    assert_eq!(empty.status, 422);
    let reason = "It names a neighbour and makes accusations about them.";
    assert!(
        officer
            .post(
                "/api/hide_proposal",
                &[("id", &id_text), ("reason", reason)]
            )
            .await
            .status
            < 400
    );
    let public = visible_text(&app.get(&format!("/proposals/{id}")).await.1);
    assert!(public.contains("Removed by moderators") && public.contains(reason));
    assert!(!public.contains("One every hundred metres"));
    // Nor its title or who sent it, on its page, the round page or in the open data.
    assert!(!public.contains("Benches on the Capstone path"), "{public}");
    assert!(
        public.contains("A proposal removed by an officer"),
        "{public}"
    );
    let round = visible_text(&app.get(ROUND).await.1);
    assert!(!round.contains("Benches on the Capstone path"), "{round}");
    let data = app
        .get("/api/v1/neighbourhoods/ilfracombe/rounds/2027-28/proposals.json")
        .await
        .1;
    let rows: serde_json::Value = serde_json::from_str(&data).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap();
    assert_eq!(row["title"], "");
    assert_eq!(row["proposer"], "");
    assert_eq!(row["removed_because"], reason);
    let mine = visible_text(&resident.get("/account/proposals").await.body);
    assert!(mine.contains(reason));
    let refused = edit(&resident, id, &[]).await;
    assert_eq!(refused.status, 409);
    assert!(refused.body.contains("removed by moderators"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proposer_withdraws_before_voting_opens_and_not_after() {
    let app = spawn_app().await;
    let (resident, id) = sent(&app).await;
    let withdraw = |id: i32| {
        let resident = &resident;
        async move {
            resident
                .post("/api/withdraw_proposal", &[("id", &id.to_string())])
                .await
        }
    };
    assert!(withdraw(id).await.status < 400);
    let withdrawn = reload(&app, id).await;
    assert_eq!(withdrawn.status, "withdrawn");
    assert_eq!(withdraw(id).await.status, 409);
    // The record keeps its title and the fact of withdrawal, not who sent it.
    let name = withdrawn.proposer_name.clone();
    assert!(!name.is_empty());
    let public = visible_text(&app.get(&format!("/proposals/{id}")).await.1);
    assert!(
        public.contains(&withdrawn.title) && public.contains("Withdrawn"),
        "{public}"
    );
    assert!(!public.contains(&name), "{public}");
    let own = visible_text(&resident.get(&format!("/proposals/{id}")).await.body);
    assert!(
        own.contains(&name),
        "the proposer still sees it was theirs: {own}"
    );
    let data = app
        .get("/api/v1/neighbourhoods/ilfracombe/rounds/2027-28/proposals.json")
        .await
        .1;
    let rows: serde_json::Value = serde_json::from_str(&data).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap();
    assert_eq!(row["title"], withdrawn.title.as_str());
    assert_eq!(row["proposer"], "");

    // A second proposal goes on the ballot; once voting opens it stays there.
    assert!(
        send(&resident, &with(BENCHES, &[("title", "Bins")]))
            .await
            .status
            < 400
    );
    let second = newest(&app).await.id;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    assert!(advance(&officer, "proposals_open").await.status < 400);
    let held = advance(&officer, "review").await;
    assert_eq!(held.status, 409);
    assert!(
        held.body.contains("still need a review decision"),
        "{}",
        held.body
    );
    let round_id = reload(&app, second).await.round_id;
    let waiting = proposal::Entity::find()
        .filter(proposal::Column::RoundId.eq(round_id))
        .filter(proposal::Column::Status.eq("submitted"))
        .all(&app.db)
        .await
        .unwrap();
    for p in waiting {
        assert!(review(&officer, p.id, "feasible", "").await.status < 400);
    }
    assert!(advance(&officer, "review").await.status < 400);
    let late = withdraw(second).await;
    assert_eq!(late.status, 409);
    assert!(late.body.contains("only be withdrawn before voting opens"));
    assert_eq!(reload(&app, second).await.status, "feasible");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn proposal_text_is_shown_as_text_never_as_markup() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    let script = "<script>alert('x')</script>";
    let answer = send(
        &resident,
        &with(
            BENCHES,
            &[
                ("title", "Bins <img src=x onerror=alert(1)>"),
                ("body", script),
            ],
        ),
    )
    .await;
    assert!(answer.status < 400);
    let id = newest(&app).await.id;
    let html = app.get(&format!("/proposals/{id}")).await.1;
    assert!(!html.contains("<img src=x"));
    assert!(!html.contains(script));
    assert!(html.contains("&lt;script&gt;"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proposal_written_in_welsh_with_an_english_title_reads_in_each_readers_language() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, "resident.ilfracombe@demo.invalid").await;
    let sent = resident
        .post(
            "/api/submit_proposal",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", "2027-28"),
                ("sender", "self"),
                ("title", "Meinciau ar lwybr y Capstone"),
                ("summary", "Chwe mainc i bobl hŷn gael gorffwys."),
                ("body", "Meinciau derw bob can metr."),
                ("language", "cy"),
                ("other_title", "Oak benches by the Capstone steps"),
                ("other_summary", ""),
                ("other_body", ""),
                ("cost", "£4,800"),
                ("area", "older-people-and-care"),
                ("agency", ""),
                ("location", ""),
            ],
        )
        .await;
    assert!(sent.status < 400, "{}", sent.body);
    let p = app::backend::entities::proposal::Entity::find()
        .filter(app::backend::entities::proposal::Column::Title.eq("Meinciau ar lwybr y Capstone"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(p.language, "cy");
    let page = format!("/proposals/{}", p.id);
    // An English reader: the English title, and the summary as written (in Welsh).
    let english = visible_text(&Visitor::new(&app).await.get(&page).await.body);
    assert!(
        english.contains("Oak benches by the Capstone steps"),
        "{english}"
    );
    assert!(english.contains("Meinciau derw bob can metr."), "{english}");
    let round = visible_text(
        &Visitor::new(&app)
            .await
            .get("/neighbourhoods/ilfracombe/rounds/2027-28")
            .await
            .body,
    );
    assert!(
        round.contains("Oak benches by the Capstone steps"),
        "{round}"
    );
    // A Welsh reader: the Welsh title.
    let welsh_reader = Visitor::new(&app).await;
    assert_eq!(welsh_reader.choose_language("cy", "/").await.status, 303);
    let welsh = visible_text(&welsh_reader.get(&page).await.body);
    assert!(welsh.contains("Meinciau ar lwybr y Capstone"), "{welsh}");
    assert!(
        !welsh.contains("Oak benches by the Capstone steps"),
        "{welsh}"
    );
    // A language we do not write in is refused, and nothing more is stored.
    let refused = resident
        .post(
            "/api/submit_proposal",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", "2027-28"),
                ("sender", "self"),
                ("title", "Bancs"),
                ("summary", "Des bancs."),
                ("body", "Des bancs."),
                ("language", "fr"),
                ("cost", "£100"),
                ("area", "older-people-and-care"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains("Choose English or Cymraeg"),
        "{}",
        refused.body
    );
}
