//! A round's timetable: when the server moves it from phase to phase by itself.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "round_schedules")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub round_id: i32,
    pub proposals_open_at: DateTimeUtc,
    pub review_at: DateTimeUtc,
    pub voting_open_at: DateTimeUtc,
    pub voting_close_at: DateTimeUtc,
    pub decision_expected_on: Option<Date>,
    pub delivery_until_on: Option<Date>,
    /// The phase the timetable could not leave on time, and why (a message id).
    pub held_phase: Option<String>,
    pub held_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
