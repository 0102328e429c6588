//! `PbError`: what is wrong with a `.pb` file, and on which line.

use thiserror::Error;

/// A malformed or unreadable `.pb` file. `line` counts from 1; 0 means a file built in memory.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[error("line {line}: {problem}")]
pub struct PbError {
    pub line: usize,
    pub problem: Problem,
}

/// What is wrong, in words a council officer can act on.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum Problem {
    #[error("could not read the file: {0}")]
    Read(String),
    #[error("the text is not valid UTF-8")]
    NotUtf8,
    #[error("a quoted field opened here is never closed")]
    UnclosedQuote,
    #[error("unexpected text after a closing quote")]
    TextAfterQuote,
    #[error("expected the {expected} section title, found {found:?}")]
    ExpectedSection {
        expected: &'static str,
        found: String,
    },
    #[error("section title {0} after the VOTES section; each section comes once, in the order META, PROJECTS, VOTES")]
    SectionAgain(&'static str),
    #[error("the file ends before its {0} section")]
    MissingSection(&'static str),
    #[error("the {section} section has no header line")]
    MissingHeader { section: &'static str },
    #[error("the {section} header has no {column:?} column")]
    MissingColumn {
        section: &'static str,
        column: &'static str,
    },
    #[error("{section} row has {found} fields but the header has {expected}; quote values that contain ';'")]
    TooManyFields {
        section: &'static str,
        found: usize,
        expected: usize,
    },
    #[error("META row needs a key and a value")]
    MetaWithoutValue,
    #[error("META has no {0:?}")]
    MissingMeta(&'static str),
    #[error("META {key:?} is {value:?}, which is not {expected}")]
    BadMeta {
        key: String,
        value: String,
        expected: &'static str,
    },
    #[error("PROJECTS row has no project id")]
    MissingProjectId,
    #[error("project {0:?} appears twice (first on line {1})")]
    DuplicateProject(String, usize),
    #[error("project {id:?} has cost {value:?}, which is not an amount like 1250 or 1250.50")]
    BadCost { id: String, value: String },
    #[error("VOTES row names project {0:?} which is not in PROJECTS")]
    UnknownProject(String),
    #[error("VOTES row names project {0:?} twice")]
    RepeatedProject(String),
    #[error("VOTES row has points {0:?}, which are not whole numbers")]
    BadPoints(String),
    #[error("VOTES row names {projects} projects but gives {points} points")]
    PointsMismatch { projects: usize, points: usize },
    #[error("amounts in this file need more than 64 bits once their decimals are aligned")]
    AmountTooLarge,
}

impl PbError {
    pub(crate) fn at(line: usize, problem: Problem) -> Self {
        PbError { line, problem }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_their_line_first() {
        let e = PbError::at(812, Problem::UnknownProject("99".into()));
        assert_eq!(
            e.to_string(),
            r#"line 812: VOTES row names project "99" which is not in PROJECTS"#
        );
    }
}
