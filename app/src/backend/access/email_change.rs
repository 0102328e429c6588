//! Changing an account's email address: a link goes to the new address, and the
//! address changes only when it is followed by the account's owner, signed in. The old
//! address is then told, so someone who took over a session cannot quietly move the
//! account to an address of theirs. Each step is one transaction with its letter and
//! audit entry.

use super::links::{self, CHANGE_EMAIL, CONFIRM_LINK_VALID};
use super::{audit, users};
use crate::backend::entities::{account_link, user};
use crate::backend::mail::{self, Letter};
use crate::domain::account::email::Email;
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, TransactionTrait};

/// A letter in `person`'s language to `to`.
async fn letter(
    db: &impl ConnectionTrait,
    person: &user::Model,
    to: &str,
    key: &str,
    fill: &[(&str, String)],
    purpose: &'static str,
) -> Result<(), DbErr> {
    let mut values = vec![("name", person.display_name.clone())];
    values.extend(fill.iter().cloned());
    let (subject, body) = crate::i18n::letter(&person.language, key, &values);
    mail::queue(
        db,
        Letter {
            to: to.to_owned(),
            subject,
            body,
            purpose,
        },
    )
    .await
}

/// Asks for `person`'s address to become `new`. The person asking is told the same
/// whether or not the address has an account already, so the form cannot be used to
/// find out who does: a taken address is told someone tried, and nothing changes.
pub async fn request(
    db: &impl TransactionTrait,
    person: &user::Model,
    new: &Email,
    public_url: &str,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    if users::find_by_email(&txn, new.as_str()).await?.is_some() {
        letter(
            &txn,
            person,
            new.as_str(),
            "letter.email_in_use",
            &[
                ("email", new.as_str().to_owned()),
                ("link", public_url.to_owned()),
            ],
            "account",
        )
        .await?;
    } else {
        let token = links::issue_for(
            &txn,
            person.id,
            CHANGE_EMAIL,
            CONFIRM_LINK_VALID,
            Some(new.as_str()),
        )
        .await?;
        letter(
            &txn,
            person,
            new.as_str(),
            "letter.change_email",
            &[
                ("email", new.as_str().to_owned()),
                ("old", person.email.clone()),
                ("link", format!("{public_url}/account/change-email/{token}")),
            ],
            CHANGE_EMAIL,
        )
        .await?;
    }
    audit::record(
        &txn,
        Some(person.id),
        "email.change-requested",
        &format!("user:{}", person.id),
        "",
    )
    .await?;
    txn.commit().await
}

/// A change link that still works, with the account and the address it changes to.
pub async fn pending(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<(user::Model, String)>, DbErr> {
    let Some(person) = links::usable(db, token, &[CHANGE_EMAIL]).await? else {
        return Ok(None);
    };
    let new = account_link::Entity::find()
        .filter(account_link::Column::TokenHash.eq(super::secrets::sha256_hex(token)))
        .one(db)
        .await?
        .and_then(|l| l.new_email);
    Ok(new.map(|new| (person, new)))
}

/// What following a change link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changed {
    /// The account's address is now the new one, proven by the link.
    Done { new: String },
    /// Used already, expired or never made.
    Unusable,
    /// Someone made an account with the new address meanwhile.
    Taken,
    /// Not signed in as the account the link changes.
    SignInAs(String),
}

/// Follows a change link, signed in as `reader`.
pub async fn confirm(
    db: &impl TransactionTrait,
    token: &str,
    reader: Option<i32>,
    public_url: &str,
) -> Result<Changed, DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    let Some((person, new)) = pending(&txn, token).await? else {
        return Ok(Changed::Unusable);
    };
    if reader != Some(person.id) {
        return Ok(Changed::SignInAs(person.email));
    }
    if users::find_by_email(&txn, &new).await?.is_some() {
        return Ok(Changed::Taken);
    }
    if links::take(&txn, token, &[CHANGE_EMAIL]).await?.is_none() {
        return Ok(Changed::Unusable);
    }
    user::Entity::update_many()
        .col_expr(user::Column::Email, Expr::value(new.clone()))
        .col_expr(user::Column::EmailConfirmedAt, Expr::value(Utc::now()))
        .filter(user::Column::Id.eq(person.id))
        .exec(&txn)
        .await?;
    // The old address hears of it, with the new one named, so its owner can act.
    letter(
        &txn,
        &person,
        &person.email,
        "letter.email_changed",
        &[
            ("email", person.email.clone()),
            ("new", new.clone()),
            ("link", public_url.to_owned()),
        ],
        "account",
    )
    .await?;
    audit::record(
        &txn,
        Some(person.id),
        "email.changed",
        &format!("user:{}", person.id),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(Changed::Done { new })
}
