//! The councillors' decision through the real HTTP path: who may draft and publish,
//! the rules a draft must meet (each refusal naming the proposal or agency), a
//! published decision that is never changed, amendments in the history, delivery
//! updates told to followers, and the open data that lets anyone check the result.

use crate::helpers::{spawn_app, visible_text, TestApp};
use crate::visitors::{Answer, Visitor};
use app::backend::decisions::{self, Basis};
use app::backend::entities::{decision, neighbourhood, round};
use app::domain::decision_draft::{suggest, DraftLine};
use app::domain::money::Pence;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::BTreeSet;

const COUNTED: &str = "/neighbourhoods/castle-vale/rounds/2026";
const COUNCILLOR: &str = "councillor.castle-vale@demo.invalid";

async fn counted_round(app: &TestApp) -> round::Model {
    let n = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Slug.eq("castle-vale"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    round::Entity::find()
        .filter(round::Column::NeighbourhoodId.eq(n.id))
        .filter(round::Column::Slug.eq("2026"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn basis(app: &TestApp) -> Basis {
    decisions::basis(&app.db, &counted_round(app).await)
        .await
        .unwrap()
}

fn pounds(p: Pence) -> String {
    format!("{}.{:02}", p.as_i64() / 100, p.as_i64() % 100)
}

/// The draft form's fields for these lines, as a browser sends them.
fn fields(basis: &Basis, lines: &[DraftLine], extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vec![
        ("neighbourhood".into(), "castle-vale".into()),
        ("round".into(), "2026".into()),
        ("summary".into(), "Funded as the residents voted.".into()),
    ];
    for c in &basis.candidates {
        let line = lines.iter().find(|l| l.proposal_id == c.proposal_id);
        let id = c.proposal_id;
        out.push((
            format!("lines[{id}][amount]"),
            line.map_or("0".into(), |l| pounds(l.amount)),
        ));
        out.push((
            format!("lines[{id}][reason]"),
            line.map(|l| l.reason.clone()).unwrap_or_default(),
        ));
        for s in &basis.shares {
            let paid = line.and_then(|l| l.paid_by.get(&s.agency_id)).copied();
            out.push((
                format!("lines[{id}][pay][{}]", s.agency_id),
                paid.map(pounds).unwrap_or_default(),
            ));
        }
    }
    for (k, v) in extra {
        out.retain(|(name, _)| name != k);
        out.push(((*k).into(), (*v).into()));
    }
    out
}

/// Sends the draft form. With `intent=publish` the draft is checked and, if it meets
/// every rule, the councillor takes the last look and presses "Publish" on it.
async fn send(visitor: &Visitor, form: &[(String, String)]) -> Answer {
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let saved = visitor.post("/api/save_decision_draft", &refs).await;
    let publishing = refs.contains(&("intent", "publish"));
    if !publishing || saved.status >= 400 {
        return saved;
    }
    let at = |name: &str| {
        refs.iter()
            .find(|(k, _)| *k == name)
            .map_or("", |(_, v)| *v)
    };
    publish_previewed(visitor, at("neighbourhood"), at("round")).await
}

/// The value of the hidden field `name` in a page.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    html.split_once(&marker)
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(value, _)| value.to_owned())
        .unwrap_or_default()
}

/// Opens the preview of the saved draft and presses its "Publish" button.
pub(crate) async fn publish_previewed(visitor: &Visitor, place: &str, round: &str) -> Answer {
    let preview = visitor
        .get(&format!(
            "/neighbourhoods/{place}/rounds/{round}/decision/preview"
        ))
        .await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(
        visible_text(&preview.body).contains("Draft, not published."),
        "the preview says it is not published"
    );
    visitor
        .post(
            "/api/publish_decision",
            &[
                ("neighbourhood", place),
                ("round", round),
                ("amends", &hidden(&preview.body, "amends")),
                ("draft", &hidden(&preview.body, "draft")),
            ],
        )
        .await
}

/// The count's result, paid so that every rule is met (ring-fences included).
fn the_result(basis: &Basis) -> Vec<DraftLine> {
    suggest(&basis.candidates, &basis.shares)
}

async fn decisions_stored(app: &TestApp) -> u64 {
    decision::Entity::find().count(&app.db).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_councillor_of_another_neighbourhood_can_neither_draft_nor_publish() {
    let app = spawn_app().await;
    let before = decisions_stored(&app).await;
    let elsewhere = Visitor::signed_in(&app, "councillor.ilfracombe@demo.invalid").await;
    assert_eq!(elsewhere.get(COUNCILLOR_PAGE).await.status, 403);
    let b = basis(&app).await;
    let answer = send(
        &elsewhere,
        &fields(&b, &the_result(&b), &[("intent", "publish")]),
    )
    .await;
    assert_eq!(answer.status, 403, "{}", answer.body);
    // Nor may an officer of the neighbourhood itself: deciding is for councillors.
    let officer = Visitor::signed_in(&app, "officer.castle-vale@demo.invalid").await;
    let answer = send(
        &officer,
        &fields(&b, &the_result(&b), &[("intent", "publish")]),
    )
    .await;
    assert_eq!(answer.status, 403, "{}", answer.body);
    assert_eq!(decisions_stored(&app).await, before);
    let councillor = Visitor::signed_in(&app, COUNCILLOR).await;
    assert_eq!(councillor.get(COUNCILLOR_PAGE).await.status, 200);
}

const COUNCILLOR_PAGE: &str = "/neighbourhoods/castle-vale/rounds/2026/decision/draft";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_that_breaks_a_rule_is_refused_naming_the_proposal_or_agency_and_kept() {
    let app = spawn_app().await;
    let before = decisions_stored(&app).await;
    let councillor = Visitor::signed_in(&app, COUNCILLOR).await;
    let b = basis(&app).await;
    let result = the_result(&b);

    // Dropping a proposal the count funded, with no reason.
    let dropped = b.candidates.iter().find(|c| c.in_result).unwrap();
    let mut draft = result.clone();
    draft.retain(|l| l.proposal_id != dropped.proposal_id);
    let answer = send(&councillor, &fields(&b, &draft, &[("intent", "publish")])).await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(
        answer.body.contains(&format!(
            "\\\"{}\\\" is not funded though the count funded it: give the public reason",
            dropped.title
        )) || answer.body.contains(&format!(
            "{} is not funded though the count funded it",
            dropped.title
        )),
        "{}",
        answer.body
    );
    // The draft is kept as typed, with the problem shown beside it.
    let page = visible_text(&councillor.get(COUNCILLOR_PAGE).await.body);
    assert!(page.contains("Before this can be published"), "{page}");
    assert!(
        page.contains("Saved by Castle Vale Place Board (demo)"),
        "{page}"
    );

    // One agency asked for more than it put in.
    let council = b.shares.iter().find(|s| s.ring_fence.is_empty()).unwrap();
    let over = council.amount + Pence::new(100);
    let mut inflated = result.clone();
    let first = inflated
        .iter_mut()
        .find(|l| l.amount > Pence::ZERO)
        .unwrap();
    first.paid_by.clear();
    first.paid_by.insert(council.agency_id, over);
    first.amount = over;
    let answer = send(
        &councillor,
        &fields(&b, &inflated, &[("intent", "publish")]),
    )
    .await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(
        answer
            .body
            .contains(&format!("{} is asked for", council.agency)),
        "{}",
        answer.body
    );

    // Ring-fenced money paying for a proposal outside its priority areas.
    let fenced = b.shares.iter().find(|s| !s.ring_fence.is_empty()).unwrap();
    let outside = b
        .candidates
        .iter()
        .find(|c| c.in_result && !fenced.ring_fence.contains(&c.area))
        .unwrap();
    let mut draft = result.clone();
    let line = draft
        .iter_mut()
        .find(|l| l.proposal_id == outside.proposal_id)
        .unwrap();
    line.paid_by.clear();
    line.paid_by.insert(fenced.agency_id, outside.cost);
    let answer = send(&councillor, &fields(&b, &draft, &[("intent", "publish")])).await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(
        answer
            .body
            .contains(&format!("{}'s money is ring-fenced", fenced.agency)),
        "{}",
        answer.body
    );
    assert!(answer.body.contains(&outside.title), "{}", answer.body);

    // An amount that is not money.
    let answer = send(
        &councillor,
        &fields(
            &b,
            &result,
            &[
                ("intent", "publish"),
                (&format!("lines[{}][amount]", dropped.proposal_id), "lots"),
            ],
        ),
    )
    .await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(answer.body.contains(&dropped.title), "{}", answer.body);

    assert_eq!(
        decisions_stored(&app).await,
        before,
        "nothing was published"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_published_decision_is_never_changed_and_an_amendment_shows_in_the_history() {
    let app = spawn_app().await;
    let councillor = Visitor::signed_in(&app, COUNCILLOR).await;
    let b = basis(&app).await;
    let result = the_result(&b);
    let answer = send(&councillor, &fields(&b, &result, &[("intent", "publish")])).await;
    assert!(answer.status < 400, "{} {}", answer.status, answer.body);
    let r = counted_round(&app).await;
    let (first, _) = decisions::latest_for_round(&app.db, r.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(first.published_by, {
        use app::backend::entities::user;
        user::Entity::find()
            .filter(user::Column::Email.eq(COUNCILLOR))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
    });
    let page = visible_text(&councillor.get(&format!("{COUNTED}/decision")).await.body);
    assert!(page.contains(&first.content_hash), "{page}");
    assert!(page.contains("Published (in force)"), "{page}");
    let round_page = visible_text(&councillor.get(COUNTED).await.body);
    assert!(round_page.contains("Decision published"), "{round_page}");

    // Publishing again over it is refused: a decision is corrected only by amendment.
    let mut changed = result.clone();
    let cut = changed
        .iter_mut()
        .find(|l| l.amount > Pence::new(100_000))
        .unwrap();
    let cut_id = cut.proposal_id;
    let half = Pence::new(cut.amount.as_i64() / 2);
    cut.amount = half;
    let payer = *cut.paid_by.keys().next().unwrap();
    cut.paid_by = [(payer, half)].into_iter().collect();
    cut.reason = "Half the equipment is donated by the Pioneer Group".into();
    let answer = send(&councillor, &fields(&b, &changed, &[("intent", "publish")])).await;
    assert_eq!(answer.status, 409, "{}", answer.body);
    assert!(answer.body.contains("never changed"), "{}", answer.body);
    let (still, _) = decisions::latest_for_round(&app.db, r.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(still, first, "the published decision is untouched");

    // An amendment needs its own reason, then goes on the record beside the first.
    let amends = first.id.to_string();
    let answer = send(
        &councillor,
        &fields(&b, &changed, &[("intent", "publish"), ("amends", &amends)]),
    )
    .await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(
        answer.body.contains("why the decision is being amended"),
        "{}",
        answer.body
    );
    let answer = send(
        &councillor,
        &fields(
            &b,
            &changed,
            &[
                ("intent", "publish"),
                ("amends", &amends),
                (
                    "amendment_reason",
                    "The donated equipment was confirmed after publication",
                ),
            ],
        ),
    )
    .await;
    assert!(answer.status < 400, "{} {}", answer.status, answer.body);
    let history = decisions::history(&app.db, r.id).await.unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(
        history[0].decision, first,
        "the first decision is unchanged"
    );
    assert_eq!(history[1].decision.amends_decision_id, Some(first.id));
    assert_ne!(history[1].decision.content_hash, first.content_hash);
    let page = visible_text(&councillor.get(&format!("{COUNTED}/decision")).await.body);
    let title = b.title(cut_id);
    for expected in [
        "Amendment 1 (in force)",
        "First published",
        "Why: The donated equipment was confirmed after publication",
        "Half the equipment is donated by the Pioneer Group",
        "Part-funded",
        &format!("{title}: "),
        &first.content_hash,
    ] {
        assert!(page.contains(expected), "{expected:?} not in {page}");
    }
    // A stale amendment (of the first decision, now superseded) is refused.
    let answer = send(
        &councillor,
        &fields(
            &b,
            &result,
            &[
                ("intent", "publish"),
                ("amends", &amends),
                ("amendment_reason", "Back as it was"),
            ],
        ),
    )
    .await;
    assert_eq!(answer.status, 409, "{}", answer.body);
    assert_eq!(decisions::history(&app.db, r.id).await.unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn followers_hear_of_the_decision_and_of_delivery_updates_by_email() {
    let app = spawn_app().await;
    let b = basis(&app).await;
    let result = the_result(&b);
    let funded = result.iter().find(|l| l.amount > Pence::ZERO).unwrap();
    let resident = Visitor::signed_in(&app, "resident.castle-vale@demo.invalid").await;
    let answer = resident
        .post(
            "/api/follow_proposal",
            &[("id", &funded.proposal_id.to_string()), ("follow", "yes")],
        )
        .await;
    assert!(answer.status < 400, "{}", answer.body);
    // A second follower chose Welsh before signing in: their letters come in Welsh.
    let welsh = Visitor::signed_in_reading(&app, "newcomer@demo.invalid", Some("cy")).await;
    let answer = welsh
        .post(
            "/api/follow_proposal",
            &[("id", &funded.proposal_id.to_string()), ("follow", "yes")],
        )
        .await;
    assert!(answer.status < 400, "{}", answer.body);
    let councillor = Visitor::signed_in(&app, COUNCILLOR).await;
    let answer = send(&councillor, &fields(&b, &result, &[("intent", "publish")])).await;
    assert!(answer.status < 400, "{}", answer.body);
    let mails = app.emails(2).await;
    let to = |who: &str| -> Vec<&String> { mails.iter().filter(|m| m.contains(who)).collect() };
    let english = to("To: resident.castle-vale@demo.invalid");
    assert_eq!(english.len(), 1, "{mails:?}");
    assert!(
        english[0].contains("the budget decision is published"),
        "{}",
        english[0]
    );
    let cymraeg = to("To: newcomer@demo.invalid");
    assert_eq!(cymraeg.len(), 1, "{mails:?}");
    assert!(
        cymraeg[0].contains("Mae'r cynghorwyr wedi cyhoeddi"),
        "{}",
        cymraeg[0]
    );

    let officer = Visitor::signed_in(&app, "officer.castle-vale@demo.invalid").await;
    let id = funded.proposal_id.to_string();
    let too_much = pounds(funded.amount + Pence::new(100));
    let answer = officer
        .post(
            "/api/post_delivery_update",
            &[
                ("id", &id),
                ("status", "in_progress"),
                ("on", "2026-09-01"),
                ("spend", &too_much),
                ("note", "Work under way"),
            ],
        )
        .await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(
        answer.body.contains("cannot be more than"),
        "{}",
        answer.body
    );
    let answer = officer
        .post(
            "/api/post_delivery_update",
            &[
                ("id", &id),
                ("status", "in_progress"),
                ("on", "2026-09-01"),
                ("spend", "1,000"),
                ("note", "Builders on site this week"),
            ],
        )
        .await;
    assert!(answer.status < 400, "{}", answer.body);
    let mails = app.emails(4).await;
    let news: Vec<&String> = mails
        .iter()
        .filter(|m| m.contains("Builders on site this week"))
        .collect();
    assert_eq!(news.len(), 2, "{mails:?}");
    assert!(news
        .iter()
        .any(|m| m.contains("To: resident.castle-vale@demo.invalid")
            && m.contains("In progress: Builders on site this week")));
    assert!(news.iter().any(|m| m.contains("To: newcomer@demo.invalid")
        && m.contains("Ar y gweill: Builders on site this week")));
    let page = visible_text(&resident.get(&format!("/proposals/{id}")).await.body);
    assert!(page.contains("Builders on site this week"), "{page}");
    assert!(page.contains("Stop following this proposal"), "{page}");
    // A resident cannot post updates; nor can anyone on an unfunded proposal.
    let answer = resident
        .post(
            "/api/post_delivery_update",
            &[
                ("id", &id),
                ("status", "delivered"),
                ("on", "2026-09-02"),
                ("note", "Done"),
            ],
        )
        .await;
    assert_eq!(answer.status, 403, "{}", answer.body);
    let round_page = visible_text(&resident.get(COUNTED).await.body);
    assert!(round_page.contains("1 in progress"), "{round_page}");
    assert!(
        round_page.contains("Projects being delivered"),
        "{round_page}"
    );
}

/// A proposal's fields as its form sends them, with `body` as given.
fn rock_pool_guides(body: &str) -> [(&'static str, &str); 7] {
    [
        ("title", "Rock pool guides"),
        ("summary", "Guided rock pooling for families at low tide."),
        ("body", body),
        ("cost", "£1,200"),
        ("area", "families-and-children"),
        ("agency", ""),
        ("location", ""),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proposer_hears_the_officers_verdict_by_email() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, "resident.ilfracombe@demo.invalid").await;
    let mut sent = vec![
        ("neighbourhood", "ilfracombe"),
        ("round", "2027-28"),
        ("sender", "self"),
    ];
    sent.extend(rock_pool_guides("Twelve sessions over the summer."));
    let answer = resident.post("/api/submit_proposal", &sent).await;
    assert!(answer.status < 400, "{}", answer.body);
    let officer = Visitor::signed_in(&app, "officer.ilfracombe@demo.invalid").await;
    let advanced = officer
        .post(
            "/api/advance_round",
            &[
                ("neighbourhood", "ilfracombe"),
                ("round", "2027-28"),
                ("from", "proposals_open"),
            ],
        )
        .await;
    assert!(advanced.status < 400, "{}", advanced.body);
    use app::backend::entities::proposal;
    let p = proposal::Entity::find()
        .filter(proposal::Column::Title.eq("Rock pool guides"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let answer = officer
        .post(
            "/api/review_proposal",
            &[
                ("id", &p.id.to_string()),
                ("verdict", "needs_changes"),
                ("note", "Please add who will lead the sessions"),
            ],
        )
        .await;
    assert!(answer.status < 400, "{}", answer.body);
    let mails = app.emails(1).await;
    let mail = mails
        .iter()
        .find(|m| m.contains("Rock pool guides"))
        .expect("the proposer was told");
    assert!(mail.contains("resident.ilfracombe@demo.invalid"), "{mail}");
    assert!(
        mail.contains("What they said: Please add who will lead the sessions"),
        "{mail}"
    );
    assert!(mail.contains("Their verdict: Changes requested."), "{mail}");

    // The proposer switches to Welsh while signed in; the next verdict comes in Welsh,
    // whatever language the officer reads in.
    let chosen = resident.choose_language("cy", "/account").await;
    assert_eq!(chosen.status, 303);
    let id = p.id.to_string();
    let mut edited = vec![("id", id.as_str())];
    edited.extend(rock_pool_guides(
        "Twelve sessions over the summer, led by the Marine Centre.",
    ));
    let answer = resident.post("/api/edit_proposal", &edited).await;
    assert!(answer.status < 400, "{}", answer.body);
    let answer = officer
        .post(
            "/api/review_proposal",
            &[
                ("id", &p.id.to_string()),
                ("verdict", "feasible"),
                ("note", ""),
            ],
        )
        .await;
    assert!(answer.status < 400, "{}", answer.body);
    let mails = app.emails(2).await;
    let welsh = mails
        .iter()
        .find(|m| m.contains("Eu dyfarniad"))
        .unwrap_or_else(|| panic!("no Welsh verdict in {mails:?}"));
    assert!(
        welsh.contains("Eu dyfarniad: Ar y papur pleidleisio."),
        "{welsh}"
    );
    assert!(
        !welsh.contains("Yr hyn a ddywedon nhw"),
        "no note, no line: {welsh}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_exported_ledger_recounts_to_the_published_result() {
    let app = spawn_app().await;
    let base = "/api/v1/neighbourhoods/ilfracombe/rounds/2025-26";
    let (status, pb) = app.get(&format!("{base}/ledger.pb")).await;
    assert_eq!(status, 200);
    let dir = std::env::temp_dir().join(format!("commonpot-ledger-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("ledger.pb");
    std::fs::write(&file, &pb).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_commonpot"))
        .args(["count", "--rule", "greedy"])
        .arg(&file)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let selected: BTreeSet<String> = serde_json::from_value(report["selected"].clone()).unwrap();
    // Project ids in the file are mapped back to titles through its PROJECTS section.
    let parsed = app::domain::pb::read_pb(std::io::Cursor::new(pb.as_bytes())).unwrap();
    let name_at = parsed
        .project_columns
        .iter()
        .position(|c| c == "name")
        .unwrap();
    let recounted: BTreeSet<String> = parsed
        .projects
        .iter()
        .filter(|p| selected.contains(&p.id))
        .map(|p| p.fields[name_at].clone())
        .collect();
    let (status, json) = app.get(&format!("{base}/decision.json")).await;
    assert_eq!(status, 200);
    let decision: serde_json::Value = serde_json::from_str(&json).unwrap();
    let in_force = decision["versions"].as_array().unwrap().last().unwrap();
    let funded: BTreeSet<String> = in_force["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["amount_pence"].as_i64().unwrap() > 0)
        .map(|l| l["title"].as_str().unwrap().to_owned())
        .collect();
    assert!(!funded.is_empty());
    assert_eq!(recounted, funded);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_open_data_serves_csv_and_json_and_hides_votes_until_voting_closes() {
    let app = spawn_app().await;
    let base = "/api/v1/neighbourhoods/ilfracombe/rounds";
    let res = app
        .client
        .get(format!("{}{base}/2025-26/decision.csv", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let csv = res.text().await.unwrap();
    assert!(
        csv.starts_with("decision_id,proposal_id,title,amount_pence,paid_by,reason\r\n"),
        "{csv}"
    );
    let (status, json) = app.get(&format!("{base}/2025-26/proposals.json")).await;
    assert_eq!(status, 200);
    assert!(
        serde_json::from_str::<serde_json::Value>(&json)
            .unwrap()
            .as_array()
            .unwrap()
            .len()
            > 3
    );
    let (status, body) = app.get(&format!("{base}/2026-27/results.json")).await;
    assert_eq!(status, 403, "voting is open in 2026-27: {body}");
    assert!(body.contains("once voting has closed"), "{body}");
    let (status, _) = app.get(&format!("{base}/2026-27/ledger.pb")).await;
    assert_eq!(status, 403);
    let (status, body) = app.get(&format!("{base}/2025-26/nonsense.csv")).await;
    assert_eq!(status, 404, "{body}");
    let (status, _) = app
        .get("/api/v1/neighbourhoods/castle-vale/rounds/2028/proposals.json")
        .await;
    assert_eq!(status, 404, "a round being set up is not public");
    let (status, body) = app
        .get("/api/v1/neighbourhoods/castle-vale/rounds/2026/decision.json")
        .await;
    assert_eq!(status, 404);
    assert!(body.contains("not published"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_councillor_looks_at_the_decision_as_it_will_be_published_before_publishing_it() {
    let app = spawn_app().await;
    let before = decisions_stored(&app).await;
    let b = basis(&app).await;
    let preview_path = "/neighbourhoods/castle-vale/rounds/2026/decision/preview";

    // An officer prepares the draft for the councillors, and may look, never publish.
    let officer = Visitor::signed_in(&app, "officer.castle-vale@demo.invalid").await;
    let form = fields(&b, &the_result(&b), &[("intent", "save")]);
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let saved = officer.post("/api/save_decision_draft", &refs).await;
    assert!(saved.status < 400, "{}", saved.body);
    let looked = officer.get(preview_path).await;
    assert_eq!(looked.status, 200, "{}", looked.body);
    let text = visible_text(&looked.body);
    assert!(text.contains("Only the councillors publish"), "{text}");
    assert!(!text.contains("Publish the decision now"), "{text}");

    // "Check and preview" saves the draft and shows the page as residents will see it.
    let councillor = Visitor::signed_in(&app, COUNCILLOR).await;
    let form = fields(&b, &the_result(&b), &[("intent", "publish")]);
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let checked = councillor.post("/api/save_decision_draft", &refs).await;
    assert!(checked.status < 400, "{}", checked.body);
    let preview = councillor.get(preview_path).await;
    let text = visible_text(&preview.body);
    assert!(text.contains("Draft, not published."), "{text}");
    assert!(text.contains("Funded as the residents voted."), "{text}");
    assert!(text.contains("cannot be changed, only amended"), "{text}");
    assert_eq!(
        decisions_stored(&app).await,
        before,
        "looking publishes nothing"
    );
    let public = Visitor::new(&app)
        .await
        .get("/neighbourhoods/castle-vale/rounds/2026/decision")
        .await;
    assert_ne!(public.status, 200, "the draft is not public");
    let seen = hidden(&preview.body, "draft");

    // The draft changes after the look (another councillor saves): publishing what was
    // looked at is refused, so nobody publishes a draft they have not seen.
    let changed = fields(
        &b,
        &the_result(&b),
        &[("intent", "save"), ("summary", "Changed after the look.")],
    );
    let refs: Vec<(&str, &str)> = changed
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert!(
        councillor
            .post("/api/save_decision_draft", &refs)
            .await
            .status
            < 400
    );
    let stale = councillor
        .post(
            "/api/publish_decision",
            &[
                ("neighbourhood", "castle-vale"),
                ("round", "2026"),
                ("draft", &seen),
            ],
        )
        .await;
    assert_eq!(stale.status, 409, "{}", stale.body);
    assert!(
        stale.body.contains("changed after you previewed"),
        "{}",
        stale.body
    );
    let by_officer = officer
        .post(
            "/api/publish_decision",
            &[
                ("neighbourhood", "castle-vale"),
                ("round", "2026"),
                ("draft", &seen),
            ],
        )
        .await;
    assert_eq!(by_officer.status, 403, "{}", by_officer.body);
    assert_eq!(decisions_stored(&app).await, before);

    let published = publish_previewed(&councillor, "castle-vale", "2026").await;
    assert!(published.status < 400, "{}", published.body);
    assert_eq!(decisions_stored(&app).await, before + 1);
    let page = visible_text(
        &Visitor::new(&app)
            .await
            .get("/neighbourhoods/castle-vale/rounds/2026/decision")
            .await
            .body,
    );
    assert!(page.contains("Changed after the look."), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_decision_and_a_delivery_update_whose_audit_entry_fails_are_not_stored() {
    use crate::one_transaction::{audit_mended, audit_refuses};
    use app::backend::entities::{decision_draft, delivery_update, outgoing_email};
    let app = spawn_app().await;
    let b = basis(&app).await;
    let result = the_result(&b);
    let funded = result.iter().find(|l| l.amount > Pence::ZERO).unwrap();
    let id = funded.proposal_id.to_string();
    let resident = Visitor::signed_in(&app, "resident.castle-vale@demo.invalid").await;
    let answer = resident
        .post("/api/follow_proposal", &[("id", &id), ("follow", "yes")])
        .await;
    assert!(answer.status < 400, "{}", answer.body);
    let letters = || async { outgoing_email::Entity::find().count(&app.db).await.unwrap() };
    let phase = || async { counted_round(&app).await.phase };
    let before = (decisions_stored(&app).await, letters().await);

    // The publication's last write fails: no decision, no letter, the round not moved,
    // and the councillor's draft is still there to publish again.
    let councillor = Visitor::signed_in(&app, COUNCILLOR).await;
    audit_refuses(&app, "decision.published").await;
    let answer = send(&councillor, &fields(&b, &result, &[("intent", "publish")])).await;
    assert_eq!(answer.status, 500, "{}", answer.body);
    assert_eq!((decisions_stored(&app).await, letters().await), before);
    assert_eq!(phase().await, "counting");
    assert_eq!(
        decision_draft::Entity::find().count(&app.db).await.unwrap(),
        1
    );
    audit_mended(&app).await;
    let answer = publish_previewed(&councillor, "castle-vale", "2026").await;
    assert!(answer.status < 400, "{}", answer.body);
    assert_eq!(decisions_stored(&app).await, before.0 + 1);
    assert_eq!(phase().await, "decision_published");

    // The same for the first delivery update, which also moves the round on.
    let officer = Visitor::signed_in(&app, "officer.castle-vale@demo.invalid").await;
    let update = [
        ("id", id.as_str()),
        ("status", "in_progress"),
        ("on", "2026-09-01"),
        ("spend", "1,000"),
        ("note", "Builders on site this week"),
    ];
    let letters_before = letters().await;
    let updates = || async {
        delivery_update::Entity::find()
            .count(&app.db)
            .await
            .unwrap()
    };
    let updates_before = updates().await;
    audit_refuses(&app, "delivery.updated").await;
    let answer = officer.post("/api/post_delivery_update", &update).await;
    assert_eq!(answer.status, 500, "{}", answer.body);
    assert_eq!(updates().await, updates_before);
    assert_eq!(letters().await, letters_before);
    assert_eq!(phase().await, "decision_published");
    audit_mended(&app).await;
    let answer = officer.post("/api/post_delivery_update", &update).await;
    assert!(answer.status < 400, "{}", answer.body);
    assert_eq!(updates().await, updates_before + 1);
    assert_eq!(phase().await, "delivery");
}
