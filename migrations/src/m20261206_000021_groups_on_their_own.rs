//! Community groups register themselves: a public page with an address, what they do and
//! how to reach them; where they stand with the officers of each neighbourhood they work
//! in (a name is unique per neighbourhood, whatever its case or spacing); administrators
//! among their members; and invitations that bring a member into a group.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CommunityGroups {
    Table,
    Slug,
    Summary,
    Description,
    ContactEmail,
    CharityNumber,
    Website,
    CreatedBy,
    CreatedAt,
    ContactTokenHash,
    ContactLinkExpiresAt,
    ContactConfirmedAt,
}

#[derive(DeriveIden)]
enum GroupAreas {
    Table,
    Id,
    GroupId,
    NeighbourhoodId,
    NameKey,
    Standing,
    Reason,
    DecidedBy,
    DecidedAt,
}

#[derive(DeriveIden)]
enum GroupMembers {
    Table,
    IsAdmin,
    JoinedAt,
}

#[derive(DeriveIden)]
enum Invitations {
    Table,
    GroupId,
}

#[derive(DeriveIden)]
enum Neighbourhoods {
    Table,
}

/// One column at a time: SQLite alters a table one column per statement.
async fn add(
    manager: &SchemaManager<'_>,
    table: impl IntoIden + 'static,
    column: &mut ColumnDef,
) -> Result<(), DbErr> {
    manager
        .alter_table(Table::alter().table(table).add_column(column).to_owned())
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use CommunityGroups as G;
        add(manager, G::Table, &mut string_len_null(G::Slug, 120)).await?;
        add(manager, G::Table, text(G::Summary).default("")).await?;
        add(manager, G::Table, text(G::Description).default("")).await?;
        add(
            manager,
            G::Table,
            string_len(G::ContactEmail, 254).default(""),
        )
        .await?;
        add(
            manager,
            G::Table,
            &mut string_len_null(G::CharityNumber, 20),
        )
        .await?;
        add(manager, G::Table, &mut string_len_null(G::Website, 200)).await?;
        add(manager, G::Table, &mut integer_null(G::CreatedBy)).await?;
        add(
            manager,
            G::Table,
            &mut timestamp_with_time_zone_null(G::CreatedAt),
        )
        .await?;
        // The public contact address is shown once someone at it follows the link sent
        // there; only the link's hash is kept.
        add(
            manager,
            G::Table,
            &mut string_len_null(G::ContactTokenHash, 64),
        )
        .await?;
        add(
            manager,
            G::Table,
            &mut timestamp_with_time_zone_null(G::ContactLinkExpiresAt),
        )
        .await?;
        add(
            manager,
            G::Table,
            &mut timestamp_with_time_zone_null(G::ContactConfirmedAt),
        )
        .await?;
        add(
            manager,
            GroupMembers::Table,
            boolean(GroupMembers::IsAdmin).default(false),
        )
        .await?;
        add(
            manager,
            GroupMembers::Table,
            &mut timestamp_with_time_zone_null(GroupMembers::JoinedAt),
        )
        .await?;
        add(
            manager,
            Invitations::Table,
            &mut integer_null(Invitations::GroupId),
        )
        .await?;

        let db = manager.get_connection();
        // Groups made before registration existed (the demo's) keep their name as the
        // address, their members run them, and their neighbourhood already knows them.
        db.execute_unprepared(
            "UPDATE community_groups SET slug = 'group-' || CAST(id AS TEXT) WHERE slug IS NULL",
        )
        .await?;
        db.execute_unprepared("UPDATE group_members SET is_admin = TRUE")
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_community_groups_slug")
                    .table(G::Table)
                    .col(G::Slug)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GroupAreas::Table)
                    .col(pk_auto(GroupAreas::Id))
                    .col(integer(GroupAreas::GroupId))
                    .col(integer(GroupAreas::NeighbourhoodId))
                    // Longer than a name: lowercasing can lengthen text, and a declined
                    // registration's key gains a suffix that frees the name.
                    .col(string_len(GroupAreas::NameKey, 300))
                    .col(string_len(GroupAreas::Standing, 16))
                    .col(text_null(GroupAreas::Reason))
                    .col(integer_null(GroupAreas::DecidedBy))
                    .col(timestamp_with_time_zone_null(GroupAreas::DecidedAt))
                    .foreign_key(&mut crate::fk(
                        GroupAreas::Table,
                        GroupAreas::GroupId,
                        G::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut crate::fk(
                        GroupAreas::Table,
                        GroupAreas::NeighbourhoodId,
                        Neighbourhoods::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        // Two people registering one name at once: the database keeps one.
        manager
            .create_index(
                Index::create()
                    .name("ux_group_areas_name")
                    .table(GroupAreas::Table)
                    .col(GroupAreas::NeighbourhoodId)
                    .col(GroupAreas::NameKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_group_areas_group")
                    .table(GroupAreas::Table)
                    .col(GroupAreas::GroupId)
                    .col(GroupAreas::NeighbourhoodId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        db.execute_unprepared(
            "INSERT INTO group_areas (group_id, neighbourhood_id, name_key, standing) \
             SELECT id, neighbourhood_id, LOWER(name), 'recognised' FROM community_groups",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(GroupAreas::Table).to_owned())
            .await
    }
}
