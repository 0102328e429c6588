//! What a council needs to start from an empty database: one-time account links (the
//! first administrator sets a password with one), neighbourhoods with their Welsh names,
//! households and archiving, rounds with a timetable the server keeps, and the round's
//! public history.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
}

#[derive(DeriveIden)]
enum Neighbourhoods {
    Table,
    NameCy,
    SummaryCy,
    Households,
    ArchivedAt,
}

#[derive(DeriveIden)]
enum NeighbourhoodPostcodes {
    Table,
    Area,
}

#[derive(DeriveIden)]
enum Rounds {
    Table,
    TitleCy,
    SummaryCy,
    ClosingSummary,
}

/// A proposal is written in English or Welsh, with the other language optional.
#[derive(DeriveIden)]
enum Proposals {
    Table,
}

#[derive(DeriveIden)]
enum ProposalVersions {
    Table,
}

#[derive(DeriveIden)]
enum Written {
    Language,
    OtherTitle,
    OtherSummary,
    OtherBody,
}

#[derive(DeriveIden)]
enum AccountLinks {
    Table,
    Id,
    UserId,
    Purpose,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum RoundSchedules {
    Table,
    Id,
    RoundId,
    ProposalsOpenAt,
    ReviewAt,
    VotingOpenAt,
    VotingCloseAt,
    DecisionExpectedOn,
    DeliveryUntilOn,
    HeldPhase,
    HeldReason,
}

#[derive(DeriveIden)]
enum RoundEvents {
    Table,
    Id,
    RoundId,
    At,
    ActorRole,
    Kind,
    Detail,
}

/// SQLite adds one column per ALTER TABLE.
async fn add_column(
    manager: &SchemaManager<'_>,
    table: impl IntoIden + 'static,
    column: ColumnDef,
) -> Result<(), DbErr> {
    let mut column = column;
    manager
        .alter_table(
            Table::alter()
                .table(table)
                .add_column(&mut column)
                .to_owned(),
        )
        .await
}

async fn drop_column(
    manager: &SchemaManager<'_>,
    table: impl IntoIden + 'static,
    column: impl IntoIden + 'static,
) -> Result<(), DbErr> {
    manager
        .alter_table(Table::alter().table(table).drop_column(column).to_owned())
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use Neighbourhoods as N;
        add_column(manager, N::Table, string_null(N::NameCy)).await?;
        add_column(manager, N::Table, text_null(N::SummaryCy)).await?;
        add_column(manager, N::Table, integer_null(N::Households)).await?;
        add_column(
            manager,
            N::Table,
            timestamp_with_time_zone_null(N::ArchivedAt),
        )
        .await?;
        add_column(manager, Rounds::Table, string_null(Rounds::TitleCy)).await?;
        add_column(manager, Rounds::Table, text_null(Rounds::SummaryCy)).await?;
        add_column(manager, Rounds::Table, text_null(Rounds::ClosingSummary)).await?;
        for table in [
            Proposals::Table.into_iden(),
            ProposalVersions::Table.into_iden(),
        ] {
            add_column(
                manager,
                table.clone(),
                string_len(Written::Language, 8).default("en").to_owned(),
            )
            .await?;
            add_column(manager, table.clone(), string_null(Written::OtherTitle)).await?;
            add_column(manager, table.clone(), text_null(Written::OtherSummary)).await?;
            add_column(manager, table, text_null(Written::OtherBody)).await?;
        }
        // A postcode area belongs to one neighbourhood: two admins adding the same one at
        // once end with one of them refused by the database.
        manager
            .create_index(
                Index::create()
                    .name("ux_neighbourhood_postcodes_area_only")
                    .table(NeighbourhoodPostcodes::Table)
                    .col(NeighbourhoodPostcodes::Area)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AccountLinks::Table)
                    .col(pk_auto(AccountLinks::Id))
                    .col(integer(AccountLinks::UserId))
                    .col(string_len(AccountLinks::Purpose, 32))
                    .col(string_len_uniq(AccountLinks::TokenHash, 64))
                    .col(timestamp_with_time_zone(AccountLinks::CreatedAt))
                    .col(timestamp_with_time_zone(AccountLinks::ExpiresAt))
                    .col(timestamp_with_time_zone_null(AccountLinks::UsedAt))
                    .foreign_key(&mut crate::fk(
                        AccountLinks::Table,
                        AccountLinks::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RoundSchedules::Table)
                    .col(pk_auto(RoundSchedules::Id))
                    .col(integer_uniq(RoundSchedules::RoundId))
                    .col(timestamp_with_time_zone(RoundSchedules::ProposalsOpenAt))
                    .col(timestamp_with_time_zone(RoundSchedules::ReviewAt))
                    .col(timestamp_with_time_zone(RoundSchedules::VotingOpenAt))
                    .col(timestamp_with_time_zone(RoundSchedules::VotingCloseAt))
                    .col(date_null(RoundSchedules::DecisionExpectedOn))
                    .col(date_null(RoundSchedules::DeliveryUntilOn))
                    .col(string_len_null(RoundSchedules::HeldPhase, 32))
                    .col(text_null(RoundSchedules::HeldReason))
                    .foreign_key(&mut crate::fk(
                        RoundSchedules::Table,
                        RoundSchedules::RoundId,
                        Alias::new("rounds"),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RoundEvents::Table)
                    .col(pk_auto(RoundEvents::Id))
                    .col(integer(RoundEvents::RoundId))
                    .col(timestamp_with_time_zone(RoundEvents::At))
                    .col(string_len(RoundEvents::ActorRole, 32))
                    .col(string_len(RoundEvents::Kind, 64))
                    .col(text(RoundEvents::Detail))
                    .foreign_key(&mut crate::fk(
                        RoundEvents::Table,
                        RoundEvents::RoundId,
                        Alias::new("rounds"),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_round_events_round")
                    .table(RoundEvents::Table)
                    .col(RoundEvents::RoundId)
                    .col(RoundEvents::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use Neighbourhoods as N;
        for table in [
            RoundEvents::Table.into_iden(),
            RoundSchedules::Table.into_iden(),
            AccountLinks::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name("ux_neighbourhood_postcodes_area_only")
                    .table(NeighbourhoodPostcodes::Table)
                    .to_owned(),
            )
            .await?;
        for table in [
            Proposals::Table.into_iden(),
            ProposalVersions::Table.into_iden(),
        ] {
            for column in [
                Written::OtherBody,
                Written::OtherSummary,
                Written::OtherTitle,
                Written::Language,
            ] {
                drop_column(manager, table.clone(), column).await?;
            }
        }
        drop_column(manager, Rounds::Table, Rounds::ClosingSummary).await?;
        drop_column(manager, Rounds::Table, Rounds::SummaryCy).await?;
        drop_column(manager, Rounds::Table, Rounds::TitleCy).await?;
        drop_column(manager, N::Table, N::ArchivedAt).await?;
        drop_column(manager, N::Table, N::Households).await?;
        drop_column(manager, N::Table, N::SummaryCy).await?;
        drop_column(manager, N::Table, N::NameCy).await
    }
}
