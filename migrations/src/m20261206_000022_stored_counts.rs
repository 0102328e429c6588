//! A round's count, made once after voting closes and kept with what it was made from,
//! so the results page, the councillors' draft and the open data cost the same however
//! many ballots there are, and a count that no longer matches its ballots is caught.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RoundCounts {
    Table,
    Id,
    RoundId,
    Ballots,
    LedgerSha256,
    InputsSha256,
    Comparison,
    CountedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RoundCounts::Table)
                    .col(pk_auto(RoundCounts::Id))
                    .col(integer(RoundCounts::RoundId).unique_key())
                    .col(big_integer(RoundCounts::Ballots))
                    .col(string_len(RoundCounts::LedgerSha256, 64))
                    .col(string_len(RoundCounts::InputsSha256, 64))
                    .col(text(RoundCounts::Comparison))
                    .col(timestamp_with_time_zone(RoundCounts::CountedAt))
                    .foreign_key(&mut crate::fk(
                        RoundCounts::Table,
                        RoundCounts::RoundId,
                        Alias::new("rounds"),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RoundCounts::Table).to_owned())
            .await
    }
}
