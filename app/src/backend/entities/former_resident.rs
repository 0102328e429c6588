//! A residency an officer ended (see `backend::unverify`), kept so that verifying the
//! person again keeps the voter key they voted under.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "former_residents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub neighbourhood_id: i32,
    /// The household code they had proved residence with, if any.
    pub voting_code_id: Option<i32>,
    pub unverified_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
