//! What a resident or group asks the pot to fund.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub round_id: i32,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub cost_pence: i64,
    pub priority_area: String,
    pub agency_id: Option<i32>,
    pub location: Option<String>,
    /// The language the text is written in ("en", "cy").
    pub language: String,
    /// The text in the other language, each part optional.
    pub other_title: Option<String>,
    pub other_summary: Option<String>,
    pub other_body: Option<String>,
    pub proposer_user_id: Option<i32>,
    pub proposer_name: String,
    pub status: crate::domain::proposal::ProposalStatus,
    pub status_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Sent in a community group's name (the proposer is then a member of it).
    pub community_group_id: Option<i32>,
    /// The officer's public note on the last cost adjustment.
    pub cost_note: Option<String>,
    /// The number of the latest version of the text.
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
