//! The demo data: what `commonpot seed --demo` puts in, and that it is safe to repeat.

use crate::helpers::spawn_app;
use app::backend::entities::{contribution, neighbourhood, proposal, round};
use sea_orm::{EntityTrait, PaginatorTrait};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seeding_the_demo_twice_adds_nothing_the_second_time() {
    let app = spawn_app().await;
    let before = (
        neighbourhood::Entity::find().count(&app.db).await.unwrap(),
        round::Entity::find().count(&app.db).await.unwrap(),
        proposal::Entity::find().count(&app.db).await.unwrap(),
        contribution::Entity::find().count(&app.db).await.unwrap(),
    );
    let report = server::seed::demo::seed(&app.db).await.unwrap();
    assert!(report.contains("already present"), "{report}");
    let after = (
        neighbourhood::Entity::find().count(&app.db).await.unwrap(),
        round::Entity::find().count(&app.db).await.unwrap(),
        proposal::Entity::find().count(&app.db).await.unwrap(),
        contribution::Entity::find().count(&app.db).await.unwrap(),
    );
    assert_eq!(before, after);
    assert_eq!(before.0, 2);
    assert_eq!(before.1, 8, "a round in every phase of the cycle");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_demo_round_that_is_public_has_between_8_and_15_proposals() {
    let app = spawn_app().await;
    for r in round::Entity::find().all(&app.db).await.unwrap() {
        let n = proposal::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .filter(|p| p.round_id == r.id)
            .count();
        if r.phase == "draft" {
            assert_eq!(n, 0, "{}", r.title);
        } else {
            assert!((8..=15).contains(&n), "{} has {n}", r.title);
        }
    }
}
