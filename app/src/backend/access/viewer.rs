//! Loading everything that decides what a signed-in person may do.

use crate::backend::entities::{group_area, group_member, resident, role_grant, user};
use crate::domain::account::access::{Grant, Membership, Viewer};
use crate::domain::group_form::Standing;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// One row of `load`'s query: what kind of link it is, and its columns.
#[derive(sea_orm::FromQueryResult)]
struct Link {
    kind: i32,
    place: Option<i32>,
    role: String,
    admin: bool,
}

const GRANT: i32 = 1;
const RESIDENCY: i32 = 2;
const MEMBERSHIP: i32 = 3;

/// Everything that decides what `user` may do. Runs on every signed-in request, so the
/// roles, residencies and group memberships come in one query (`UNION ALL`), and the
/// groups' recognitions in a second only for group members.
pub async fn load(db: &impl ConnectionTrait, user: &user::Model) -> Result<Viewer, DbErr> {
    use sea_orm::sea_query::{Alias, Expr, Query, UnionType};
    use sea_orm::FromQueryResult;
    let (kind, place, role, admin) = (
        Alias::new("kind"),
        Alias::new("place"),
        Alias::new("role"),
        Alias::new("admin"),
    );
    let query = Query::select()
        .expr_as(Expr::val(GRANT), kind.clone())
        .expr_as(
            Expr::col(role_grant::Column::NeighbourhoodId),
            place.clone(),
        )
        .expr_as(Expr::col(role_grant::Column::Role), role.clone())
        .expr_as(Expr::val(false), admin.clone())
        .from(role_grant::Entity)
        .and_where(Expr::col(role_grant::Column::UserId).eq(user.id))
        .union(
            UnionType::All,
            Query::select()
                .expr_as(Expr::val(RESIDENCY), kind.clone())
                .expr_as(Expr::col(resident::Column::NeighbourhoodId), place.clone())
                .expr_as(Expr::val(""), role.clone())
                .expr_as(Expr::val(false), admin.clone())
                .from(resident::Entity)
                .and_where(Expr::col(resident::Column::UserId).eq(user.id))
                .to_owned(),
        )
        .union(
            UnionType::All,
            Query::select()
                .expr_as(Expr::val(MEMBERSHIP), kind)
                .expr_as(Expr::col(group_member::Column::GroupId), place)
                .expr_as(Expr::val(""), role)
                .expr_as(Expr::col(group_member::Column::IsAdmin), admin)
                .from(group_member::Entity)
                .and_where(Expr::col(group_member::Column::UserId).eq(user.id))
                .to_owned(),
        )
        .to_owned();
    let links = Link::find_by_statement(db.get_database_backend().build(&query))
        .all(db)
        .await?;
    let grants = links
        .iter()
        .filter(|l| l.kind == GRANT)
        .filter_map(|g| {
            g.role.parse().ok().map(|role| Grant {
                role,
                neighbourhood_id: g.place,
            })
        })
        .collect();
    let residencies = links
        .iter()
        .filter(|l| l.kind == RESIDENCY)
        .filter_map(|l| l.place)
        .collect();
    let memberships: Vec<(i32, bool)> = links
        .iter()
        .filter(|l| l.kind == MEMBERSHIP)
        .filter_map(|l| Some((l.place?, l.admin)))
        .collect();
    let recognised: Vec<group_area::Model> = if memberships.is_empty() {
        Vec::new()
    } else {
        group_area::Entity::find()
            .filter(group_area::Column::GroupId.is_in(memberships.iter().map(|m| m.0)))
            .filter(group_area::Column::Standing.eq(Standing::Recognised.as_str()))
            .all(db)
            .await?
    };
    let groups = memberships
        .into_iter()
        .map(|(group_id, admin)| Membership {
            group_id,
            admin,
            recognised_in: recognised
                .iter()
                .filter(|a| a.group_id == group_id)
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
