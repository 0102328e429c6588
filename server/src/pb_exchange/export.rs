//! `commonpot export-pb NEIGHBOURHOOD/ROUND`: a round and its ballot ledger as a `.pb` file.
//!
//! PROJECTS holds the proposals that were on the ballot; VOTES every counted ballot that names
//! at least one of them (pabulib has no empty vote), each known only by its receipt code.

use super::text::{format_date, project_id_in, source_values};
use anyhow::{anyhow, bail, Context};
use app::backend::ballots::StoredChoices;
use app::backend::entities::{ballot, neighbourhood, proposal, round};
use app::backend::{proposals, rounds};
use app::domain::count::{count, CountOptions, CountRule, Why};
use app::domain::pb::{to_election, Amount, MetaEntry, PbFile, PbProject, PbVote};
use app::domain::phase::Phase;
use app::domain::results::BallotRule;
use chrono::Duration;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{HashMap, HashSet};

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportReport {
    pub projects: usize,
    pub votes: usize,
    /// Counted ballots left out because they name no proposal on the ballot.
    pub empty_ballots: usize,
}

impl std::fmt::Display for ExportReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} projects, {} votes", self.projects, self.votes)?;
        if self.empty_ballots > 0 {
            write!(
                f,
                " ({} empty ballots left out: pabulib has no empty vote)",
                self.empty_ballots
            )?;
        }
        Ok(())
    }
}

/// What the head of a round's file says of its votes.
pub struct Tallies {
    /// Per proposal on the ballot, in the file's order: votes naming it, and its score.
    pub projects: Vec<(u64, i64)>,
    /// Ballots that name at least one proposal on the ballot.
    pub votes: usize,
    /// Whether every such ballot fits the pot.
    pub fits_pot: bool,
}

/// A round's ledger file being written: its head, and how a stored ballot becomes a vote.
pub struct LedgerFile {
    /// META, PROJECTS and the vote columns; no votes.
    pub file: PbFile,
    rule: BallotRule,
    index: HashMap<i32, u32>,
    has_points: bool,
}

impl LedgerFile {
    /// The ballot with this receipt and stored choices as a vote of the file, or `None` if it
    /// names nothing on the ballot.
    pub fn vote(&self, receipt: &str, choices: &str) -> anyhow::Result<Option<PbVote>> {
        let Some(mut vote) = vote_of(self.rule, &StoredChoices::parse(choices)?, &self.index)
        else {
            return Ok(None);
        };
        vote.fields = vec![receipt.to_owned()];
        vote.fields
            .resize(if self.has_points { 3 } else { 2 }, String::new());
        Ok(Some(vote))
    }
}

/// The proposals of a round that were on its ballot, by id.
pub async fn on_ballot(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> anyhow::Result<Vec<proposal::Model>> {
    let mut on_ballot: Vec<proposal::Model> = proposals::list_for_round(db, round_id)
        .await?
        .into_iter()
        .filter(|p| p.status.on_ballot())
        .collect();
    on_ballot.sort_by_key(|p| p.id);
    Ok(on_ballot)
}

/// One page of the round's counted ballots by receipt, after `after`: (receipt, choices).
/// By receipt, never in the order of casting, and without how each was cast: the order or
/// a paper mark would let someone who watched a polling station or knows when a neighbour
/// voted pick out their ballot. Paper totals are per batch. A voided ballot stays in the
/// ledger page with its reason, never in the votes.
pub async fn ledger_page(
    db: &impl ConnectionTrait,
    round_id: i32,
    after: Option<&str>,
    limit: Option<u64>,
) -> anyhow::Result<Vec<(String, String)>> {
    let mut query = ballot::Entity::find()
        .select_only()
        .column(ballot::Column::Receipt)
        .column(ballot::Column::Choices)
        .filter(ballot::Column::RoundId.eq(round_id))
        .filter(ballot::Column::VoidedAt.is_null());
    if let Some(after) = after {
        query = query.filter(ballot::Column::Receipt.gt(after));
    }
    query
        .order_by_asc(ballot::Column::Receipt)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await
        .context("could not read the ballot ledger")
}

/// The round named `NEIGHBOURHOOD/ROUND` (slugs, as in its URL) as a pabulib file, its
/// `selected` column made by counting the file itself.
pub async fn export_pb(
    db: &impl ConnectionTrait,
    round_ref: &str,
) -> anyhow::Result<(PbFile, ExportReport)> {
    let (n, r) = round_by_ref(db, round_ref).await?;
    let on_ballot = on_ballot(db, r.id).await?;
    let pot = pot_of(db, r.id).await?;
    let ledger = ledger_page(db, r.id, None, None).await?;
    let rule = r.ballot_rule;
    let index = index_of(&on_ballot);
    let mut votes = Vec::new();
    let mut empty_ballots = 0;
    for (receipt, choices) in &ledger {
        match vote_of(rule, &StoredChoices::parse(choices)?, &index) {
            Some(mut vote) => {
                vote.fields = vec![receipt.clone()];
                votes.push(vote);
            }
            None => empty_ballots += 1,
        }
    }
    // Greedy's score: total points, or for rankings `max_length − position` per ballot.
    let longest = votes.iter().map(|v| v.vote.len()).max().unwrap_or(0);
    let max_length = r
        .ballot_max_choices
        .and_then(|m| usize::try_from(m).ok())
        .unwrap_or(longest);
    let points_of = |v: &PbVote, at: usize| match &v.points {
        Some(points) => points.get(at).copied().unwrap_or(0),
        None => max_length as i64 - at as i64,
    };
    let tallies = Tallies {
        projects: (0..on_ballot.len() as u32)
            .map(|k| {
                let naming = votes.iter().filter(|v| v.vote.contains(&k));
                let score = naming
                    .clone()
                    .filter_map(|v| Some(points_of(v, v.vote.iter().position(|&x| x == k)?)))
                    .sum();
                (naming.count() as u64, score)
            })
            .collect(),
        votes: votes.len(),
        fits_pot: votes.iter().all(|v| {
            v.vote
                .iter()
                .map(|&k| on_ballot[k as usize].cost_pence)
                .sum::<i64>()
                <= pot
        }),
    };
    let mut ledger = ledger_head(db, &n, &r, &on_ballot, pot, &tallies).await?;
    let width = ledger.file.vote_columns.len();
    for v in votes.iter_mut() {
        v.fields.resize(width, String::new());
    }
    ledger.file.votes = votes;
    let count_rule = count_rule_of(&r);
    mark_selected(&mut ledger.file, count_rule)?;
    let report = ExportReport {
        projects: ledger.file.projects.len(),
        votes: ledger.file.votes.len(),
        empty_ballots,
    };
    Ok((ledger.file, report))
}

/// The pot of a round, in pence.
pub async fn pot_of(db: &impl ConnectionTrait, round_id: i32) -> anyhow::Result<i64> {
    Ok(rounds::pots(db, &[round_id])
        .await?
        .remove(&round_id)
        .unwrap_or_default()
        .total()
        .as_i64())
}

fn index_of(on_ballot: &[proposal::Model]) -> HashMap<i32, u32> {
    on_ballot
        .iter()
        .enumerate()
        .map(|(k, p)| (p.id, k as u32))
        .collect()
}

fn count_rule_of(r: &round::Model) -> CountRule {
    r.count_rule.parse().unwrap_or(CountRule::Greedy)
}

/// The head of the round's file (META, PROJECTS, vote columns) from its tallies; every
/// project's `selected` is "0" until it is marked.
pub async fn ledger_head(
    db: &impl ConnectionTrait,
    n: &neighbourhood::Model,
    r: &round::Model,
    on_ballot: &[proposal::Model],
    pot: i64,
    tallies: &Tallies,
) -> anyhow::Result<LedgerFile> {
    let rule = r.ballot_rule;
    let ids = project_ids(on_ballot);
    let dates = rounds::phase_dates(db, r.id).await?;
    let date_of = |phase: Phase| dates.iter().find(|d| d.phase == phase).map(|d| d.starts_on);
    let begin = date_of(Phase::VotingOpen).unwrap_or(r.created_at.date_naive());
    let end = date_of(Phase::Counting)
        .map(|d| d - Duration::days(1))
        .filter(|&d| d >= begin)
        .unwrap_or(begin);
    let whole = pot % 100 == 0 && on_ballot.iter().all(|p| p.cost_pence % 100 == 0);
    let amount = |pence: i64| {
        let pence = pence.unsigned_abs();
        if whole {
            Amount::whole(pence / 100)
        } else {
            Amount {
                minor: pence,
                scale: 2,
            }
        }
    };
    let mut file = PbFile::default();
    let has_points = rule.has_points();
    let has_score = has_points || rule == BallotRule::Ranked;
    file.project_columns = ["project_id", "cost", "votes"]
        .into_iter()
        .chain(has_score.then_some("score"))
        .chain(["name", "category", "selected"])
        .map(String::from)
        .collect();
    for (k, p) in on_ballot.iter().enumerate() {
        let (votes, score) = tallies.projects.get(k).copied().unwrap_or_default();
        let mut fields = vec![ids[k].clone(), String::new(), votes.to_string()];
        if has_score {
            fields.push(score.to_string());
        }
        fields.push(p.title.clone());
        fields.push(p.priority_area.clone());
        fields.push("0".into());
        file.projects.push(PbProject {
            id: ids[k].clone(),
            cost: amount(p.cost_pence),
            fields,
            line: 0,
        });
    }
    // Receipts identify the ballots.
    file.vote_columns = ["voter_id", "vote"]
        .into_iter()
        .chain(has_points.then_some("points"))
        .map(String::from)
        .collect();
    let vote_type = match rule {
        BallotRule::ApproveUpTo if r.ballot_max_choices == Some(1) => "choose-1",
        BallotRule::ApprovalWithinPot | BallotRule::ApproveUpTo => "approval",
        BallotRule::Points => "cumulative",
        BallotRule::Scores => "scoring",
        BallotRule::Ranked => "ordinal",
    };
    let rule_name = match count_rule_of(r) {
        CountRule::MesComplete => "equalshares/add1",
        CountRule::Mes => "equalshares",
        CountRule::Greedy => "greedy",
    };
    let source: HashMap<String, String> = source_values(&r.summary).into_iter().collect();
    let imported = !source.is_empty();
    let from_source = |key: &str, native: &str| {
        source.get(key).cloned().unwrap_or_else(|| {
            if imported {
                String::new()
            } else {
                native.to_owned()
            }
        })
    };
    let mut meta: Vec<(&str, String)> = vec![
        ("description", r.title.clone()),
        ("country", from_source("country", "United Kingdom")),
        ("unit", from_source("unit", &n.name)),
        ("district", from_source("district", "")),
        ("subunit", from_source("subunit", "")),
        ("instance", from_source("instance", &r.slug)),
        ("num_projects", file.projects.len().to_string()),
        ("num_votes", tallies.votes.to_string()),
        ("budget", amount(pot).to_string()),
        ("vote_type", vote_type.into()),
        ("rule", rule_name.into()),
        ("date_begin", format_date(begin)),
        ("date_end", format_date(end)),
    ];
    if r.ballot_min_choices > 0 {
        meta.push(("min_length", r.ballot_min_choices.to_string()));
    }
    if let Some(max) = r.ballot_max_choices.filter(|&m| m > 0) {
        meta.push(("max_length", max.to_string()));
    }
    if rule == BallotRule::ApprovalWithinPot && tallies.fits_pot {
        meta.push(("max_sum_cost", amount(pot).to_string()));
    }
    match (rule, r.ballot_points) {
        (BallotRule::Scores, Some(p)) => meta.push(("max_points", p.to_string())),
        (BallotRule::Points, Some(p)) => meta.push(("max_sum_points", p.to_string())),
        _ => {}
    }
    meta.push(("language", from_source("language", "en")));
    meta.push(("currency", from_source("currency", "GBP")));
    file.meta = meta
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(key, value)| MetaEntry {
            key: key.into(),
            value,
            line: 0,
        })
        .collect();
    Ok(LedgerFile {
        file,
        rule,
        index: index_of(on_ballot),
        has_points,
    })
}

/// Marks project `k` of the file as selected by the META rule.
pub fn mark(file: &mut PbFile, k: usize) {
    if let Some(selected) = file.projects.get_mut(k).and_then(|p| p.fields.last_mut()) {
        *selected = "1".into();
    }
}

/// Fills the `selected` column (the last) with what the META `rule` funds on these ballots, so
/// anyone can recount it from the file. pabulib's `equalshares/add1` has no greedy completion,
/// so for a round counted with MES-complete the projects the completion adds are not marked.
fn mark_selected(file: &mut PbFile, rule: CountRule) -> anyhow::Result<()> {
    let election = to_election(file).context("the exported round cannot be counted")?;
    let outcome = count(&election, rule, &CountOptions::default());
    for s in &outcome.selected {
        if !matches!(s.why, Why::Completion { .. }) {
            mark(file, s.project);
        }
    }
    Ok(())
}

/// Each proposal's pabulib id: the imported project ids when every proposal has a distinct one,
/// otherwise the proposal ids.
fn project_ids(on_ballot: &[proposal::Model]) -> Vec<String> {
    let imported: Vec<Option<&str>> = on_ballot.iter().map(|p| project_id_in(&p.body)).collect();
    let distinct: HashSet<&str> = imported.iter().flatten().copied().collect();
    if distinct.len() == on_ballot.len() && imported.iter().all(Option::is_some) {
        imported.into_iter().flatten().map(str::to_owned).collect()
    } else {
        on_ballot.iter().map(|p| p.id.to_string()).collect()
    }
}

/// A counted ballot as a pabulib vote, or `None` if it names nothing still on the ballot.
/// Points ballots list their projects by decreasing points, as pabulib does.
fn vote_of(rule: BallotRule, choices: &StoredChoices, index: &HashMap<i32, u32>) -> Option<PbVote> {
    let mut picked: Vec<(u32, i64)> = Vec::new();
    for (id, points) in choices.with_points() {
        if let Some(&k) = index.get(&id) {
            if !picked.iter().any(|p| p.0 == k) {
                picked.push((k, points));
            }
        }
    }
    if picked.is_empty() {
        return None;
    }
    let points = if rule.has_points() {
        picked.sort_by_key(|p| std::cmp::Reverse(p.1));
        Some(picked.iter().map(|p| p.1).collect())
    } else {
        None
    };
    Some(PbVote {
        vote: picked.iter().map(|p| p.0).collect(),
        points,
        fields: Vec::new(),
        line: 0,
    })
}

/// The round named `NEIGHBOURHOOD/ROUND` (slugs, as in its URL), or what there is.
pub async fn round_by_ref(
    db: &impl ConnectionTrait,
    round_ref: &str,
) -> anyhow::Result<(
    app::backend::entities::neighbourhood::Model,
    app::backend::entities::round::Model,
)> {
    let (n_slug, r_slug) = round_ref.split_once('/').ok_or_else(|| {
        anyhow!("give the round as NEIGHBOURHOOD/ROUND, as in its address: e.g. ilfracombe/2025-26")
    })?;
    let n = super::neighbourhood_by_slug(db, n_slug).await?;
    let Some(r) = rounds::find(db, n.id, r_slug).await? else {
        let known: Vec<String> = rounds::list_for_neighbourhoods(db, &[n.id])
            .await?
            .into_iter()
            .map(|r| r.slug)
            .collect();
        bail!(
            "{} has no round {r_slug:?}; its rounds are: {}",
            n.slug,
            known.join(", ")
        );
    };
    Ok((n, r))
}
