//! Appending to the audit log. Entries are never updated or deleted.

use crate::backend::entities::audit_entry;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

pub async fn record(
    db: &impl ConnectionTrait,
    actor_user_id: Option<i32>,
    action: &str,
    subject: &str,
    detail: &str,
) -> Result<(), DbErr> {
    audit_entry::ActiveModel {
        at: Set(chrono::Utc::now()),
        actor_user_id: Set(actor_user_id),
        action: Set(action.to_owned()),
        subject: Set(subject.to_owned()),
        detail: Set(detail.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}
