//! A round's public history: every round-level step, when and by which role.

use super::entities::round_event;
use super::rounds::Mover;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

/// Writes a step; `kind` and `detail` are read back by the round page, which words them.
pub async fn record(
    db: &impl ConnectionTrait,
    round_id: i32,
    by: Mover,
    kind: &str,
    detail: &str,
) -> Result<(), DbErr> {
    record_as(db, round_id, by.as_str(), kind, detail).await
}

/// The same, for roles that do not move rounds (an administrator).
pub async fn record_as(
    db: &impl ConnectionTrait,
    round_id: i32,
    role: &str,
    kind: &str,
    detail: &str,
) -> Result<(), DbErr> {
    round_event::ActiveModel {
        round_id: Set(round_id),
        at: Set(chrono::Utc::now()),
        actor_role: Set(role.to_owned()),
        kind: Set(kind.to_owned()),
        detail: Set(detail.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// The round's history, oldest first.
pub async fn list(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<round_event::Model>, DbErr> {
    round_event::Entity::find()
        .filter(round_event::Column::RoundId.eq(round_id))
        .order_by_asc(round_event::Column::Id)
        .all(db)
        .await
}
