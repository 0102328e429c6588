//! Reading proposals.

use super::entities::proposal;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

pub async fn list_for_round(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<proposal::Model>, DbErr> {
    proposal::Entity::find()
        .filter(proposal::Column::RoundId.eq(round_id))
        .order_by_asc(proposal::Column::Title)
        .all(db)
        .await
}

pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<proposal::Model>, DbErr> {
    proposal::Entity::find_by_id(id).one(db).await
}
