//! `Classes`: the distinct budgets voters hold during one equal-shares run.
//!
//! Everyone starts with the same share; each purchase moves the paying groups to a new, lower
//! budget. Few distinct budgets exist at any time, so money is kept per class, not per voter, over
//! one common denominator `den`: class `c` holds `value[c] / den` minor units. A purchase makes
//! the denominator grow; only classes that still have members are rescaled.

use super::nat::Nat;

/// Class 0: voters who spent everything. Their money never changes.
pub(crate) const SPENT: u32 = 0;

pub(crate) struct Classes {
    pub den: Nat,
    pub value: Vec<Nat>,
    /// `value / den`, to order budgets quickly; exact comparisons settle close calls.
    pub approx: Vec<f64>,
    /// Voters in the class.
    pub members: Vec<u64>,
    /// Classes that may still have members (the rest keep stale values nobody reads).
    live: Vec<u32>,
}

impl Classes {
    /// Everyone in class 1 with `share_num / share_den` minor units.
    pub(crate) fn start(share_num: u128, share_den: u128, voters: u64) -> Self {
        let den = Nat::from_u128(share_den);
        let value = Nat::from_u128(share_num);
        let approx = value.ratio_f64(&den);
        Classes {
            value: vec![Nat::zero(), value],
            approx: vec![0.0, approx],
            members: vec![0, voters],
            live: vec![1],
            den,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.value.len()
    }

    /// Multiplies the common denominator by `factor`, keeping every live class's money.
    pub(crate) fn rescale(&mut self, factor: u64) {
        let members = &self.members;
        self.live.retain(|&c| members[c as usize] > 0);
        if factor == 1 {
            return;
        }
        self.den.mul_small_assign(factor);
        for &c in &self.live {
            self.value[c as usize].mul_small_assign(factor);
        }
    }

    /// Adds an empty class holding `value / den`.
    pub(crate) fn push(&mut self, value: Nat) -> u32 {
        self.approx.push(value.ratio_f64(&self.den));
        self.value.push(value);
        self.members.push(0);
        let c = (self.len() - 1) as u32;
        self.live.push(c);
        c
    }

    /// Moves `count` voters from class `from` to class `to`.
    pub(crate) fn shift(&mut self, from: u32, to: u32, count: u64) {
        let from = from as usize;
        self.members[from] = self.members[from].saturating_sub(count);
        self.members[to as usize] += count;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rescaling_keeps_the_money_of_live_classes() {
        let mut classes = Classes::start(10, 3, 4);
        classes.rescale(5);
        assert_eq!(classes.den.to_u128(), Some(15));
        assert_eq!(classes.value[1].to_u128(), Some(50));
        assert!((classes.approx[1] - 10.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn spent_voters_hold_nothing() {
        let mut classes = Classes::start(10, 1, 4);
        classes.shift(1, SPENT, 3);
        assert_eq!(classes.members, vec![3, 1]);
        assert!(classes.value[SPENT as usize].is_zero());
    }
}
