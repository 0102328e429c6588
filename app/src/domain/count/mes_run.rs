//! Runs of the Method of Equal Shares with a fixed starting share per voter.
//!
//! Each round buys the project with the lowest affordability ρ (ties by the tie-breaking rank),
//! charging its supporters, until no remaining project is affordable. Quotes are lazy, as in
//! pabutools: a project's last ρ is a lower bound for later rounds (budgets only fall), so a
//! project whose bound is already worse than the best quote is not quoted again.
//!
//! `run_bracket` runs two states side by side, one with the lowest and one with the highest share
//! of a range, and proves that every share in between gives the same outcome: a project's ρ only
//! falls when budgets rise, and what a voter keeps after paying only rises, so the low state bounds
//! every in-between budget from below and the high state from above. If the low state's choice
//! beats every other project even at the high state's prices, every share in between makes that
//! same choice. MES-complete uses it to clear whole ranges of per-voter budgets in two runs.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::exact::Frac;
use super::mes_classes::{Classes, SPENT};
use super::mes_profile::MesProfile;
use super::mes_quote::{Price, Quoter};
use super::nat::{gcd, Nat};

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
}

/// Budgets of one run in progress.
struct State {
    classes: Classes,
    group_class: Vec<u32>,
    /// Lower bound of each project's ρ.
    bound: Vec<Frac>,
    removed: Vec<bool>,
    /// Per project, its supporting groups that may still have money.
    supporters: Vec<Vec<(u32, u64)>>,
}

impl State {
    /// `spare`: supporter lists of a finished run, reused to save allocating them again.
    fn new(p: &MesProfile, (num, den): (u128, u128), spare: Option<Vec<Vec<(u32, u64)>>>) -> Self {
        let mut supporters = spare.unwrap_or_default();
        supporters.resize(p.projects(), Vec::new());
        for (mine, all) in supporters.iter_mut().zip(&p.supporters) {
            mine.clone_from(all);
        }
        let bound = (0..p.projects())
            .map(|j| {
                Frac::new(
                    Nat::from_u128(u128::from(p.cost[j])),
                    Nat::from_u128(u128::from(p.total_utility[j]) * u128::from(p.weight[j])),
                )
            })
            .collect();
        State {
            classes: Classes::start(num, den, p.group_size.iter().sum()),
            group_class: vec![1; p.group_size.len()],
            bound,
            removed: vec![false; p.projects()],
            supporters,
        }
    }

    /// Quotes `j`, keeping its bound; marks it removed if it is unaffordable.
    fn quote(&mut self, quoter: &mut Quoter, p: &MesProfile, j: usize) -> Option<Price> {
        let price = quoter.quote(
            p,
            &self.classes,
            &self.group_class,
            &mut self.supporters[j],
            j,
        );
        match &price {
            Some(price) => self.bound[j] = price.rho.clone(),
            None => self.removed[j] = true,
        }
        price
    }

    /// The affordable project with the lowest ρ among `pending`, lazily.
    fn best(
        &mut self,
        quoter: &mut Quoter,
        p: &MesProfile,
        pending: &mut [usize],
    ) -> Option<(usize, Frac)> {
        pending.sort_by(|&a, &b| self.bound[a].approx().total_cmp(&self.bound[b].approx()));
        let mut best: Option<(usize, Frac)> = None;
        for &j in pending.iter() {
            if self.removed[j]
                || best
                    .as_ref()
                    .is_some_and(|(_, b)| self.bound[j].cmp(b) == Ordering::Greater)
            {
                continue;
            }
            let Some(price) = self.quote(quoter, p, j) else {
                continue;
            };
            let better = match &best {
                None => true,
                Some((b, rho)) => match price.rho.cmp(rho) {
                    Ordering::Less => true,
                    Ordering::Equal => p.rank[j] < p.rank[*b],
                    Ordering::Greater => false,
                },
            };
            if better {
                best = Some((j, price.rho));
            }
        }
        best
    }
}

pub(crate) struct Runner<'a> {
    profile: &'a MesProfile,
    quoter: Quoter,
    remap: Vec<u32>,
    remap_points: HashMap<(u32, u64), u32>,
    spare: Vec<Vec<Vec<(u32, u64)>>>,
}

impl<'a> Runner<'a> {
    pub(crate) fn new(profile: &'a MesProfile) -> Self {
        Runner {
            profile,
            quoter: Quoter::default(),
            remap: Vec::new(),
            remap_points: HashMap::new(),
            spare: Vec::new(),
        }
    }

    /// Runs MES where every voter starts with `share = (num, den)`, i.e. `num / den` minor units.
    pub(crate) fn run(&mut self, share: (u128, u128)) -> Run {
        self.run_after(share, &[])
    }

    /// Like `run`, for a share whose first purchases are known to be `known` (proven by a
    /// bracket): those are charged without comparing every project again.
    pub(crate) fn run_after(&mut self, share: (u128, u128), known: &[usize]) -> Run {
        let p = self.profile;
        let mut state = State::new(p, share, self.spare.pop());
        let mut pending = p.candidates();
        let mut picks = Vec::new();
        for &chosen in known {
            pending.retain(|&j| j != chosen);
            let price = self.buy(&mut state, chosen);
            picks.push(Pick {
                project: chosen,
                price,
            });
        }
        while let Some((chosen, _)) = state.best(&mut self.quoter, p, &mut pending) {
            pending.retain(|&j| j != chosen);
            let price = self.buy(&mut state, chosen);
            picks.push(Pick {
                project: chosen,
                price,
            });
        }
        let cost = picks.iter().map(|k| u128::from(p.cost[k.project])).sum();
        self.spare.push(state.supporters);
        Run { picks, cost }
    }

    /// The outcome shared by every starting share from `low` to `high`, if this can be proven;
    /// otherwise the purchases that all those shares begin with.
    /// `known`: purchases already proven common to the whole range.
    pub(crate) fn run_bracket(
        &mut self,
        low: (u128, u128),
        high: (u128, u128),
        known: &[usize],
    ) -> Result<Run, Vec<usize>> {
        let p = self.profile;
        let mut lo = State::new(p, low, self.spare.pop());
        let mut hi = State::new(p, high, self.spare.pop());
        let result = self.bracket(&mut lo, &mut hi, known);
        self.spare.push(lo.supporters);
        self.spare.push(hi.supporters);
        result
    }

    fn bracket(
        &mut self,
        lo: &mut State,
        hi: &mut State,
        known: &[usize],
    ) -> Result<Run, Vec<usize>> {
        let p = self.profile;
        let mut pending = p.candidates();
        let mut picks = Vec::new();
        for &chosen in known {
            pending.retain(|&j| j != chosen);
            let price = self.buy(lo, chosen);
            self.buy(hi, chosen);
            picks.push(Pick {
                project: chosen,
                price,
            });
        }
        loop {
            let chosen = lo.best(&mut self.quoter, p, &mut pending);
            // Every other project must lose to the choice even at the high state's prices.
            for &j in &pending {
                let Some((c, rho)) = &chosen else {
                    // The low state can buy nothing more: neither may the high state.
                    if !hi.removed[j] && hi.quote(&mut self.quoter, p, j).is_some() {
                        return Err(picks.iter().map(|k: &Pick| k.project).collect());
                    }
                    continue;
                };
                if j == *c || hi.removed[j] || hi.bound[j].cmp(rho) == Ordering::Greater {
                    continue;
                }
                if let Some(price) = hi.quote(&mut self.quoter, p, j) {
                    match price.rho.cmp(rho) {
                        Ordering::Greater => {}
                        Ordering::Equal if p.rank[*c] < p.rank[j] => {}
                        _ => return Err(picks.iter().map(|k: &Pick| k.project).collect()),
                    }
                }
            }
            let Some((chosen, _)) = chosen else { break };
            pending.retain(|&j| j != chosen);
            let price = self.buy(lo, chosen);
            self.buy(hi, chosen);
            picks.push(Pick {
                project: chosen,
                price,
            });
        }
        let cost = picks.iter().map(|k| u128::from(p.cost[k.project])).sum();
        Ok(Run { picks, cost })
    }

    /// Charges the supporters of `project`; returns the price per utility.
    fn buy(&mut self, state: &mut State, project: usize) -> f64 {
        let p = self.profile;
        let Some(price) = self.quoter.quote(
            p,
            &state.classes,
            &state.group_class,
            &mut state.supporters[project],
            project,
        ) else {
            return 0.0;
        };
        let classes = &mut state.classes;
        let keys = &self.quoter.keys;
        let u = price.rich_utility.max(1);
        let shown = price.n.ratio_f64(&classes.den.mul_small(u));
        // Put the new budgets over a common denominator: multiply it by U / gcd(U, n).
        let g = gcd(u, price.n.rem_small(u)).max(1);
        let mut n = price.n.clone();
        n.div_small_assign(g);
        classes.rescale(u / g);
        self.remap.resize(classes.len(), SPENT);
        self.remap_points.clear();
        for k in &keys[price.poor..] {
            let mut value = classes.value[k.class as usize].clone();
            value.sub_assign(&n.mul_small(k.utility));
            let to = classes.push(value);
            if k.utility == 1 {
                self.remap[k.class as usize] = to;
            } else {
                self.remap_points.insert((k.class, k.utility), to);
            }
        }
        for &(g, utility) in &state.supporters[project] {
            let from = state.group_class[g as usize];
            if from == SPENT {
                continue;
            }
            let to = if utility == 1 {
                self.remap[from as usize]
            } else {
                self.remap_points
                    .get(&(from, utility))
                    .copied()
                    .unwrap_or(SPENT)
            };
            state.group_class[g as usize] = to;
            classes.shift(from, to, p.group_size[g as usize]);
        }
        for k in keys {
            if k.utility == 1 {
                self.remap[k.class as usize] = SPENT;
            }
        }
        shown
    }
}
