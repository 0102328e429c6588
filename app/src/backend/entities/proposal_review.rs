//! One step in a proposal's public history: a review outcome, a cost adjustment,
//! moderation, a resubmission or a withdrawal.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_reviews")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub proposal_id: i32,
    /// The version of the text this step was about.
    pub version: i32,
    pub outcome: String,
    pub note: Option<String>,
    pub cost_before_pence: Option<i64>,
    pub cost_after_pence: Option<i64>,
    pub by_user_id: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
