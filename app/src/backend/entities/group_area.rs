//! A neighbourhood a community group works in, and where it stands with the officers
//! there (`domain::group_form::Standing`): only a recognised group sends proposals in
//! its name there.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_areas")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub group_id: i32,
    pub neighbourhood_id: i32,
    /// The group's name as compared (`domain::group_form::name_key`): unique per
    /// neighbourhood.
    pub name_key: String,
    pub standing: String,
    /// The officers' reason, for anything but recognition.
    pub reason: Option<String>,
    pub decided_by: Option<i32>,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
