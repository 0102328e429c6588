//! The city benchmark: the largest real elections of the corpus imported with
//! `commonpot import-pb` (which counts them), then every page and file a visitor can reach
//! for that round read by many readers at once over real HTTP against a real
//! `commonpot serve`, beside `/healthz` in the same run.
//!
//! `cargo bench -p commonpot --bench city_pages -- --help` for the options. With
//! `DATABASE_URL=postgres://…` it runs in a new database on that server (dropped after).
//! Build the release server first for figures worth quoting: `cargo bench` does.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops loudly when its set-up fails"
)]

#[path = "../tests/load/mod.rs"]
mod load;

use clap::Parser;
use load::Latencies;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Parser, Debug)]
#[command(about = "Import city-sized rounds, then read their pages under load")]
struct Args {
    /// Corpus files to import (in app/tests/fixtures/pabulib).
    #[arg(long, num_args = 1.., default_values_t = ["Poland_Lodz_2022.pb".to_owned(), "Poland_Krakow_2024.pb".to_owned()])]
    files: Vec<String>,
    /// Readers at once.
    #[arg(long, default_value_t = 20)]
    readers: usize,
    /// How long each page is read for.
    #[arg(long, default_value_t = 5.0)]
    seconds: f64,
    /// A PostgreSQL server to run on (a fresh database is made there and dropped).
    #[arg(long, env = "DATABASE_URL")]
    database_url: Option<String>,
    /// Passed by `cargo bench`.
    #[arg(long, hide = true)]
    bench: bool,
}

fn ms(d: std::time::Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let scratch = std::env::temp_dir().join(format!("commonpot-city-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch folder");
    let (url, postgres) = load::bench_database(args.database_url.as_deref(), &scratch).await;
    let ok = run(&args, &url, &scratch).await;
    if let Some((admin, name)) = postgres {
        load::drop_bench_database(&admin, &name).await;
    }
    let _ = std::fs::remove_dir_all(&scratch);
    if ok {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}

/// Imports `file` with the real command; the round's slug, and the seconds it took.
fn import(binary: &Path, url: &str, file: &Path) -> (String, f64, String) {
    let t = Instant::now();
    let out = std::process::Command::new(binary)
        .args(["import-pb", "--neighbourhood", load::NEIGHBOURHOOD])
        .arg(file)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "error")
        .output()
        .expect("run import-pb");
    let seconds = t.elapsed().as_secs_f64();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "import-pb {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let path = said
        .split_whitespace()
        .find(|w| w.starts_with("/neighbourhoods/") && !w.ends_with("/results"))
        .expect("the round's address");
    let slug = path
        .trim_end_matches('.')
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    (slug, seconds, said)
}

async fn run(args: &Args, url: &str, scratch: &Path) -> bool {
    let engine = if url.starts_with("postgres") {
        "PostgreSQL"
    } else {
        "SQLite (WAL, synchronous=FULL)"
    };
    println!(
        "Commonpot city pages: {engine}, {} cores, {} readers at once, {} s a page",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        args.readers,
        args.seconds
    );
    let db = load::connect(url).await;
    {
        use migrations::MigratorTrait;
        migrations::Migrator::up(&db, None).await.expect("migrate");
    }
    server::seed::demo::seed(&db).await.expect("demo seed");
    let binary = Path::new(env!("CARGO_BIN_EXE_commonpot"));
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../app/tests/fixtures/pabulib");
    let mut rounds = Vec::new();
    println!("\n| file | ballots | import and count (s) | of which counting (s) |");
    println!("|---|---:|---:|---:|");
    for name in &args.files {
        let (slug, seconds, said) = import(binary, url, &fixtures.join(name));
        let ballots = said
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .find(|w| w[1].starts_with("ballots"))
            .map_or("?".to_owned(), |w| w[0].to_owned());
        let counting = said
            .split("in ")
            .last()
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap_or("?")
            .to_owned();
        println!("| {name} | {ballots} | {seconds:.1} | {counting} |");
        rounds.push((name.clone(), slug));
    }
    drop(db);

    let server = load::Server::start(binary, url, scratch).await;
    let http = load::http(args.readers);
    let (base_rate, mut base, base_errors) =
        load::trivial(&http, &server.base, args.readers, args.seconds).await;
    println!(
        "\n/healthz: {base_rate:.0} requests/s, p50 {} ms, p99 {} ms, {base_errors} errors",
        ms(base.percentile(50.0)),
        ms(base.percentile(99.0))
    );
    let mut ok = base_errors == 0;
    for (name, slug) in &rounds {
        let round = format!("/neighbourhoods/{}/rounds/{slug}", load::NEIGHBOURHOOD);
        let data = format!(
            "/api/v1/neighbourhoods/{}/rounds/{slug}",
            load::NEIGHBOURHOOD
        );
        let last_page = last_ledger_page(&http, &format!("{}{round}/ledger", server.base)).await;
        println!("\n{name}\n");
        println!("| page | p50 (ms) | p99 (ms) | requests/s | of /healthz | errors |");
        println!("|---|---:|---:|---:|---:|---:|");
        for (label, path) in [
            ("round page", round.clone()),
            ("results page", format!("{round}/results")),
            ("ledger page 1", format!("{round}/ledger")),
            (
                "ledger, last page",
                format!("{round}/ledger?page={last_page}"),
            ),
            ("results.json", format!("{data}/results.json")),
            ("results.csv", format!("{data}/results.csv")),
            ("ledger.pb (whole file)", format!("{data}/ledger.pb")),
        ] {
            let (rate, mut times, errors) = load::readers(
                &http,
                &format!("{}{path}", server.base),
                args.readers,
                args.seconds,
            )
            .await;
            let times: &mut Latencies = &mut times;
            println!(
                "| {label} | {} | {} | {rate:.0} | {:.3} | {errors} |",
                ms(times.percentile(50.0)),
                ms(times.percentile(99.0)),
                rate / base_rate
            );
            ok &= errors == 0 && !times.0.is_empty();
        }
    }
    ok
}

/// The number of the ledger's last page, from the first page's pagination links.
async fn last_ledger_page(http: &reqwest::Client, url: &str) -> u32 {
    let html = http
        .get(url)
        .send()
        .await
        .expect("the ledger page")
        .text()
        .await
        .expect("its text");
    html.match_indices("page=")
        .filter_map(|(at, _)| {
            html[at + 5..]
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|n| n.parse().ok())
        })
        .max()
        .unwrap_or(1)
}
