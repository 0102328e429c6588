//! A published budget decision; amendments point at the decision they change.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub round_id: i32,
    pub amends_decision_id: Option<i32>,
    pub summary: String,
    pub amendment_reason: Option<String>,
    pub published_by: i32,
    pub published_at: DateTimeUtc,
    pub content_hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
