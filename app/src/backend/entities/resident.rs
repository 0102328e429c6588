//! Proof that a person lives in a neighbourhood: by voting code or in person.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "residents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub neighbourhood_id: i32,
    pub postcode: String,
    pub method: String,
    pub voting_code_id: Option<i32>,
    pub verified_by: Option<i32>,
    pub verified_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
