//! `commonpot export-pb NEIGHBOURHOOD/ROUND`: a round and its ballot ledger as a `.pb` file.
//!
//! PROJECTS holds the proposals that were on the ballot; VOTES every counted ballot that names
//! at least one of them (pabulib has no empty vote), each known only by its receipt code.

use super::text::{format_date, project_id_in, source_values};
use anyhow::{anyhow, bail, Context};
use app::backend::ballots::StoredChoices;
use app::backend::entities::{ballot, proposal};
use app::backend::{proposals, rounds};
use app::domain::count::{count, CountOptions, CountRule, Why};
use app::domain::pb::{to_election, Amount, MetaEntry, PbFile, PbProject, PbVote};
use app::domain::phase::Phase;
use app::domain::proposal::ProposalStatus;
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

/// The round named `NEIGHBOURHOOD/ROUND` (slugs, as in its URL) as a pabulib file.
pub async fn export_pb(
    db: &impl ConnectionTrait,
    round_ref: &str,
) -> anyhow::Result<(PbFile, ExportReport)> {
    let (n, r) = round_by_ref(db, round_ref).await?;
    let pot = rounds::pots(db, &[r.id])
        .await?
        .remove(&r.id)
        .unwrap_or_default()
        .total()
        .as_i64();
    let mut on_ballot: Vec<proposal::Model> = proposals::list_for_round(db, r.id)
        .await?
        .into_iter()
        .filter(|p| ProposalStatus::parse(&p.status).is_ok_and(ProposalStatus::on_ballot))
        .collect();
    on_ballot.sort_by_key(|p| p.id);
    // By receipt, never in the order of casting, and without how each was cast: the
    // order or a paper mark would let someone who watched a polling station or knows
    // when a neighbour voted pick out their ballot. Paper totals are per batch.
    let ledger: Vec<(String, String)> = ballot::Entity::find()
        .select_only()
        .column(ballot::Column::Receipt)
        .column(ballot::Column::Choices)
        .filter(ballot::Column::RoundId.eq(r.id))
        // A voided ballot stays in the ledger page with its reason, never in the votes.
        .filter(ballot::Column::VoidedAt.is_null())
        .order_by_asc(ballot::Column::Receipt)
        .into_tuple()
        .all(db)
        .await
        .context("could not read the ballot ledger")?;
    let rule = BallotRule::parse(&r.ballot_rule);
    let ids = project_ids(&on_ballot);
    let index: HashMap<i32, u32> = on_ballot
        .iter()
        .enumerate()
        .map(|(k, p)| (p.id, k as u32))
        .collect();
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
    let dates = rounds::phase_dates(db, r.id).await?;
    let date_of = |phase: Phase| {
        dates
            .iter()
            .find(|d| d.phase == phase.as_str())
            .map(|d| d.starts_on)
    };
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
    let has_score = has_points || rule == BallotRule::Ranked;
    file.project_columns = ["project_id", "cost", "votes"]
        .into_iter()
        .chain(has_score.then_some("score"))
        .chain(["name", "category", "selected"])
        .map(String::from)
        .collect();
    for (k, p) in on_ballot.iter().enumerate() {
        let k = k as u32;
        let supporters = votes.iter().filter(|v| v.vote.contains(&k)).count();
        let mut fields = vec![
            ids[k as usize].clone(),
            String::new(),
            supporters.to_string(),
        ];
        if has_score {
            let score: i64 = votes
                .iter()
                .filter_map(|v| Some(points_of(v, v.vote.iter().position(|&x| x == k)?)))
                .sum();
            fields.push(score.to_string());
        }
        fields.push(p.title.clone());
        fields.push(p.priority_area.clone());
        fields.push("0".into());
        file.projects.push(PbProject {
            id: ids[k as usize].clone(),
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
    for v in votes.iter_mut() {
        v.fields.resize(file.vote_columns.len(), String::new());
    }
    let fits_pot = votes.iter().all(|v| {
        v.vote
            .iter()
            .map(|&k| on_ballot[k as usize].cost_pence)
            .sum::<i64>()
            <= pot
    });
    let vote_type = match rule {
        BallotRule::ApproveUpTo if r.ballot_max_choices == Some(1) => "choose-1",
        BallotRule::ApprovalWithinPot | BallotRule::ApproveUpTo => "approval",
        BallotRule::Points => "cumulative",
        BallotRule::Scores => "scoring",
        BallotRule::Ranked => "ordinal",
    };
    let count_rule = r
        .count_rule
        .parse::<CountRule>()
        .unwrap_or(CountRule::Greedy);
    let rule_name = match count_rule {
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
        ("num_votes", votes.len().to_string()),
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
    if rule == BallotRule::ApprovalWithinPot && fits_pot {
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
    file.votes = votes;
    mark_selected(&mut file, count_rule)?;
    let report = ExportReport {
        projects: file.projects.len(),
        votes: file.votes.len(),
        empty_ballots,
    };
    Ok((file, report))
}

/// Fills the `selected` column (the last) with what the META `rule` funds on these ballots, so
/// anyone can recount it from the file. pabulib's `equalshares/add1` has no greedy completion,
/// so for a round counted with MES-complete the projects the completion adds are not marked.
fn mark_selected(file: &mut PbFile, rule: CountRule) -> anyhow::Result<()> {
    let election = to_election(file).context("the exported round cannot be counted")?;
    let outcome = count(&election, rule, &CountOptions::default());
    for s in &outcome.selected {
        if matches!(s.why, Why::Completion { .. }) {
            continue;
        }
        if let Some(selected) = file.projects[s.project].fields.last_mut() {
            *selected = "1".into();
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
