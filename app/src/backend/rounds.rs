//! Reading rounds: their phase timetable and the contributions to their pot.

use super::entities::{agency, contribution, round, round_phase_date};
use crate::domain::money::Pence;
use crate::domain::pot::{Contribution, Pot};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

pub async fn list_for_neighbourhoods(
    db: &impl ConnectionTrait,
    neighbourhood_ids: &[i32],
) -> Result<Vec<round::Model>, DbErr> {
    round::Entity::find()
        .filter(round::Column::NeighbourhoodId.is_in(neighbourhood_ids.iter().copied()))
        .order_by_desc(round::Column::CreatedAt)
        .order_by_desc(round::Column::Id)
        .all(db)
        .await
}

pub async fn find(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
    slug: &str,
) -> Result<Option<round::Model>, DbErr> {
    round::Entity::find()
        .filter(round::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(round::Column::Slug.eq(slug))
        .one(db)
        .await
}

pub async fn find_by_id(db: &impl ConnectionTrait, id: i32) -> Result<Option<round::Model>, DbErr> {
    round::Entity::find_by_id(id).one(db).await
}

/// The rounds with these ids, by id.
pub async fn by_ids(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, round::Model>, DbErr> {
    Ok(round::Entity::find()
        .filter(round::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect())
}

/// Whether the round is in `phase`, asked after a write that depends on it. With the
/// table lock `move_phase` takes when voting closes (PostgreSQL) or SQLite's single
/// writer, a ballot either commits before the close or sees it here.
pub async fn still_in_phase(
    db: &impl ConnectionTrait,
    round_id: i32,
    phase: crate::domain::phase::Phase,
) -> Result<bool, DbErr> {
    use sea_orm::QuerySelect;
    let now: Option<String> = round::Entity::find_by_id(round_id)
        .select_only()
        .column(round::Column::Phase)
        .into_tuple()
        .one(db)
        .await?;
    Ok(now.as_deref() == Some(phase.as_str()))
}

pub async fn phase_dates(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<round_phase_date::Model>, DbErr> {
    round_phase_date::Entity::find()
        .filter(round_phase_date::Column::RoundId.eq(round_id))
        .order_by_asc(round_phase_date::Column::StartsOn)
        .all(db)
        .await
}

/// The pots of several rounds at once, keyed by round id.
pub async fn pots(
    db: &impl ConnectionTrait,
    round_ids: &[i32],
) -> Result<HashMap<i32, Pot>, DbErr> {
    let rows = contribution::Entity::find()
        .filter(contribution::Column::RoundId.is_in(round_ids.iter().copied()))
        .find_also_related(agency::Entity)
        .all(db)
        .await?;
    let mut grouped: HashMap<i32, Vec<Contribution>> = HashMap::new();
    for (c, a) in rows {
        grouped.entry(c.round_id).or_default().push(Contribution {
            agency: a.map(|a| a.name).unwrap_or_default(),
            amount: Pence::new(c.amount_pence),
        });
    }
    Ok(grouped
        .into_iter()
        .map(|(id, cs)| (id, Pot::new(cs)))
        .collect())
}

/// One round's pot, in total (nothing when no agency has contributed yet).
pub async fn pot_total(db: &impl ConnectionTrait, round_id: i32) -> Result<Pence, DbErr> {
    Ok(pots(db, &[round_id])
        .await?
        .remove(&round_id)
        .map(|p| p.total())
        .unwrap_or_default())
}

/// Who moved a round on, as the public history names them (never a person's name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mover {
    Officer,
    Councillor,
    /// The server, at the time the round's timetable set.
    Timetable,
}

impl Mover {
    pub const fn as_str(self) -> &'static str {
        match self {
            Mover::Officer => "officer",
            Mover::Councillor => "councillor",
            Mover::Timetable => "timetable",
        }
    }
}

/// Moves a round from `from` to `to`, only if it is still in `from`: dates the new
/// phase today on the timeline, brings the timetable's time for it forward to now when
/// it is entered early, clears a hold-up and writes the step in the round's public
/// history. False when someone else moved it first. Runs in the caller's transaction.
pub async fn move_phase(
    txn: &impl ConnectionTrait,
    round_id: i32,
    from: crate::domain::phase::Phase,
    to: crate::domain::phase::Phase,
    by: Mover,
) -> Result<bool, DbErr> {
    use super::entities::round_schedule;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ActiveModelTrait, Set};
    if from == crate::domain::phase::Phase::VotingOpen
        && txn.get_database_backend() == sea_orm::DatabaseBackend::Postgres
    {
        // Closing waits for ballots being written to commit, and ballots written after
        // it see the new phase (`still_in_phase`): none lands on either side of the
        // line unnoticed. SQLite's single writer orders them the same way.
        txn.execute_unprepared("LOCK TABLE ballots IN SHARE MODE")
            .await?;
    }
    let moved = round::Entity::update_many()
        .filter(round::Column::Id.eq(round_id))
        .filter(round::Column::Phase.eq(from.as_str()))
        .col_expr(round::Column::Phase, Expr::value(to.as_str()))
        .exec(txn)
        .await?;
    if moved.rows_affected == 0 {
        return Ok(false);
    }
    let now = chrono::Utc::now();
    // The day on the UK clock: a phase begun at 00:30 in summer began on that day.
    let today = crate::domain::timetable::on_london_clock(now).date();
    let dated = round_phase_date::Entity::find()
        .filter(round_phase_date::Column::RoundId.eq(round_id))
        .filter(round_phase_date::Column::Phase.eq(to.as_str()))
        .one(txn)
        .await?;
    match dated {
        Some(d) => {
            let mut d: round_phase_date::ActiveModel = d.into();
            d.starts_on = Set(today);
            d.update(txn).await?;
        }
        None => {
            round_phase_date::ActiveModel {
                round_id: Set(round_id),
                phase: Set(to),
                starts_on: Set(today),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
    }
    if let Some(schedule) = round_schedule::Entity::find()
        .filter(round_schedule::Column::RoundId.eq(round_id))
        .one(txn)
        .await?
    {
        let planned = super::timetable::of(&schedule);
        let kept = match planned.starts(to) {
            // Entered early by hand: the timetable says when it really began, so the
            // times after it stay in order.
            Some(at) if at > now => planned.with_start(to, now),
            _ => planned,
        };
        let mut s: round_schedule::ActiveModel = schedule.into();
        super::timetable::set_times(&mut s, &kept);
        s.held_phase = Set(None);
        s.held_reason = Set(None);
        s.update(txn).await?;
    }
    super::round_history::record(
        txn,
        round_id,
        by,
        "phase",
        &format!("{} {}", from.as_str(), to.as_str()),
    )
    .await?;
    Ok(true)
}
