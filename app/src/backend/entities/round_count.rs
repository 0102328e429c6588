//! A round's count, made once after voting closes, with what it was made from (see
//! `backend::results`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "round_counts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub round_id: i32,
    /// How many ballots were counted.
    pub ballots: i64,
    /// SHA-256 of the counted ballots' choices in ledger order.
    pub ledger_sha256: String,
    /// SHA-256 of the pot and the proposals on the ballot with their costs.
    pub inputs_sha256: String,
    /// `domain::results::Comparison` as JSON.
    pub comparison: String,
    pub counted_at: DateTimeUtc,
    /// The round's `count_version` when its ballots were read.
    pub count_version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
