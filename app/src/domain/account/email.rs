//! Email addresses as people type them: trimmed, compared without regard to case.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("Enter your email address")]
    Empty,
    #[error("Enter an email address in the correct format, like name@example.com")]
    Malformed,
    #[error("Your email address must be 254 characters or fewer")]
    TooLong,
}

impl Email {
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(EmailError::Empty);
        }
        if trimmed.len() > 254 {
            return Err(EmailError::TooLong);
        }
        let (local, domain) = trimmed.rsplit_once('@').ok_or(EmailError::Malformed)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..");
        if local.is_empty() || !domain_ok || trimmed.chars().any(char::is_whitespace) {
            return Err(EmailError::Malformed);
        }
        Ok(Email(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_trimmed_and_lower_cased() {
        assert_eq!(
            Email::parse("  Jo.Bloggs@Example.ORG ").unwrap().as_str(),
            "jo.bloggs@example.org"
        );
    }

    #[test]
    fn addresses_without_an_at_or_a_domain_are_refused() {
        for bad in [
            "jo",
            "jo@",
            "@example.org",
            "jo@example",
            "jo bloggs@example.org",
        ] {
            assert_eq!(
                Email::parse(bad).unwrap_err(),
                EmailError::Malformed,
                "{bad}"
            );
        }
        assert_eq!(Email::parse("  ").unwrap_err(), EmailError::Empty);
    }
}
