//! One run of the Method of Equal Shares with a fixed starting share per voter.
//!
//! Each round buys the project with the lowest affordability ρ (ties by the tie-breaking rank),
//! charging its supporters; it stops when no remaining project is affordable. Quotes are lazy, as
//! in pabutools: a project's last ρ is a lower bound for later rounds, so projects whose bound is
//! already worse than the best quote are not re-quoted.
//!
//! With `track` on, the run also finds how far every starting share could be raised (`s`) before
//! any of its decisions changes: prices are affine in `s` while decisions hold, and a project's
//! true ρ is convex in `s`, so its tangent `Line` bounds it from below. MES-complete uses this to
//! jump over raises that cannot change the outcome instead of re-running MES for every unit.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::exact::{Frac, Line, earliest};
use super::mes_classes::{Classes, SPENT};
use super::mes_profile::MesProfile;
use super::mes_quote::{Quote, Quoter};
use super::nat::{Nat, gcd};

/// A project bought by equal shares.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Pick {
    pub project: usize,
    /// Minor units each supporter paid per unit of utility (display only).
    pub price: f64,
}

pub(crate) struct Run {
    pub picks: Vec<Pick>,
    pub cost: u128,
    /// With tracking: raises of the starting share below this give the same outcome.
    pub steady_below: Option<Frac>,
}

pub(crate) struct Runner<'a> {
    profile: &'a MesProfile,
    quoter: Quoter,
    group_class: Vec<u32>,
    remap: HashMap<(u32, u64), u32>,
    track: bool,
}

impl<'a> Runner<'a> {
    pub(crate) fn new(profile: &'a MesProfile, track: bool) -> Self {
        let group_class = vec![1; profile.group_size.len()];
        Runner { profile, quoter: Quoter::default(), group_class, remap: HashMap::new(), track }
    }

    /// Runs MES where every voter starts with `share_num / share_den` minor units.
    pub(crate) fn run(&mut self, share_num: u128, share_den: u128) -> Run {
        let p = self.profile;
        let mut classes = Classes::start(share_num, share_den, p.group_size.iter().sum());
        self.group_class.iter_mut().for_each(|c| *c = 1);
        let mut bound: Vec<Line> = (0..p.projects())
            .map(|j| Line::new(Nat::from_u128(u128::from(p.cost[j])), Nat::zero(), Nat::from_u128(u128::from(p.total_utility[j]) * u128::from(p.weight[j]))))
            .collect();
        let mut active = p.candidates();
        let mut removed = vec![false; p.projects()];
        let (mut picks, mut change) = (Vec::new(), None);
        loop {
            active.sort_by(|&a, &b| bound[a].approx().total_cmp(&bound[b].approx()));
            let mut best: Option<(usize, Line)> = None;
            for &j in &active {
                if let Some((_, b)) = &best {
                    if bound[j].cmp_now(b) == Ordering::Greater {
                        continue;
                    }
                }
                match self.quoter.quote(p, &classes, &self.group_class, j) {
                    Quote::Unaffordable { from } => {
                        removed[j] = true;
                        if self.track {
                            change = earliest(change, from);
                        }
                    }
                    Quote::Price(price) => {
                        let better = match &best {
                            None => true,
                            Some((b, line)) => match price.rho.cmp_now(line) {
                                Ordering::Less => true,
                                Ordering::Equal => p.rank[j] < p.rank[*b],
                                Ordering::Greater => false,
                            },
                        };
                        bound[j] = price.rho.clone();
                        if better {
                            best = Some((j, price.rho));
                        }
                    }
                }
            }
            active.retain(|&j| !removed[j]);
            let Some((chosen, rho)) = best else { break };
            active.retain(|&j| j != chosen);
            if self.track {
                for &j in &active {
                    change = earliest(change, bound[j].crossing_below(&rho));
                }
            }
            let (price, poor_change) = self.buy(&mut classes, chosen);
            change = earliest(change, poor_change);
            picks.push(Pick { project: chosen, price });
        }
        let cost = picks.iter().map(|k| u128::from(p.cost[k.project])).sum();
        Run { picks, cost, steady_below: change }
    }

    /// Charges the supporters of `project`; returns the price per utility and, with tracking,
    /// the raise at which one of the poor supporters would have been rich enough to pay in full.
    fn buy(&mut self, classes: &mut Classes, project: usize) -> (f64, Option<Frac>) {
        let p = self.profile;
        let Quote::Price(price) = self.quoter.quote(p, classes, &self.group_class, project) else {
            return (0.0, None);
        };
        let keys = &self.quoter.keys;
        let u = price.rich_utility.max(1);
        let shown = price.n.ratio_f64(&classes.den.mul_small(u));
        let mut change = None;
        if self.track {
            for k in &keys[..price.poor] {
                // Poor now: value·U < utility·n. Rich once (value + slope·s)·U >= utility·(n − m·s).
                let (gap, _) = price.n.mul_small(k.utility).abs_diff(&classes.value[k.class as usize].mul_small(u));
                let mut rate = classes.slope[k.class as usize].mul_small(u);
                rate.add_mul_small(&price.m, k.utility);
                if !rate.is_zero() {
                    change = earliest(change, Some(Frac::new(gap, rate)));
                }
            }
        }
        // Put the new budgets over a common denominator: multiply it by U / gcd(U, n, m).
        let g = gcd(u, gcd(price.n.rem_small(u), price.m.rem_small(u)));
        let factor = u / g.max(1);
        let (mut n, mut m) = (price.n.clone(), price.m.clone());
        n.div_small_assign(g.max(1));
        m.div_small_assign(g.max(1));
        classes.rescale(factor);
        self.remap.clear();
        for k in &keys[price.poor..] {
            let mut value = classes.value[k.class as usize].clone();
            value.sub_assign(&n.mul_small(k.utility));
            let mut slope = classes.slope[k.class as usize].clone();
            slope.add_mul_small(&m, k.utility);
            let to = classes.push(value, slope);
            self.remap.insert((k.class, k.utility), to);
        }
        for &(g, utility) in &p.supporters[project] {
            let from = self.group_class[g as usize];
            if from == SPENT {
                continue;
            }
            let to = self.remap.get(&(from, utility)).copied().unwrap_or(SPENT);
            self.group_class[g as usize] = to;
            classes.shift(from, to, p.group_size[g as usize]);
        }
        (shown, change)
    }
}
