//! The public pages, as a resident's browser receives them (no JavaScript needed).

use crate::helpers::{spawn_app, visible_text};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_home_page_lists_ilfracombe_and_castle_vale() {
    let app = spawn_app().await;
    let (status, html) = app.get("/").await;
    assert_eq!(status, 200);
    let text = visible_text(&html);
    assert!(text.contains("Ilfracombe"), "{text}");
    assert!(text.contains("Castle Vale"));
    assert!(
        html.contains("<title>Community Budgets – Commonpot</title>"),
        "{html}"
    );
    assert!(html.contains("lang=\"en-GB\""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_round_page_shows_a_pot_equal_to_the_sum_of_its_contributions_in_pounds() {
    let app = spawn_app().await;
    let (status, html) = app.get("/neighbourhoods/ilfracombe/rounds/2026-27").await;
    assert_eq!(status, 200);
    let text = visible_text(&html);
    // North Devon Council £60,000 + NHS Devon £25,000 + police £10,000 + fire £5,000.
    for part in [
        "North Devon Council £60,000",
        "NHS Devon £25,000",
        "Devon and Cornwall Police £10,000",
    ] {
        assert!(text.contains(part), "missing {part} in {text}");
    }
    assert!(text.contains("The pot: £100,000"), "{text}");
    assert!(text.contains("Total pot £100,000"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_round_page_says_what_you_can_do_now_and_shows_the_timeline() {
    let app = spawn_app().await;
    let (_, html) = app.get("/neighbourhoods/ilfracombe/rounds/2026-27").await;
    let text = visible_text(&html);
    assert!(text.contains("Voting open"));
    assert!(text.contains("Vote for the proposals you want funded"));
    assert!(text.contains("from 15 June 2026"), "{text}");
    assert!(html.contains("aria-current=\"step\""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_priority_area_filter_works_as_a_plain_form_without_javascript() {
    let app = spawn_app().await;
    let (_, all) = app.get("/neighbourhoods/ilfracombe/rounds/2027-28").await;
    let (status, youth) = app
        .get("/neighbourhoods/ilfracombe/rounds/2027-28?area=youth")
        .await;
    assert_eq!(status, 200);
    let all_text = visible_text(&all);
    let youth_text = visible_text(&youth);
    assert!(all_text.contains("Showing all 12 proposals."), "{all_text}");
    assert!(
        youth_text.contains("Showing 1 proposal of 12."),
        "{youth_text}"
    );
    assert!(youth_text.contains("Friday night youth club"));
    assert!(!youth_text.contains("Seafront litter"));
    assert!(youth.contains("<form method=\"get\""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_priority_area_shows_every_proposal() {
    let app = spawn_app().await;
    let (status, html) = app
        .get("/neighbourhoods/ilfracombe/rounds/2027-28?area=parties")
        .await;
    assert_eq!(status, 200);
    assert!(visible_text(&html).contains("Showing all 12 proposals."));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_round_gets_a_404_page_that_says_so() {
    let app = spawn_app().await;
    let (status, html) = app.get("/neighbourhoods/ilfracombe/rounds/1999").await;
    assert_eq!(status, 404);
    assert!(visible_text(&html).contains("That round could not be found"));
    assert!(html.contains("<title>Page not found – Commonpot</title>"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_address_gets_the_404_page() {
    let app = spawn_app().await;
    let (status, html) = app.get("/no/such/page").await;
    assert_eq!(status, 404);
    assert!(visible_text(&html).contains("Page not found"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_still_being_set_up_is_not_public() {
    let app = spawn_app().await;
    let (status, _) = app.get("/neighbourhoods/castle-vale/rounds/2028").await;
    assert_eq!(status, 404);
    let (_, html) = app.get("/neighbourhoods/castle-vale").await;
    assert!(!visible_text(&html).contains("Community Budget 2028"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_neighbourhood_page_lists_its_rounds_and_who_can_take_part() {
    let app = spawn_app().await;
    let (status, html) = app.get("/neighbourhoods/castle-vale").await;
    assert_eq!(status, 200);
    let text = visible_text(&html);
    assert!(text.contains("Birmingham City Council"));
    assert!(text.contains("B35 6, B35 7"), "{text}");
    assert!(text.contains("Castle Vale Community Budget 2027"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proposal_page_shows_its_cost_status_and_any_public_reason() {
    let app = spawn_app().await;
    let (_, round) = app.get("/neighbourhoods/castle-vale/rounds/2027").await;
    // In the full list, not the shortlist above it.
    let list = &round[round.find("id=\"proposals\"").expect("a list of proposals")..];
    let href = list
        .split("href=\"/proposals/")
        .nth(2)
        .and_then(|s| s.split('"').next())
        .expect("a proposal link");
    let (status, html) = app.get(&format!("/proposals/{href}")).await;
    assert_eq!(status, 200);
    let text = visible_text(&html);
    assert!(text.contains("Changes requested"), "{text}");
    assert!(text.contains("Please add a quote from a supplier"));
    assert!(text.contains("Cost £"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn script_in_a_proposal_title_is_shown_as_text_never_run() {
    // The class of CVE-2026-23891 (script in user-supplied names), in the body and the
    // document title alike.
    use app::backend::entities::proposal;
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let app = spawn_app().await;
    let first = proposal::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut p: proposal::ActiveModel = first.clone().into();
    p.title = Set("</title><script>alert(1)</script> Bins".into());
    p.update(&app.db).await.unwrap();
    let (_, html) = app.get(&format!("/proposals/{}", first.id)).await;
    assert!(!html.contains("<script>alert(1)"), "{html}");
    assert!(!html.contains("</title><script>"));
    assert!(html.contains(
        "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; Bins – Commonpot</title>"
    ));
    assert!(visible_text(&html).contains("Bins"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_published_decision_shows_on_its_round_page() {
    let app = spawn_app().await;
    let (status, html) = app.get("/neighbourhoods/ilfracombe/rounds/2025-26").await;
    assert_eq!(status, 200);
    let text = visible_text(&html);
    assert!(text.contains("The decision"), "{text}");
    assert!(text.contains("Total funded £"));
}
