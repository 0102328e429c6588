//! Rounds that keep their dates: the server moves each round on at the times its
//! timetable sets, and records a move it could not make (with the officers told once).
//! Every server sharing a database runs the same check; the conditional phase update
//! lets exactly one of them make each move, and the hold-up is recorded the same way.

use super::entities::{neighbourhood, role_grant, round, round_schedule, user};
use super::mail::{self, Letter};
use super::rounds::{self, Mover};
use crate::domain::money::Pence;
use crate::domain::phase::Phase;
use crate::domain::proposal::lifecycle::{advance, HoldUp, RoundState};
use crate::domain::proposal::ProposalStatus;
use crate::domain::timetable::Timetable;
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    TransactionTrait,
};

/// The timetable a schedule row holds.
pub fn of(s: &round_schedule::Model) -> Timetable {
    Timetable {
        proposals_open: s.proposals_open_at,
        review: s.review_at,
        voting_open: s.voting_open_at,
        voting_close: s.voting_close_at,
        decision_expected: s.decision_expected_on,
        delivery_until: s.delivery_until_on,
    }
}

/// Writes a timetable's times into a schedule row.
pub fn set_times(s: &mut round_schedule::ActiveModel, t: &Timetable) {
    s.proposals_open_at = Set(t.proposals_open);
    s.review_at = Set(t.review);
    s.voting_open_at = Set(t.voting_open);
    s.voting_close_at = Set(t.voting_close);
    s.decision_expected_on = Set(t.decision_expected);
    s.delivery_until_on = Set(t.delivery_until);
}

/// A round's timetable, if it has one (rounds from the demo or an import do not).
pub async fn find(db: &impl ConnectionTrait, round_id: i32) -> Result<Option<Timetable>, DbErr> {
    Ok(schedule(db, round_id).await?.as_ref().map(of))
}

pub async fn schedule(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Option<round_schedule::Model>, DbErr> {
    round_schedule::Entity::find()
        .filter(round_schedule::Column::RoundId.eq(round_id))
        .one(db)
        .await
}

/// What moving a round on needs to know about it.
pub async fn round_state(db: &impl ConnectionTrait, round_id: i32) -> Result<RoundState, DbErr> {
    let counts = super::proposals::status_counts(db, round_id).await?;
    let count = |s: ProposalStatus| counts.get(s.as_str()).copied().unwrap_or(0);
    Ok(RoundState {
        pot_is_empty: rounds::pot_total(db, round_id).await? == Pence::ZERO,
        unreviewed: count(ProposalStatus::Submitted),
        feasible: count(ProposalStatus::Feasible),
        unverified_paper: super::paper::unverified(db, round_id).await?,
    })
}

/// A hold-up as stored: its name and number ("unreviewed:3").
pub fn hold_code(h: &HoldUp) -> String {
    match h {
        HoldUp::EmptyPot => "empty_pot".into(),
        HoldUp::Unreviewed(n) => format!("unreviewed:{n}"),
        HoldUp::NothingFeasible => "nothing_feasible".into(),
        HoldUp::PaperUnverified(n) => format!("paper_unverified:{n}"),
        HoldUp::NotAnOfficerStep => "not_an_officer_step".into(),
        HoldUp::AlreadyMoved(p) => format!("already_moved:{}", p.as_str()),
    }
}

/// The hold-up a stored code names, if it names one.
pub fn read_hold(code: &str) -> Option<HoldUp> {
    let (name, n) = code.split_once(':').unwrap_or((code, ""));
    let n = || n.parse().ok();
    Some(match name {
        "empty_pot" => HoldUp::EmptyPot,
        "unreviewed" => HoldUp::Unreviewed(n()?),
        "nothing_feasible" => HoldUp::NothingFeasible,
        "paper_unverified" => HoldUp::PaperUnverified(n()?),
        _ => return None,
    })
}

/// What an officer's "move on" button did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MovedByHand {
    Moved(Phase),
    Held(HoldUp),
    /// Someone (or the timetable) moved it first.
    MovedMeanwhile,
}

/// An officer moves a round on by hand: the move, its history line and its audit entry
/// in one transaction.
pub async fn move_by_hand(
    db: &impl TransactionTrait,
    r: &round::Model,
    subject: &str,
    expected: Phase,
    officer: i32,
) -> Result<MovedByHand, DbErr> {
    let txn = db.begin().await?;
    let Ok(current) = Phase::parse(&r.phase) else {
        return Err(DbErr::Custom(format!(
            "round {} has phase {:?}",
            r.id, r.phase
        )));
    };
    let state = round_state(&txn, r.id).await?;
    let to = match advance(current, expected, state) {
        Ok(to) => to,
        Err(h) => return Ok(MovedByHand::Held(h)),
    };
    if !rounds::move_phase(&txn, r.id, current, to, Mover::Officer).await? {
        return Ok(MovedByHand::MovedMeanwhile);
    }
    super::access::audit::record(
        &txn,
        Some(officer),
        "round.moved",
        subject,
        &format!("{} to {}", current.as_str(), to.as_str()),
    )
    .await?;
    txn.commit().await?;
    Ok(MovedByHand::Moved(to))
}

/// What one look at the timetables did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tick {
    /// (round id, the phase entered)
    pub moved: Vec<(i32, Phase)>,
    /// (round id, why it could not move), recorded by this server this time.
    pub held: Vec<(i32, HoldUp)>,
}

/// Moves every round whose time has come, one phase each (a round that missed two
/// times while the server was down moves one step a look, so each step is recorded).
pub async fn tick(
    db: &impl TransactionTrait,
    now: chrono::DateTime<chrono::Utc>,
    public_url: &str,
) -> Result<Tick, DbErr> {
    let read = db.begin().await?;
    let moving: Vec<round::Model> = round::Entity::find()
        .filter(
            round::Column::Phase.is_in(
                crate::domain::timetable::MOVES
                    .iter()
                    .map(|(from, _, _)| from.as_str()),
            ),
        )
        .all(&read)
        .await?;
    let schedules = round_schedule::Entity::find()
        .filter(round_schedule::Column::RoundId.is_in(moving.iter().map(|r| r.id)))
        .all(&read)
        .await?;
    read.commit().await?;
    let mut done = Tick::default();
    for s in schedules {
        let Some(r) = moving.iter().find(|r| r.id == s.round_id).cloned() else {
            continue;
        };
        let Ok(current) = Phase::parse(&r.phase) else {
            tracing::error!(round = r.id, phase = %r.phase, "a round with an unknown phase");
            continue;
        };
        let Some(to) = of(&s).due(current, now) else {
            continue;
        };
        let txn = db.begin().await?;
        match advance(current, current, round_state(&txn, r.id).await?) {
            Ok(to) => {
                if rounds::move_phase(&txn, r.id, current, to, Mover::Timetable).await? {
                    super::access::audit::record(
                        &txn,
                        None,
                        "round.moved",
                        &format!("round:{}", r.id),
                        &format!("{} to {} by the timetable", current.as_str(), to.as_str()),
                    )
                    .await?;
                    done.moved.push((r.id, to));
                }
            }
            Err(h) => {
                if hold(&txn, &r, current, to, &h, public_url).await? {
                    done.held.push((r.id, h));
                }
            }
        }
        txn.commit().await?;
    }
    Ok(done)
}

/// Records that the round could not leave `current` on time, once per phase: true
/// when this call recorded it (and told the officers).
async fn hold(
    txn: &impl ConnectionTrait,
    r: &round::Model,
    current: Phase,
    to: Phase,
    h: &HoldUp,
    public_url: &str,
) -> Result<bool, DbErr> {
    let code = hold_code(h);
    let recorded = round_schedule::Entity::update_many()
        .col_expr(
            round_schedule::Column::HeldPhase,
            Expr::value(current.as_str()),
        )
        .col_expr(
            round_schedule::Column::HeldReason,
            Expr::value(code.clone()),
        )
        .filter(round_schedule::Column::RoundId.eq(r.id))
        .filter(
            Condition::any()
                .add(round_schedule::Column::HeldPhase.is_null())
                .add(round_schedule::Column::HeldPhase.ne(current.as_str())),
        )
        .exec(txn)
        .await?;
    if recorded.rows_affected == 0 {
        return Ok(false);
    }
    super::round_history::record(
        txn,
        r.id,
        Mover::Timetable,
        "delayed",
        &format!("{} {code}", to.as_str()),
    )
    .await?;
    tell_officers(txn, r, to, h, public_url).await?;
    Ok(true)
}

/// Emails each officer of the round's neighbourhood, in their language, that the round
/// could not move on and why.
async fn tell_officers(
    txn: &impl ConnectionTrait,
    r: &round::Model,
    to: Phase,
    h: &HoldUp,
    public_url: &str,
) -> Result<(), DbErr> {
    use crate::i18n::{letter, line, text};
    let Some(place) = neighbourhood::Entity::find_by_id(r.neighbourhood_id)
        .one(txn)
        .await?
    else {
        return Ok(());
    };
    let officer_ids: Vec<i32> = role_grant::Entity::find()
        .filter(role_grant::Column::Role.eq("officer"))
        .filter(role_grant::Column::NeighbourhoodId.eq(place.id))
        .all(txn)
        .await?
        .into_iter()
        .map(|g| g.user_id)
        .collect();
    let officers = user::Entity::find()
        .filter(user::Column::Id.is_in(officer_ids))
        .all(txn)
        .await?;
    let review = format!(
        "{}/neighbourhoods/{}/rounds/{}/review",
        public_url, place.slug, r.slug
    );
    for officer in officers {
        let lang = officer.language.as_str();
        let (key, args) = crate::i18n::Say::key(h);
        let reason = line(lang, &key, &args);
        let (subject, body) = letter(
            lang,
            "letter.delayed",
            &[
                ("name", officer.display_name.clone()),
                ("round", r.title.clone()),
                ("place", place.name.clone()),
                (
                    "phase",
                    text(lang, &format!("phase.{}", to.as_str())).to_owned(),
                ),
                ("reason", reason),
                ("review", review.clone()),
            ],
        );
        mail::queue(
            txn,
            Letter {
                to: officer.email,
                subject,
                body,
                purpose: "delayed",
            },
        )
        .await?;
    }
    Ok(())
}

/// Looks at the timetables every `every`, for as long as the server runs.
pub async fn run(db: sea_orm::DatabaseConnection, every: std::time::Duration, public_url: String) {
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        match tick(&db, chrono::Utc::now(), &public_url).await {
            Ok(t) => {
                for (round, phase) in t.moved {
                    tracing::info!(
                        round,
                        phase = phase.as_str(),
                        "the timetable moved a round on"
                    );
                }
                for (round, h) in t.held {
                    tracing::warn!(round, reason = %h, "a round could not move on at its time");
                }
            }
            Err(e) => tracing::error!(error = %e, "could not check the rounds' timetables"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hold_up_survives_a_trip_through_the_database() {
        for h in [
            HoldUp::EmptyPot,
            HoldUp::Unreviewed(3),
            HoldUp::NothingFeasible,
            HoldUp::PaperUnverified(1),
        ] {
            assert_eq!(read_hold(&hold_code(&h)), Some(h));
        }
        assert_eq!(read_hold("unreviewed:x"), None);
        assert_eq!(read_hold("party"), None);
    }
}
