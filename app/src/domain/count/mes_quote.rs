//! Quoting a project: the lowest equal-shares price at which its supporters can buy it.
//!
//! Supporters pay `min(budget, price × utility)`; the price is the smallest one that covers the
//! cost. Sorting supporters from poorest (budget ÷ utility) upwards, the poor pay all they have
//! and the rest split what is left in proportion to utility (pabutools' `mes_inner_algo`).

use std::cmp::Ordering;
use std::collections::HashMap;

use super::exact::Frac;
use super::mes_classes::{Classes, SPENT};
use super::mes_profile::MesProfile;
use super::nat::Nat;

/// Supporters of one project in one class with one utility.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Key {
    pub class: u32,
    pub utility: u64,
    pub count: u64,
    /// Budget per utility, approximately (for sorting).
    pub ratio: f64,
}

/// The price at which the supporters can buy the project.
pub(crate) struct Price {
    /// ρ: price per utility ÷ weight, compared across projects (lower is better).
    pub rho: Frac,
    /// Price per utility unit is `n / (rich_utility · den)`.
    pub n: Nat,
    pub rich_utility: u64,
    /// `keys[..poor]` pay everything they have; the rest pay price × utility.
    pub poor: usize,
}

#[derive(Default)]
pub(crate) struct Quoter {
    pub keys: Vec<Key>,
    slot: Vec<u32>,
    by_utility: HashMap<(u32, u64), u32>,
}

impl Quoter {
    /// Collects the supporters of `project` by (class, utility). Spent voters never get money
    /// back within a run, so they are dropped from the run's `supporters` list for good.
    fn gather(
        &mut self,
        profile: &MesProfile,
        classes: &Classes,
        group_class: &[u32],
        supporters: &mut Vec<(u32, u64)>,
    ) {
        self.keys.clear();
        self.by_utility.clear();
        if self.slot.len() < classes.len() {
            self.slot.resize(classes.len(), u32::MAX);
        }
        let mut kept = 0;
        for i in 0..supporters.len() {
            let (g, utility) = supporters[i];
            let class = group_class[g as usize];
            if class == SPENT {
                continue;
            }
            supporters[kept] = (g, utility);
            kept += 1;
            let count = profile.group_size[g as usize];
            let index = if utility == 1 {
                let s = &mut self.slot[class as usize];
                if *s == u32::MAX {
                    *s = self.keys.len() as u32;
                    self.keys.push(Key {
                        class,
                        utility,
                        count: 0,
                        ratio: 0.0,
                    });
                }
                *s
            } else {
                let next = self.keys.len() as u32;
                let i = *self.by_utility.entry((class, utility)).or_insert(next);
                if i == next {
                    self.keys.push(Key {
                        class,
                        utility,
                        count: 0,
                        ratio: 0.0,
                    });
                }
                i
            };
            self.keys[index as usize].count += count;
        }
        supporters.truncate(kept);
        for k in &self.keys {
            if k.utility == 1 {
                self.slot[k.class as usize] = u32::MAX;
            }
        }
    }

    /// The project's price for its supporters, or why they cannot buy it.
    /// `None` if together they hold less than the cost.
    pub(crate) fn quote(
        &mut self,
        profile: &MesProfile,
        classes: &Classes,
        group_class: &[u32],
        supporters: &mut Vec<(u32, u64)>,
        project: usize,
    ) -> Option<Price> {
        self.gather(profile, classes, group_class, supporters);
        let cost = profile.cost[project];
        let cost_scaled = classes.den.mul_small(cost);
        let held_f: f64 = self
            .keys
            .iter()
            .map(|k| k.count as f64 * classes.approx[k.class as usize])
            .sum();
        let margin = 1e-9 * cost as f64;
        // Clearly short (or, when it is close, exactly short) of the cost: unaffordable.
        if held_f < cost as f64 - margin
            || (held_f <= cost as f64 + margin && self.exact_held(classes) < cost_scaled)
        {
            return None;
        }
        for k in &mut self.keys {
            k.ratio = classes.approx[k.class as usize] / k.utility as f64;
        }
        // Only supporters around or below the price need ordering: estimate the price, move
        // those first and sort just them.
        let sorted = match self.estimate_price(cost as f64) {
            Some(price) => {
                let limit = price * (1.0 + 1e-6);
                let mut m = 0;
                for i in 0..self.keys.len() {
                    if self.keys[i].ratio <= limit {
                        self.keys.swap(i, m);
                        m += 1;
                    }
                }
                self.keys[..m].sort_unstable_by(|a, b| a.ratio.total_cmp(&b.ratio));
                m
            }
            None => {
                self.keys
                    .sort_unstable_by(|a, b| a.ratio.total_cmp(&b.ratio));
                self.keys.len()
            }
        };
        self.sweep(profile, classes, project, &cost_scaled, Some(sorted))
            .or_else(|| {
                // Float order was not exact next to the price: sort exactly and sweep again.
                self.keys.sort_by(|a, b| poorest_first(classes, a, b));
                self.sweep(profile, classes, project, &cost_scaled, None)
            })
    }

    /// The price per utility in floating point: the poor (budget per utility below the price)
    /// pay all they have, which raises the price for the rest, until nobody else becomes poor.
    fn estimate_price(&self, cost: f64) -> Option<f64> {
        let total: f64 = self.keys.iter().map(|k| (k.count * k.utility) as f64).sum();
        let mut price = cost / total;
        for _ in 0..64 {
            let (mut paid, mut poor_utility) = (0.0, 0.0);
            for k in self.keys.iter().filter(|k| k.ratio < price) {
                paid += k.count as f64 * k.ratio * k.utility as f64;
                poor_utility += (k.count * k.utility) as f64;
            }
            let next = (cost - paid) / (total - poor_utility);
            if !next.is_finite() {
                return None;
            }
            if next <= price * (1.0 + 1e-12) {
                return Some(price.max(next));
            }
            price = next;
        }
        None
    }

    fn exact_held(&self, classes: &Classes) -> Nat {
        let mut held = Nat::zero();
        self.keys
            .iter()
            .for_each(|k| held.add_mul_small(&classes.value[k.class as usize], k.count));
        held
    }

    /// Walks the supporters poorest first; the poor pay all they have. `float_sorted`: only the
    /// first so many keys are in order, by floats. Returns `None` if that order might be wrong
    /// around the price, or the price lies beyond the sorted keys.
    fn sweep(
        &self,
        profile: &MesProfile,
        classes: &Classes,
        project: usize,
        cost_scaled: &Nat,
        float_sorted: Option<usize>,
    ) -> Option<Price> {
        let sorted = float_sorted.unwrap_or(self.keys.len());
        let cost = profile.cost[project] as f64;
        let mut utility: u64 = self.keys.iter().map(|k| k.count * k.utility).sum();
        let (mut paid, mut paid_f, mut poor) = (Nat::zero(), 0.0, 0);
        // Is price (cost − paid) / utility within the budget per utility of class `k`?
        let rich = |k: &Key, paid: &Nat, paid_f: f64, utility: u64| {
            let (lhs, rhs) = (
                (cost - paid_f) * k.utility as f64,
                classes.approx[k.class as usize] * utility as f64,
            );
            if (lhs - rhs).abs() > 1e-9 * lhs.abs().max(rhs.abs()) {
                return lhs < rhs;
            }
            let (left, _) = cost_scaled.abs_diff(paid);
            left.mul_small(k.utility) <= classes.value[k.class as usize].mul_small(utility)
        };
        for k in &self.keys[..sorted] {
            if rich(k, &paid, paid_f, utility) {
                break;
            }
            paid.add_mul_small(&classes.value[k.class as usize], k.count);
            paid_f += k.count as f64 * classes.approx[k.class as usize];
            utility -= k.count * k.utility;
            poor += 1;
        }
        if utility == 0 {
            return None;
        }
        if float_sorted.is_some() {
            // Rich keys whose float ratio is next to the price must be rich exactly too, and
            // the unsorted keys must lie clearly above it.
            let near_limit = (cost - paid_f) / utility as f64 * (1.0 + 1e-9);
            let near = self.keys[poor..sorted]
                .iter()
                .take_while(|k| k.ratio <= near_limit);
            if near.into_iter().any(|k| !rich(k, &paid, paid_f, utility))
                || self.keys[sorted..].iter().any(|k| k.ratio <= near_limit)
            {
                return None;
            }
        }
        let (n, _) = cost_scaled.abs_diff(&paid);
        let den = classes
            .den
            .mul_small(utility)
            .mul_small(profile.weight[project]);
        let rho = Frac::new(n.clone(), den);
        Some(Price {
            rho,
            n,
            rich_utility: utility,
            poor,
        })
    }
}

/// Orders supporters by budget per utility, poorest first.
fn poorest_first(classes: &Classes, a: &Key, b: &Key) -> Ordering {
    let fa = classes.approx[a.class as usize] / a.utility as f64;
    let fb = classes.approx[b.class as usize] / b.utility as f64;
    if (fa - fb).abs() > 1e-9 * fa.abs().max(fb.abs()) {
        return fa.total_cmp(&fb);
    }
    let va = classes.value[a.class as usize].mul_small(b.utility);
    let vb = classes.value[b.class as usize].mul_small(a.utility);
    va.cmp(&vb)
}
