//! Neighbourhoods with their postcodes, the agencies that pool money, and the
//! fixed list of priority areas.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Neighbourhoods {
    Table,
    Id,
    Slug,
    Name,
    Council,
    Summary,
    CreatedAt,
}

#[derive(DeriveIden)]
enum NeighbourhoodPostcodes {
    Table,
    Id,
    NeighbourhoodId,
    Area,
}

#[derive(DeriveIden)]
enum Agencies {
    Table,
    Id,
    Name,
    Kind,
}

#[derive(DeriveIden)]
enum PriorityAreas {
    Table,
    Slug,
    Label,
    Position,
}

const AREAS: [(&str, &str); 9] = [
    ("youth", "Youth"),
    ("community-safety", "Community safety"),
    ("health-and-wellbeing", "Health and wellbeing"),
    ("housing", "Housing"),
    ("environment", "Environment and green spaces"),
    ("employment-and-skills", "Employment and skills"),
    ("older-people-and-care", "Older people and care"),
    ("families-and-children", "Families and children"),
    ("transport", "Transport"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Neighbourhoods::Table)
                    .col(pk_auto(Neighbourhoods::Id))
                    .col(string_len_uniq(Neighbourhoods::Slug, 60))
                    .col(string(Neighbourhoods::Name))
                    .col(string(Neighbourhoods::Council))
                    .col(text(Neighbourhoods::Summary))
                    .col(timestamp_with_time_zone(Neighbourhoods::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(NeighbourhoodPostcodes::Table)
                    .col(pk_auto(NeighbourhoodPostcodes::Id))
                    .col(integer(NeighbourhoodPostcodes::NeighbourhoodId))
                    .col(string_len(NeighbourhoodPostcodes::Area, 8))
                    .foreign_key(&mut crate::fk(
                        NeighbourhoodPostcodes::Table,
                        NeighbourhoodPostcodes::NeighbourhoodId,
                        Neighbourhoods::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_neighbourhood_postcodes_area")
                    .table(NeighbourhoodPostcodes::Table)
                    .col(NeighbourhoodPostcodes::NeighbourhoodId)
                    .col(NeighbourhoodPostcodes::Area)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Agencies::Table)
                    .col(pk_auto(Agencies::Id))
                    .col(string_uniq(Agencies::Name))
                    .col(string_len(Agencies::Kind, 40))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PriorityAreas::Table)
                    .col(string_len(PriorityAreas::Slug, 40).primary_key())
                    .col(string(PriorityAreas::Label))
                    .col(integer(PriorityAreas::Position))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert()
            .into_table(PriorityAreas::Table)
            .columns([
                PriorityAreas::Slug,
                PriorityAreas::Label,
                PriorityAreas::Position,
            ])
            .to_owned();
        for (position, (slug, label)) in (1i32..).zip(AREAS) {
            insert.values_panic([slug.into(), label.into(), position.into()]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PriorityAreas::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Agencies::Table).to_owned())
            .await?;
        manager
            .drop_table(
                Table::drop()
                    .table(NeighbourhoodPostcodes::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Neighbourhoods::Table).to_owned())
            .await
    }
}
