//! `Frac`: an exact non-negative fraction with a float shadow for quick comparisons.
//!
//! Affordabilities (ρ) of different projects are compared every round; the floats settle the
//! comparison when the values are clearly apart, exact cross-multiplication when they are close,
//! so equal values tie exactly and the tie-breaking rule decides, as in pabutools.

use std::cmp::Ordering;

use super::nat::{cmp_fractions, Nat};

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
        cmp_fractions(
            &self.num,
            &self.den,
            self.approx,
            &other.num,
            &other.den,
            other.approx,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frac(n: u128, d: u128) -> Frac {
        Frac::new(Nat::from_u128(n), Nat::from_u128(d))
    }

    #[test]
    fn equal_fractions_in_different_terms_tie_exactly() {
        assert_eq!(
            frac(1, 3).cmp(&frac(1_000_000_000_000, 3_000_000_000_000)),
            Ordering::Equal
        );
    }

    #[test]
    fn fractions_closer_than_floats_can_tell_are_ordered_exactly() {
        let a = frac(10u128.pow(20), 10u128.pow(20) + 1);
        let b = frac(10u128.pow(20) + 1, 10u128.pow(20) + 2);
        assert_eq!(a.approx(), b.approx());
        assert_eq!(a.cmp(&b), Ordering::Less);
    }
}
