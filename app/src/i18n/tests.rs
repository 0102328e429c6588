//! The language files against each other and against the code that names their messages.

use std::collections::BTreeSet;

use super::*;

const WELSH_COVERS: [&str; 31] = [
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
];

#[test]
fn every_language_file_is_fluent_that_parses_whole_with_no_id_twice() {
    for (code, text) in FILES {
        let resource = fluent_bundle::FluentResource::try_new((*text).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{code}.ftl: {errors:?}"));
        let mut bundle = fluent_bundle::FluentBundle::new(vec![]);
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("{code}.ftl: {errors:?}");
        }
    }
}

#[test]
fn every_language_uses_only_english_ids_with_the_same_placeholders() {
    let english: BTreeSet<&str> = fluent::ids(DEFAULT).iter().copied().collect();
    for (code, _) in FILES {
        for &key in fluent::ids(code) {
            assert!(
                english.contains(key),
                "{code}.ftl has {key}, which English does not"
            );
            let theirs: BTreeSet<String> = fluent::variables_in(code, key).into_iter().collect();
            let ours: BTreeSet<String> = fluent::variables(key).into_iter().collect();
            assert_eq!(theirs, ours, "{code}: {key}");
        }
    }
}

#[test]
fn welsh_covers_the_whole_ballot_and_proposal_journeys() {
    let welsh: BTreeSet<&str> = fluent::ids("cy").iter().copied().collect();
    for &key in fluent::ids(DEFAULT) {
        if WELSH_COVERS.iter().any(|p| key.starts_with(&*id(p))) {
            assert!(welsh.contains(key), "cy.ftl lacks {key}");
        }
    }
}

#[test]
fn a_missing_message_falls_back_to_english_and_placeholders_are_filled() {
    assert_eq!(text("xx", "ballot.send"), "Send my vote");
    assert_eq!(text("cy", "ballot.send"), "Anfon fy mhleidlais");
    assert_eq!(
        text_with("cy", "ballot.points", &[("n", "3".into())]),
        "3 pwynt"
    );
    assert_eq!(known("cy"), Some("cy"));
    assert_eq!(known("../etc"), None);
}

#[test]
fn welsh_counts_in_six_forms_where_english_has_two() {
    let say = |lang: &str, n: u32| text_with(lang, "close.ballots_so_far", &[("n", n.to_string())]);
    assert_eq!(say("en", 1), "1 ballot has been cast so far.");
    assert_eq!(say("en", 2), "2 ballots have been cast so far.");
    let welsh: Vec<String> = [0, 1, 2, 3, 6, 20].iter().map(|&n| say("cy", n)).collect();
    assert_eq!(welsh[0], "Does dim pleidlais wedi’i bwrw hyd yma.");
    assert_eq!(welsh[2], "Mae 2 bleidlais wedi’u bwrw hyd yma.");
    assert_eq!(welsh[4], "Mae 6 phleidlais wedi’u bwrw hyd yma.");
    assert_eq!(welsh[5], "Mae 20 o bleidleisiau wedi’u bwrw hyd yma.");
    let forms: BTreeSet<&String> = welsh.iter().collect();
    assert_eq!(forms.len(), 6, "{welsh:?}");
}

#[test]
fn what_people_typed_is_put_in_as_it_is_and_codes_keep_their_zeros() {
    let filled = text_with("en", "ballot.title", &[("round", "{ $n } 0042 <b>".into())]);
    assert_eq!(filled, "Vote: { $n } 0042 <b>");
    assert_eq!(fluent::variables("ballot.title"), vec!["round".to_owned()]);
}

#[test]
fn islands_are_handed_their_words_with_a_mark_where_each_value_goes() {
    let handed = Words(words(&["ballot."]));
    assert_eq!(handed.get("ballot.send"), "Send my vote");
    assert_eq!(
        handed.fill("ballot.points", &[("n", "4".into())]),
        "4 points"
    );
    assert!(handed.0.keys().all(|k| k.starts_with("ballot-")));
}

/// The code's message keys: string literals in the place a key goes (`t("…")`,
/// `text(lang, "…")`, `plural(n, "…"`, a `Say` arm's `("…", vec![…])`, …).
fn keys_in(source: &str) -> Vec<String> {
    uses_in(source).into_iter().map(|u| u.0).collect()
}

/// Each key the code names, with the placeholder names the call gives when it writes
/// them out (`&[("round", …)]`, `vec![…]`; `plural` adds `n`; `t` and `text` give none),
/// or `None` when they come from elsewhere (a variable).
fn uses_in(source: &str) -> Vec<(String, Option<Vec<String>>)> {
    const CALLS: [&str; 11] = [
        "t",
        "tr",
        "text",
        "text_with",
        "plural",
        "line",
        "letter",
        "get",
        "fill",
        "w",
        "key",
    ];
    let mut keys = Vec::new();
    let mut rest = source;
    while let Some(open) = rest.find('"') {
        let before = &rest[..open];
        let after = &rest[open + 1..];
        let Some(close) = after.find('"') else { break };
        let literal = &after[..close];
        rest = &after[close + 1..];
        let shaped = literal.contains('.')
            && literal
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
            && literal.starts_with(|c: char| c.is_ascii_lowercase())
            && !literal.ends_with('.');
        if !shaped {
            continue;
        }
        // What stands before the literal on its call: `name(` and at most one argument.
        let context: String = before
            .chars()
            .rev()
            .take(60)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .filter(|c| !c.is_whitespace())
            .collect();
        let call = match context.rfind('(') {
            Some(at) if !context[at + 1..].contains(['(', ')', ';', '"']) => &context[..=at],
            _ => continue,
        };
        let between_ok = {
            let args = &context[call.len()..];
            args.is_empty() || (args.ends_with(',') && !args[..args.len() - 1].contains(','))
        };
        let head = &call[..call.len() - 1];
        let name_at = head
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |at| at + 1);
        let name = &head[name_at..];
        let say_arm = name.is_empty() && head.ends_with("=>");
        if between_ok && (say_arm || CALLS.contains(&name)) {
            let given = match name {
                "t" | "text" => Some(Vec::new()),
                "tr" | "text_with" | "plural" | "line" | "letter" | "fill" | "" => {
                    written_out(rest).map(|mut names| {
                        if name == "plural" {
                            names.push("n".to_owned());
                        }
                        names
                    })
                }
                _ => None,
            };
            keys.push((literal.to_owned(), given));
        }
    }
    keys
}

/// The names in `, &[("a", …), ("b", …)]` or `, vec![…]` at the start of `after`.
fn written_out(after: &str) -> Option<Vec<String>> {
    let after = after.trim_start().strip_prefix(',')?.trim_start();
    let list = after
        .strip_prefix("&[")
        .or_else(|| after.strip_prefix("vec!["))?;
    let mut depth = 1;
    let end = list.char_indices().find_map(|(i, c)| {
        match c {
            '[' | '(' | '{' => depth += 1,
            ']' | ')' | '}' => depth -= 1,
            _ => {}
        }
        (depth == 0).then_some(i)
    })?;
    let list = &list[..end];
    Some(
        list.split('(')
            .skip(1)
            .filter_map(|part| {
                let (name, rest) = part.trim_start().strip_prefix('"')?.split_once('"')?;
                let named = !name.is_empty()
                    && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    && rest.trim_start().starts_with(',');
                named.then(|| name.to_owned())
            })
            .collect(),
    )
}

#[test]
fn every_message_the_code_names_is_in_english() {
    let english: BTreeSet<&str> = fluent::ids(DEFAULT).iter().copied().collect();
    let families: BTreeSet<&str> = english.iter().filter_map(|k| k.split('-').next()).collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    crate::domain::purity_tests::rust_files(&root.join("src"), &mut files);
    crate::domain::purity_tests::rust_files(&root.join("../server/src"), &mut files);
    let mut checked = 0;
    let mut unknown = Vec::new();
    // This file's samples of the scan are not calls.
    files.retain(|f| !f.ends_with("i18n/tests.rs"));
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        for key in keys_in(&source) {
            let family = key.split('.').next().unwrap_or_default();
            if !families.contains(family) {
                continue;
            }
            checked += 1;
            let wanted = id(&key);
            // A key may be the stem of composed ones (`letter.reminder` + `.subject`).
            let stem = format!("{wanted}-");
            if !english.contains(&*wanted) && !english.iter().any(|k| k.starts_with(&stem)) {
                unknown.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(
        checked > 800,
        "only {checked} keys found: the scan is broken"
    );
    assert!(unknown.is_empty(), "not in en.ftl:\n{}", unknown.join("\n"));
}

#[test]
fn every_call_gives_each_placeholder_its_message_uses() {
    let english: BTreeSet<&str> = fluent::ids(DEFAULT).iter().copied().collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    crate::domain::purity_tests::rust_files(&root.join("src"), &mut files);
    crate::domain::purity_tests::rust_files(&root.join("../server/src"), &mut files);
    let (mut checked, mut short) = (0, Vec::new());
    // This file's samples of the scan are not calls.
    files.retain(|f| !f.ends_with("i18n/tests.rs"));
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        for (key, given) in uses_in(&source) {
            let Some(given) = given else { continue };
            if !english.contains(&*id(&key)) {
                continue;
            }
            checked += 1;
            let missing: Vec<String> = fluent::variables(&key)
                .into_iter()
                .filter(|v| !given.contains(v))
                .collect();
            if !missing.is_empty() {
                short.push(format!("{}: {key} lacks {missing:?}", file.display()));
            }
        }
    }
    assert!(
        checked > 800,
        "only {checked} calls checked: the scan is broken"
    );
    assert!(
        short.is_empty(),
        "calls that leave a placeholder out:\n{}",
        short.join("\n")
    );
}

#[test]
fn the_argument_scan_reads_the_names_a_call_writes_out() {
    let found = uses_in(
        r#"tr("ballot.title", &[("round", name.clone())]); t("ballot.send");
        plural(n, "close.ballots_so_far", &[]); letter(lang, "letter.reminder", &args);"#,
    );
    assert_eq!(
        found,
        [
            ("ballot.title".to_owned(), Some(vec!["round".to_owned()])),
            ("ballot.send".to_owned(), Some(vec![])),
            (
                "close.ballots_so_far".to_owned(),
                Some(vec!["n".to_owned()])
            ),
            ("letter.reminder".to_owned(), None),
        ]
    );
}

#[test]
fn the_key_scan_finds_keys_in_calls_and_say_arms() {
    let found = keys_in(
        r#"t("ballot.send"); text(lang, "date.long"); tr(
            "paper.added", &[]); X => ("code.empty", vec![]); audit("code.voided");"#,
    );
    assert_eq!(
        found,
        ["ballot.send", "date.long", "paper.added", "code.empty"]
    );
}
