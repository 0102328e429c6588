//! Small text conversions between pabulib fields and Commonpot's columns.

use app::domain::priority_area::PriorityArea;
use chrono::NaiveDate;

/// The line an imported proposal's body starts with; export reads the project id back from it.
pub const PROJECT_ID_PREFIX: &str = "pabulib project_id: ";

/// Where an imported round's summary keeps the file's META values Commonpot has no column for.
pub const SOURCE_PREFIX: &str = "Source: pabulib";

/// The META keys kept in the `Source:` line.
pub const SOURCE_KEYS: [&str; 7] = [
    "country", "unit", "district", "subunit", "instance", "currency", "language",
];

/// Index of a column in a `.pb` header.
pub fn column(columns: &[String], name: &str) -> Option<usize> {
    columns.iter().position(|c| c == name)
}

/// At most `max` characters, cut on a character boundary, with "…" when cut.
pub fn truncate(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// A URL-safe round slug from free text: "Częstochowa, Gnaszyn 2024" → "czestochowa-gnaszyn-2024".
pub fn slugify(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'a'..='z' | '0'..='9' => Some(c),
            'ą' | 'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => Some('a'),
            'ć' | 'č' | 'ç' => Some('c'),
            'ę' | 'é' | 'è' | 'ê' | 'ë' | 'ě' => Some('e'),
            'í' | 'ì' | 'î' | 'ï' => Some('i'),
            'ł' => Some('l'),
            'ń' | 'ñ' | 'ň' => Some('n'),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ő' | 'ø' => Some('o'),
            'ś' | 'š' | 'ß' => Some('s'),
            'ú' | 'ù' | 'û' | 'ü' | 'ű' | 'ů' => Some('u'),
            'ý' | 'ÿ' => Some('y'),
            'ź' | 'ż' | 'ž' => Some('z'),
            'ř' => Some('r'),
            'ď' => Some('d'),
            'ť' => Some('t'),
            _ => None,
        };
        match mapped {
            Some(m) => out.push(m),
            None if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            None => {}
        }
    }
    let mut out: String = out.chars().take(max).collect();
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A pabulib date, `DD.MM.YYYY` (or `YYYY-MM-DD`); a bare year has no day and gives `None`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%d.%m.%Y")
        .or_else(|_| NaiveDate::parse_from_str(text, "%Y-%m-%d"))
        .ok()
}

pub fn format_date(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// The `Source:` line of an imported round's summary.
pub fn source_line(values: &[(&str, &str)]) -> String {
    let mut line = SOURCE_PREFIX.to_owned();
    for (key, value) in values {
        let value = value.replace([';', '\n', '\r'], " ");
        let value = value.trim();
        if !value.is_empty() {
            line.push_str(&format!("; {key}: {value}"));
        }
    }
    line.push('.');
    line
}

/// The values of the `Source:` line in a round's summary, if it has one.
pub fn source_values(summary: &str) -> Vec<(String, String)> {
    let Some(line) = summary
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with(SOURCE_PREFIX))
    else {
        return Vec::new();
    };
    let line = line.trim().trim_end_matches('.');
    line.split("; ")
        .skip(1)
        .filter_map(|part| part.split_once(": "))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

/// The pabulib project id recorded in an imported proposal's body.
pub fn project_id_in(body: &str) -> Option<&str> {
    body.lines()
        .find_map(|l| l.strip_prefix(PROJECT_ID_PREFIX))
        .map(str::trim)
        .filter(|id| !id.is_empty())
}

/// The priority area closest to a pabulib category list ("education,sport"), by keyword.
pub fn priority_area_for(category: &str) -> PriorityArea {
    let category = category.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| category.contains(w));
    if has(&["transport", "mobility", "road", "street", "bike", "cycl"]) {
        PriorityArea::Transport
    } else if has(&["green", "nature", "environment", "park", "tree", "climate"]) {
        PriorityArea::Environment
    } else if has(&["youth", "young", "jongeren"]) {
        PriorityArea::Youth
    } else if has(&["child", "famil", "school", "kid"]) {
        PriorityArea::FamiliesAndChildren
    } else if has(&["safety", "security", "police"]) {
        PriorityArea::CommunitySafety
    } else if has(&["senior", "elder", "older", "welfare", "social", "care"]) {
        PriorityArea::OlderPeopleAndCare
    } else if has(&["education", "work", "skill", "employ"]) {
        PriorityArea::EmploymentAndSkills
    } else if has(&["housing", "home"]) {
        PriorityArea::Housing
    } else {
        PriorityArea::HealthAndWellbeing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_ascii() {
        assert_eq!(
            slugify("Częstochowa Gnaszyn - Kawodrza 2024", 60),
            "czestochowa-gnaszyn-kawodrza-2024"
        );
        assert_eq!(slugify("  Zürich: D10  ", 60), "zurich-d10");
        assert_eq!(slugify("abc def", 4), "abc");
        assert_eq!(slugify("!!!", 60), "");
    }

    #[test]
    fn the_source_line_reads_back() {
        let line = source_line(&[
            ("country", "Poland"),
            ("unit", "Łódź; city"),
            ("district", ""),
        ]);
        assert_eq!(line, "Source: pabulib; country: Poland; unit: Łódź  city.");
        let summary = format!("Imported.\n{line}");
        assert_eq!(
            source_values(&summary),
            vec![
                ("country".to_owned(), "Poland".to_owned()),
                ("unit".to_owned(), "Łódź  city".to_owned())
            ]
        );
        assert!(source_values("no source").is_empty());
    }

    #[test]
    fn dates_and_ids_read_back() {
        let d = parse_date("07.09.2023").unwrap();
        assert_eq!(format_date(d), "07.09.2023");
        assert_eq!(parse_date("2023"), None);
        assert_eq!(project_id_in("pabulib project_id: 12\nname: x"), Some("12"));
        assert_eq!(project_id_in("A proposal."), None);
        assert_eq!(truncate("abcdef", 4), "abc…");
    }
}
