//! Rounds, their phase timetable, and the agencies' contributions to each pot.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Neighbourhoods {
    Table,
}

#[derive(DeriveIden)]
enum Agencies {
    Table,
}

#[derive(DeriveIden)]
enum Rounds {
    Table,
    Id,
    NeighbourhoodId,
    Slug,
    Title,
    Summary,
    Phase,
    BallotRule,
    BallotMaxChoices,
    BallotPoints,
    BallotMinChoices,
    CountRule,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RoundPhaseDates {
    Table,
    Id,
    RoundId,
    Phase,
    StartsOn,
}

#[derive(DeriveIden)]
enum Contributions {
    Table,
    Id,
    RoundId,
    AgencyId,
    AmountPence,
    RingFence,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Rounds::Table)
                    .col(pk_auto(Rounds::Id))
                    .col(integer(Rounds::NeighbourhoodId))
                    .col(string_len(Rounds::Slug, 60))
                    .col(string(Rounds::Title))
                    .col(text(Rounds::Summary))
                    .col(string_len(Rounds::Phase, 32))
                    .col(string_len(Rounds::BallotRule, 32))
                    .col(integer_null(Rounds::BallotMaxChoices))
                    .col(integer_null(Rounds::BallotPoints))
                    .col(integer(Rounds::BallotMinChoices).default(1))
                    .col(string_len(Rounds::CountRule, 32))
                    .col(timestamp_with_time_zone(Rounds::CreatedAt))
                    .foreign_key(&mut crate::fk(
                        Rounds::Table,
                        Rounds::NeighbourhoodId,
                        Neighbourhoods::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_rounds_neighbourhood_slug")
                    .table(Rounds::Table)
                    .col(Rounds::NeighbourhoodId)
                    .col(Rounds::Slug)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RoundPhaseDates::Table)
                    .col(pk_auto(RoundPhaseDates::Id))
                    .col(integer(RoundPhaseDates::RoundId))
                    .col(string_len(RoundPhaseDates::Phase, 32))
                    .col(date(RoundPhaseDates::StartsOn))
                    .foreign_key(&mut crate::fk(
                        RoundPhaseDates::Table,
                        RoundPhaseDates::RoundId,
                        Rounds::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_round_phase_dates_phase")
                    .table(RoundPhaseDates::Table)
                    .col(RoundPhaseDates::RoundId)
                    .col(RoundPhaseDates::Phase)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Contributions::Table)
                    .col(pk_auto(Contributions::Id))
                    .col(integer(Contributions::RoundId))
                    .col(integer(Contributions::AgencyId))
                    .col(
                        big_integer(Contributions::AmountPence)
                            .check(Expr::col(Contributions::AmountPence).gt(0)),
                    )
                    .col(text_null(Contributions::RingFence))
                    .foreign_key(&mut crate::fk(
                        Contributions::Table,
                        Contributions::RoundId,
                        Rounds::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::fk(
                        Contributions::Table,
                        Contributions::AgencyId,
                        Agencies::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_contributions_round_agency")
                    .table(Contributions::Table)
                    .col(Contributions::RoundId)
                    .col(Contributions::AgencyId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Contributions::Table.into_iden(),
            RoundPhaseDates::Table.into_iden(),
            Rounds::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
