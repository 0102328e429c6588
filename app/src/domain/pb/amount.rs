//! `Amount`: an exact decimal such as `740793.05` or `40000.0`, kept as written.

use std::fmt;

/// `minor / 10^scale`, e.g. `1250.50` is `{ minor: 125050, scale: 2 }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Amount {
    pub minor: u64,
    pub scale: u8,
}

impl Amount {
    /// Largest number of decimals accepted; enough for any currency.
    const MAX_SCALE: u8 = 6;

    /// Parses `1250`, `1250.50` or `1250,50` (pabutools reads a comma as the decimal point).
    pub fn parse(text: &str) -> Option<Amount> {
        let text = text.trim();
        let (whole, frac) = match text.find(['.', ',']) {
            Some(i) => (&text[..i], &text[i + 1..]),
            None => (text, ""),
        };
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty()
            || !digits(whole)
            || !digits(frac)
            || frac.len() > usize::from(Self::MAX_SCALE)
        {
            return None;
        }
        if text.contains(['.', ',']) && frac.is_empty() {
            return None;
        }
        let minor = format!("{whole}{frac}").parse::<u64>().ok()?;
        Some(Amount {
            minor,
            scale: frac.len() as u8,
        })
    }

    /// A whole amount.
    pub fn whole(units: u64) -> Amount {
        Amount {
            minor: units,
            scale: 0,
        }
    }

    /// The amount in `10^-scale` units, if that fits in 64 bits (`scale >= self.scale`).
    pub fn at_scale(self, scale: u8) -> Option<u64> {
        let up = scale.checked_sub(self.scale)?;
        10u64
            .checked_pow(u32::from(up))
            .and_then(|f| self.minor.checked_mul(f))
    }

    /// The smallest whole number not below the amount.
    pub fn ceil(self) -> u64 {
        let f = 10u64.pow(u32::from(self.scale));
        self.minor.div_ceil(f)
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.minor);
        }
        let p = 10u64.pow(u32::from(self.scale));
        write!(
            f,
            "{}.{:0width$}",
            self.minor / p,
            self.minor % p,
            width = usize::from(self.scale)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_print_exactly_as_written() {
        for text in ["0", "1250", "740793.05", "40000.0", "0.5", "12.000001"] {
            assert_eq!(
                Amount::parse(text).map(|a| a.to_string()).as_deref(),
                Some(text)
            );
        }
    }

    #[test]
    fn a_comma_is_read_as_the_decimal_point() {
        assert_eq!(
            Amount::parse("1250,5"),
            Some(Amount {
                minor: 12505,
                scale: 1
            })
        );
    }

    #[test]
    fn text_that_is_not_a_plain_amount_is_refused() {
        for text in [
            "",
            "-5",
            "1e5",
            "12.",
            ".5",
            "1.2.3",
            "abc",
            "1 000",
            "99999999999999999999",
            "0.1234567",
        ] {
            assert_eq!(Amount::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn amounts_rescale_exactly_or_not_at_all() {
        let a = Amount {
            minor: 12505,
            scale: 1,
        };
        assert_eq!(a.at_scale(2), Some(125050));
        assert_eq!(a.at_scale(0), None);
        assert_eq!(Amount::whole(u64::MAX).at_scale(1), None);
        assert_eq!(a.ceil(), 1251);
    }
}
