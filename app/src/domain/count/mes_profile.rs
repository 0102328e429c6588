//! `MesProfile`: the ballots arranged once for many equal-shares runs.
//!
//! Voters with identical ballots always hold identical budgets, so they are merged into groups
//! with a size; each project keeps the list of groups supporting it and their utility.

use std::collections::HashMap;

use super::election::{Ballots, Election};
use super::tie_break::{ranks, TieBreak};

/// What a voter gains from a funded project, as pabutools measures it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Utility {
    /// `Cost_Sat` on approval ballots (and rankings read as approvals): every supporter gains the
    /// project's cost, so all supporters pay the same price.
    Cost,
    /// `Additive_Cardinal_Sat`: the points given; supporters pay in proportion to their points.
    Points,
}

pub(crate) struct MesProfile {
    pub voters: u64,
    pub budget: u64,
    pub unit: u64,
    pub cost: Vec<u64>,
    /// Price per utility unit ÷ `weight` is the rule's "affordability" ρ, compared across projects:
    /// the cost for `Utility::Cost` (ρ = price ÷ cost), 1 for points.
    pub weight: Vec<u64>,
    pub group_size: Vec<u64>,
    /// Per project: (group, utility) of every supporting group.
    pub supporters: Vec<Vec<(u32, u64)>>,
    /// Per project: Σ group size × utility.
    pub total_utility: Vec<u64>,
    /// Per project: number of supporting voters.
    pub supporter_count: Vec<u64>,
    /// Per project: position in the tie-breaking order.
    pub rank: Vec<u32>,
}

impl MesProfile {
    pub(crate) fn new(election: &Election, utility: Utility, tie_break: TieBreak) -> Self {
        let n = election.projects().len();
        let mut groups: HashMap<Vec<(u32, u64)>, u32> = HashMap::new();
        let mut group_size: Vec<u64> = Vec::new();
        let mut add = |mut ballot: Vec<(u32, u64)>| {
            if ballot.is_empty() {
                return;
            }
            ballot.sort_unstable();
            let next = group_size.len() as u32;
            let g = *groups.entry(ballot).or_insert(next);
            if g == next {
                group_size.push(0);
            }
            group_size[g as usize] += 1;
        };
        match (election.ballots(), utility) {
            (Ballots::Approval(b) | Ballots::Ordinal { rankings: b, .. }, _) => {
                b.iter()
                    .for_each(|ballot| add(ballot.iter().map(|&p| (p as u32, 1)).collect()));
            }
            (Ballots::Points(b), Utility::Points) => {
                // Only positive points count: pabutools' MES ignores voters who give 0 or less.
                let positive = |ballot: &Vec<(usize, i64)>| {
                    ballot
                        .iter()
                        .filter(|(_, pts)| *pts > 0)
                        .map(|&(p, pts)| (p as u32, pts as u64))
                        .collect()
                };
                b.iter().for_each(|ballot| add(positive(ballot)));
            }
            (Ballots::Points(b), Utility::Cost) => {
                let given = |ballot: &Vec<(usize, i64)>| {
                    ballot
                        .iter()
                        .filter(|(_, pts)| *pts > 0)
                        .map(|&(p, _)| (p as u32, 1))
                        .collect()
                };
                b.iter().for_each(|ballot| add(given(ballot)));
            }
        }
        let mut supporters = vec![Vec::new(); n];
        for (ballot, &g) in &groups {
            for &(p, u) in ballot {
                supporters[p as usize].push((g, u));
            }
        }
        // HashMap order is random; sorting keeps every run's arithmetic order reproducible.
        supporters.iter_mut().for_each(|s| s.sort_unstable());
        let total_utility = supporters
            .iter()
            .map(|s| s.iter().map(|&(g, u)| group_size[g as usize] * u).sum())
            .collect();
        let supporter_count = supporters
            .iter()
            .map(|s| s.iter().map(|&(g, _)| group_size[g as usize]).sum())
            .collect();
        let cost: Vec<u64> = election.projects().iter().map(|p| p.cost).collect();
        let weight = match utility {
            Utility::Cost => cost.clone(),
            Utility::Points => vec![1; n],
        };
        MesProfile {
            voters: election.ballots().len() as u64,
            budget: election.budget(),
            unit: election.unit(),
            cost,
            weight,
            group_size,
            supporters,
            total_utility,
            supporter_count,
            rank: ranks(election, tie_break),
        }
    }

    pub(crate) fn projects(&self) -> usize {
        self.cost.len()
    }

    /// Supported projects that cost nothing: pabutools funds them before equal shares starts.
    pub(crate) fn free_projects(&self) -> Vec<usize> {
        (0..self.projects())
            .filter(|&p| self.cost[p] == 0 && self.total_utility[p] > 0)
            .collect()
    }

    /// Supported projects with a cost: the ones equal shares has to buy.
    pub(crate) fn candidates(&self) -> Vec<usize> {
        (0..self.projects())
            .filter(|&p| self.cost[p] > 0 && self.total_utility[p] > 0)
            .collect()
    }
}
