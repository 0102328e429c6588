//! Exact non-negative fractions (`Frac`) and prices that fall as voters get richer (`Line`).
//!
//! MES-complete raises every voter's budget by `s` minor units. Within one run every price is
//! then an affine function of `s`; `Line` is such a function, `(n0 − n1·s) / den`, and `Frac` is a
//! point `s` where something changes. Float approximations only speed up comparisons of values that
//! are far apart; close values are compared exactly.

use std::cmp::Ordering;

use super::nat::{Nat, cmp_fractions};

/// `num / den`, `den > 0`.
#[derive(Clone, Debug)]
pub(crate) struct Frac {
    pub num: Nat,
    pub den: Nat,
    approx: f64,
}

impl Frac {
    pub(crate) fn new(num: Nat, den: Nat) -> Self {
        let approx = num.ratio_f64(&den);
        Frac { num, den, approx }
    }

    pub(crate) fn approx(&self) -> f64 {
        self.approx
    }

    pub(crate) fn cmp(&self, other: &Frac) -> Ordering {
        cmp_fractions(&self.num, &self.den, self.approx, &other.num, &other.den, other.approx)
    }

    /// The smallest whole number `k >= 1` with `k · unit >= self`, or `None` past `u64`.
    pub(crate) fn steps_of(&self, unit: u64) -> Option<u64> {
        let unit = unit.max(1);
        let guess = (self.approx / unit as f64).ceil();
        if !guess.is_finite() || guess >= 1e18 {
            return None;
        }
        let mut k = (guess as u64).max(1);
        // The float guess is within a step or two; settle it exactly.
        let reaches = |k: u64| self.den.mul_small(k).mul_small(unit) >= self.num;
        while k > 1 && reaches(k - 1) {
            k -= 1;
        }
        while !reaches(k) {
            k += 1;
        }
        Some(k)
    }
}

/// Keeps the smaller of two optional points.
pub(crate) fn earliest(a: Option<Frac>, b: Option<Frac>) -> Option<Frac> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.cmp(&a) == Ordering::Less { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// `(n0 − n1·s) / den`: a price at budget increase `s`, exact while the run's decisions hold.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    pub n0: Nat,
    pub n1: Nat,
    pub den: Nat,
    approx: f64,
}

impl Line {
    pub(crate) fn new(n0: Nat, n1: Nat, den: Nat) -> Self {
        let approx = n0.ratio_f64(&den);
        Line { n0, n1, den, approx }
    }

    /// The value at `s = 0`, approximately.
    pub(crate) fn approx(&self) -> f64 {
        self.approx
    }

    /// Exact order of the values at `s = 0`.
    pub(crate) fn cmp_now(&self, other: &Line) -> Ordering {
        cmp_fractions(&self.n0, &self.den, self.approx, &other.n0, &other.den, other.approx)
    }

    /// Where `self`, not below `other` at `s = 0`, would cross below it as `s` grows.
    pub(crate) fn crossing_below(&self, other: &Line) -> Option<Frac> {
        let (gap, _) = self.n0.mul(&other.den).abs_diff(&other.n0.mul(&self.den));
        let (fall, self_falls_faster) = self.n1.mul(&other.den).abs_diff(&other.n1.mul(&self.den));
        if !self_falls_faster || fall.is_zero() {
            return None;
        }
        Some(Frac::new(gap, fall))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(v: u128) -> Nat {
        Nat::from_u128(v)
    }

    #[test]
    fn steps_round_up_to_whole_units() {
        assert_eq!(Frac::new(n(250), n(1)).steps_of(100), Some(3));
        assert_eq!(Frac::new(n(300), n(1)).steps_of(100), Some(3));
        assert_eq!(Frac::new(n(0), n(1)).steps_of(100), Some(1));
        assert_eq!(Frac::new(n(601), n(2)).steps_of(100), Some(4));
    }

    #[test]
    fn a_faster_falling_line_crosses_below() {
        let slow = Line::new(n(10), n(1), n(1)); // 10 − s
        let fast = Line::new(n(16), n(4), n(1)); // 16 − 4s, equal at s = 2
        let at = fast.crossing_below(&slow).map(|f| f.approx());
        assert_eq!(at, Some(2.0));
        assert!(slow.crossing_below(&fast).is_none());
    }
}
