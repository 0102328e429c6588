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

/// What an administrator looks for in the log; every part may be left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Who acted: an account id.
    pub actor: Option<i32>,
    /// What was done: the action, or all actions starting with it ("account.").
    pub action: Option<String>,
    /// What it was done to, exactly: any of these ("round:12", "round:ilfracombe/2026-27").
    pub subjects: Vec<String>,
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    pub before: Option<chrono::DateTime<chrono::Utc>>,
}

/// One page of the entries the filter keeps, newest first, and how many it keeps.
pub async fn search(
    db: &impl ConnectionTrait,
    filter: &Filter,
    offset: u64,
    limit: u64,
) -> Result<(Vec<audit_entry::Model>, u64), DbErr> {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
    let mut query = audit_entry::Entity::find();
    if let Some(actor) = filter.actor {
        query = query.filter(audit_entry::Column::ActorUserId.eq(actor));
    }
    if let Some(action) = &filter.action {
        query = query.filter(
            sea_orm::Condition::any()
                .add(audit_entry::Column::Action.eq(action.clone()))
                .add(audit_entry::Column::Action.starts_with(format!("{action}."))),
        );
    }
    if !filter.subjects.is_empty() {
        query = query.filter(audit_entry::Column::Subject.is_in(filter.subjects.clone()));
    }
    if let Some(since) = filter.since {
        query = query.filter(audit_entry::Column::At.gte(since));
    }
    if let Some(before) = filter.before {
        query = query.filter(audit_entry::Column::At.lt(before));
    }
    let total = query.clone().count(db).await?;
    let entries = query
        .order_by_desc(audit_entry::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((entries, total))
}

/// Every kind of action the log holds, for the filter's list.
pub async fn actions(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    use sea_orm::{EntityTrait, QueryOrder, QuerySelect};
    audit_entry::Entity::find()
        .select_only()
        .column(audit_entry::Column::Action)
        .distinct()
        .order_by_asc(audit_entry::Column::Action)
        .into_tuple()
        .all(db)
        .await
}
