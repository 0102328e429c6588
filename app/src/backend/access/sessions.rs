//! Server-side sessions, shared by every app server through the database.

use super::secrets::{random_token, sha256_hex};
use crate::backend::entities::session;
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

/// Officers, councillors and admins are signed out after this long without a request.
pub const PRIVILEGED_IDLE: Duration = Duration::minutes(30);
/// Everyone else, so a resident is not asked to sign in again in the middle of a round.
pub const RESIDENT_IDLE: Duration = Duration::days(14);
/// Writing `last_seen_at` on every request would make every page view a write.
const TOUCH_EVERY: Duration = Duration::seconds(60);

/// Starts a session and returns the token for the cookie (only its hash is stored).
pub async fn start(db: &impl ConnectionTrait, user_id: i32) -> Result<String, DbErr> {
    let token = random_token();
    let now = Utc::now();
    session::ActiveModel {
        id: Set(sha256_hex(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        last_seen_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(token)
}

pub async fn find(db: &impl ConnectionTrait, token: &str) -> Result<Option<session::Model>, DbErr> {
    session::Entity::find_by_id(sha256_hex(token)).one(db).await
}

/// False (and the session deleted) when it has been idle longer than `idle`;
/// otherwise its last-seen time moves on.
pub async fn keep_alive(
    db: &impl ConnectionTrait,
    found: &session::Model,
    idle: Duration,
) -> Result<bool, DbErr> {
    let now = Utc::now();
    let quiet_for = now - found.last_seen_at;
    if quiet_for > idle {
        session::Entity::delete_by_id(found.id.clone())
            .exec(db)
            .await?;
        return Ok(false);
    }
    if quiet_for > TOUCH_EVERY {
        session::Entity::update_many()
            .col_expr(
                session::Column::LastSeenAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(session::Column::Id.eq(found.id.clone()))
            .exec(db)
            .await?;
    }
    Ok(true)
}

pub async fn end(db: &impl ConnectionTrait, token: &str) -> Result<(), DbErr> {
    session::Entity::delete_by_id(sha256_hex(token))
        .exec(db)
        .await
        .map(|_| ())
}

/// Ends every other session of a user (after a password change).
pub async fn end_others(
    db: &impl ConnectionTrait,
    user_id: i32,
    keep_token: &str,
) -> Result<(), DbErr> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::Id.ne(sha256_hex(keep_token)))
        .exec(db)
        .await
        .map(|_| ())
}
