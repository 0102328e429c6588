//! A message someone sent through the feedback form: only what they chose to give.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The neighbourhood it is about, if the sender chose one; else the administrators'.
    pub neighbourhood_id: Option<i32>,
    pub message: String,
    pub name: Option<String>,
    /// Given only by those who want an answer.
    pub email: Option<String>,
    /// The language the form was in, to answer in it.
    pub language: String,
    pub sent_at: DateTimeUtc,
    pub answered_by: Option<i32>,
    pub answered_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
