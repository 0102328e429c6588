//! Criterion benchmarks of the three count rules on the largest real election of the corpus,
//! Łódź 2022 (90 494 voters, 160 projects), plus reading its `.pb` file.
//!
//! `cargo bench -p app --bench count`. pabutools 1.2.3 needs 39.9 s (greedy) and 44.3 s (MES)
//! on this file (shared/pabulib/README.md); its own add1 completion took 184 s.

use std::hint::black_box;

use app::domain::count::{count, CountOptions, CountRule};
use app::domain::pb::{read_pb, to_election};
use criterion::{criterion_group, criterion_main, Criterion};

const LARGEST: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/pabulib/Poland_Lodz_2022.pb"
);

fn rules_on_the_largest_election(c: &mut Criterion) {
    let bytes = std::fs::read(LARGEST).unwrap_or_else(|e| panic!("{LARGEST}: {e}"));
    let file = read_pb(bytes.as_slice()).unwrap_or_else(|e| panic!("{LARGEST}: {e}"));
    let election = to_election(&file).unwrap_or_else(|e| panic!("{LARGEST}: {e}"));
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

criterion_group!(benches, rules_on_the_largest_election);
criterion_main!(benches);
