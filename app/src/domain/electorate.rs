//! Who a round counts as one voter: each resident, or each household. Letters with
//! voting codes go to households; officers also verify residents in person. A round
//! per household takes its ballots through household codes only (typed on the ballot,
//! added to an account, or written on paper), so a household cannot vote once by its
//! letter and again through a member verified in person. A round per resident takes
//! a ballot from each verified resident as well as from each letter code.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum BallotsPer {
    #[default]
    Resident,
    Household,
}

/// The choices an officer has when making a round, in the form's order.
pub const BALLOTS_PER: [BallotsPer; 2] = [BallotsPer::Resident, BallotsPer::Household];

impl BallotsPer {
    pub fn parse(stored: &str) -> Option<BallotsPer> {
        match stored {
            "resident" => Some(BallotsPer::Resident),
            "household" => Some(BallotsPer::Household),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BallotsPer::Resident => "resident",
            BallotsPer::Household => "household",
        }
    }

    /// Whether a verified resident votes with their account: in a household round
    /// only when they proved residence with the household's code, whose ballot it is.
    pub fn account_votes(self, proved_with_code: bool) -> bool {
        match self {
            BallotsPer::Resident => true,
            BallotsPer::Household => proved_with_code,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_household_round_takes_only_ballots_under_a_household_code() {
        assert!(BallotsPer::Household.account_votes(true));
        assert!(!BallotsPer::Household.account_votes(false));
    }

    #[test]
    fn a_resident_round_takes_each_verified_resident() {
        assert!(BallotsPer::Resident.account_votes(true));
        assert!(BallotsPer::Resident.account_votes(false));
    }

    #[test]
    fn the_stored_words_read_back_and_nothing_else_does() {
        for per in BALLOTS_PER {
            assert_eq!(BallotsPer::parse(per.as_str()), Some(per));
        }
        assert_eq!(BallotsPer::parse("Household"), None);
        assert_eq!(BallotsPer::parse(""), None);
    }
}
