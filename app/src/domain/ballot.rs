//! A ballot checked against its round's rules. The ballot page runs this on every
//! tap for the running total; the server runs it again as the authority.

use crate::domain::money::Pence;
use crate::domain::results::BallotRule;
use serde::{Deserialize, Serialize};

/// How ballots are cast in one round, frozen when voting opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotRules {
    pub rule: BallotRule,
    pub pot: Pence,
    /// k for "approve up to k".
    pub max_choices: Option<u32>,
    /// n for "distribute n points".
    pub points: Option<u32>,
    /// At least this many proposals must be chosen (0 for no minimum).
    pub min_choices: u32,
}

/// A proposal on the ballot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnBallot {
    pub id: i32,
    pub cost: Pence,
}

/// Where a ballot stands: what the running total shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Tally {
    pub chosen: u32,
    pub cost: Pence,
    pub points: u32,
}

/// Why a ballot cannot be counted, in words for the voter.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BallotProblem {
    #[error("Choose at least one proposal")]
    Empty,
    #[error("Choose at least {min} proposals (you have chosen {chosen})")]
    TooFew { min: u32, chosen: u32 },
    #[error("Your choices cost {cost}, which is more than the pot of {pot}. Remove something to bring the total within the pot")]
    OverPot { cost: Pence, pot: Pence },
    #[error("Choose no more than {max} proposals (you have chosen {chosen})")]
    TooMany { max: u32, chosen: u32 },
    #[error("You have given {used} points, but only have {points} to give")]
    TooManyPoints { used: u32, points: u32 },
    #[error("One of your choices is not on this ballot. Reload the ballot and choose again")]
    NotOnBallot,
    #[error("A proposal was chosen twice. Reload the ballot and choose again")]
    Duplicate,
}

impl BallotRules {
    /// What a set of choices adds up to. Choices not on the ballot are left out.
    pub fn tally(&self, ballot: &[OnBallot], choices: &[(i32, u32)]) -> Tally {
        let mut t = Tally::default();
        for (id, points) in choices {
            if let Some(p) = ballot.iter().find(|p| p.id == *id) {
                if *points > 0 {
                    t.chosen += 1;
                    t.cost = t.cost + p.cost;
                    t.points = t.points.saturating_add(*points);
                }
            }
        }
        t
    }

    /// The choices (proposal id, points; one point per choice without points) if they
    /// make a ballot that can be counted, or every reason they cannot.
    pub fn check(
        &self,
        ballot: &[OnBallot],
        choices: &[(i32, u32)],
    ) -> Result<Vec<(i32, u32)>, Vec<BallotProblem>> {
        let mut problems = Vec::new();
        let mut seen: Vec<i32> = Vec::new();
        for (id, _) in choices {
            if seen.contains(id) {
                problems.push(BallotProblem::Duplicate);
                break;
            }
            seen.push(*id);
        }
        if choices
            .iter()
            .any(|(id, _)| !ballot.iter().any(|p| p.id == *id))
        {
            problems.push(BallotProblem::NotOnBallot);
        }
        let kept: Vec<(i32, u32)> = choices
            .iter()
            .copied()
            .filter(|(_, points)| *points > 0)
            .map(|(id, points)| {
                if self.rule.has_points() {
                    (id, points)
                } else {
                    (id, 1)
                }
            })
            .collect();
        let t = self.tally(ballot, &kept);
        if t.chosen == 0 {
            problems.push(BallotProblem::Empty);
        } else if t.chosen < self.min_choices {
            problems.push(BallotProblem::TooFew {
                min: self.min_choices,
                chosen: t.chosen,
            });
        }
        match self.rule {
            BallotRule::ApprovalWithinPot if t.cost > self.pot => {
                problems.push(BallotProblem::OverPot {
                    cost: t.cost,
                    pot: self.pot,
                });
            }
            BallotRule::ApproveUpTo | BallotRule::Ranked => {
                if let Some(max) = self.max_choices.filter(|m| t.chosen > *m) {
                    problems.push(BallotProblem::TooMany {
                        max,
                        chosen: t.chosen,
                    });
                }
            }
            BallotRule::Points | BallotRule::Scores => {
                if let Some(points) = self.points.filter(|n| t.points > *n) {
                    problems.push(BallotProblem::TooManyPoints {
                        used: t.points,
                        points,
                    });
                }
            }
            BallotRule::ApprovalWithinPot => {}
        }
        if problems.is_empty() {
            Ok(kept)
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ballot() -> Vec<OnBallot> {
        [(1, 40_000), (2, 30_000), (3, 20_000), (4, 10_000)]
            .into_iter()
            .map(|(id, pounds)| OnBallot {
                id,
                cost: Pence::from_pounds(pounds),
            })
            .collect()
    }

    fn rules(rule: BallotRule) -> BallotRules {
        BallotRules {
            rule,
            pot: Pence::from_pounds(60_000),
            max_choices: Some(2),
            points: Some(10),
            min_choices: 0,
        }
    }

    #[test]
    fn a_knapsack_ballot_fits_the_pot_or_says_by_how_much_it_does_not() {
        let r = rules(BallotRule::ApprovalWithinPot);
        assert_eq!(
            r.check(&ballot(), &[(1, 1), (3, 1)]),
            Ok(vec![(1, 1), (3, 1)])
        );
        let over = r.check(&ballot(), &[(1, 1), (2, 1)]).unwrap_err();
        assert_eq!(
            over[0].to_string(),
            "Your choices cost £70,000, which is more than the pot of £60,000. Remove something to bring the total within the pot"
        );
    }

    #[test]
    fn approve_up_to_k_and_a_minimum_are_both_enforced() {
        let r = BallotRules {
            min_choices: 2,
            ..rules(BallotRule::ApproveUpTo)
        };
        assert_eq!(
            r.check(&ballot(), &[(1, 1)]),
            Err(vec![BallotProblem::TooFew { min: 2, chosen: 1 }])
        );
        assert_eq!(
            r.check(&ballot(), &[(1, 1), (2, 1), (3, 1)]),
            Err(vec![BallotProblem::TooMany { max: 2, chosen: 3 }])
        );
        assert!(r.check(&ballot(), &[(1, 1), (2, 1)]).is_ok());
    }

    #[test]
    fn points_are_shared_out_up_to_the_total() {
        let r = rules(BallotRule::Points);
        assert_eq!(
            r.check(&ballot(), &[(1, 7), (2, 3)]),
            Ok(vec![(1, 7), (2, 3)])
        );
        assert_eq!(
            r.check(&ballot(), &[(1, 7), (2, 4)]),
            Err(vec![BallotProblem::TooManyPoints {
                used: 11,
                points: 10
            }])
        );
        assert_eq!(r.tally(&ballot(), &[(1, 7), (2, 0)]).chosen, 1);
    }

    #[test]
    fn empty_forged_and_doubled_ballots_are_refused() {
        let r = rules(BallotRule::ApprovalWithinPot);
        assert_eq!(r.check(&ballot(), &[]), Err(vec![BallotProblem::Empty]));
        assert!(r
            .check(&ballot(), &[(99, 1)])
            .unwrap_err()
            .contains(&BallotProblem::NotOnBallot));
        assert!(r
            .check(&ballot(), &[(1, 1), (1, 1)])
            .unwrap_err()
            .contains(&BallotProblem::Duplicate));
    }

    fn any_rules() -> impl Strategy<Value = BallotRules> {
        (
            prop_oneof![
                Just(BallotRule::ApprovalWithinPot),
                Just(BallotRule::ApproveUpTo),
                Just(BallotRule::Points),
            ],
            1i64..200_000,
            1u32..6,
            1u32..30,
            0u32..3,
        )
            .prop_map(|(rule, pot, k, n, min)| BallotRules {
                rule,
                pot: Pence::from_pounds(pot),
                max_choices: Some(k),
                points: Some(n),
                min_choices: min,
            })
    }

    proptest! {
        #[test]
        fn no_accepted_ballot_exceeds_the_pot_k_or_the_points_and_every_refusal_says_why(
            r in any_rules(),
            costs in proptest::collection::vec(1i64..100_000, 1..8),
            picks in proptest::collection::vec((0usize..10, 0u32..12), 0..10),
        ) {
            let ballot: Vec<OnBallot> = costs
                .iter()
                .enumerate()
                .map(|(i, c)| OnBallot { id: i as i32 + 1, cost: Pence::from_pounds(*c) })
                .collect();
            let choices: Vec<(i32, u32)> = picks.iter().map(|(i, p)| (*i as i32 + 1, *p)).collect();
            match r.check(&ballot, &choices) {
                Ok(kept) => {
                    let t = r.tally(&ballot, &kept);
                    prop_assert!(t.chosen >= r.min_choices.max(1));
                    match r.rule {
                        BallotRule::ApprovalWithinPot => prop_assert!(t.cost <= r.pot),
                        BallotRule::ApproveUpTo => prop_assert!(t.chosen <= r.max_choices.unwrap_or(u32::MAX)),
                        _ => prop_assert!(t.points <= r.points.unwrap_or(u32::MAX)),
                    }
                }
                Err(problems) => {
                    prop_assert!(!problems.is_empty());
                    prop_assert!(problems.iter().all(|p| !p.to_string().is_empty()));
                }
            }
        }
    }
}
