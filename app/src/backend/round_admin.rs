//! Officers create a round (a draft only officers see), change its words and future
//! dates until voting opens, and close it after delivery. Each change, its line in the
//! round's public history and its audit entry are one transaction.

use super::access::audit;
use super::entities::{round, round_phase_date, round_schedule};
use super::round_history;
use super::rounds::Mover;
use crate::domain::phase::Phase;
use crate::domain::round_form::{RoundDetails, RoundWords};
use crate::domain::timetable::Timetable;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set, SqlErr,
    TransactionTrait,
};

/// The planned start of each phase, for the round's timeline.
fn planned_dates(t: &Timetable) -> Vec<(Phase, chrono::NaiveDate)> {
    let day = |at| crate::domain::timetable::on_london_clock(at).date();
    let mut dates = vec![
        (Phase::ProposalsOpen, day(t.proposals_open)),
        (Phase::Review, day(t.review)),
        (Phase::VotingOpen, day(t.voting_open)),
        (Phase::Counting, day(t.voting_close)),
    ];
    dates.extend(t.decision_expected.map(|d| (Phase::DecisionPublished, d)));
    dates.extend(t.delivery_until.map(|d| (Phase::Closed, d)));
    dates
}

/// Writes the planned dates of the phases not reached yet.
async fn plan_dates(
    txn: &impl ConnectionTrait,
    round_id: i32,
    current: Phase,
    t: &Timetable,
) -> Result<(), DbErr> {
    // Every phase still to come is planned afresh, so a date taken out goes too.
    let to_come: Vec<&str> = Phase::ALL
        .iter()
        .filter(|p| **p > current)
        .map(|p| p.as_str())
        .collect();
    round_phase_date::Entity::delete_many()
        .filter(round_phase_date::Column::RoundId.eq(round_id))
        .filter(round_phase_date::Column::Phase.is_in(to_come))
        .exec(txn)
        .await?;
    for (phase, date) in planned_dates(t) {
        if phase <= current {
            continue;
        }
        round_phase_date::ActiveModel {
            round_id: Set(round_id),
            phase: Set(phase),
            starts_on: Set(date),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// A round's first timetable.
async fn first_timetable(
    txn: &impl ConnectionTrait,
    round_id: i32,
    t: &Timetable,
) -> Result<(), DbErr> {
    let mut s = round_schedule::ActiveModel {
        round_id: Set(round_id),
        held_phase: Set(None),
        held_reason: Set(None),
        ..Default::default()
    };
    super::timetable::set_times(&mut s, t);
    s.insert(txn).await.map(|_| ())
}

/// What creating a round did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Created {
    Done(String),
    SlugTaken,
    /// The neighbourhood is archived.
    Archived,
}

pub async fn create(
    db: &impl TransactionTrait,
    neighbourhood_id: i32,
    d: &RoundDetails,
    t: &Timetable,
    officer: i32,
) -> Result<Created, DbErr> {
    let txn = db.begin().await?;
    let place = super::entities::neighbourhood::Entity::find_by_id(neighbourhood_id)
        .one(&txn)
        .await?;
    if place.as_ref().is_none_or(|p| p.archived_at.is_some()) {
        return Ok(Created::Archived);
    }
    if super::rounds::find(&txn, neighbourhood_id, d.slug.as_str())
        .await?
        .is_some()
    {
        return Ok(Created::SlugTaken);
    }
    let inserted = round::ActiveModel {
        neighbourhood_id: Set(neighbourhood_id),
        slug: Set(d.slug.to_string()),
        title: Set(d.words.title.clone()),
        title_cy: Set(d.words.title_cy.clone()),
        summary: Set(d.words.summary.clone()),
        summary_cy: Set(d.words.summary_cy.clone()),
        phase: Set(Phase::Draft),
        ballot_rule: Set(d.ballot_rule),
        ballot_max_choices: Set(d.max_choices),
        ballot_points: Set(d.points),
        ballot_min_choices: Set(d.min_choices),
        count_rule: Set(d.count_rule.as_str().to_owned()),
        ballots_per: Set(d.ballots_per.as_str().to_owned()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let r = match inserted {
        Ok(r) => r,
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(Created::SlugTaken)
        }
        Err(e) => return Err(e),
    };
    first_timetable(&txn, r.id, t).await?;
    plan_dates(&txn, r.id, Phase::Draft, t).await?;
    round_history::record(&txn, r.id, Mover::Officer, "created", "").await?;
    audit::record(
        &txn,
        Some(officer),
        "round.created",
        &format!("round:{}", r.id),
        &format!(
            "{} ({}, {}, one ballot per {})",
            r.slug,
            d.ballot_rule.as_str(),
            d.count_rule.as_str(),
            d.ballots_per.as_str()
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(Created::Done(r.slug))
}

/// What changing a round did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edited {
    /// Done, naming what changed ("title", "voting_close", …); empty when nothing did.
    Done(Vec<&'static str>),
    /// Voting has opened (or the round moved on meanwhile): the round is fixed.
    Fixed,
}

/// Changes a round's words and the times of the phases it has not reached, while the
/// round is still in `seen` and before voting opens. The round row is locked for the
/// change with a no-op update filtered on the phase, so a move between phases and an
/// edit take turns.
pub async fn edit(
    db: &impl TransactionTrait,
    r: &round::Model,
    seen: Phase,
    words: &RoundWords,
    t: &Timetable,
    officer: i32,
) -> Result<Edited, DbErr> {
    if seen >= Phase::VotingOpen {
        return Ok(Edited::Fixed);
    }
    let txn = db.begin().await?;
    let locked = round::Entity::update_many()
        .col_expr(round::Column::Phase, Expr::col(round::Column::Phase).into())
        .filter(round::Column::Id.eq(r.id))
        .filter(round::Column::Phase.eq(seen.as_str()))
        .exec(&txn)
        .await?;
    if locked.rows_affected == 0 {
        return Ok(Edited::Fixed);
    }
    let schedule = super::timetable::schedule(&txn, r.id).await?;
    // A round from before timetables (or an import) gets its first one here.
    let before = schedule.as_ref().map(super::timetable::of);
    let mut changed = Vec::new();
    for (field, old, new) in [
        ("title", Some(r.title.clone()), Some(words.title.clone())),
        ("title_cy", r.title_cy.clone(), words.title_cy.clone()),
        (
            "summary",
            Some(r.summary.clone()),
            Some(words.summary.clone()),
        ),
        ("summary_cy", r.summary_cy.clone(), words.summary_cy.clone()),
    ] {
        if old != new {
            changed.push(field);
        }
    }
    let mut history = Vec::new();
    for (_, phase, field) in crate::domain::timetable::MOVES {
        // Phases already reached keep their times; only those still to come change.
        if phase > seen && before.and_then(|b| b.starts(phase)) != t.starts(phase) {
            changed.push(field);
            history.push(format!(
                "{field}={}",
                t.starts(phase)
                    .map(|at| at.to_rfc3339())
                    .unwrap_or_default()
            ));
        }
    }
    if before.and_then(|b| b.decision_expected) != t.decision_expected {
        changed.push("decision_expected");
    }
    if before.and_then(|b| b.delivery_until) != t.delivery_until {
        changed.push("delivery_until");
    }
    if changed.is_empty() {
        return Ok(Edited::Done(changed));
    }
    let mut row: round::ActiveModel = r.clone().into();
    row.title = Set(words.title.clone());
    row.title_cy = Set(words.title_cy.clone());
    row.summary = Set(words.summary.clone());
    row.summary_cy = Set(words.summary_cy.clone());
    row.update(&txn).await?;
    match schedule {
        Some(found) => {
            let mut s: round_schedule::ActiveModel = found.into();
            super::timetable::set_times(&mut s, t);
            // New dates: the timetable tries again, and tells the officers again if
            // the new time is missed too.
            s.held_phase = Set(None);
            s.held_reason = Set(None);
            s.update(&txn).await?;
        }
        None => first_timetable(&txn, r.id, t).await?,
    }
    plan_dates(&txn, r.id, seen, t).await?;
    let fields = changed.join(" ");
    round_history::record(&txn, r.id, Mover::Officer, "changed", &fields).await?;
    audit::record(
        &txn,
        Some(officer),
        "round.changed",
        &format!("round:{}", r.id),
        &format!("{fields}; {}", history.join(", ")),
    )
    .await?;
    txn.commit().await?;
    Ok(Edited::Done(changed))
}

/// What closing a round did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    Done,
    /// Only a round in delivery can be closed.
    NotInDelivery(Phase),
}

/// Closes a round after delivery with the officers' public summary: from now on it is
/// read-only everywhere.
pub async fn close(
    db: &impl TransactionTrait,
    r: &round::Model,
    summary: &str,
    officer: i32,
) -> Result<Closed, DbErr> {
    let txn = db.begin().await?;
    if !super::rounds::move_phase(&txn, r.id, Phase::Delivery, Phase::Closed, Mover::Officer)
        .await?
    {
        let now = super::rounds::find_by_id(&txn, r.id)
            .await?
            .map_or(Phase::Draft, |r| r.phase);
        return Ok(Closed::NotInDelivery(now));
    }
    round::Entity::update_many()
        .col_expr(
            round::Column::ClosingSummary,
            Expr::value(summary.to_owned()),
        )
        .filter(round::Column::Id.eq(r.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        Some(officer),
        "round.closed",
        &format!("round:{}", r.id),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(Closed::Done)
}
