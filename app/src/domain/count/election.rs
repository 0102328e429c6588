//! `Election`: what a count needs — projects with costs, the pot, and the ballots.
//!
//! Money is an integer number of minor units (pence, grosze, cents). `unit` says how many minor
//! units make one whole currency unit, because equal-shares completion raises each voter's budget
//! one *currency unit* at a time (equalshares.net's "add1"), which is not scale-free.

use thiserror::Error;

/// A project that can be funded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Project {
    /// The id as published (pabulib `project_id`); ties are broken on this string.
    pub id: String,
    /// Cost in minor units.
    pub cost: u64,
}

/// The ballots of one election, all of one kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ballots {
    /// Each ballot is the set of approved projects (indices into `projects`). Also choose-1.
    Approval(Vec<Vec<usize>>),
    /// Cumulative or scoring ballots: points given to projects (projects not listed get 0).
    Points(Vec<Vec<(usize, i64)>>),
    /// Rankings, most preferred first. For greedy, position `i` (from 0) earns `max_length − i`
    /// points (3/2/1 in Kraków); equal shares reads a ranking as the approval of its projects.
    Ordinal {
        rankings: Vec<Vec<usize>>,
        max_length: usize,
    },
}

impl Ballots {
    pub fn len(&self) -> usize {
        match self {
            Ballots::Approval(b) => b.len(),
            Ballots::Points(b) => b.len(),
            Ballots::Ordinal { rankings, .. } => rankings.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Why an election could not be built.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ElectionError {
    #[error("project id {0:?} appears twice")]
    DuplicateProject(String),
    #[error(
        "ballot {ballot} names project number {project}, but there are only {projects} projects"
    )]
    UnknownProject {
        ballot: usize,
        project: usize,
        projects: usize,
    },
    #[error("ballot {ballot} names project {id:?} twice")]
    RepeatedProject { ballot: usize, id: String },
    #[error("the currency unit must be at least one minor unit")]
    ZeroUnit,
}

/// A checked election: project ids are unique and every ballot names known projects once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Election {
    projects: Vec<Project>,
    budget: u64,
    unit: u64,
    ballots: Ballots,
}

impl Election {
    /// Checks and builds an election whose currency unit is one minor unit.
    pub fn new(
        projects: Vec<Project>,
        budget: u64,
        ballots: Ballots,
    ) -> Result<Self, ElectionError> {
        let mut seen = std::collections::HashSet::new();
        for p in &projects {
            if !seen.insert(p.id.as_str()) {
                return Err(ElectionError::DuplicateProject(p.id.clone()));
            }
        }
        let n = projects.len();
        let check = |ballot: usize, ids: &mut dyn Iterator<Item = usize>| {
            let mut mark = std::collections::HashSet::new();
            for project in ids {
                if project >= n {
                    return Err(ElectionError::UnknownProject {
                        ballot,
                        project,
                        projects: n,
                    });
                }
                if !mark.insert(project) {
                    let id = projects[project].id.clone();
                    return Err(ElectionError::RepeatedProject { ballot, id });
                }
            }
            Ok(())
        };
        match &ballots {
            Ballots::Approval(b) => {
                for (i, ballot) in b.iter().enumerate() {
                    check(i, &mut ballot.iter().copied())?;
                }
            }
            Ballots::Points(b) => {
                for (i, ballot) in b.iter().enumerate() {
                    check(i, &mut ballot.iter().map(|&(p, _)| p))?;
                }
            }
            Ballots::Ordinal { rankings, .. } => {
                for (i, ballot) in rankings.iter().enumerate() {
                    check(i, &mut ballot.iter().copied())?;
                }
            }
        }
        Ok(Election {
            projects,
            budget,
            unit: 1,
            ballots,
        })
    }

    /// Sets how many minor units make one currency unit (100 for pounds counted in pence).
    pub fn with_unit(mut self, unit: u64) -> Result<Self, ElectionError> {
        if unit == 0 {
            return Err(ElectionError::ZeroUnit);
        }
        self.unit = unit;
        Ok(self)
    }

    pub fn projects(&self) -> &[Project] {
        &self.projects
    }

    pub fn budget(&self) -> u64 {
        self.budget
    }

    pub fn unit(&self) -> u64 {
        self.unit
    }

    pub fn ballots(&self) -> &Ballots {
        &self.ballots
    }

    /// Number of voters supporting each project (approving, ranking, or giving it points > 0).
    pub fn supporters(&self) -> Vec<u64> {
        let mut votes = vec![0u64; self.projects.len()];
        match &self.ballots {
            Ballots::Approval(b) | Ballots::Ordinal { rankings: b, .. } => {
                b.iter().flatten().for_each(|&p| votes[p] += 1);
            }
            Ballots::Points(b) => {
                b.iter()
                    .flatten()
                    .filter(|(_, pts)| *pts > 0)
                    .for_each(|&(p, _)| votes[p] += 1);
            }
        }
        votes
    }

    /// The greedy score of each project: approvals, total points, or positional points.
    pub fn scores(&self) -> Vec<i64> {
        let mut score = vec![0i64; self.projects.len()];
        match &self.ballots {
            Ballots::Approval(b) => b.iter().flatten().for_each(|&p| score[p] += 1),
            Ballots::Points(b) => b.iter().flatten().for_each(|&(p, pts)| score[p] += pts),
            Ballots::Ordinal {
                rankings,
                max_length,
            } => {
                for ranking in rankings {
                    for (i, &p) in ranking.iter().enumerate() {
                        score[p] += *max_length as i64 - i as i64;
                    }
                }
            }
        }
        score
    }

    /// Total cost of some projects, in minor units.
    pub fn cost_of(&self, projects: impl IntoIterator<Item = usize>) -> u128 {
        projects
            .into_iter()
            .map(|p| u128::from(self.projects[p].cost))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn projects(ids: &[&str]) -> Vec<Project> {
        ids.iter()
            .map(|id| Project {
                id: id.to_string(),
                cost: 10,
            })
            .collect()
    }

    #[test]
    fn a_ballot_naming_a_project_twice_is_refused() {
        let err = Election::new(
            projects(&["a", "b"]),
            10,
            Ballots::Approval(vec![vec![1, 1]]),
        );
        assert_eq!(
            err,
            Err(ElectionError::RepeatedProject {
                ballot: 0,
                id: "b".into()
            })
        );
    }

    #[test]
    fn a_ballot_naming_an_unknown_project_is_refused() {
        let err = Election::new(
            projects(&["a"]),
            10,
            Ballots::Approval(vec![vec![], vec![3]]),
        );
        assert_eq!(
            err,
            Err(ElectionError::UnknownProject {
                ballot: 1,
                project: 3,
                projects: 1
            })
        );
    }

    #[test]
    fn two_projects_with_one_id_are_refused() {
        let err = Election::new(projects(&["a", "a"]), 10, Ballots::Approval(vec![]));
        assert_eq!(err, Err(ElectionError::DuplicateProject("a".into())));
    }

    #[test]
    fn ordinal_scores_are_positional_points() {
        let rankings = vec![vec![0, 1, 2], vec![2]];
        let e = Election::new(
            projects(&["a", "b", "c"]),
            10,
            Ballots::Ordinal {
                rankings,
                max_length: 3,
            },
        );
        assert_eq!(e.map(|e| e.scores()), Ok(vec![3, 2, 4]));
    }
}
