//! The life cycle of a round: which phase it is in and what people can do now.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The phases of a round, in the only order they can happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Phase {
    Draft,
    ProposalsOpen,
    Review,
    VotingOpen,
    Counting,
    DecisionPublished,
    Delivery,
    Closed,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a phase of a round")]
pub struct UnknownPhase(pub String);

/// Equal to the word it is stored and published as (`as_str`).
impl PartialEq<&str> for Phase {
    fn eq(&self, word: &&str) -> bool {
        self.as_str() == *word
    }
}

impl Phase {
    pub const ALL: [Phase; 8] = [
        Phase::Draft,
        Phase::ProposalsOpen,
        Phase::Review,
        Phase::VotingOpen,
        Phase::Counting,
        Phase::DecisionPublished,
        Phase::Delivery,
        Phase::Closed,
    ];

    /// The stable name stored in the database and used in URLs.
    pub const fn as_str(self) -> &'static str {
        match self {
            Phase::Draft => "draft",
            Phase::ProposalsOpen => "proposals_open",
            Phase::Review => "review",
            Phase::VotingOpen => "voting_open",
            Phase::Counting => "counting",
            Phase::DecisionPublished => "decision_published",
            Phase::Delivery => "delivery",
            Phase::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Result<Phase, UnknownPhase> {
        Phase::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| UnknownPhase(s.to_owned()))
    }

    /// In English, for logs and the command line; pages use the language files.
    pub const fn label(self) -> &'static str {
        match self {
            Phase::Draft => "Being set up",
            Phase::ProposalsOpen => "Proposals open",
            Phase::Review => "Proposals being checked",
            Phase::VotingOpen => "Voting open",
            Phase::Counting => "Counting the votes",
            Phase::DecisionPublished => "Decision published",
            Phase::Delivery => "Projects being delivered",
            Phase::Closed => "Closed",
        }
    }

    pub fn next(self) -> Option<Phase> {
        let i = Phase::ALL.iter().position(|p| *p == self)?;
        Phase::ALL.get(i + 1).copied()
    }

    /// Whether a round is open to the public at all (drafts are not shown).
    pub const fn is_public(self) -> bool {
        !matches!(self, Phase::Draft)
    }

    /// Votes, tallies and ballots stay hidden until voting has closed.
    pub fn votes_may_be_shown(self) -> bool {
        self >= Phase::Counting
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_move_forward_one_step_at_a_time() {
        assert_eq!(Phase::Draft.next(), Some(Phase::ProposalsOpen));
        assert_eq!(Phase::Counting.next(), Some(Phase::DecisionPublished));
        assert_eq!(Phase::Closed.next(), None);
    }

    #[test]
    fn every_phase_survives_a_trip_through_the_database_name() {
        for p in Phase::ALL {
            assert_eq!(Phase::parse(p.as_str()), Ok(p));
        }
        assert!(Phase::parse("party").is_err());
    }

    #[test]
    fn votes_stay_hidden_until_voting_has_closed() {
        assert!(!Phase::VotingOpen.votes_may_be_shown());
        assert!(Phase::Counting.votes_may_be_shown());
    }
}

/// Where a phase stands relative to the round's current one, for the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepState {
    Done,
    Current,
    Upcoming,
}

impl Phase {
    pub fn step_state(self, current: Phase) -> StepState {
        match self.cmp(&current) {
            std::cmp::Ordering::Less => StepState::Done,
            std::cmp::Ordering::Equal => StepState::Current,
            std::cmp::Ordering::Greater => StepState::Upcoming,
        }
    }
}

#[cfg(test)]
mod timeline_tests {
    use super::*;

    #[test]
    fn the_timeline_marks_earlier_phases_done_and_later_ones_upcoming() {
        assert_eq!(
            Phase::ProposalsOpen.step_state(Phase::VotingOpen),
            StepState::Done
        );
        assert_eq!(
            Phase::VotingOpen.step_state(Phase::VotingOpen),
            StepState::Current
        );
        assert_eq!(
            Phase::Closed.step_state(Phase::VotingOpen),
            StepState::Upcoming
        );
    }
}
