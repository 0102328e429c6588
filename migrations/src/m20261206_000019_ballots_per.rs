//! A round says whether it takes one ballot per resident or one per household. Rounds
//! made before took one per resident (a letter code and each person verified in person
//! each voted), so that is what they keep.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Rounds {
    Table,
    BallotsPer,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .add_column(
                        ColumnDef::new(Rounds::BallotsPer)
                            .string_len(16)
                            .not_null()
                            .default("resident"),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .drop_column(Rounds::BallotsPer)
                    .to_owned(),
            )
            .await
    }
}
