//! Reading counted ballots.

use super::entities::ballot;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

/// The choices (proposal ids) of every counted ballot of a round, oldest first.
pub async fn choices_for_round(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<Vec<i32>>, DbErr> {
    let rows: Vec<String> = ballot::Entity::find()
        .select_only()
        .column(ballot::Column::Choices)
        .filter(ballot::Column::RoundId.eq(round_id))
        .order_by_asc(ballot::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    rows.iter()
        .map(|json| {
            serde_json::from_str(json)
                .map_err(|e| DbErr::Custom(format!("ballot choices are not a list of ids: {e}")))
        })
        .collect()
}
