//! A community group that submits proposals in its own name. Where it works, and how
//! the officers there regard it, is in `group_area`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "community_groups")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub neighbourhood_id: i32,
    pub name: String,
    /// Its page's address, `/groups/{slug}`.
    pub slug: String,
    pub summary: String,
    pub description: String,
    /// The public contact address.
    pub contact_email: String,
    pub charity_number: Option<String>,
    pub website: Option<String>,
    pub created_by: Option<i32>,
    pub created_at: Option<DateTimeUtc>,
    /// The hash of the link sent to the contact address, until it is followed.
    pub contact_token_hash: Option<String>,
    pub contact_link_expires_at: Option<DateTimeUtc>,
    /// The contact address is shown publicly only once confirmed.
    pub contact_confirmed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
