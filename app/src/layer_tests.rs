//! Keeps the layers one-way: the backend never reaches up into the server functions, and
//! server functions reach the database only through backend use cases. Files that still
//! name the database from the api are listed, and the list may only shrink.

use crate::domain::purity_tests::rust_files;
use std::path::Path;

/// The files under `src/<layer>` whose code (not comments) names any of `words`, as
/// paths relative to `src`.
fn naming(layer: &str, words: &[&str]) -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src.join(layer), &mut files);
    assert!(
        files.len() > 3,
        "{layer} files not found under {}",
        src.display()
    );
    let mut out: Vec<String> = files
        .into_iter()
        .filter(|f| {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            text.lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .any(|l| words.iter().any(|w| l.contains(w)))
        })
        .filter_map(|f| {
            f.strip_prefix(&src)
                .ok()
                .map(|p| p.to_string_lossy().replace('\\', "/"))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_backend_never_names_the_server_functions() {
    assert_eq!(
        naming("backend", &["crate::api", "super::super::api"]),
        Vec::<String>::new()
    );
}

/// Server functions that still read or name database rows themselves, to be moved
/// behind backend use cases. A file leaves the list when it no longer does.
const STILL_NAMING_THE_DATABASE: &[&str] = &[
    "api/decision/draft.rs",
    "api/decision/mod.rs",
    "api/decision/preview.rs",
    "api/delivery.rs",
    "api/groups.rs",
    "api/invitations.rs",
    "api/proposals/mod.rs",
    "api/proposals/submit.rs",
    "api/rounds.rs",
    "api/voting.rs",
];

#[test]
fn no_new_server_function_names_the_database() {
    let found = naming("api", &["sea_orm", "entities"]);
    let new: Vec<&String> = found
        .iter()
        .filter(|f| !STILL_NAMING_THE_DATABASE.contains(&f.as_str()))
        .collect();
    assert!(
        new.is_empty(),
        "these server functions name sea_orm or entities: call a backend use case instead: {new:?}"
    );
    let moved: Vec<&&str> = STILL_NAMING_THE_DATABASE
        .iter()
        .filter(|f| !found.iter().any(|g| g == *f))
        .collect();
    assert!(
        moved.is_empty(),
        "these no longer name the database: take them off the list: {moved:?}"
    );
}
