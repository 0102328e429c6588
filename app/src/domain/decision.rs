//! The budget decision as published: its lines and the content hash printed beside it,
//! so anyone holding a copy can tell it is the one on the public record.

use super::money::Pence;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One proposal's line in a decision: how much it gets (zero = not funded), from which
/// agency, and the public reason where the decision departs from the count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionLine {
    pub proposal_id: i32,
    pub amount: Pence,
    pub agency: Option<String>,
    pub reason: Option<String>,
}

/// SHA-256 over a canonical text of everything the decision says, as lowercase hex.
/// Lines are sorted by proposal so the order they were entered in does not matter.
pub fn content_hash(round_id: i32, summary: &str, lines: &[DecisionLine]) -> String {
    let mut sorted: Vec<&DecisionLine> = lines.iter().collect();
    sorted.sort_by_key(|l| l.proposal_id);
    let mut hasher = Sha256::new();
    hasher.update(format!(
        "commonpot-decision-v1\nround:{round_id}\nsummary:{}\n",
        summary.len()
    ));
    hasher.update(summary.as_bytes());
    for l in sorted {
        hasher.update(format!(
            "\nline:{}:{}:{}:{}",
            l.proposal_id,
            l.amount.as_i64(),
            l.agency.as_deref().unwrap_or("").len(),
            l.reason.as_deref().unwrap_or("").len()
        ));
        hasher.update(l.agency.as_deref().unwrap_or("").as_bytes());
        hasher.update(l.reason.as_deref().unwrap_or("").as_bytes());
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: i32, pounds: i64) -> DecisionLine {
        DecisionLine {
            proposal_id: id,
            amount: Pence::from_pounds(pounds),
            agency: None,
            reason: None,
        }
    }

    #[test]
    fn the_hash_changes_when_any_amount_changes_but_not_with_line_order() {
        let a = content_hash(1, "Funded", &[line(1, 100), line(2, 200)]);
        let b = content_hash(1, "Funded", &[line(2, 200), line(1, 100)]);
        let c = content_hash(1, "Funded", &[line(1, 100), line(2, 201)]);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.len(), 64);
    }

    #[test]
    fn text_cannot_be_shifted_between_fields_without_changing_the_hash() {
        let mut x = line(1, 1);
        x.reason = Some("ab".into());
        let mut y = line(1, 1);
        y.agency = Some("a".into());
        y.reason = Some("b".into());
        assert_ne!(content_hash(1, "", &[x]), content_hash(1, "", &[y]));
    }
}
