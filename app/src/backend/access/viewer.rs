//! Loading everything that decides what a signed-in person may do.

use crate::backend::entities::{community_group, group_member, resident, role_grant, user};
use crate::domain::account::access::{Grant, Membership, Viewer};
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
    let group_ids: Vec<i32> = group_member::Entity::find()
        .filter(group_member::Column::UserId.eq(user.id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.group_id)
        .collect();
    let groups = if group_ids.is_empty() {
        Vec::new()
    } else {
        community_group::Entity::find()
            .filter(community_group::Column::Id.is_in(group_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|g| Membership {
                group_id: g.id,
                neighbourhood_id: g.neighbourhood_id,
            })
            .collect()
    };
    Ok(Viewer {
        user_id: user.id,
        display_name: user.display_name.clone(),
        grants,
        residencies,
        groups,
        email_confirmed: user.email_confirmed_at.is_some(),
    })
}
