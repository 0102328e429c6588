//! Ballot receipts: short codes a voter keeps to find their ballot in the public ledger
//! and, with their voting code, to change it.

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A receipt from 5 random bytes: 8 characters (40 bits), printed `K7QM-3XTB`.
pub fn from_random(bytes: [u8; 5]) -> String {
    let mut n = bytes.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    let mut out = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            out.push('-');
        }
        out.push(ALPHABET[(n & 31) as usize] as char);
        n >>= 5;
    }
    out
}

/// A receipt as typed, in its printed form; forgiving of case, spaces, and O/I for 0/1.
pub fn parse(input: &str) -> Option<String> {
    let chars: Vec<char> = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    if chars.len() != 8
        || !chars
            .iter()
            .all(|c| c.is_ascii() && ALPHABET.contains(&(*c as u8)))
    {
        return None;
    }
    let s: String = chars.into_iter().collect();
    Some(format!("{}-{}", &s[..4], &s[4..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_receipt_reads_back_however_it_is_typed() {
        let r = from_random([1, 2, 3, 4, 5]);
        assert_eq!(r.len(), 9);
        assert_eq!(parse(&r), Some(r.clone()));
        assert_eq!(parse(&r.to_lowercase().replace('-', " ")), Some(r));
        assert_eq!(parse("abc"), None);
        assert_eq!(parse("UUUU-UUUU"), None);
    }
}
