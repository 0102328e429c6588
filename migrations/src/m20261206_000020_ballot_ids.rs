//! A ballot's row id is drawn at random (`backend::voting::new_ballot_id`) instead of
//! counting up: ids in arrival order would let someone holding the database line the
//! ballots up with the moments people were seen signed in or in a web server's log.
//! Random ids need the whole 64 bits (SQLite's row ids already have them; PostgreSQL's
//! column is widened), and the ballots already stored are given new ids once. A paper
//! batch keeps the order its ballots were typed in, in a column of its own.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Ballots {
    Table,
    PaperPosition,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        // A paper batch's ballots were shown in the order typed, which was the id's:
        // that order is kept in a column of its own before the ids are drawn again.
        manager
            .alter_table(
                Table::alter()
                    .table(Ballots::Table)
                    .add_column(ColumnDef::new(Ballots::PaperPosition).integer().null())
                    .to_owned(),
            )
            .await?;
        db.execute_unprepared(
            "UPDATE ballots SET paper_position = (SELECT COUNT(*) FROM ballots earlier \
             WHERE earlier.paper_batch_id = ballots.paper_batch_id AND earlier.id <= ballots.id) \
             WHERE paper_batch_id IS NOT NULL",
        )
        .await?;
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared("ALTER TABLE ballots ALTER COLUMN id TYPE BIGINT")
                    .await?;
                // 62 random bits per row; a clash (about one in 10^9 for a city's
                // ballots) fails the migration rather than losing a ballot.
                db.execute_unprepared(
                    "UPDATE ballots SET id = 1 + floor(random() * 4611686018427387903)::bigint",
                )
                .await?;
            }
            _ => {
                // `random()` is 64 random bits; masked to stay positive.
                db.execute_unprepared(
                    "UPDATE ballots SET id = 1 + (random() & 4611686018427387903)",
                )
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // The old ids cannot come back, and the wider column holds them all.
        Ok(())
    }
}
