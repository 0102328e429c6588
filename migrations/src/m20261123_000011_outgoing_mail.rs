//! Outgoing email as a durable queue: a request writes the message in its own
//! transaction and a background sender delivers it (over SMTP, or into a local outbox
//! folder), so a slow mail server never holds up a page and a crash loses no message.
//! A round's one reminder to residents who have not voted is recorded once.

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
enum OutgoingEmails {
    Table,
    Id,
    ToAddress,
    Subject,
    Body,
    Purpose,
    CreatedAt,
    SentAt,
    Attempts,
    NextAttemptAt,
    LastError,
}

#[derive(DeriveIden)]
enum RoundReminders {
    Table,
    Id,
    RoundId,
    SentBy,
    SentAt,
    Recipients,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OutgoingEmails::Table)
                    .col(pk_auto(OutgoingEmails::Id))
                    .col(string_len(OutgoingEmails::ToAddress, 254))
                    .col(string_len(OutgoingEmails::Subject, 200))
                    .col(text(OutgoingEmails::Body))
                    .col(string_len(OutgoingEmails::Purpose, 40))
                    .col(timestamp_with_time_zone(OutgoingEmails::CreatedAt))
                    .col(timestamp_with_time_zone_null(OutgoingEmails::SentAt))
                    .col(integer(OutgoingEmails::Attempts).default(0).to_owned())
                    .col(timestamp_with_time_zone(OutgoingEmails::NextAttemptAt))
                    .col(text_null(OutgoingEmails::LastError))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_outgoing_emails_unsent")
                    .table(OutgoingEmails::Table)
                    .col(OutgoingEmails::SentAt)
                    .col(OutgoingEmails::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RoundReminders::Table)
                    .col(pk_auto(RoundReminders::Id))
                    // One reminder per round, held by the database.
                    .col(integer_uniq(RoundReminders::RoundId))
                    .col(integer(RoundReminders::SentBy))
                    .col(timestamp_with_time_zone(RoundReminders::SentAt))
                    .col(integer(RoundReminders::Recipients))
                    .foreign_key(&mut crate::fk(
                        RoundReminders::Table,
                        RoundReminders::RoundId,
                        Rounds::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut crate::fk(
                        RoundReminders::Table,
                        RoundReminders::SentBy,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RoundReminders::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(OutgoingEmails::Table).to_owned())
            .await
    }
}
