//! Crash safety and clean stops: the server is killed with SIGKILL, or stopped with
//! SIGTERM, in the middle of a stream of ballots, restarted on the same database, and
//! every ballot it had acknowledged is there, once, with the choices last acknowledged.

use crate::helpers::{fresh_database, TempDir};
use crate::load::{self, Server, Voter};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// A real `commonpot serve` on a fresh database, with 240 phones (120 accounts, 120
/// letter codes) voting and changing their votes on it; 60 ballots are stored.
struct UnderLoad {
    url: String,
    scratch: std::path::PathBuf,
    electorate: load::Electorate,
    binary: &'static std::path::Path,
    http: reqwest::Client,
    server: Server,
    phones: tokio::task::JoinHandle<load::Outcome>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    _dir: Option<TempDir>,
    _scratch: TempDir,
}

impl UnderLoad {
    async fn voting(name: &str) -> UnderLoad {
        let (url, dir) = fresh_database().await;
        let scratch = std::env::temp_dir().join(format!("commonpot-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&scratch).unwrap();
        let electorate = load::prepare(&url, 120).await;
        let binary = std::path::Path::new(env!("CARGO_BIN_EXE_commonpot"));
        let server = Server::start(binary, &url, &scratch).await;
        let http = load::http(20);
        let (phones, stop) = load::voting_until_stored(&http, &server, &url, &electorate, 60).await;
        UnderLoad {
            _scratch: TempDir::new(scratch.clone()),
            url,
            scratch,
            electorate,
            binary,
            http,
            server,
            phones,
            stop,
            _dir: dir,
        }
    }

    /// Stops the phones and says what they saw.
    async fn outcome(&mut self) -> load::Outcome {
        self.stop.store(true, Ordering::SeqCst);
        (&mut self.phones).await.unwrap()
    }

    /// A new server on the same database, which holds every ballot the phones saw
    /// acknowledged, with the choices last acknowledged, and nothing unexplained.
    async fn restarted_with_nothing_lost(&self, outcome: &load::Outcome) -> Server {
        let restarted = Server::start(self.binary, &self.url, &self.scratch).await;
        let stored = load::stored(&self.url, self.electorate.round_id).await;
        let audit = load::audit(&outcome.records, &stored);
        assert_eq!(audit.lost, 0, "{audit:?}");
        assert_eq!(audit.wrong, 0, "{audit:?}");
        assert_eq!(audit.unexplained, 0, "{audit:?}");
        restarted
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_ballot_survives_the_server_being_killed_mid_stream() {
    let mut run = UnderLoad::voting("crash").await;
    // Let the stream run on a little so that the kill lands mid-commit, not at a lull.
    tokio::time::sleep(Duration::from_millis(300)).await;
    run.server.kill();
    let outcome = run.outcome().await;
    assert!(
        outcome.casts >= 30,
        "the server was killed under load: {} ballots acknowledged before it",
        outcome.casts
    );
    assert!(
        outcome.errors.iter().any(|(status, _)| *status == 0),
        "some ballots were in flight when the server died"
    );
    assert!(
        outcome.errors.iter().all(|(status, _)| *status == 0),
        "before the kill every ballot was taken: {:?}",
        outcome.errors.iter().find(|(s, _)| *s != 0)
    );

    println!(
        "killed after {} first votes and {} changes acknowledged, {} requests unanswered",
        outcome.casts,
        outcome.changes,
        outcome.errors.len()
    );
    let stored = load::stored(&run.url, run.electorate.round_id).await;
    let restarted = run.restarted_with_nothing_lost(&outcome).await;
    assert_eq!(outcome.receipt_changed, 0);

    // And the restarted server takes ballots again, keeping each voter to one.
    // Voters alternate account, code: the odd ones voted with codes.
    let (j, receipt) = (1..outcome.records.len())
        .step_by(2)
        .find_map(|j| {
            outcome.records[j]
                .acked
                .as_ref()
                .map(|(r, _)| (j, r.clone()))
        })
        .expect("a letter-code voter was acknowledged");
    let mut again = Voter::Code {
        code: run.electorate.codes[j / 2].clone(),
        receipt: Some(receipt),
    };
    let answer = load::cast(
        &run.http,
        &restarted.base,
        &mut again,
        &run.electorate.ballots[0],
    )
    .await;
    assert!(
        matches!(answer, load::Sent::Counted(_)),
        "after the restart: {answer:?}"
    );
    let after = load::stored(&run.url, run.electorate.round_id).await;
    assert!(after.len() <= stored.len() + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_signal_under_load_answers_what_it_took_and_exits_cleanly() {
    let mut run = UnderLoad::voting("stop").await;
    let asked = Instant::now();
    let exit = run.server.terminate(Duration::from_secs(40));
    let took = asked.elapsed();
    let outcome = run.outcome().await;
    let exit = exit.expect("the server was still running 40 seconds after SIGTERM");
    assert!(exit.success(), "the server stopped with {exit}");
    assert!(
        outcome.casts >= 30,
        "{} ballots before the stop",
        outcome.casts
    );
    // Whatever it took it answered: a phone sees only refused connections once the
    // server has stopped listening, never an error for a ballot it had begun.
    assert!(
        outcome.errors.iter().all(|(status, _)| *status == 0),
        "{:?}",
        outcome.errors.iter().find(|(s, _)| *s != 0)
    );
    println!(
        "stopped {took:?} after SIGTERM with {} first votes and {} changes acknowledged",
        outcome.casts, outcome.changes
    );

    run.restarted_with_nothing_lost(&outcome).await;
}
