//! A step that puts a vote right (voiding a ballot), proposed by one officer with a
//! public reason and confirmed or refused by another (see `backend::voids`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "officer_steps")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub round_id: i32,
    /// `void-ballot`.
    pub kind: String,
    /// The receipt of the ballot a void is about.
    pub receipt: Option<String>,
    /// Public: shown in the ledger and the round's history.
    pub reason: String,
    /// The voter may vote again once the ballot is voided.
    pub allow_revote: bool,
    pub new_closes_at: Option<DateTimeUtc>,
    pub proposed_by: i32,
    pub proposed_at: DateTimeUtc,
    pub decided_by: Option<i32>,
    pub decided_at: Option<DateTimeUtc>,
    /// `confirmed`, `refused` or `withdrawn`; none while it waits.
    pub outcome: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
