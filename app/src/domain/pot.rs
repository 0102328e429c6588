//! The pot of a round: one contribution per agency, and their sum.

use super::money::Pence;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    pub agency: String,
    pub amount: Pence,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Pot {
    contributions: Vec<Contribution>,
}

impl Pot {
    /// Largest contributions first, the way a council reports who paid in.
    pub fn new(mut contributions: Vec<Contribution>) -> Pot {
        contributions.sort_by(|a, b| {
            b.amount
                .cmp(&a.amount)
                .then_with(|| a.agency.cmp(&b.agency))
        });
        Pot { contributions }
    }

    pub fn contributions(&self) -> &[Contribution] {
        &self.contributions
    }

    /// Always the exact sum of the contributions: the pot has no amount of its own.
    pub fn total(&self) -> Pence {
        self.contributions.iter().map(|c| c.amount).sum()
    }

    /// Whole-number share of the pot, for "NHS: 25%".
    pub fn percent_of(&self, amount: Pence) -> u8 {
        let total = self.total().as_i64();
        if total <= 0 {
            return 0;
        }
        let pct = (amount.as_i64() as i128 * 100 + total as i128 / 2) / total as i128;
        u8::try_from(pct.clamp(0, 100)).unwrap_or(100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(agency: &str, pounds: i64) -> Contribution {
        Contribution {
            agency: agency.into(),
            amount: Pence::from_pounds(pounds),
        }
    }

    #[test]
    fn the_pot_is_the_sum_of_what_each_agency_put_in() {
        let pot = Pot::new(vec![
            c("NHS", 25_000),
            c("Council", 60_000),
            c("Police", 10_000),
        ]);
        assert_eq!(pot.total(), Pence::from_pounds(95_000));
        assert_eq!(pot.contributions()[0].agency, "Council");
        assert_eq!(pot.percent_of(Pence::from_pounds(25_000)), 26);
    }

    #[test]
    fn an_empty_pot_is_zero() {
        assert_eq!(Pot::default().total(), Pence::ZERO);
        assert_eq!(Pot::default().percent_of(Pence::from_pounds(1)), 0);
    }
}
