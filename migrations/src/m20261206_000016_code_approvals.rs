//! One officer cannot mint votes: codes made while a round of the neighbourhood is
//! voting wait for a second officer's approval before they work, and cancelling a code
//! while voting needs a second officer too. Both names are kept on the code.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum VotingCodes {
    Table,
    PendingSince,
    ApprovedBy,
    ApprovedAt,
    VoidRequestedBy,
    VoidRequestedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        for column in [
            timestamp_with_time_zone_null(VotingCodes::PendingSince),
            integer_null(VotingCodes::ApprovedBy),
            timestamp_with_time_zone_null(VotingCodes::ApprovedAt),
            integer_null(VotingCodes::VoidRequestedBy),
            timestamp_with_time_zone_null(VotingCodes::VoidRequestedAt),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(VotingCodes::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            VotingCodes::VoidRequestedAt,
            VotingCodes::VoidRequestedBy,
            VotingCodes::ApprovedAt,
            VotingCodes::ApprovedBy,
            VotingCodes::PendingSince,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(VotingCodes::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
