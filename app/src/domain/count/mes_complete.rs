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
//! Runs are never repeated for budgets that cannot change the outcome: each tracked run reports
//! how far the share can rise with the same decisions (`Run::steady_below`), and we jump there.

use super::election::Election;
use super::exact::Frac;
use super::greedy::greedy_fill;
use super::mes::{explain, utility_of};
use super::mes_profile::{MesProfile, Utility};
use super::mes_run::{Run, Runner};
use super::nat::Nat;
use super::outcome::Selection;
use super::tie_break::TieBreak;

/// The kept equal-shares outcome, its per-voter budget and how many MES runs it took.
pub(crate) struct Completed {
    pub selected: Vec<Selection>,
    pub per_voter_budget: f64,
    pub runs: u64,
}

/// The smallest whole number of units `L` with `L·unit >= share + steady` (`share = num/den`).
fn next_level(share_num: u128, share_den: u128, steady: &Frac, unit: u64) -> Option<u64> {
    let den = steady.den.mul(&Nat::from_u128(share_den));
    let mut num = steady.num.mul(&Nat::from_u128(share_den));
    num.add_assign(&steady.den.mul(&Nat::from_u128(share_num)));
    Frac::new(num, den).steps_of(unit)
}

pub(crate) fn mes_complete(election: &Election) -> Completed {
    let utility = utility_of(election);
    let tie_break = if utility == Utility::Points { TieBreak::ById } else { TieBreak::CostThenVotes };
    let profile = MesProfile::new(election, utility, tie_break);
    let mut done = if profile.voters == 0 {
        Completed { selected: explain(&profile, &[]), per_voter_budget: 0.0, runs: 0 }
    } else if utility == Utility::Points {
        add_one_until_exhaustive(&profile)
    } else {
        add_one_while_it_fits(&profile)
    };
    let start: Vec<usize> = done.selected.iter().map(|s| s.project).collect();
    done.selected.extend(greedy_fill(election, &start));
    done
}

/// equalshares.net "add1": raise while the outcome still fits the pot.
fn add_one_while_it_fits(profile: &MesProfile) -> Completed {
    let (budget, voters, unit) = (u128::from(profile.budget), u128::from(profile.voters), u128::from(profile.unit));
    let supported = profile.candidates().len();
    let mut runner = Runner::new(profile, true);
    let mut kept = runner.run(budget, voters);
    let (mut runs, mut share) = (1u64, (budget, voters));
    let mut level = budget / (unit * voters);
    let mut last = kept.steady_below.clone();
    while kept.picks.len() < supported {
        // Levels below `next` give the outcome we already keep; try `next`.
        let Some(next) = last.as_ref().and_then(|s| next_level(share.0, share.1, s, profile.unit)) else { break };
        let next = u128::from(next).max(level + 1);
        let trial = runner.run(next * unit, 1);
        runs += 1;
        if trial.cost > budget {
            level = next - 1;
            break;
        }
        (level, share, last) = (next, (next * unit, 1), trial.steady_below.clone());
        kept = trial;
    }
    // As the reference reports it: the last whole level whose outcome was kept (⌊B/n⌋ if none).
    Completed { selected: explain(profile, &kept.picks), per_voter_budget: (level * unit) as f64, runs }
}

/// pabutools' `voter_budget_increment=1`: raise until the outcome is exhaustive or overspends.
fn add_one_until_exhaustive(profile: &MesProfile) -> Completed {
    let (budget, voters, unit) = (u128::from(profile.budget), u128::from(profile.voters), u128::from(profile.unit));
    let mut runner = Runner::new(profile, true);
    let share = |k: u128| (budget + k * unit * voters, voters);
    let (mut k, mut runs) = (0u128, 0u64);
    let mut kept: Option<(Run, u128)> = None;
    loop {
        let (num, den) = share(k);
        let run = runner.run(num, den);
        runs += 1;
        if run.cost > budget {
            break;
        }
        let exhaustive = is_exhaustive(profile, &run);
        let steady = run.steady_below.clone();
        kept = Some((run, k));
        if exhaustive {
            break;
        }
        let Some(steps) = steady.and_then(|s| s.steps_of(profile.unit)) else { break };
        k += u128::from(steps);
    }
    let (picks, k) = kept.map(|(run, k)| (run.picks, k)).unwrap_or_default();
    let (num, den) = share(k);
    Completed { selected: explain(profile, &picks), per_voter_budget: num as f64 / den as f64, runs }
}

/// No supported, unbought project with a cost fits in what the outcome leaves.
fn is_exhaustive(profile: &MesProfile, run: &Run) -> bool {
    let mut bought = vec![false; profile.projects()];
    run.picks.iter().for_each(|k| bought[k.project] = true);
    let left = u128::from(profile.budget).saturating_sub(run.cost);
    profile.candidates().into_iter().all(|p| bought[p] || u128::from(profile.cost[p]) > left)
}
