//! A single-use voting code, stored only as a keyed hash.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "voting_codes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub neighbourhood_id: i32,
    #[sea_orm(unique)]
    pub code_hash: String,
    pub batch: String,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub redeemed_at: Option<DateTimeUtc>,
    pub redeemed_by: Option<i32>,
    pub voided_at: Option<DateTimeUtc>,
    pub voided_by: Option<i32>,
    /// Made while a round here was voting: it works only once a second officer approves.
    pub pending_since: Option<DateTimeUtc>,
    pub approved_by: Option<i32>,
    pub approved_at: Option<DateTimeUtc>,
    /// Asked to be cancelled while voting; cancelled when a second officer confirms.
    pub void_requested_by: Option<i32>,
    pub void_requested_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
