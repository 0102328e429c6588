//! `PbFile`: a pabulib election as read from or written to a `.pb` file.

use super::amount::Amount;

/// The ballot kind named by META `vote_type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteType {
    Approval,
    /// An approval ballot of exactly one project.
    Choose1,
    Ordinal,
    Cumulative,
    Scoring,
}

impl VoteType {
    pub fn parse(text: &str) -> Option<VoteType> {
        Some(match text.trim() {
            "approval" => VoteType::Approval,
            "choose-1" => VoteType::Choose1,
            "ordinal" => VoteType::Ordinal,
            "cumulative" => VoteType::Cumulative,
            "scoring" => VoteType::Scoring,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            VoteType::Approval => "approval",
            VoteType::Choose1 => "choose-1",
            VoteType::Ordinal => "ordinal",
            VoteType::Cumulative => "cumulative",
            VoteType::Scoring => "scoring",
        }
    }

    /// Whether ballots carry points (a `points` column).
    pub fn has_points(self) -> bool {
        matches!(self, VoteType::Cumulative | VoteType::Scoring)
    }
}

/// One META `key;value` row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaEntry {
    pub key: String,
    pub value: String,
    /// Line in the file it was read from (0 if built in memory).
    pub line: usize,
}

/// One PROJECTS row. `fields` holds every column as written (trimmed); the writer takes the id
/// column (the first) and the `cost` column from `id` and `cost` instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PbProject {
    pub id: String,
    pub cost: Amount,
    pub fields: Vec<String>,
    pub line: usize,
}

/// One VOTES row. `vote` lists indices into `PbFile::projects` (in ballot order: ranking order
/// for ordinal, decreasing points for cumulative); `points`, when present, goes with it.
/// The writer takes the `vote` and `points` columns from these, the others from `fields`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PbVote {
    pub vote: Vec<u32>,
    pub points: Option<Vec<i64>>,
    pub fields: Vec<String>,
    pub line: usize,
}

/// A whole `.pb` file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PbFile {
    pub meta: Vec<MetaEntry>,
    /// PROJECTS header; the first column is the project id whatever its name.
    pub project_columns: Vec<String>,
    pub projects: Vec<PbProject>,
    /// VOTES header; must contain `vote` (and `points` for cumulative and scoring ballots).
    pub vote_columns: Vec<String>,
    pub votes: Vec<PbVote>,
}

impl PbFile {
    /// The META value of `key` (the last one, if repeated), unless it is empty or `none`.
    pub fn meta_value(&self, key: &str) -> Option<&str> {
        self.meta_entry(key).map(|e| e.value.as_str())
    }

    pub(crate) fn meta_entry(&self, key: &str) -> Option<&MetaEntry> {
        self.meta
            .iter()
            .rev()
            .find(|e| e.key == key && !is_none(&e.value))
    }

    pub fn vote_type(&self) -> Option<VoteType> {
        self.meta_value("vote_type").and_then(VoteType::parse)
    }

    pub fn budget(&self) -> Option<Amount> {
        self.meta_value("budget").and_then(Amount::parse)
    }

    /// Index of a column in a header.
    pub(crate) fn column(columns: &[String], name: &str) -> Option<usize> {
        columns.iter().position(|c| c == name)
    }
}

/// pabutools treats a field reading `none` (any case), like an empty one, as absent.
pub(crate) fn is_none(value: &str) -> bool {
    value.is_empty() || value.eq_ignore_ascii_case("none")
}
