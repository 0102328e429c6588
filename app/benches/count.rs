//! Criterion benchmarks of the count rules on real elections of the corpus.
//!
//! - The three rules and reading the `.pb` file on the largest election, Łódź 2022
//!   (90 494 voters, 160 projects).
//! - MES-complete (equalshares.net add1, then greedy fill) on Łódź 2022, Warszawa 2020
//!   Bielany and Budapest 2024, whose per-voter budget is walked over ~23 000 levels.
//!
//! `cargo bench -p app --bench count`; `-- mes-complete` for the second group alone (its
//! Budapest samples take minutes). pabutools 1.2.3 needs 39.9 s (greedy) and 44.3 s (MES)
//! on Łódź (shared/pabulib/README.md); its own add1 completion took 184 s.

use std::hint::black_box;

use app::domain::count::{count, CountOptions, CountRule, Election};
use app::domain::pb::{read_pb, to_election};
use criterion::{criterion_group, criterion_main, Criterion};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pabulib");
const LARGEST: &str = "Poland_Lodz_2022.pb";

fn bytes_of(name: &str) -> Vec<u8> {
    let path = format!("{FIXTURES}/{name}");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn election_of(name: &str) -> Election {
    let file = read_pb(bytes_of(name).as_slice()).unwrap_or_else(|e| panic!("{name}: {e}"));
    to_election(&file).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn rules_on_the_largest_election(c: &mut Criterion) {
    let bytes = bytes_of(LARGEST);
    let election = election_of(LARGEST);
    let mut group = c.benchmark_group("Poland_Lodz_2022");
    group.sample_size(10);
    for rule in CountRule::ALL {
        group.bench_function(rule.as_str(), |b| {
            b.iter(|| count(black_box(&election), rule, &CountOptions::default()))
        });
    }
    group.bench_function("read-pb", |b| {
        b.iter(|| read_pb(black_box(bytes.as_slice())))
    });
    group.finish();
}

fn mes_complete_on_cities(c: &mut Criterion) {
    let mut group = c.benchmark_group("mes-complete");
    group.sample_size(10);
    for name in [
        LARGEST,
        "Poland_Warszawa_2020_Bielany.pb",
        "Hungary_Budapest_2024.pb",
    ] {
        let election = election_of(name);
        group.bench_function(name.trim_end_matches(".pb"), |b| {
            b.iter(|| {
                count(
                    black_box(&election),
                    CountRule::MesComplete,
                    &CountOptions::default(),
                )
            })
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    rules_on_the_largest_election,
    mes_complete_on_cities
);
criterion_main!(benches);
