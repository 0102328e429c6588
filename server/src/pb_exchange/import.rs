//! `commonpot import-pb FILE.pb --neighbourhood SLUG`: a closed round from a pabulib file.
//!
//! The file is read as a stream (`PbReader`): META and PROJECTS first, checked before anything
//! is written, then the ballots in batches. Everything is written in one transaction, so a file
//! that turns out to be broken halfway leaves the database as it was.

use super::plan::RoundPlan;
use super::text::{column, format_date, priority_area_for, truncate, PROJECT_ID_PREFIX};
use anyhow::{anyhow, bail, Context};
use app::backend::ballots::StoredChoices;
use app::backend::entities::{ballot, contribution, proposal, round, round_phase_date};
use app::domain::pb::{PbFile, PbProject, PbReader, PbRecord, PbVote, VoteType};
use app::domain::phase::Phase;
use app::domain::proposal::ProposalStatus;
use app::domain::results::BallotRule;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use indicatif::{ProgressBar, ProgressStyle};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, IsTerminal};
use std::path::Path;

/// Ballots written per INSERT.
const BATCH: usize = 1000;

/// What an import created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub neighbourhood_slug: String,
    pub round_slug: String,
    pub round_id: i32,
    pub proposals: usize,
    pub ballots: usize,
}

impl ImportReport {
    /// The round's page.
    pub fn path(&self) -> String {
        format!(
            "/neighbourhoods/{}/rounds/{}",
            self.neighbourhood_slug, self.round_slug
        )
    }
}

impl std::fmt::Display for ImportReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Imported round {}/{} (id {}): {} proposals, {} ballots.\nRound: {}\nResults: {}/results",
            self.neighbourhood_slug,
            self.round_slug,
            self.round_id,
            self.proposals,
            self.ballots,
            self.path(),
            self.path()
        )
    }
}

/// Imports `file` as a new closed round of the neighbourhood `neighbourhood_slug`.
pub async fn import_pb(
    db: &DatabaseConnection,
    file: &Path,
    neighbourhood_slug: &str,
) -> anyhow::Result<ImportReport> {
    let n = super::neighbourhood_by_slug(db, neighbourhood_slug).await?;
    let opened =
        std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let size = opened.metadata().map(|m| m.len()).unwrap_or(0);
    let mut reader = PbReader::new(BufReader::new(opened));
    let name = file.display().to_string();
    let head = read_head(&mut reader, &name)?;
    let plan = RoundPlan::from_head(&head, file)?;
    let progress = progress_bar(size);
    let txn = db.begin().await.context("could not start a transaction")?;
    // The server may be writing meanwhile (ballots elsewhere, its counter, the mail):
    // take SQLite's write lock before the first read, or the first insert would fail.
    app::backend::db::write_first(&txn)
        .await
        .context("could not start writing the round")?;
    let written = write_round(&txn, &n, &plan, &head, &mut reader, &progress, &name).await;
    progress.finish_and_clear();
    match written {
        Ok((round_id, round_slug, ballots)) => {
            txn.commit()
                .await
                .context("could not commit the imported round")?;
            Ok(ImportReport {
                neighbourhood_slug: n.slug,
                round_slug,
                round_id,
                proposals: head.projects.len(),
                ballots,
            })
        }
        Err(e) => {
            // Nothing of a refused file stays: the round, its proposals and ballots go together.
            let _ = txn.rollback().await;
            Err(e)
        }
    }
}

fn progress_bar(bytes: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(bytes);
    if let Ok(style) = ProgressStyle::with_template(
        "importing {wide_bar} {binary_bytes}/{binary_total_bytes} ({eta} left) {msg}",
    ) {
        bar.set_style(style);
    }
    bar
}

/// META and PROJECTS, up to the VOTES header, each checked as Commonpot needs it.
fn read_head<R: BufRead>(reader: &mut PbReader<R>, name: &str) -> anyhow::Result<PbFile> {
    let invalid = |e| anyhow!("{name} is not a valid .pb file: {e}");
    let mut head = PbFile::default();
    loop {
        match reader.next() {
            None => bail!("{name} is not a valid .pb file: it has no VOTES section"),
            Some(Err(e)) => return Err(invalid(e)),
            Some(Ok(PbRecord::Meta(m))) => head.meta.push(m),
            Some(Ok(PbRecord::ProjectColumns(c))) => head.project_columns = c,
            Some(Ok(PbRecord::Project(p))) => {
                pence(&p, name)?;
                head.projects.push(p);
            }
            Some(Ok(PbRecord::VoteColumns(c))) => {
                head.vote_columns = c;
                return Ok(head);
            }
            Some(Ok(PbRecord::Vote(v))) => {
                bail!("{name}: line {}: a vote before the VOTES header", v.line)
            }
        }
    }
}

/// A project's cost in minor units (×100); zero, or finer than 1/100, is refused.
fn pence(p: &PbProject, name: &str) -> anyhow::Result<i64> {
    let minor = p
        .cost
        .at_scale(2)
        .and_then(|m| i64::try_from(m).ok())
        .ok_or_else(|| {
            anyhow!(
                "{name}: line {}: project {:?} costs {}, which has more than two decimals or is too large",
                p.line,
                p.id,
                p.cost
            )
        })?;
    if minor == 0 {
        bail!(
            "{name}: line {}: project {:?} costs 0; every proposal in Commonpot must cost something",
            p.line,
            p.id
        );
    }
    Ok(minor)
}

/// Writes the round, its pot, timetable, proposals and ballots; returns its id, slug and
/// the number of ballots.
async fn write_round<R: BufRead>(
    db: &impl ConnectionTrait,
    n: &app::backend::entities::neighbourhood::Model,
    plan: &RoundPlan,
    head: &PbFile,
    reader: &mut PbReader<R>,
    progress: &ProgressBar,
    name: &str,
) -> anyhow::Result<(i32, String, usize)> {
    let now = Utc::now();
    let created = plan
        .voting_opens
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .map(|d| d.and_utc())
        .unwrap_or(now);
    let slug = free_slug(db, n.id, &plan.slug_base).await?;
    let r = round::ActiveModel {
        neighbourhood_id: Set(n.id),
        slug: Set(slug.clone()),
        title: Set(plan.title.clone()),
        summary: Set(plan.summary(head.projects.len(), 0)),
        phase: Set(Phase::Closed),
        ballot_rule: Set(plan.ballot_rule),
        ballot_max_choices: Set(plan.max_choices),
        ballot_points: Set(plan.points),
        ballot_min_choices: Set(plan.min_choices),
        count_rule: Set(plan.count_rule.as_str().into()),
        created_at: Set(created),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("could not create the round")?;
    let payer = council_agency(db, &n.council).await?;
    contribution::ActiveModel {
        round_id: Set(r.id),
        agency_id: Set(payer),
        amount_pence: Set(plan.budget_pence),
        ring_fence: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("could not record the pot")?;
    write_phase_dates(db, r.id, plan, now.date_naive()).await?;
    let proposal_ids = write_proposals(db, r.id, head, created, name).await?;
    let cast_at = plan
        .voting_ends
        .and_then(|d| d.and_hms_opt(20, 0, 0))
        .map(|d| d.and_utc())
        .unwrap_or(now);
    let tally = write_ballots(
        db,
        r.id,
        plan.vote_type,
        head,
        &proposal_ids,
        reader,
        progress,
        cast_at,
        name,
    )
    .await?;
    let mut update: round::ActiveModel = r.into();
    update.summary = Set(plan.summary(head.projects.len(), tally.ballots));
    if plan.ballot_rule == BallotRule::Ranked && plan.max_choices.is_none() {
        update.ballot_max_choices = Set(Some(i32::try_from(tally.longest).unwrap_or(i32::MAX)));
    }
    if plan.ballot_rule.has_points() && plan.points.is_none() {
        update.ballot_points = Set(Some(i32::try_from(tally.most_points).unwrap_or(i32::MAX)));
    }
    let r = update
        .update(db)
        .await
        .context("could not finish the round")?;
    Ok((r.id, slug, tally.ballots))
}

/// `base`, or `base-2`, `base-3`… whichever the neighbourhood has no round with yet.
async fn free_slug(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
    base: &str,
) -> anyhow::Result<String> {
    let taken: Vec<String> = round::Entity::find()
        .filter(round::Column::NeighbourhoodId.eq(neighbourhood_id))
        .all(db)
        .await
        .context("could not read the neighbourhood's rounds")?
        .into_iter()
        .map(|r| r.slug)
        .collect();
    let mut slug = base.to_owned();
    let mut k = 1;
    while taken.contains(&slug) {
        k += 1;
        slug = format!("{base}-{k}");
    }
    Ok(slug)
}

/// The neighbourhood's council as an agency (created if no agency has its name yet): it
/// pays the imported pot, as a file records one budget and not who paid into it.
async fn council_agency(db: &impl ConnectionTrait, council: &str) -> anyhow::Result<i32> {
    let council = if council.trim().is_empty() {
        "Imported budget"
    } else {
        council.trim()
    };
    let a = app::backend::agencies::find_or_create(db, council, "council")
        .await
        .context("could not find or create the council's agency")?;
    Ok(a.id)
}

/// Voting from date_begin to date_end; counting the day after; closed on import.
async fn write_phase_dates(
    db: &impl ConnectionTrait,
    round_id: i32,
    plan: &RoundPlan,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let counting = plan.voting_ends.map(|d| d + Duration::days(1));
    let latest = counting.or(plan.voting_opens);
    let closed = match latest {
        Some(d) if d >= today => d + Duration::days(1),
        _ => today,
    };
    let dates = [
        (Phase::VotingOpen, plan.voting_opens),
        (Phase::Counting, counting),
        (Phase::Closed, Some(closed)),
    ];
    for (phase, date) in dates {
        let Some(date) = date else { continue };
        round_phase_date::ActiveModel {
            round_id: Set(round_id),
            phase: Set(phase),
            starts_on: Set(date),
            ..Default::default()
        }
        .insert(db)
        .await
        .with_context(|| format!("could not record the round's dates ({})", format_date(date)))?;
    }
    Ok(())
}

/// One feasible proposal per project, written in order of project id (so ties between
/// proposals, broken on their ids, fall as they do on the file's ids). Returns the proposal
/// id of each project in file order.
async fn write_proposals(
    db: &impl ConnectionTrait,
    round_id: i32,
    head: &PbFile,
    created: DateTime<Utc>,
    name: &str,
) -> anyhow::Result<Vec<i32>> {
    let field = |p: &PbProject, c: &str| {
        column(&head.project_columns, c)
            .and_then(|i| p.fields.get(i))
            .map(|v| v.trim())
            .filter(|v| !v.is_empty() && !v.eq_ignore_ascii_case("none"))
            .map(str::to_owned)
    };
    let mut order: Vec<usize> = (0..head.projects.len()).collect();
    order.sort_by(|&a, &b| head.projects[a].id.cmp(&head.projects[b].id));
    let mut ids = vec![0; head.projects.len()];
    for k in order {
        let p = &head.projects[k];
        let mut body = format!("{PROJECT_ID_PREFIX}{}", p.id);
        for (heading, value) in head.project_columns.iter().zip(&p.fields).skip(1) {
            if !value.trim().is_empty() {
                body.push_str(&format!("\n{heading}: {}", value.trim()));
            }
        }
        let title = field(p, "name").unwrap_or_else(|| format!("Project {}", p.id));
        let summary = field(p, "description")
            .unwrap_or_else(|| format!("Project {} of the imported pabulib election.", p.id));
        let location = field(p, "district")
            .or_else(|| field(p, "neighborhood"))
            .or_else(|| field(p, "subunit"));
        let area = priority_area_for(&field(p, "category").unwrap_or_default());
        let m = proposal::ActiveModel {
            round_id: Set(round_id),
            title: Set(truncate(&title, 120)),
            summary: Set(truncate(&summary, 300)),
            body: Set(body),
            cost_pence: Set(pence(p, name)?),
            priority_area: Set(area.slug().into()),
            agency_id: Set(None),
            location: Set(location.map(|l| truncate(&l, 200))),
            proposer_user_id: Set(None),
            proposer_name: Set(truncate(
                &field(p, "proposer").unwrap_or_else(|| "pabulib import".into()),
                200,
            )),
            status: Set(ProposalStatus::Feasible),
            status_reason: Set(None),
            created_at: Set(created),
            updated_at: Set(created),
            ..Default::default()
        }
        .insert(db)
        .await
        .with_context(|| format!("could not create the proposal for project {:?}", p.id))?;
        ids[k] = m.id;
    }
    Ok(ids)
}

#[derive(Default)]
struct Tally {
    ballots: usize,
    longest: usize,
    most_points: i64,
}

/// Streams the VOTES rows into ballots, `BATCH` at a time.
#[allow(clippy::too_many_arguments)]
async fn write_ballots<R: BufRead>(
    db: &impl ConnectionTrait,
    round_id: i32,
    vote_type: VoteType,
    head: &PbFile,
    proposal_ids: &[i32],
    reader: &mut PbReader<R>,
    progress: &ProgressBar,
    cast_at: DateTime<Utc>,
    name: &str,
) -> anyhow::Result<Tally> {
    let voter_column = column(&head.vote_columns, "voter_id");
    let method_column = column(&head.vote_columns, "voting_method");
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut batch: Vec<ballot::ActiveModel> = Vec::with_capacity(BATCH);
    let mut tally = Tally::default();
    while let Some(record) = reader.next() {
        let vote: PbVote = match record {
            Ok(PbRecord::Vote(v)) => v,
            Ok(_) => continue,
            Err(e) => bail!("{name} is not a valid .pb file: {e}"),
        };
        let n = tally.ballots + 1;
        let voter = voter_column
            .and_then(|c| vote.fields.get(c))
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| n.to_string());
        if let Some(first) = seen.insert(voter.clone(), vote.line) {
            bail!(
                "{name}: line {}: voter_id {voter:?} votes twice (first on line {first})",
                vote.line
            );
        }
        let voter_key = format!("pb:{voter}");
        if voter_key.chars().count() > 128 {
            bail!(
                "{name}: line {}: voter_id is longer than 125 characters",
                vote.line
            );
        }
        let ids: Vec<i32> = vote
            .vote
            .iter()
            .filter_map(|&i| proposal_ids.get(i as usize).copied())
            .collect();
        let choices = match (&vote.points, vote_type.has_points()) {
            (Some(points), true) => {
                tally.most_points = tally.most_points.max(points.iter().sum());
                StoredChoices::Points(ids.iter().copied().zip(points.iter().copied()).collect())
            }
            _ => StoredChoices::Ids(ids.clone()),
        };
        tally.longest = tally.longest.max(ids.len());
        let channel = match method_column
            .and_then(|c| vote.fields.get(c))
            .map(|m| m.trim())
        {
            Some("paper") => "paper",
            Some("internet") => "online",
            _ => "import",
        };
        batch.push(ballot::ActiveModel {
            id: Set(app::backend::voting::new_ballot_id()),
            round_id: Set(round_id),
            voter_key: Set(voter_key),
            receipt: Set(format!("PB{round_id}-{n}")),
            choices: Set(choices.to_json()),
            channel: Set(channel.into()),
            entered_by: Set(None),
            cast_at: Set(cast_at),
            ..Default::default()
        });
        tally.ballots = n;
        if batch.len() == BATCH {
            flush(db, &mut batch).await?;
            progress.set_position(reader.bytes_read());
        }
    }
    flush(db, &mut batch).await?;
    progress.set_position(reader.bytes_read());
    Ok(tally)
}

async fn flush(
    db: &impl ConnectionTrait,
    batch: &mut Vec<ballot::ActiveModel>,
) -> anyhow::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    ballot::Entity::insert_many(std::mem::take(batch))
        .exec_without_returning(db)
        .await
        .context("could not write the ballots")?;
    Ok(())
}
