//! The draft decision as the councillor typed it. The typed text is what is kept
//! between visits, so a draft with a mistake is never lost; it is read into amounts
//! only when checked, and each unreadable amount is named by its field.

use super::decision_draft::DraftLine;
use super::money::Pence;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One proposal's line, as typed: pounds, the public reason, and what each agency pays
/// (keyed by agency id).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypedLine {
    #[serde(default)]
    pub amount: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub pay: BTreeMap<String, String>,
}

/// The whole draft as typed, keyed by proposal id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypedDraft {
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub amendment_reason: String,
    #[serde(default)]
    pub lines: BTreeMap<String, TypedLine>,
}

/// An amount as a person would type it back: "30000" or "30000.50"; nothing for zero.
fn typed(p: Pence) -> String {
    let pence = p.as_i64();
    match (pence / 100, pence % 100) {
        (0, 0) => String::new(),
        (pounds, 0) => pounds.to_string(),
        (pounds, rest) => format!("{pounds}.{rest:02}"),
    }
}

impl TypedDraft {
    pub fn from_lines(summary: &str, lines: &[DraftLine]) -> TypedDraft {
        TypedDraft {
            summary: summary.to_owned(),
            amendment_reason: String::new(),
            lines: lines
                .iter()
                .map(|l| {
                    (
                        l.proposal_id.to_string(),
                        TypedLine {
                            amount: if l.amount == Pence::ZERO {
                                "0".into()
                            } else {
                                typed(l.amount)
                            },
                            reason: l.reason.clone(),
                            pay: l
                                .paid_by
                                .iter()
                                .filter(|(_, p)| **p > Pence::ZERO)
                                .map(|(a, p)| (a.to_string(), typed(*p)))
                                .collect(),
                        },
                    )
                })
                .collect(),
        }
    }

    /// The lines as amounts, or (field id, message) for each amount that cannot be
    /// read, naming the proposal and agency by `title` and `agency`. A blank amount
    /// means £0.
    pub fn read(
        &self,
        title: impl Fn(i32) -> String,
        agency: impl Fn(i32) -> String,
    ) -> Result<Vec<DraftLine>, Vec<(String, String)>> {
        let mut lines = Vec::new();
        let mut errors = Vec::new();
        let mut amount = |text: &str, field: String, what: String| -> Pence {
            let text = text.trim();
            if text.is_empty() {
                return Pence::ZERO;
            }
            Pence::parse(text).unwrap_or_else(|e| {
                errors.push((field, format!("{what}: {e}")));
                Pence::ZERO
            })
        };
        for (key, typed) in &self.lines {
            let Ok(proposal_id) = key.parse::<i32>() else {
                continue;
            };
            let mut line = DraftLine {
                proposal_id,
                amount: amount(
                    &typed.amount,
                    format!("amount-{proposal_id}"),
                    format!("The amount for \"{}\"", title(proposal_id)),
                ),
                paid_by: BTreeMap::new(),
                reason: typed.reason.trim().to_owned(),
            };
            for (agency_key, text) in &typed.pay {
                let Ok(agency_id) = agency_key.parse::<i32>() else {
                    continue;
                };
                let paid = amount(
                    text,
                    format!("pay-{proposal_id}-{agency_id}"),
                    format!(
                        "What {} pays for \"{}\"",
                        agency(agency_id),
                        title(proposal_id)
                    ),
                );
                if paid != Pence::ZERO {
                    line.paid_by.insert(agency_id, paid);
                }
            }
            lines.push(line);
        }
        if errors.is_empty() {
            Ok(lines)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(id: i32) -> String {
        format!("#{id}")
    }

    #[test]
    fn a_draft_reads_back_the_amounts_it_was_made_from() {
        let lines = vec![DraftLine {
            proposal_id: 3,
            amount: Pence::new(1_250_050),
            paid_by: [(1, Pence::new(1_000_000)), (2, Pence::new(250_050))]
                .into_iter()
                .collect(),
            reason: "Half the kit is donated".into(),
        }];
        let typed = TypedDraft::from_lines("Funded", &lines);
        assert_eq!(typed.lines["3"].amount, "12500.50");
        assert_eq!(typed.read(names, names), Ok(lines));
    }

    #[test]
    fn blank_means_nothing_and_an_unreadable_amount_is_named_by_its_field() {
        let mut typed = TypedDraft::default();
        typed.lines.insert(
            "4".into(),
            TypedLine {
                amount: "".into(),
                reason: " ".into(),
                pay: [("1".into(), "lots".into())].into_iter().collect(),
            },
        );
        let errors = typed.read(names, names).unwrap_err();
        assert_eq!(
            errors,
            vec![(
                "pay-4-1".to_owned(),
                "What #1 pays for \"#4\": Enter an amount in pounds and pence, like £1,250.50"
                    .to_owned()
            )]
        );
        typed.lines.get_mut("4").unwrap().pay.clear();
        let lines = typed.read(names, names).unwrap();
        assert_eq!(lines[0].amount, Pence::ZERO);
        assert_eq!(lines[0].reason, "");
    }
}
