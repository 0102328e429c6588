//! Reading neighbourhoods and the postcode areas that belong to them.

use super::entities::{neighbourhood, neighbourhood_postcode};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

pub async fn list_all(db: &impl ConnectionTrait) -> Result<Vec<neighbourhood::Model>, DbErr> {
    neighbourhood::Entity::find()
        .order_by_asc(neighbourhood::Column::Name)
        .all(db)
        .await
}

pub async fn find(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<neighbourhood::Model>, DbErr> {
    neighbourhood::Entity::find_by_id(id).one(db).await
}

pub async fn find_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<neighbourhood::Model>, DbErr> {
    neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Slug.eq(slug))
        .one(db)
        .await
}

pub async fn postcode_areas(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
) -> Result<Vec<String>, DbErr> {
    Ok(neighbourhood_postcode::Entity::find()
        .filter(neighbourhood_postcode::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_asc(neighbourhood_postcode::Column::Area)
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.area)
        .collect())
}

/// True when the postcode lies in one of the neighbourhood's postcode areas.
pub async fn covers(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
    postcode: &crate::domain::postcode::Postcode,
) -> Result<bool, DbErr> {
    use crate::domain::postcode::PostcodeArea;
    Ok(postcode_areas(db, neighbourhood_id)
        .await?
        .iter()
        .filter_map(|a| PostcodeArea::parse(a).ok())
        .any(|a| a.covers(postcode)))
}
