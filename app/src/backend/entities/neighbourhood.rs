//! A pilot area: a neighbourhood with its council.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "neighbourhoods")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub council: String,
    pub summary: String,
    pub created_at: DateTimeUtc,
    /// The name in Welsh, where the council works in both languages.
    pub name_cy: Option<String>,
    pub summary_cy: Option<String>,
    /// Households (or eligible residents) in it, for turnout.
    pub households: Option<i32>,
    /// Archived neighbourhoods keep their public record but take no new rounds.
    pub archived_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
