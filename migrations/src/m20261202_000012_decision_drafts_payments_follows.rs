//! What the councillors' decision needs beyond the first schema: a working draft per
//! round, the agencies that pay for each line (a line may be split between several),
//! one amendment at most per decision (so the history is a single chain), and the
//! residents who follow a proposal to hear of its decision and delivery.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
}

#[derive(DeriveIden)]
enum Rounds {
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
    AmendsDecisionId,
}

#[derive(DeriveIden)]
enum DecisionItems {
    Table,
}

#[derive(DeriveIden)]
enum DecisionPayments {
    Table,
    Id,
    DecisionItemId,
    AgencyId,
    AmountPence,
}

#[derive(DeriveIden)]
enum DecisionDrafts {
    Table,
    Id,
    RoundId,
    Body,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProposalFollows {
    Table,
    Id,
    ProposalId,
    UserId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DecisionPayments::Table)
                    .col(pk_auto(DecisionPayments::Id))
                    .col(integer(DecisionPayments::DecisionItemId))
                    .col(integer(DecisionPayments::AgencyId))
                    .col(
                        big_integer(DecisionPayments::AmountPence)
                            .check(Expr::col(DecisionPayments::AmountPence).gt(0)),
                    )
                    .foreign_key(&mut crate::fk(
                        DecisionPayments::Table,
                        DecisionPayments::DecisionItemId,
                        DecisionItems::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::fk(
                        DecisionPayments::Table,
                        DecisionPayments::AgencyId,
                        Agencies::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DecisionDrafts::Table)
                    .col(pk_auto(DecisionDrafts::Id))
                    .col(integer_uniq(DecisionDrafts::RoundId))
                    .col(text(DecisionDrafts::Body))
                    .col(integer(DecisionDrafts::UpdatedBy))
                    .col(timestamp_with_time_zone(DecisionDrafts::UpdatedAt))
                    .foreign_key(&mut crate::fk(
                        DecisionDrafts::Table,
                        DecisionDrafts::RoundId,
                        Rounds::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::fk(
                        DecisionDrafts::Table,
                        DecisionDrafts::UpdatedBy,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_decisions_amends")
                    .table(Decisions::Table)
                    .col(Decisions::AmendsDecisionId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalFollows::Table)
                    .col(pk_auto(ProposalFollows::Id))
                    .col(integer(ProposalFollows::ProposalId))
                    .col(integer(ProposalFollows::UserId))
                    .col(timestamp_with_time_zone(ProposalFollows::CreatedAt))
                    .foreign_key(&mut crate::fk(
                        ProposalFollows::Table,
                        ProposalFollows::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::fk(
                        ProposalFollows::Table,
                        ProposalFollows::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_proposal_follows")
                    .table(ProposalFollows::Table)
                    .col(ProposalFollows::ProposalId)
                    .col(ProposalFollows::UserId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ProposalFollows::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("ux_decisions_amends")
                    .table(Decisions::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(DecisionDrafts::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(DecisionPayments::Table).to_owned())
            .await
    }
}
