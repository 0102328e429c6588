//! Paper ballots: officers type in ballots collected at community events in batches;
//! each batch records who entered it and, once checked against the paper by a second
//! officer, who verified it. A ballot typed in on paper names its batch.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Rounds {
    Table,
}

#[derive(DeriveIden)]
enum Ballots {
    Table,
    PaperBatchId,
}

#[derive(DeriveIden)]
enum PaperBatches {
    Table,
    Id,
    RoundId,
    Label,
    EnteredBy,
    CreatedAt,
    VerifiedBy,
    VerifiedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PaperBatches::Table)
                    .col(pk_auto(PaperBatches::Id))
                    .col(integer(PaperBatches::RoundId))
                    .col(string_len(PaperBatches::Label, 120))
                    .col(integer(PaperBatches::EnteredBy))
                    .col(timestamp_with_time_zone(PaperBatches::CreatedAt))
                    .col(integer_null(PaperBatches::VerifiedBy))
                    .col(timestamp_with_time_zone_null(PaperBatches::VerifiedAt))
                    .foreign_key(&mut crate::fk(
                        PaperBatches::Table,
                        PaperBatches::RoundId,
                        Rounds::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::fk(
                        PaperBatches::Table,
                        PaperBatches::EnteredBy,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    // A second key to users needs a name of its own.
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_paper_batches_verifier")
                            .from(PaperBatches::Table, PaperBatches::VerifiedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_paper_batches_round")
                    .table(PaperBatches::Table)
                    .col(PaperBatches::RoundId)
                    .to_owned(),
            )
            .await?;
        // SQLite cannot add a foreign key with ALTER TABLE; the batch is checked by the
        // code that writes the ballot, in the same transaction.
        manager
            .alter_table(
                Table::alter()
                    .table(Ballots::Table)
                    .add_column(integer_null(Ballots::PaperBatchId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Ballots::Table)
                    .drop_column(Ballots::PaperBatchId)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(PaperBatches::Table).to_owned())
            .await
    }
}
