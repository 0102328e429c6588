//! Help for residents: each neighbourhood's contact details, set by its officers, and
//! feedback messages that anyone can send and officers answer. A message keeps only
//! what its sender chose to give: no account, no address, no page it came from.

use sea_orm_migration::prelude::*;

#[derive(DeriveIden)]
enum HelpContacts {
    Table,
    NeighbourhoodId,
    Email,
    Phone,
    InPerson,
    InPersonCy,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum FeedbackMessages {
    Table,
    Id,
    NeighbourhoodId,
    Message,
    Name,
    Email,
    Language,
    SentAt,
    AnsweredBy,
    AnsweredAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(HelpContacts::Table)
                    .col(
                        ColumnDef::new(HelpContacts::NeighbourhoodId)
                            .integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(HelpContacts::Email).string().null())
                    .col(ColumnDef::new(HelpContacts::Phone).string().null())
                    .col(ColumnDef::new(HelpContacts::InPerson).text().null())
                    .col(ColumnDef::new(HelpContacts::InPersonCy).text().null())
                    .col(ColumnDef::new(HelpContacts::UpdatedBy).integer().not_null())
                    .col(
                        ColumnDef::new(HelpContacts::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(&mut crate::fk(
                        HelpContacts::Table,
                        HelpContacts::NeighbourhoodId,
                        Alias::new("neighbourhoods"),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FeedbackMessages::Table)
                    .col(
                        ColumnDef::new(FeedbackMessages::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(FeedbackMessages::NeighbourhoodId)
                            .integer()
                            .null(),
                    )
                    .col(ColumnDef::new(FeedbackMessages::Message).text().not_null())
                    .col(ColumnDef::new(FeedbackMessages::Name).string().null())
                    .col(ColumnDef::new(FeedbackMessages::Email).string().null())
                    .col(
                        ColumnDef::new(FeedbackMessages::Language)
                            .string()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(FeedbackMessages::SentAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(FeedbackMessages::AnsweredBy)
                            .integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(FeedbackMessages::AnsweredAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(&mut crate::fk(
                        FeedbackMessages::Table,
                        FeedbackMessages::NeighbourhoodId,
                        Alias::new("neighbourhoods"),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // Officers read their neighbourhood's messages, unanswered first, newest first.
        manager
            .create_index(
                Index::create()
                    .name("idx_feedback_messages_place")
                    .table(FeedbackMessages::Table)
                    .col(FeedbackMessages::NeighbourhoodId)
                    .col(FeedbackMessages::SentAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(FeedbackMessages::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(HelpContacts::Table).to_owned())
            .await
    }
}
