//! What the codes of a closed round did, per batch: issued, used online, used on paper,
//! cancelled. Counted once, the first time anyone asks after voting closes (it needs the
//! server's key to match ballots to codes), and kept, so the public page costs the same
//! whatever the number of ballots.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RoundCodeTallies {
    Table,
    Id,
    RoundId,
    Batch,
    Issued,
    Online,
    Paper,
    Voided,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RoundCodeTallies::Table)
                    .col(pk_auto(RoundCodeTallies::Id))
                    .col(integer(RoundCodeTallies::RoundId))
                    .col(string_len(RoundCodeTallies::Batch, 64))
                    .col(integer(RoundCodeTallies::Issued))
                    .col(integer(RoundCodeTallies::Online))
                    .col(integer(RoundCodeTallies::Paper))
                    .col(integer(RoundCodeTallies::Voided))
                    .foreign_key(&mut crate::fk(
                        RoundCodeTallies::Table,
                        RoundCodeTallies::RoundId,
                        Alias::new("rounds"),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_round_code_tallies_round_batch")
                    .table(RoundCodeTallies::Table)
                    .col(RoundCodeTallies::RoundId)
                    .col(RoundCodeTallies::Batch)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RoundCodeTallies::Table).to_owned())
            .await
    }
}
