//! An account. The password hash never leaves the backend.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    /// The language file (`en`, `cy`, …) the letters we send them are written in.
    pub language: String,
    pub created_at: DateTimeUtc,
    /// When its owner followed the confirmation link; until then the account cannot
    /// prove residence, propose, accept a role or be written to about anything else.
    pub email_confirmed_at: Option<DateTimeUtc>,
    /// Set by an administrator: no session of the account is honoured, and it cannot
    /// sign in, until one enables it again.
    pub disabled_at: Option<DateTimeUtc>,
    pub disabled_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
