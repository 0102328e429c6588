//! What a proposer types, checked: every problem found at once, each with the message
//! shown beside its field.

use crate::domain::message::Message;
use crate::domain::money::{money_problem, MoneyError, Pence};
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
    /// The language the text above is written in ("en", "cy"); empty for English.
    pub language: &'a str,
    /// The same text in the other language, each part optional.
    pub other_title: &'a str,
    pub other_summary: &'a str,
    pub other_body: &'a str,
}

/// The languages a proposal may be written in (the council works in both in Wales).
pub const WRITTEN_IN: [&str; 2] = ["en", "cy"];

/// A proposal's text in its other language: any part may be left out, and is then read
/// in the language it was written in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OtherLanguage {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub body: Option<String>,
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
    /// The language of the text above: one of [`WRITTEN_IN`].
    pub language: &'static str,
    pub other: OtherLanguage,
}

/// One field's problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    pub message: Message,
}

impl Problem {
    pub fn new(field: &'static str, message: Message) -> Problem {
        Problem { field, message }
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

/// A field that must be filled in, up to `max` characters: `propose.problem.<field>.empty`
/// and `….long` say what is wrong.
fn required(problems: &mut Vec<Problem>, field: &'static str, value: &str, max: usize) {
    let n = value.chars().count();
    if n == 0 {
        problems.push(Problem::new(
            field,
            Message::new(format!("propose.problem.{field}.empty")),
        ));
    } else if n > max {
        problems.push(Problem::new(
            field,
            Message::new(format!("propose.problem.{field}.long"))
                .with("max", max)
                .with("n", n),
        ));
    }
}

/// An optional translation of a field: up to `max` characters, said with the key of the
/// field it translates (`propose.problem.title.long` for `other_title`).
fn optional(
    problems: &mut Vec<Problem>,
    field: &'static str,
    value: String,
    max: usize,
) -> Option<String> {
    let n = value.chars().count();
    if n > max {
        let base = field.trim_start_matches("other_");
        problems.push(Problem::new(
            field,
            Message::new(format!("propose.problem.{base}.long"))
                .with("max", max)
                .with("n", n),
        ));
    }
    (n > 0).then_some(value)
}

/// A cost a round can pay for: more than nothing and no more than its pot.
pub fn check_cost(typed: &str, pot: Pence) -> Result<Pence, Message> {
    let cost = Pence::parse(typed).map_err(|e| match e {
        MoneyError::Empty => Message::new("propose.problem.cost.empty"),
        other => money_problem(other),
    })?;
    if cost <= Pence::ZERO {
        return Err(Message::new("propose.problem.cost.zero"));
    }
    if cost > pot {
        return Err(Message::new("propose.problem.cost.over_pot").with("pot", pot));
    }
    Ok(cost)
}

/// An officer's reason or note: required (`empty` says what to write), and not an essay.
pub fn check_note(typed: &str, empty: &str) -> Result<String, Message> {
    let note = paragraphs(typed);
    let n = note.chars().count();
    if n == 0 {
        Err(Message::new(empty))
    } else if n > NOTE_MAX {
        Err(Message::new("note.long").with("max", NOTE_MAX).with("n", n))
    } else {
        Ok(note)
    }
}

impl Draft {
    /// Checks every field against the round's pot and the agencies paying into it.
    pub fn parse(raw: &RawDraft<'_>, pot: Pence, agencies: &[i32]) -> Result<Draft, Vec<Problem>> {
        let mut problems = Vec::new();
        let title = one_line(raw.title);
        required(&mut problems, "title", &title, TITLE_MAX);
        let summary = one_line(raw.summary);
        required(&mut problems, "summary", &summary, SUMMARY_MAX);
        let body = paragraphs(raw.body);
        required(&mut problems, "body", &body, BODY_MAX);
        let cost = check_cost(raw.cost, pot)
            .map_err(|m| problems.push(Problem::new("cost", m)))
            .ok();
        let area = if raw.area.trim().is_empty() {
            problems.push(Problem::new(
                "area",
                Message::new("propose.problem.area.empty"),
            ));
            None
        } else {
            PriorityArea::parse(raw.area.trim())
                .map_err(|_| {
                    problems.push(Problem::new(
                        "area",
                        Message::new("propose.problem.area.unknown"),
                    ))
                })
                .ok()
        };
        let agency_id = match raw.agency.trim() {
            "" => None,
            typed => match typed.parse::<i32>() {
                Ok(id) if agencies.contains(&id) => Some(id),
                _ => {
                    problems.push(Problem::new(
                        "agency",
                        Message::new("propose.problem.agency.unknown"),
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
                Message::new("propose.problem.location.long")
                    .with("max", LOCATION_MAX)
                    .with("n", n),
            ));
        }
        let language = match raw.language.trim() {
            "" => Some(WRITTEN_IN[0]),
            typed => {
                let found = WRITTEN_IN.iter().copied().find(|l| *l == typed);
                if found.is_none() {
                    problems.push(Problem::new(
                        "language",
                        Message::new("propose.problem.language"),
                    ));
                }
                found
            }
        };
        let other = OtherLanguage {
            title: optional(
                &mut problems,
                "other_title",
                one_line(raw.other_title),
                TITLE_MAX,
            ),
            summary: optional(
                &mut problems,
                "other_summary",
                one_line(raw.other_summary),
                SUMMARY_MAX,
            ),
            body: optional(
                &mut problems,
                "other_body",
                paragraphs(raw.other_body),
                BODY_MAX,
            ),
        };
        match (cost, area, language) {
            (Some(cost), Some(area), Some(language)) if problems.is_empty() => Ok(Draft {
                title,
                summary,
                body,
                cost,
                area,
                agency_id,
                location: (!location.is_empty()).then_some(location),
                language,
                other,
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
            ..Default::default()
        }
    }

    fn fields(raw: &RawDraft<'_>) -> Vec<(&'static str, String)> {
        Draft::parse(raw, POT, &[1, 2])
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|p| (p.field, english(&p.message)))
            .collect()
    }

    /// The words an English reader sees.
    fn english(m: &Message) -> String {
        use crate::i18n::{text_with, DEFAULT};
        text_with(DEFAULT, &m.key, &m.args)
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
        assert_eq!(
            check_note("  ", "review.problem.changes"),
            Err(Message::new("review.problem.changes"))
        );
        assert_eq!(
            english(&check_note(&"n".repeat(NOTE_MAX + 1), "x").unwrap_err()),
            "Keep this to 2000 characters or fewer (it is 2001)"
        );
        assert_eq!(
            check_note(" Quote came in.\r\n", "review.problem.changes"),
            Ok("Quote came in.".to_owned())
        );
    }
}

/// The text a reader sees: the one written in their language, else the one written
/// (a part left out of the translation is read in the original).
pub fn in_language<'a>(
    reader: &str,
    written_in: &str,
    original: &'a str,
    other: Option<&'a str>,
) -> &'a str {
    match other.filter(|o| !o.trim().is_empty()) {
        Some(translated) if reader != written_in => translated,
        _ => original,
    }
}

#[cfg(test)]
mod language_tests {
    use super::*;

    fn raw() -> RawDraft<'static> {
        RawDraft {
            title: "Meinciau'r farchnad",
            summary: "Chwe mainc o gwmpas y farchnad.",
            body: "Meinciau cadarn.",
            cost: "£4,800",
            area: "older-people-and-care",
            language: "cy",
            other_title: "Market benches",
            ..Default::default()
        }
    }

    #[test]
    fn a_proposal_may_be_written_in_welsh_with_part_of_it_in_english() {
        let d = Draft::parse(&raw(), Pence::new(1_000_000), &[]).unwrap();
        assert_eq!(d.language, "cy");
        assert_eq!(d.other.title.as_deref(), Some("Market benches"));
        assert_eq!(d.other.summary, None);
        // An English reader gets the English title and the Welsh summary.
        assert_eq!(
            in_language("en", d.language, &d.title, d.other.title.as_deref()),
            "Market benches"
        );
        assert_eq!(
            in_language("en", d.language, &d.summary, d.other.summary.as_deref()),
            "Chwe mainc o gwmpas y farchnad."
        );
        assert_eq!(
            in_language("cy", d.language, &d.title, d.other.title.as_deref()),
            "Meinciau'r farchnad"
        );
    }

    #[test]
    fn an_unknown_language_and_an_over_long_translation_are_refused_by_field() {
        let long = "x".repeat(TITLE_MAX + 1);
        let typed = RawDraft {
            language: "fr",
            other_title: &long,
            ..raw()
        };
        let problems = Draft::parse(&typed, Pence::new(1_000_000), &[]).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
        assert_eq!(fields, ["language", "other_title"]);
        assert_eq!(problems[1].message.key, "propose.problem.title.long");
    }

    #[test]
    fn a_proposal_that_names_no_language_is_english() {
        let typed = RawDraft {
            language: "",
            ..raw()
        };
        assert_eq!(
            Draft::parse(&typed, Pence::new(1_000_000), &[])
                .unwrap()
                .language,
            "en"
        );
    }
}
