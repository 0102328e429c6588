//! Finds the translation files in `locales/`: adding a language is adding `xx.txt`.

use std::fmt::Write as _;
use std::io;

fn main() -> io::Result<()> {
    println!("cargo:rerun-if-changed=locales");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
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
    if browser {
        files.retain(|(code, _)| code == "en");
    }
    let mut out = String::from(
        "/// (language code, its translation file), from `app/locales`.\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for (code, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").map_err(io::Error::other)?;
    std::fs::write(std::path::Path::new(&out_dir).join("locales.rs"), out)
}
