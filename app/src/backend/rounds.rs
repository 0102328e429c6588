//! Reading rounds: their phase timetable and the contributions to their pot.

use super::entities::{agency, contribution, round, round_phase_date};
use crate::domain::money::Pence;
use crate::domain::pot::{Contribution, Pot};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

pub async fn list_for_neighbourhoods(
    db: &impl ConnectionTrait,
    neighbourhood_ids: &[i32],
) -> Result<Vec<round::Model>, DbErr> {
    round::Entity::find()
        .filter(round::Column::NeighbourhoodId.is_in(neighbourhood_ids.iter().copied()))
        .order_by_desc(round::Column::CreatedAt)
        .order_by_desc(round::Column::Id)
        .all(db)
        .await
}

pub async fn find(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
    slug: &str,
) -> Result<Option<round::Model>, DbErr> {
    round::Entity::find()
        .filter(round::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(round::Column::Slug.eq(slug))
        .one(db)
        .await
}

pub async fn find_by_id(db: &impl ConnectionTrait, id: i32) -> Result<Option<round::Model>, DbErr> {
    round::Entity::find_by_id(id).one(db).await
}

pub async fn phase_dates(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<round_phase_date::Model>, DbErr> {
    round_phase_date::Entity::find()
        .filter(round_phase_date::Column::RoundId.eq(round_id))
        .order_by_asc(round_phase_date::Column::StartsOn)
        .all(db)
        .await
}

/// The pots of several rounds at once, keyed by round id.
pub async fn pots(
    db: &impl ConnectionTrait,
    round_ids: &[i32],
) -> Result<HashMap<i32, Pot>, DbErr> {
    let rows = contribution::Entity::find()
        .filter(contribution::Column::RoundId.is_in(round_ids.iter().copied()))
        .find_also_related(agency::Entity)
        .all(db)
        .await?;
    let mut grouped: HashMap<i32, Vec<Contribution>> = HashMap::new();
    for (c, a) in rows {
        grouped.entry(c.round_id).or_default().push(Contribution {
            agency: a.map(|a| a.name).unwrap_or_default(),
            amount: Pence::new(c.amount_pence),
        });
    }
    Ok(grouped
        .into_iter()
        .map(|(id, cs)| (id, Pot::new(cs)))
        .collect())
}
