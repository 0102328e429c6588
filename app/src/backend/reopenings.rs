//! Putting a slip or an outage right: two officers extend voting before it closes,
//! reopen it after it closed (before the decision), or reopen proposals before voting
//! opens, each with a public reason and a new closing time. One proposes, another
//! confirms; the step, its audit entry and its history line are one transaction.

use super::entities::{officer_step, round_schedule};
use super::rounds::{self, Mover};
use super::voids::{decide, lock_round, phase_of, waiting_step, NotDecided};
use super::{access::audit, round_history};
use crate::domain::phase::Phase;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, QueryFilter, Set, TransactionTrait,
};

pub const EXTEND_VOTING: &str = "extend-voting";
pub const REOPEN_VOTING: &str = "reopen-voting";
pub const REOPEN_PROPOSALS: &str = "reopen-proposals";
pub const KINDS: [&str; 3] = [EXTEND_VOTING, REOPEN_VOTING, REOPEN_PROPOSALS];

/// The step officers may take in a phase: extend voting while it is open, reopen it
/// while it is being counted, reopen proposals while they are reviewed.
pub fn kind_for(phase: Phase) -> Option<&'static str> {
    match phase {
        Phase::VotingOpen => Some(EXTEND_VOTING),
        Phase::Counting => Some(REOPEN_VOTING),
        Phase::Review => Some(REOPEN_PROPOSALS),
        _ => None,
    }
}

/// Why a reopening could not be proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotProposed {
    WrongPhase,
    /// Another reopening of the round waits for a second officer.
    AlreadyWaiting,
    /// The new closing time is not in the future (or, for an extension, not after the
    /// closing time there is).
    NotLater,
    /// The round has no timetable: there is no closing time to extend, and reopened
    /// proposals would have no time to close at.
    NoTimetable,
    /// More than [`LONGEST`] ahead: a typing slip, most likely.
    TooFar,
    /// Reopened voting must last at least `SHORTEST_VOTE`.
    TooSoon,
    /// Reopened proposals must close before voting is due to open (the officers move
    /// that time in the round's settings first).
    AfterVotingOpens,
}

/// The furthest ahead a new closing time may be.
pub const LONGEST: chrono::Duration = chrono::Duration::days(92);

/// One officer proposes the step the round's phase allows.
pub async fn propose(
    db: &impl TransactionTrait,
    round_id: i32,
    reason: &str,
    closes_at: DateTime<Utc>,
    officer: i32,
) -> Result<Result<&'static str, NotProposed>, DbErr> {
    let txn = db.begin().await?;
    lock_round(&txn, round_id).await?;
    let Some(kind) = phase_of(&txn, round_id).await?.and_then(kind_for) else {
        return Ok(Err(NotProposed::WrongPhase));
    };
    let now = Utc::now();
    if closes_at <= now {
        return Ok(Err(NotProposed::NotLater));
    }
    if closes_at > now + LONGEST {
        return Ok(Err(NotProposed::TooFar));
    }
    let schedule = super::timetable::schedule(&txn, round_id).await?;
    let refused = match (kind, &schedule) {
        (EXTEND_VOTING | REOPEN_PROPOSALS, None) => Some(NotProposed::NoTimetable),
        (EXTEND_VOTING, Some(s)) if closes_at <= s.voting_close_at => Some(NotProposed::NotLater),
        (REOPEN_VOTING, _) if closes_at - now < crate::domain::timetable::SHORTEST_VOTE => {
            Some(NotProposed::TooSoon)
        }
        (REOPEN_PROPOSALS, Some(s)) if closes_at >= s.voting_open_at => {
            Some(NotProposed::AfterVotingOpens)
        }
        _ => None,
    };
    if let Some(refused) = refused {
        return Ok(Err(refused));
    }
    let waiting = officer_step::Entity::find()
        .filter(officer_step::Column::RoundId.eq(round_id))
        .filter(officer_step::Column::Kind.is_in(KINDS))
        .filter(officer_step::Column::Outcome.is_null())
        .one(&txn)
        .await?;
    if waiting.is_some() {
        return Ok(Err(NotProposed::AlreadyWaiting));
    }
    officer_step::ActiveModel {
        round_id: Set(round_id),
        kind: Set(kind.to_owned()),
        receipt: Set(None),
        reason: Set(reason.to_owned()),
        allow_revote: Set(false),
        new_closes_at: Set(Some(closes_at)),
        proposed_by: Set(officer),
        proposed_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Some(officer),
        &format!("round.{kind}-proposed"),
        &format!("round:{round_id}"),
        &format!("until {}: {reason}", closes_at.to_rfc3339()),
    )
    .await?;
    round_history::record(
        &txn,
        round_id,
        Mover::Officer,
        &format!("{kind}-proposed"),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(kind))
}

/// A second officer confirms: the round is extended or moved back, with its new
/// closing time. Reopening voting sets aside the stored count, which is made again when
/// voting closes once more.
pub async fn confirm(
    db: &impl TransactionTrait,
    round_id: i32,
    step_id: i32,
    officer: i32,
) -> Result<Result<&'static str, NotDecided>, DbErr> {
    let txn = db.begin().await?;
    lock_round(&txn, round_id).await?;
    let step = match waiting_step(&txn, round_id, step_id, &KINDS).await? {
        Ok(step) => step,
        Err(e) => return Ok(Err(e)),
    };
    if step.proposed_by == officer {
        return Ok(Err(NotDecided::OwnProposal));
    }
    let phase = phase_of(&txn, round_id).await?;
    let Some(kind) = phase.and_then(kind_for).filter(|k| *k == step.kind) else {
        return Ok(Err(NotDecided::WrongPhase));
    };
    let Some(closes_at) = step.new_closes_at.filter(|at| *at > Utc::now()) else {
        return Ok(Err(NotDecided::TimePassed));
    };
    if !decide(&txn, step_id, officer, "confirmed").await? {
        return Ok(Err(NotDecided::AlreadyDecided));
    }
    let moved = match kind {
        REOPEN_VOTING => Some((Phase::Counting, Phase::VotingOpen)),
        REOPEN_PROPOSALS => Some((Phase::Review, Phase::ProposalsOpen)),
        _ => None,
    };
    if let Some((from, to)) = moved {
        if !rounds::move_phase(&txn, round_id, from, to, Mover::Officer).await? {
            return Ok(Err(NotDecided::WrongPhase));
        }
    }
    match super::timetable::schedule(&txn, round_id).await? {
        Some(s) => {
            let mut s: round_schedule::ActiveModel = s.into();
            if kind == REOPEN_PROPOSALS {
                s.review_at = Set(closes_at);
            } else {
                s.voting_close_at = Set(closes_at);
            }
            s.update(&txn).await?;
        }
        // A round run by hand gets a timetable whose only time to come is the agreed
        // close, so the timetable closes the reopened vote then, not an officer alone.
        None => {
            let now = Utc::now();
            round_schedule::ActiveModel {
                round_id: Set(round_id),
                proposals_open_at: Set(now),
                review_at: Set(now),
                voting_open_at: Set(now),
                voting_close_at: Set(closes_at),
                decision_expected_on: Set(None),
                delivery_until_on: Set(None),
                held_phase: Set(None),
                held_reason: Set(None),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    if kind == REOPEN_VOTING {
        super::results::ballots_changed(&txn, round_id).await?;
    }
    audit::record(
        &txn,
        Some(officer),
        &format!("round.{kind}"),
        &format!("round:{round_id}"),
        &format!(
            "until {}: {}; proposed by user:{}",
            closes_at.to_rfc3339(),
            step.reason,
            step.proposed_by
        ),
    )
    .await?;
    round_history::record(
        &txn,
        round_id,
        Mover::Officer,
        kind,
        &format!("{} {}", closes_at.to_rfc3339(), step.reason),
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(kind))
}
