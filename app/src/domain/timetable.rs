//! A round's timetable: when proposals open, when they close for review, when voting
//! opens and closes. Officers type the times as people in the UK read them (Europe/London);
//! they are kept in UTC, checked for order, and the server moves the round at each one.

use super::message::Message;
use super::phase::Phase;
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::London;
use serde::{Deserialize, Serialize};

/// The moments the server moves a round on by itself, and the two dates it only shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timetable {
    pub proposals_open: DateTime<Utc>,
    pub review: DateTime<Utc>,
    pub voting_open: DateTime<Utc>,
    pub voting_close: DateTime<Utc>,
    pub decision_expected: Option<NaiveDate>,
    pub delivery_until: Option<NaiveDate>,
}

/// The four moves the timetable makes, in order: the phase a round leaves and the one
/// it enters, and the form field that sets the time.
pub const MOVES: [(Phase, Phase, &str); 4] = [
    (Phase::Draft, Phase::ProposalsOpen, "proposals_open"),
    (Phase::ProposalsOpen, Phase::Review, "review"),
    (Phase::Review, Phase::VotingOpen, "voting_open"),
    (Phase::VotingOpen, Phase::Counting, "voting_close"),
];

/// The shortest vote we allow: a typing slip of a day or a month shows as an error.
pub const SHORTEST_VOTE: chrono::Duration = chrono::Duration::hours(1);

impl Timetable {
    /// When the round is due to enter `phase`, for the four phases the timetable moves.
    pub fn starts(&self, phase: Phase) -> Option<DateTime<Utc>> {
        match phase {
            Phase::ProposalsOpen => Some(self.proposals_open),
            Phase::Review => Some(self.review),
            Phase::VotingOpen => Some(self.voting_open),
            Phase::Counting => Some(self.voting_close),
            _ => None,
        }
    }

    /// The same timetable with `phase`'s time set to `at`.
    pub fn with_start(mut self, phase: Phase, at: DateTime<Utc>) -> Timetable {
        match phase {
            Phase::ProposalsOpen => self.proposals_open = at,
            Phase::Review => self.review = at,
            Phase::VotingOpen => self.voting_open = at,
            Phase::Counting => self.voting_close = at,
            _ => {}
        }
        self
    }

    /// The phase a round in `current` should move to now, if its time has come.
    pub fn due(&self, current: Phase, now: DateTime<Utc>) -> Option<Phase> {
        MOVES
            .iter()
            .find(|(from, _, _)| *from == current)
            .and_then(|(_, to, _)| self.starts(*to).filter(|at| *at <= now).map(|_| *to))
    }

    /// Whether entering `to` at `now` leaves that phase time to run: the time of the
    /// phase after it must still be ahead (for voting, at least [`SHORTEST_VOTE`]), so a
    /// move made late never opens a vote that closes a moment later.
    pub fn leaves_time_for(&self, to: Phase, now: DateTime<Utc>) -> bool {
        let next = MOVES
            .iter()
            .find(|(from, _, _)| *from == to)
            .and_then(|(_, after, _)| self.starts(*after));
        match next {
            None => true,
            Some(at) if to == Phase::VotingOpen => at - now >= SHORTEST_VOTE,
            Some(at) => at > now,
        }
    }

    /// Whether a ballot sent at `at` is too late, whatever the round's phase says yet.
    pub fn voting_has_closed(&self, at: DateTime<Utc>) -> bool {
        at >= self.voting_close
    }
}

/// A problem with one field of the timetable form.
pub type Problem = (&'static str, Message);

/// The times as typed in a form (`datetime-local`: "2027-06-15T22:00", read in UK time),
/// and the dates ("2027-07-20"), which may be left empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedTimetable<'a> {
    pub proposals_open: &'a str,
    pub review: &'a str,
    pub voting_open: &'a str,
    pub voting_close: &'a str,
    pub decision_expected: &'a str,
    pub delivery_until: &'a str,
}

impl TypedTimetable<'_> {
    fn time(&self, field: &str) -> &str {
        match field {
            "proposals_open" => self.proposals_open,
            "review" => self.review,
            "voting_open" => self.voting_open,
            _ => self.voting_close,
        }
    }
}

/// Why a typed time could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeProblem {
    Unreadable,
    /// The hour the clocks go forward: that time never happens in the UK.
    Skipped,
}

/// A time typed in UK local time, as UTC: as a browser sends it ("2027-06-15T22:00") or
/// as a person types it without one ("15/06/2027 22:00"). In the hour the clocks go
/// back the earlier reading is taken.
pub fn london_time(typed: &str) -> Result<DateTime<Utc>, TimeProblem> {
    let typed = typed.trim();
    let local = [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%d/%m/%Y %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(typed, f).ok())
    .ok_or(TimeProblem::Unreadable)?;
    London
        .from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or(TimeProblem::Skipped)
}

/// [`london_time`], without the reason.
pub fn read_london_time(typed: &str) -> Option<DateTime<Utc>> {
    london_time(typed).ok()
}

/// A UTC time as the `datetime-local` value a UK officer would type.
pub fn london_input(at: DateTime<Utc>) -> String {
    at.with_timezone(&London)
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

/// From one moment up to (not including) another.
pub type Span = (DateTime<Utc>, DateTime<Utc>);

/// The moment a day typed as `2026-12-06` (or `06/12/2026`) begins on the UK clock, and
/// the moment the next one begins: a search "from" and "to" that day. `Ok(None)` for
/// nothing typed.
pub fn london_day(typed: &str) -> Result<Option<Span>, TimeProblem> {
    let Some(day) = read_date(typed).map_err(|()| TimeProblem::Unreadable)? else {
        return Ok(None);
    };
    let start = |d: NaiveDate| london_time(&format!("{}T00:00", d.format("%Y-%m-%d")));
    let next = day.succ_opt().ok_or(TimeProblem::Unreadable)?;
    Ok(Some((start(day)?, start(next)?)))
}

/// A UTC time on the UK clock, for wording it.
pub fn on_london_clock(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&London).naive_local()
}

fn read_date(typed: &str) -> Result<Option<NaiveDate>, ()> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(typed, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(typed, "%d/%m/%Y"))
        .map(Some)
        .map_err(|_| ())
}

/// Reads and checks a timetable. `current` is the round's phase and `stored` its timetable
/// as it stands (none for a new round, or one that had none): times of phases already
/// reached are kept as stored, whatever was typed; every other time must be in order,
/// not in the past, and voting at least an hour long.
pub fn read(
    typed: &TypedTimetable<'_>,
    current: Phase,
    stored: Option<&Timetable>,
    now: DateTime<Utc>,
) -> Result<Timetable, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut times = Vec::with_capacity(4);
    let mut reached = Vec::with_capacity(4);
    for (_, to, field) in MOVES {
        reached.push(current >= to);
        if current >= to {
            // A round given a timetable only after it started (one set up before
            // timetables existed) counts its past phases as started now.
            times.push(Some(stored.and_then(|s| s.starts(to)).unwrap_or(now)));
            continue;
        }
        let typed = typed.time(field);
        let at = if typed.trim().is_empty() {
            problems.push((field, Message::new("timetable.problem.missing")));
            None
        } else {
            match london_time(typed) {
                Ok(at) => {
                    if at <= now {
                        problems.push((field, Message::new("timetable.problem.past")));
                    }
                    Some(at)
                }
                Err(TimeProblem::Skipped) => {
                    problems.push((field, Message::new("timetable.problem.clocks_change")));
                    None
                }
                Err(TimeProblem::Unreadable) => {
                    problems.push((field, Message::new("timetable.problem.unreadable")));
                    None
                }
            }
        };
        times.push(at);
    }
    for (i, pair) in times.windows(2).enumerate() {
        if reached[i + 1] {
            continue;
        }
        if let [Some(before), Some(after)] = pair {
            if after <= before {
                let field = MOVES[i + 1].2;
                let earlier = MOVES[i].2;
                problems.push((
                    field,
                    Message::new(format!("timetable.problem.after_{earlier}")),
                ));
            }
        }
    }
    if let (Some(Some(open)), Some(Some(close))) = (times.get(2), times.get(3)) {
        if close > open && *close - *open < SHORTEST_VOTE {
            problems.push(("voting_close", Message::new("timetable.problem.too_short")));
        }
    }
    let decision_expected = read_date(typed.decision_expected).unwrap_or_else(|()| {
        problems.push((
            "decision_expected",
            Message::new("timetable.problem.unreadable_date"),
        ));
        None
    });
    let delivery_until = read_date(typed.delivery_until).unwrap_or_else(|()| {
        problems.push((
            "delivery_until",
            Message::new("timetable.problem.unreadable_date"),
        ));
        None
    });
    if let (Some(Some(close)), Some(decided)) = (times.get(3), decision_expected) {
        if decided < on_london_clock(*close).date() {
            problems.push((
                "decision_expected",
                Message::new("timetable.problem.decision_before_close"),
            ));
        }
    }
    if let (Some(decided), Some(until)) = (decision_expected, delivery_until) {
        if until < decided {
            problems.push((
                "delivery_until",
                Message::new("timetable.problem.delivery_before_decision"),
            ));
        }
    }
    match (times.as_slice(), problems.is_empty()) {
        ([Some(p), Some(r), Some(o), Some(c)], true) => Ok(Timetable {
            proposals_open: *p,
            review: *r,
            voting_open: *o,
            voting_close: *c,
            decision_expected,
            delivery_until,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_runs_from_midnight_to_midnight_on_the_uk_clock() {
        let (from, to) = london_day("2026-07-06").unwrap().unwrap();
        assert_eq!(
            from.to_rfc3339(),
            "2026-07-05T23:00:00+00:00",
            "summer time"
        );
        assert_eq!(to.to_rfc3339(), "2026-07-06T23:00:00+00:00");
        let (from, _) = london_day("06/12/2026").unwrap().unwrap();
        assert_eq!(from.to_rfc3339(), "2026-12-06T00:00:00+00:00");
        assert_eq!(london_day("  ").unwrap(), None);
        assert!(london_day("next tuesday").is_err());
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 1, 10, 12, 0, 0).unwrap()
    }

    fn typed() -> TypedTimetable<'static> {
        TypedTimetable {
            proposals_open: "2027-03-01T09:00",
            review: "2027-05-01T09:00",
            voting_open: "2027-06-15T09:00",
            voting_close: "2027-06-29T22:00",
            decision_expected: "2027-07-20",
            delivery_until: "",
        }
    }

    fn fields(problems: &[Problem]) -> Vec<(&str, &str)> {
        problems.iter().map(|(f, m)| (*f, m.key.as_str())).collect()
    }

    #[test]
    fn times_are_read_on_the_uk_clock_in_summer_and_winter() {
        let t = read(&typed(), Phase::Draft, None, now()).unwrap();
        // 9am on 1 March is GMT; 10pm on 29 June is BST, 9pm UTC.
        assert_eq!(
            t.proposals_open,
            Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap()
        );
        assert_eq!(
            t.voting_close,
            Utc.with_ymd_and_hms(2027, 6, 29, 21, 0, 0).unwrap()
        );
        assert_eq!(london_input(t.voting_close), "2027-06-29T22:00");
        assert_eq!(t.decision_expected, NaiveDate::from_ymd_opt(2027, 7, 20));
    }

    #[test]
    fn a_time_the_clocks_skip_is_refused_and_the_repeated_hour_reads_early() {
        assert_eq!(london_time("2027-03-28T01:30"), Err(TimeProblem::Skipped));
        assert_eq!(
            read_london_time("15/06/2027 22:00"),
            read_london_time("2027-06-15T22:00")
        );
        assert_eq!(
            read_london_time("2027-10-31T01:30"),
            Utc.with_ymd_and_hms(2027, 10, 31, 0, 30, 0).single()
        );
    }

    #[test]
    fn out_of_order_times_name_the_later_field() {
        let mut t = typed();
        t.voting_open = "2027-04-01T09:00";
        let problems = read(&t, Phase::Draft, None, now()).unwrap_err();
        assert_eq!(
            fields(&problems),
            [("voting_open", "timetable.problem.after_review")]
        );
    }

    #[test]
    fn voting_must_last_at_least_an_hour() {
        let mut t = typed();
        t.voting_close = "2027-06-15T09:59";
        let problems = read(&t, Phase::Draft, None, now()).unwrap_err();
        assert_eq!(
            fields(&problems),
            [("voting_close", "timetable.problem.too_short")]
        );
        t.voting_close = "2027-06-15T10:00";
        assert!(read(&t, Phase::Draft, None, now()).is_ok());
    }

    #[test]
    fn missing_unreadable_and_past_times_are_each_named() {
        let mut t = typed();
        t.proposals_open = "";
        t.review = "next tuesday";
        t.voting_open = "2026-06-15T09:00";
        t.delivery_until = "soon";
        let problems = read(&t, Phase::Draft, None, now()).unwrap_err();
        assert_eq!(
            fields(&problems),
            [
                ("proposals_open", "timetable.problem.missing"),
                ("review", "timetable.problem.unreadable"),
                ("voting_open", "timetable.problem.past"),
                ("delivery_until", "timetable.problem.unreadable_date"),
            ]
        );
    }

    #[test]
    fn a_decision_cannot_be_expected_before_voting_closes() {
        let mut t = typed();
        t.decision_expected = "2027-06-01";
        let problems = read(&t, Phase::Draft, None, now()).unwrap_err();
        assert_eq!(
            fields(&problems),
            [(
                "decision_expected",
                "timetable.problem.decision_before_close"
            )]
        );
    }

    #[test]
    fn times_of_phases_already_reached_are_kept_and_the_rest_may_not_go_into_the_past() {
        let stored = read(&typed(), Phase::Draft, None, now()).unwrap();
        let later = Utc.with_ymd_and_hms(2027, 5, 10, 12, 0, 0).unwrap();
        let mut t = typed();
        // Typed over the started phases' times: ignored.
        t.proposals_open = "2030-01-01T09:00";
        t.review = "";
        t.voting_open = "2027-05-09T09:00";
        let problems = read(&t, Phase::Review, Some(&stored), later).unwrap_err();
        assert_eq!(
            fields(&problems),
            [("voting_open", "timetable.problem.past")]
        );
        t.voting_open = "2027-06-20T09:00";
        let moved = read(&t, Phase::Review, Some(&stored), later).unwrap();
        assert_eq!(moved.proposals_open, stored.proposals_open);
        assert_eq!(moved.review, stored.review);
        assert_eq!(london_input(moved.voting_open), "2027-06-20T09:00");
    }

    #[test]
    fn a_round_without_a_timetable_gets_one_from_the_phase_it_is_in() {
        let later = Utc.with_ymd_and_hms(2027, 5, 10, 12, 0, 0).unwrap();
        let mut t = typed();
        t.proposals_open = "";
        t.review = "";
        let given = read(&t, Phase::Review, None, later).unwrap();
        assert_eq!(given.proposals_open, later);
        assert_eq!(given.review, later);
        assert_eq!(london_input(given.voting_open), "2027-06-15T09:00");
    }

    #[test]
    fn the_round_is_due_to_move_once_the_time_of_its_next_phase_has_come() {
        let t = read(&typed(), Phase::Draft, None, now()).unwrap();
        assert_eq!(t.due(Phase::Draft, now()), None);
        assert_eq!(
            t.due(Phase::Draft, t.proposals_open),
            Some(Phase::ProposalsOpen)
        );
        assert_eq!(
            t.due(Phase::Review, t.voting_close),
            Some(Phase::VotingOpen)
        );
        assert_eq!(
            t.due(Phase::VotingOpen, t.voting_close),
            Some(Phase::Counting)
        );
        assert_eq!(t.due(Phase::Counting, t.voting_close), None);
        assert!(!t.voting_has_closed(t.voting_close - chrono::Duration::seconds(1)));
        // Opening voting with under an hour to go, or proposals after their close, waits.
        let late = t.voting_close - chrono::Duration::minutes(59);
        assert!(!t.leaves_time_for(Phase::VotingOpen, late));
        assert!(t.leaves_time_for(Phase::VotingOpen, t.voting_open));
        assert!(!t.leaves_time_for(Phase::ProposalsOpen, t.review));
        assert!(t.leaves_time_for(Phase::Counting, t.voting_close));
        assert!(t.voting_has_closed(t.voting_close));
    }
}
