//! The translation layer. Every language is one Project Fluent file in `app/locales/`
//! (`cy.ftl` for Welsh), found by the build script: adding Bengali for Poplar is adding
//! `bn.ftl`. Plural forms follow each language's CLDR rules (Welsh has six). A message a
//! language leaves out is shown in English. The language is the reader's choice, kept
//! in a cookie (the language buttons post to `/language`, which sets it), and the page's
//! `lang` follows it. Islands are handed their words by the server ([`words`]), so the
//! browser's wasm holds no language file.

use std::borrow::Cow;
use std::collections::BTreeMap;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub mod dates;
#[cfg(feature = "ssr")]
mod fluent;
mod letters;
mod messages;
pub use letters::{letter, line};
pub use messages::{
    any_of, area_name, delivery_name, delivery_name_in, event_name, phase_name, phase_now,
    role_name, status_name, status_name_in, Say,
};
pub const DEFAULT: &str = "en";
pub const COOKIE: &str = "commonpot_lang";

/// The Fluent id of a code key: Fluent ids cannot hold a dot, so `ballot.send` is
/// `ballot-send` in the files.
pub fn id(key: &str) -> Cow<'_, str> {
    if key.contains('.') {
        Cow::Owned(key.replace('.', "-"))
    } else {
        Cow::Borrowed(key)
    }
}

/// The language code as stored, if there is a file for it.
pub fn known(code: &str) -> Option<&'static str> {
    FILES.iter().map(|(c, _)| *c).find(|c| *c == code)
}

/// (code, the language's own name), for the language switch.
pub fn languages() -> Vec<(&'static str, &'static str)> {
    FILES
        .iter()
        .map(|(code, _)| (*code, text(code, "language.name")))
        .collect()
}

/// The text of `key` in `lang`, else in English.
#[cfg(feature = "ssr")]
pub fn text(lang: &str, key: &str) -> &'static str {
    fluent::fixed(lang, key).unwrap_or_else(|| missing(key))
}

/// The browser holds no language file: islands use the [`Words`] they were handed.
#[cfg(not(feature = "ssr"))]
pub fn text(_lang: &str, _key: &str) -> &'static str {
    ""
}

/// The text of `key` in `lang` (else English) with its placeholders given by `args`;
/// a whole number chooses the plural form by the language's rules.
#[cfg(feature = "ssr")]
pub fn text_with(lang: &str, key: &str, args: &[(&str, String)]) -> String {
    fluent::format(lang, key, args)
        .map(Cow::into_owned)
        .unwrap_or_else(|| missing(key).to_owned())
}

#[cfg(not(feature = "ssr"))]
pub fn text_with(_lang: &str, _key: &str, _args: &[(&str, String)]) -> String {
    String::new()
}

/// A key no language defines is a programming error the locale tests catch; showing the
/// key beats showing nothing.
#[cfg(feature = "ssr")]
fn missing(key: &str) -> &'static str {
    tracing::error!(key, "no English text");
    debug_assert!(false, "no English text for {key}");
    Box::leak(key.to_owned().into_boxed_str())
}

/// [`text_with`] in the reader's language.
pub fn tr(key: &str, args: &[(&str, String)]) -> String {
    text_with(current(), key, args)
}

/// A template with each `{name}` replaced, in one pass: a value that itself holds
/// `{…}` (a proposal called "{n} benches") is put in as it is, never filled again.
/// Only islands need it: the words they are handed keep `{name}` where a value goes.
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

/// `key`'s plural form for `n` in the reader's language, with `{ $n }` and the other
/// placeholders filled.
pub fn plural<N>(n: N, key: &str, args: &[(&str, String)]) -> String
where
    N: Copy + std::fmt::Display,
{
    let mut all = vec![("n", n.to_string())];
    all.extend(args.iter().cloned());
    tr(key, &all)
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

/// Every text whose key starts with one of `prefixes`, in the reader's language, keyed
/// by Fluent id, with `{name}` where each value goes: what an island needs, as it cannot
/// read the cookie and carries no language file. (A plural chosen by a value the island
/// only knows in the browser takes the language's general form.)
#[cfg(feature = "ssr")]
pub fn words(prefixes: &[&str]) -> BTreeMap<String, String> {
    let lang = current();
    let prefixes: Vec<Cow<str>> = prefixes.iter().map(|p| id(p)).collect();
    fluent::ids(DEFAULT)
        .iter()
        .copied()
        .filter(|k| prefixes.iter().any(|p| k.starts_with(&**p)))
        .map(|k| {
            let markers: Vec<(String, String)> = fluent::variables(k)
                .into_iter()
                .map(|name| (name.clone(), format!("{{{name}}}")))
                .collect();
            let args: Vec<(&str, String)> = markers
                .iter()
                .map(|(name, marker)| (name.as_str(), marker.clone()))
                .collect();
            (k.to_owned(), text_with(lang, k, &args))
        })
        .collect()
}

#[cfg(not(feature = "ssr"))]
pub fn words(_prefixes: &[&str]) -> BTreeMap<String, String> {
    BTreeMap::new()
}

/// The words an island was given (see [`words`]).
#[derive(Debug, Clone, Default)]
pub struct Words(pub BTreeMap<String, String>);

impl Words {
    /// The text of `key`; a key the island was not given shows as the key itself, which
    /// the browser journeys would see.
    pub fn get(&self, key: &str) -> String {
        self.0
            .get(&*id(key))
            .cloned()
            .unwrap_or_else(|| key.to_owned())
    }

    pub fn fill(&self, key: &str, args: &[(&str, String)]) -> String {
        fill(&self.get(key), args)
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests;
