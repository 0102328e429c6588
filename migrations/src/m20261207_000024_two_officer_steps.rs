//! Putting a vote right when something went wrong takes two officers: one proposes the
//! step with a public reason, another confirms it. A voided ballot stays in the ledger,
//! marked with the reason, and is left out of every count.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Ballots {
    Table,
    VoidedAt,
    VoidReason,
}

/// Counts up each time a round's ballots change after a count could have been made (a
/// void, a reopening): a stored count made at an older version is made again.
#[derive(DeriveIden)]
enum Rounds {
    Table,
    CountVersion,
}

#[derive(DeriveIden)]
enum RoundCounts {
    Table,
    CountVersion,
}

/// Residencies ended by an officer, kept so that verifying the person again keeps the
/// voter key they voted under (their household code's), and nobody votes twice.
#[derive(DeriveIden)]
enum FormerResidents {
    Table,
    Id,
    UserId,
    NeighbourhoodId,
    VotingCodeId,
    UnverifiedAt,
}

#[derive(DeriveIden)]
enum OfficerSteps {
    Table,
    Id,
    RoundId,
    Kind,
    Receipt,
    Reason,
    AllowRevote,
    NewClosesAt,
    ProposedBy,
    ProposedAt,
    DecidedBy,
    DecidedAt,
    Outcome,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Ballots::Table)
                    .add_column(
                        ColumnDef::new(Ballots::VoidedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Ballots::Table)
                    .add_column(ColumnDef::new(Ballots::VoidReason).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .add_column(
                        ColumnDef::new(Rounds::CountVersion)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RoundCounts::Table)
                    .add_column(
                        ColumnDef::new(RoundCounts::CountVersion)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FormerResidents::Table)
                    .col(
                        ColumnDef::new(FormerResidents::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(FormerResidents::UserId).integer().not_null())
                    .col(
                        ColumnDef::new(FormerResidents::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(FormerResidents::VotingCodeId)
                            .integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(FormerResidents::UnverifiedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(&mut crate::fk(
                        FormerResidents::Table,
                        FormerResidents::UserId,
                        Alias::new("users"),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_former_residents_user")
                    .table(FormerResidents::Table)
                    .col(FormerResidents::UserId)
                    .col(FormerResidents::NeighbourhoodId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OfficerSteps::Table)
                    .col(
                        ColumnDef::new(OfficerSteps::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(OfficerSteps::RoundId).integer().not_null())
                    .col(ColumnDef::new(OfficerSteps::Kind).string().not_null())
                    .col(ColumnDef::new(OfficerSteps::Receipt).string().null())
                    .col(ColumnDef::new(OfficerSteps::Reason).text().not_null())
                    .col(
                        ColumnDef::new(OfficerSteps::AllowRevote)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(OfficerSteps::NewClosesAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(OfficerSteps::ProposedBy)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(OfficerSteps::ProposedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(OfficerSteps::DecidedBy).integer().null())
                    .col(
                        ColumnDef::new(OfficerSteps::DecidedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(OfficerSteps::Outcome).string().null())
                    .foreign_key(&mut crate::fk(
                        OfficerSteps::Table,
                        OfficerSteps::RoundId,
                        Alias::new("rounds"),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_officer_steps_round")
                    .table(OfficerSteps::Table)
                    .col(OfficerSteps::RoundId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OfficerSteps::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(FormerResidents::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RoundCounts::Table)
                    .drop_column(RoundCounts::CountVersion)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .drop_column(Rounds::CountVersion)
                    .to_owned(),
            )
            .await?;
        for column in [Ballots::VoidReason, Ballots::VoidedAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Ballots::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
