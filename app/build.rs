//! Finds the Fluent files in `locales/`: adding a language is adding `xx.ftl`.

use std::fmt::Write as _;
use std::io;

fn main() -> io::Result<()> {
    println!("cargo:rerun-if-changed=locales");
    // Read when the script runs, not when it was compiled: a build script compiled for
    // one checkout may be run for another that shares the target folder.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").map_err(io::Error::other)?;
    let dir = std::path::Path::new(&manifest_dir).join("locales");
    let mut files: Vec<(String, std::path::PathBuf)> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .filter_map(|p| Some((p.file_stem()?.to_str()?.to_owned(), p)))
        .collect();
    files.sort();
    // In the browser only islands run, and they are handed their words in the reader's
    // language by the server (`i18n::words`): the wasm a phone downloads carries no
    // language file at all.
    let browser = std::env::var_os("CARGO_FEATURE_HYDRATE").is_some()
        && std::env::var_os("CARGO_FEATURE_SSR").is_none();
    if browser {
        files.clear();
    }
    let mut out = String::from(
        "/// (language code, its Fluent file), from `app/locales`.\npub static FILES: &[(&str, &str)] = &[\n",
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
