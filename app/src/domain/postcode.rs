//! UK postcodes, and whether one lies in a neighbourhood.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A full UK postcode in its canonical form: upper case, one space ("EX34 9AB").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Postcode(String);

/// The part of the postcode system a neighbourhood is drawn with: a sector ("EX34 9")
/// or a full postcode ("B35 6AB").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PostcodeArea(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PostcodeError {
    #[error("Enter a postcode")]
    Empty,
    #[error("Enter a real postcode, like EX34 9AB")]
    Malformed,
}

fn split_outward_inward(compact: &str) -> Option<(&str, &str)> {
    if compact.len() < 5 || compact.len() > 7 || !compact.is_ascii() {
        return None;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    let inward_ok = inward.as_bytes()[0].is_ascii_digit()
        && inward.as_bytes()[1..].iter().all(u8::is_ascii_alphabetic);
    let outward_ok = outward.as_bytes()[0].is_ascii_alphabetic()
        && outward.bytes().all(|b| b.is_ascii_alphanumeric())
        && outward.bytes().any(|b| b.is_ascii_digit());
    (inward_ok && outward_ok).then_some((outward, inward))
}

impl Postcode {
    pub fn parse(input: &str) -> Result<Postcode, PostcodeError> {
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        if compact.is_empty() {
            return Err(PostcodeError::Empty);
        }
        let (outward, inward) = split_outward_inward(&compact).ok_or(PostcodeError::Malformed)?;
        Ok(Postcode(format!("{outward} {inward}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl PostcodeArea {
    /// Accepts a sector ("EX34 9") or a full postcode.
    pub fn parse(input: &str) -> Result<PostcodeArea, PostcodeError> {
        if let Ok(full) = Postcode::parse(input) {
            return Ok(PostcodeArea(full.0));
        }
        let upper = input.trim().to_ascii_uppercase();
        let mut parts = upper.split_whitespace();
        match (parts.next(), parts.next(), parts.next()) {
            (Some(outward), Some(sector), None)
                if sector.len() == 1
                    && sector.as_bytes()[0].is_ascii_digit()
                    && split_outward_inward(&format!("{outward}{sector}AA")).is_some() =>
            {
                Ok(PostcodeArea(format!("{outward} {sector}")))
            }
            (None, _, _) => Err(PostcodeError::Empty),
            _ => Err(PostcodeError::Malformed),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether two areas share a postcode: the same area, or a sector and a postcode in it.
    pub fn overlaps(&self, other: &PostcodeArea) -> bool {
        let within =
            |small: &str, big: &str| small.starts_with(big) && small.len() == big.len() + 2;
        self.0 == other.0 || within(&self.0, &other.0) || within(&other.0, &self.0)
    }

    /// A sector covers every postcode that starts with it; a full postcode covers itself.
    pub fn covers(&self, postcode: &Postcode) -> bool {
        postcode.0 == self.0
            || (postcode.0.starts_with(&self.0) && postcode.0.len() == self.0.len() + 2)
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for PostcodeArea {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_are_read_however_they_are_typed() {
        assert_eq!(
            Postcode::parse("ex349ab").map(|p| p.0),
            Ok("EX34 9AB".into())
        );
        assert_eq!(
            Postcode::parse(" B35 6AB ").map(|p| p.0),
            Ok("B35 6AB".into())
        );
        assert_eq!(
            Postcode::parse("E14 0AA").map(|p| p.0),
            Ok("E14 0AA".into())
        );
    }

    #[test]
    fn nonsense_is_not_a_postcode() {
        assert_eq!(Postcode::parse(""), Err(PostcodeError::Empty));
        assert_eq!(Postcode::parse("hello"), Err(PostcodeError::Malformed));
        assert_eq!(Postcode::parse("12345"), Err(PostcodeError::Malformed));
    }

    #[test]
    fn areas_overlap_when_they_share_a_postcode() {
        let a = |s: &str| PostcodeArea::parse(s).unwrap();
        assert!(a("EX34 8").overlaps(&a("ex34 8")));
        assert!(a("EX34 8").overlaps(&a("EX34 8AB")));
        assert!(a("EX34 8AB").overlaps(&a("EX34 8")));
        assert!(!a("EX34 8").overlaps(&a("EX34 9")));
        assert!(!a("EX3 4").overlaps(&a("EX34 4AB")));
        assert!(!a("E1 4").overlaps(&a("E14 0AA")));
    }

    #[test]
    fn a_sector_covers_its_postcodes_and_no_others() {
        let sector = PostcodeArea::parse("EX34 9").unwrap();
        assert!(sector.covers(&Postcode::parse("EX34 9AB").unwrap()));
        assert!(!sector.covers(&Postcode::parse("EX34 8AB").unwrap()));
        assert!(!sector.covers(&Postcode::parse("EX3 4AB").unwrap()));
        assert!(!sector.covers(&Postcode::parse("EX34 98AB").unwrap_or(Postcode("X".into()))));
    }
}
