//! Proposals: what residents and community groups ask the pot to fund.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Rounds {
    Table,
}

#[derive(DeriveIden)]
enum Agencies {
    Table,
}

#[derive(DeriveIden)]
enum Users {
    Table,
}

#[derive(DeriveIden)]
enum PriorityAreas {
    Table,
    Slug,
}

#[derive(DeriveIden)]
enum Proposals {
    Table,
    Id,
    RoundId,
    Title,
    Summary,
    Body,
    CostPence,
    PriorityArea,
    AgencyId,
    Location,
    ProposerUserId,
    ProposerName,
    Status,
    StatusReason,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Proposals::Table)
                    .col(pk_auto(Proposals::Id))
                    .col(integer(Proposals::RoundId))
                    .col(string_len(Proposals::Title, 120))
                    .col(string_len(Proposals::Summary, 300))
                    .col(text(Proposals::Body))
                    .col(
                        big_integer(Proposals::CostPence)
                            .check(Expr::col(Proposals::CostPence).gt(0)),
                    )
                    .col(string_len(Proposals::PriorityArea, 40))
                    .col(integer_null(Proposals::AgencyId))
                    .col(string_len_null(Proposals::Location, 200))
                    .col(integer_null(Proposals::ProposerUserId))
                    .col(string(Proposals::ProposerName))
                    .col(string_len(Proposals::Status, 32))
                    .col(text_null(Proposals::StatusReason))
                    .col(timestamp_with_time_zone(Proposals::CreatedAt))
                    .col(timestamp_with_time_zone(Proposals::UpdatedAt))
                    .foreign_key(&mut crate::fk(
                        Proposals::Table,
                        Proposals::RoundId,
                        Rounds::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::fk(
                        Proposals::Table,
                        Proposals::AgencyId,
                        Agencies::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut crate::fk(
                        Proposals::Table,
                        Proposals::ProposerUserId,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_proposals_priority_areas")
                            .from(Proposals::Table, Proposals::PriorityArea)
                            .to(PriorityAreas::Table, PriorityAreas::Slug)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_proposals_round")
                    .table(Proposals::Table)
                    .col(Proposals::RoundId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Proposals::Table).to_owned())
            .await
    }
}
