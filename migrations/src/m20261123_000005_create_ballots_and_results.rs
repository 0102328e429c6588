//! Counted ballots (one per voter per round, enforced here) and count results.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Rounds {
    Table,
}

#[derive(DeriveIden)]
enum Users {
    Table,
}

#[derive(DeriveIden)]
enum Ballots {
    Table,
    Id,
    RoundId,
    VoterKey,
    Receipt,
    Choices,
    Channel,
    EnteredBy,
    CastAt,
}

#[derive(DeriveIden)]
enum Results {
    Table,
    Id,
    RoundId,
    CountRule,
    Selected,
    TotalCostPence,
    BallotsCounted,
    ComputedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Ballots::Table)
                    .col(pk_auto(Ballots::Id))
                    .col(integer(Ballots::RoundId))
                    .col(string_len(Ballots::VoterKey, 128))
                    .col(string_len_uniq(Ballots::Receipt, 32))
                    .col(text(Ballots::Choices))
                    .col(string_len(Ballots::Channel, 16))
                    .col(integer_null(Ballots::EnteredBy))
                    .col(timestamp_with_time_zone(Ballots::CastAt))
                    .foreign_key(&mut crate::fk(
                        Ballots::Table,
                        Ballots::RoundId,
                        Rounds::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::fk(
                        Ballots::Table,
                        Ballots::EnteredBy,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        // One verified resident, at most one counted ballot per round: the database
        // holds this rule, so two phones racing cannot both win.
        manager
            .create_index(
                Index::create()
                    .name("ux_ballots_round_voter")
                    .table(Ballots::Table)
                    .col(Ballots::RoundId)
                    .col(Ballots::VoterKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Results::Table)
                    .col(pk_auto(Results::Id))
                    .col(integer(Results::RoundId))
                    .col(string_len(Results::CountRule, 32))
                    .col(text(Results::Selected))
                    .col(big_integer(Results::TotalCostPence))
                    .col(integer(Results::BallotsCounted))
                    .col(timestamp_with_time_zone(Results::ComputedAt))
                    .foreign_key(&mut crate::fk(
                        Results::Table,
                        Results::RoundId,
                        Rounds::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Results::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Ballots::Table).to_owned())
            .await
    }
}
