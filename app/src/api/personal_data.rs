//! A resident deletes their own account (the download of their data is a plain GET
//! served by the server: `/account/data.json`).

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::t;
use leptos::prelude::*;

/// Erases the signed-in account after its password is typed again: a phone left
/// unlocked cannot lose someone their account with one tap.
#[server(endpoint = "delete_account")]
pub async fn delete_account(csrf: String, delete_password: String) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::personal_data::{self, NotErased};
    use crate::backend::access::{request, users};
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.clone().ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let db = &config.db;
        let user = users::find(db, viewer.user_id)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        crate::api::accounts::password_again(&config, &user, &delete_password, "delete_password")
            .await?;
        if let Err(NotErased::LastAdministrator) = personal_data::erase(db, user.id).await? {
            return Err(AppError::Conflict(
                t("account.delete_last_admin").to_owned(),
            ));
        }
        request::set_cookie(request::cookie(
            request::CookieKind::Session,
            "",
            config.secure_cookies,
            Some(0),
        ));
        request::send_flash(&Flash::notice(t("account.deleted"))).await?;
        Ok(())
    }
    .await;
    // The sign-in page shows the notice; the home page has no place for one.
    request::finish("delete_account", &[], "/sign-in", result).await
}
