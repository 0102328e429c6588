//! Reading and changing proposals. Every change also keeps a version of the text or a
//! history entry, and only applies if the proposal is still as the person saw it (same
//! status and version): two officers clicking at once, or a proposer editing while an
//! officer reviews, cannot overwrite each other. Changes run inside the caller's
//! transaction (see `proposal_steps`), which also holds the step's audit entry and letters.

use super::entities::{proposal, proposal_review, proposal_version};
use crate::domain::money::Pence;
use crate::domain::proposal::draft::Draft;
use crate::domain::proposal::history::Event;
use crate::domain::proposal::ProposalStatus;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

pub async fn list_for_round(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<proposal::Model>, DbErr> {
    proposal::Entity::find()
        .filter(proposal::Column::RoundId.eq(round_id))
        .order_by_asc(proposal::Column::Title)
        .all(db)
        .await
}

pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<proposal::Model>, DbErr> {
    proposal::Entity::find_by_id(id).one(db).await
}

/// Proposals someone sent themselves or that a group of theirs sent, newest first.
pub async fn list_for_proposer(
    db: &impl ConnectionTrait,
    user_id: i32,
    group_ids: &[i32],
) -> Result<Vec<proposal::Model>, DbErr> {
    proposal::Entity::find()
        .filter(
            proposal::Column::ProposerUserId
                .eq(user_id)
                .or(proposal::Column::CommunityGroupId.is_in(group_ids.iter().copied())),
        )
        .order_by_desc(proposal::Column::CreatedAt)
        .order_by_desc(proposal::Column::Id)
        .all(db)
        .await
}

pub async fn history(
    db: &impl ConnectionTrait,
    proposal_id: i32,
) -> Result<Vec<proposal_review::Model>, DbErr> {
    proposal_review::Entity::find()
        .filter(proposal_review::Column::ProposalId.eq(proposal_id))
        .order_by_asc(proposal_review::Column::CreatedAt)
        .order_by_asc(proposal_review::Column::Id)
        .all(db)
        .await
}

pub async fn versions(
    db: &impl ConnectionTrait,
    proposal_id: i32,
) -> Result<Vec<proposal_version::Model>, DbErr> {
    proposal_version::Entity::find()
        .filter(proposal_version::Column::ProposalId.eq(proposal_id))
        .order_by_asc(proposal_version::Column::Version)
        .all(db)
        .await
}

/// Who sends a new proposal, and in whose name.
pub struct Proposer {
    pub user_id: i32,
    /// The name shown publicly: the person's, or their group's.
    pub name: String,
    pub group_id: Option<i32>,
}

fn version_row(
    proposal_id: i32,
    version: i32,
    draft: &Draft,
    by: i32,
    at: chrono::DateTime<chrono::Utc>,
) -> proposal_version::ActiveModel {
    proposal_version::ActiveModel {
        proposal_id: Set(proposal_id),
        version: Set(version),
        title: Set(draft.title.clone()),
        summary: Set(draft.summary.clone()),
        body: Set(draft.body.clone()),
        cost_pence: Set(draft.cost.as_i64()),
        priority_area: Set(draft.area.slug().to_owned()),
        agency_id: Set(draft.agency_id),
        location: Set(draft.location.clone()),
        language: Set(draft.language.to_owned()),
        other_title: Set(draft.other.title.clone()),
        other_summary: Set(draft.other.summary.clone()),
        other_body: Set(draft.other.body.clone()),
        edited_by: Set(Some(by)),
        created_at: Set(at),
        ..Default::default()
    }
}

/// One history entry.
pub struct Entry {
    pub event: Event,
    pub note: Option<String>,
    pub cost_change: Option<(Pence, Pence)>,
    pub by: i32,
}

async fn add_entry(
    db: &impl ConnectionTrait,
    proposal_id: i32,
    version: i32,
    entry: Entry,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<(), DbErr> {
    proposal_review::ActiveModel {
        proposal_id: Set(proposal_id),
        version: Set(version),
        outcome: Set(entry.event.as_str().to_owned()),
        note: Set(entry.note),
        cost_before_pence: Set(entry.cost_change.map(|(b, _)| b.as_i64())),
        cost_after_pence: Set(entry.cost_change.map(|(_, a)| a.as_i64())),
        by_user_id: Set(Some(entry.by)),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

pub async fn create(
    db: &impl ConnectionTrait,
    round_id: i32,
    proposer: Proposer,
    draft: &Draft,
) -> Result<proposal::Model, DbErr> {
    let now = chrono::Utc::now();
    let created = proposal::ActiveModel {
        round_id: Set(round_id),
        title: Set(draft.title.clone()),
        summary: Set(draft.summary.clone()),
        body: Set(draft.body.clone()),
        cost_pence: Set(draft.cost.as_i64()),
        priority_area: Set(draft.area.slug().to_owned()),
        agency_id: Set(draft.agency_id),
        location: Set(draft.location.clone()),
        language: Set(draft.language.to_owned()),
        other_title: Set(draft.other.title.clone()),
        other_summary: Set(draft.other.summary.clone()),
        other_body: Set(draft.other.body.clone()),
        proposer_user_id: Set(Some(proposer.user_id)),
        proposer_name: Set(proposer.name),
        community_group_id: Set(proposer.group_id),
        status: Set(ProposalStatus::Submitted),
        status_reason: Set(None),
        cost_note: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    version_row(created.id, 1, draft, proposer.user_id, now)
        .insert(db)
        .await?;
    let entry = Entry {
        event: Event::Sent,
        note: None,
        cost_change: None,
        by: proposer.user_id,
    };
    add_entry(db, created.id, 1, entry, now).await?;
    Ok(created)
}

/// Whether a change applied, or the proposal had changed since it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    Done,
    Stale,
}

/// `UPDATE proposals SET … WHERE id = ? AND status = ? AND version = ?`.
fn guarded(seen: &proposal::Model) -> sea_orm::UpdateMany<proposal::Entity> {
    proposal::Entity::update_many()
        .filter(proposal::Column::Id.eq(seen.id))
        .filter(proposal::Column::Status.eq(seen.status))
        .filter(proposal::Column::Version.eq(seen.version))
        .col_expr(proposal::Column::UpdatedAt, Expr::value(chrono::Utc::now()))
}

/// The proposer's new text becomes the next version.
pub async fn edit(
    db: &impl ConnectionTrait,
    seen: &proposal::Model,
    draft: &Draft,
    status: ProposalStatus,
    by: i32,
) -> Result<Applied, DbErr> {
    let now = chrono::Utc::now();
    let version = seen.version + 1;
    let changed = guarded(seen)
        .col_expr(proposal::Column::Title, Expr::value(draft.title.clone()))
        .col_expr(
            proposal::Column::Summary,
            Expr::value(draft.summary.clone()),
        )
        .col_expr(proposal::Column::Body, Expr::value(draft.body.clone()))
        .col_expr(
            proposal::Column::CostPence,
            Expr::value(draft.cost.as_i64()),
        )
        .col_expr(
            proposal::Column::PriorityArea,
            Expr::value(draft.area.slug()),
        )
        .col_expr(proposal::Column::AgencyId, Expr::value(draft.agency_id))
        .col_expr(
            proposal::Column::Location,
            Expr::value(draft.location.clone()),
        )
        .col_expr(proposal::Column::Language, Expr::value(draft.language))
        .col_expr(
            proposal::Column::OtherTitle,
            Expr::value(draft.other.title.clone()),
        )
        .col_expr(
            proposal::Column::OtherSummary,
            Expr::value(draft.other.summary.clone()),
        )
        .col_expr(
            proposal::Column::OtherBody,
            Expr::value(draft.other.body.clone()),
        )
        .col_expr(proposal::Column::Status, Expr::value(status.as_str()))
        .col_expr(proposal::Column::Version, Expr::value(version))
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Ok(Applied::Stale);
    }
    version_row(seen.id, version, draft, by, now)
        .insert(db)
        .await?;
    let event = if seen.status == ProposalStatus::NeedsChanges {
        Event::Resubmitted
    } else {
        Event::Edited
    };
    let entry = Entry {
        event,
        note: None,
        cost_change: None,
        by,
    };
    add_entry(db, seen.id, version, entry, now).await?;
    Ok(Applied::Done)
}

/// An officer's verdict, moderation or a withdrawal: the new status, its reason (shown
/// on the proposal's page) and the history entry.
pub async fn set_status(
    db: &impl ConnectionTrait,
    seen: &proposal::Model,
    status: ProposalStatus,
    entry: Entry,
) -> Result<Applied, DbErr> {
    let changed = guarded(seen)
        .col_expr(proposal::Column::Status, Expr::value(status.as_str()))
        .col_expr(
            proposal::Column::StatusReason,
            Expr::value(entry.note.clone()),
        )
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Ok(Applied::Stale);
    }
    add_entry(db, seen.id, seen.version, entry, chrono::Utc::now()).await?;
    Ok(Applied::Done)
}

/// An officer's new cost (after a quote, say) with its public note.
pub async fn adjust_cost(
    db: &impl ConnectionTrait,
    seen: &proposal::Model,
    cost: Pence,
    note: String,
    by: i32,
) -> Result<Applied, DbErr> {
    let changed = guarded(seen)
        .filter(proposal::Column::CostPence.eq(seen.cost_pence))
        .col_expr(proposal::Column::CostPence, Expr::value(cost.as_i64()))
        .col_expr(proposal::Column::CostNote, Expr::value(Some(note.clone())))
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Ok(Applied::Stale);
    }
    let entry = Entry {
        event: Event::CostAdjusted,
        note: Some(note),
        cost_change: Some((Pence::new(seen.cost_pence), cost)),
        by,
    };
    add_entry(db, seen.id, seen.version, entry, chrono::Utc::now()).await?;
    Ok(Applied::Done)
}

/// How many proposals of a round are in each status, for moving the round on.
pub async fn status_counts(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<std::collections::HashMap<ProposalStatus, usize>, DbErr> {
    let mut out = std::collections::HashMap::new();
    for p in list_for_round(db, round_id).await? {
        *out.entry(p.status).or_insert(0) += 1;
    }
    Ok(out)
}
