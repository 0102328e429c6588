//! How long short-lived and personal rows are kept, enforced by the server's
//! housekeeping task. The privacy notice states the same periods.

use super::access::{flash, sessions, throttle};
use super::entities::{account_link, feedback_message, outgoing_email, role_grant, session};
use super::mail;
use chrono::{Duration, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// The periods (COMMONPOT_KEEP_SENT_EMAIL_DAYS sets the one for letters).
#[derive(Debug, Clone, Copy)]
pub struct Retention {
    /// A letter that was sent (or given up on), with its address and text.
    pub letters: Duration,
    /// Sign-in, code and sign-up attempts: longer than any limit counts them.
    pub attempts: Duration,
    /// One-time links after they were used or ran out.
    pub links: Duration,
    /// A feedback message (with any name and email its sender gave) after it was answered.
    pub feedback: Duration,
}

impl Default for Retention {
    fn default() -> Retention {
        Retention {
            letters: Duration::days(30),
            attempts: Duration::days(1),
            links: Duration::days(1),
            feedback: Duration::days(365),
        }
    }
}

/// What one pass deleted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    pub attempts: u64,
    pub flashes: u64,
    pub letters: u64,
    pub links: u64,
    pub feedback: u64,
}

/// Deletes every row past its period. Each delete stands alone: nothing here is half
/// of anything, and a pass that fails part-way is finished by the next.
pub async fn purge(db: &impl ConnectionTrait, keep: &Retention) -> Result<Purged, DbErr> {
    let now = Utc::now();
    let idle_residents = session::Entity::delete_many()
        .filter(session::Column::LastSeenAt.lt(now - sessions::RESIDENT_IDLE))
        .exec(db)
        .await?
        .rows_affected;
    // Anyone with a role is signed out sooner; their sessions go sooner too.
    let idle_privileged = session::Entity::delete_many()
        .filter(session::Column::LastSeenAt.lt(now - sessions::PRIVILEGED_IDLE))
        .filter(
            session::Column::UserId.in_subquery(
                Query::select()
                    .column(role_grant::Column::UserId)
                    .from(role_grant::Entity)
                    .to_owned(),
            ),
        )
        .exec(db)
        .await?
        .rows_affected;
    mail::forget_undeliverable_receipts(db).await?;
    let letters = outgoing_email::Entity::delete_many()
        .filter(
            outgoing_email::Column::SentAt.lt(now - keep.letters).or(
                outgoing_email::Column::Attempts
                    .gte(mail::MAX_ATTEMPTS)
                    .and(outgoing_email::Column::CreatedAt.lt(now - keep.letters)),
            ),
        )
        .exec(db)
        .await?
        .rows_affected;
    let links = account_link::Entity::delete_many()
        .filter(
            account_link::Column::ExpiresAt
                .lt(now - keep.links)
                .or(account_link::Column::UsedAt.lt(now - keep.links)),
        )
        .exec(db)
        .await?
        .rows_affected;
    // Unanswered messages stay until someone answers them.
    let feedback = feedback_message::Entity::delete_many()
        .filter(feedback_message::Column::AnsweredAt.lt(now - keep.feedback))
        .exec(db)
        .await?
        .rows_affected;
    Ok(Purged {
        feedback,
        sessions: idle_residents + idle_privileged,
        attempts: throttle::purge(db, keep.attempts).await?,
        flashes: flash::purge(db).await?,
        letters,
        links,
    })
}
