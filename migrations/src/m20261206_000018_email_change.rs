//! A change of email address waits on its link: the new address is kept with the link
//! sent to it until that link is followed.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AccountLinks {
    Table,
    NewEmail,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AccountLinks::Table)
                    .add_column(
                        ColumnDef::new(AccountLinks::NewEmail)
                            .string_len(254)
                            .null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AccountLinks::Table)
                    .drop_column(AccountLinks::NewEmail)
                    .to_owned(),
            )
            .await
    }
}
