//! The name a person shows others (beside their proposals, as a group's administrator,
//! on an invitation they send): typed at sign-up and changed on the account page.

/// The longest name, in characters.
pub const LONGEST: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    /// A character that shows as nothing or turns text around, so the name could pass
    /// for someone else's.
    Invisible,
}

impl NameProblem {
    /// The message's key in the locale files.
    pub const fn key(self) -> &'static str {
        match self {
            NameProblem::Empty => "account.name_empty",
            NameProblem::TooLong => "account.name_long",
            NameProblem::Invisible => "account.name_invisible",
        }
    }
}

/// The name as it will be shown: spaces at either end dropped and runs of them made one.
pub fn read(typed: &str) -> Result<String, NameProblem> {
    let name = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        Err(NameProblem::Empty)
    } else if name.chars().count() > LONGEST {
        Err(NameProblem::TooLong)
    } else if name.chars().any(crate::domain::group_form::invisible) {
        Err(NameProblem::Invisible)
    } else {
        Ok(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_kept_as_typed_with_its_spaces_tidied() {
        assert_eq!(read("  Siân   Roberts ").unwrap(), "Siân Roberts");
        assert_eq!(read("Nguyễn Thị Lan").unwrap(), "Nguyễn Thị Lan");
    }

    #[test]
    fn an_empty_long_or_disguised_name_is_refused() {
        assert_eq!(read("   "), Err(NameProblem::Empty));
        assert_eq!(read(&"a".repeat(LONGEST + 1)), Err(NameProblem::TooLong));
        assert!(read(&"é".repeat(LONGEST)).is_ok(), "counted in characters");
        assert_eq!(read("Olu\u{200B} Officer"), Err(NameProblem::Invisible));
        assert_eq!(read("Sam\u{202E}reciffO"), Err(NameProblem::Invisible));
    }
}
