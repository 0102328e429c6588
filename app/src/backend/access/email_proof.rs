//! Proving an email address: the confirmation letter a new account gets, following its
//! link, and resetting a forgotten password by a letter to the address. Each use case
//! is one transaction with its letter and audit entry, so a letter goes out only for
//! what was stored, and nothing is stored without its letter.

use super::links::{self, CONFIRM_EMAIL, CONFIRM_LINK_VALID, RESET_LINK_VALID, RESET_PASSWORD};
use super::{audit, sessions, users};
use crate::backend::entities::user;
use crate::backend::mail::{self, Letter};
use crate::domain::account::email::Email;
use sea_orm::{ConnectionTrait, DbErr, TransactionTrait};

/// What signing up did.
pub enum SignedUp {
    /// The account, and the token of the session it is signed in with.
    New {
        user_id: i32,
        session: String,
    },
    EmailTaken,
}

/// Creates an account whose address is not proven yet, signs it in and sends the
/// confirmation letter, in the language the person signed up in.
pub async fn sign_up(
    db: &impl TransactionTrait,
    email: &Email,
    name: &str,
    password_hash: String,
    language: &str,
    public_url: &str,
) -> Result<SignedUp, DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    let person = match users::create(
        &txn,
        email,
        name,
        password_hash,
        language,
        users::Address::Unconfirmed,
    )
    .await?
    {
        users::Created::New(person) => person,
        users::Created::EmailTaken => return Ok(SignedUp::EmailTaken),
    };
    send_confirmation(&txn, &person, public_url).await?;
    audit::record(
        &txn,
        Some(person.id),
        "account.created",
        &format!("user:{}", person.id),
        "",
    )
    .await?;
    let session = sessions::start(&txn, person.id).await?;
    txn.commit().await?;
    Ok(SignedUp::New {
        user_id: person.id,
        session,
    })
}

/// A fresh confirmation link to the account's address (older ones stop working).
pub async fn send_confirmation(
    db: &impl ConnectionTrait,
    person: &user::Model,
    public_url: &str,
) -> Result<(), DbErr> {
    let token = links::issue(db, person.id, CONFIRM_EMAIL, CONFIRM_LINK_VALID).await?;
    let link = format!("{public_url}/account/confirm/{token}");
    write(db, person, "letter.confirm_email", &link, "confirm_email").await
}

/// What following a confirmation link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmed {
    Done,
    /// Used already, expired or never made.
    Unusable,
    /// The person following it is not signed in to the account it confirms: the
    /// address's owner must not prove an address for an account someone else made with
    /// it (a reset makes such an account theirs).
    SignInAs(String),
}

/// Follows a confirmation link, signed in as `reader`: the account's address is proven.
pub async fn confirm(
    db: &impl TransactionTrait,
    token: &str,
    reader: Option<i32>,
) -> Result<Confirmed, DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    let Some(owner) = links::usable(&txn, token, &[CONFIRM_EMAIL]).await? else {
        return Ok(Confirmed::Unusable);
    };
    if reader != Some(owner.id) {
        return Ok(Confirmed::SignInAs(owner.email));
    }
    let Some(link) = links::take(&txn, token, &[CONFIRM_EMAIL]).await? else {
        return Ok(Confirmed::Unusable);
    };
    if users::confirm_email(&txn, link.user_id).await? {
        audit::record(
            &txn,
            Some(link.user_id),
            "email.confirmed",
            &format!("user:{}", link.user_id),
            "",
        )
        .await?;
    }
    txn.commit().await?;
    Ok(Confirmed::Done)
}

/// Sends a reset link to the account with this address, if there is one. The person
/// asking is told the same either way, so the form cannot be used to learn who has an
/// account; the letter goes only to the address itself.
pub async fn request_reset(
    db: &impl TransactionTrait,
    email: &Email,
    public_url: &str,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    let Some(person) = users::find_by_email(&txn, email.as_str()).await? else {
        return Ok(());
    };
    let token = links::issue(&txn, person.id, RESET_PASSWORD, RESET_LINK_VALID).await?;
    let link = format!("{public_url}/account/set-password/{token}");
    write(
        &txn,
        &person,
        "letter.reset_password",
        &link,
        "reset_password",
    )
    .await?;
    audit::record(
        &txn,
        None,
        "password.reset-requested",
        &format!("user:{}", person.id),
        "",
    )
    .await?;
    txn.commit().await
}

/// A letter to the account holder that carries no link of ours beyond the site.
pub async fn tell(
    db: &impl ConnectionTrait,
    person: &user::Model,
    key: &str,
    public_url: &str,
) -> Result<(), DbErr> {
    write(db, person, key, public_url, "account").await
}

async fn write(
    db: &impl ConnectionTrait,
    person: &user::Model,
    key: &str,
    link: &str,
    purpose: &'static str,
) -> Result<(), DbErr> {
    let (subject, body) = crate::i18n::letter(
        &person.language,
        key,
        &[
            ("name", person.display_name.clone()),
            ("email", person.email.clone()),
            ("link", link.to_owned()),
        ],
    );
    mail::queue(
        db,
        Letter {
            to: person.email.clone(),
            subject,
            body,
            purpose,
        },
    )
    .await
}
