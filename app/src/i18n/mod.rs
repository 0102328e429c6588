//! The translation layer. Every language is one file in `app/locales/` (`cy.txt` for
//! Welsh), found by the build script: adding Bengali for Poplar is adding `bn.txt`. A
//! key a language leaves out is shown in English. The language is the reader's choice,
//! kept in a cookie (the language buttons post to `/language`, which sets it), and the page's `lang` follows it.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub mod dates;
mod letters;
mod messages;
pub use letters::{letter, line};
pub use messages::{
    any_of, area_name, delivery_name, delivery_name_in, event_name, phase_name, phase_now,
    role_name, status_name, status_name_in, Say,
};

pub const DEFAULT: &str = "en";
pub const COOKIE: &str = "commonpot_lang";

type Table = HashMap<&'static str, &'static str>;

/// `key = text` lines; `#` starts a comment line.
fn parse(text: &'static str) -> Table {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim(), v.trim()))
        .collect()
}

fn tables() -> &'static BTreeMap<&'static str, Table> {
    static TABLES: OnceLock<BTreeMap<&'static str, Table>> = OnceLock::new();
    TABLES.get_or_init(|| {
        FILES
            .iter()
            .map(|(code, text)| (*code, parse(text)))
            .collect()
    })
}

/// The language code as stored, if there is a file for it.
pub fn known(code: &str) -> Option<&'static str> {
    tables().keys().copied().find(|k| *k == code)
}

/// (code, the language's own name), for the language switch.
pub fn languages() -> Vec<(&'static str, &'static str)> {
    tables()
        .keys()
        .map(|code| (*code, text(code, "language.name")))
        .collect()
}

/// The text of `key` in `lang`, else in English.
pub fn text(lang: &str, key: &str) -> &'static str {
    let found = tables()
        .get(lang)
        .and_then(|t| t.get(key))
        .or_else(|| tables().get(DEFAULT).and_then(|t| t.get(key)));
    match found {
        Some(text) => text,
        None => {
            // A key missing from English is a programming error the locale tests catch;
            // showing the key beats showing nothing.
            debug_assert!(false, "no English text for {key}");
            Box::leak(key.to_owned().into_boxed_str())
        }
    }
}

/// A template with each `{name}` replaced, in one pass: a value that itself holds
/// `{…}` (a proposal called "{n} benches") is put in as it is, never filled again.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after
            .find('}')
            .and_then(|close| args.iter().find(|(name, _)| *name == &after[..close]));
        match value {
            Some((name, value)) => {
                out.push_str(value);
                rest = &after[name.len() + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `key.one` when `n` is 1, else `key.other`, with `{n}` and the other placeholders
/// filled. (Welsh counts nouns differently again; its files use the same two forms
/// with wording that reads right for both.)
pub fn plural<N>(n: N, key: &str, args: &[(&str, String)]) -> String
where
    N: Copy + std::fmt::Display + TryInto<u64>,
{
    let form = if n.try_into().ok() == Some(1) {
        "one"
    } else {
        "other"
    };
    let mut all = vec![("n", n.to_string())];
    all.extend(args.iter().cloned());
    fill(t(&format!("{key}.{form}")), &all)
}

/// A name or description given in English and optionally in Welsh, in `lang`.
pub fn pick<'a>(lang: &str, english: &'a str, welsh: Option<&'a str>) -> &'a str {
    match welsh {
        Some(cy) if lang == "cy" && !cy.trim().is_empty() => cy,
        _ => english,
    }
}

/// The `Set-Cookie` value that keeps `code` as the reader's language for a year.
pub fn choice_cookie(code: &str) -> String {
    format!("{COOKIE}={code}; Path=/; Max-Age=31536000; SameSite=Lax")
}

/// The language the reader chose with the language switch (their cookie), if any.
#[cfg(feature = "ssr")]
pub fn chosen() -> Option<&'static str> {
    leptos::prelude::use_context::<http::request::Parts>().and_then(|parts| {
        parts
            .headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|c| c.trim().split_once('='))
            .find(|(name, _)| *name == COOKIE)
            .and_then(|(_, value)| known(value))
    })
}

/// The reader's language: their choice if it names a known language, else English.
#[cfg(feature = "ssr")]
pub fn current() -> &'static str {
    chosen().unwrap_or(DEFAULT)
}

/// In the browser only islands run, and they are given their words (see [`words`]).
#[cfg(not(feature = "ssr"))]
pub fn current() -> &'static str {
    DEFAULT
}

/// The text of `key` in the reader's language.
pub fn t(key: &str) -> &'static str {
    text(current(), key)
}

/// Every text whose key starts with one of `prefixes`, in the reader's language: what
/// an island needs, as it cannot read the cookie itself.
pub fn words(prefixes: &[&str]) -> BTreeMap<String, String> {
    let lang = current();
    tables()
        .get(DEFAULT)
        .into_iter()
        .flat_map(|t| t.keys())
        .filter(|k| prefixes.iter().any(|p| k.starts_with(p)))
        .map(|k| ((*k).to_owned(), text(lang, k).to_owned()))
        .collect()
}

/// The words an island was given (see [`words`]); a key it was not given is shown in
/// English.
#[derive(Debug, Clone, Default)]
pub struct Words(pub BTreeMap<String, String>);

impl Words {
    pub fn get(&self, key: &str) -> String {
        self.0
            .get(key)
            .cloned()
            .unwrap_or_else(|| text(DEFAULT, key).to_owned())
    }

    pub fn fill(&self, key: &str, args: &[(&str, String)]) -> String {
        fill(&self.get(key), args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn every_language_uses_only_english_keys_with_the_same_placeholders() {
        let english = &tables()[DEFAULT];
        for (code, table) in tables() {
            for (key, text) in table {
                let Some(en) = english.get(key) else {
                    panic!("{code}.txt has {key}, which English does not");
                };
                assert_eq!(placeholders(text), placeholders(en), "{code}: {key}");
            }
        }
    }

    #[test]
    fn no_language_file_gives_a_key_twice() {
        for (code, text) in FILES {
            let mut seen = std::collections::BTreeSet::new();
            for line in text.lines().map(str::trim) {
                if let Some((key, _)) = line.split_once('=').filter(|_| !line.starts_with('#')) {
                    assert!(
                        seen.insert(key.trim()),
                        "{code}.txt gives {} twice",
                        key.trim()
                    );
                }
            }
        }
    }

    #[test]
    fn welsh_covers_the_whole_ballot_and_proposal_journeys() {
        let welsh = &tables()["cy"];
        for key in tables()[DEFAULT].keys() {
            if [
                "site.",
                "ballot.",
                "receipt.",
                "area.",
                "language.",
                "propose.",
                "proposal.",
                "status.",
                "phase.",
                "timeline.",
                "home.",
                "place.",
                "round.",
                "pot.",
                "signin.",
                "signup.",
                "delivery.",
                "browser.",
                "error.",
                "refusal.",
                "money.",
                "note.",
                "list.",
                "postcode.",
                "code.",
                "email.",
                "password.",
                "history.",
                "letter.",
                "date.",
                "timetable.",
            ]
            .iter()
            .any(|p| key.starts_with(p))
            {
                assert!(welsh.contains_key(key), "cy.txt lacks {key}");
            }
        }
    }

    #[test]
    fn a_missing_key_falls_back_to_english_and_templates_are_filled() {
        assert_eq!(text("xx", "ballot.send"), "Send my vote");
        assert_eq!(text("cy", "ballot.send"), "Anfon fy mhleidlais");
        assert_eq!(
            fill(text("cy", "ballot.points"), &[("n", "3".into())]),
            "3 pwynt"
        );
        assert_eq!(known("cy"), Some("cy"));
        assert_eq!(known("../etc"), None);
    }
}
