//! Proposals: where each stands after review, what a valid one looks like, and which
//! steps its life allows in which phase of the round.

pub mod draft;
pub mod history;
pub mod lifecycle;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProposalStatus {
    Submitted,
    NeedsChanges,
    Feasible,
    Ineligible,
    Withdrawn,
    Hidden,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a proposal status")]
pub struct UnknownStatus(pub String);

/// Equal to the word it is stored and published as (`as_str`).
impl PartialEq<&str> for ProposalStatus {
    fn eq(&self, word: &&str) -> bool {
        self.as_str() == *word
    }
}

impl ProposalStatus {
    pub const ALL: [ProposalStatus; 6] = [
        ProposalStatus::Submitted,
        ProposalStatus::NeedsChanges,
        ProposalStatus::Feasible,
        ProposalStatus::Ineligible,
        ProposalStatus::Withdrawn,
        ProposalStatus::Hidden,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ProposalStatus::Submitted => "submitted",
            ProposalStatus::NeedsChanges => "needs_changes",
            ProposalStatus::Feasible => "feasible",
            ProposalStatus::Ineligible => "ineligible",
            ProposalStatus::Withdrawn => "withdrawn",
            ProposalStatus::Hidden => "hidden",
        }
    }

    pub fn parse(s: &str) -> Result<ProposalStatus, UnknownStatus> {
        ProposalStatus::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| UnknownStatus(s.to_owned()))
    }

    pub const fn label(self) -> &'static str {
        match self {
            ProposalStatus::Submitted => "Waiting for review",
            ProposalStatus::NeedsChanges => "Changes requested",
            ProposalStatus::Feasible => "On the ballot",
            ProposalStatus::Ineligible => "Not eligible",
            ProposalStatus::Withdrawn => "Withdrawn",
            ProposalStatus::Hidden => "Removed by moderators",
        }
    }

    /// Only feasible proposals go on the ballot.
    pub const fn on_ballot(self) -> bool {
        matches!(self, ProposalStatus::Feasible)
    }

    /// Hidden proposals keep only their title and the moderators' reason in public.
    pub const fn content_is_public(self) -> bool {
        !matches!(self, ProposalStatus::Hidden)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_feasible_proposals_reach_the_ballot() {
        let on: Vec<_> = ProposalStatus::ALL
            .into_iter()
            .filter(|s| s.on_ballot())
            .collect();
        assert_eq!(on, vec![ProposalStatus::Feasible]);
    }

    #[test]
    fn statuses_round_trip_through_their_stored_names() {
        for s in ProposalStatus::ALL {
            assert_eq!(ProposalStatus::parse(s.as_str()), Ok(s));
        }
    }
}
