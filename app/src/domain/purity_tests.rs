//! Keeps the domain free of I/O and frameworks, as the architecture promises.

use std::path::Path;

/// Every `.rs` file under `dir`, for tests that read the sources.
pub(crate) fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_domain_imports_no_framework_database_or_network_code() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    assert!(
        files.len() > 3,
        "domain files not found in {}",
        dir.display()
    );
    let forbidden = ["leptos", "sea_orm", "axum", "tokio", "reqwest", "std::net"];
    for file in files {
        if file.ends_with("purity_tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for word in forbidden {
            assert!(
                !text.contains(&format!("use {word}")) && !text.contains(&format!("{word}::")),
                "{} mentions {word}",
                file.display()
            );
        }
    }
}
