//! The round's results side by side: votes per proposal, and what greedy and the Method
//! of Equal Shares (as the cities run it) would each fund.

use super::count::{count, Ballots, CountOptions, CountRule, Election, ElectionError, Project};
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
    pub equal_shares: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    /// Most votes first; ties by proposal id.
    pub rows: Vec<ResultRow>,
    pub ballots: usize,
    pub greedy_total: Pence,
    pub equal_shares_total: Pence,
}

/// Counts approval ballots (each a list of proposal ids) under both rules.
pub fn compare(
    candidates: &[Candidate],
    ballots: &[Vec<i32>],
    pot: Pence,
) -> Result<Comparison, ElectionError> {
    let index = |id: i32| candidates.iter().position(|c| c.id == id);
    // A ballot naming a proposal no longer on the ballot keeps its other choices.
    let approval: Vec<Vec<usize>> = ballots
        .iter()
        .map(|b| {
            let mut v: Vec<usize> = b.iter().filter_map(|&id| index(id)).collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let election = Election::new(
        candidates
            .iter()
            .map(|c| Project {
                id: c.id.to_string(),
                cost: c.cost.as_i64().unsigned_abs(),
            })
            .collect(),
        pot.as_i64().unsigned_abs(),
        Ballots::Approval(approval),
    )?
    .with_unit(100)?;
    let greedy = count(&election, CountRule::Greedy, &CountOptions::default()).projects();
    let mes = count(&election, CountRule::MesComplete, &CountOptions::default()).projects();
    let votes = election.supporters();
    let total = |chosen: &[usize]| chosen.iter().map(|&k| candidates[k].cost).sum();
    let mut rows: Vec<ResultRow> = candidates
        .iter()
        .enumerate()
        .map(|(k, c)| ResultRow {
            proposal_id: c.id,
            votes: votes.get(k).copied().unwrap_or(0),
            greedy: greedy.contains(&k),
            equal_shares: mes.contains(&k),
        })
        .collect();
    rows.sort_by(|a, b| {
        b.votes
            .cmp(&a.votes)
            .then(a.proposal_id.cmp(&b.proposal_id))
    });
    Ok(Comparison {
        rows,
        ballots: ballots.len(),
        greedy_total: total(&greedy),
        equal_shares_total: total(&mes),
    })
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
}
