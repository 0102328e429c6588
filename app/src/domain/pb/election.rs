//! From a `.pb` file to the election the count rules take, and the options it asks for.

use super::super::count::{Ballots, CountOptions, Election, ElectionError, Project};
use super::amount::Amount;
use super::error::{PbError, Problem};
use super::model::{PbFile, VoteType};

fn meta_line(file: &PbFile, key: &str) -> usize {
    file.meta_entry(key).map_or(0, |e| e.line)
}

/// Builds the election. Money is scaled so every cost is whole: with costs like `1250.50` the
/// minor unit is 0.01 and one currency unit is 100 of them.
pub fn to_election(file: &PbFile) -> Result<Election, PbError> {
    let vote_type = file.vote_type().ok_or(PbError::at(
        meta_line(file, "vote_type"),
        Problem::MissingMeta("vote_type"),
    ))?;
    let budget = file.budget().ok_or(PbError::at(
        meta_line(file, "budget"),
        Problem::MissingMeta("budget"),
    ))?;
    let scale = file
        .projects
        .iter()
        .map(|p| p.cost.scale)
        .chain([budget.scale])
        .max()
        .unwrap_or(0);
    let too_large = |line| PbError::at(line, Problem::AmountTooLarge);
    let budget_units = budget
        .at_scale(scale)
        .ok_or_else(|| too_large(meta_line(file, "budget")))?;
    let mut projects = Vec::with_capacity(file.projects.len());
    for p in &file.projects {
        let cost = p.cost.at_scale(scale).ok_or_else(|| too_large(p.line))?;
        projects.push(Project {
            id: p.id.clone(),
            cost,
        });
    }
    let index = |v: &[u32]| v.iter().map(|&p| p as usize).collect::<Vec<usize>>();
    let ballots = match vote_type {
        VoteType::Approval | VoteType::Choose1 => {
            Ballots::Approval(file.votes.iter().map(|v| index(&v.vote)).collect())
        }
        VoteType::Ordinal => {
            let rankings: Vec<Vec<usize>> = file.votes.iter().map(|v| index(&v.vote)).collect();
            let longest = rankings.iter().map(Vec::len).max().unwrap_or(0);
            let max_length = file
                .meta_value("max_length")
                .and_then(|v| v.parse().ok())
                .unwrap_or(longest);
            Ballots::Ordinal {
                rankings,
                max_length,
            }
        }
        VoteType::Cumulative | VoteType::Scoring => Ballots::Points(
            file.votes
                .iter()
                .map(|v| match &v.points {
                    // pabutools reads a row without points as an empty ballot.
                    Some(points) => v
                        .vote
                        .iter()
                        .zip(points)
                        .map(|(&p, &pts)| (p as usize, pts))
                        .collect(),
                    None => Vec::new(),
                })
                .collect(),
        ),
    };
    let election = Election::new(projects, budget_units, ballots).map_err(|e| match e {
        ElectionError::DuplicateProject(id) => {
            let line = file
                .projects
                .iter()
                .filter(|p| p.id == id)
                .nth(1)
                .map_or(0, |p| p.line);
            PbError::at(line, Problem::DuplicateProject(id, 0))
        }
        ElectionError::UnknownProject {
            ballot, project, ..
        } => PbError::at(
            file.votes[ballot].line,
            Problem::UnknownProject(format!("#{project}")),
        ),
        ElectionError::RepeatedProject { ballot, id } => {
            PbError::at(file.votes[ballot].line, Problem::RepeatedProject(id))
        }
        ElectionError::ZeroUnit => PbError::at(0, Problem::AmountTooLarge),
    })?;
    election
        .with_unit(10u64.pow(u32::from(scale)))
        .map_err(|_| PbError::at(0, Problem::AmountTooLarge))
}

/// The options the file itself asks for: its `min_project_score_threshold`, if any.
pub fn count_options(file: &PbFile) -> CountOptions {
    let threshold = file
        .meta_value("min_project_score_threshold")
        .and_then(Amount::parse);
    CountOptions {
        min_project_score_threshold: threshold.map(|t| i64::try_from(t.ceil()).unwrap_or(i64::MAX)),
    }
}
