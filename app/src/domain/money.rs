//! Money as whole pence: parsing what people type, formatting as pounds.

use super::message::Message;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Sub};

/// An amount of money in whole pence. Never a float: a pot must equal the sum of its
/// contributions to the penny.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Pence(i64);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("Enter an amount, like £1,250.50")]
    Empty,
    #[error("Enter an amount in pounds and pence, like £1,250.50")]
    NotANumber,
    #[error("Pence can only have two digits, like £12.50")]
    TooManyDecimals,
    #[error("The amount is too large")]
    TooLarge,
    #[error("The amount cannot be negative")]
    Negative,
}

impl Pence {
    pub const ZERO: Pence = Pence(0);

    pub const fn new(pence: i64) -> Self {
        Pence(pence)
    }

    pub const fn from_pounds(pounds: i64) -> Self {
        Pence(pounds * 100)
    }

    pub const fn as_i64(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Pence) -> Option<Pence> {
        self.0.checked_add(other.0).map(Pence)
    }

    /// Parses what a person types: "£1,250.50", "1250.5", "1250", " £ 40 ".
    pub fn parse(input: &str) -> Result<Pence, MoneyError> {
        let cleaned: String = input
            .trim()
            .trim_start_matches('£')
            .chars()
            .filter(|c| *c != ',' && !c.is_whitespace())
            .collect();
        if cleaned.is_empty() {
            return Err(MoneyError::Empty);
        }
        if cleaned.starts_with('-') {
            return Err(MoneyError::Negative);
        }
        let (pounds, pennies) = match cleaned.split_once('.') {
            Some((p, d)) => (p, d),
            None => (cleaned.as_str(), ""),
        };
        let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if !all_digits(pounds) || !all_digits(pennies) || (pounds.is_empty() && pennies.is_empty())
        {
            return Err(MoneyError::NotANumber);
        }
        if pennies.len() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        let pounds: i64 = if pounds.is_empty() {
            0
        } else {
            pounds.parse().map_err(|_| MoneyError::TooLarge)?
        };
        let pennies: i64 = match pennies.len() {
            0 => 0,
            1 => pennies.parse::<i64>().map_err(|_| MoneyError::NotANumber)? * 10,
            _ => pennies.parse().map_err(|_| MoneyError::NotANumber)?,
        };
        pounds
            .checked_mul(100)
            .and_then(|p| p.checked_add(pennies))
            .map(Pence)
            .ok_or(MoneyError::TooLarge)
    }

    /// "£12,500" for whole pounds, "£12,500.50" otherwise.
    pub fn to_pounds_string(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let pounds = group_thousands(abs / 100);
        match abs % 100 {
            0 => format!("{sign}£{pounds}"),
            p => format!("{sign}£{pounds}.{p:02}"),
        }
    }
}

fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl fmt::Display for Pence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_pounds_string())
    }
}

impl Add for Pence {
    type Output = Pence;
    fn add(self, rhs: Pence) -> Pence {
        Pence(self.0 + rhs.0)
    }
}

impl Sub for Pence {
    type Output = Pence;
    fn sub(self, rhs: Pence) -> Pence {
        Pence(self.0 - rhs.0)
    }
}

impl Sum for Pence {
    fn sum<I: Iterator<Item = Pence>>(iter: I) -> Pence {
        iter.fold(Pence::ZERO, |a, b| a + b)
    }
}

/// Why an amount could not be read.
pub fn money_problem(e: MoneyError) -> Message {
    Message::new(match e {
        MoneyError::Empty => "money.empty",
        MoneyError::NotANumber => "money.not_a_number",
        MoneyError::TooManyDecimals => "money.too_many_decimals",
        MoneyError::TooLarge => "money.too_large",
        MoneyError::Negative => "money.negative",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_amounts_the_way_people_type_them() {
        assert_eq!(Pence::parse("£1,250.50"), Ok(Pence::new(125_050)));
        assert_eq!(Pence::parse("1250.5"), Ok(Pence::new(125_050)));
        assert_eq!(Pence::parse(" £ 40 "), Ok(Pence::new(4_000)));
        assert_eq!(Pence::parse(".75"), Ok(Pence::new(75)));
    }

    #[test]
    fn refuses_what_is_not_money_with_a_reason() {
        assert_eq!(Pence::parse(""), Err(MoneyError::Empty));
        assert_eq!(Pence::parse("ten pounds"), Err(MoneyError::NotANumber));
        assert_eq!(Pence::parse("1.234"), Err(MoneyError::TooManyDecimals));
        assert_eq!(Pence::parse("-5"), Err(MoneyError::Negative));
        assert_eq!(
            Pence::parse("99999999999999999999"),
            Err(MoneyError::TooLarge)
        );
    }

    #[test]
    fn shows_pounds_with_thousands_separators_and_pence_only_when_needed() {
        assert_eq!(Pence::from_pounds(100_000).to_string(), "£100,000");
        assert_eq!(Pence::new(125_050).to_string(), "£1,250.50");
        assert_eq!(Pence::new(5).to_string(), "£0.05");
    }

    #[test]
    fn a_pot_is_exactly_the_sum_of_its_contributions() {
        let parts = [
            Pence::from_pounds(60_000),
            Pence::new(2_500_001),
            Pence::from_pounds(10_000),
        ];
        let pot: Pence = parts.iter().copied().sum();
        assert_eq!(pot, Pence::new(9_500_001));
    }
}
