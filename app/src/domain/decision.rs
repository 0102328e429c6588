//! The budget decision as published: its lines and the content hash printed beside it,
//! so anyone holding a copy (or the open data) can tell it is the one on the record.

use super::money::Pence;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One proposal's line in a decision: how much it gets (zero = not funded), which
/// agencies pay it, and the public reason where the decision departs from the count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionLine {
    pub proposal_id: i32,
    pub amount: Pence,
    /// (agency name, amount it pays).
    pub paid_by: Vec<(String, Pence)>,
    pub reason: Option<String>,
}

/// Everything a published decision says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionText {
    pub round_id: i32,
    pub summary: String,
    /// The decision this one amends, if it is an amendment.
    pub amends: Option<i32>,
    pub amendment_reason: Option<String>,
    pub lines: Vec<DecisionLine>,
}

/// SHA-256 over a canonical text of the decision, as lowercase hex. Every text field is
/// written with its length first, so no text can be shifted from one field to another
/// without changing the hash; lines and payments are sorted so entry order does not
/// matter.
pub fn content_hash(d: &DecisionText) -> String {
    let mut h = Sha256::new();
    let mut text = |label: &str, value: &str| {
        h.update(format!("{label}:{}:", value.len()));
        h.update(value.as_bytes());
        h.update(b"\n");
    };
    text("commonpot-decision", "v2");
    text("round", &d.round_id.to_string());
    text("summary", &d.summary);
    text(
        "amends",
        &d.amends.map(|a| a.to_string()).unwrap_or_default(),
    );
    text(
        "amendment-reason",
        d.amendment_reason.as_deref().unwrap_or(""),
    );
    let mut lines: Vec<&DecisionLine> = d.lines.iter().collect();
    lines.sort_by_key(|l| l.proposal_id);
    for l in lines {
        text("line", &l.proposal_id.to_string());
        text("amount", &l.amount.as_i64().to_string());
        text("reason", l.reason.as_deref().unwrap_or(""));
        let mut paid: Vec<&(String, Pence)> = l.paid_by.iter().collect();
        paid.sort();
        for (agency, amount) in paid {
            text("agency", agency);
            text("pays", &amount.as_i64().to_string());
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: i32, pounds: i64) -> DecisionLine {
        DecisionLine {
            proposal_id: id,
            amount: Pence::from_pounds(pounds),
            paid_by: vec![("Council".into(), Pence::from_pounds(pounds))],
            reason: None,
        }
    }

    fn text(lines: Vec<DecisionLine>) -> DecisionText {
        DecisionText {
            round_id: 1,
            summary: "Funded".into(),
            amends: None,
            amendment_reason: None,
            lines,
        }
    }

    #[test]
    fn the_hash_changes_when_any_amount_changes_but_not_with_line_order() {
        let a = content_hash(&text(vec![line(1, 100), line(2, 200)]));
        let b = content_hash(&text(vec![line(2, 200), line(1, 100)]));
        let c = content_hash(&text(vec![line(1, 100), line(2, 201)]));
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.len(), 64);
    }

    #[test]
    fn text_cannot_be_shifted_between_fields_without_changing_the_hash() {
        let mut x = line(1, 1);
        x.reason = Some("ab".into());
        x.paid_by = vec![("c".into(), Pence::from_pounds(1))];
        let mut y = line(1, 1);
        y.reason = Some("a".into());
        y.paid_by = vec![("bc".into(), Pence::from_pounds(1))];
        assert_ne!(content_hash(&text(vec![x])), content_hash(&text(vec![y])));
    }

    #[test]
    fn an_amendment_and_its_reason_are_part_of_what_is_hashed() {
        let first = text(vec![line(1, 100)]);
        let mut amended = first.clone();
        amended.amends = Some(4);
        amended.amendment_reason = Some("A typing error".into());
        assert_ne!(content_hash(&first), content_hash(&amended));
        let mut reworded = amended.clone();
        reworded.amendment_reason = Some("A typing mistake".into());
        assert_ne!(content_hash(&amended), content_hash(&reworded));
    }
}
