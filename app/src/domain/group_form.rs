//! A community group as the person registering it types it, and where it stands with
//! the officers of each neighbourhood it works in.

use super::account::email::Email;
use super::message::Message;
use super::slug::Slug;

/// What was typed, as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedGroup<'a> {
    pub name: &'a str,
    pub summary: &'a str,
    pub description: &'a str,
    pub contact_email: &'a str,
    pub charity_number: &'a str,
    pub website: &'a str,
    /// The slugs of the neighbourhoods ticked.
    pub neighbourhoods: &'a [String],
}

/// A group ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDetails {
    pub name: String,
    pub slug: Slug,
    pub summary: String,
    pub description: String,
    pub contact_email: Email,
    pub charity_number: Option<String>,
    pub website: Option<String>,
    pub neighbourhoods: Vec<String>,
}

pub type Problem = (&'static str, Message);

const LONGEST_NAME: usize = 100;
const LONGEST_SUMMARY: usize = 200;
const LONGEST_DESCRIPTION: usize = 4_000;
const LONGEST_NUMBER: usize = 20;
const LONGEST_WEBSITE: usize = 200;

/// Two names that differ only in case, spacing or punctuation are the same group's name.
pub fn name_key(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Characters that show as nothing, or turn text around: a name holding one could look
/// like another group's while comparing as different.
pub(crate) fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
        )
}

fn text(field: &'static str, typed: &str, longest: usize, problems: &mut Vec<Problem>) -> String {
    let t = typed.trim().replace("\r\n", "\n");
    if t.is_empty() {
        problems.push((field, Message::new(format!("group_form.problem.{field}"))));
    } else if t.chars().count() > longest {
        problems.push((
            field,
            Message::new("group_form.problem.too_long").with("most", longest),
        ));
    }
    t
}

/// Reads a new group; every problem named by its field.
pub fn read(typed: &TypedGroup<'_>) -> Result<GroupDetails, Vec<Problem>> {
    let mut problems = Vec::new();
    let name = typed.name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = text("name", &name, LONGEST_NAME, &mut problems);
    let slug = Slug::suggest(&name);
    if !name.is_empty() && (slug.is_none() || name.chars().any(invisible)) {
        problems.push(("name", Message::new("group_form.problem.name_letters")));
    }
    let summary = text("summary", typed.summary, LONGEST_SUMMARY, &mut problems);
    let description = text(
        "description",
        typed.description,
        LONGEST_DESCRIPTION,
        &mut problems,
    );
    let contact_email = Email::parse(typed.contact_email.trim())
        .map_err(|_| {
            problems.push((
                "contact_email",
                Message::new("group_form.problem.contact_email"),
            ))
        })
        .ok();
    let charity_number = Some(typed.charity_number.trim().to_uppercase()).filter(|n| !n.is_empty());
    if charity_number.as_ref().is_some_and(|n| {
        n.chars().count() > LONGEST_NUMBER
            || !n
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ' ')
    }) {
        problems.push((
            "charity_number",
            Message::new("group_form.problem.charity_number"),
        ));
    }
    let website = Some(typed.website.trim().to_owned()).filter(|w| !w.is_empty());
    if website.as_ref().is_some_and(|w| {
        w.chars().count() > LONGEST_WEBSITE
            || !(w.starts_with("https://") || w.starts_with("http://"))
            || w.chars().any(|c| c.is_whitespace() || c.is_control())
            || w.split("://").nth(1).is_none_or(|rest| rest.is_empty())
    }) {
        problems.push(("website", Message::new("group_form.problem.website")));
    }
    let mut neighbourhoods: Vec<String> = typed
        .neighbourhoods
        .iter()
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty())
        .collect();
    neighbourhoods.sort();
    neighbourhoods.dedup();
    if neighbourhoods.is_empty() {
        problems.push((
            "neighbourhoods",
            Message::new("group_form.problem.neighbourhoods"),
        ));
    }
    match (slug, contact_email) {
        (Some(slug), Some(contact_email)) if problems.is_empty() => Ok(GroupDetails {
            name,
            slug,
            summary,
            description,
            contact_email,
            charity_number,
            website,
            neighbourhoods,
        }),
        _ => Err(problems),
    }
}

/// Where a group stands with the officers of one neighbourhood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Standing {
    /// Registered; officers have not decided. Its proposals cannot go in yet.
    Waiting,
    /// Officers asked for changes, with a reason; it waits again once changed.
    ChangesAsked,
    Recognised,
    Declined,
    /// Was recognised; officers withdrew it with a public reason.
    Withdrawn,
}

impl Standing {
    pub fn parse(stored: &str) -> Option<Standing> {
        Some(match stored {
            "waiting" => Standing::Waiting,
            "changes_asked" => Standing::ChangesAsked,
            "recognised" => Standing::Recognised,
            "declined" => Standing::Declined,
            "withdrawn" => Standing::Withdrawn,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Waiting => "waiting",
            Standing::ChangesAsked => "changes_asked",
            Standing::Recognised => "recognised",
            Standing::Declined => "declined",
            Standing::Withdrawn => "withdrawn",
        }
    }

    /// Whether officers may move a group from here to `to`.
    pub fn may_become(self, to: Standing) -> bool {
        use Standing::*;
        matches!(
            (self, to),
            (Waiting | ChangesAsked, Recognised | Declined | ChangesAsked)
                | (Recognised, Withdrawn)
                | (Withdrawn, Recognised)
        ) && self != to
    }

    /// A decision other than recognising needs a reason the group (and, for a
    /// withdrawal, the public) reads.
    pub fn needs_reason(self) -> bool {
        !matches!(self, Standing::Recognised | Standing::Waiting)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed<'a>(places: &'a [String]) -> TypedGroup<'a> {
        TypedGroup {
            name: "  Ilfracombe   Youth Forum ",
            summary: "Young people's voice in the town.",
            description: "We meet on Tuesdays at the Lantern.",
            contact_email: "forum@example.org",
            charity_number: "",
            website: "https://youth.example.org",
            neighbourhoods: places,
        }
    }

    #[test]
    fn a_group_is_read_with_its_address_from_its_name() {
        let places = vec!["ilfracombe".to_owned(), "ilfracombe".to_owned()];
        let g = read(&typed(&places)).unwrap();
        assert_eq!(g.name, "Ilfracombe Youth Forum");
        assert_eq!(g.slug.as_str(), "ilfracombe-youth-forum");
        assert_eq!(g.neighbourhoods, ["ilfracombe"]);
        assert_eq!(g.charity_number, None);
    }

    #[test]
    fn names_differing_in_case_or_spacing_are_one_name() {
        assert_eq!(
            name_key("Ilfracombe  YOUTH forum"),
            name_key(" ilfracombe youth Forum")
        );
        assert_ne!(name_key("Youth Forum"), name_key("Youth Forums"));
        assert_eq!(name_key("Youth Forum."), name_key("youth-forum"));
    }

    #[test]
    fn a_name_with_invisible_characters_is_refused() {
        let places = vec!["ilfracombe".to_owned()];
        for name in [
            "Youth\u{200B} Forum",
            "Youth Forum\u{202E}",
            "Youth\u{FEFF}Forum",
        ] {
            let t = TypedGroup {
                name,
                ..typed(&places)
            };
            let problems = read(&t).unwrap_err();
            assert_eq!(problems[0].0, "name", "{name:?}");
        }
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let none: Vec<String> = Vec::new();
        let t = TypedGroup {
            contact_email: "not an address",
            charity_number: "12<34>",
            website: "javascript:alert(1)",
            neighbourhoods: &none,
            ..Default::default()
        };
        let fields: Vec<&str> = read(&t).unwrap_err().iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                "name",
                "summary",
                "description",
                "contact_email",
                "charity_number",
                "website",
                "neighbourhoods"
            ]
        );
    }

    #[test]
    fn only_a_web_address_is_a_website() {
        let places = vec!["ilfracombe".to_owned()];
        for bad in [
            "http://",
            "//evil.example",
            "https://a b",
            "ftp://x.example",
        ] {
            let t = TypedGroup {
                website: bad,
                ..typed(&places)
            };
            assert!(read(&t).is_err(), "{bad}");
        }
    }

    #[test]
    fn officers_decide_in_order_and_give_reasons_for_anything_but_yes() {
        use Standing::*;
        assert!(Waiting.may_become(Recognised));
        assert!(Waiting.may_become(ChangesAsked));
        assert!(ChangesAsked.may_become(Recognised));
        assert!(Recognised.may_become(Withdrawn));
        assert!(!Recognised.may_become(Recognised));
        assert!(!Declined.may_become(Withdrawn));
        // A declined registration is final: its name is free for the real group.
        assert!(!Declined.may_become(Recognised));
        assert!(!Waiting.may_become(Withdrawn));
        assert!(Withdrawn.needs_reason() && Declined.needs_reason() && ChangesAsked.needs_reason());
        assert!(!Recognised.needs_reason());
        for s in [Waiting, ChangesAsked, Recognised, Declined, Withdrawn] {
            assert_eq!(Standing::parse(s.as_str()), Some(s));
        }
    }
}
