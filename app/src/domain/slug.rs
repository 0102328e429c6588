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
}
