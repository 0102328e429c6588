//! Property tests of the count rules on generated elections: every outcome fits the pot, and
//! equal shares gives each cohesive group its proportional share.

use proptest::prelude::*;

use super::{count, Ballots, CountOptions, CountRule, Election, Project};

pub(super) fn election() -> impl Strategy<Value = Election> {
    let costs = prop::collection::vec(0u64..500, 1..8);
    (
        costs,
        1u64..2000,
        0u8..3,
        prop::collection::vec(prop::collection::vec((0usize..8, 1i64..6), 0..5), 0..25),
        1u64..4,
    )
        .prop_map(|(costs, budget, kind, raw, unit)| {
            let n = costs.len();
            let projects = costs
                .iter()
                .enumerate()
                .map(|(i, &cost)| Project {
                    id: format!("{}", 100 - i),
                    cost,
                })
                .collect();
            let ballots: Vec<Vec<(usize, i64)>> = raw
                .into_iter()
                .map(|b| {
                    let mut seen = vec![false; n];
                    b.into_iter()
                        .map(|(p, pts)| (p % n, pts))
                        .filter(|(p, _)| !std::mem::replace(&mut seen[*p], true))
                        .collect()
                })
                .collect();
            let ids = |b: &Vec<(usize, i64)>| b.iter().map(|&(p, _)| p).collect::<Vec<usize>>();
            let ballots = match kind {
                0 => Ballots::Approval(ballots.iter().map(ids).collect()),
                1 => Ballots::Points(ballots),
                _ => Ballots::Ordinal {
                    rankings: ballots.iter().map(ids).collect(),
                    max_length: n,
                },
            };
            let e = Election::new(projects, budget, ballots).and_then(|e| e.with_unit(unit));
            e.unwrap_or_else(|err| panic!("generated an invalid election: {err}"))
        })
}

/// Parties of voters, each approving only its own projects, all of cost `cost`.
fn parties(sizes: &[u64], projects_each: usize, cost: u64, budget: u64) -> Election {
    let mut projects = Vec::new();
    let mut ballots = Vec::new();
    for (party, &size) in sizes.iter().enumerate() {
        let own: Vec<usize> = (0..projects_each)
            .map(|i| party * projects_each + i)
            .collect();
        projects.extend(own.iter().map(|&p| Project {
            id: format!("p{p:03}"),
            cost,
        }));
        ballots.extend((0..size).map(|_| own.clone()));
    }
    Election::new(projects, budget, Ballots::Approval(ballots)).unwrap_or_else(|e| panic!("{e}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_rule_keeps_within_the_pot(e in election(), threshold in prop::option::of(0i64..5)) {
        for rule in CountRule::ALL {
            let options = CountOptions { min_project_score_threshold: threshold };
            let outcome = count(&e, rule, &options);
            prop_assert!(outcome.total_cost <= u128::from(e.budget()), "{rule}: {} > {}", outcome.total_cost, e.budget());
            let mut ids = outcome.projects();
            ids.sort_unstable();
            ids.dedup();
            prop_assert_eq!(ids.len(), outcome.selected.len(), "{} funds a project twice", rule);
        }
    }

    #[test]
    fn equal_shares_gives_each_party_its_proportional_share(
        sizes in prop::collection::vec(1u64..40, 2..5),
        projects_each in 1usize..6,
        cost in 1u64..100,
        budget in 1u64..2000,
    ) {
        let e = parties(&sizes, projects_each, cost, budget);
        let voters: u64 = sizes.iter().sum();
        let mes = count(&e, CountRule::Mes, &CountOptions::default()).projects();
        let complete = count(&e, CountRule::MesComplete, &CountOptions::default()).projects();
        for (party, &size) in sizes.iter().enumerate() {
            // The party's money is size · budget / voters; it can only buy its own projects.
            let share = (u128::from(size) * u128::from(budget) / (u128::from(voters) * u128::from(cost))) as usize;
            let mine = |funded: &[usize]| funded.iter().filter(|&&p| p / projects_each == party).count();
            prop_assert_eq!(mine(&mes), share.min(projects_each), "party {} of {:?}", party, sizes);
            prop_assert!(mine(&complete) >= share.min(projects_each), "party {} of {:?}", party, sizes);
        }
    }
}
