//! Granting and removing the officer, councillor and admin roles.

use crate::backend::entities::{neighbourhood, role_grant, user};
use crate::domain::account::access::GrantedRole;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantRow {
    pub id: i32,
    pub user_name: String,
    pub user_email: String,
    pub role: String,
    pub neighbourhood: Option<String>,
}

/// Grants a role; granting one the person already holds changes nothing.
pub async fn grant(
    db: &impl ConnectionTrait,
    user_id: i32,
    role: GrantedRole,
    neighbourhood_id: Option<i32>,
    by: i32,
) -> Result<bool, DbErr> {
    let mut existing = role_grant::Entity::find()
        .filter(role_grant::Column::UserId.eq(user_id))
        .filter(role_grant::Column::Role.eq(role.as_str()));
    existing = match neighbourhood_id {
        Some(id) => existing.filter(role_grant::Column::NeighbourhoodId.eq(id)),
        None => existing.filter(role_grant::Column::NeighbourhoodId.is_null()),
    };
    if existing.one(db).await?.is_some() {
        return Ok(false);
    }
    role_grant::ActiveModel {
        user_id: Set(user_id),
        role: Set(role.as_str().to_owned()),
        neighbourhood_id: Set(neighbourhood_id),
        granted_by: Set(Some(by)),
        granted_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(true)
}

pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<role_grant::Model>, DbErr> {
    role_grant::Entity::find_by_id(id).one(db).await
}

pub async fn revoke(db: &impl ConnectionTrait, id: i32) -> Result<(), DbErr> {
    role_grant::Entity::delete_by_id(id)
        .exec(db)
        .await
        .map(|_| ())
}

pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<GrantRow>, DbErr> {
    let grants = role_grant::Entity::find()
        .order_by_asc(role_grant::Column::Id)
        .all(db)
        .await?;
    let users = user::Entity::find().all(db).await?;
    let places = neighbourhood::Entity::find().all(db).await?;
    Ok(grants
        .into_iter()
        .filter_map(|g| {
            let person = users.iter().find(|u| u.id == g.user_id)?;
            Some(GrantRow {
                id: g.id,
                user_name: person.display_name.clone(),
                user_email: person.email.clone(),
                role: g.role,
                neighbourhood: g
                    .neighbourhood_id
                    .and_then(|n| places.iter().find(|p| p.id == n).map(|p| p.name.clone())),
            })
        })
        .collect())
}
