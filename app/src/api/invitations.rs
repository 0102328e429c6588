//! `/invitations/{token}`: the person invited to a role accepts it, signed in with the
//! address the invitation was sent to, confirmed.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationPage {
    /// The address invited.
    pub email: String,
    /// "Council officer in Ilfracombe"
    pub role: String,
    /// Who sent it.
    pub by: String,
    /// What stands between the reader and accepting, if anything.
    pub state: Acceptance,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Acceptance {
    SignIn,
    OtherAccount { signed_in_as: String },
    ConfirmFirst,
    Ready,
}

/// What an invitation offers, in the reader's language: a role ("officer in
/// Ilfracombe") or a place in a group ("a member of Ilfracombe Youth Forum").
#[cfg(feature = "ssr")]
async fn offered(
    db: &impl sea_orm::ConnectionTrait,
    found: &crate::backend::entities::invitation::Model,
) -> Result<String, AppError> {
    use crate::backend::entities::community_group;
    use sea_orm::EntityTrait;
    let lang = crate::i18n::current();
    if let Some(group_id) = found.group_id {
        let group = community_group::Entity::find_by_id(group_id)
            .one(db)
            .await?
            .ok_or(AppError::Internal)?;
        return Ok(crate::i18n::text_with(
            lang,
            "group.member_of",
            &[("group", group.name)],
        ));
    }
    let role = found.role.parse().map_err(|_| AppError::Internal)?;
    let place = match found.neighbourhood_id {
        Some(id) => crate::backend::neighbourhoods::find(db, id).await?,
        None => None,
    };
    Ok(crate::api::admin::role_described(
        lang,
        role,
        place.as_ref(),
    ))
}

#[server(endpoint = "get_invitation")]
pub async fn get_invitation(token: String) -> Result<InvitationPage, AppError> {
    use crate::backend::access::{invitations, request, users};
    let config = request::config()?;
    let db = &config.db;
    let found = invitations::usable(db, &token)
        .await?
        .ok_or_else(|| AppError::not_found(crate::i18n::t("invitation.that_link")))?;
    let role = offered(db, &found).await?;
    let by = users::find(db, found.invited_by)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default();
    let reader = match request::viewer() {
        Ok(v) => users::find(db, v.user_id).await?,
        Err(_) => None,
    };
    let state = match reader {
        None => Acceptance::SignIn,
        Some(u) if !u.email.eq_ignore_ascii_case(&found.email) => Acceptance::OtherAccount {
            signed_in_as: u.email,
        },
        Some(u) if u.email_confirmed_at.is_none() => Acceptance::ConfirmFirst,
        Some(_) => Acceptance::Ready,
    };
    Ok(InvitationPage {
        email: found.email,
        role,
        by,
        state,
    })
}

#[server(endpoint = "accept_invitation")]
pub async fn accept_invitation(csrf: String, token: String) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::invitations::{self, Refused};
    use crate::backend::access::{request, users};
    use crate::i18n::{t, tr};
    let back = format!("/invitations/{token}");
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.clone().ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let db = &config.db;
        let person = users::find(db, viewer.user_id)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        match invitations::accept(db, &token, &person).await? {
            Ok(found) => {
                let described = offered(db, &found).await?;
                request::send_flash(&Flash::notice(tr(
                    "invitation.accepted",
                    &[("role", described)],
                )))
                .await?;
                Ok(())
            }
            Err(Refused::Unusable) => Err(AppError::not_found(t("invitation.that_link"))),
            Err(Refused::OtherAddress { invited }) => Err(AppError::Conflict(tr(
                "invitation.other_account",
                &[("email", invited)],
            ))),
            Err(Refused::Unconfirmed) => {
                Err(AppError::Conflict(t("account.confirm_first").to_owned()))
            }
        }
    }
    .await;
    match result {
        Ok(()) => request::finish("accept_invitation", &[], "/account", Ok(())).await,
        Err(e) => request::finish("accept_invitation", &[], &back, Err(e)).await,
    }
}
