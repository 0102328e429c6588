//! One-shot messages for the next page a browser loads: the errors and values of a form
//! posted without JavaScript, a confirmation, or freshly made voting codes to print.
//! Stored server-side; the browser only holds a random id. Read once, then deleted.

use super::secrets::random_token;
use crate::backend::entities::flash;
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

pub use crate::flash::Flash;

/// Unread flashes are dropped after this long.
const LIFETIME: Duration = Duration::minutes(10);

pub async fn store(db: &impl ConnectionTrait, flash: &Flash) -> Result<String, DbErr> {
    let id = random_token();
    let payload = serde_json::to_string(flash).map_err(|e| DbErr::Custom(e.to_string()))?;
    flash::ActiveModel {
        id: Set(id.clone()),
        payload: Set(payload),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// Drops unread flashes older than their lifetime (on a timer, not only when another
/// is read, so a burst of abandoned forms does not stay in the database).
pub async fn purge(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    Ok(flash::Entity::delete_many()
        .filter(flash::Column::CreatedAt.lt(Utc::now() - LIFETIME))
        .exec(db)
        .await?
        .rows_affected)
}

/// The flash `id` names, deleted as it is read; none if it is unknown or past its
/// lifetime. Old flashes are purged on the housekeeping timer, not here: this runs on
/// the page after every ballot, and statements there are ballots a second.
pub async fn take(db: &impl ConnectionTrait, id: &str) -> Result<Option<Flash>, DbErr> {
    // One statement (`DELETE … RETURNING`, on SQLite too): two pages loaded at once with
    // the same cookie cannot both read a flash that holds printed voting codes.
    let taken = flash::Entity::delete_many()
        .filter(flash::Column::Id.eq(id))
        .exec_with_returning(db)
        .await?;
    let Some(found) = taken.into_iter().next() else {
        return Ok(None);
    };
    if found.created_at < Utc::now() - LIFETIME {
        return Ok(None);
    }
    Ok(serde_json::from_str(&found.payload).ok())
}
