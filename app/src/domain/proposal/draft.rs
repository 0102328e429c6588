//! What a proposer types, checked: every problem found at once, each with the message
//! shown beside its field.

use crate::domain::money::{MoneyError, Pence};
use crate::domain::priority_area::PriorityArea;

pub const TITLE_MAX: usize = 120;
pub const SUMMARY_MAX: usize = 300;
pub const BODY_MAX: usize = 5_000;
pub const LOCATION_MAX: usize = 200;
/// Officers' reasons, feedback and notes.
pub const NOTE_MAX: usize = 2_000;

/// The form's fields as typed.
#[derive(Debug, Clone, Default)]
pub struct RawDraft<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub body: &'a str,
    pub cost: &'a str,
    pub area: &'a str,
    /// An agency id, or empty for "none in particular".
    pub agency: &'a str,
    pub location: &'a str,
}

/// A proposal's text that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub cost: Pence,
    pub area: PriorityArea,
    pub agency_id: Option<i32>,
    pub location: Option<String>,
}

/// One field's problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    pub message: String,
}

impl Problem {
    pub fn new(field: &'static str, message: impl Into<String>) -> Problem {
        Problem {
            field,
            message: message.into(),
        }
    }
}

/// Collapses runs of spaces and line breaks: titles and summaries are one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Keeps paragraphs (blank lines) but not Windows line endings or stray edges.
fn paragraphs(s: &str) -> String {
    s.replace("\r\n", "\n").trim().to_owned()
}

fn required(
    problems: &mut Vec<Problem>,
    field: &'static str,
    value: &str,
    max: usize,
    empty: &str,
    what: &str,
) {
    let n = value.chars().count();
    if n == 0 {
        problems.push(Problem::new(field, empty));
    } else if n > max {
        problems.push(Problem::new(
            field,
            format!("{what} must be {max} characters or fewer (it is {n})"),
        ));
    }
}

/// A cost a round can pay for: more than nothing and no more than its pot.
pub fn check_cost(typed: &str, pot: Pence) -> Result<Pence, String> {
    let cost = Pence::parse(typed).map_err(|e| match e {
        MoneyError::Empty => "Enter the cost in pounds, like £2,500".to_owned(),
        other => other.to_string(),
    })?;
    if cost <= Pence::ZERO {
        return Err("The cost must be more than £0".to_owned());
    }
    if cost > pot {
        return Err(format!(
            "The cost must be no more than the whole pot, {pot}"
        ));
    }
    Ok(cost)
}

/// An officer's reason or note: required, and not a essay.
pub fn check_note(typed: &str, empty: &str) -> Result<String, String> {
    let note = paragraphs(typed);
    let n = note.chars().count();
    if n == 0 {
        Err(empty.to_owned())
    } else if n > NOTE_MAX {
        Err(format!(
            "Keep this to {NOTE_MAX} characters or fewer (it is {n})"
        ))
    } else {
        Ok(note)
    }
}

impl Draft {
    /// Checks every field against the round's pot and the agencies paying into it.
    pub fn parse(raw: &RawDraft<'_>, pot: Pence, agencies: &[i32]) -> Result<Draft, Vec<Problem>> {
        let mut problems = Vec::new();
        let title = one_line(raw.title);
        required(
            &mut problems,
            "title",
            &title,
            TITLE_MAX,
            "Enter a title for your proposal",
            "The title",
        );
        let summary = one_line(raw.summary);
        required(
            &mut problems,
            "summary",
            &summary,
            SUMMARY_MAX,
            "Enter a one-line summary of your proposal",
            "The summary",
        );
        let body = paragraphs(raw.body);
        required(
            &mut problems,
            "body",
            &body,
            BODY_MAX,
            "Describe your proposal: what it would do, for whom, and how",
            "The description",
        );
        let cost = check_cost(raw.cost, pot)
            .map_err(|m| problems.push(Problem::new("cost", m)))
            .ok();
        let area = if raw.area.trim().is_empty() {
            problems.push(Problem::new(
                "area",
                "Choose the priority area your proposal is for",
            ));
            None
        } else {
            PriorityArea::parse(raw.area.trim())
                .map_err(|e| problems.push(Problem::new("area", e.to_string())))
                .ok()
        };
        let agency_id = match raw.agency.trim() {
            "" => None,
            typed => match typed.parse::<i32>() {
                Ok(id) if agencies.contains(&id) => Some(id),
                _ => {
                    problems.push(Problem::new(
                        "agency",
                        "Choose one of the agencies paying into this round, or none",
                    ));
                    None
                }
            },
        };
        let location = one_line(raw.location);
        let n = location.chars().count();
        if n > LOCATION_MAX {
            problems.push(Problem::new(
                "location",
                format!("The place must be {LOCATION_MAX} characters or fewer (it is {n})"),
            ));
        }
        match (cost, area) {
            (Some(cost), Some(area)) if problems.is_empty() => Ok(Draft {
                title,
                summary,
                body,
                cost,
                area,
                agency_id,
                location: (!location.is_empty()).then_some(location),
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POT: Pence = Pence::from_pounds(100_000);

    fn good() -> RawDraft<'static> {
        RawDraft {
            title: "  Benches on the   Capstone path ",
            summary: "Six benches so older people can rest on the climb.",
            body: "Six oak benches.\r\n\r\nPlaced every 100 metres.",
            cost: "£4,800.50",
            area: "older-people-and-care",
            agency: "2",
            location: "",
        }
    }

    fn fields(raw: &RawDraft<'_>) -> Vec<(&'static str, String)> {
        Draft::parse(raw, POT, &[1, 2])
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|p| (p.field, p.message))
            .collect()
    }

    #[test]
    fn a_complete_proposal_is_tidied_and_accepted() {
        let d = Draft::parse(&good(), POT, &[1, 2]).expect("valid");
        assert_eq!(d.title, "Benches on the Capstone path");
        assert_eq!(d.body, "Six oak benches.\n\nPlaced every 100 metres.");
        assert_eq!(d.cost, Pence::new(480_050));
        assert_eq!(d.agency_id, Some(2));
        assert_eq!(d.location, None);
    }

    #[test]
    fn an_empty_form_names_every_missing_field_in_page_order() {
        let got = fields(&RawDraft::default());
        let names: Vec<_> = got.iter().map(|(f, _)| *f).collect();
        assert_eq!(names, ["title", "summary", "body", "cost", "area"]);
        assert_eq!(got[0].1, "Enter a title for your proposal");
        assert_eq!(got[3].1, "Enter the cost in pounds, like £2,500");
    }

    #[test]
    fn a_cost_must_be_above_zero_and_within_the_pot() {
        let zero = fields(&RawDraft {
            cost: "0",
            ..good()
        });
        assert_eq!(zero, [("cost", "The cost must be more than £0".to_owned())]);
        let over = fields(&RawDraft {
            cost: "100000.01",
            ..good()
        });
        assert_eq!(
            over,
            [(
                "cost",
                "The cost must be no more than the whole pot, £100,000".to_owned()
            )]
        );
        assert!(fields(&RawDraft {
            cost: "100000",
            ..good()
        })
        .is_empty());
        let words = fields(&RawDraft {
            cost: "five grand",
            ..good()
        });
        assert_eq!(
            words[0].1,
            "Enter an amount in pounds and pence, like £1,250.50"
        );
    }

    #[test]
    fn over_long_text_says_how_long_it_is() {
        let long = "x".repeat(TITLE_MAX + 1);
        let got = fields(&RawDraft {
            title: &long,
            ..good()
        });
        assert_eq!(
            got,
            [(
                "title",
                "The title must be 120 characters or fewer (it is 121)".to_owned()
            )]
        );
        // Characters, not bytes: 120 Welsh ŵ are fine.
        let welsh = "ŵ".repeat(TITLE_MAX);
        assert!(fields(&RawDraft {
            title: &welsh,
            ..good()
        })
        .is_empty());
    }

    #[test]
    fn an_agency_outside_the_round_or_an_unknown_area_is_refused() {
        let got = fields(&RawDraft {
            agency: "9",
            area: "parties",
            ..good()
        });
        let names: Vec<_> = got.iter().map(|(f, _)| *f).collect();
        assert_eq!(names, ["area", "agency"]);
    }

    #[test]
    fn notes_are_required_and_bounded() {
        assert_eq!(check_note("  ", "Say why"), Err("Say why".to_owned()));
        assert!(check_note(&"n".repeat(NOTE_MAX + 1), "Say why").is_err());
        assert_eq!(
            check_note(" Quote came in.\r\n", "Say why"),
            Ok("Quote came in.".to_owned())
        );
    }
}
