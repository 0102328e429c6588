//! Help for residents, as people type it: a neighbourhood's contact details (set by its
//! officers) and a feedback message (sent by anyone). Every field but the message is
//! optional: a message keeps only what its sender chose to give.

use super::account::email::Email;
use super::message::Message;

pub type Problem = (&'static str, Message);

const LONGEST_PLACE: usize = 600;
const LONGEST_MESSAGE: usize = 3_000;
const LONGEST_NAME: usize = 100;
/// UK numbers have 10 or 11 digits, 13 with +44; short council lines have fewer.
const FEWEST_DIGITS: usize = 5;
const MOST_DIGITS: usize = 15;

/// What an officer typed for the neighbourhood's help page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedContact<'a> {
    pub email: &'a str,
    pub phone: &'a str,
    pub in_person: &'a str,
    pub in_person_cy: &'a str,
}

/// Contact details ready to be stored; a blank field is `None` (not offered).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub in_person: Option<String>,
    pub in_person_cy: Option<String>,
}

impl Contact {
    /// Residents are offered no way to reach anyone.
    pub fn is_empty(&self) -> bool {
        self.email.is_none()
            && self.phone.is_none()
            && self.in_person.is_none()
            && self.in_person_cy.is_none()
    }
}

/// What someone typed into the feedback form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedFeedback<'a> {
    pub message: &'a str,
    pub name: &'a str,
    pub email: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub message: String,
    pub name: Option<String>,
    pub email: Option<String>,
}

fn given(typed: &str) -> Option<String> {
    let trimmed = typed.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

fn too_long(field: &'static str, value: &Option<String>, most: usize) -> Option<Problem> {
    value
        .as_ref()
        .filter(|v| v.chars().count() > most)
        .map(|_| {
            (
                field,
                Message::new("help.problem.too_long").with("most", most),
            )
        })
}

fn email(field: &'static str, typed: &str, problems: &mut Vec<Problem>) -> Option<String> {
    let typed = given(typed)?;
    match Email::parse(&typed) {
        Ok(email) => Some(email.as_str().to_owned()),
        Err(_) => {
            problems.push((field, Message::new("help.problem.email")));
            None
        }
    }
}

/// A phone number as typed, if it is one: digits with spaces, brackets, dashes and a
/// leading `+`. Kept as typed (trimmed), since people read it, not machines.
fn phone(typed: &str, problems: &mut Vec<Problem>) -> Option<String> {
    let typed = given(typed)?;
    let digits = typed.chars().filter(char::is_ascii_digit).count();
    let allowed = typed.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '-') || (c == '+' && i == 0)
    });
    if !allowed || !(FEWEST_DIGITS..=MOST_DIGITS).contains(&digits) {
        problems.push(("phone", Message::new("help.problem.phone")));
        return None;
    }
    Some(typed)
}

pub fn read_contact(typed: &TypedContact<'_>) -> Result<Contact, Vec<Problem>> {
    let mut problems = Vec::new();
    let contact = Contact {
        email: email("email", typed.email, &mut problems),
        phone: phone(typed.phone, &mut problems),
        in_person: given(typed.in_person),
        in_person_cy: given(typed.in_person_cy),
    };
    problems.extend(too_long("in_person", &contact.in_person, LONGEST_PLACE));
    problems.extend(too_long(
        "in_person_cy",
        &contact.in_person_cy,
        LONGEST_PLACE,
    ));
    if problems.is_empty() {
        Ok(contact)
    } else {
        Err(problems)
    }
}

pub fn read_feedback(typed: &TypedFeedback<'_>) -> Result<Feedback, Vec<Problem>> {
    let mut problems = Vec::new();
    let message = given(typed.message);
    if message.is_none() {
        problems.push(("message", Message::new("help.problem.message")));
    }
    problems.extend(too_long("message", &message, LONGEST_MESSAGE));
    let name = given(typed.name);
    problems.extend(too_long("name", &name, LONGEST_NAME));
    let email = email("email", typed.email, &mut problems);
    match message {
        Some(message) if problems.is_empty() => Ok(Feedback {
            message,
            name,
            email,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(problems: &[Problem]) -> Vec<&'static str> {
        problems.iter().map(|(f, _)| *f).collect()
    }

    #[test]
    fn blank_contact_fields_are_not_offered() {
        let contact = read_contact(&TypedContact {
            email: "  ",
            ..Default::default()
        })
        .unwrap();
        assert!(contact.is_empty());
    }

    #[test]
    fn contact_details_are_kept_as_typed_but_trimmed() {
        let contact = read_contact(&TypedContact {
            email: " Help@NorthDevon.gov.uk ",
            phone: " +44 (0)1271 388 280 ",
            in_person: "Ilfracombe library, Tuesdays 10am to 12 noon",
            in_person_cy: "",
        })
        .unwrap();
        assert_eq!(contact.email.as_deref(), Some("help@northdevon.gov.uk"));
        assert_eq!(contact.phone.as_deref(), Some("+44 (0)1271 388 280"));
        assert_eq!(contact.in_person_cy, None);
    }

    #[test]
    fn a_wrong_phone_or_email_is_named() {
        for bad in ["call me", "12", "01271+388", "0".repeat(16).as_str()] {
            let problems = read_contact(&TypedContact {
                phone: bad,
                ..Default::default()
            })
            .unwrap_err();
            assert_eq!(fields(&problems), vec!["phone"], "{bad}");
        }
        let problems = read_contact(&TypedContact {
            email: "help at council",
            in_person: &"x".repeat(601),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(fields(&problems), vec!["email", "in_person"]);
    }

    #[test]
    fn feedback_needs_only_a_message() {
        let feedback = read_feedback(&TypedFeedback {
            message: "  The vote page was hard to read on my phone.  ",
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            feedback,
            Feedback {
                message: "The vote page was hard to read on my phone.".into(),
                name: None,
                email: None,
            }
        );
    }

    #[test]
    fn feedback_problems_are_each_named() {
        let problems = read_feedback(&TypedFeedback {
            message: " ",
            name: &"n".repeat(101),
            email: "nobody@",
        })
        .unwrap_err();
        assert_eq!(fields(&problems), vec!["message", "name", "email"]);
        let long = "é".repeat(3_001);
        let problems = read_feedback(&TypedFeedback {
            message: &long,
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(
            problems,
            vec![(
                "message",
                Message::new("help.problem.too_long").with("most", 3_000)
            )]
        );
    }
}
