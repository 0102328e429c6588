//! The language files as Project Fluent bundles, one per language, built once.
//!
//! Keys reach here as the code writes them; [`id`] turns them into Fluent ids.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::{id, DEFAULT, FILES};

pub(super) type Bundle = FluentBundle<FluentResource>;

/// Every language's bundle, by code. A file Fluent cannot read in full is a programming
/// error the locale tests catch; what could be read is still used.
pub(super) fn bundles() -> &'static BTreeMap<&'static str, Bundle> {
    static BUNDLES: OnceLock<BTreeMap<&'static str, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        FILES
            .iter()
            .map(|(code, text)| (*code, bundle(code, text)))
            .collect()
    })
}

fn bundle(code: &str, text: &str) -> Bundle {
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, errors)| {
        tracing::error!(language = code, ?errors, "language file has syntax errors");
        partial
    });
    let tag = code.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    // The pages mark their language themselves; isolation marks around every value would
    // end up inside form values and email subjects.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(language = code, ?errors, "language file gives an id twice");
    }
    bundle
}

/// The bundle of `lang` that holds `id`, else English's.
fn holder(lang: &str, id: &str) -> Option<&'static Bundle> {
    let all = bundles();
    all.get(lang)
        .filter(|b| b.has_message(id))
        .or_else(|| all.get(DEFAULT).filter(|b| b.has_message(id)))
}

/// Turns a value into a Fluent number where it is a plain whole number, so that plural
/// forms are chosen by the language's rules ("3" is Welsh `few`); anything else (a code
/// "0042", an amount "£1,200") is text and shown as it is.
fn value(text: &str) -> FluentValue<'_> {
    let plain = !text.is_empty()
        && text.len() <= 15
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    match text.parse::<i64>() {
        Ok(n) if plain => FluentValue::from(n),
        _ => FluentValue::from(text),
    }
}

/// The message `key` in `lang` with `args`, or `None` when no language defines it.
pub(super) fn format(lang: &str, key: &str, args: &[(&str, String)]) -> Option<Cow<'static, str>> {
    let id = id(key);
    let bundle = holder(lang, &id)?;
    let pattern = bundle.get_message(&id)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, text) in args {
        fluent_args.set(*name, value(text));
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(
        pattern,
        (!args.is_empty()).then_some(&fluent_args),
        &mut errors,
    );
    if !errors.is_empty() {
        // A placeholder the caller did not give: a programming error (a debug build stops
        // here, so the tests that reach the call find it); the text is still shown.
        tracing::warn!(key, ?errors, "message formatted with errors");
        debug_assert!(false, "{key}: {errors:?}");
    }
    Some(out)
}

/// A text with no arguments, kept for the life of the process: the pages borrow their words.
pub(super) fn fixed(lang: &str, key: &str) -> Option<&'static str> {
    static MADE: OnceLock<Mutex<HashMap<(String, String), &'static str>>> = OnceLock::new();
    match format(lang, key, &[])? {
        Cow::Borrowed(text) => Some(text),
        // Only a message built of several parts (a term, an escaped character) is owned:
        // made once per language and key, then kept.
        Cow::Owned(text) => {
            let mut made = MADE
                .get_or_init(Default::default)
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            Some(
                made.entry((lang.to_owned(), key.to_owned()))
                    .or_insert_with(|| Box::leak(text.into_boxed_str())),
            )
        }
    }
}

/// The names of the variables `key`'s English text uses, in order of first use.
pub(super) fn variables(key: &str) -> Vec<String> {
    variables_in(DEFAULT, key)
}

/// The names of the variables `key`'s text in `lang` (else English) uses.
pub(super) fn variables_in(lang: &str, key: &str) -> Vec<String> {
    let mut names = Vec::new();
    let id = id(key);
    if let Some(pattern) = holder(lang, &id)
        .and_then(|b| b.get_message(&id))
        .and_then(|m| m.value())
    {
        collect(pattern, &mut names);
    }
    names
}

fn collect(pattern: &ast::Pattern<&str>, names: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, names);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, names: &mut Vec<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, names),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, names);
            for variant in variants {
                collect(&variant.value, names);
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, names: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } if !names.iter().any(|n| n == id.name) => {
            names.push(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, names),
        _ => {}
    }
}

/// Every id `lang`'s file defines, as code keys are written (with `-`: see [`id`]).
pub(super) fn ids(lang: &str) -> &'static [&'static str] {
    // Read off the files once: the islands' words are looked up by prefix on every page.
    static IDS: OnceLock<BTreeMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    IDS.get_or_init(|| {
        FILES
            .iter()
            .map(|(code, text)| {
                let ids = text
                    .lines()
                    .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
                    .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim()))
                    .collect();
                (*code, ids)
            })
            .collect()
    })
    .get(lang)
    .map_or(&[], Vec::as_slice)
}
