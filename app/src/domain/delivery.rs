//! Delivery of funded proposals after the decision: where each stands, and the rules
//! for an officer's update.

use super::message::Message;
use super::money::{money_problem, Pence};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DeliveryStatus {
    Planned,
    InProgress,
    Delivered,
    Cancelled,
}

/// Equal to the word it is stored and published as (`as_str`).
impl PartialEq<&str> for DeliveryStatus {
    fn eq(&self, word: &&str) -> bool {
        self.as_str() == *word
    }
}

impl DeliveryStatus {
    pub const ALL: [DeliveryStatus; 4] = [
        DeliveryStatus::Planned,
        DeliveryStatus::InProgress,
        DeliveryStatus::Delivered,
        DeliveryStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Planned => "planned",
            DeliveryStatus::InProgress => "in_progress",
            DeliveryStatus::Delivered => "delivered",
            DeliveryStatus::Cancelled => "cancelled",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DeliveryStatus::Planned => "Planned",
            DeliveryStatus::InProgress => "In progress",
            DeliveryStatus::Delivered => "Delivered",
            DeliveryStatus::Cancelled => "Cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<DeliveryStatus> {
        DeliveryStatus::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// An officer's update, read from the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    pub status: DeliveryStatus,
    pub on: chrono::NaiveDate,
    pub spend: Pence,
    pub note: String,
}

pub const NOTE_LIMIT: usize = 2_000;

/// Reads an update, or names (field, message) every problem. `funded` is what the
/// decision gave the proposal: spending can never be reported above it.
pub fn read_update(
    status: &str,
    on: &str,
    spend: &str,
    note: &str,
    funded: Pence,
) -> Result<Update, Vec<(&'static str, Message)>> {
    let mut problems = Vec::new();
    let status = DeliveryStatus::parse(status);
    if status.is_none() {
        problems.push(("status", Message::new("update.problem.status")));
    }
    let on = chrono::NaiveDate::parse_from_str(on.trim(), "%Y-%m-%d").ok();
    if on.is_none() {
        problems.push(("on", Message::new("update.problem.date")));
    }
    let spend = if spend.trim().is_empty() {
        Some(Pence::ZERO)
    } else {
        match Pence::parse(spend) {
            Ok(p) if p > funded => {
                problems.push((
                    "spend",
                    Message::new("update.problem.over_funding").with("funded", funded),
                ));
                None
            }
            Ok(p) => Some(p),
            Err(e) => {
                problems.push(("spend", money_problem(e)));
                None
            }
        }
    };
    let note = note.trim();
    if note.is_empty() {
        problems.push((
            "note",
            Message::new(if status == Some(DeliveryStatus::Cancelled) {
                "update.problem.cancel_reason"
            } else {
                "update.problem.note_empty"
            }),
        ));
    } else if note.chars().count() > NOTE_LIMIT {
        problems.push((
            "note",
            Message::new("update.problem.note_long").with("limit", NOTE_LIMIT),
        ));
    }
    match (status, on, spend) {
        (Some(status), Some(on), Some(spend)) if problems.is_empty() => Ok(Update {
            status,
            on,
            spend,
            note: note.to_owned(),
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cancellation_needs_its_reason_and_spend_stays_within_the_funding() {
        let problems = read_update(
            "cancelled",
            "2027-03-01",
            "£6,000",
            " ",
            Pence::from_pounds(5_000),
        )
        .unwrap_err();
        let english: Vec<(&str, String)> = problems
            .iter()
            .map(|(f, m)| (*f, crate::i18n::text_with("en", &m.key, &m.args)))
            .collect();
        assert_eq!(
            english,
            vec![
                (
                    "spend",
                    "Spend so far cannot be more than the £5,000 the decision gave it".to_owned()
                ),
                ("note", "Give the public reason it was cancelled".to_owned()),
            ]
        );
    }

    #[test]
    fn a_good_update_is_read_with_blank_spend_as_nothing() {
        let u = read_update(
            "in_progress",
            "2027-03-01",
            "",
            "Builders on site",
            Pence::from_pounds(5_000),
        )
        .unwrap();
        assert_eq!(u.status, DeliveryStatus::InProgress);
        assert_eq!(u.spend, Pence::ZERO);
    }

    #[test]
    fn nonsense_is_refused_field_by_field() {
        let problems =
            read_update("done", "next week", "lots", "x", Pence::from_pounds(1)).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.0).collect();
        assert_eq!(fields, vec!["status", "on", "spend"]);
    }
}
