//! Voting codes: the single-use codes a council posts to every household.
//!
//! Twelve characters from an alphabet without look-alikes (no I, L, O, U), printed
//! in groups of four: `K7QM-3XTB-9RHD`. Sixty bits, so guessing one is hopeless
//! behind the redemption rate limit. People type them back however they like: case,
//! spaces and dashes are ignored and look-alike letters read as the digits they
//! resemble.

use std::fmt;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
pub const LENGTH: usize = 12;

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct VotingCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VotingCodeError {
    #[error("Enter the voting code from your letter")]
    Empty,
    #[error("A voting code has 12 letters and numbers, like K7QM-3XTB-9RHD. Check the code on your letter")]
    Malformed,
}

impl VotingCode {
    /// A code from 8 random bytes (the caller brings the randomness; only 60 bits are used).
    pub fn from_random(bytes: [u8; 8]) -> VotingCode {
        let mut n = u64::from_le_bytes(bytes);
        let mut code = String::with_capacity(LENGTH);
        for _ in 0..LENGTH {
            code.push(ALPHABET[(n & 31) as usize] as char);
            n >>= 5;
        }
        VotingCode(code)
    }

    pub fn parse(input: &str) -> Result<VotingCode, VotingCodeError> {
        let mut code = String::with_capacity(LENGTH);
        for c in input.chars() {
            if c.is_whitespace() || c == '-' {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                'U' => 'V',
                other => other,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
                return Err(VotingCodeError::Malformed);
            }
            code.push(c);
        }
        match code.len() {
            0 => Err(VotingCodeError::Empty),
            LENGTH => Ok(VotingCode(code)),
            _ => Err(VotingCodeError::Malformed),
        }
    }

    /// The canonical form, which is what gets hashed.
    pub fn canonical(&self) -> &str {
        &self.0
    }

    /// As printed on the letter: three groups of four.
    pub fn printed(&self) -> String {
        format!("{}-{}-{}", &self.0[0..4], &self.0[4..8], &self.0[8..12])
    }
}

impl fmt::Debug for VotingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("VotingCode(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_code_is_printed_in_three_groups_of_four() {
        let code = VotingCode::from_random([1, 2, 3, 4, 5, 6, 7, 8]);
        let printed = code.printed();
        assert_eq!(printed.len(), 14);
        assert_eq!(printed.matches('-').count(), 2);
    }

    #[test]
    fn look_alike_letters_case_and_spacing_are_forgiven() {
        let code = VotingCode::parse("K7QM-3XTB-9RH0").unwrap();
        assert_eq!(VotingCode::parse(" k7qm 3xtb 9rho ").unwrap(), code);
    }

    #[test]
    fn too_short_or_foreign_characters_are_refused() {
        assert_eq!(
            VotingCode::parse("K7QM-3XTB").unwrap_err(),
            VotingCodeError::Malformed
        );
        assert_eq!(
            VotingCode::parse("K7QM-3XTB-9RH!").unwrap_err(),
            VotingCodeError::Malformed
        );
        assert_eq!(
            VotingCode::parse(" - ").unwrap_err(),
            VotingCodeError::Empty
        );
    }

    proptest! {
        #[test]
        fn every_printed_code_reads_back_as_itself(bytes in any::<[u8; 8]>()) {
            let code = VotingCode::from_random(bytes);
            prop_assert_eq!(VotingCode::parse(&code.printed()).unwrap(), code);
        }
    }
}
