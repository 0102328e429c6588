//! The vote-close load benchmark, over the real HTTP path of a real `commonpot serve`:
//! seeds verified voters, signs half of them in (timed apart: argon2 is slow on
//! purpose), measures a trivial endpoint of the same server, then has many phones cast
//! and change ballots at once, half signed in and half with letter codes, and finally
//! checks that the database holds exactly one ballot per voter, as last acknowledged.
//!
//! `cargo bench -p commonpot --bench ballot_load -- --help` for the options. With
//! `DATABASE_URL=postgres://…` it runs in a new database on that server (dropped after),
//! and `--servers 2` shares it between two app servers: voters sign in on one and vote
//! through the other.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops loudly when its set-up fails"
)]

#[path = "../tests/load/mod.rs"]
mod load;

use clap::Parser;
use load::{Latencies, Voter};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Parser, Debug)]
#[command(about = "Ballots a second at vote close, against a real server")]
struct Args {
    /// Verified voters: half sign in with accounts, half vote with letter codes.
    #[arg(long, default_value_t = 2000)]
    voters: usize,
    /// Phones sending ballots at once.
    #[arg(long, default_value_t = 100)]
    concurrency: usize,
    /// How long ballots are sent for.
    #[arg(long, default_value_t = 20.0)]
    seconds: f64,
    /// How long the trivial endpoint is measured for.
    #[arg(long, default_value_t = 5.0)]
    trivial_seconds: f64,
    /// App servers sharing the database (2 needs PostgreSQL).
    #[arg(long, default_value_t = 1)]
    servers: usize,
    /// A PostgreSQL server to run on (a fresh database is made there and dropped).
    #[arg(long, env = "DATABASE_URL")]
    database_url: Option<String>,
    /// Passed by `cargo bench`.
    #[arg(long, hide = true)]
    bench: bool,
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn spread(l: &mut Latencies) -> String {
    format!(
        "p50 {}, p95 {}, p99 {}",
        ms(l.percentile(50.0)),
        ms(l.percentile(95.0)),
        ms(l.percentile(99.0))
    )
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let scratch = std::env::temp_dir().join(format!("commonpot-load-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch folder");
    let (url, postgres) = load::bench_database(args.database_url.as_deref(), &scratch).await;
    assert!(
        args.servers == 1 || postgres.is_some(),
        "--servers 2 needs DATABASE_URL=postgres://…"
    );
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

async fn run(args: &Args, url: &str, scratch: &std::path::Path) -> bool {
    let engine = if url.starts_with("postgres") {
        "PostgreSQL"
    } else {
        "SQLite (WAL, synchronous=FULL)"
    };
    println!(
        "Commonpot ballot load: {engine}, {} app server(s), {} cores, {} voters, {} phones at once",
        args.servers,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        args.voters,
        args.concurrency
    );
    let t = Instant::now();
    let electorate = load::prepare(url, args.voters).await;
    println!(
        "seeded: {} accounts and {} letter codes in {:.1} s",
        electorate.accounts.len(),
        electorate.codes.len(),
        t.elapsed().as_secs_f64()
    );
    let binary = std::path::Path::new(env!("CARGO_BIN_EXE_commonpot"));
    let mut servers = Vec::new();
    for _ in 0..args.servers {
        servers.push(load::Server::start(binary, url, scratch).await);
    }
    let bases: Vec<String> = servers.iter().map(|s| s.base.clone()).collect();
    let http = load::http(args.concurrency);

    // Sign-ins, 8 at a time; on two servers each voter signs in on the server they
    // will not vote through, so the ballots prove sessions are shared.
    let t = Instant::now();
    let mut sessions = vec![String::new(); electorate.accounts.len()];
    let mut failed_sign_ins = 0;
    for (chunk_no, chunk) in electorate.accounts.chunks(8).enumerate() {
        let mut tasks = Vec::new();
        for (k, email) in chunk.iter().enumerate() {
            let j = 2 * (chunk_no * 8 + k); // accounts are the even voters below
            let base = bases[(j + 1) % bases.len()].clone();
            let (http, email) = (http.clone(), email.clone());
            tasks.push(tokio::spawn(async move {
                load::sign_in(&http, &base, &email).await
            }));
        }
        for (k, task) in tasks.into_iter().enumerate() {
            match task.await.expect("sign-in task") {
                Ok(s) => sessions[chunk_no * 8 + k] = s,
                Err(_) => failed_sign_ins += 1,
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "sign-in (argon2id, before the measured window): {} in {secs:.1} s = {:.1}/s, {failed_sign_ins} failed",
        sessions.len(),
        sessions.len() as f64 / secs
    );

    let (rate, mut times, errors) =
        load::trivial(&http, &bases[0], args.concurrency, args.trivial_seconds).await;
    println!(
        "trivial GET /healthz: {rate:.0} requests/s, {}, {errors} errors",
        spread(&mut times)
    );

    let phones = |journey: bool| load::Phones {
        concurrency: args.concurrency,
        until: Instant::now() + Duration::from_secs_f64(args.seconds),
        stop: Arc::new(AtomicBool::new(false)),
        journey,
    };
    let voters = voters_of(&sessions, &electorate.codes, &[]);
    let mut outcome = load::drive(&http, &bases, voters, &electorate.ballots, phones(false)).await;
    report("ballots", &mut outcome, rate);

    // The whole phone journey: the ballot page, the ballot, the receipt page.
    let voters = voters_of(&sessions, &electorate.codes, &outcome.records);
    let mut journeys = load::drive(&http, &bases, voters, &electorate.ballots, phones(true)).await;
    report(
        "journeys (GET ballot page, POST ballot, GET receipt page)",
        &mut journeys,
        rate,
    );
    drop(servers);
    let records: Vec<load::Record> = outcome
        .records
        .iter()
        .zip(&journeys.records)
        .map(|(first, then)| load::Record {
            acked: then.acked.clone().or_else(|| first.acked.clone()),
            unanswered: if then.acked.is_some() || then.unanswered.is_some() {
                then.unanswered.clone()
            } else {
                first.unanswered.clone()
            },
            first_acked_at: first.first_acked_at.or(then.first_acked_at),
        })
        .collect();
    outcome.errors.extend(journeys.errors);
    let stored = load::stored(url, electorate.round_id).await;
    let audit = load::audit(&records, &stored);
    println!(
        "check: {} voters acknowledged, {} ballots stored, {} lost, {} with other choices than last acknowledged, {} unexplained, {} changes given a new receipt",
        audit.acknowledged, audit.stored, audit.lost, audit.wrong, audit.unexplained, outcome.receipt_changed
    );
    audit.acknowledged > 0
        && outcome.errors.is_empty()
        && audit.lost == 0
        && audit.wrong == 0
        && audit.unexplained == 0
        && audit.stored == audit.acknowledged
        && outcome.receipt_changed == 0
        && journeys.receipt_changed == 0
        && failed_sign_ins == 0
}

/// Even voters vote with their accounts, odd ones with letter codes; a code voter who was
/// given a receipt in `records` keeps it, to change their ballot.
fn voters_of(sessions: &[String], codes: &[String], records: &[load::Record]) -> Vec<Voter> {
    let receipt = |j: usize| {
        records
            .get(j)
            .and_then(|r| r.acked.as_ref())
            .map(|(receipt, _)| receipt.clone())
    };
    let mut voters = Vec::with_capacity(sessions.len() + codes.len());
    let mut codes = codes.iter();
    for session in sessions {
        voters.push(Voter::Account {
            session: session.clone(),
        });
        if let Some(code) = codes.next() {
            let j = voters.len();
            voters.push(Voter::Code {
                code: code.clone(),
                receipt: receipt(j),
            });
        }
    }
    for code in codes {
        let j = voters.len();
        voters.push(Voter::Code {
            code: code.clone(),
            receipt: receipt(j),
        });
    }
    voters
}

/// Prints what the phones did: how many a second, their latencies, the first errors, and
/// the rate as a share of the trivial endpoint's `trivial_rate`.
fn report(what: &str, outcome: &mut load::Outcome, trivial_rate: f64) {
    let done = outcome.casts + outcome.changes;
    let rate = done as f64 / outcome.seconds;
    println!(
        "{what}: {done} in {:.1} s = {rate:.0}/s ({} first votes, {} changes), {}, {} errors",
        outcome.seconds,
        outcome.casts,
        outcome.changes,
        spread(&mut outcome.latencies),
        outcome.errors.len()
    );
    for (status, body) in outcome.errors.iter().take(5) {
        println!("  error {status}: {body}");
    }
    let short = what.split_whitespace().next().unwrap_or(what);
    println!(
        "ratio: {short}/s is {:.3} of the trivial endpoint's requests/s",
        rate / trivial_rate
    );
}
