//! Delivery updates on funded proposals: appended, never edited, each told to the
//! proposal's followers in the same transaction.

use super::entities::delivery_update;
use crate::domain::delivery::Update;
use crate::domain::phase::Phase;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
};

/// Updates on some proposals, oldest first.
pub async fn updates(
    db: &impl ConnectionTrait,
    proposal_ids: &[i32],
) -> Result<Vec<delivery_update::Model>, DbErr> {
    delivery_update::Entity::find()
        .filter(delivery_update::Column::ProposalId.is_in(proposal_ids.iter().copied()))
        .order_by_asc(delivery_update::Column::HappenedOn)
        .order_by_asc(delivery_update::Column::Id)
        .all(db)
        .await
}

pub struct Posting<'a> {
    pub proposal_id: i32,
    pub round_id: i32,
    pub update: &'a Update,
    pub by: i32,
    /// The followers' letter, in each one's language.
    pub notice: super::follows::Compose<'a>,
    /// The audit entry and the poster's notice, stored with the update.
    pub record: super::record::Record,
}

/// Stores the update with its record; the round's first one moves it from "decision
/// published" to "being delivered". The id of the poster's notice.
#[tracing::instrument(skip_all, fields(proposal = p.proposal_id, round = p.round_id, actor = p.by))]
pub async fn post(db: &impl TransactionTrait, p: Posting<'_>) -> Result<Option<String>, DbErr> {
    let txn = db.begin().await?;
    delivery_update::ActiveModel {
        proposal_id: Set(p.proposal_id),
        status: Set(p.update.status),
        happened_on: Set(p.update.on),
        note: Set(p.update.note.clone()),
        spend_pence: Set(p.update.spend.as_i64()),
        posted_by: Set(Some(p.by)),
        posted_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // Already moved on (or moved by someone else just now) is fine.
    super::rounds::move_phase(
        &txn,
        p.round_id,
        Phase::DecisionPublished,
        Phase::Delivery,
        super::rounds::Mover::Officer,
    )
    .await?;
    super::follows::tell_followers(&txn, &[p.proposal_id], p.notice, "delivery").await?;
    let notice = p.record.write(&txn).await?;
    txn.commit().await?;
    Ok(notice)
}
