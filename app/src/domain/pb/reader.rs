//! `PbReader`: a streaming `.pb` reader that checks each row as it goes.
//!
//! It reads line by line from any `BufRead` and yields one record at a time, so an import can
//! write ballots to the database and show progress without holding the file. Anything a count
//! could trip on is refused with the line it is on.

use std::collections::HashMap;
use std::io::BufRead;

use super::amount::Amount;
use super::csv::Lines;
use super::error::{PbError, Problem};
use super::model::{is_none, MetaEntry, PbFile, PbProject, PbVote, VoteType};

/// One item of a `.pb` file, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PbRecord {
    Meta(MetaEntry),
    ProjectColumns(Vec<String>),
    Project(PbProject),
    VoteColumns(Vec<String>),
    Vote(PbVote),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Start,
    Meta,
    Projects,
    Votes,
    Done,
}

pub struct PbReader<R> {
    lines: Lines<R>,
    section: Section,
    vote_type: Option<VoteType>,
    has_budget: bool,
    cost_column: usize,
    vote_column: usize,
    points_column: Option<usize>,
    columns: usize,
    project_index: HashMap<String, (u32, usize)>,
}

impl<R: BufRead> PbReader<R> {
    pub fn new(reader: R) -> Self {
        PbReader {
            lines: Lines::new(reader),
            section: Section::Start,
            vote_type: None,
            has_budget: false,
            cost_column: 0,
            vote_column: 0,
            points_column: None,
            columns: 0,
            project_index: HashMap::new(),
        }
    }

    /// The last line read, for progress reports.
    pub fn line(&self) -> usize {
        self.lines.line()
    }

    /// Bytes read so far, for progress bars.
    pub fn bytes_read(&self) -> u64 {
        self.lines.bytes
    }

    fn next_record(&mut self) -> Result<Option<PbRecord>, PbError> {
        let Some((raw, line)) = self.lines.next_row()? else {
            return match self.section {
                Section::Votes | Section::Done => Ok(None),
                Section::Start => Err(PbError::at(
                    self.line().max(1),
                    Problem::MissingSection("META"),
                )),
                Section::Meta => Err(PbError::at(
                    self.line(),
                    Problem::MissingSection("PROJECTS"),
                )),
                Section::Projects => {
                    Err(PbError::at(self.line(), Problem::MissingSection("VOTES")))
                }
            };
        };
        let fields: Vec<String> = raw.iter().map(|f| f.trim().to_string()).collect();
        let title = section_title(&fields);
        let expected = match (self.section, title) {
            (Section::Start, _) => "META",
            (Section::Meta, Some(_)) => "PROJECTS",
            (Section::Projects, Some(_)) => "VOTES",
            (Section::Votes | Section::Done, Some(t)) => {
                return Err(PbError::at(line, Problem::SectionAgain(t)))
            }
            (_, None) => "",
        };
        if !expected.is_empty() {
            if title != Some(expected) {
                let found = raw.join(";");
                return Err(PbError::at(
                    line,
                    Problem::ExpectedSection { expected, found },
                ));
            }
            return self.start_section(expected, line).map(Some);
        }
        match self.section {
            Section::Meta => self.meta_row(fields, line).map(Some),
            Section::Projects => self
                .project_row(fields, line)
                .map(|p| Some(PbRecord::Project(p))),
            _ => self.vote_row(fields, line).map(|v| Some(PbRecord::Vote(v))),
        }
    }

    fn header(&mut self, section: &'static str, title_line: usize) -> Result<Vec<String>, PbError> {
        match self.lines.next_row()? {
            Some((raw, line))
                if section_title(&raw.iter().map(|f| f.trim().to_string()).collect::<Vec<_>>())
                    .is_some() =>
            {
                Err(PbError::at(line, Problem::MissingHeader { section }))
            }
            Some((raw, _)) => Ok(raw.iter().map(|f| f.trim().to_string()).collect()),
            None => Err(PbError::at(title_line, Problem::MissingHeader { section })),
        }
    }

    fn start_section(&mut self, title: &'static str, line: usize) -> Result<PbRecord, PbError> {
        match title {
            "META" => {
                self.section = Section::Meta;
                let columns = self.header("META", line)?;
                // The META header (`key;value`) carries nothing; go on to the first entry.
                self.columns = columns.len();
                self.next_record()?
                    .ok_or(PbError::at(line, Problem::MissingSection("PROJECTS")))
            }
            "PROJECTS" => {
                if self.vote_type.is_none() {
                    return Err(PbError::at(line, Problem::MissingMeta("vote_type")));
                }
                if !self.has_budget {
                    return Err(PbError::at(line, Problem::MissingMeta("budget")));
                }
                self.section = Section::Projects;
                let columns = self.header("PROJECTS", line)?;
                let header_line = self.line();
                self.cost_column = PbFile::column(&columns, "cost").ok_or(PbError::at(
                    header_line,
                    Problem::MissingColumn {
                        section: "PROJECTS",
                        column: "cost",
                    },
                ))?;
                self.columns = columns.len();
                Ok(PbRecord::ProjectColumns(columns))
            }
            _ => {
                self.section = Section::Votes;
                let columns = self.header("VOTES", line)?;
                let header_line = self.line();
                let missing = |column| {
                    PbError::at(
                        header_line,
                        Problem::MissingColumn {
                            section: "VOTES",
                            column,
                        },
                    )
                };
                self.vote_column =
                    PbFile::column(&columns, "vote").ok_or_else(|| missing("vote"))?;
                self.points_column = PbFile::column(&columns, "points");
                if self.vote_type.is_some_and(VoteType::has_points) && self.points_column.is_none()
                {
                    return Err(missing("points"));
                }
                self.columns = columns.len();
                Ok(PbRecord::VoteColumns(columns))
            }
        }
    }

    fn check_width(
        &self,
        section: &'static str,
        fields: &[String],
        line: usize,
    ) -> Result<(), PbError> {
        let extra_filled = fields.iter().skip(self.columns).any(|f| !f.is_empty());
        if extra_filled {
            return Err(PbError::at(
                line,
                Problem::TooManyFields {
                    section,
                    found: fields.len(),
                    expected: self.columns,
                },
            ));
        }
        Ok(())
    }

    fn meta_row(&mut self, mut fields: Vec<String>, line: usize) -> Result<PbRecord, PbError> {
        if fields.len() < 2 {
            return Err(PbError::at(line, Problem::MetaWithoutValue));
        }
        self.check_width("META", &fields, line)?;
        fields.truncate(2);
        let value = fields.pop().unwrap_or_default();
        let key = fields.pop().unwrap_or_default();
        let bad = |expected| {
            PbError::at(
                line,
                Problem::BadMeta {
                    key: key.clone(),
                    value: value.clone(),
                    expected,
                },
            )
        };
        if !is_none(&value) {
            match key.as_str() {
                "budget" => {
                    Amount::parse(&value)
                        .ok_or_else(|| bad("an amount like 100000 or 100000.50"))?;
                    self.has_budget = true;
                }
                "vote_type" => {
                    self.vote_type =
                        Some(VoteType::parse(&value).ok_or_else(|| {
                            bad("approval, choose-1, ordinal, cumulative or scoring")
                        })?)
                }
                "min_project_score_threshold" => {
                    Amount::parse(&value).ok_or_else(|| bad("a number"))?;
                }
                "min_length" | "max_length" | "num_projects" | "num_votes" => {
                    value.parse::<u64>().map_err(|_| bad("a whole number"))?;
                }
                _ => {}
            }
        }
        Ok(PbRecord::Meta(MetaEntry { key, value, line }))
    }

    fn project_row(&mut self, fields: Vec<String>, line: usize) -> Result<PbProject, PbError> {
        self.check_width("PROJECTS", &fields, line)?;
        let id = fields.first().cloned().unwrap_or_default();
        if is_none(&id) {
            return Err(PbError::at(line, Problem::MissingProjectId));
        }
        let text = fields.get(self.cost_column).cloned().unwrap_or_default();
        let cost = Amount::parse(&text).ok_or_else(|| {
            PbError::at(
                line,
                Problem::BadCost {
                    id: id.clone(),
                    value: text,
                },
            )
        })?;
        let next = self.project_index.len() as u32;
        if let Some(&(_, first)) = self.project_index.get(&id) {
            return Err(PbError::at(line, Problem::DuplicateProject(id, first)));
        }
        self.project_index.insert(id.clone(), (next, line));
        Ok(PbProject {
            id,
            cost,
            fields,
            line,
        })
    }

    fn vote_row(&mut self, fields: Vec<String>, line: usize) -> Result<PbVote, PbError> {
        self.check_width("VOTES", &fields, line)?;
        let text = fields
            .get(self.vote_column)
            .map(String::as_str)
            .unwrap_or_default();
        let mut vote = Vec::new();
        if !is_none(text) {
            for id in text.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                let &(index, _) = self
                    .project_index
                    .get(id)
                    .ok_or_else(|| PbError::at(line, Problem::UnknownProject(id.to_string())))?;
                if vote.contains(&index) {
                    return Err(PbError::at(line, Problem::RepeatedProject(id.to_string())));
                }
                vote.push(index);
            }
        }
        let points = match self.points_column {
            Some(c) if self.vote_type.is_some_and(VoteType::has_points) => Some(parse_points(
                fields.get(c).map(String::as_str).unwrap_or_default(),
                vote.len(),
                line,
            )?),
            _ => None,
        };
        Ok(PbVote {
            vote,
            points,
            fields,
            line,
        })
    }
}

fn parse_points(text: &str, projects: usize, line: usize) -> Result<Vec<i64>, PbError> {
    let points: Vec<i64> = if is_none(text) {
        Vec::new()
    } else {
        text.split(',')
            .map(|p| p.trim().parse::<i64>())
            .collect::<Result<_, _>>()
            .map_err(|_| PbError::at(line, Problem::BadPoints(text.to_string())))?
    };
    if points.len() != projects {
        return Err(PbError::at(
            line,
            Problem::PointsMismatch {
                projects,
                points: points.len(),
            },
        ));
    }
    Ok(points)
}

/// `META`, `PROJECTS` or `VOTES` if the row is a section title (any case, alone on its line).
fn section_title(fields: &[String]) -> Option<&'static str> {
    let (first, rest) = fields.split_first()?;
    if rest.iter().any(|f| !f.is_empty()) {
        return None;
    }
    ["META", "PROJECTS", "VOTES"]
        .into_iter()
        .find(|t| first.eq_ignore_ascii_case(t))
}

impl<R: BufRead> Iterator for PbReader<R> {
    type Item = Result<PbRecord, PbError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.section == Section::Done {
            return None;
        }
        let item = self.next_record().transpose();
        if matches!(item, None | Some(Err(_))) {
            self.section = Section::Done;
        }
        item
    }
}

/// Reads a whole `.pb` file.
pub fn read_pb(reader: impl BufRead) -> Result<PbFile, PbError> {
    let mut file = PbFile::default();
    for record in PbReader::new(reader) {
        match record? {
            PbRecord::Meta(m) => file.meta.push(m),
            PbRecord::ProjectColumns(c) => file.project_columns = c,
            PbRecord::Project(p) => file.projects.push(p),
            PbRecord::VoteColumns(c) => file.vote_columns = c,
            PbRecord::Vote(v) => file.votes.push(v),
        }
    }
    Ok(file)
}
