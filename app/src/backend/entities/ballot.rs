//! The counted ballot of one voter in one round.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ballots")]
pub struct Model {
    /// Drawn at random, never in arrival order (see `backend::voting::new_ballot_id`).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i64,
    pub round_id: i32,
    pub voter_key: String,
    #[sea_orm(unique)]
    pub receipt: String,
    pub choices: String,
    pub channel: String,
    pub entered_by: Option<i32>,
    pub cast_at: DateTimeUtc,
    /// The batch a paper ballot was typed in with.
    pub paper_batch_id: Option<i32>,
    /// Its place in its paper batch, in the order typed (ids are random), so the second
    /// officer can check the ballots against the pile of paper in order.
    pub paper_position: Option<i32>,
    /// Set when two officers voided the ballot: it stays in the ledger, marked with the
    /// reason, and no count reads it.
    pub voided_at: Option<DateTimeUtc>,
    pub void_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
