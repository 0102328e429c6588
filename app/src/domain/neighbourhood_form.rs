//! A neighbourhood as an administrator types it: its names, council, description, the
//! postcode areas it covers and how many households live there.

use super::message::Message;
use super::postcode::PostcodeArea;
use super::slug::Slug;

/// What the admin typed, as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedNeighbourhood<'a> {
    pub name: &'a str,
    pub name_cy: &'a str,
    pub slug: &'a str,
    pub council: &'a str,
    pub summary: &'a str,
    pub summary_cy: &'a str,
    /// One area a line, or separated by commas.
    pub postcode_areas: &'a str,
    pub households: &'a str,
}

/// A neighbourhood ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeighbourhoodDetails {
    pub name: String,
    pub name_cy: Option<String>,
    pub slug: Slug,
    pub council: String,
    pub summary: String,
    pub summary_cy: Option<String>,
    pub postcode_areas: Vec<PostcodeArea>,
    pub households: Option<i32>,
}

pub type Problem = (&'static str, Message);

const LONGEST_NAME: usize = 100;
const LONGEST_SUMMARY: usize = 2_000;
/// More households than any neighbourhood has: a typing slip, not a place.
const MOST_HOUSEHOLDS: i32 = 1_000_000;

fn words(typed: &str) -> String {
    typed.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn optional(typed: &str) -> Option<String> {
    let t = typed.trim();
    (!t.is_empty()).then(|| t.replace("\r\n", "\n"))
}

fn required_text(
    field: &'static str,
    typed: &str,
    longest: usize,
    problems: &mut Vec<Problem>,
) -> String {
    let text = if field.starts_with("summary") {
        typed.trim().replace("\r\n", "\n")
    } else {
        words(typed)
    };
    if text.is_empty() {
        problems.push((
            field,
            Message::new(format!("neighbourhood_form.problem.{field}")),
        ));
    } else if text.chars().count() > longest {
        problems.push((
            field,
            Message::new("neighbourhood_form.problem.too_long").with("most", longest),
        ));
    }
    text
}

/// The postcode areas in what was typed, each once, in the order given.
pub fn read_areas(typed: &str) -> Result<Vec<PostcodeArea>, Message> {
    let mut areas: Vec<PostcodeArea> = Vec::new();
    for piece in typed.split([',', '\n', ';']) {
        if piece.trim().is_empty() {
            continue;
        }
        let area = PostcodeArea::parse(piece).map_err(|_| {
            Message::new("neighbourhood_form.problem.area").with("area", piece.trim())
        })?;
        if !areas.contains(&area) {
            areas.push(area);
        }
    }
    if areas.is_empty() {
        return Err(Message::new("neighbourhood_form.problem.no_areas"));
    }
    if let Some((a, b)) = areas.iter().enumerate().find_map(|(i, a)| {
        areas[i + 1..]
            .iter()
            .find(|b| a.overlaps(b))
            .map(|b| (a.clone(), b.clone()))
    }) {
        return Err(Message::new("neighbourhood_form.problem.areas_overlap")
            .with("area", a)
            .with("other", b));
    }
    Ok(areas)
}

/// Reads the form; every problem is named by its field.
pub fn read(typed: &TypedNeighbourhood<'_>) -> Result<NeighbourhoodDetails, Vec<Problem>> {
    let mut problems = Vec::new();
    let name = required_text("name", typed.name, LONGEST_NAME, &mut problems);
    let council = required_text("council", typed.council, LONGEST_NAME, &mut problems);
    let summary = required_text("summary", typed.summary, LONGEST_SUMMARY, &mut problems);
    let name_cy = optional(&words(typed.name_cy));
    let summary_cy = optional(typed.summary_cy);
    for (field, text, longest) in [
        ("name_cy", &name_cy, LONGEST_NAME),
        ("summary_cy", &summary_cy, LONGEST_SUMMARY),
    ] {
        if text.as_ref().is_some_and(|t| t.chars().count() > longest) {
            problems.push((
                field,
                Message::new("neighbourhood_form.problem.too_long").with("most", longest),
            ));
        }
    }
    // An empty address is suggested from the name.
    let slug = if typed.slug.trim().is_empty() {
        Slug::suggest(&name)
    } else {
        Slug::parse(typed.slug.trim()).ok()
    };
    if slug.is_none() && !name.is_empty() {
        problems.push(("slug", Message::new("neighbourhood_form.problem.slug")));
    }
    let areas = read_areas(typed.postcode_areas)
        .map_err(|m| problems.push(("postcode_areas", m)))
        .ok();
    let households = match typed.households.trim().replace(',', "") {
        t if t.is_empty() => None,
        t => match t.parse::<i32>() {
            Ok(n) if (1..=MOST_HOUSEHOLDS).contains(&n) => Some(n),
            _ => {
                problems.push((
                    "households",
                    Message::new("neighbourhood_form.problem.households"),
                ));
                None
            }
        },
    };
    match (slug, areas) {
        (Some(slug), Some(postcode_areas)) if problems.is_empty() => Ok(NeighbourhoodDetails {
            name,
            name_cy,
            slug,
            council,
            summary,
            summary_cy,
            postcode_areas,
            households,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn poplar() -> TypedNeighbourhood<'static> {
        TypedNeighbourhood {
            name: " Poplar ",
            council: "London Borough of Tower Hamlets",
            summary: "Around Chrisp Street market.",
            postcode_areas: "E14 0, e14 6\nE14 6",
            households: "7,400",
            ..Default::default()
        }
    }

    #[test]
    fn a_neighbourhood_is_read_with_its_address_suggested_from_its_name() {
        let n = read(&poplar()).unwrap();
        assert_eq!(n.name, "Poplar");
        assert_eq!(n.slug.as_str(), "poplar");
        let areas: Vec<&str> = n.postcode_areas.iter().map(PostcodeArea::as_str).collect();
        assert_eq!(areas, ["E14 0", "E14 6"]);
        assert_eq!(n.households, Some(7_400));
        assert_eq!(n.name_cy, None);
    }

    #[test]
    fn each_problem_is_named_by_its_field() {
        let typed = TypedNeighbourhood {
            name: "",
            slug: "Poplar!",
            postcode_areas: "E14 0, somewhere",
            households: "lots",
            ..Default::default()
        };
        let problems = read(&typed).unwrap_err();
        let keys: Vec<(&str, &str)> = problems.iter().map(|(f, m)| (*f, m.key.as_str())).collect();
        assert_eq!(
            keys,
            [
                ("name", "neighbourhood_form.problem.name"),
                ("council", "neighbourhood_form.problem.council"),
                ("summary", "neighbourhood_form.problem.summary"),
                ("postcode_areas", "neighbourhood_form.problem.area"),
                ("households", "neighbourhood_form.problem.households"),
            ]
        );
    }

    #[test]
    fn areas_that_overlap_each_other_are_refused() {
        let m = read_areas("E14 0\nE14 0AA").unwrap_err();
        assert_eq!(m.key, "neighbourhood_form.problem.areas_overlap");
        assert_eq!(
            read_areas(" , ").unwrap_err().key,
            "neighbourhood_form.problem.no_areas"
        );
    }
}
