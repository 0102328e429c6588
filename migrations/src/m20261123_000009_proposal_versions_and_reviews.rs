//! Proposals over time: every submitted or edited text is kept as a version, and every
//! review step (an officer's decision, a cost adjustment, moderation, withdrawal) is
//! kept as a public history entry. Proposals gain the community group they were sent
//! for, the note on an officer's cost adjustment and their current version number.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
}

#[derive(DeriveIden)]
enum Proposals {
    Table,
    CommunityGroupId,
    CostNote,
    Version,
}

#[derive(DeriveIden)]
enum ProposalVersions {
    Table,
    Id,
    ProposalId,
    Version,
    Title,
    Summary,
    Body,
    CostPence,
    PriorityArea,
    AgencyId,
    Location,
    EditedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ProposalReviews {
    Table,
    Id,
    ProposalId,
    Version,
    Outcome,
    Note,
    CostBeforePence,
    CostAfterPence,
    ByUserId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in [
            integer_null(Proposals::CommunityGroupId),
            text_null(Proposals::CostNote),
            integer(Proposals::Version).default(1).to_owned(),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(Proposals::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ProposalVersions::Table)
                    .col(pk_auto(ProposalVersions::Id))
                    .col(integer(ProposalVersions::ProposalId))
                    .col(integer(ProposalVersions::Version))
                    .col(string_len(ProposalVersions::Title, 120))
                    .col(string_len(ProposalVersions::Summary, 300))
                    .col(text(ProposalVersions::Body))
                    .col(big_integer(ProposalVersions::CostPence))
                    .col(string_len(ProposalVersions::PriorityArea, 40))
                    .col(integer_null(ProposalVersions::AgencyId))
                    .col(string_len_null(ProposalVersions::Location, 200))
                    .col(integer_null(ProposalVersions::EditedBy))
                    .col(timestamp_with_time_zone(ProposalVersions::CreatedAt))
                    .foreign_key(&mut crate::fk(
                        ProposalVersions::Table,
                        ProposalVersions::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::fk(
                        ProposalVersions::Table,
                        ProposalVersions::EditedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .index(
                        Index::create()
                            .name("ux_proposal_versions_number")
                            .col(ProposalVersions::ProposalId)
                            .col(ProposalVersions::Version)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalReviews::Table)
                    .col(pk_auto(ProposalReviews::Id))
                    .col(integer(ProposalReviews::ProposalId))
                    .col(integer(ProposalReviews::Version))
                    .col(string_len(ProposalReviews::Outcome, 32))
                    .col(text_null(ProposalReviews::Note))
                    .col(big_integer_null(ProposalReviews::CostBeforePence))
                    .col(big_integer_null(ProposalReviews::CostAfterPence))
                    .col(integer_null(ProposalReviews::ByUserId))
                    .col(timestamp_with_time_zone(ProposalReviews::CreatedAt))
                    .foreign_key(&mut crate::fk(
                        ProposalReviews::Table,
                        ProposalReviews::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::fk(
                        ProposalReviews::Table,
                        ProposalReviews::ByUserId,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_proposal_reviews_proposal")
                    .table(ProposalReviews::Table)
                    .col(ProposalReviews::ProposalId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ProposalReviews::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ProposalVersions::Table).to_owned())
            .await?;
        for column in [
            Proposals::Version,
            Proposals::CostNote,
            Proposals::CommunityGroupId,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Proposals::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
