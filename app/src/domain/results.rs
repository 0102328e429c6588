//! The round's results side by side: votes per proposal, and what greedy and the Method
//! of Equal Shares (as the cities run it) would each fund.

use super::count::{
    count, Ballots, CountOptions, CountRule, Election, ElectionError, Project, Why,
};
use super::money::Pence;
use serde::{Deserialize, Serialize};

/// A proposal on the ballot, as the count sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: i32,
    pub cost: Pence,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultRow {
    pub proposal_id: i32,
    pub votes: u64,
    pub greedy: bool,
    /// Funded by equal shares as the cities run it (MES-complete).
    pub equal_shares: bool,
    /// Greedy's score: approvals, total points, or positional points of rankings.
    #[serde(default)]
    pub score: i64,
    /// Funded by one plain run of equal shares, without completion (pabulib "equalshares").
    #[serde(default)]
    pub mes: bool,
    /// Of `equal_shares`: added by the greedy fill after equal shares, not by equal shares.
    #[serde(default)]
    pub completion: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    /// Most votes first; ties by proposal id.
    pub rows: Vec<ResultRow>,
    pub ballots: usize,
    pub greedy_total: Pence,
    pub equal_shares_total: Pence,
    /// What this count holds: `COUNT_FORMAT` when it has everything the round's `.pb`
    /// file is written from; a count stored in an older format is made again.
    #[serde(default)]
    pub format: u32,
    /// Ballots that name no proposal on the ballot (pabulib has no empty vote).
    #[serde(default)]
    pub empty_ballots: usize,
    /// Whether every ballot's choices together cost no more than the pot.
    #[serde(default)]
    pub fits_pot: bool,
}

/// The format of a `Comparison` made now.
pub const COUNT_FORMAT: u32 = 2;

/// How a round's ballots are cast (`rounds.ballot_rule`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BallotRule {
    /// Tick proposals whose total cost fits the pot (the "knapsack" ballot).
    ApprovalWithinPot,
    /// Tick up to `ballot_max_choices` proposals.
    ApproveUpTo,
    /// Distribute up to `ballot_points` points (pabulib "cumulative").
    Points,
    /// Give each proposal a score (pabulib "scoring").
    Scores,
    /// Rank up to `ballot_max_choices` proposals, favourite first (pabulib "ordinal").
    Ranked,
}

/// Equal to the word it is stored and published as (`as_str`).
impl PartialEq<&str> for BallotRule {
    fn eq(&self, word: &&str) -> bool {
        self.as_str() == *word
    }
}

impl BallotRule {
    pub const ALL: [BallotRule; 5] = [
        BallotRule::ApprovalWithinPot,
        BallotRule::ApproveUpTo,
        BallotRule::Points,
        BallotRule::Scores,
        BallotRule::Ranked,
    ];

    /// The stable name stored in the database.
    pub const fn as_str(self) -> &'static str {
        match self {
            BallotRule::ApprovalWithinPot => "approval_within_pot",
            BallotRule::ApproveUpTo => "approve_up_to",
            BallotRule::Points => "points",
            BallotRule::Scores => "scores",
            BallotRule::Ranked => "ranked",
        }
    }

    /// The rule of a name; an unknown name is read as approval within the pot.
    pub fn parse(s: &str) -> BallotRule {
        BallotRule::known(s).unwrap_or(BallotRule::ApprovalWithinPot)
    }

    /// The rule of a name, if it is one.
    pub fn known(s: &str) -> Option<BallotRule> {
        BallotRule::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether each choice carries points.
    pub const fn has_points(self) -> bool {
        matches!(self, BallotRule::Points | BallotRule::Scores)
    }
}

/// A round's counted ballots, each naming proposal ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CastBallots {
    Approval(Vec<Vec<i32>>),
    /// Favourite first. Greedy gives position `i` (from 0) `max_length − i` points, as pabulib.
    Ranked {
        rankings: Vec<Vec<i32>>,
        max_length: Option<usize>,
    },
    Points(Vec<Vec<(i32, i64)>>),
}

/// Counts approval ballots (each a list of proposal ids) under both rules.
pub fn compare(
    candidates: &[Candidate],
    ballots: &[Vec<i32>],
    pot: Pence,
) -> Result<Comparison, ElectionError> {
    compare_ballots(candidates, CastBallots::Approval(ballots.to_vec()), pot)
}

/// Counts a round's ballots, of whatever kind, under both rules.
pub fn compare_ballots(
    candidates: &[Candidate],
    ballots: CastBallots,
    pot: Pence,
) -> Result<Comparison, ElectionError> {
    let index = |id: i32| candidates.iter().position(|c| c.id == id);
    // A ballot naming a proposal no longer on the ballot keeps its other choices; a
    // proposal named twice counts once.
    let known = |b: &[i32]| {
        let mut seen = Vec::new();
        for k in b.iter().filter_map(|&id| index(id)) {
            if !seen.contains(&k) {
                seen.push(k);
            }
        }
        seen
    };
    let ballot_count = ballots_len(&ballots);
    let fits = |ids: &[i32]| {
        known(ids)
            .into_iter()
            .map(|k| candidates[k].cost.as_i64())
            .sum::<i64>()
            <= pot.as_i64()
    };
    let fits_pot = match &ballots {
        CastBallots::Approval(b) | CastBallots::Ranked { rankings: b, .. } => {
            b.iter().all(|b| fits(b))
        }
        CastBallots::Points(b) => b
            .iter()
            .all(|b| fits(&b.iter().map(|c| c.0).collect::<Vec<_>>())),
    };
    let ballots = match ballots {
        CastBallots::Approval(b) => Ballots::Approval(
            b.iter()
                .map(|b| {
                    let mut v = known(b);
                    v.sort_unstable();
                    v
                })
                .collect(),
        ),
        CastBallots::Ranked {
            rankings,
            max_length,
        } => {
            let rankings: Vec<Vec<usize>> = rankings.iter().map(|b| known(b)).collect();
            let longest = rankings.iter().map(Vec::len).max().unwrap_or(0);
            Ballots::Ordinal {
                max_length: max_length.unwrap_or(longest),
                rankings,
            }
        }
        CastBallots::Points(b) => Ballots::Points(
            b.iter()
                .map(|b| {
                    let mut seen: Vec<(usize, i64)> = Vec::new();
                    for &(id, points) in b {
                        match index(id) {
                            Some(k) if !seen.iter().any(|s| s.0 == k) => seen.push((k, points)),
                            _ => {}
                        }
                    }
                    seen
                })
                .collect(),
        ),
    };
    let election = Election::new(
        candidates
            .iter()
            .map(|c| Project {
                id: c.id.to_string(),
                cost: c.cost.as_i64().unsigned_abs(),
            })
            .collect(),
        pot.as_i64().unsigned_abs(),
        ballots,
    )?
    .with_unit(100)?;
    let greedy = count(&election, CountRule::Greedy, &CountOptions::default()).projects();
    let complete = count(&election, CountRule::MesComplete, &CountOptions::default());
    let filled: Vec<usize> = complete
        .selected
        .iter()
        .filter(|s| matches!(s.why, Why::Completion { .. }))
        .map(|s| s.project)
        .collect();
    let mes = complete.projects();
    let plain = count(&election, CountRule::Mes, &CountOptions::default()).projects();
    let votes = election.supporters();
    let scores = election.scores();
    let empty_ballots = empty_ballots_of(election.ballots());
    let total = |chosen: &[usize]| chosen.iter().map(|&k| candidates[k].cost).sum();
    let mut rows: Vec<ResultRow> = candidates
        .iter()
        .enumerate()
        .map(|(k, c)| ResultRow {
            proposal_id: c.id,
            votes: votes.get(k).copied().unwrap_or(0),
            greedy: greedy.contains(&k),
            equal_shares: mes.contains(&k),
            score: scores.get(k).copied().unwrap_or(0),
            mes: plain.contains(&k),
            completion: filled.contains(&k),
        })
        .collect();
    rows.sort_by(|a, b| {
        b.votes
            .cmp(&a.votes)
            .then(a.proposal_id.cmp(&b.proposal_id))
    });
    Ok(Comparison {
        rows,
        ballots: ballot_count,
        greedy_total: total(&greedy),
        equal_shares_total: total(&mes),
        format: COUNT_FORMAT,
        empty_ballots,
        fits_pot,
    })
}

/// Ballots that name nothing still on the ballot.
fn empty_ballots_of(ballots: &Ballots) -> usize {
    match ballots {
        Ballots::Approval(b) | Ballots::Ordinal { rankings: b, .. } => {
            b.iter().filter(|b| b.is_empty()).count()
        }
        Ballots::Points(b) => b.iter().filter(|b| b.is_empty()).count(),
    }
}

fn ballots_len(ballots: &CastBallots) -> usize {
    match ballots {
        CastBallots::Approval(b) => b.len(),
        CastBallots::Ranked { rankings, .. } => rankings.len(),
        CastBallots::Points(b) => b.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: i32, pounds: i64) -> Candidate {
        Candidate {
            id,
            cost: Pence::from_pounds(pounds),
        }
    }

    #[test]
    fn a_minority_gets_its_share_under_equal_shares_but_not_under_greedy() {
        // 70 voters want the two big projects; 30 want the small one. Pot £100.
        let candidates = [c(1, 50), c(2, 50), c(3, 30)];
        let mut ballots = vec![vec![1, 2]; 70];
        ballots.extend(vec![vec![3]; 30]);
        let r = compare(&candidates, &ballots, Pence::from_pounds(100)).unwrap();
        let row = |id| r.rows.iter().find(|x| x.proposal_id == id).unwrap().clone();
        assert!(row(1).greedy && row(2).greedy && !row(3).greedy);
        assert!(row(3).equal_shares, "30% of voters deserve the £30 project");
        assert_eq!(r.greedy_total, Pence::from_pounds(100));
        assert_eq!(row(1).votes, 70);
        assert_eq!(r.ballots, 100);
    }

    #[test]
    fn choices_of_proposals_no_longer_on_the_ballot_are_ignored() {
        let r = compare(
            &[c(1, 10)],
            &[vec![1, 99], vec![99]],
            Pence::from_pounds(10),
        )
        .unwrap();
        assert_eq!(r.rows[0].votes, 1);
        assert_eq!(r.ballots, 2);
    }

    #[test]
    fn points_ballots_are_counted_by_points_not_by_voters() {
        // Two voters give proposal 1 one point each; one voter gives proposal 2 five.
        let ballots = CastBallots::Points(vec![vec![(1, 1), (2, 0)], vec![(1, 1)], vec![(2, 5)]]);
        let r = compare_ballots(&[c(1, 10), c(2, 10)], ballots, Pence::from_pounds(10)).unwrap();
        let row = |id| r.rows.iter().find(|x| x.proposal_id == id).unwrap().clone();
        assert!(row(2).greedy && !row(1).greedy, "5 points beat 2");
        assert_eq!((row(1).votes, row(2).votes), (2, 1));
    }

    #[test]
    fn rankings_earn_positional_points_under_greedy() {
        // max_length 3: first place 3 points, second 2. Proposal 1 is ranked first once,
        // proposal 2 second twice (4 points).
        let ballots = CastBallots::Ranked {
            rankings: vec![vec![1, 2], vec![3, 2]],
            max_length: Some(3),
        };
        let r = compare_ballots(
            &[c(1, 10), c(2, 10), c(3, 10)],
            ballots,
            Pence::from_pounds(10),
        )
        .unwrap();
        let funded: Vec<i32> = r
            .rows
            .iter()
            .filter(|x| x.greedy)
            .map(|x| x.proposal_id)
            .collect();
        assert_eq!(funded, vec![2]);
        assert_eq!(r.ballots, 2);
    }

    #[test]
    fn ballot_rules_round_trip_through_their_stored_names() {
        for rule in BallotRule::ALL {
            assert_eq!(BallotRule::parse(rule.as_str()), rule);
        }
        assert_eq!(BallotRule::parse("?"), BallotRule::ApprovalWithinPot);
    }
}
