//! What one agency pays towards one line of a published decision.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decision_payments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub decision_item_id: i32,
    pub agency_id: i32,
    pub amount_pence: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
