//! Rate limits kept in the database, so every app server counts the same attempts.

use crate::backend::entities::throttle_event;
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};

/// At most `max` attempts per `window` for each key.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub max: u64,
    pub window: Duration,
}

/// True when `key` has already used up its attempts in the window.
pub async fn exceeded(db: &impl ConnectionTrait, key: &str, limit: Limit) -> Result<bool, DbErr> {
    let since = Utc::now() - limit.window;
    let recent = throttle_event::Entity::find()
        .filter(throttle_event::Column::Key.eq(key))
        .filter(throttle_event::Column::At.gt(since))
        .count(db)
        .await?;
    Ok(recent >= limit.max)
}

/// Counts an attempt before it is made, so attempts sent in parallel are all counted:
/// `Some(id)` when it is within the limit (the id lets a success be forgotten), `None`
/// when the key has used up its attempts.
pub async fn attempt(
    db: &impl ConnectionTrait,
    key: &str,
    limit: Limit,
) -> Result<Option<i32>, DbErr> {
    let made = throttle_event::ActiveModel {
        key: Set(key.to_owned()),
        at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let since = Utc::now() - limit.window;
    // Attempts written before this one. Each attempt is written before any password is
    // checked, so guesses sent together are counted together.
    let earlier = throttle_event::Entity::find()
        .filter(throttle_event::Column::Key.eq(key))
        .filter(throttle_event::Column::At.gt(since))
        .filter(throttle_event::Column::Id.lt(made.id))
        .count(db)
        .await?;
    Ok((earlier < limit.max).then_some(made.id))
}

/// Forgets one attempt (a success, which must not count against people sharing its
/// address).
pub async fn forget(db: &impl ConnectionTrait, id: i32) -> Result<(), DbErr> {
    throttle_event::Entity::delete_by_id(id)
        .exec(db)
        .await
        .map(|_| ())
}

pub async fn record(db: &impl ConnectionTrait, key: &str) -> Result<(), DbErr> {
    throttle_event::ActiveModel {
        key: Set(key.to_owned()),
        at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// Forgets a key's attempts (after a successful sign-in) and old attempts of any key.
pub async fn clear(db: &impl ConnectionTrait, key: &str, oldest: Duration) -> Result<(), DbErr> {
    throttle_event::Entity::delete_many()
        .filter(
            throttle_event::Column::Key
                .eq(key)
                .or(throttle_event::Column::At.lt(Utc::now() - oldest)),
        )
        .exec(db)
        .await
        .map(|_| ())
}

/// Forgets attempts older than `oldest`, which no limit counts any more.
pub async fn purge(db: &impl ConnectionTrait, oldest: Duration) -> Result<u64, DbErr> {
    Ok(throttle_event::Entity::delete_many()
        .filter(throttle_event::Column::At.lt(Utc::now() - oldest))
        .exec(db)
        .await?
        .rows_affected)
}
