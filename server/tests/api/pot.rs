//! Setting a round's pot up: officers change each agency's amount and ring-fence, add
//! and take out agencies, until voting opens; the pot never shrinks below a proposal
//! still in the round, and every change is in the audit log.

use crate::helpers::{spawn_app, visible_text, TestApp};
use crate::visitors::{Answer, Visitor};
use crate::voting::{round_of, OFFICER, OPEN};
use app::backend::entities::{agency, audit_entry, contribution, proposal};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

const SETTING_UP: &str = "2027-28";
const PAGE: &str = "/neighbourhoods/ilfracombe/rounds/2027-28/pot";

/// The round's contributions by agency name: (contribution id, pence, ring-fence).
async fn contributions(app: &TestApp, round: &str) -> Vec<(String, i32, i64, Option<String>)> {
    let r = round_of(app, round).await;
    contribution::Entity::find()
        .filter(contribution::Column::RoundId.eq(r.id))
        .find_also_related(agency::Entity)
        .order_by_asc(contribution::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|(c, a)| (a.unwrap().name, c.id, c.amount_pence, c.ring_fence))
        .collect()
}

async fn id_of(app: &TestApp, round: &str, agency: &str) -> i32 {
    contributions(app, round)
        .await
        .into_iter()
        .find(|c| c.0 == agency)
        .unwrap_or_else(|| panic!("{agency} pays into {round}"))
        .1
}

async fn save(officer: &Visitor, round: &str, id: i32, amount: &str, fence: &[&str]) -> Answer {
    let id = id.to_string();
    let keys: Vec<String> = fence.iter().map(|s| format!("fence[{s}]")).collect();
    let mut form = vec![
        ("neighbourhood", "ilfracombe"),
        ("round", round),
        ("id", id.as_str()),
        ("amount", amount),
    ];
    form.extend(keys.iter().map(|k| (k.as_str(), "yes")));
    officer.submit(PAGE, "/api/save_contribution", &form).await
}

async fn audit_details(app: &TestApp, action: &str) -> Vec<String> {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.detail)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_changes_an_agencys_share_and_ring_fence_before_voting_opens() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let text = visible_text(&officer.get(PAGE).await.body);
    assert!(
        text.contains("The pot: Ilfracombe Community Budget 2027–28"),
        "{text}"
    );
    assert!(
        text.contains("NHS Devon £25,000 Only for health and wellbeing or older people and care"),
        "{text}"
    );
    assert!(text.contains("Total pot £100,000"), "{text}");

    let police = id_of(&app, SETTING_UP, "Devon and Cornwall Police").await;
    let answer = save(
        &officer,
        SETTING_UP,
        police,
        "12,500",
        &["community-safety", "youth"],
    )
    .await;
    assert_eq!(answer.status, 302, "{}", answer.body);
    assert_eq!(answer.location.as_deref(), Some(PAGE));

    let text = visible_text(&officer.get(PAGE).await.body);
    assert!(
        text.contains("Devon and Cornwall Police’s contribution has been saved"),
        "{text}"
    );
    assert!(
        text.contains("Devon and Cornwall Police £12,500 Only for youth or community safety"),
        "{text}"
    );
    assert!(text.contains("Total pot £102,500"), "{text}");
    let stored = contributions(&app, SETTING_UP).await;
    let police_row = stored.iter().find(|c| c.1 == police).unwrap();
    assert_eq!(
        (police_row.2, police_row.3.as_deref()),
        (1_250_000, Some("youth,community-safety"))
    );

    // Residents see the new pot on the round's page.
    let public = visible_text(
        &Visitor::new(&app)
            .await
            .get("/neighbourhoods/ilfracombe/rounds/2027-28")
            .await
            .body,
    );
    assert!(public.contains("£102,500"), "{public}");

    // Unticking every box lifts the ring-fence.
    save(&officer, SETTING_UP, police, "12,500", &[]).await;
    let stored = contributions(&app, SETTING_UP).await;
    assert_eq!(stored.iter().find(|c| c.1 == police).unwrap().3, None);
    let logged = audit_details(&app, "pot.contribution-set").await;
    assert_eq!(logged.len(), 2);
    assert!(
        logged[0].contains(
            "Devon and Cornwall Police: £12,500, only for youth,community-safety; pot now £102,500"
        ),
        "{logged:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_agency_joins_the_pot_once_and_can_be_taken_out_again() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let add = |name: &'static str| {
        let officer = &officer;
        async move {
            officer
                .submit(
                    PAGE,
                    "/api/add_contribution",
                    &[
                        ("neighbourhood", "ilfracombe"),
                        ("round", SETTING_UP),
                        ("agency", name),
                        ("kind", "council"),
                        ("amount", "2000"),
                        ("fence[environment]", "yes"),
                    ],
                )
                .await
        }
    };
    assert_eq!(add("Ilfracombe  Town Council").await.status, 302);
    let text = visible_text(&officer.get(PAGE).await.body);
    assert!(
        text.contains("Ilfracombe Town Council now pays into the pot"),
        "{text}"
    );
    assert!(
        text.contains("Ilfracombe Town Council £2,000 Only for environment and green spaces"),
        "{text}"
    );
    assert!(text.contains("Total pot £102,000"), "{text}");

    // The same agency, however it is typed, is found and refused a second share.
    add("ilfracombe town council").await;
    let text = visible_text(&officer.get(PAGE).await.body);
    assert!(
        text.contains(
            "Ilfracombe Town Council already pays into this pot. Change its amount above instead"
        ),
        "{text}"
    );
    assert!(text.contains("Total pot £102,000"), "{text}");
    let named = agency::Entity::find()
        .filter(agency::Column::Name.eq("Ilfracombe Town Council"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(named.len(), 1);

    let town = id_of(&app, SETTING_UP, "Ilfracombe Town Council")
        .await
        .to_string();
    let answer = officer
        .submit(
            PAGE,
            "/api/remove_contribution",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", SETTING_UP),
                ("id", &town),
            ],
        )
        .await;
    assert_eq!(answer.status, 302);
    let text = visible_text(&officer.get(PAGE).await.body);
    assert!(
        text.contains("Ilfracombe Town Council has been taken out of the pot"),
        "{text}"
    );
    assert!(text.contains("Total pot £100,000"), "{text}");
    assert_eq!(audit_details(&app, "pot.contribution-added").await.len(), 1);
    assert_eq!(
        audit_details(&app, "pot.contribution-removed").await,
        ["Ilfracombe Town Council; pot now £100,000"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_that_would_strand_a_proposal_or_is_malformed_is_refused_and_nothing_changes() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let before = contributions(&app, SETTING_UP).await;
    let council = id_of(&app, SETTING_UP, "North Devon Council").await;
    let r = round_of(&app, SETTING_UP).await;
    let live = ["submitted", "needs_changes", "feasible"];
    let dearest = proposal::Entity::find()
        .filter(proposal::Column::RoundId.eq(r.id))
        .filter(proposal::Column::Status.is_in(live))
        .order_by_desc(proposal::Column::CostPence)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the round has proposals");

    // The dearest proposal asks for £45,000, and every other agency's money comes to
    // £40,000, so £1 from the council would leave the pot too small for it.
    let mut dearer: proposal::ActiveModel = dearest.clone().into();
    dearer.cost_pence = Set(4_500_000);
    dearer.update(&app.db).await.unwrap();
    let answer = officer
        .post(
            "/api/save_contribution",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", SETTING_UP),
                ("id", &council.to_string()),
                ("amount", "1"),
            ],
        )
        .await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(
        answer
            .body
            .contains("The pot would be £40,001, less than the £45,000 that")
            && answer.body.contains(&dearest.title),
        "{}",
        answer.body
    );

    save(&officer, SETTING_UP, council, "sixty thousand", &[]).await;
    let body = officer.get(PAGE).await.body;
    let text = visible_text(&body);
    assert!(text.contains("There is a problem"), "{text}");
    assert!(
        text.contains("Enter an amount in pounds and pence, like £1,250.50"),
        "{text}"
    );
    // The officer's typing comes back for them to mend.
    assert!(body.contains(r#"value="sixty thousand""#), "{body}");

    save(&officer, SETTING_UP, council, "60,000", &["parks"]).await;
    let text = visible_text(&officer.get(PAGE).await.body);
    assert!(
        text.contains("Choose priority areas from the list"),
        "{text}"
    );

    // An agency that live proposals say they touch stays in the pot.
    let touched = proposal::Entity::find()
        .filter(proposal::Column::RoundId.eq(r.id))
        .filter(proposal::Column::Status.is_in(live))
        .filter(proposal::Column::AgencyId.is_not_null())
        .one(&app.db)
        .await
        .unwrap()
        .expect("a proposal names an agency");
    let name = agency::Entity::find_by_id(touched.agency_id.unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .name;
    let id = id_of(&app, SETTING_UP, &name).await.to_string();
    let answer = officer
        .post(
            "/api/remove_contribution",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", SETTING_UP),
                ("id", &id),
            ],
        )
        .await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(
        answer.body.contains("cannot be taken out of the pot"),
        "{}",
        answer.body
    );

    // A contribution of another round is not this round's to change.
    let elsewhere = id_of(&app, OPEN, "North Devon Council").await;
    let answer = save(&officer, SETTING_UP, elsewhere, "70,000", &[]).await;
    assert_eq!(answer.status, 302);
    assert!(visible_text(&officer.get(PAGE).await.body)
        .contains("That contribution could not be found"));

    assert_eq!(contributions(&app, SETTING_UP).await, before);
    assert!(audit_details(&app, "pot.contribution-set").await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn once_voting_opens_the_pot_is_fixed() {
    let app = spawn_app().await;
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let before = contributions(&app, OPEN).await;
    let page = format!("/neighbourhoods/ilfracombe/rounds/{OPEN}/pot");
    let text = visible_text(&officer.get(&page).await.body);
    assert!(
        text.contains("The pot was fixed when voting opened and cannot be changed now"),
        "{text}"
    );
    assert!(!text.contains("Save North Devon Council"), "{text}");
    assert!(!text.contains("The pot must stay at least"), "{text}");

    let council = id_of(&app, OPEN, "North Devon Council").await.to_string();
    let answer = officer
        .post(
            "/api/save_contribution",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", OPEN),
                ("id", &council),
                ("amount", "90,000"),
            ],
        )
        .await;
    assert_eq!(answer.status, 409, "{}", answer.body);
    assert!(
        answer.body.contains("fixed when voting opened"),
        "{}",
        answer.body
    );
    assert_eq!(contributions(&app, OPEN).await, before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_rounds_adding_the_same_new_agency_at_once_share_one_agency() {
    use app::backend::pot::{change, Change, Outcome};
    use app::domain::money::Pence;
    use app::domain::phase::Phase;
    use app::domain::pot::Share;
    let app = spawn_app().await;
    let ilfracombe = round_of(&app, SETTING_UP).await;
    let castle_vale = round_of(&app, "2028").await;
    let by = app::backend::access::users::find_by_email(&app.db, OFFICER)
        .await
        .unwrap()
        .unwrap()
        .id;
    let share = Share {
        amount: Pence::new(100_000),
        ring_fence: vec![],
    };
    let add = |round_id: i32, seen: Phase| {
        let db = app.db.clone();
        let share = share.clone();
        async move {
            let added = Change::Add {
                agency: "National Lottery Community Fund",
                kind: "other",
                share: &share,
            };
            change(&db, round_id, seen, added, by).await.unwrap()
        }
    };
    let seen = |r: &app::backend::entities::round::Model| r.phase;
    let (a, b) = tokio::join!(
        add(ilfracombe.id, seen(&ilfracombe)),
        add(castle_vale.id, seen(&castle_vale))
    );
    let done = Outcome::Done("National Lottery Community Fund".into());
    assert_eq!((a, b), (done.clone(), done));
    let named = agency::Entity::find()
        .filter(agency::Column::Name.eq("National Lottery Community Fund"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(named.len(), 1);
    for round in [SETTING_UP, "2028"] {
        assert!(contributions(&app, round)
            .await
            .iter()
            .any(|c| c.0 == "National Lottery Community Fund"));
    }
}
