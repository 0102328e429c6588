//! One-time links to an account: the first administrator sets a password with one, a
//! new account confirms its address with one, and a forgotten password is reset with
//! one. Only the token's hash is stored; a link works once and until it expires.

use super::secrets::{random_token, sha256_hex};
use super::{audit, roles, users};
use crate::backend::entities::{account_link, role_grant, session, user};
use crate::domain::account::access::GrantedRole;
use crate::domain::account::email::Email;
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

/// A link to set the account's password.
pub const SET_PASSWORD: &str = "set_password";
/// A link to choose a new password after forgetting it.
pub const RESET_PASSWORD: &str = "reset_password";
/// A link that proves the owner of the account's address has it.
pub const CONFIRM_EMAIL: &str = "confirm_email";
/// A link, sent to a new address, that makes it the account's address.
pub const CHANGE_EMAIL: &str = "change_email";
/// How long the first administrator's link works.
pub const ADMIN_LINK_VALID: Duration = Duration::days(1);
/// How long a reset link works: long enough to reach the inbox, short for a stolen one.
pub const RESET_LINK_VALID: Duration = Duration::hours(1);
/// How long a confirmation link works.
pub const CONFIRM_LINK_VALID: Duration = Duration::days(2);
/// The links that choose a password.
pub const PASSWORD_LINKS: [&str; 2] = [SET_PASSWORD, RESET_PASSWORD];
/// The password hash of an account whose owner has not chosen a password yet: it is not
/// an argon2 hash, so no password ever matches it.
pub const NO_PASSWORD_YET: &str = "!no-password-yet";

/// Makes a link for `user_id` and returns its token (for the address).
pub async fn issue(
    db: &impl ConnectionTrait,
    user_id: i32,
    purpose: &str,
    valid_for: Duration,
) -> Result<String, DbErr> {
    issue_for(db, user_id, purpose, valid_for, None).await
}

/// Makes a link that also carries a new address for the account (a change of address).
pub async fn issue_for(
    db: &impl ConnectionTrait,
    user_id: i32,
    purpose: &str,
    valid_for: Duration,
    new_email: Option<&str>,
) -> Result<String, DbErr> {
    let token = random_token();
    let now = Utc::now();
    // Only the newest link works: one printed earlier and left lying about does not.
    account_link::Entity::update_many()
        .col_expr(account_link::Column::UsedAt, Expr::value(now))
        .filter(account_link::Column::UserId.eq(user_id))
        .filter(account_link::Column::Purpose.eq(purpose))
        .filter(account_link::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    account_link::ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose.to_owned()),
        token_hash: Set(sha256_hex(&token)),
        created_at: Set(now),
        expires_at: Set(now + valid_for),
        used_at: Set(None),
        new_email: Set(new_email.map(str::to_owned)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The account a link for one of `purposes` still works for, if it does.
pub async fn usable(
    db: &impl ConnectionTrait,
    token: &str,
    purposes: &[&str],
) -> Result<Option<user::Model>, DbErr> {
    let Some(link) = account_link::Entity::find()
        .filter(account_link::Column::TokenHash.eq(sha256_hex(token)))
        .filter(account_link::Column::Purpose.is_in(purposes.iter().copied()))
        .filter(account_link::Column::UsedAt.is_null())
        .filter(account_link::Column::ExpiresAt.gt(Utc::now()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    users::find(db, link.user_id).await
}

/// What `commonpot create-admin` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FirstAdmin {
    /// A new account, with the token of its set-password link.
    Created(String),
    /// An existing account made an administrator; it keeps its password.
    Promoted,
    /// Already an administrator who has not set a password yet: a fresh link.
    NewLink(String),
    /// Already an administrator with a password: nothing changed.
    AlreadyAdmin,
    /// An administrator whose account was disabled, enabled again: the way back in when
    /// no enabled administrator is left.
    Reenabled,
}

/// Creates or promotes the administrator `email`, in one transaction with its audit entry.
pub async fn create_admin(
    db: &impl TransactionTrait,
    email: &Email,
    name: &str,
) -> Result<FirstAdmin, DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    let existing = users::find_by_email(&txn, email.as_str()).await?;
    let (person, new) = match existing {
        // Someone signed up with this address but never proved it: it may not be the
        // administrator's. The account is taken back as if new: its password cleared,
        // its sessions ended, and the link printed here is the only way in.
        Some(person) if person.email_confirmed_at.is_none() => {
            users::set_password_hash(&txn, person.id, NO_PASSWORD_YET.to_owned()).await?;
            session::Entity::delete_many()
                .filter(session::Column::UserId.eq(person.id))
                .exec(&txn)
                .await?;
            users::confirm_email(&txn, person.id).await?;
            let person = users::find(&txn, person.id)
                .await?
                .ok_or_else(|| DbErr::RecordNotFound("the account".into()))?;
            (person, true)
        }
        Some(person) => (person, false),
        None => match users::create(
            &txn,
            email,
            name,
            NO_PASSWORD_YET.to_owned(),
            crate::i18n::DEFAULT,
            users::Address::Proven,
        )
        .await?
        {
            users::Created::New(person) => (person, true),
            users::Created::EmailTaken => {
                return Err(DbErr::Custom("the account appeared meanwhile".into()))
            }
        },
    };
    // Running the command on the server is proof enough to lift a disablement too.
    let was_disabled = person.disabled_at.is_some();
    if was_disabled {
        user::Entity::update_many()
            .col_expr(
                user::Column::DisabledAt,
                sea_orm::sea_query::Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
            )
            .col_expr(
                user::Column::DisabledReason,
                sea_orm::sea_query::Expr::value(Option::<String>::None),
            )
            .filter(user::Column::Id.eq(person.id))
            .exec(&txn)
            .await?;
        audit::record(
            &txn,
            None,
            "account.enabled",
            &format!("user:{}", person.id),
            "commonpot create-admin on the server",
        )
        .await?;
    }
    let is_admin = role_grant::Entity::find()
        .filter(role_grant::Column::UserId.eq(person.id))
        .filter(role_grant::Column::Role.eq(GrantedRole::Admin.as_str()))
        .one(&txn)
        .await?
        .is_some();
    let outcome = if is_admin && person.password_hash != NO_PASSWORD_YET && was_disabled {
        FirstAdmin::Reenabled
    } else if is_admin && person.password_hash != NO_PASSWORD_YET {
        FirstAdmin::AlreadyAdmin
    } else if is_admin {
        FirstAdmin::NewLink(issue(&txn, person.id, SET_PASSWORD, ADMIN_LINK_VALID).await?)
    } else {
        roles::grant(&txn, person.id, GrantedRole::Admin, None, person.id).await?;
        if new {
            FirstAdmin::Created(issue(&txn, person.id, SET_PASSWORD, ADMIN_LINK_VALID).await?)
        } else {
            FirstAdmin::Promoted
        }
    };
    if !matches!(outcome, FirstAdmin::AlreadyAdmin | FirstAdmin::Reenabled) {
        audit::record(
            &txn,
            None,
            "admin.created",
            &format!("user:{}", person.id),
            "commonpot create-admin on the server",
        )
        .await?;
    }
    txn.commit().await?;
    Ok(outcome)
}

/// What following a set-password link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordSet {
    Done {
        user_id: i32,
    },
    /// Used already, expired or never made.
    Unusable,
}

/// Uses up a working link for one of `purposes` and returns it; `None` when it was used
/// already, has expired or never existed. The use is a conditional update, so two
/// requests racing with one link cannot both have it.
pub async fn take(
    txn: &impl ConnectionTrait,
    token: &str,
    purposes: &[&str],
) -> Result<Option<account_link::Model>, DbErr> {
    let now = Utc::now();
    let Some(link) = account_link::Entity::find()
        .filter(account_link::Column::TokenHash.eq(sha256_hex(token)))
        .filter(account_link::Column::Purpose.is_in(purposes.iter().copied()))
        .one(txn)
        .await?
    else {
        return Ok(None);
    };
    let used = account_link::Entity::update_many()
        .col_expr(account_link::Column::UsedAt, Expr::value(now))
        .filter(account_link::Column::Id.eq(link.id))
        .filter(account_link::Column::UsedAt.is_null())
        .filter(account_link::Column::ExpiresAt.gt(now))
        .exec(txn)
        .await?;
    Ok((used.rows_affected == 1).then_some(link))
}

/// Sets the password of the link's account, uses the link up and ends every session of
/// the account, all in one transaction: two tabs sending the form at once set it once.
/// Following a link sent to the address also proves the address; after a reset the
/// owner gets a letter saying the password changed, in case it was not them.
pub async fn set_password(
    db: &impl TransactionTrait,
    token: &str,
    password_hash: String,
    public_url: &str,
) -> Result<PasswordSet, DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    let Some(link) = take(&txn, token, &PASSWORD_LINKS).await? else {
        return Ok(PasswordSet::Unusable);
    };
    users::set_password_hash(&txn, link.user_id, password_hash).await?;
    users::confirm_email(&txn, link.user_id).await?;
    if link.purpose == RESET_PASSWORD {
        if let Some(person) = users::find(&txn, link.user_id).await? {
            super::email_proof::tell(&txn, &person, "letter.password_changed", public_url).await?;
        }
    }
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(link.user_id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        Some(link.user_id),
        if link.purpose == RESET_PASSWORD {
            "password.reset"
        } else {
            "password.set-by-link"
        },
        &format!("user:{}", link.user_id),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(PasswordSet::Done {
        user_id: link.user_id,
    })
}
