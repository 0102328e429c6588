//! Where a `back=` or `next=` link may send someone: only to a path on this site. A
//! browser drops tabs and line breaks from an address before reading it, so
//! `/\t/evil.example` would take the reader to evil.example; anything that is not a
//! plain path (control characters, white space, a backslash, two slashes, or the same
//! hidden in percent-encoding) is refused.

/// The longest address we send anyone back to.
const LONGEST: usize = 2_000;

fn plain(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
}

/// Percent-decoded once, byte for byte; `None` when it is not valid UTF-8 afterwards.
fn decoded(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied(),
            bytes.get(i + 2).copied(),
        ) {
            (b'%', Some(h), Some(l)) if hex(h).is_some() && hex(l).is_some() => {
                let value = hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0);
                out.push(u8::try_from(value).unwrap_or(0));
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// `typed` when it is a path on this site that no browser reads as another site.
pub fn local_path(typed: &str) -> Option<&str> {
    (typed.len() <= LONGEST && plain(typed) && decoded(typed).is_some_and(|d| plain(&d)))
        .then_some(typed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_path_on_this_site_is_kept_and_the_ways_off_it_are_refused() {
        assert_eq!(
            local_path("/neighbourhoods/x?y=1#z"),
            Some("/neighbourhoods/x?y=1#z")
        );
        assert_eq!(local_path("/caf%C3%A9"), Some("/caf%C3%A9"));
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/%09/evil.example",
            "/%2F/evil.example",
            "/%5Cevil.example",
            "/ /evil.example",
            "/\u{a0}x",
            "evil.example",
            "",
            "/%FF",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
    }

    /// A browser's reading of `path` on our site stays on our site.
    fn stays_home(path: &str) -> bool {
        let base = url::Url::parse("https://commonpot.example/some/page").unwrap();
        base.join(path)
            .is_ok_and(|u| u.host_str() == Some("commonpot.example") && u.scheme() == "https")
    }

    proptest! {
        #[test]
        fn whatever_is_typed_nothing_kept_leads_off_the_site(
            typed in prop::collection::vec(
                prop_oneof![
                    Just("/".to_owned()), Just("//".to_owned()), Just("\\\\".to_owned()),
                    Just("%2F".to_owned()), Just("%5C".to_owned()), Just("%09".to_owned()),
                    Just(":".to_owned()), Just("evil.example".to_owned()), Just("@".to_owned()),
                    Just("https:".to_owned()), Just("?".to_owned()), Just("#".to_owned()),
                    any::<char>().prop_map(|c| c.to_string()),
                    (0u8..0x20).prop_map(|b| char::from(b).to_string()),
                ],
                0..8,
            )
        ) {
            let typed: String = typed.concat();
            if let Some(kept) = local_path(&typed) {
                prop_assert!(stays_home(kept), "{kept:?} leaves the site");
            }
        }
    }
}
