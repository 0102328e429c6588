//! `Nat`: an arbitrary-size natural number, just big enough for exact equal-shares arithmetic.
//!
//! The Method of Equal Shares splits prices between voters, so budgets become fractions whose
//! denominators multiply with every purchase (Wieliczka 2023 needs ~140-bit numbers, the largest
//! elections several hundred bits). pabutools counts with exact fractions (gmpy2), and to fund the
//! very same projects we must too: no floating point in any decision. Only the operations the count
//! needs are here; the divisor of every division is a machine word, so no long division is needed.

use std::cmp::Ordering;

/// Little-endian 64-bit limbs, never with a trailing zero limb (zero is the empty vector).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Nat(Vec<u64>);

impl Nat {
    pub(crate) fn zero() -> Self {
        Nat(Vec::new())
    }

    pub(crate) fn from_u128(v: u128) -> Self {
        let mut n = Nat(vec![v as u64, (v >> 64) as u64]);
        n.trim();
        n
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    /// The value if it fits in 128 bits.
    #[cfg(test)]
    pub(crate) fn to_u128(&self) -> Option<u128> {
        match self.0.as_slice() {
            [] => Some(0),
            [a] => Some(u128::from(*a)),
            [a, b] => Some(u128::from(*a) | (u128::from(*b) << 64)),
            _ => None,
        }
    }

    pub(crate) fn bits(&self) -> u32 {
        match self.0.last() {
            None => 0,
            Some(top) => 64 * (self.0.len() as u32) - top.leading_zeros(),
        }
    }

    /// `self += other * m`.
    pub(crate) fn add_mul_small(&mut self, other: &Nat, m: u64) {
        if m == 0 || other.is_zero() {
            return;
        }
        if self.0.len() < other.0.len() + 1 {
            self.0.resize(other.0.len() + 1, 0);
        }
        let mut carry: u128 = 0;
        for (i, slot) in self.0.iter_mut().enumerate() {
            let prod = other.0.get(i).map_or(0, |&o| u128::from(o) * u128::from(m));
            let sum = u128::from(*slot) + prod + carry;
            *slot = sum as u64;
            carry = sum >> 64;
            if carry == 0 && i >= other.0.len() {
                break;
            }
        }
        if carry > 0 {
            self.0.push(carry as u64);
        }
        self.trim();
    }

    /// `self -= other`, saturating at zero. Callers only subtract what they know is smaller
    /// (a price from a budget that covers it); saturating keeps a logic slip from panicking.
    pub(crate) fn sub_assign(&mut self, other: &Nat) {
        if Ord::cmp(&*self, other) != Ordering::Greater {
            self.0.clear();
            return;
        }
        let mut borrow = 0u64;
        for (i, slot) in self.0.iter_mut().enumerate() {
            let o = other.0.get(i).copied().unwrap_or(0);
            let (d1, b1) = slot.overflowing_sub(o);
            let (d2, b2) = d1.overflowing_sub(borrow);
            *slot = d2;
            borrow = u64::from(b1 || b2);
            if borrow == 0 && i >= other.0.len() {
                break;
            }
        }
        self.trim();
    }

    /// `|self - other|` and whether `self >= other`.
    pub(crate) fn abs_diff(&self, other: &Nat) -> (Nat, bool) {
        if self.cmp(other) == Ordering::Less {
            let mut d = other.clone();
            d.sub_assign(self);
            (d, false)
        } else {
            let mut d = self.clone();
            d.sub_assign(other);
            (d, true)
        }
    }

    /// `self *= m`, in place.
    pub(crate) fn mul_small_assign(&mut self, m: u64) {
        if m == 0 {
            self.0.clear();
            return;
        }
        let mut carry: u128 = 0;
        for slot in self.0.iter_mut() {
            let cur = u128::from(*slot) * u128::from(m) + carry;
            *slot = cur as u64;
            carry = cur >> 64;
        }
        if carry > 0 {
            self.0.push(carry as u64);
        }
    }

    pub(crate) fn mul_small(&self, m: u64) -> Nat {
        let mut out = Nat::zero();
        out.add_mul_small(self, m);
        out
    }

    pub(crate) fn mul(&self, other: &Nat) -> Nat {
        if self.is_zero() || other.is_zero() {
            return Nat::zero();
        }
        let mut out = vec![0u64; self.0.len() + other.0.len()];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry: u128 = 0;
            for (j, &b) in other.0.iter().enumerate() {
                let cur = u128::from(out[i + j]) + u128::from(a) * u128::from(b) + carry;
                out[i + j] = cur as u64;
                carry = cur >> 64;
            }
            out[i + other.0.len()] = carry as u64;
        }
        let mut n = Nat(out);
        n.trim();
        n
    }

    /// Divides in place by a non-zero word and returns the remainder.
    pub(crate) fn div_small_assign(&mut self, d: u64) -> u64 {
        if d == 0 {
            return 0;
        }
        let mut rem: u128 = 0;
        for slot in self.0.iter_mut().rev() {
            let cur = (rem << 64) | u128::from(*slot);
            *slot = (cur / u128::from(d)) as u64;
            rem = cur % u128::from(d);
        }
        self.trim();
        rem as u64
    }

    pub(crate) fn rem_small(&self, d: u64) -> u64 {
        if d == 0 {
            return 0;
        }
        let mut rem: u128 = 0;
        for &limb in self.0.iter().rev() {
            rem = ((rem << 64) | u128::from(limb)) % u128::from(d);
        }
        rem as u64
    }

    /// The top 64 significant bits and how far they were shifted down: `self ≈ top · 2^shift`.
    fn top_bits(&self) -> (u64, i32) {
        let bits = self.bits();
        if bits <= 64 {
            return (self.0.first().copied().unwrap_or(0), 0);
        }
        let shift = bits - 64;
        let (limb, off) = ((shift / 64) as usize, shift % 64);
        let lo = self.0.get(limb).copied().unwrap_or(0) >> off;
        let hi = if off == 0 {
            0
        } else {
            self.0.get(limb + 1).copied().unwrap_or(0) << (64 - off)
        };
        (lo | hi, shift as i32)
    }

    /// `self / other` as a float, for display and for quickly ordering numbers that are far apart;
    /// exact comparisons decide whenever two approximations are close.
    pub(crate) fn ratio_f64(&self, other: &Nat) -> f64 {
        let (a, sa) = self.top_bits();
        let (b, sb) = other.top_bits();
        if b == 0 {
            return f64::INFINITY;
        }
        (a as f64 / b as f64) * 2f64.powi(sa - sb)
    }
}

impl PartialOrd for Nat {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Nat {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

/// Greatest common divisor of two words.
pub(crate) fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// Exact order of the fractions `an/ad` and `bn/bd` (denominators non-zero), using the float
/// approximations `fa`, `fb` when they are clearly apart.
pub(crate) fn cmp_fractions(an: &Nat, ad: &Nat, fa: f64, bn: &Nat, bd: &Nat, fb: f64) -> Ordering {
    let tolerance = 1e-9 * fa.abs().max(fb.abs());
    if (fa - fb).abs() > tolerance && fa.is_finite() && fb.is_finite() {
        return fa.partial_cmp(&fb).unwrap_or(Ordering::Equal);
    }
    an.mul(bd).cmp(&bn.mul(ad))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(v: u128) -> Nat {
        Nat::from_u128(v)
    }

    #[test]
    fn multiplication_carries_across_limbs() {
        let a = big(u128::from(u64::MAX) + 5);
        let b = big(u128::from(u64::MAX) * 3);
        let p = a.mul(&b);
        // (2^64 + 4)(3·2^64 − 3) = 3·2^128 + 9·2^64 − 12
        let mut expected = big(3 << 64).mul(&big(1 << 64));
        expected.add_mul_small(&big(1 << 64), 9);
        expected.sub_assign(&big(12));
        assert_eq!(p, expected);
        assert_eq!(p.bits(), 130);
    }

    #[test]
    fn division_by_a_word_returns_quotient_and_remainder() {
        let mut a = big(10u128.pow(30) + 7);
        let r = a.div_small_assign(1_000_000);
        assert_eq!(r, 7);
        assert_eq!(a.to_u128(), Some(10u128.pow(24)));
        assert_eq!(big(10u128.pow(30) + 7).rem_small(1_000_000), 7);
    }

    #[test]
    fn subtraction_saturates_instead_of_wrapping() {
        let mut a = big(5);
        a.sub_assign(&big(9));
        assert!(a.is_zero());
        let (d, ge) = big(5).abs_diff(&big(9));
        assert_eq!((d.to_u128(), ge), (Some(4), false));
    }

    #[test]
    fn close_fractions_are_ordered_exactly() {
        let (an, ad) = (big(10u128.pow(30) + 1), big(10u128.pow(30)));
        let (bn, bd) = (big(1), big(1));
        let (fa, fb) = (an.ratio_f64(&ad), bn.ratio_f64(&bd));
        assert_eq!(fa, fb, "the floats cannot tell them apart");
        assert_eq!(cmp_fractions(&an, &ad, fa, &bn, &bd, fb), Ordering::Greater);
    }

    #[test]
    fn ratio_of_huge_numbers_is_approximated() {
        let a = big(u128::MAX).mul(&big(u128::MAX));
        let b = big(u128::MAX).mul(&big(u128::MAX / 4));
        assert!((a.ratio_f64(&b) - 4.0).abs() < 1e-9);
    }
}
