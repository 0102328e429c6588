//! Quoting a project: the lowest equal-shares price at which its supporters can buy it.
//!
//! Supporters pay `min(budget, price × utility)`; the price is the smallest one that covers the
//! cost. Sorting supporters from poorest (budget ÷ utility) upwards, the poor pay all they have
//! and the rest split what is left in proportion to utility (pabutools' `mes_inner_algo`).

use std::cmp::Ordering;
use std::collections::HashMap;

use super::exact::{Frac, Line};
use super::mes_classes::{Classes, SPENT};
use super::mes_profile::MesProfile;
use super::nat::Nat;

/// Supporters of one project in one class with one utility.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Key {
    pub class: u32,
    pub utility: u64,
    pub count: u64,
}

/// A price at which the supporters can buy the project, valid while `s` stays small enough.
pub(crate) struct Price {
    /// ρ(s): price per utility ÷ weight, compared across projects (lower is better).
    pub rho: Line,
    /// Price per utility unit is `(n − m·s) / (rich_utility · den)`.
    pub n: Nat,
    pub m: Nat,
    pub rich_utility: u64,
    /// `keys[..poor]` pay everything they have; the rest pay price × utility.
    pub poor: usize,
}

pub(crate) enum Quote {
    /// Together they hold less than the cost; `from` is the raise that would let them buy it.
    Unaffordable { from: Option<Frac> },
    Price(Price),
}

#[derive(Default)]
pub(crate) struct Quoter {
    pub keys: Vec<Key>,
    slot: Vec<u32>,
    by_utility: HashMap<(u32, u64), u32>,
}

impl Quoter {
    /// Collects the supporters of `project` by (class, utility), leaving out spent voters.
    fn gather(&mut self, profile: &MesProfile, classes: &Classes, group_class: &[u32], project: usize) {
        self.keys.clear();
        self.by_utility.clear();
        if self.slot.len() < classes.len() {
            self.slot.resize(classes.len(), u32::MAX);
        }
        for &(g, utility) in &profile.supporters[project] {
            let class = group_class[g as usize];
            if class == SPENT && classes.slope[SPENT as usize].is_zero() {
                continue;
            }
            let count = profile.group_size[g as usize];
            let index = if utility == 1 {
                let s = &mut self.slot[class as usize];
                if *s == u32::MAX {
                    *s = self.keys.len() as u32;
                    self.keys.push(Key { class, utility, count: 0 });
                }
                *s
            } else {
                let next = self.keys.len() as u32;
                let i = *self.by_utility.entry((class, utility)).or_insert(next);
                if i == next {
                    self.keys.push(Key { class, utility, count: 0 });
                }
                i
            };
            self.keys[index as usize].count += count;
        }
        for k in &self.keys {
            if k.utility == 1 {
                self.slot[k.class as usize] = u32::MAX;
            }
        }
    }

    /// The project's price for its supporters, or why they cannot buy it.
    pub(crate) fn quote(&mut self, profile: &MesProfile, classes: &Classes, group_class: &[u32], project: usize) -> Quote {
        self.gather(profile, classes, group_class, project);
        let cost_scaled = classes.den.mul_small(profile.cost[project]);
        let (mut held, mut rising, mut utility) = (Nat::zero(), Nat::zero(), 0u64);
        for k in &self.keys {
            held.add_mul_small(&classes.value[k.class as usize], k.count);
            rising.add_mul_small(&classes.slope[k.class as usize], k.count);
            utility += k.count * k.utility;
        }
        if held < cost_scaled {
            let (short, _) = cost_scaled.abs_diff(&held);
            let from = (!rising.is_zero()).then(|| Frac::new(short, rising));
            return Quote::Unaffordable { from };
        }
        self.keys.sort_by(|a, b| poorest_first(classes, a, b));
        let (mut paid, mut paid_rising, mut poor) = (Nat::zero(), Nat::zero(), 0);
        for k in &self.keys {
            // Is price (cost − paid) / utility within this class's budget per utility?
            let (left, _) = cost_scaled.abs_diff(&paid);
            if left.mul_small(k.utility) <= classes.value[k.class as usize].mul_small(utility) {
                break;
            }
            paid.add_mul_small(&classes.value[k.class as usize], k.count);
            paid_rising.add_mul_small(&classes.slope[k.class as usize], k.count);
            utility -= k.count * k.utility;
            poor += 1;
        }
        let (n, _) = cost_scaled.abs_diff(&paid);
        let den = classes.den.mul_small(utility).mul_small(profile.weight[project]);
        let rho = Line::new(n.clone(), paid_rising.clone(), den);
        Quote::Price(Price { rho, n, m: paid_rising, rich_utility: utility, poor })
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
