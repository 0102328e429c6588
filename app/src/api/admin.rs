//! The admin's page: who holds which role, granting and removing roles.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{role_name, t, text_with, tr};
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
pub struct InvitationLine {
    pub id: i32,
    pub email: String,
    /// "officer in Ilfracombe"
    pub role: String,
    /// The last day it can be accepted.
    pub until: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RolesPage {
    pub grants: Vec<RoleGrantLine>,
    /// Invitations sent and not yet accepted.
    pub invitations: Vec<InvitationLine>,
    pub neighbourhoods: Vec<crate::api::accounts::PlaceChoice>,
}

#[cfg(feature = "ssr")]
pub(crate) fn admin() -> Result<
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
    let places = crate::backend::neighbourhoods::list_all(&config.db).await?;
    let lang = crate::i18n::current();
    let invitations = crate::backend::access::invitations::pending(&config.db)
        .await?
        .into_iter()
        .filter_map(|i| {
            let role = i.role.parse().ok()?;
            let place = i
                .neighbourhood_id
                .and_then(|n| places.iter().find(|p| p.id == n));
            Some(InvitationLine {
                id: i.id,
                email: i.email,
                role: role_described(lang, role, place),
                until: crate::i18n::dates::moment_with_year_in(lang, i.expires_at),
            })
        })
        .collect();
    Ok(RolesPage {
        grants,
        invitations,
        neighbourhoods,
    })
}

/// Offers a role to an email address: the letter carries a link, and the role attaches
/// when the owner of the address accepts it, signed in with it confirmed.
#[server(endpoint = "invite_role")]
pub async fn invite_role(
    csrf: String,
    #[server(default)] email: String,
    #[server(default)] role: String,
    neighbourhood: Option<String>,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{invitations, request, users};
    use crate::domain::account::access::GrantedRole;
    use crate::domain::account::email::Email;
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
        let parsed_email = Email::parse(&email)
            .map_err(|e| errors.push(FieldError::new("email", crate::i18n::Say::say(&e))))
            .ok();
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
        let (Some(parsed_email), Some(parsed_role)) = (parsed_email, parsed_role) else {
            return Err(AppError::Internal);
        };
        let place = place.filter(|_| parsed_role.needs_neighbourhood());
        let by = users::find(db, viewer.user_id)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        let described = |lang: &str| role_described(lang, parsed_role, place.as_ref());
        invitations::invite(
            db,
            &parsed_email,
            invitations::Offer {
                offered: invitations::Offered::Role {
                    role: parsed_role,
                    neighbourhood_id: place.as_ref().map(|p| p.id),
                },
                described: &described,
            },
            &by,
            Some(&config.public_url),
        )
        .await?;
        request::send_flash(&Flash::notice(tr(
            "admin.invited",
            &[
                ("email", parsed_email.as_str().to_owned()),
                ("role", described(crate::i18n::current())),
            ],
        )))
        .await?;
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("invite_role", &values, "/admin/roles", result).await
}

/// "officer in Ilfracombe", "an administrator", in `lang`.
#[cfg(feature = "ssr")]
pub fn role_described(
    lang: &str,
    role: crate::domain::account::access::GrantedRole,
    place: Option<&crate::backend::guards::Place>,
) -> String {
    use crate::i18n::{pick, text};
    let name = text(lang, &format!("role.{}", role.as_str())).to_owned();
    match place {
        Some(p) => text_with(
            lang,
            "admin.role_in",
            &[
                ("role", name),
                (
                    "place",
                    pick(lang, &p.name, p.name_cy.as_deref()).to_owned(),
                ),
            ],
        ),
        None => name,
    }
}

/// Withdraws an invitation that has not been accepted.
#[server(endpoint = "withdraw_invitation")]
pub async fn withdraw_invitation(csrf: String, invitation: i32) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{invitations, request};
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, viewer) = admin()?;
        if !invitations::withdraw(&config.db, invitation, viewer.user_id).await? {
            return Err(AppError::not_found(t("admin.that_invitation")));
        }
        request::send_flash(&Flash::notice(t("admin.withdrawn"))).await?;
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("withdraw_invitation", &[], "/admin/roles", result)
        .await
}

#[server(endpoint = "revoke_role")]
pub async fn revoke_role(csrf: String, grant: i32) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{account_steps, request, roles};
    use crate::backend::record::Record;
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
        let record = Record::new(
            viewer.user_id,
            "role.revoked",
            format!("user:{}", found.user_id),
        )
        .detail(found.role.clone())
        .notice(Flash::notice(t("admin.removed")));
        if let Some(notice) = account_steps::revoke_role(db, grant, record).await? {
            request::point_to_flash(&notice)?;
        }
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("revoke_role", &[], "/admin/roles", result).await
}
