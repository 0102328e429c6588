//! One-time links to an account: setting a password (the first administrator's link, or
//! a reset after forgetting it), confirming an email address, and asking for them.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetPasswordPage {
    /// The address the link is for, so the person knows which account it is.
    pub email: String,
}

/// The account a set-password or reset link works for; "not found" once used or expired.
#[server(endpoint = "get_set_password")]
pub async fn get_set_password(token: String) -> Result<SetPasswordPage, AppError> {
    use crate::backend::access::{links, request};
    let config = request::config()?;
    let person = links::usable(&config.db, &token, &links::PASSWORD_LINKS)
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
    use crate::backend::access::{passwords, request};
    use crate::domain::account::password::Password;
    use crate::error::FieldError;
    use crate::i18n::{t, Say};
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let config = request::config()?;
        let db = &config.db;
        // A link is looked up before any password is hashed, and guessing links from
        // one address is limited like guessing voting codes.
        too_many_guesses(&current.client).await?;
        if links::usable(db, &token, &links::PASSWORD_LINKS)
            .await?
            .is_none()
        {
            return Err(wrong_link(&current.client, "set_password.that_link").await?);
        }
        let password = Password::parse(&new_password)
            .map_err(|e| AppError::Invalid(vec![FieldError::new("new_password", e.say())]))?;
        let hash = passwords::hash(&password).await?;
        match links::set_password(&config.db, &token, hash, &config.public_url).await? {
            PasswordSet::Done { .. } => {
                request::send_flash(&Flash::notice(t("set_password.done"))).await?;
                Ok(())
            }
            PasswordSet::Unusable => Err(AppError::not_found(t("set_password.that_link"))),
        }
    }
    .await;
    crate::backend::access::request::finish("set_password_by_link", &[], "/sign-in", result).await
}

/// Refuses an address that has tried too many links that do not work, as guessing
/// voting codes is refused.
#[cfg(feature = "ssr")]
async fn too_many_guesses(client: &str) -> Result<(), AppError> {
    use crate::backend::access::{request, throttle};
    let config = request::config()?;
    let key = format!("link:address:{client}");
    if throttle::exceeded(&config.db, &key, config.limits.redeem_per_address).await? {
        return Err(AppError::RateLimited);
    }
    Ok(())
}

/// Counts a link that does not work against the address, and says so (`message` names
/// which link).
#[cfg(feature = "ssr")]
async fn wrong_link(client: &str, message: &str) -> Result<AppError, AppError> {
    use crate::backend::access::{request, throttle};
    let config = request::config()?;
    throttle::record(&config.db, &format!("link:address:{client}")).await?;
    Ok(AppError::not_found(crate::i18n::t(message)))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmPage {
    /// The address the link confirms.
    pub email: String,
    /// The reader is signed in to the account the link is for, so they can confirm;
    /// anyone else is asked to sign in to it first (on a phone, say, when they signed
    /// up on a laptop).
    pub signed_in_as_owner: bool,
}

/// The address a confirmation link is for.
#[server(endpoint = "get_confirm_email")]
pub async fn get_confirm_email(token: String) -> Result<ConfirmPage, AppError> {
    use crate::backend::access::{links, request};
    let config = request::config()?;
    let person = links::usable(&config.db, &token, &[links::CONFIRM_EMAIL])
        .await?
        .ok_or_else(|| AppError::not_found(crate::i18n::t("confirm.that_link")))?;
    let reader = request::viewer().ok().map(|v| v.user_id);
    Ok(ConfirmPage {
        signed_in_as_owner: reader == Some(person.id),
        email: person.email,
    })
}

/// Follows a confirmation link: the address is proven.
#[server(endpoint = "confirm_email")]
pub async fn confirm_email(csrf: String, token: String) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{email_proof, request};
    use crate::i18n::t;
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let config = request::config()?;
        too_many_guesses(&current.client).await?;
        let reader = current.viewer.as_ref().map(|v| v.user_id);
        match email_proof::confirm(&config.db, &token, reader).await? {
            email_proof::Confirmed::Done => {
                request::send_flash(&Flash::notice(t("confirm.done"))).await?;
                Ok(())
            }
            email_proof::Confirmed::SignInAs(email) => Err(AppError::Conflict(crate::i18n::tr(
                "confirm.sign_in_as",
                &[("email", email)],
            ))),
            email_proof::Confirmed::Unusable => {
                Err(wrong_link(&current.client, "confirm.that_link").await?)
            }
        }
    }
    .await;
    // Only the account's owner, signed in, confirms: success is on their account page.
    request::finish("confirm_email", &[], "/account", result).await
}

/// Sends the signed-in account a fresh confirmation link.
#[server(endpoint = "resend_confirmation")]
pub async fn resend_confirmation(csrf: String) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{email_proof, request, throttle, users};
    use crate::i18n::{t, tr};
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.clone().ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let db = &config.db;
        let person = users::find(db, viewer.user_id)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        if person.email_confirmed_at.is_some() {
            return Err(AppError::Conflict(t("confirm.already").to_owned()));
        }
        let key = format!("letters:account:{}", person.id);
        if throttle::attempt(db, &key, config.limits.letters_per_account)
            .await?
            .is_none()
        {
            return Err(AppError::RateLimited);
        }
        email_proof::send_confirmation(db, &person, &config.public_url).await?;
        request::send_flash(&Flash::notice(tr(
            "account.confirm_sent",
            &[("email", person.email.clone())],
        )))
        .await?;
        Ok(())
    }
    .await;
    request::finish("resend_confirmation", &[], "/account", result).await
}

/// Asks for a link to choose a new password. The answer is the same whether or not an
/// account uses the address, and only that address receives the link.
#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(
    csrf: String,
    #[server(default)] email: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{email_proof, request, throttle};
    use crate::domain::account::email::Email;
    use crate::error::FieldError;
    use crate::i18n::{tr, Say};
    let values = [("email", email.as_str())];
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let config = request::config()?;
        let db = &config.db;
        let parsed = Email::parse(&email)
            .map_err(|e| AppError::Invalid(vec![FieldError::new("email", e.say())]))?;
        // Per address asking, and per address written to, so the form cannot be used
        // to fill someone's inbox.
        let asking = format!("reset:address:{}", current.client);
        let written = format!("letters:email:{}", parsed.as_str());
        let limits = config.limits;
        if throttle::attempt(db, &asking, limits.sign_up_per_address)
            .await?
            .is_none()
            || throttle::attempt(db, &written, limits.letters_per_account)
                .await?
                .is_none()
        {
            return Err(AppError::RateLimited);
        }
        email_proof::request_reset(db, &parsed, &config.public_url).await?;
        request::send_flash(&Flash::notice(tr(
            "forgot.sent",
            &[("email", parsed.as_str().to_owned())],
        )))
        .await?;
        Ok(())
    }
    .await;
    request::finish("request_password_reset", &values, "/sign-in", result).await
}

/// Asks for the signed-in account's address to change: a link goes to the new address.
/// The current password is asked for, as a phone left unlocked must not be enough.
#[server(endpoint = "change_email")]
pub async fn change_email(
    csrf: String,
    new_email: String,
    email_password: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{email_change, request, throttle, users};
    use crate::domain::account::email::Email;
    use crate::error::FieldError;
    use crate::i18n::{t, tr};
    let values = [("new_email", new_email.as_str())];
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.clone().ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let db = &config.db;
        let person = users::find(db, viewer.user_id)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        let new = Email::parse(&new_email).map_err(|e| {
            AppError::Invalid(vec![FieldError::new(
                "new_email",
                crate::i18n::Say::say(&e),
            )])
        })?;
        if new.as_str() == person.email {
            return Err(AppError::Invalid(vec![FieldError::new(
                "new_email",
                t("change_email.same"),
            )]));
        }
        crate::api::accounts::password_again(&config, &person, &email_password, "email_password")
            .await?;
        // Letters to the new address are counted like confirmation letters.
        let letters = format!("letters:account:{}", person.id);
        if throttle::attempt(db, &letters, config.limits.letters_per_account)
            .await?
            .is_none()
        {
            return Err(AppError::RateLimited);
        }
        email_change::request(db, &person, &new, &config.public_url).await?;
        request::send_flash(&Flash::notice(tr(
            "change_email.sent",
            &[
                ("new", new.as_str().to_owned()),
                ("old", person.email.clone()),
            ],
        )))
        .await?;
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("change_email", &values, "/account", result).await
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeEmailPage {
    /// The address the account is changing to.
    pub new_email: String,
    /// The reader is signed in to the account; anyone else is asked to sign in first.
    pub signed_in_as_owner: bool,
}

#[server(endpoint = "get_change_email")]
pub async fn get_change_email(token: String) -> Result<ChangeEmailPage, AppError> {
    use crate::backend::access::{email_change, request};
    let config = request::config()?;
    let (person, new_email) = email_change::pending(&config.db, &token)
        .await?
        .ok_or_else(|| AppError::not_found(crate::i18n::t("change_email.that_link")))?;
    let reader = request::viewer().ok().map(|v| v.user_id);
    Ok(ChangeEmailPage {
        signed_in_as_owner: reader == Some(person.id),
        new_email,
    })
}

/// Follows the link sent to the new address: the account's address changes.
#[server(endpoint = "confirm_email_change")]
pub async fn confirm_email_change(csrf: String, token: String) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::email_change::{self, Changed};
    use crate::backend::access::request;
    use crate::i18n::{t, tr};
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let config = request::config()?;
        too_many_guesses(&current.client).await?;
        let reader = current.viewer.as_ref().map(|v| v.user_id);
        match email_change::confirm(&config.db, &token, reader, &config.public_url).await? {
            Changed::Done { new } => {
                request::send_flash(&Flash::notice(tr("change_email.done", &[("new", new)])))
                    .await?;
                Ok(())
            }
            Changed::SignInAs(email) => Err(AppError::Conflict(tr(
                "confirm.sign_in_as",
                &[("email", email)],
            ))),
            Changed::Taken => Err(AppError::Conflict(t("change_email.taken").to_owned())),
            Changed::Unusable => Err(wrong_link(&current.client, "change_email.that_link").await?),
        }
    }
    .await;
    request::finish("confirm_email_change", &[], "/account", result).await
}
