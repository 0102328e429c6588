//! Backups as a council's IT team takes them: `commonpot backup` while residents are
//! voting, `commonpot restore` into a new server, and every ballot acknowledged before
//! the backup began is there. A restore over a database in use, or from a file that is
//! not a backup, is refused and changes nothing.

use crate::helpers::TempDir;
use crate::load::{self, Server};
use std::path::Path;
use std::process::Output;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

fn commonpot(database_url: &str, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_commonpot"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "error")
        .output()
        .expect("run commonpot")
}

fn said(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_ballots_arrive_restores_every_ballot_acknowledged_before_it() {
    // SQLite only: PostgreSQL is backed up with pg_dump (the README), and the command
    // says so.
    if let Ok(pg) = std::env::var("COMMONPOT_TEST_DATABASE_URL") {
        if !pg.is_empty() {
            let refused = commonpot(&pg, &["backup", "/tmp/never-written.db"]);
            assert!(!refused.status.success());
            assert!(said(&refused).contains("pg_dump"), "{}", said(&refused));
        }
    }
    let dir = std::env::temp_dir().join(format!("commonpot-backup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let _dir = TempDir::new(dir.clone());
    let live = format!("sqlite://{}", dir.join("live.db").display());
    let electorate = load::prepare(&live, 120).await;
    let binary = Path::new(env!("CARGO_BIN_EXE_commonpot"));
    let mut server = Server::start(binary, &live, &dir).await;
    let http = load::http(20);
    let (phones, stop) = load::voting_until_stored(&http, &server, &live, &electorate, 40).await;

    let copy = dir.join("backup.db");
    let began = Instant::now();
    let backup = {
        let (live, copy) = (live.clone(), copy.clone());
        tokio::task::spawn_blocking(move || commonpot(&live, &["backup", path(&copy)]))
            .await
            .unwrap()
    };
    assert!(backup.status.success(), "{}", said(&backup));
    // Voting goes on after the backup, then stops.
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::SeqCst);
    let outcome = phones.await.unwrap();
    assert!(
        outcome.errors.is_empty(),
        "the backup held up no ballot: {:?}",
        outcome.errors.first()
    );
    let before: Vec<&str> = outcome
        .records
        .iter()
        .filter(|r| r.first_acked_at.is_some_and(|t| t < began))
        .filter_map(|r| r.acked.as_ref().map(|(receipt, _)| receipt.as_str()))
        .collect();
    assert!(
        before.len() >= 30,
        "{} ballots before the backup",
        before.len()
    );

    // Not over the database the running server has open.
    let over_live = commonpot(&live, &["restore", path(&copy)]);
    assert!(!over_live.status.success());
    assert!(said(&over_live).contains("in use"), "{}", said(&over_live));
    let all_live = load::stored(&live, electorate.round_id).await;
    assert!(all_live.len() >= before.len());

    // Into a new server's database: every ballot acknowledged before the backup began.
    let restored = format!("sqlite://{}", dir.join("restored.db").display());
    // A database that is not there is only made when asked for: a wrong DATABASE_URL
    // must not "restore" somewhere the server never reads.
    let nowhere = commonpot(&restored, &["restore", path(&copy)]);
    assert!(!nowhere.status.success());
    assert!(said(&nowhere).contains("--new"), "{}", said(&nowhere));
    let put_back = commonpot(&restored, &["restore", "--new", path(&copy)]);
    assert!(put_back.status.success(), "{}", said(&put_back));
    let second = dir.join("second");
    std::fs::create_dir_all(&second).unwrap();
    let again = Server::start(binary, &restored, &second).await;
    let held = load::stored(&restored, electorate.round_id).await;
    let missing: Vec<&&str> = before.iter().filter(|r| !held.contains_key(**r)).collect();
    assert!(missing.is_empty(), "lost in the backup: {missing:?}");
    assert!(held.len() <= all_live.len());
    let page = load::http(1)
        .get(format!(
            "{}/neighbourhoods/ilfracombe/rounds/2026-27",
            again.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200, "the restored server serves the round");
    drop(again);

    // A file that is not a backup is refused before anything is touched.
    server.kill();
    let junk = dir.join("junk.db");
    std::fs::write(&junk, b"not a database at all").unwrap();
    let refused = commonpot(&live, &["restore", path(&junk)]);
    assert!(!refused.status.success());
    assert!(said(&refused).contains("not a sound"), "{}", said(&refused));
    assert_eq!(load::stored(&live, electorate.round_id).await, all_live);

    // Over a stopped server's database: done, and the replaced database is kept.
    let over_stopped = commonpot(&live, &["restore", path(&copy)]);
    assert!(over_stopped.status.success(), "{}", said(&over_stopped));
    assert!(said(&over_stopped).contains("before-restore"));
    assert_eq!(load::stored(&live, electorate.round_id).await, held);
    // And a backup is never written over.
    let twice = commonpot(&live, &["backup", path(&copy)]);
    assert!(!twice.status.success());
    assert!(said(&twice).contains("already exists"), "{}", said(&twice));
}
