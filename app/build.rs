//! Finds the translation files in `locales/`: adding a language is adding `xx.txt`.

use std::fmt::Write as _;
use std::io;

/// The key prefixes the browser's English table keeps (see `main`).
const BROWSER_PREFIXES: [&str; 8] = [
    "ballot.",
    "browser.",
    "area.",
    "status.",
    "error.",
    "money.",
    "list.",
    "language.",
];

fn main() -> io::Result<()> {
    println!("cargo:rerun-if-changed=locales");
    // Read when the script runs, not when it was compiled: a build script compiled for
    // one checkout may be run for another that shares the target folder.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").map_err(io::Error::other)?;
    let dir = std::path::Path::new(&manifest_dir).join("locales");
    let mut files: Vec<(String, std::path::PathBuf)> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| Some((p.file_stem()?.to_str()?.to_owned(), p)))
        .collect();
    files.sort();
    // In the browser only islands run, and they are handed their words in the reader's
    // language (`i18n::words`); the browser reads English alone, as the fallback. The
    // other languages stay out of the wasm a phone downloads.
    let browser = std::env::var_os("CARGO_FEATURE_HYDRATE").is_some()
        && std::env::var_os("CARGO_FEATURE_SSR").is_none();
    let out_dir = std::env::var("OUT_DIR").map_err(io::Error::other)?;
    if browser {
        files.retain(|(code, _)| code == "en");
        // Only the texts code running in the browser can reach: the islands' own (as a
        // fallback to the words they are handed) and the form pieces they are built of.
        for (code, path) in &mut files {
            println!("cargo:rerun-if-changed={}", path.display());
            let kept: String = std::fs::read_to_string(&*path)?
                .lines()
                .filter(|l| {
                    BROWSER_PREFIXES
                        .iter()
                        .any(|p| l.trim_start().starts_with(p))
                })
                .flat_map(|l| [l, "\n"])
                .collect();
            let trimmed = std::path::Path::new(&out_dir).join(format!("browser-{code}.txt"));
            std::fs::write(&trimmed, kept)?;
            *path = trimmed;
        }
    }
    let mut out = String::from(
        "/// (language code, its translation file), from `app/locales`.\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for (code, path) in &files {
        // The browser's trimmed copies are this script's own output, not its input.
        if !browser {
            println!("cargo:rerun-if-changed={}", path.display());
        }
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    std::fs::write(std::path::Path::new(&out_dir).join("locales.rs"), out)
}
