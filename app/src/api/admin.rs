//! The admin's page: who holds which role, granting and removing roles.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{fill, role_name, t};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleGrantLine {
    pub id: i32,
    pub user_name: String,
    pub user_email: String,
    pub role: String,
    pub neighbourhood: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RolesPage {
    pub grants: Vec<RoleGrantLine>,
    pub neighbourhoods: Vec<crate::api::accounts::PlaceChoice>,
}

#[cfg(feature = "ssr")]
fn admin() -> Result<
    (
        crate::backend::access::request::AccessConfig,
        crate::domain::account::access::Viewer,
    ),
    AppError,
> {
    use crate::backend::access::request;
    use crate::domain::account::access::Action;
    let viewer = request::viewer()?;
    if !viewer.may(Action::ManageRoles) {
        return Err(AppError::Forbidden);
    }
    Ok((request::config()?, viewer))
}

#[server(endpoint = "get_roles_page")]
pub async fn get_roles_page() -> Result<RolesPage, AppError> {
    use crate::backend::access::roles;
    let (config, _) = admin()?;
    let grants = roles::list(&config.db)
        .await?
        .into_iter()
        .map(|g| RoleGrantLine {
            id: g.id,
            user_name: g.user_name,
            user_email: g.user_email,
            role: g
                .role
                .parse::<crate::domain::account::access::GrantedRole>()
                .map(|r| role_name(r).to_owned())
                .unwrap_or(g.role),
            neighbourhood: g.neighbourhood,
        })
        .collect();
    let neighbourhoods = crate::backend::neighbourhoods::list_all(&config.db)
        .await?
        .into_iter()
        .map(|p| crate::api::accounts::PlaceChoice {
            slug: p.slug,
            name: p.name,
        })
        .collect();
    Ok(RolesPage {
        grants,
        neighbourhoods,
    })
}

#[server(endpoint = "grant_role")]
pub async fn grant_role(
    csrf: String,
    email: String,
    role: String,
    neighbourhood: Option<String>,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{audit, request, roles, users};
    use crate::domain::account::access::GrantedRole;
    use crate::error::FieldError;
    let place_value = neighbourhood.clone().unwrap_or_default();
    let values = [
        ("email", email.as_str()),
        ("role", role.as_str()),
        ("neighbourhood", place_value.as_str()),
    ];
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, viewer) = admin()?;
        let db = &config.db;
        let mut errors = Vec::new();
        let person = users::find_by_email(db, &email).await?;
        if person.is_none() {
            errors.push(FieldError::new("email", t("admin.no_such_account")));
        }
        let parsed_role = role.parse::<GrantedRole>().ok();
        if parsed_role.is_none() {
            errors.push(FieldError::new("role", t("admin.choose_role")));
        }
        let place = match neighbourhood.as_deref().filter(|s| !s.is_empty()) {
            Some(slug) => crate::backend::neighbourhoods::find_by_slug(db, slug).await?,
            None => None,
        };
        if parsed_role.is_some_and(GrantedRole::needs_neighbourhood) && place.is_none() {
            errors.push(FieldError::new(
                "neighbourhood",
                t("admin.choose_neighbourhood"),
            ));
        }
        request::all_valid(errors)?;
        let (Some(person), Some(parsed_role)) = (person, parsed_role) else {
            return Err(AppError::Internal);
        };
        let place_id = if parsed_role.needs_neighbourhood() {
            place.as_ref().map(|p| p.id)
        } else {
            None
        };
        roles::grant(db, person.id, parsed_role, place_id, viewer.user_id).await?;
        let where_ = place
            .as_ref()
            .filter(|_| place_id.is_some())
            .map(|p| format!(" in {}", p.name))
            .unwrap_or_default();
        audit::record(
            db,
            Some(viewer.user_id),
            "role.granted",
            &format!("user:{}", person.id),
            &format!("{}{}", parsed_role.as_str(), where_),
        )
        .await?;
        let granted = match place.as_ref().filter(|_| place_id.is_some()) {
            Some(p) => fill(
                t("admin.granted_in"),
                &[
                    ("name", person.display_name.clone()),
                    ("role", role_name(parsed_role).to_owned()),
                    ("place", p.name.clone()),
                ],
            ),
            None => fill(
                t("admin.granted"),
                &[
                    ("name", person.display_name.clone()),
                    ("role", role_name(parsed_role).to_owned()),
                ],
            ),
        };
        request::send_flash(&Flash::notice(granted)).await?;
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("grant_role", &values, "/admin/roles", result).await
}

#[server(endpoint = "revoke_role")]
pub async fn revoke_role(csrf: String, grant: i32) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{audit, request, roles};
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, viewer) = admin()?;
        let db = &config.db;
        let found = roles::find(db, grant)
            .await?
            .ok_or_else(|| AppError::not_found(t("admin.that_role")))?;
        if found.user_id == viewer.user_id && found.role == "admin" {
            return Err(AppError::Conflict(t("admin.own_admin_role").to_owned()));
        }
        roles::revoke(db, grant).await?;
        audit::record(
            db,
            Some(viewer.user_id),
            "role.revoked",
            &format!("user:{}", found.user_id),
            &found.role,
        )
        .await?;
        request::send_flash(&Flash::notice(t("admin.removed"))).await?;
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("revoke_role", &[], "/admin/roles", result).await
}
