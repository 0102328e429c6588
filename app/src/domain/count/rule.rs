//! `CountRule`: which rule turns ballots into a funded set, and the options a rule takes.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The count rules Commonpot offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CountRule {
    /// Most votes (or points) first, skipping what no longer fits — what most councils do.
    Greedy,
    /// The Method of Equal Shares with the pot split equally, without completion.
    Mes,
    /// Equal shares completed as the cities ran it (equalshares.net "add1"), then greedy fill.
    MesComplete,
}

impl CountRule {
    pub const ALL: [CountRule; 3] = [CountRule::Greedy, CountRule::Mes, CountRule::MesComplete];

    pub fn as_str(self) -> &'static str {
        match self {
            CountRule::Greedy => "greedy",
            CountRule::Mes => "mes",
            CountRule::MesComplete => "mes-complete",
        }
    }
}

impl std::fmt::Display for CountRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[error("unknown count rule {0:?}: expected greedy, mes or mes-complete")]
pub struct UnknownRule(pub String);

impl std::str::FromStr for CountRule {
    type Err = UnknownRule;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CountRule::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownRule(s.to_string()))
    }
}

/// Options of the count rules. The default is the plain rule, as pabutools computes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountOptions {
    /// Greedy only: projects whose score (votes or points) is below this are not eligible
    /// (pabulib `min_project_score_threshold`, rule `greedy-threshold`).
    pub min_project_score_threshold: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_round_trip_through_text() {
        for rule in CountRule::ALL {
            assert_eq!(rule.as_str().parse::<CountRule>(), Ok(rule));
        }
        assert!("equal-shares".parse::<CountRule>().is_err());
    }

    #[test]
    fn rules_serialise_as_their_cli_names() {
        assert_eq!(
            serde_json::to_string(&CountRule::MesComplete)
                .ok()
                .as_deref(),
            Some("\"mes-complete\"")
        );
    }
}
