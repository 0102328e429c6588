//! How residents reach a neighbourhood's officers for help, as those officers set it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "help_contacts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub neighbourhood_id: i32,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Where and when residents can ask in person, in English.
    pub in_person: Option<String>,
    /// The same in Welsh, where the council works in both languages.
    pub in_person_cy: Option<String>,
    pub updated_by: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
