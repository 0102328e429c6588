//! Access: sessions, proof of residence (voting codes and verified residents),
//! community groups, sign-in throttling, one-shot form messages and server secrets.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
}

#[derive(DeriveIden)]
enum Neighbourhoods {
    Table,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    CreatedAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum VotingCodes {
    Table,
    Id,
    NeighbourhoodId,
    CodeHash,
    Batch,
    CreatedBy,
    CreatedAt,
    RedeemedAt,
    RedeemedBy,
    VoidedAt,
    VoidedBy,
}

#[derive(DeriveIden)]
enum Residents {
    Table,
    Id,
    UserId,
    NeighbourhoodId,
    Postcode,
    Method,
    VotingCodeId,
    VerifiedBy,
    VerifiedAt,
}

#[derive(DeriveIden)]
enum CommunityGroups {
    Table,
    Id,
    NeighbourhoodId,
    Name,
}

#[derive(DeriveIden)]
enum GroupMembers {
    Table,
    Id,
    GroupId,
    UserId,
}

#[derive(DeriveIden)]
enum ThrottleEvents {
    Table,
    Id,
    Key,
    At,
}

#[derive(DeriveIden)]
enum Flashes {
    Table,
    Id,
    Payload,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ServerSecrets {
    Table,
    Name,
    Value,
}

fn unique_index(
    name: &str,
    table: impl IntoIden + 'static,
    cols: &[&'static str],
) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table).unique();
    for col in cols {
        index.col(Alias::new(*col));
    }
    index.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The id is the SHA-256 of the cookie's token, so a copy of the database
        // does not hand out live sessions.
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(string_len(Sessions::Id, 64).primary_key())
                    .col(integer(Sessions::UserId))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                    .foreign_key(&mut crate::fk(
                        Sessions::Table,
                        Sessions::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VotingCodes::Table)
                    .col(pk_auto(VotingCodes::Id))
                    .col(integer(VotingCodes::NeighbourhoodId))
                    .col(string_len(VotingCodes::CodeHash, 64).unique_key())
                    .col(string_len(VotingCodes::Batch, 40))
                    .col(integer_null(VotingCodes::CreatedBy))
                    .col(timestamp_with_time_zone(VotingCodes::CreatedAt))
                    .col(timestamp_with_time_zone_null(VotingCodes::RedeemedAt))
                    .col(integer_null(VotingCodes::RedeemedBy))
                    .col(timestamp_with_time_zone_null(VotingCodes::VoidedAt))
                    .col(integer_null(VotingCodes::VoidedBy))
                    .foreign_key(&mut crate::fk(
                        VotingCodes::Table,
                        VotingCodes::NeighbourhoodId,
                        Neighbourhoods::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Residents::Table)
                    .col(pk_auto(Residents::Id))
                    .col(integer(Residents::UserId))
                    .col(integer(Residents::NeighbourhoodId))
                    .col(string_len(Residents::Postcode, 10))
                    .col(string_len(Residents::Method, 16))
                    .col(integer_null(Residents::VotingCodeId))
                    .col(integer_null(Residents::VerifiedBy))
                    .col(timestamp_with_time_zone(Residents::VerifiedAt))
                    .foreign_key(&mut crate::fk(
                        Residents::Table,
                        Residents::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::fk(
                        Residents::Table,
                        Residents::NeighbourhoodId,
                        Neighbourhoods::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        // One verification per person per neighbourhood, and one person per code:
        // both races are settled by the database.
        manager
            .create_index(unique_index(
                "ux_residents_user_neighbourhood",
                Residents::Table,
                &["user_id", "neighbourhood_id"],
            ))
            .await?;
        manager
            .create_index(unique_index(
                "ux_residents_voting_code",
                Residents::Table,
                &["voting_code_id"],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CommunityGroups::Table)
                    .col(pk_auto(CommunityGroups::Id))
                    .col(integer(CommunityGroups::NeighbourhoodId))
                    .col(string_len(CommunityGroups::Name, 120))
                    .foreign_key(&mut crate::fk(
                        CommunityGroups::Table,
                        CommunityGroups::NeighbourhoodId,
                        Neighbourhoods::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique_index(
                "ux_community_groups_name",
                CommunityGroups::Table,
                &["neighbourhood_id", "name"],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GroupMembers::Table)
                    .col(pk_auto(GroupMembers::Id))
                    .col(integer(GroupMembers::GroupId))
                    .col(integer(GroupMembers::UserId))
                    .foreign_key(&mut crate::fk(
                        GroupMembers::Table,
                        GroupMembers::GroupId,
                        CommunityGroups::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::fk(
                        GroupMembers::Table,
                        GroupMembers::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique_index(
                "ux_group_members",
                GroupMembers::Table,
                &["group_id", "user_id"],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ThrottleEvents::Table)
                    .col(pk_auto(ThrottleEvents::Id))
                    .col(string_len(ThrottleEvents::Key, 200))
                    .col(timestamp_with_time_zone(ThrottleEvents::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_throttle_events_key_at")
                    .table(ThrottleEvents::Table)
                    .col(ThrottleEvents::Key)
                    .col(ThrottleEvents::At)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Flashes::Table)
                    .col(string_len(Flashes::Id, 64).primary_key())
                    .col(text(Flashes::Payload))
                    .col(timestamp_with_time_zone(Flashes::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ServerSecrets::Table)
                    .col(string_len(ServerSecrets::Name, 40).primary_key())
                    .col(string(ServerSecrets::Value))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ServerSecrets::Table.into_iden(),
            Flashes::Table.into_iden(),
            ThrottleEvents::Table.into_iden(),
            GroupMembers::Table.into_iden(),
            CommunityGroups::Table.into_iden(),
            Residents::Table.into_iden(),
            VotingCodes::Table.into_iden(),
            Sessions::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
