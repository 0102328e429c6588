//! The agencies that pay into pots: found by name (in any case), or created once even
//! when two rounds (or two imports) add the same new agency at the same moment.

use super::entities::agency;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

/// The agency called `name`, created with `kind` if there is none yet.
pub async fn find_or_create(
    db: &impl ConnectionTrait,
    name: &str,
    kind: &str,
) -> Result<agency::Model, DbErr> {
    let wanted = name.to_lowercase();
    if let Some(known) = agency::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .find(|a| a.name.to_lowercase() == wanted)
    {
        return Ok(known);
    }
    // Someone else may be adding the same agency now: whoever is second waits for the
    // first to commit, inserts nothing, and uses the first one's row.
    agency::Entity::insert(agency::ActiveModel {
        name: Set(name.to_owned()),
        kind: Set(kind.to_owned()),
        ..Default::default()
    })
    .on_conflict(
        sea_orm::sea_query::OnConflict::column(agency::Column::Name)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    agency::Entity::find()
        .filter(agency::Column::Name.eq(name))
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("agency {name}")))
}
