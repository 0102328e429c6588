//! Administrators find an account by name or email address, and disable or enable it
//! with a reason.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountLine {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub disabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountsFound {
    /// What was searched for, as typed.
    pub searched: String,
    pub found: Vec<AccountLine>,
    /// More matched than are listed: the search should be narrower.
    pub more: bool,
}

#[server(endpoint = "find_accounts")]
pub async fn find_accounts(#[server(default)] q: String) -> Result<AccountsFound, AppError> {
    use crate::backend::access::disabling;
    let (config, _) = crate::api::admin::admin()?;
    let searched: String = q.trim().chars().take(200).collect();
    let found = disabling::find_accounts(&config.db, &searched).await?;
    Ok(AccountsFound {
        more: found.len() as u64 >= disabling::FOUND_AT_MOST,
        found: found
            .into_iter()
            .map(|u| AccountLine {
                id: u.id,
                name: u.display_name,
                email: u.email,
                disabled: u.disabled_at.is_some(),
            })
            .collect(),
        searched,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminAccount {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub email_confirmed: bool,
    /// When it was made.
    pub since: String,
    /// (when, why), while it is disabled.
    pub disabled: Option<(String, String)>,
    /// "Officer in Ilfracombe", one per role held.
    pub roles: Vec<String>,
    /// The administrator looking is this account's owner.
    pub own: bool,
}

#[server(endpoint = "get_admin_account")]
pub async fn get_admin_account(id: i32) -> Result<AdminAccount, AppError> {
    use crate::backend::access::{roles, users};
    use crate::i18n::{dates, role_name, t};
    let (config, viewer) = crate::api::admin::admin()?;
    let db = &config.db;
    let u = users::find(db, id)
        .await?
        .ok_or_else(|| AppError::not_found(t("accounts_admin.that_account")))?;
    let roles = roles::list(db)
        .await?
        .into_iter()
        .filter(|g| g.user_email == u.email)
        .map(|g| {
            let role = g
                .role
                .parse::<crate::domain::account::access::GrantedRole>()
                .map(|r| role_name(r).to_owned())
                .unwrap_or(g.role);
            match g.neighbourhood {
                Some(place) => format!("{role} – {place}"),
                None => role,
            }
        })
        .collect();
    Ok(AdminAccount {
        id: u.id,
        own: u.id == viewer.user_id,
        name: u.display_name,
        email: u.email,
        email_confirmed: u.email_confirmed_at.is_some(),
        since: dates::moment_with_year(u.created_at),
        disabled: u.disabled_at.map(|at| {
            (
                dates::moment_with_year(at),
                u.disabled_reason.unwrap_or_default(),
            )
        }),
        roles,
    })
}

/// The longest reason, in characters.
pub const REASON_LONGEST: usize = 500;

/// Disables the account (`disable=yes`) or enables it again, with a reason.
#[server(endpoint = "set_account_disabled")]
pub async fn set_account_disabled(
    csrf: String,
    account: i32,
    #[server(default)] disable: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::disabling::{self, Outcome};
    use crate::backend::access::request;
    use crate::error::FieldError;
    use crate::i18n::{t, tr};
    let values = [("reason", reason.as_str())];
    let back = format!("/admin/accounts/{account}");
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, viewer) = crate::api::admin::admin()?;
        let disabling = disable == "yes";
        let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
        if reason.is_empty() {
            return Err(AppError::Invalid(vec![FieldError::new(
                "reason",
                t(if disabling {
                    "accounts_admin.why_disable"
                } else {
                    "accounts_admin.why_enable"
                }),
            )]));
        }
        if reason.chars().count() > REASON_LONGEST {
            return Err(AppError::Invalid(vec![FieldError::new(
                "reason",
                tr(
                    "accounts_admin.reason_long",
                    &[("n", REASON_LONGEST.to_string())],
                ),
            )]));
        }
        match disabling::set_disabled(&config.db, account, viewer.user_id, disabling, &reason)
            .await?
        {
            Outcome::Done => {
                request::send_flash(&Flash::notice(t(if disabling {
                    "accounts_admin.disabled"
                } else {
                    "accounts_admin.enabled"
                })))
                .await
            }
            Outcome::AlreadySo => Err(AppError::Conflict(
                t(if disabling {
                    "accounts_admin.already_disabled"
                } else {
                    "accounts_admin.already_enabled"
                })
                .to_owned(),
            )),
            Outcome::Own => Err(AppError::Conflict(t("accounts_admin.own").to_owned())),
            Outcome::ActorDisabled => Err(AppError::Forbidden),
            Outcome::NotFound => Err(AppError::not_found(t("accounts_admin.that_account"))),
        }
    }
    .await;
    request::finish("set_account_disabled", &values, &back, result).await
}
