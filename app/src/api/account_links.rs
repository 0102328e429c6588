//! One-time links to an account: the first administrator sets a password with the link
//! `commonpot create-admin` printed.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetPasswordPage {
    /// The address the link is for, so the person knows which account it is.
    pub email: String,
}

/// The account a set-password link works for; "not found" once used or expired.
#[server(endpoint = "get_set_password")]
pub async fn get_set_password(token: String) -> Result<SetPasswordPage, AppError> {
    use crate::backend::access::{links, request};
    let config = request::config()?;
    let person = links::usable(&config.db, &token, links::SET_PASSWORD)
        .await?
        .ok_or_else(|| AppError::not_found(crate::i18n::t("set_password.that_link")))?;
    Ok(SetPasswordPage {
        email: person.email,
    })
}

/// Sets the password of the link's account; the person then signs in with it.
#[server(endpoint = "set_password_by_link")]
pub async fn set_password_by_link(
    csrf: String,
    token: String,
    #[server(default)] new_password: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::links::{self, PasswordSet};
    use crate::backend::access::{passwords, request, throttle};
    use crate::domain::account::password::Password;
    use crate::error::FieldError;
    use crate::i18n::{t, Say};
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let config = request::config()?;
        let db = &config.db;
        // A link is looked up before any password is hashed, and guessing links from
        // one address is limited like guessing voting codes.
        let address_key = format!("set-password:address:{}", current.client);
        if throttle::exceeded(db, &address_key, config.limits.redeem_per_address).await? {
            return Err(AppError::RateLimited);
        }
        if links::usable(db, &token, links::SET_PASSWORD)
            .await?
            .is_none()
        {
            throttle::record(db, &address_key).await?;
            return Err(AppError::not_found(t("set_password.that_link")));
        }
        let password = Password::parse(&new_password)
            .map_err(|e| AppError::Invalid(vec![FieldError::new("new_password", e.say())]))?;
        let hash = passwords::hash(&password).await?;
        match links::set_password(&config.db, &token, hash).await? {
            PasswordSet::Done { .. } => {
                request::send_flash(&Flash::notice(t("set_password.done"))).await?;
                Ok(())
            }
            PasswordSet::Unusable => Err(AppError::not_found(t("set_password.that_link"))),
        }
    }
    .await;
    request::finish("set_password_by_link", &[], "/sign-in", result).await
}
