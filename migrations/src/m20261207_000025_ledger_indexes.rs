//! Indexes that keep a city's round cheap to read: the ledger in receipt order, and the
//! counted (not voided) ballots of a round, which the stored count is checked against and
//! `ledger.pb` is streamed from. Without them each of those reads sorted or
//! visited every one of the round's ballots (seconds at Łódź's 90,494).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE INDEX ix_ballots_round_receipt ON ballots (round_id, receipt)",
        )
        .await?;
        // Partial: SQLite and PostgreSQL both answer `round_id = ? AND voided_at IS NULL`
        // from the index alone.
        db.execute_unprepared(
            "CREATE INDEX ix_ballots_counted ON ballots (round_id, receipt) WHERE voided_at IS NULL",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared("DROP INDEX ix_ballots_counted")
            .await?;
        db.execute_unprepared("DROP INDEX ix_ballots_round_receipt")
            .await?;
        Ok(())
    }
}
