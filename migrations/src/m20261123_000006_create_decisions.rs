//! Published budget decisions (append-only, amended only by newer decisions) and
//! delivery updates on funded proposals.

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
enum Agencies {
    Table,
}

#[derive(DeriveIden)]
enum Proposals {
    Table,
}

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
    RoundId,
    AmendsDecisionId,
    Summary,
    AmendmentReason,
    PublishedBy,
    PublishedAt,
    ContentHash,
}

#[derive(DeriveIden)]
enum DecisionItems {
    Table,
    Id,
    DecisionId,
    ProposalId,
    AgencyId,
    AmountPence,
    Reason,
}

#[derive(DeriveIden)]
enum DeliveryUpdates {
    Table,
    Id,
    ProposalId,
    Status,
    HappenedOn,
    Note,
    SpendPence,
    PostedBy,
    PostedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Decisions::Table)
                    .col(pk_auto(Decisions::Id))
                    .col(integer(Decisions::RoundId))
                    .col(integer_null(Decisions::AmendsDecisionId))
                    .col(text(Decisions::Summary))
                    .col(text_null(Decisions::AmendmentReason))
                    .col(integer(Decisions::PublishedBy))
                    .col(timestamp_with_time_zone(Decisions::PublishedAt))
                    .col(string_len(Decisions::ContentHash, 64))
                    .foreign_key(&mut crate::fk(
                        Decisions::Table,
                        Decisions::RoundId,
                        Rounds::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::fk(
                        Decisions::Table,
                        Decisions::PublishedBy,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_decisions_amends")
                            .from(Decisions::Table, Decisions::AmendsDecisionId)
                            .to(Decisions::Table, Decisions::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DecisionItems::Table)
                    .col(pk_auto(DecisionItems::Id))
                    .col(integer(DecisionItems::DecisionId))
                    .col(integer(DecisionItems::ProposalId))
                    .col(integer_null(DecisionItems::AgencyId))
                    .col(
                        big_integer(DecisionItems::AmountPence)
                            .check(Expr::col(DecisionItems::AmountPence).gte(0)),
                    )
                    .col(text_null(DecisionItems::Reason))
                    .foreign_key(&mut crate::fk(
                        DecisionItems::Table,
                        DecisionItems::DecisionId,
                        Decisions::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::fk(
                        DecisionItems::Table,
                        DecisionItems::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::fk(
                        DecisionItems::Table,
                        DecisionItems::AgencyId,
                        Agencies::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeliveryUpdates::Table)
                    .col(pk_auto(DeliveryUpdates::Id))
                    .col(integer(DeliveryUpdates::ProposalId))
                    .col(string_len(DeliveryUpdates::Status, 32))
                    .col(date(DeliveryUpdates::HappenedOn))
                    .col(text(DeliveryUpdates::Note))
                    .col(big_integer(DeliveryUpdates::SpendPence))
                    .col(integer_null(DeliveryUpdates::PostedBy))
                    .col(timestamp_with_time_zone(DeliveryUpdates::PostedAt))
                    .foreign_key(&mut crate::fk(
                        DeliveryUpdates::Table,
                        DeliveryUpdates::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::fk(
                        DeliveryUpdates::Table,
                        DeliveryUpdates::PostedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            DeliveryUpdates::Table.into_iden(),
            DecisionItems::Table.into_iden(),
            Decisions::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
