//! The password policy of ASVS 5.0 §6.2: at least 12 characters, long passphrases
//! welcome, no composition rules, and none of the commonest passwords.

use std::fmt;

pub const MIN_CHARS: usize = 12;
/// Far above the 64 that ASVS asks us to allow, low enough that hashing stays cheap.
pub const MAX_CHARS: usize = 256;

/// The 3,000 commonest passwords, most common first: the head of the list Django ships
/// (`django/contrib/auth/common-passwords.txt.gz`, compiled by Royce Williams from leaks).
const COMMON: &str = include_str!("common_passwords.txt");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("Enter a password")]
    Empty,
    #[error("Your password must be at least {MIN_CHARS} characters long")]
    TooShort,
    #[error("Your password must be {MAX_CHARS} characters or fewer")]
    TooLong,
    #[error("That password is one of the most common ones, so it is easy to guess. Choose another, for example three or four random words")]
    Common,
}

/// A password that meets the policy. It never prints itself.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub fn parse(input: &str) -> Result<Password, PasswordError> {
        let chars = input.chars().count();
        if chars == 0 {
            return Err(PasswordError::Empty);
        }
        if chars < MIN_CHARS {
            return Err(PasswordError::TooShort);
        }
        if chars > MAX_CHARS {
            return Err(PasswordError::TooLong);
        }
        if is_common(input) {
            return Err(PasswordError::Common);
        }
        Ok(Password(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(…)")
    }
}

fn is_common(input: &str) -> bool {
    let lower = input.to_lowercase();
    COMMON.lines().any(|common| common == lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_passphrase_of_ordinary_words_is_accepted() {
        assert!(Password::parse("harbour lighthouse kettle").is_ok());
    }

    #[test]
    fn fewer_than_twelve_characters_is_too_short() {
        assert_eq!(
            Password::parse("elevenchars").unwrap_err(),
            PasswordError::TooShort
        );
        assert!(Password::parse("twelve chars").is_ok());
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // Eleven Welsh characters, more than twelve bytes.
        assert_eq!(
            Password::parse("ŵŷâêîôûŵŷâê").unwrap_err(),
            PasswordError::TooShort
        );
    }

    #[test]
    fn sixty_four_characters_and_more_are_allowed() {
        assert!(Password::parse(&"a quiet walk ".repeat(10)).is_ok());
        assert_eq!(
            Password::parse(&"x".repeat(MAX_CHARS + 1)).unwrap_err(),
            PasswordError::TooLong
        );
    }

    #[test]
    fn no_composition_rules_apply() {
        assert!(Password::parse("alllowercaseletters").is_ok());
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        assert_eq!(
            Password::parse("1q2w3e4r5t6y").unwrap_err(),
            PasswordError::Common
        );
        assert_eq!(
            Password::parse("QWERTY123456").unwrap_err(),
            PasswordError::Common
        );
    }

    #[test]
    fn the_list_holds_three_thousand_passwords() {
        assert_eq!(COMMON.lines().count(), 3000);
    }

    #[test]
    fn debug_output_hides_the_password() {
        let password = Password::parse("harbour lighthouse kettle").unwrap();
        assert!(!format!("{password:?}").contains("harbour"));
    }
}
