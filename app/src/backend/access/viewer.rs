//! Loading everything that decides what a signed-in person may do.

use crate::backend::entities::{group_area, group_member, resident, role_grant, user};
use crate::domain::account::access::{Grant, Membership, Viewer};
use crate::domain::group_form::Standing;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

pub async fn load(db: &impl ConnectionTrait, user: &user::Model) -> Result<Viewer, DbErr> {
    let grants = role_grant::Entity::find()
        .filter(role_grant::Column::UserId.eq(user.id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|g| {
            g.role.parse().ok().map(|role| Grant {
                role,
                neighbourhood_id: g.neighbourhood_id,
            })
        })
        .collect();
    let residencies = resident::Entity::find()
        .filter(resident::Column::UserId.eq(user.id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.neighbourhood_id)
        .collect();
    let memberships = group_member::Entity::find()
        .filter(group_member::Column::UserId.eq(user.id))
        .all(db)
        .await?;
    let recognised: Vec<group_area::Model> = if memberships.is_empty() {
        Vec::new()
    } else {
        group_area::Entity::find()
            .filter(group_area::Column::GroupId.is_in(memberships.iter().map(|m| m.group_id)))
            .filter(group_area::Column::Standing.eq(Standing::Recognised.as_str()))
            .all(db)
            .await?
    };
    let groups = memberships
        .into_iter()
        .map(|m| Membership {
            group_id: m.group_id,
            admin: m.is_admin,
            recognised_in: recognised
                .iter()
                .filter(|a| a.group_id == m.group_id)
                .map(|a| a.neighbourhood_id)
                .collect(),
        })
        .collect();
    Ok(Viewer {
        user_id: user.id,
        display_name: user.display_name.clone(),
        grants,
        residencies,
        groups,
        email_confirmed: user.email_confirmed_at.is_some(),
    })
}
