//! The schema: every migration applies, rolls back with its down(), and applies again.

use crate::helpers::fresh_database;
use migrations::{Migrator, MigratorTrait};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_migration_rolls_back_and_applies_again() {
    let (url, _dir) = fresh_database().await;
    let db = app::backend::db::connect(&url, 2).await.unwrap();
    Migrator::up(&db, None).await.unwrap();
    let applied = Migrator::get_applied_migrations(&db).await.unwrap().len();
    assert_eq!(applied, Migrator::migrations().len());
    Migrator::down(&db, None).await.unwrap();
    assert!(Migrator::get_applied_migrations(&db)
        .await
        .unwrap()
        .is_empty());
    Migrator::up(&db, None).await.unwrap();
    assert_eq!(
        Migrator::get_applied_migrations(&db).await.unwrap().len(),
        applied
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_contribution_of_zero_or_less_is_refused_by_the_database() {
    use app::backend::entities::contribution;
    use sea_orm::{ActiveModelTrait, Set};
    let app = crate::helpers::spawn_app().await;
    let bad = contribution::ActiveModel {
        round_id: Set(1),
        agency_id: Set(1),
        amount_pence: Set(-5),
        ring_fence: Set(None),
        ..Default::default()
    };
    assert!(bad.insert(&app.db).await.is_err());
}
