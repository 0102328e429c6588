//! Crash safety: the server is killed with SIGKILL in the middle of a stream of ballots,
//! restarted on the same database, and every ballot it had acknowledged is there,
//! once, with the choices last acknowledged.

use crate::helpers::{fresh_database, TempDir};
use crate::load::{self, Server, Voter};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_ballot_survives_the_server_being_killed_mid_stream() {
    let (url, _dir) = fresh_database().await;
    let scratch = std::env::temp_dir().join(format!("commonpot-crash-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let _scratch = TempDir::new(scratch.clone());
    let electorate = load::prepare(&url, 120).await;
    let binary = std::path::Path::new(env!("CARGO_BIN_EXE_commonpot"));
    let mut server = Server::start(binary, &url, &scratch).await;
    let http = load::http(20);

    let mut voters = Vec::new();
    for (email, code) in electorate.accounts.iter().zip(&electorate.codes) {
        let session = load::sign_in(&http, &server.base, email).await.unwrap();
        voters.push(Voter::Account { session });
        voters.push(Voter::Code {
            code: code.clone(),
            receipt: None,
        });
    }

    // Phones keep voting and changing; the server dies under them once a good number
    // of ballots have been acknowledged.
    let stop = Arc::new(AtomicBool::new(false));
    let phones = {
        let (http, bases, ballots, stop) = (
            http.clone(),
            vec![server.base.clone()],
            electorate.ballots.clone(),
            stop.clone(),
        );
        tokio::spawn(async move {
            let until = Instant::now() + Duration::from_secs(60);
            load::drive(&http, &bases, voters, &ballots, 20, until, stop).await
        })
    };
    let started = Instant::now();
    loop {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let so_far = load::stored(&url, electorate.round_id).await.len();
        if so_far >= 60 || started.elapsed() > Duration::from_secs(30) {
            break;
        }
    }
    // Let the stream run on a little so that the kill lands mid-commit, not at a lull.
    tokio::time::sleep(Duration::from_millis(300)).await;
    server.kill();
    stop.store(true, Ordering::SeqCst);
    let outcome = phones.await.unwrap();
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
    let restarted = Server::start(binary, &url, &scratch).await;
    let stored = load::stored(&url, electorate.round_id).await;
    let audit = load::audit(&outcome.records, &stored);
    assert_eq!(audit.lost, 0, "{audit:?}");
    assert_eq!(audit.wrong, 0, "{audit:?}");
    assert_eq!(audit.unexplained, 0, "{audit:?}");
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
        code: electorate.codes[j / 2].clone(),
        receipt: Some(receipt),
    };
    let answer = load::cast(&http, &restarted.base, &mut again, &electorate.ballots[0]).await;
    assert!(
        matches!(answer, load::Sent::Counted(_)),
        "after the restart: {answer:?}"
    );
    let after = load::stored(&url, electorate.round_id).await;
    assert!(after.len() <= stored.len() + 1);
}
