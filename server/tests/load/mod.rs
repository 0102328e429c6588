//! The load harness shared by the ballot benchmark (`benches/ballot_load.rs`) and the
//! crash test: a real `commonpot serve` process, an electorate seeded straight into its
//! database, phones that sign in and cast ballots over HTTP, and the check that the
//! database holds exactly what the server acknowledged.

#![allow(
    dead_code,
    reason = "the benchmark and the crash test use different parts"
)]

use app::backend::access::{codes, secrets};
use app::backend::entities::{ballot, neighbourhood, resident, round, user};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const NEIGHBOURHOOD: &str = "ilfracombe";
/// The demo round that is open for voting.
pub const ROUND: &str = "2026-27";
const POSTCODE: &str = "EX34 9AB";
const PASSWORD: &str = "a load test voter's long password";
/// A double-submit CSRF token: the same value in the cookie and in every form.
const CSRF: &str = "loadtestcsrftokenloadtestcsrftoken";

/// A `commonpot serve` process on a free port of this machine.
pub struct Server {
    child: Child,
    pub base: String,
}

impl Server {
    pub async fn start(binary: &Path, database_url: &str, scratch: &Path) -> Server {
        Server::start_with(binary, database_url, scratch, &[], Stdio::inherit()).await
    }

    /// Started with more environment, and its log going to `log`.
    pub async fn start_with(
        binary: &Path,
        database_url: &str,
        scratch: &Path,
        env: &[(&str, &str)],
        log: Stdio,
    ) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        let child = Command::new(binary)
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("COMMONPOT_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_SITE_ROOT", scratch)
            .env("COMMONPOT_OUTBOX", scratch.join("outbox"))
            .env("RUST_LOG", "error")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start commonpot serve");
        let server = Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let client = reqwest::Client::new();
        let started = Instant::now();
        loop {
            let up = client
                .get(format!("{}/healthz", server.base))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success());
            if up {
                return server;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the server did not answer /healthz within a minute"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// SIGKILL: no shutdown, no flushing; what the disk holds is all there is.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// SIGTERM, as systemd sends on a stop or a deployment; waits up to `within` for the
    /// process to exit and returns how it did (None if it was still running).
    pub fn terminate(&mut self, within: Duration) -> Option<std::process::ExitStatus> {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let until = Instant::now() + within;
        while Instant::now() < until {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The database a benchmark runs in: a new one on the PostgreSQL server `admin` names
/// (with what `drop_bench_database` needs to drop it after), else SQLite in `scratch`.
pub async fn bench_database(
    admin: Option<&str>,
    scratch: &Path,
) -> (String, Option<(String, String)>) {
    use sea_orm::ConnectionTrait;
    match admin {
        Some(admin) if admin.starts_with("postgres") => {
            let name = format!("commonpot_load_{}", std::process::id());
            let db = connect(admin).await;
            db.execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create the benchmark database");
            let base = admin.rsplit_once('/').map_or(admin, |(b, _)| b);
            (format!("{base}/{name}"), Some((admin.to_owned(), name)))
        }
        _ => (
            format!("sqlite://{}?mode=rwc", scratch.join("load.db").display()),
            None,
        ),
    }
}

/// Drops a database `bench_database` made.
pub async fn drop_bench_database(admin: &str, name: &str) {
    use sea_orm::ConnectionTrait;
    let db = connect(admin).await;
    let _ = db
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .await;
}

/// Connects as the server does (for SQLite: created if missing, WAL, synchronous=FULL).
pub async fn connect(database_url: &str) -> DatabaseConnection {
    app::backend::db::connect(database_url, 4)
        .await
        .expect("connect")
}

/// Who may vote in the open round: residents with accounts and letter codes.
pub struct Electorate {
    pub round_id: i32,
    pub accounts: Vec<String>,
    pub codes: Vec<String>,
    /// Ballots that fit the round's rules, each a set of proposal ids.
    pub ballots: Vec<Vec<i32>>,
}

/// Migrates and seeds the demo into an empty database, then adds `voters` verified
/// voters to the open round: half with accounts, half with letter codes.
pub async fn prepare(database_url: &str, voters: usize) -> Electorate {
    let db = connect(database_url).await;
    use migrations::MigratorTrait;
    migrations::Migrator::up(&db, None).await.expect("migrate");
    server::seed::demo::seed(&db).await.expect("demo seed");
    let place = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Slug.eq(NEIGHBOURHOOD))
        .one(&db)
        .await
        .expect("query")
        .expect("the demo neighbourhood");
    let open = round::Entity::find()
        .filter(round::Column::NeighbourhoodId.eq(place.id))
        .filter(round::Column::Slug.eq(ROUND))
        .one(&db)
        .await
        .expect("query")
        .expect("the demo's open round");

    // One hash for every account: hashing is the slow part of sign-in, not of seeding.
    let password = app::domain::account::password::Password::parse(PASSWORD).expect("password");
    let hash = app::backend::access::passwords::hash(&password)
        .await
        .expect("hash");
    let accounts: Vec<String> = (0..voters / 2)
        .map(|i| format!("voter{i}@load.invalid"))
        .collect();
    let now = chrono::Utc::now();
    for chunk in accounts.chunks(500) {
        user::Entity::insert_many(chunk.iter().map(|email| user::ActiveModel {
            email: Set(email.clone()),
            display_name: Set(email.clone()),
            password_hash: Set(hash.clone()),
            created_at: Set(now),
            email_confirmed_at: Set(Some(now)),
            ..Default::default()
        }))
        .exec(&db)
        .await
        .expect("insert voters");
    }
    let ids: Vec<i32> = user::Entity::find()
        .filter(user::Column::Email.like("%@load.invalid"))
        .all(&db)
        .await
        .expect("voters")
        .into_iter()
        .map(|u| u.id)
        .collect();
    for chunk in ids.chunks(500) {
        resident::Entity::insert_many(chunk.iter().map(|id| resident::ActiveModel {
            user_id: Set(*id),
            neighbourhood_id: Set(place.id),
            postcode: Set(POSTCODE.to_owned()),
            method: Set("in_person".to_owned()),
            voting_code_id: Set(None),
            verified_by: Set(None),
            verified_at: Set(now),
            ..Default::default()
        }))
        .exec(&db)
        .await
        .expect("verify voters");
    }
    let key = secrets::code_key(&db, None).await.expect("code key");
    let officer = ids.first().copied().unwrap_or(1);
    let (batch, letters, waits) =
        codes::generate(&db, &key, place.id, voters - voters / 2, officer)
            .await
            .expect("letter codes");
    if waits {
        // Made while the round votes: a second officer approves the batch.
        let second = ids.get(1).copied().unwrap_or(officer + 1);
        codes::approve_batch(&db, place.id, &batch, second)
            .await
            .expect("a second officer approves the letter codes");
    }

    let mut on_ballot: Vec<(i32, i64)> = app::backend::proposals::list_for_round(&db, open.id)
        .await
        .expect("proposals")
        .into_iter()
        .filter(|p| p.status == "feasible")
        .map(|p| (p.id, p.cost_pence))
        .collect();
    on_ballot.sort_by_key(|(_, cost)| *cost);
    assert!(on_ballot.len() >= 3, "the open round has a shortlist");
    // Single proposals and the cheapest pairs: all well within the pot.
    let mut ballots: Vec<Vec<i32>> = on_ballot.iter().take(4).map(|(id, _)| vec![*id]).collect();
    ballots.push(vec![on_ballot[0].0, on_ballot[1].0]);
    ballots.push(vec![on_ballot[0].0, on_ballot[2].0]);
    db.close().await.ok();
    Electorate {
        round_id: open.id,
        accounts,
        codes: letters.iter().map(|c| c.printed()).collect(),
        ballots,
    }
}

/// A client that keeps connections open, as phones on a busy evening do.
pub fn http(concurrency: usize) -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(concurrency)
        .build()
        .expect("client")
}

fn cookie_value(res: &reqwest::Response, name: &str) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix(&format!("{name}=")))
        .map(|rest| rest.split(';').next().unwrap_or_default().to_owned())
}

/// Signs a voter in; their session cookie.
pub async fn sign_in(http: &reqwest::Client, base: &str, email: &str) -> Result<String, String> {
    let res = http
        .post(format!("{base}/api/sign_in"))
        .header("cookie", format!("commonpot_csrf={CSRF}"))
        .form(&[("csrf", CSRF), ("email", email), ("password", PASSWORD)])
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let status = res.status();
    cookie_value(&res, "commonpot_session")
        .ok_or_else(|| format!("{email} was not signed in ({status})"))
}

/// One voter as their phone knows them.
#[derive(Debug, Clone)]
pub enum Voter {
    Account {
        session: String,
    },
    Code {
        code: String,
        receipt: Option<String>,
    },
}

/// What the server said to one ballot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// Acknowledged, with the receipt.
    Counted(String),
    /// Refused or failed: the status and the start of the body (0 for no answer).
    Failed(u16, String),
}

/// Casts (or changes) a ballot for this voter with these proposals ticked.
pub async fn cast(http: &reqwest::Client, base: &str, voter: &mut Voter, choices: &[i32]) -> Sent {
    post_ballot(http, base, voter, choices).await.0
}

/// The page a phone opens to vote.
pub fn ballot_page(base: &str) -> String {
    format!("{base}/neighbourhoods/{NEIGHBOURHOOD}/rounds/{ROUND}/vote")
}

/// GETs a page as a browser would, reading it whole: the status if it was not 200.
async fn open(http: &reqwest::Client, url: &str, cookie: &str) -> Result<(), (u16, String)> {
    match http.get(url).header("cookie", cookie).send().await {
        Ok(res) if res.status().is_success() => match res.bytes().await {
            Ok(_) => Ok(()),
            Err(e) => Err((0, e.to_string())),
        },
        Ok(res) => Err((res.status().as_u16(), format!("GET {url}"))),
        Err(e) => Err((0, e.to_string())),
    }
}

/// What a phone does to vote: opens the ballot page, sends the ballot, and opens the
/// receipt page it is sent to (which reads the one-shot confirmation). A page that fails
/// after the ballot was counted is returned beside it: the ballot still stands.
pub async fn journey(
    http: &reqwest::Client,
    base: &str,
    voter: &mut Voter,
    choices: &[i32],
) -> (Sent, Option<(u16, String)>) {
    let cookie = cookie_of(voter);
    if let Err((status, what)) = open(http, &ballot_page(base), &cookie).await {
        return (Sent::Failed(status, what), None);
    }
    let (sent, location, flash) = post_ballot(http, base, voter, choices).await;
    let Some(location) = location.filter(|_| matches!(sent, Sent::Counted(_))) else {
        return (sent, None);
    };
    let cookie = match flash {
        Some(flash) => format!("{cookie}; commonpot_flash={flash}"),
        None => cookie,
    };
    let page = open(http, &format!("{base}{location}"), &cookie).await;
    (sent, page.err())
}

fn cookie_of(voter: &Voter) -> String {
    match voter {
        Voter::Account { session } => format!("commonpot_csrf={CSRF}; commonpot_session={session}"),
        Voter::Code { .. } => format!("commonpot_csrf={CSRF}"),
    }
}

/// Sends a ballot: what came of it, where the server sent the phone next, and the
/// one-shot confirmation's cookie.
async fn post_ballot(
    http: &reqwest::Client,
    base: &str,
    voter: &mut Voter,
    choices: &[i32],
) -> (Sent, Option<String>, Option<String>) {
    let ticks: Vec<String> = choices.iter().map(|id| format!("points[{id}]")).collect();
    let mut form: Vec<(&str, &str)> = vec![
        ("csrf", CSRF),
        ("neighbourhood", NEIGHBOURHOOD),
        ("round", ROUND),
    ];
    form.extend(ticks.iter().map(|t| (t.as_str(), "1")));
    let cookie = cookie_of(voter);
    if let Voter::Code { code, receipt } = &*voter {
        form.push(("code", code));
        form.push(("postcode", POSTCODE));
        if let Some(r) = receipt {
            form.push(("receipt", r));
        }
    }
    let sent = http
        .post(format!("{base}/api/cast_ballot"))
        .header("cookie", cookie)
        .form(&form)
        .send()
        .await;
    let res = match sent {
        Ok(res) => res,
        Err(e) => return (Sent::Failed(0, e.to_string()), None, None),
    };
    let status = res.status().as_u16();
    let location = res
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .filter(|l| l.contains("/vote/receipt/"))
        .map(str::to_owned);
    let flash = cookie_value(&res, "commonpot_flash");
    let receipt = location
        .as_deref()
        .and_then(|l| l.rsplit('/').next())
        .map(str::to_owned);
    match receipt {
        Some(r) if status < 400 => {
            if let Voter::Code { receipt, .. } = voter {
                *receipt = Some(r.clone());
            }
            (Sent::Counted(r), location, flash)
        }
        _ => {
            let body = res.text().await.unwrap_or_default();
            (
                Sent::Failed(status, body.chars().take(200).collect()),
                None,
                None,
            )
        }
    }
}

/// The round's stored ballots by receipt: the proposal ids chosen, sorted.
pub async fn stored(database_url: &str, round_id: i32) -> HashMap<String, Vec<i32>> {
    let db = connect(database_url).await;
    let rows = ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(round_id))
        .all(&db)
        .await
        .expect("ballots");
    db.close().await.ok();
    rows.into_iter()
        .map(|b| (b.receipt, ids_in(&b.choices)))
        .collect()
}

/// `[3,1]` or `{"3":1}` as the sorted ids `[1, 3]`.
pub fn ids_in(json: &str) -> Vec<i32> {
    let value: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
    let mut ids: Vec<i32> = match value {
        serde_json::Value::Array(items) => items
            .iter()
            .filter_map(|v| v.as_i64().and_then(|n| i32::try_from(n).ok()))
            .collect(),
        serde_json::Value::Object(map) => map.keys().filter_map(|k| k.parse().ok()).collect(),
        _ => Vec::new(),
    };
    ids.sort_unstable();
    ids
}

/// Latencies of one kind of request, for the report.
#[derive(Debug, Default)]
pub struct Latencies(pub Vec<Duration>);

impl Latencies {
    pub fn percentile(&mut self, p: f64) -> Duration {
        if self.0.is_empty() {
            return Duration::ZERO;
        }
        self.0.sort_unstable();
        let rank = ((p / 100.0) * (self.0.len() as f64 - 1.0)).round() as usize;
        self.0[rank.min(self.0.len() - 1)]
    }
}

/// Runs `concurrency` clients against GET /healthz for `seconds`: requests a second.
pub async fn trivial(
    http: &reqwest::Client,
    base: &str,
    concurrency: usize,
    seconds: f64,
) -> (f64, Latencies, usize) {
    readers(http, &format!("{base}/healthz"), concurrency, seconds).await
}

/// Runs `concurrency` clients reading `url` (the whole body) over and over for `seconds`:
/// requests a second, their latencies, and how many failed.
pub async fn readers(
    http: &reqwest::Client,
    url: &str,
    concurrency: usize,
    seconds: f64,
) -> (f64, Latencies, usize) {
    let until = Instant::now() + Duration::from_secs_f64(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let http = http.clone();
        let url = url.to_owned();
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            let mut errors = 0;
            while Instant::now() < until {
                let t = Instant::now();
                match http.get(&url).send().await {
                    Ok(r) if r.status().is_success() => match r.bytes().await {
                        Ok(_) => times.push(t.elapsed()),
                        Err(_) => errors += 1,
                    },
                    _ => errors += 1,
                }
            }
            (times, errors)
        }));
    }
    let mut all = Latencies::default();
    let mut errors = 0;
    for t in tasks {
        let (times, e) = t.await.expect("client task");
        all.0.extend(times);
        errors += e;
    }
    let rate = all.0.len() as f64 / started.elapsed().as_secs_f64();
    (rate, all, errors)
}

/// What one voter's phone saw: its last acknowledged ballot, and a ballot that was
/// sent but never answered (the server was killed, or the request failed).
#[derive(Debug, Clone, Default)]
pub struct Record {
    pub acked: Option<(String, Vec<i32>)>,
    pub unanswered: Option<Vec<i32>>,
    /// When the voter's first ballot was acknowledged.
    pub first_acked_at: Option<Instant>,
}

#[derive(Debug, Default)]
pub struct Outcome {
    pub records: Vec<Record>,
    pub latencies: Latencies,
    pub casts: usize,
    pub changes: usize,
    /// Failures: status (0 for no answer) and the start of the body.
    pub errors: Vec<(u16, String)>,
    /// A change that came back with another receipt than the voter's first one.
    pub receipt_changed: usize,
    pub seconds: f64,
}

/// How the phones of `drive` behave.
pub struct Phones {
    /// Phones at once.
    pub concurrency: usize,
    pub until: Instant,
    /// Set to stop them early.
    pub stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Each vote is the whole journey (ballot page, ballot, receipt page), not the POST alone.
    pub journey: bool,
}

/// `concurrency` phones cast and change ballots for `voters` until `until` or until
/// `stop` is set. Voter `j` goes to `bases[j % bases.len()]`; each voter's ballots
/// cycle through `ballots`, so every submission after the first is a change.
pub async fn drive(
    http: &reqwest::Client,
    bases: &[String],
    voters: Vec<Voter>,
    ballots: &[Vec<i32>],
    phones: Phones,
) -> Outcome {
    use std::sync::atomic::Ordering;
    let Phones {
        concurrency,
        until,
        stop,
        journey: whole_journey,
    } = phones;
    let count = voters.len();
    let mut lanes: Vec<Vec<(usize, Voter)>> = vec![Vec::new(); concurrency.max(1)];
    for (j, v) in voters.into_iter().enumerate() {
        lanes[j % concurrency.max(1)].push((j, v));
    }
    let started = Instant::now();
    let mut tasks = Vec::new();
    for lane in lanes {
        let http = http.clone();
        let bases = bases.to_vec();
        let ballots = ballots.to_vec();
        let stop = stop.clone();
        tasks.push(tokio::spawn(async move {
            let mut out = Outcome::default();
            let mut records: Vec<(usize, Record)> =
                lane.iter().map(|(j, _)| (*j, Record::default())).collect();
            let mut lane = lane;
            let mut pass = 0;
            'outer: while !lane.is_empty() {
                for (k, (j, voter)) in lane.iter_mut().enumerate() {
                    if Instant::now() >= until || stop.load(Ordering::SeqCst) {
                        break 'outer;
                    }
                    let choices = ballots[(*j + pass) % ballots.len()].clone();
                    let record = &mut records[k].1;
                    record.unanswered = Some(choices.clone());
                    let t = Instant::now();
                    let base = &bases[*j % bases.len()];
                    let sent = if whole_journey {
                        let (sent, page_failed) = journey(&http, base, voter, &choices).await;
                        out.errors.extend(page_failed);
                        sent
                    } else {
                        cast(&http, base, voter, &choices).await
                    };
                    match sent {
                        Sent::Counted(receipt) => {
                            out.latencies.0.push(t.elapsed());
                            match &record.acked {
                                Some((first, _)) => {
                                    out.changes += 1;
                                    if *first != receipt {
                                        out.receipt_changed += 1;
                                    }
                                }
                                None => {
                                    out.casts += 1;
                                    record.first_acked_at = Some(Instant::now());
                                }
                            }
                            record.acked = Some((receipt, choices));
                            record.unanswered = None;
                        }
                        Sent::Failed(status, body) => {
                            // An answer, even an error, says the ballot was not taken;
                            // only a request the server never answered is in doubt.
                            if status != 0 {
                                record.unanswered = None;
                            }
                            out.errors.push((status, body));
                        }
                    }
                }
                pass += 1;
            }
            (out, records)
        }));
    }
    let mut all = Outcome {
        records: vec![Record::default(); count],
        ..Outcome::default()
    };
    for t in tasks {
        let (out, records) = t.await.expect("phone task");
        all.latencies.0.extend(out.latencies.0);
        all.casts += out.casts;
        all.changes += out.changes;
        all.errors.extend(out.errors);
        all.receipt_changed += out.receipt_changed;
        for (j, r) in records {
            all.records[j] = r;
        }
    }
    all.seconds = started.elapsed().as_secs_f64();
    all
}

/// What the database holds against what the phones were told.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Audit {
    pub acknowledged: usize,
    pub stored: usize,
    /// Acknowledged, but no ballot with that receipt.
    pub lost: usize,
    /// Stored with choices other than the last acknowledged (or the unanswered) ones.
    pub wrong: usize,
    /// Stored ballots no phone can account for.
    pub unexplained: usize,
}

pub fn audit(records: &[Record], stored: &HashMap<String, Vec<i32>>) -> Audit {
    let mut result = Audit {
        stored: stored.len(),
        ..Audit::default()
    };
    // A first ballot sent but never answered may or may not have been stored.
    let mut may_exist = 0;
    for r in records {
        match &r.acked {
            Some((receipt, choices)) => {
                result.acknowledged += 1;
                match stored.get(receipt) {
                    None => result.lost += 1,
                    Some(held) => {
                        let mut want = choices.clone();
                        want.sort_unstable();
                        let mut alt = r.unanswered.clone().unwrap_or_default();
                        alt.sort_unstable();
                        if *held != want && (r.unanswered.is_none() || *held != alt) {
                            result.wrong += 1;
                        }
                    }
                }
            }
            None if r.unanswered.is_some() => may_exist += 1,
            None => {}
        }
    }
    result.unexplained = stored
        .len()
        .saturating_sub(result.acknowledged - result.lost + may_exist);
    result
}

/// Phones that keep voting and changing their votes on `server`, returned once `enough`
/// ballots are stored (or 30 seconds have passed); setting the flag stops them.
pub async fn voting_until_stored(
    http: &reqwest::Client,
    server: &Server,
    url: &str,
    electorate: &Electorate,
    enough: usize,
) -> (
    tokio::task::JoinHandle<Outcome>,
    std::sync::Arc<std::sync::atomic::AtomicBool>,
) {
    let mut voters = Vec::new();
    for (email, code) in electorate.accounts.iter().zip(&electorate.codes) {
        let session = sign_in(http, &server.base, email).await.unwrap();
        voters.push(Voter::Account { session });
        voters.push(Voter::Code {
            code: code.clone(),
            receipt: None,
        });
    }
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let phones = {
        let (http, bases, ballots, stop) = (
            http.clone(),
            vec![server.base.clone()],
            electorate.ballots.clone(),
            stop.clone(),
        );
        tokio::spawn(async move {
            let until = Instant::now() + Duration::from_secs(60);
            let phones = Phones {
                concurrency: 20,
                until,
                stop,
                journey: false,
            };
            drive(&http, &bases, voters, &ballots, phones).await
        })
    };
    let started = Instant::now();
    loop {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let so_far = stored(url, electorate.round_id).await.len();
        if so_far >= enough || started.elapsed() > Duration::from_secs(30) {
            break;
        }
    }
    (phones, stop)
}
