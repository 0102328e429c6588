//! Reading published decisions.

use super::entities::{decision, decision_item};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// The newest published decision of a round (the latest amendment wins) with its lines.
pub async fn latest_for_round(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Option<(decision::Model, Vec<decision_item::Model>)>, DbErr> {
    let Some(d) = decision::Entity::find()
        .filter(decision::Column::RoundId.eq(round_id))
        .order_by_desc(decision::Column::PublishedAt)
        .order_by_desc(decision::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let items = decision_item::Entity::find()
        .filter(decision_item::Column::DecisionId.eq(d.id))
        .all(db)
        .await?;
    Ok(Some((d, items)))
}
