//! One version of a proposal's text, kept when it was submitted or edited.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub proposal_id: i32,
    pub version: i32,
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
    pub edited_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
