//! MES-complete: equal shares with the per-voter budget raised one currency unit at a time,
//! then the money left filled greedily.
//!
//! Approval (and ranked) ballots follow equalshares.net's "add1", the rule of the real MES
//! elections (Wieliczka 2023, Świecie 2023, Assen 2024): run MES with B/n, then with ⌊B/n⌋+1,
//! ⌊B/n⌋+2, … units per voter, keeping each outcome while its cost fits the pot and stopping at the
//! first that does not (not at the first exhaustive one); ties by lower cost, more approvals, id.
//! Points ballots follow pabutools' `voter_budget_increment=1` (B/n + k units; stop at the first
//! exhaustive outcome, or keep the last that fits), ties by id. Both end with the greedy fill.
//!
//! Budgets are not tried one unit at a time where that cannot change anything: a bracket run
//! (`Runner::run_bracket`) proves that a whole range of per-voter budgets gives one outcome, and
//! the range doubles while that holds, so a run is repeated only near a change of outcome.

use super::election::Election;
use super::greedy::greedy_fill;
use super::mes::{explain, utility_of};
use super::mes_profile::{MesProfile, Utility};
use super::mes_run::{Run, Runner};
use super::outcome::Selection;
use super::tie_break::TieBreak;

/// The kept equal-shares outcome, its per-voter budget and how many MES runs it took.
pub(crate) struct Completed {
    pub selected: Vec<Selection>,
    pub per_voter_budget: f64,
    pub runs: u64,
}

pub(crate) fn mes_complete(election: &Election) -> Completed {
    let utility = utility_of(election);
    let tie_break = if utility == Utility::Points {
        TieBreak::ById
    } else {
        TieBreak::CostThenVotes
    };
    let profile = MesProfile::new(election, utility, tie_break);
    let mut done = if profile.voters == 0 {
        Completed {
            selected: explain(&profile, &[]),
            per_voter_budget: 0.0,
            runs: 0,
        }
    } else {
        let mut scan = Scan {
            profile: &profile,
            runner: Runner::new(&profile),
            runs: 0,
            width: 2,
            narrowed: false,
            wait: 0,
            backoff: 1,
            known: (0, Vec::new()),
        };
        let (share, runs) = if utility == Utility::Points {
            scan.until_exhaustive()
        } else {
            scan.while_it_fits()
        };
        // One plain run at the kept share gives the prices paid, for the explanation.
        let kept = Runner::new(&profile).run(share);
        Completed {
            selected: explain(&profile, &kept.picks),
            per_voter_budget: share.0 as f64 / share.1 as f64,
            runs: runs + 1,
        }
    };
    let start: Vec<usize> = done.selected.iter().map(|s| s.project).collect();
    done.selected.extend(greedy_fill(election, &start));
    done
}

/// Walks the per-voter budgets `start + k` units, k = 1, 2, …, a whole bracket at a time.
/// Where the purchase order keeps changing from one unit to the next, brackets fail; then they are
/// tried less and less often (`wait` plain steps between tries, doubling), so they cost little.
struct Scan<'a> {
    profile: &'a MesProfile,
    runner: Runner<'a>,
    runs: u64,
    width: u128,
    /// A bracket failed since the width last grew: the next proven one keeps its width
    /// instead of doubling straight back into the failure (near a change of outcome the
    /// safe width shrinks slowly, and doubling every time wasted a failed bracket a step).
    narrowed: bool,
    wait: u32,
    backoff: u32,
    /// Purchases proven common to every level up to `.0` by a failed bracket.
    known: (u128, Vec<usize>),
}

impl Scan<'_> {
    /// The outcome of the `width` levels after `level` if they provably share one, else of the
    /// next level alone; with how many levels it covers.
    fn next(&mut self, share_at: impl Fn(u128) -> (u128, u128), level: u128) -> (Run, u128) {
        if self.wait == 0 {
            // Halve a failed bracket until one is proven, down to two levels.
            loop {
                self.runs += 2;
                let known: &[usize] = if level + self.width <= self.known.0 {
                    &self.known.1
                } else {
                    &[]
                };
                match self.runner.run_bracket(
                    share_at(level + 1),
                    share_at(level + self.width),
                    known,
                ) {
                    Ok(out) => {
                        let covered = self.width;
                        if !std::mem::take(&mut self.narrowed) {
                            self.width = self.width.saturating_mul(2);
                        }
                        self.backoff = 1;
                        return (out, covered);
                    }
                    // Keep the longest proven start that covers the next level.
                    Err(common) if self.known.0 <= level || common.len() > self.known.1.len() => {
                        self.narrowed = true;
                        self.known = (level + self.width, common);
                    }
                    Err(_) => self.narrowed = true,
                }
                if self.width <= 2 {
                    break;
                }
                self.width /= 2;
            }
            self.wait = self.backoff;
            self.backoff = (self.backoff * 2).min(16);
        } else {
            self.wait -= 1;
        }
        self.runs += 1;
        let known: &[usize] = if level < self.known.0 {
            &self.known.1
        } else {
            &[]
        };
        (self.runner.run_after(share_at(level + 1), known), 1)
    }

    /// equalshares.net "add1": B/n, then ⌊B/n⌋ + 1, + 2, … units while the outcome fits the pot.
    fn while_it_fits(&mut self) -> ((u128, u128), u64) {
        let p = self.profile;
        let (budget, voters, unit) = (
            u128::from(p.budget),
            u128::from(p.voters),
            u128::from(p.unit),
        );
        let supported = p.candidates().len();
        let mut kept_share = (budget, voters);
        let mut kept = self.runner.run(kept_share);
        self.runs += 1;
        let mut level = budget / (unit * voters);
        let share_at = |level: u128| (level * unit, 1);
        while kept.picks.len() < supported {
            let (out, covered) = self.next(share_at, level);
            if out.cost > budget {
                break;
            }
            // All supported projects bought: the first level of the bracket already stops.
            level += if out.picks.len() == supported {
                1
            } else {
                covered
            };
            kept_share = share_at(level);
            kept = out;
        }
        (kept_share, self.runs)
    }

    /// pabutools' `voter_budget_increment=1`: B/n + k units; stop at the first exhaustive outcome,
    /// or keep the last one that fits.
    fn until_exhaustive(&mut self) -> ((u128, u128), u64) {
        let p = self.profile;
        let (budget, voters, unit) = (
            u128::from(p.budget),
            u128::from(p.voters),
            u128::from(p.unit),
        );
        let share_at = |k: u128| (budget + k * unit * voters, voters);
        let mut kept = self.runner.run(share_at(0));
        self.runs += 1;
        let mut k = 0;
        while !is_exhaustive(p, &kept) {
            let (out, covered) = self.next(share_at, k);
            if out.cost > budget {
                break;
            }
            k += if is_exhaustive(p, &out) { 1 } else { covered };
            kept = out;
        }
        (share_at(k), self.runs)
    }
}

/// No supported, unbought project with a cost fits in what the outcome leaves.
fn is_exhaustive(profile: &MesProfile, run: &Run) -> bool {
    let mut bought = vec![false; profile.projects()];
    run.picks.iter().for_each(|k| bought[k.project] = true);
    let left = u128::from(profile.budget).saturating_sub(run.cost);
    profile
        .candidates()
        .into_iter()
        .all(|p| bought[p] || u128::from(profile.cost[p]) > left)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::election::{Ballots, Project};
    use super::super::property_tests::election;
    use super::*;

    /// Larger elections than the shared generator makes: many budget levels to walk.
    fn busy_election() -> impl Strategy<Value = Election> {
        let ballot = prop::collection::btree_map(0usize..10, 1i64..5, 0..6);
        (
            prop::collection::vec(50u64..3000, 3..10),
            500u64..20_000,
            prop::collection::vec(ballot, 5..60),
            proptest::bool::ANY,
        )
            .prop_map(|(costs, budget, ballots, points)| {
                let n = costs.len();
                let projects = costs
                    .iter()
                    .enumerate()
                    .map(|(i, &cost)| Project {
                        id: format!("{i}"),
                        cost,
                    })
                    .collect();
                let ballots: Vec<Vec<(usize, i64)>> = ballots
                    .into_iter()
                    .map(|b| b.into_iter().filter(|(p, _)| *p < n).collect())
                    .collect();
                let ballots = if points {
                    Ballots::Points(ballots)
                } else {
                    Ballots::Approval(
                        ballots
                            .iter()
                            .map(|b| b.iter().map(|c| c.0).collect())
                            .collect(),
                    )
                };
                Election::new(projects, budget, ballots).unwrap_or_else(|e| panic!("{e}"))
            })
    }

    /// The definitions, one level at a time, with no bracket shortcuts.
    fn one_level_at_a_time(profile: &MesProfile) -> Vec<usize> {
        let (budget, voters, unit) = (
            u128::from(profile.budget),
            u128::from(profile.voters),
            u128::from(profile.unit),
        );
        let mut runner = Runner::new(profile);
        let ids = |run: &Run| run.picks.iter().map(|k| k.project).collect::<Vec<_>>();
        let mut kept = runner.run((budget, voters));
        if profile.voters == 0 {
            return Vec::new();
        }
        if profile
            .weight
            .iter()
            .zip(&profile.cost)
            .any(|(w, c)| w != c)
        {
            // Points: B/n + k units until exhaustive (keep it) or overspent (keep the previous).
            let mut k = 0;
            while !is_exhaustive(profile, &kept) {
                k += 1;
                let next = runner.run((budget + k * unit * voters, voters));
                if next.cost > budget {
                    break;
                }
                kept = next;
            }
        } else {
            let mut level = budget / (unit * voters);
            while kept.picks.len() < profile.candidates().len() {
                level += 1;
                let next = runner.run((level * unit, 1));
                if next.cost > budget {
                    break;
                }
                kept = next;
            }
        }
        ids(&kept)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn skipping_budgets_by_brackets_keeps_the_outcome_of_trying_every_unit(e in prop_oneof![election(), busy_election()]) {
            let utility = utility_of(&e);
            let tie_break = if utility == Utility::Points { TieBreak::ById } else { TieBreak::CostThenVotes };
            let profile = MesProfile::new(&e, utility, tie_break);
            let mut expected = profile.free_projects();
            expected.extend(one_level_at_a_time(&profile));
            expected.sort_unstable();
            let done = mes_complete(&e);
            let mut got: Vec<usize> = done.selected.iter().filter(|s| !matches!(s.why, super::super::Why::Completion { .. })).map(|s| s.project).collect();
            got.sort_unstable();
            prop_assert_eq!(got, expected);
        }
    }
}
