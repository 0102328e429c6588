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
use sea_orm::sea_query::Expr;
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
    let count = |s: ProposalStatus| counts.get(&s).copied().unwrap_or(0);
    Ok(RoundState {
        pot_is_empty: rounds::pot_total(db, round_id).await? == Pence::ZERO,
        unreviewed: count(ProposalStatus::Submitted),
        feasible: count(ProposalStatus::Feasible),
        unverified_paper: super::paper::unverified(db, round_id).await?,
    })
}

/// Why the timetable (or an officer's button on a round with one) could not move a
/// round on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delay {
    /// What the officers' button refuses for too: no pot, proposals unchecked, …
    Held(HoldUp),
    /// The time of the phase after the one due has passed too (the round was held up
    /// past it), or would leave voting open for under an hour: the officers set new dates.
    NextTimePassed,
    /// An officer asked to close voting before the published closing time.
    ClosesLater(chrono::DateTime<chrono::Utc>),
}

impl crate::i18n::Say for Delay {
    fn key(&self) -> (String, Vec<(&'static str, String)>) {
        match self {
            Delay::Held(h) => h.key(),
            Delay::NextTimePassed => ("timetable.hold.next_time_passed".into(), vec![]),
            Delay::ClosesLater(at) => (
                "timetable.hold.closes_later".into(),
                vec![("moment", crate::i18n::dates::moment(*at))],
            ),
        }
    }
}

impl std::fmt::Display for Delay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&delay_code(self))
    }
}

/// A delay as stored: its name and number ("unreviewed:3").
pub fn delay_code(d: &Delay) -> String {
    match d {
        Delay::Held(HoldUp::EmptyPot) => "empty_pot".into(),
        Delay::Held(HoldUp::Unreviewed(n)) => format!("unreviewed:{n}"),
        Delay::Held(HoldUp::NothingFeasible) => "nothing_feasible".into(),
        Delay::Held(HoldUp::PaperUnverified(n)) => format!("paper_unverified:{n}"),
        Delay::Held(HoldUp::NotAnOfficerStep) => "not_an_officer_step".into(),
        Delay::Held(HoldUp::AlreadyMoved(p)) => format!("already_moved:{}", p.as_str()),
        Delay::NextTimePassed => "next_time_passed".into(),
        Delay::ClosesLater(at) => format!("closes_later:{}", at.timestamp()),
    }
}

/// The delay a stored code names, if it names one the timetable records.
pub fn read_delay(code: &str) -> Option<Delay> {
    let (name, n) = code.split_once(':').unwrap_or((code, ""));
    let n = || n.parse().ok();
    Some(match name {
        "empty_pot" => Delay::Held(HoldUp::EmptyPot),
        "unreviewed" => Delay::Held(HoldUp::Unreviewed(n()?)),
        "nothing_feasible" => Delay::Held(HoldUp::NothingFeasible),
        "paper_unverified" => Delay::Held(HoldUp::PaperUnverified(n()?)),
        "next_time_passed" => Delay::NextTimePassed,
        _ => return None,
    })
}

/// Whether the round may move from `current` to `to` now: the officers' checks, and on a
/// timetabled round the timetable's own (time left for the phase entered; voting not
/// closed by hand before its published time).
fn may_move(
    state: RoundState,
    current: Phase,
    expected: Phase,
    timetable: Option<&Timetable>,
    by_hand: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Phase, Delay> {
    let to = advance(current, expected, state).map_err(Delay::Held)?;
    if let Some(t) = timetable {
        if by_hand && to == Phase::Counting && !t.voting_has_closed(now) {
            return Err(Delay::ClosesLater(t.voting_close));
        }
        if !t.leaves_time_for(to, now) {
            return Err(Delay::NextTimePassed);
        }
    }
    Ok(to)
}

/// Takes the round's row for this transaction if it is still in `phase` (a no-op write:
/// a timetable move, an officer's move and an edit of the dates take turns on it), so
/// what is read next is what the move is decided on.
async fn lock_in_phase(
    txn: &impl ConnectionTrait,
    round_id: i32,
    phase: Phase,
) -> Result<bool, DbErr> {
    let locked = round::Entity::update_many()
        .col_expr(round::Column::Phase, Expr::col(round::Column::Phase).into())
        .filter(round::Column::Id.eq(round_id))
        .filter(round::Column::Phase.eq(phase.as_str()))
        .exec(txn)
        .await?;
    Ok(locked.rows_affected == 1)
}

/// What an officer's "move on" button did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MovedByHand {
    Moved(Phase),
    Held(Delay),
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
    let current = r.phase;
    if current == expected && !lock_in_phase(&txn, r.id, current).await? {
        return Ok(MovedByHand::MovedMeanwhile);
    }
    let state = round_state(&txn, r.id).await?;
    let timetable = find(&txn, r.id).await?;
    let now = chrono::Utc::now();
    let to = match may_move(state, current, expected, timetable.as_ref(), true, now) {
        Ok(to) => to,
        Err(d) => return Ok(MovedByHand::Held(d)),
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
    pub held: Vec<(i32, Delay)>,
    /// (round id, what went wrong): the other rounds were still looked at.
    pub failed: Vec<(i32, String)>,
}

/// What the timetable did to one round.
enum Step {
    Moved(Phase),
    Held(Delay),
    Nothing,
}

/// Moves every round whose time has come, one phase each (a round that missed two
/// times while the server was down moves one step a look, so each step is recorded).
/// A round that fails is logged and left for the next look; the others still move.
pub async fn tick(
    db: &impl TransactionTrait,
    now: chrono::DateTime<chrono::Utc>,
    public_url: &str,
) -> Result<Tick, DbErr> {
    let read = db.begin().await?;
    let moving: Vec<i32> = round::Entity::find()
        .filter(
            round::Column::Phase.is_in(
                crate::domain::timetable::MOVES
                    .iter()
                    .map(|(from, _, _)| from.as_str()),
            ),
        )
        .all(&read)
        .await?
        .into_iter()
        .map(|r| r.id)
        .collect();
    let due: Vec<i32> = round_schedule::Entity::find()
        .filter(round_schedule::Column::RoundId.is_in(moving))
        .all(&read)
        .await?
        .into_iter()
        .map(|s| s.round_id)
        .collect();
    read.commit().await?;
    let mut done = Tick::default();
    for round_id in due {
        match tick_round(db, round_id, now, public_url).await {
            Ok(Step::Moved(to)) => done.moved.push((round_id, to)),
            Ok(Step::Held(d)) => done.held.push((round_id, d)),
            Ok(Step::Nothing) => {}
            Err(e) => done.failed.push((round_id, e.to_string())),
        }
    }
    Ok(done)
}

/// One round, in one transaction: locked in its phase, its timetable read under the
/// lock, moved or held.
async fn tick_round(
    db: &impl TransactionTrait,
    round_id: i32,
    now: chrono::DateTime<chrono::Utc>,
    public_url: &str,
) -> Result<Step, DbErr> {
    let txn = db.begin().await?;
    let Some(r) = rounds::find_by_id(&txn, round_id).await? else {
        return Ok(Step::Nothing);
    };
    let current = r.phase;
    let Some(first) = schedule(&txn, round_id).await? else {
        return Ok(Step::Nothing);
    };
    if of(&first).due(current, now).is_none() || !lock_in_phase(&txn, round_id, current).await? {
        return Ok(Step::Nothing);
    }
    // Read again under the lock: an officer may have moved the dates meanwhile.
    let Some(row) = schedule(&txn, round_id).await? else {
        return Ok(Step::Nothing);
    };
    let timetable = of(&row);
    let Some(to) = timetable.due(current, now) else {
        return Ok(Step::Nothing);
    };
    let state = round_state(&txn, round_id).await?;
    let step = match may_move(state, current, current, Some(&timetable), false, now) {
        Ok(to) => {
            if rounds::move_phase(&txn, round_id, current, to, Mover::Timetable).await? {
                super::access::audit::record(
                    &txn,
                    None,
                    "round.moved",
                    &format!("round:{round_id}"),
                    &format!("{} to {} by the timetable", current.as_str(), to.as_str()),
                )
                .await?;
                Step::Moved(to)
            } else {
                Step::Nothing
            }
        }
        Err(d) => {
            if hold(&txn, &r, &row, current, to, &d, public_url).await? {
                Step::Held(d)
            } else {
                Step::Nothing
            }
        }
    };
    txn.commit().await?;
    Ok(step)
}

/// Records that the round could not leave `current` on time: the first time (for this
/// phase) in the history and to the officers by email, true; a changed reason only on the
/// round page.
async fn hold(
    txn: &impl ConnectionTrait,
    r: &round::Model,
    schedule: &round_schedule::Model,
    current: Phase,
    to: Phase,
    d: &Delay,
    public_url: &str,
) -> Result<bool, DbErr> {
    let code = delay_code(d);
    if schedule.held_phase.as_deref() == Some(current.as_str()) {
        if schedule.held_reason.as_deref() != Some(code.as_str()) {
            round_schedule::Entity::update_many()
                .col_expr(round_schedule::Column::HeldReason, Expr::value(code))
                .filter(round_schedule::Column::Id.eq(schedule.id))
                .exec(txn)
                .await?;
        }
        return Ok(false);
    }
    round_schedule::Entity::update_many()
        .col_expr(
            round_schedule::Column::HeldPhase,
            Expr::value(current.as_str()),
        )
        .col_expr(
            round_schedule::Column::HeldReason,
            Expr::value(code.clone()),
        )
        .filter(round_schedule::Column::Id.eq(schedule.id))
        .exec(txn)
        .await?;
    super::round_history::record(
        txn,
        r.id,
        Mover::Timetable,
        "delayed",
        &format!("{} {code}", to.as_str()),
    )
    .await?;
    tell_officers(txn, r, to, d, public_url).await?;
    Ok(true)
}

/// Emails each officer of the round's neighbourhood, in their language, that the round
/// could not move on and why.
async fn tell_officers(
    txn: &impl ConnectionTrait,
    r: &round::Model,
    to: Phase,
    d: &Delay,
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
        "{public_url}/neighbourhoods/{}/rounds/{}/review",
        place.slug, r.slug
    );
    for officer in officers {
        let lang = officer.language.as_str();
        let (key, args) = crate::i18n::Say::key(d);
        let reason = line(lang, &key, &args);
        let (subject, body) = letter(
            lang,
            "letter.delayed",
            &[
                ("name", officer.display_name.clone()),
                (
                    "round",
                    crate::i18n::pick(lang, &r.title, r.title_cy.as_deref()).to_owned(),
                ),
                (
                    "place",
                    crate::i18n::pick(lang, &place.name, place.name_cy.as_deref()).to_owned(),
                ),
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
                for (round, d) in t.held {
                    tracing::warn!(round, reason = %d, "a round could not move on at its time");
                }
                for (round, error) in t.failed {
                    tracing::error!(round, %error, "could not move a round on at its time");
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
    fn a_delay_survives_a_trip_through_the_database() {
        for d in [
            Delay::Held(HoldUp::EmptyPot),
            Delay::Held(HoldUp::Unreviewed(3)),
            Delay::Held(HoldUp::NothingFeasible),
            Delay::Held(HoldUp::PaperUnverified(1)),
            Delay::NextTimePassed,
        ] {
            assert_eq!(read_delay(&delay_code(&d)), Some(d));
        }
        assert_eq!(read_delay("unreviewed:x"), None);
        assert_eq!(read_delay("party"), None);
    }

    #[test]
    fn voting_is_never_closed_by_hand_before_its_published_time_nor_opened_too_late() {
        use chrono::TimeZone;
        let at = |h| chrono::Utc.with_ymd_and_hms(2027, 6, 15, h, 0, 0).unwrap();
        let t = Timetable {
            proposals_open: at(1),
            review: at(2),
            voting_open: at(3),
            voting_close: at(20),
            decision_expected: None,
            delivery_until: None,
        };
        let ready = RoundState {
            feasible: 1,
            ..RoundState::default()
        };
        let (open, closing) = (Phase::VotingOpen, Phase::Review);
        assert_eq!(
            may_move(ready, open, open, Some(&t), true, at(12)),
            Err(Delay::ClosesLater(at(20)))
        );
        assert_eq!(
            may_move(ready, open, open, Some(&t), true, at(20)),
            Ok(Phase::Counting)
        );
        assert_eq!(
            may_move(ready, open, open, None, true, at(12)),
            Ok(Phase::Counting)
        );
        // Held in review until 19:30: opening now would give half an hour of voting.
        let late = at(19) + chrono::Duration::minutes(30);
        assert_eq!(
            may_move(ready, closing, closing, Some(&t), false, late),
            Err(Delay::NextTimePassed)
        );
        assert_eq!(
            may_move(ready, closing, closing, Some(&t), false, at(3)),
            Ok(Phase::VotingOpen)
        );
    }
}
