//! `commonpot import-pb` and `export-pb`: real pabulib elections in and out of a round, as an
//! officer would run them, checked against the results page and `commonpot count`.

use crate::helpers::{fresh_database, TempDir};
use app::backend::entities::{ballot, proposal, round};
use app::domain::pb::{read_pb, PbFile};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use server::settings::Settings;
use server::startup::Application;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The server with the demo loaded, and the database URL the command line needs.
struct Site {
    address: String,
    url: String,
    db: DatabaseConnection,
    client: reqwest::Client,
    _dir: Option<TempDir>,
}

#[allow(
    clippy::needless_update,
    reason = "the settings may grow fields these tests leave at their defaults"
)]
async fn demo_site() -> Site {
    let (url, dir) = fresh_database().await;
    let settings = Settings {
        database_url: url.clone(),
        address: "127.0.0.1:0".parse().unwrap(),
        site_root: std::env::temp_dir().join("commonpot-no-site"),
        max_connections: 4,
        ..Settings::from_env().unwrap()
    };
    let app = Application::build(settings).await.unwrap();
    let address = format!("http://{}", app.address());
    let db = app.db.clone();
    server::seed::demo::seed(&db).await.unwrap();
    tokio::spawn(app.run_until_stopped());
    Site {
        address,
        url,
        db,
        client: reqwest::Client::new(),
        _dir: dir,
    }
}

impl Site {
    /// Runs `commonpot ARGS` against this site's database.
    fn commonpot(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_commonpot"))
            .args(args)
            .env("DATABASE_URL", &self.url)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    }

    async fn page(&self, path: &str) -> (u16, String) {
        let res = self
            .client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    }

    async fn rounds(&self) -> u64 {
        round::Entity::find().count(&self.db).await.unwrap()
    }

    /// The proposal ids the results page shows as funded under "most votes first".
    async fn greedy_on_results_page(&self, round_path: &str) -> BTreeSet<i32> {
        let (status, html) = self.page(&format!("{round_path}/results")).await;
        assert_eq!(status, 200, "{html}");
        let mut funded = BTreeSet::new();
        for row in html.split("<tr").skip(1) {
            let Some(id) = row
                .split("href=\"/proposals/")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .and_then(|s| s.parse().ok())
            else {
                continue;
            };
            let cell = row
                .split("data-label=\"Most votes first\"")
                .nth(1)
                .and_then(|s| s.split("</td>").next())
                .unwrap_or_default();
            if crate::helpers::visible_text(&format!("<td{cell}")) == "Funded" {
                funded.insert(id);
            }
        }
        funded
    }

    /// The pabulib project id each imported proposal of a round keeps, by proposal id.
    async fn pabulib_ids(&self, round_id: i32) -> BTreeMap<i32, String> {
        proposal::Entity::find()
            .filter(proposal::Column::RoundId.eq(round_id))
            .all(&self.db)
            .await
            .unwrap()
            .into_iter()
            .map(|p| {
                let id = p
                    .body
                    .lines()
                    .find_map(|l| l.strip_prefix("pabulib project_id: "))
                    .expect("an imported proposal keeps its project id")
                    .to_owned();
                (p.id, id)
            })
            .collect()
    }

    async fn import(&self, file: &Path) -> (round::Model, String) {
        let out = self.commonpot(&[
            "import-pb",
            file.to_str().unwrap(),
            "--neighbourhood",
            "ilfracombe",
        ]);
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let path = stdout
            .split_whitespace()
            .find(|w| {
                w.starts_with("/neighbourhoods/ilfracombe/rounds/") && !w.ends_with("/results")
            })
            .expect("the round's address")
            .to_owned();
        let slug = path.rsplit('/').next().unwrap();
        let r = round::Entity::find()
            .filter(round::Column::Slug.eq(slug))
            .one(&self.db)
            .await
            .unwrap()
            .expect("the imported round");
        (r, stdout)
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../app/tests/fixtures/pabulib")
        .join(name)
}

/// A folder removed when the test ends.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A scratch folder for files a test writes.
fn scratch(tag: &str) -> (PathBuf, Scratch) {
    let dir = std::env::temp_dir().join(format!(
        "commonpot-pb-{tag}-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    (dir.clone(), Scratch(dir))
}

/// `commonpot count --rule greedy FILE`: the funded project ids.
fn greedy_of_file(file: &Path) -> BTreeSet<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_commonpot"))
        .args(["count", "--rule", "greedy"])
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    serde_json::from_value(report["selected"].clone()).unwrap()
}

fn read(file: &Path) -> PbFile {
    read_pb(std::io::BufReader::new(std::fs::File::open(file).unwrap())).unwrap()
}

async fn imported_round_funds_what_the_file_funds(name: &str, ballots: usize) {
    let site = demo_site().await;
    let file = fixture(name);
    let (r, stdout) = site.import(&file).await;
    let parsed = read(&file);
    assert!(
        stdout.contains(&format!("{} proposals", parsed.projects.len())),
        "{stdout}"
    );
    assert!(stdout.contains(&format!("{ballots} ballots")), "{stdout}");
    // Counted by the import itself: the first visitor reads a stored count.
    assert!(stdout.contains("Counted it"), "{stdout}");
    let stored = app::backend::entities::round_count::Entity::find()
        .filter(app::backend::entities::round_count::Column::RoundId.eq(r.id))
        .count(&site.db)
        .await
        .unwrap();
    assert_eq!(stored, 1, "the import stored the round's count");
    let path = format!("/neighbourhoods/ilfracombe/rounds/{}", r.slug);
    let (status, page) = site.page(&path).await;
    assert_eq!(status, 200);
    assert!(
        page.contains(&format!("{path}/results")),
        "closed: results linked"
    );
    let ids = site.pabulib_ids(r.id).await;
    let funded: BTreeSet<String> = site
        .greedy_on_results_page(&path)
        .await
        .iter()
        .map(|id| ids[id].clone())
        .collect();
    assert!(!funded.is_empty());
    assert_eq!(funded, greedy_of_file(&file), "{name}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_imported_approval_election_funds_on_the_results_page_what_the_file_funds() {
    imported_round_funds_what_the_file_funds("Netherlands_Assen_2024.pb", 84).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_imported_cumulative_election_is_counted_by_points_as_the_file_is() {
    imported_round_funds_what_the_file_funds("Switzerland_Zurich_D10.pb", 180).await;
}

/// Assen's file with its votes repeated until there are more than one batch of them
/// (1,260 votes, each with its own voter id).
fn assen_many_times() -> String {
    let text = std::fs::read_to_string(fixture("Netherlands_Assen_2024.pb"))
        .unwrap()
        .replace("\r\n", "\n");
    let (head, votes) = text.split_once("\nVOTES\n").unwrap();
    let mut lines = votes.lines();
    let header = lines.next().unwrap();
    let rows: Vec<&str> = lines.filter(|l| !l.trim().is_empty()).collect();
    let mut out = format!("{head}\nVOTES\n{header}\n");
    let mut n = 0;
    for copy in 0..15 {
        for row in &rows {
            let (_, rest) = row.split_once(';').unwrap();
            n += 1;
            out.push_str(&format!("v{copy}-{n};{rest}\n"));
        }
    }
    out
}

/// `assen_many_times` with a last vote naming a project that is not in the file.
fn many_votes_with_a_broken_last_line(dir: &Path) -> (PathBuf, usize) {
    let mut out = assen_many_times();
    out.push_str("last;3,banana\n");
    let line = out.lines().count();
    let file = dir.join("broken.pb");
    std::fs::write(&file, out).unwrap();
    (file, line)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_broken_after_a_thousand_votes_is_refused_by_line_and_leaves_nothing_behind() {
    let site = demo_site().await;
    let (dir, _keep) = scratch("broken");
    let (file, line) = many_votes_with_a_broken_last_line(&dir);
    let rounds = site.rounds().await;
    let ballots = ballot::Entity::find().count(&site.db).await.unwrap();
    let out = site.commonpot(&[
        "import-pb",
        file.to_str().unwrap(),
        "--neighbourhood",
        "ilfracombe",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains(&format!("line {line}")), "{stderr}");
    assert!(stderr.contains("banana"), "{stderr}");
    assert_eq!(site.rounds().await, rounds, "no round");
    assert_eq!(
        ballot::Entity::find().count(&site.db).await.unwrap(),
        ballots,
        "no ballots"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_project_that_costs_nothing_and_an_unknown_neighbourhood_are_refused() {
    let site = demo_site().await;
    let (dir, _keep) = scratch("refused");
    let file = dir.join("free.pb");
    std::fs::write(
        &file,
        "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;50\n2;0\nVOTES\nvoter_id;vote\n1;1,2\n",
    )
    .unwrap();
    let rounds = site.rounds().await;
    let out = site.commonpot(&[
        "import-pb",
        file.to_str().unwrap(),
        "--neighbourhood",
        "ilfracombe",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("line 8") && stderr.contains("costs 0"),
        "{stderr}"
    );

    let assen = fixture("Netherlands_Assen_2024.pb");
    let out = site.commonpot(&[
        "import-pb",
        assen.to_str().unwrap(),
        "--neighbourhood",
        "atlantis",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("\"atlantis\""), "{stderr}");
    assert!(
        stderr.contains("castle-vale, ilfracombe"),
        "the neighbourhoods there are: {stderr}"
    );
    assert_eq!(site.rounds().await, rounds);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_exported_demo_round_counts_as_its_results_page() {
    let site = demo_site().await;
    let out = site.commonpot(&["export-pb", "ilfracombe/2025-26"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let file = read_pb(text.as_bytes()).unwrap();
    let r = round::Entity::find()
        .filter(round::Column::Slug.eq("2025-26"))
        .one(&site.db)
        .await
        .unwrap()
        .unwrap();
    let on_ballot: Vec<i32> = proposal::Entity::find()
        .filter(proposal::Column::RoundId.eq(r.id))
        .filter(proposal::Column::Status.eq("feasible"))
        .all(&site.db)
        .await
        .unwrap()
        .iter()
        .map(|p| p.id)
        .collect();
    let non_empty = ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(r.id))
        .all(&site.db)
        .await
        .unwrap()
        .iter()
        .filter(|b| {
            let ids: Vec<i32> = serde_json::from_str(&b.choices).unwrap();
            ids.iter().any(|id| on_ballot.contains(id))
        })
        .count();
    assert!(non_empty > 100);
    assert_eq!(file.votes.len(), non_empty);
    assert_eq!(
        file.meta_value("num_votes"),
        Some(non_empty.to_string().as_str())
    );
    assert_eq!(file.projects.len(), on_ballot.len());
    for key in [
        "description",
        "country",
        "unit",
        "instance",
        "budget",
        "vote_type",
        "rule",
        "date_begin",
        "date_end",
        "currency",
    ] {
        assert!(file.meta_value(key).is_some(), "META {key}");
    }
    assert!(
        file.votes
            .iter()
            .all(|v| !v.fields[0].contains("demo-voter")),
        "ballots are known by receipt, not by voter"
    );
    let (dir, _keep) = scratch("export");
    let path = dir.join("ilfracombe.pb");
    std::fs::write(&path, &text).unwrap();
    let funded: BTreeSet<String> = site
        .greedy_on_results_page("/neighbourhoods/ilfracombe/rounds/2025-26")
        .await
        .iter()
        .map(i32::to_string)
        .collect();
    assert!(!funded.is_empty());
    assert_eq!(greedy_of_file(&path), funded);
}

/// The open data's `ledger.pb` is written from the stored count and the ballots a page at
/// a time as it is sent, and it is the file `export-pb` writes, byte for byte: for a demo
/// round, an imported round of 1,260 votes (more than one page) and a points round.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_downloaded_ledger_is_the_exported_file_byte_for_byte() {
    let site = demo_site().await;
    let (dir, _keep) = scratch("ledger");
    let many = dir.join("assen-many.pb");
    std::fs::write(&many, assen_many_times()).unwrap();
    let (assen, _) = site.import(&many).await;
    let (zurich, _) = site.import(&fixture("Switzerland_Zurich_D10.pb")).await;
    for slug in ["2025-26".to_owned(), assen.slug, zurich.slug] {
        let out = site.commonpot(&["export-pb", &format!("ilfracombe/{slug}")]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let exported = String::from_utf8(out.stdout).unwrap();
        let (status, served) = site
            .page(&format!(
                "/api/v1/neighbourhoods/ilfracombe/rounds/{slug}/ledger.pb"
            ))
            .await;
        assert_eq!(status, 200, "{served}");
        assert!(exported.lines().count() > 30, "{exported}");
        assert_eq!(served, exported, "{slug}");
    }
}

/// Each vote as its projects with their points (1 each without points), in a canonical order.
fn votes_of(file: &PbFile) -> Vec<Vec<(String, i64)>> {
    let mut votes: Vec<Vec<(String, i64)>> = file
        .votes
        .iter()
        .filter(|v| !v.vote.is_empty())
        .map(|v| {
            let mut vote: Vec<(String, i64)> = v
                .vote
                .iter()
                .enumerate()
                .map(|(k, &p)| {
                    let points = v.points.as_ref().map_or(1, |pts| pts[k]);
                    (file.projects[p as usize].id.clone(), points)
                })
                .collect();
            vote.sort();
            vote
        })
        .collect();
    votes.sort();
    votes
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_then_export_keeps_projects_costs_and_votes() {
    let site = demo_site().await;
    let original_path = fixture("Switzerland_Zurich_D10.pb");
    let (r, _) = site.import(&original_path).await;
    let (dir, _keep) = scratch("roundtrip");
    let exported_path = dir.join("zurich.pb");
    let round_ref = format!("ilfracombe/{}", r.slug);
    let out = site.commonpot(&[
        "export-pb",
        &round_ref,
        "--output",
        exported_path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let original = read(&original_path);
    let exported = read(&exported_path);
    let costs = |f: &PbFile| -> BTreeMap<String, String> {
        f.projects
            .iter()
            .map(|p| (p.id.clone(), p.cost.to_string()))
            .collect()
    };
    assert_eq!(costs(&exported), costs(&original));
    assert_eq!(votes_of(&exported), votes_of(&original));
    for key in [
        "budget",
        "vote_type",
        "country",
        "unit",
        "currency",
        "max_sum_points",
    ] {
        assert_eq!(
            exported.meta_value(key),
            original.meta_value(key),
            "META {key}"
        );
    }
    assert_eq!(
        greedy_of_file(&exported_path),
        greedy_of_file(&original_path)
    );
}

/// Two officers import two files for the same neighbourhood at once, the first since its
/// council was renamed: both need the council's new agency, and both imports succeed with
/// one agency between them (the second used to fail on the agency's unique name).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_imports_at_once_share_the_council_agency_they_both_create() {
    use app::backend::entities::{agency, neighbourhood};
    use sea_orm::{ActiveModelTrait, Set};
    let site = demo_site().await;
    let place = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Slug.eq("ilfracombe"))
        .one(&site.db)
        .await
        .unwrap()
        .unwrap();
    let renamed = "North Devon Unitary Council";
    neighbourhood::ActiveModel {
        id: Set(place.id),
        council: Set(renamed.to_owned()),
        ..Default::default()
    }
    .update(&site.db)
    .await
    .unwrap();
    let (a, b) = (
        fixture("Netherlands_Assen_2024.pb"),
        fixture("France_Toulouse_2019.pb"),
    );
    let (first, second) = tokio::join!(
        server::pb_exchange::import_pb(&site.db, &a, "ilfracombe"),
        server::pb_exchange::import_pb(&site.db, &b, "ilfracombe"),
    );
    let first = first.unwrap_or_else(|e| panic!("{e:#}"));
    let second = second.unwrap_or_else(|e| panic!("{e:#}"));
    assert_ne!(first.round_id, second.round_id);
    let named = agency::Entity::find()
        .filter(agency::Column::Name.eq(renamed))
        .count(&site.db)
        .await
        .unwrap();
    assert_eq!(named, 1);
}
