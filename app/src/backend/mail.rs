//! The outgoing mail queue. Requests only write messages here, in their own
//! transaction; the server's sender delivers them. Each delivery attempt is claimed
//! with a conditional update, so two servers sharing a database never both send one.

use super::entities::outgoing_email;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

/// Attempts before a message is given up on (and left in the table for a person).
pub const MAX_ATTEMPTS: i32 = 6;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// What it is for: `receipt`, `reminder`, …
    pub purpose: &'static str,
}

pub async fn queue(db: &impl ConnectionTrait, letter: Letter) -> Result<(), DbErr> {
    let now = chrono::Utc::now();
    outgoing_email::ActiveModel {
        to_address: Set(letter.to),
        subject: Set(letter.subject),
        body: Set(letter.body),
        purpose: Set(letter.purpose.to_owned()),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Messages due for an attempt, oldest first.
pub async fn due(
    db: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<outgoing_email::Model>, DbErr> {
    outgoing_email::Entity::find()
        .filter(outgoing_email::Column::SentAt.is_null())
        .filter(outgoing_email::Column::Attempts.lt(MAX_ATTEMPTS))
        .filter(outgoing_email::Column::NextAttemptAt.lte(chrono::Utc::now()))
        .order_by_asc(outgoing_email::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// Takes the next attempt at a message: true if this sender won it. A failed attempt
/// is retried after 1, 2, 4, … minutes.
pub async fn claim(db: &impl ConnectionTrait, m: &outgoing_email::Model) -> Result<bool, DbErr> {
    let wait = chrono::Duration::minutes(1i64 << m.attempts.clamp(0, 10));
    let claimed = outgoing_email::Entity::update_many()
        .col_expr(
            outgoing_email::Column::Attempts,
            Expr::value(m.attempts + 1),
        )
        .col_expr(
            outgoing_email::Column::NextAttemptAt,
            Expr::value(chrono::Utc::now() + wait),
        )
        .filter(outgoing_email::Column::Id.eq(m.id))
        .filter(outgoing_email::Column::Attempts.eq(m.attempts))
        .filter(outgoing_email::Column::SentAt.is_null())
        .exec(db)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Letters whose address is forgotten once they are sent: a vote receipt must not leave
/// behind who asked for which receipt.
const FORGOTTEN_ONCE_SENT: [&str; 1] = ["receipt"];

pub async fn sent(db: &impl ConnectionTrait, m: &outgoing_email::Model) -> Result<(), DbErr> {
    if FORGOTTEN_ONCE_SENT.contains(&m.purpose.as_str()) {
        outgoing_email::Entity::delete_by_id(m.id).exec(db).await?;
        return Ok(());
    }
    let id = m.id;
    outgoing_email::Entity::update_many()
        .col_expr(
            outgoing_email::Column::SentAt,
            Expr::value(chrono::Utc::now()),
        )
        .col_expr(
            outgoing_email::Column::LastError,
            Expr::value(Option::<String>::None),
        )
        .filter(outgoing_email::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn failed(db: &impl ConnectionTrait, id: i32, error: &str) -> Result<(), DbErr> {
    outgoing_email::Entity::update_many()
        .col_expr(
            outgoing_email::Column::LastError,
            Expr::value(error.to_owned()),
        )
        .filter(outgoing_email::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Receipt letters that could not be sent after every attempt: their address is
/// forgotten like a sent one's (the voter was told on the page that sending failed).
pub async fn forget_undeliverable_receipts(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    Ok(outgoing_email::Entity::delete_many()
        .filter(outgoing_email::Column::Purpose.is_in(FORGOTTEN_ONCE_SENT))
        .filter(outgoing_email::Column::Attempts.gte(MAX_ATTEMPTS))
        .exec(db)
        .await?
        .rows_affected)
}

/// Letters waiting to be sent, and when the oldest of them was written: for monitoring.
pub async fn waiting(
    db: &impl ConnectionTrait,
) -> Result<(u64, Option<chrono::DateTime<chrono::Utc>>), DbErr> {
    let unsent = outgoing_email::Entity::find()
        .filter(outgoing_email::Column::SentAt.is_null())
        .filter(outgoing_email::Column::Attempts.lt(MAX_ATTEMPTS));
    let count = unsent.clone().count(db).await?;
    let oldest = unsent
        .order_by_asc(outgoing_email::Column::CreatedAt)
        .one(db)
        .await?
        .map(|m| m.created_at);
    Ok((count, oldest))
}
