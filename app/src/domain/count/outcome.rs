//! `Outcome`: the funded set in selection order, with the reason each project was funded.

use serde::{Deserialize, Serialize};

use super::election::Election;
use super::rule::CountRule;

/// Why a project was funded. Numbers here explain the result; they never decide it (the rules
/// decide with exact integer and fraction arithmetic), so floats are fine for display.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Why {
    /// Greedy: the project's score — approvals, total points, or positional points.
    Score { score: i64 },
    /// Equal shares: its supporters could pay for it with their shares at this price.
    EqualShares {
        /// Minor units each supporter paid (per point, for points ballots), at most their share.
        price_per_supporter: f64,
        /// cost ÷ price: how many full-paying supporters the project was worth (equalshares.net's
        /// "effective vote count"); it falls below the vote count when supporters ran short.
        effective_votes: f64,
        /// Voters who support it.
        supporters: u64,
    },
    /// Funded by the greedy fill after equal shares, from the money left over.
    Completion { score: i64 },
}

/// One funded project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Selection {
    /// Index into the election's projects.
    pub project: usize,
    pub why: Why,
}

/// The result of a count rule on an election.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub rule: CountRule,
    /// Funded projects in the order the rule chose them.
    pub selected: Vec<Selection>,
    /// Sum of the funded costs, in minor units.
    pub total_cost: u128,
    /// MES-complete: the per-voter budget (minor units) of the equal-shares run that was kept.
    pub per_voter_budget: Option<f64>,
    /// MES-complete: how many equal-shares runs it took (budgets that cannot change the outcome
    /// are skipped, so this is far fewer than the units added).
    pub mes_runs: Option<u64>,
}

impl Outcome {
    /// The funded project indices, in selection order.
    pub fn projects(&self) -> Vec<usize> {
        self.selected.iter().map(|s| s.project).collect()
    }

    /// The short report the CLI prints.
    pub fn report(&self, election: &Election) -> CountReport {
        let ids = self
            .selected
            .iter()
            .map(|s| election.projects()[s.project].id.clone());
        CountReport {
            rule: self.rule,
            selected: ids.collect(),
            total_cost: self.total_cost,
            unit: election.unit(),
        }
    }
}

/// What `commonpot count` prints: `{"rule": "...", "selected": ["id", ...], "total_cost": N}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountReport {
    pub rule: CountRule,
    /// Project ids in selection order.
    pub selected: Vec<String>,
    /// Total cost in minor units.
    pub total_cost: u128,
    /// Minor units per currency unit: `total_cost` is printed in currency units.
    pub unit: u64,
}

impl Serialize for CountReport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("CountReport", 3)?;
        s.serialize_field("rule", &self.rule)?;
        s.serialize_field("selected", &self.selected)?;
        let unit = u128::from(self.unit.max(1));
        if self.total_cost.is_multiple_of(unit) {
            s.serialize_field("total_cost", &(self.total_cost / unit))?;
        } else {
            // Display only: a decimal amount such as 740793.05 prints exactly as a float.
            s.serialize_field("total_cost", &(self.total_cost as f64 / unit as f64))?;
        }
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_serialises_to_exactly_the_cli_shape() {
        let report = CountReport {
            rule: CountRule::MesComplete,
            selected: vec!["10".into(), "9".into()],
            total_cost: 1250,
            unit: 1,
        };
        let json = serde_json::to_string(&report).ok();
        assert_eq!(
            json.as_deref(),
            Some(r#"{"rule":"mes-complete","selected":["10","9"],"total_cost":1250}"#)
        );
    }

    #[test]
    fn a_report_in_pence_prints_pounds() {
        let report = CountReport {
            rule: CountRule::Greedy,
            selected: vec![],
            total_cost: 125050,
            unit: 100,
        };
        let json = serde_json::to_string(&report).ok();
        assert_eq!(
            json.as_deref(),
            Some(r#"{"rule":"greedy","selected":[],"total_cost":1250.5}"#)
        );
    }
}
