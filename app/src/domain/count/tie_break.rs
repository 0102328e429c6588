//! Tie-breaking orders: the published rule that keeps every count deterministic.

use super::election::Election;

/// How ties between equally good projects are broken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TieBreak {
    /// pabutools' default: smallest project id *as a string* first (`"10"` before `"9"`).
    /// Rust compares `str` by UTF-8 bytes, which orders like Python's code points.
    ById,
    /// equalshares.net: lower cost first, then more supporters, then id.
    CostThenVotes,
}

/// `rank[p]`: the position of project `p` in the tie-breaking order (0 wins every tie).
pub(crate) fn ranks(election: &Election, tie_break: TieBreak) -> Vec<u32> {
    let projects = election.projects();
    let votes = election.supporters();
    let mut order: Vec<usize> = (0..projects.len()).collect();
    match tie_break {
        TieBreak::ById => order.sort_by(|&a, &b| projects[a].id.cmp(&projects[b].id)),
        TieBreak::CostThenVotes => order.sort_by(|&a, &b| {
            projects[a]
                .cost
                .cmp(&projects[b].cost)
                .then(votes[b].cmp(&votes[a]))
                .then_with(|| projects[a].id.cmp(&projects[b].id))
        }),
    }
    let mut rank = vec![0u32; projects.len()];
    for (r, &p) in order.iter().enumerate() {
        rank[p] = r as u32;
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::super::election::{Ballots, Project};
    use super::*;

    fn election() -> Election {
        let p = |id: &str, cost| Project {
            id: id.into(),
            cost,
        };
        let projects = vec![p("9", 5), p("10", 5), p("2", 3)];
        let ballots = Ballots::Approval(vec![vec![0], vec![0, 1]]);
        Election::new(projects, 10, ballots).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn ids_are_compared_as_strings_so_10_comes_before_9() {
        assert_eq!(ranks(&election(), TieBreak::ById), vec![2, 0, 1]);
    }

    #[test]
    fn equalshares_ties_prefer_cheaper_then_more_supported_projects() {
        assert_eq!(ranks(&election(), TieBreak::CostThenVotes), vec![1, 2, 0]);
    }
}
