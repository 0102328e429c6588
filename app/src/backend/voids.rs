//! Voiding a ballot: one officer of the neighbourhood proposes it with a public reason
//! (a letter code reported stolen, a ballot typed in twice), another confirms it. The
//! ballot stays in the ledger, marked voided with the reason, and no count reads it.
//! Each step, its audit entry and its line in the round's history are one transaction.

use super::entities::{ballot, officer_step, round, user};
use super::rounds::Mover;
use super::{access::audit, round_history};
use crate::domain::phase::Phase;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
};

/// The kind of step a void is, in `officer_steps`.
pub const VOID_BALLOT: &str = "void-ballot";
/// A void proposed by un-verifying its voter: officers are not shown its receipt, and its
/// public reason names nobody, so no officer learns which ballot was whose.
pub const VOID_UNVERIFIED: &str = "void-unverified";
pub const VOID_KINDS: [&str; 2] = [VOID_BALLOT, VOID_UNVERIFIED];

/// Why a void could not be proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotProposed {
    /// Ballots are voided while voting is open or being counted, never after the
    /// decision is published.
    WrongPhase,
    NoSuchReceipt,
    AlreadyVoided,
    /// A void of this ballot is already waiting for a second officer.
    AlreadyWaiting,
}

/// Why a waiting void could not be confirmed or declined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotDecided {
    WrongPhase,
    NoSuchStep,
    /// Someone confirmed, refused or withdrew it first.
    AlreadyDecided,
    /// The officer who proposed a void cannot be the one who confirms it.
    OwnProposal,
    /// A reopening's new closing time passed before it was confirmed.
    TimePassed,
}

/// A void, waiting or decided, with the names of the officers who took part.
#[derive(Debug, Clone)]
pub struct Step {
    pub step: officer_step::Model,
    pub proposed_by_name: String,
    pub decided_by_name: Option<String>,
}

/// While a ballot may be voided.
pub fn may_void_in(phase: Phase) -> bool {
    matches!(phase, Phase::VotingOpen | Phase::Counting)
}

/// Takes the round's row for the rest of the transaction on PostgreSQL, so a void and a
/// publication or a phase move of the same round happen one after the other.
pub(crate) async fn lock_round(txn: &impl ConnectionTrait, round_id: i32) -> Result<(), DbErr> {
    if txn.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        txn.execute(sea_orm::Statement::from_sql_and_values(
            sea_orm::DatabaseBackend::Postgres,
            "SELECT id FROM rounds WHERE id = $1 FOR UPDATE",
            [round_id.into()],
        ))
        .await?;
    }
    Ok(())
}

/// The round's phase as it stands in this transaction.
pub(crate) async fn phase_of(
    txn: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Option<Phase>, DbErr> {
    Ok(round::Entity::find_by_id(round_id)
        .one(txn)
        .await?
        .map(|r| r.phase))
}

async fn phase_allows(txn: &impl ConnectionTrait, round_id: i32) -> Result<bool, DbErr> {
    Ok(phase_of(txn, round_id).await?.is_some_and(may_void_in))
}

/// One officer proposes voiding the ballot with this receipt (`kind` is one of
/// `VOID_KINDS`).
pub async fn propose(
    db: &impl TransactionTrait,
    round_id: i32,
    kind: &str,
    receipt: &str,
    reason: &str,
    allow_revote: bool,
    officer: i32,
) -> Result<Result<i32, NotProposed>, DbErr> {
    let txn = db.begin().await?;
    lock_round(&txn, round_id).await?;
    if !phase_allows(&txn, round_id).await? {
        return Ok(Err(NotProposed::WrongPhase));
    }
    let Some(b) = ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(round_id))
        .filter(ballot::Column::Receipt.eq(receipt))
        .one(&txn)
        .await?
    else {
        return Ok(Err(NotProposed::NoSuchReceipt));
    };
    if b.voided_at.is_some() {
        return Ok(Err(NotProposed::AlreadyVoided));
    }
    let waiting = officer_step::Entity::find()
        .filter(officer_step::Column::RoundId.eq(round_id))
        .filter(officer_step::Column::Kind.is_in(VOID_KINDS))
        .filter(officer_step::Column::Receipt.eq(receipt))
        .filter(officer_step::Column::Outcome.is_null())
        .one(&txn)
        .await?;
    if waiting.is_some() {
        return Ok(Err(NotProposed::AlreadyWaiting));
    }
    let step = officer_step::ActiveModel {
        round_id: Set(round_id),
        kind: Set(kind.to_owned()),
        receipt: Set(Some(receipt.to_owned())),
        reason: Set(reason.to_owned()),
        allow_revote: Set(allow_revote),
        new_closes_at: Set(None),
        proposed_by: Set(officer),
        proposed_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // The receipt of a ballot whose voter was un-verified is written nowhere a person
    // can be set beside it.
    let named = if kind == VOID_UNVERIFIED { "" } else { receipt };
    audit::record(
        &txn,
        Some(officer),
        "ballot.void-proposed",
        &format!("round:{round_id}"),
        &format!("step:{}: {named}: {reason}", step.id),
    )
    .await?;
    round_history::record(&txn, round_id, Mover::Officer, "void-proposed", named).await?;
    txn.commit().await?;
    Ok(Ok(step.id))
}

/// A waiting step of the round, of one of `kinds`, for a decision on it.
pub(crate) async fn waiting_step(
    txn: &impl ConnectionTrait,
    round_id: i32,
    step_id: i32,
    kinds: &[&str],
) -> Result<Result<officer_step::Model, NotDecided>, DbErr> {
    let Some(step) = officer_step::Entity::find_by_id(step_id)
        .filter(officer_step::Column::RoundId.eq(round_id))
        .filter(officer_step::Column::Kind.is_in(kinds.iter().copied()))
        .one(txn)
        .await?
    else {
        return Ok(Err(NotDecided::NoSuchStep));
    };
    if step.outcome.is_some() {
        return Ok(Err(NotDecided::AlreadyDecided));
    }
    Ok(Ok(step))
}

/// Marks the step decided, only if nobody decided it first.
pub(crate) async fn decide(
    txn: &impl ConnectionTrait,
    step_id: i32,
    officer: i32,
    outcome: &str,
) -> Result<bool, DbErr> {
    let done = officer_step::Entity::update_many()
        .col_expr(officer_step::Column::Outcome, Expr::value(outcome))
        .col_expr(officer_step::Column::DecidedBy, Expr::value(officer))
        .col_expr(
            officer_step::Column::DecidedAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(officer_step::Column::Id.eq(step_id))
        .filter(officer_step::Column::Outcome.is_null())
        .exec(txn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// A second officer confirms a waiting void: the ballot is voided, the round's stored
/// count (if it was counted) is set aside to be made again without it, and, if the
/// officers said so, its voter may vote again. Returns the step's kind and the voided
/// ballot's receipt.
pub async fn confirm(
    db: &impl TransactionTrait,
    round_id: i32,
    step_id: i32,
    officer: i32,
) -> Result<Result<(String, String), NotDecided>, DbErr> {
    let txn = db.begin().await?;
    lock_round(&txn, round_id).await?;
    let step = match waiting_step(&txn, round_id, step_id, &VOID_KINDS).await? {
        Ok(step) => step,
        Err(e) => return Ok(Err(e)),
    };
    if step.proposed_by == officer {
        return Ok(Err(NotDecided::OwnProposal));
    }
    if !phase_allows(&txn, round_id).await? {
        return Ok(Err(NotDecided::WrongPhase));
    }
    if !decide(&txn, step_id, officer, "confirmed").await? {
        return Ok(Err(NotDecided::AlreadyDecided));
    }
    let receipt = step.receipt.clone().unwrap_or_default();
    let Some(b) = ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(round_id))
        .filter(ballot::Column::Receipt.eq(receipt.as_str()))
        .filter(ballot::Column::VoidedAt.is_null())
        .one(&txn)
        .await?
    else {
        return Ok(Err(NotDecided::AlreadyDecided));
    };
    let mut voided: ballot::ActiveModel = b.clone().into();
    voided.voided_at = Set(Some(chrono::Utc::now()));
    voided.void_reason = Set(Some(step.reason.clone()));
    if step.allow_revote {
        // The voter key is unique in the round: moving the voided ballot off it lets the
        // same code or account cast a new ballot, and keeps which key it was.
        voided.voter_key = Set(format!("{}/voided/{}", b.voter_key, b.id));
    }
    voided.update(&txn).await?;
    super::results::ballots_changed(&txn, round_id).await?;
    let named = if step.kind == VOID_UNVERIFIED {
        ""
    } else {
        receipt.as_str()
    };
    audit::record(
        &txn,
        Some(officer),
        "ballot.voided",
        &format!("round:{round_id}"),
        &format!(
            "step:{step_id}: {named}: {}; proposed by user:{}{}",
            step.reason,
            step.proposed_by,
            if step.allow_revote {
                "; may vote again"
            } else {
                ""
            }
        ),
    )
    .await?;
    round_history::record(
        &txn,
        round_id,
        Mover::Officer,
        "ballot-voided",
        &format!("{receipt} {}", step.reason),
    )
    .await?;
    txn.commit().await?;
    Ok(Ok((step.kind, receipt)))
}

/// The proposer withdraws a waiting step (a void, a reopening), or another officer
/// refuses it.
pub async fn decline(
    db: &impl TransactionTrait,
    round_id: i32,
    step_id: i32,
    officer: i32,
    kinds: &[&str],
) -> Result<Result<&'static str, NotDecided>, DbErr> {
    let txn = db.begin().await?;
    let step = match waiting_step(&txn, round_id, step_id, kinds).await? {
        Ok(step) => step,
        Err(e) => return Ok(Err(e)),
    };
    let outcome = if step.proposed_by == officer {
        "withdrawn"
    } else {
        "refused"
    };
    if !decide(&txn, step_id, officer, outcome).await? {
        return Ok(Err(NotDecided::AlreadyDecided));
    }
    // A void names its ballot (unless its voter was un-verified); a reopening is named
    // by its kind.
    let (subject, what) = match step.receipt {
        Some(_) if step.kind == VOID_UNVERIFIED => ("void".to_owned(), String::new()),
        Some(receipt) => ("void".to_owned(), receipt),
        None => (step.kind.clone(), String::new()),
    };
    audit::record(
        &txn,
        Some(officer),
        &format!("round.{subject}-{outcome}"),
        &format!("round:{round_id}"),
        &what,
    )
    .await?;
    round_history::record(
        &txn,
        round_id,
        Mover::Officer,
        &format!("{subject}-{outcome}"),
        &what,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(outcome))
}

/// The round's steps of these kinds, newest first, with the officers' names.
pub async fn list(
    db: &impl ConnectionTrait,
    round_id: i32,
    kinds: &[&str],
) -> Result<Vec<Step>, DbErr> {
    let steps = officer_step::Entity::find()
        .filter(officer_step::Column::RoundId.eq(round_id))
        .filter(officer_step::Column::Kind.is_in(kinds.iter().copied()))
        .order_by_desc(officer_step::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = steps
        .iter()
        .flat_map(|s| std::iter::once(s.proposed_by).chain(s.decided_by))
        .collect();
    let names: std::collections::HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(steps
        .into_iter()
        .map(|step| Step {
            proposed_by_name: names.get(&step.proposed_by).cloned().unwrap_or_default(),
            decided_by_name: step.decided_by.and_then(|id| names.get(&id).cloned()),
            step,
        })
        .collect())
}
