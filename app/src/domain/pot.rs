//! The pot of a round: one contribution per agency, and their sum.

use super::message::Message;
use super::money::{money_problem, MoneyError, Pence};
use super::priority_area::PriorityArea;
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

/// The kinds of public agency that pay into pots, as stored.
pub const AGENCY_KINDS: [&str; 6] = ["council", "nhs", "police", "fire", "housing", "other"];

/// One agency's share as an officer sets it: an amount above nothing, and the priority
/// areas its money is kept for (none: it may pay for any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub amount: Pence,
    pub ring_fence: Vec<PriorityArea>,
}

/// Reads an officer's amount and ticked priority areas. Problems come back by what they
/// concern: `"amount"` or `"fence"`.
pub fn read_share(amount: &str, fence: &[&str]) -> Result<Share, Vec<(&'static str, Message)>> {
    let mut problems = Vec::new();
    let amount = match Pence::parse(amount) {
        Ok(p) if p > Pence::ZERO => Some(p),
        Ok(_) => {
            problems.push(("amount", Message::new("pot_setup.problem.zero")));
            None
        }
        Err(MoneyError::Empty) => {
            problems.push(("amount", Message::new("pot_setup.problem.empty")));
            None
        }
        Err(e) => {
            problems.push(("amount", money_problem(e)));
            None
        }
    };
    let mut ring_fence = Vec::new();
    for slug in fence {
        match PriorityArea::parse(slug) {
            Ok(area) if !ring_fence.contains(&area) => ring_fence.push(area),
            Ok(_) => {}
            Err(_) => {
                problems.push(("fence", Message::new("pot_setup.problem.fence")));
                break;
            }
        }
    }
    // Kept in the list's order, so the same choice is always stored the same way.
    ring_fence.sort();
    match amount {
        Some(amount) if problems.is_empty() => Ok(Share { amount, ring_fence }),
        _ => Err(problems),
    }
}

/// A new agency's name: what residents will read on the pot's table.
pub fn read_agency_name(typed: &str) -> Result<String, Message> {
    let name = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    match name.chars().count() {
        0 => Err(Message::new("pot_setup.problem.agency_empty")),
        1 => Err(Message::new("pot_setup.problem.agency_short")),
        n if n > 120 => Err(Message::new("pot_setup.problem.agency_long")),
        _ => Ok(name),
    }
}

/// A pot smaller than a proposal still in the round could never fund it, so the pot
/// may not shrink below the dearest one (given as its title and cost).
pub fn check_covers(total: Pence, dearest: Option<(&str, Pence)>) -> Result<(), Message> {
    match dearest {
        Some((title, cost)) if cost > total => {
            Err(Message::new("pot_setup.problem.below_proposal")
                .with("total", total)
                .with("title", title)
                .with("cost", cost))
        }
        _ => Ok(()),
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

#[cfg(test)]
mod share_tests {
    use super::*;

    #[test]
    fn an_officer_sets_an_amount_and_the_areas_it_is_kept_for() {
        let share = read_share(
            "£25,000",
            &["older-people-and-care", "health-and-wellbeing"],
        )
        .unwrap();
        assert_eq!(share.amount, Pence::from_pounds(25_000));
        assert_eq!(
            share.ring_fence,
            vec![
                PriorityArea::HealthAndWellbeing,
                PriorityArea::OlderPeopleAndCare
            ]
        );
        assert!(read_share("10", &[]).unwrap().ring_fence.is_empty());
    }

    #[test]
    fn an_amount_must_be_more_than_nothing_and_areas_from_the_list() {
        let keys = |r: Result<Share, Vec<(&'static str, Message)>>| {
            r.unwrap_err()
                .into_iter()
                .map(|(f, m)| format!("{f}:{}", m.key))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            keys(read_share("", &[])),
            ["amount:pot_setup.problem.empty"]
        );
        assert_eq!(
            keys(read_share("0", &[])),
            ["amount:pot_setup.problem.zero"]
        );
        assert_eq!(keys(read_share("ten", &[])), ["amount:money.not_a_number"]);
        assert_eq!(
            keys(read_share("-5", &["parks"])),
            ["amount:money.negative", "fence:pot_setup.problem.fence"]
        );
    }

    #[test]
    fn an_agency_needs_a_readable_name() {
        assert_eq!(
            read_agency_name("  Ilfracombe   Town Council ").unwrap(),
            "Ilfracombe Town Council"
        );
        assert_eq!(
            read_agency_name(" ").unwrap_err().key,
            "pot_setup.problem.agency_empty"
        );
        assert_eq!(
            read_agency_name("x").unwrap_err().key,
            "pot_setup.problem.agency_short"
        );
        assert_eq!(
            read_agency_name(&"a".repeat(121)).unwrap_err().key,
            "pot_setup.problem.agency_long"
        );
    }

    #[test]
    fn the_pot_may_not_shrink_below_the_dearest_proposal_still_in_the_round() {
        let dearest = Some(("Harbour lights", Pence::from_pounds(8_000)));
        assert!(check_covers(Pence::from_pounds(8_000), dearest).is_ok());
        assert!(check_covers(Pence::from_pounds(1), None).is_ok());
        let refused = check_covers(Pence::from_pounds(7_999), dearest).unwrap_err();
        assert_eq!(refused.key, "pot_setup.problem.below_proposal");
        assert!(refused
            .args
            .contains(&("title", "Harbour lights".to_owned())));
    }
}
