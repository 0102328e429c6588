//! The Method of Equal Shares, no completion: every voter gets an equal share of the pot.
//!
//! pabutools' `method_of_equal_shares` with `Cost_Sat` for approval ballots (rankings read as
//! approvals) and `Additive_Cardinal_Sat` for points ballots; ties by project id.

use super::election::{Ballots, Election};
use super::mes_profile::{MesProfile, Utility};
use super::mes_run::{Pick, Runner};
use super::outcome::{Selection, Why};
use super::tie_break::TieBreak;

/// How equal shares measures what a voter gains on this election's ballots.
pub(crate) fn utility_of(election: &Election) -> Utility {
    match election.ballots() {
        Ballots::Points(_) => Utility::Points,
        Ballots::Approval(_) | Ballots::Ordinal { .. } => Utility::Cost,
    }
}

/// Free supported projects first (pabutools funds them up front), then the MES purchases.
pub(crate) fn explain(profile: &MesProfile, picks: &[Pick]) -> Vec<Selection> {
    let free = profile
        .free_projects()
        .into_iter()
        .map(|project| Selection {
            project,
            why: Why::EqualShares {
                price_per_supporter: 0.0,
                effective_votes: 0.0,
                supporters: profile.supporter_count[project],
            },
        });
    let bought = picks.iter().map(|pick| Selection {
        project: pick.project,
        why: Why::EqualShares {
            price_per_supporter: pick.price,
            effective_votes: if pick.price > 0.0 {
                profile.cost[pick.project] as f64 / pick.price
            } else {
                0.0
            },
            supporters: profile.supporter_count[pick.project],
        },
    });
    free.chain(bought).collect()
}

pub(crate) fn mes(election: &Election) -> Vec<Selection> {
    let profile = MesProfile::new(election, utility_of(election), TieBreak::ById);
    if profile.voters == 0 {
        return explain(&profile, &[]);
    }
    let run = Runner::new(&profile).run((u128::from(profile.budget), u128::from(profile.voters)));
    explain(&profile, &run.picks)
}

#[cfg(test)]
mod tests {
    use super::super::election::Project;
    use super::*;

    fn approval(costs: &[u64], budget: u64, ballots: Vec<Vec<usize>>) -> Election {
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

    fn funded(e: &Election) -> Vec<usize> {
        mes(e).iter().map(|s| s.project).collect()
    }

    #[test]
    fn a_minority_gets_its_share_where_greedy_gives_the_majority_everything() {
        // 6 voters want A-projects, 4 want B-projects; each project costs 25 of a 100 pot.
        let mut ballots = vec![vec![0, 1, 2, 3]; 6];
        ballots.extend(vec![vec![4, 5, 6, 7]; 4]);
        let e = approval(&[25; 8], 100, ballots);
        let chosen = funded(&e);
        assert_eq!(chosen.iter().filter(|&&p| p >= 4).count(), 1, "{chosen:?}");
        assert_eq!(chosen.iter().filter(|&&p| p < 4).count(), 2, "{chosen:?}");
    }

    #[test]
    fn a_project_its_supporters_cannot_afford_is_not_funded() {
        // One voter of two: share 50 cannot buy a project of 60.
        let e = approval(&[60, 40], 100, vec![vec![0], vec![1]]);
        assert_eq!(funded(&e), vec![1]);
    }

    #[test]
    fn poorer_supporters_pay_what_they_have_and_the_rest_split_the_remainder() {
        // Share 30 each. p0 (60) is bought first by A, B, C at 20 each, leaving C with 10; then
        // p1 (30), wanted by C and D: C pays its last 10 and D pays the remaining 20.
        let e = approval(&[60, 30], 120, vec![vec![0], vec![0], vec![0, 1], vec![1]]);
        let s = mes(&e);
        assert_eq!(s.iter().map(|s| s.project).collect::<Vec<_>>(), vec![0, 1]);
        match &s[1].why {
            Why::EqualShares {
                price_per_supporter,
                effective_votes,
                supporters,
            } => {
                assert!((price_per_supporter - 20.0).abs() < 1e-9);
                assert!((effective_votes - 1.5).abs() < 1e-9);
                assert_eq!(*supporters, 2);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn equal_affordability_is_broken_by_id() {
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
        assert_eq!(funded(&e), vec![1]);
    }
}
