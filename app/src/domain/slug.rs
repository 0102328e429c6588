//! URL-safe names for neighbourhoods and rounds ("castle-vale", "2026-27").

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Slug(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Use only lower-case letters, digits and hyphens (at most 60), like castle-vale")]
pub struct SlugError;

impl Slug {
    pub fn parse(input: &str) -> Result<Slug, SlugError> {
        let ok = !input.is_empty()
            && input.len() <= 60
            && !input.starts_with('-')
            && !input.ends_with('-')
            && input
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if ok {
            Ok(Slug(input.to_owned()))
        } else {
            Err(SlugError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A slug made from a name ("Shard End" → "shard-end", "Ilfracombe 2028–29" →
    /// "ilfracombe-2028-29"); accented letters lose their accents ("Ynys Môn" →
    /// "ynys-mon"), other letters are dropped, so it may be empty.
    pub fn suggest(name: &str) -> Option<Slug> {
        let mut out = String::new();
        for c in name.chars() {
            let plain = match c.to_lowercase().next().unwrap_or(c) {
                'à' | 'á' | 'â' | 'ä' => Some('a'),
                'è' | 'é' | 'ê' | 'ë' => Some('e'),
                'ì' | 'í' | 'î' | 'ï' => Some('i'),
                'ò' | 'ó' | 'ô' | 'ö' => Some('o'),
                'ù' | 'ú' | 'û' | 'ü' => Some('u'),
                'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' => Some('w'),
                'ŷ' | 'ỳ' | 'ý' | 'ÿ' => Some('y'),
                other => other
                    .is_ascii_alphanumeric()
                    .then(|| other.to_ascii_lowercase()),
            };
            if let Some(plain) = plain {
                out.push(plain);
            } else if c.is_alphabetic() {
                // A letter we cannot write plainly is left out, not made a word break.
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let trimmed: String = out.trim_end_matches('-').chars().take(60).collect();
        Slug::parse(trimmed.trim_end_matches('-')).ok()
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_url_names_only() {
        assert!(Slug::parse("castle-vale").is_ok());
        assert!(Slug::parse("2026-27").is_ok());
        assert_eq!(Slug::parse("Castle Vale"), Err(SlugError));
        assert_eq!(Slug::parse("-x"), Err(SlugError));
        assert_eq!(Slug::parse(""), Err(SlugError));
        assert_eq!(Slug::parse("../etc"), Err(SlugError));
    }

    #[test]
    fn a_slug_is_suggested_from_a_name() {
        let s = |n: &str| Slug::suggest(n).map(|s| s.0);
        assert_eq!(s("Shard End"), Some("shard-end".into()));
        assert_eq!(
            s("  Ilfracombe 2028–29 "),
            Some("ilfracombe-2028-29".into())
        );
        assert_eq!(s("Ynys Môn"), Some("ynys-mon".into()));
        assert_eq!(s("–"), None);
    }
}
