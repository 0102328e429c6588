//! One budgeting cycle in one neighbourhood.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rounds")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub neighbourhood_id: i32,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub phase: crate::domain::phase::Phase,
    pub ballot_rule: crate::domain::results::BallotRule,
    pub ballot_max_choices: Option<i32>,
    pub ballot_points: Option<i32>,
    pub ballot_min_choices: i32,
    pub count_rule: String,
    pub created_at: DateTimeUtc,
    pub title_cy: Option<String>,
    pub summary_cy: Option<String>,
    /// The officers' public summary when they closed the round.
    pub closing_summary: Option<String>,
    /// `resident` or `household` (see `domain::electorate`).
    pub ballots_per: String,
    /// Counts up when the round's ballots change after a count could have been made (a
    /// void, a reopening); see `backend::results`.
    pub count_version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
