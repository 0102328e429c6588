//! Greedy: fund the highest scores first, skipping any project that no longer fits the pot.
//!
//! This is pabutools' `greedy_utilitarian_welfare` with `Cost_Sat` (score = approvals) or a
//! points-times-cost satisfaction (score = total or positional points): ordered by score, highest
//! first, ties by project id as a string, and it keeps going down the list after a skip.

use super::election::Election;
use super::outcome::{Selection, Why};

/// Projects in greedy order: score descending, then id.
fn order(election: &Election, scores: &[i64]) -> Vec<usize> {
    let projects = election.projects();
    let mut order: Vec<usize> = (0..projects.len()).collect();
    order.sort_by(|&a, &b| {
        scores[b]
            .cmp(&scores[a])
            .then_with(|| projects[a].id.cmp(&projects[b].id))
    });
    order
}

/// The greedy rule; with a threshold, projects scoring below it are not eligible.
pub(crate) fn greedy(election: &Election, threshold: Option<i64>) -> Vec<Selection> {
    let scores = election.scores();
    let eligible = |p: usize| threshold.is_none_or(|t| scores[p] >= t);
    let mut left = u128::from(election.budget());
    let mut chosen = Vec::new();
    for p in order(election, &scores)
        .into_iter()
        .filter(|&p| eligible(p))
    {
        let cost = u128::from(election.projects()[p].cost);
        if cost <= left {
            left -= cost;
            chosen.push(Selection {
                project: p,
                why: Why::Score { score: scores[p] },
            });
        }
    }
    chosen
}

/// Completes `start` greedily with the money it leaves (equalshares.net "Add1U"; pabutools'
/// greedy with an initial allocation): returns only the added projects.
pub(crate) fn greedy_fill(election: &Election, start: &[usize]) -> Vec<Selection> {
    let scores = election.scores();
    let mut taken = vec![false; election.projects().len()];
    start.iter().for_each(|&p| taken[p] = true);
    let spent = election.cost_of(start.iter().copied());
    let mut left = u128::from(election.budget()).saturating_sub(spent);
    let mut added = Vec::new();
    for p in order(election, &scores).into_iter().filter(|&p| !taken[p]) {
        let cost = u128::from(election.projects()[p].cost);
        if cost <= left {
            left -= cost;
            added.push(Selection {
                project: p,
                why: Why::Completion { score: scores[p] },
            });
        }
    }
    added
}

#[cfg(test)]
mod tests {
    use super::super::election::{Ballots, Project};
    use super::*;

    fn election(costs: &[u64], ballots: Vec<Vec<usize>>, budget: u64) -> Election {
        let projects = costs
            .iter()
            .enumerate()
            .map(|(i, &cost)| Project {
                id: format!("p{i}"),
                cost,
            })
            .collect();
        Election::new(projects, budget, Ballots::Approval(ballots))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn funded(s: &[Selection]) -> Vec<usize> {
        s.iter().map(|s| s.project).collect()
    }

    #[test]
    fn greedy_skips_a_project_that_does_not_fit_and_keeps_going() {
        let e = election(&[60, 50, 40], vec![vec![0, 1, 2], vec![0, 1], vec![0]], 100);
        assert_eq!(funded(&greedy(&e, None)), vec![0, 2]);
    }

    #[test]
    fn greedy_funds_unsupported_projects_when_money_is_left() {
        let e = election(&[10, 10], vec![vec![0]], 100);
        assert_eq!(funded(&greedy(&e, None)), vec![0, 1]);
    }

    #[test]
    fn a_threshold_makes_low_scoring_projects_ineligible() {
        let e = election(&[10, 10], vec![vec![0, 1], vec![0]], 100);
        assert_eq!(funded(&greedy(&e, Some(2))), vec![0]);
    }

    #[test]
    fn equal_scores_are_broken_by_id_as_a_string() {
        let projects = vec![
            Project {
                id: "9".into(),
                cost: 10,
            },
            Project {
                id: "10".into(),
                cost: 10,
            },
        ];
        let e = Election::new(projects, 10, Ballots::Approval(vec![vec![0, 1]]))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(funded(&greedy(&e, None)), vec![1]);
    }

    #[test]
    fn the_fill_adds_only_what_still_fits() {
        let e = election(&[50, 30, 30], vec![vec![1, 2], vec![1]], 100);
        assert_eq!(funded(&greedy_fill(&e, &[0])), vec![1]);
    }
}
