//! The steps of an account that change more than one row, each one transaction with its
//! audit entry: signing in, changing the password, proving residence with a letter's
//! code, and an administrator taking a role away.

use super::codes::{self, Refusal};
use super::secrets::CodeKey;
use super::{roles, sessions, throttle, users};
use crate::backend::record::Record;
use crate::domain::account::voting_code::VotingCode;
use sea_orm::{DbErr, TransactionTrait};

/// A sign-in whose password was right.
pub struct SignedIn<'a> {
    pub user_id: i32,
    /// The account's failed attempts, cleared by a success.
    pub account_key: &'a str,
    /// This attempt's count against the address, forgotten: a success counts against
    /// nobody sharing the address.
    pub address_attempt: i32,
    /// The language chosen before signing in, kept for the person's letters.
    pub language: Option<&'a str>,
    /// The session this browser had, ended.
    pub old_session: Option<&'a str>,
}

/// Starts the session of a right password; its token.
#[tracing::instrument(skip_all, fields(actor = s.user_id))]
pub async fn sign_in(db: &impl TransactionTrait, s: SignedIn<'_>) -> Result<String, DbErr> {
    let txn = db.begin().await?;
    throttle::clear(&txn, s.account_key, chrono::Duration::days(1)).await?;
    throttle::forget(&txn, s.address_attempt).await?;
    if let Some(lang) = s.language {
        users::set_language(&txn, s.user_id, lang).await?;
    }
    if let Some(old) = s.old_session {
        sessions::end(&txn, old).await?;
    }
    let token = sessions::start(&txn, s.user_id).await?;
    Record::new(s.user_id, "sign-in", format!("user:{}", s.user_id))
        .write(&txn)
        .await?;
    txn.commit().await?;
    Ok(token)
}

/// The new password's hash, the throttle on the old one cleared and every other session
/// ended; the id of the person's notice.
#[tracing::instrument(skip_all, fields(actor = user_id))]
pub async fn change_password(
    db: &impl TransactionTrait,
    user_id: i32,
    password_hash: String,
    throttle_key: &str,
    this_session: Option<&str>,
    record: Record,
) -> Result<Option<String>, DbErr> {
    let txn = db.begin().await?;
    users::set_password_hash(&txn, user_id, password_hash).await?;
    throttle::clear(&txn, throttle_key, chrono::Duration::days(1)).await?;
    if let Some(token) = this_session {
        sessions::end_others(&txn, user_id, token).await?;
    }
    let notice = record.write(&txn).await?;
    txn.commit().await?;
    Ok(notice)
}

/// A letter's code proves the person lives in the neighbourhood; the id of their notice,
/// or why the code was refused (then nothing is stored).
#[tracing::instrument(skip_all, fields(neighbourhood = neighbourhood_id, actor = user_id))]
#[allow(clippy::too_many_arguments)]
pub async fn redeem(
    db: &impl TransactionTrait,
    key: &CodeKey,
    code: &VotingCode,
    neighbourhood_id: i32,
    user_id: i32,
    postcode: &str,
    record: Record,
) -> Result<Result<Option<String>, Refusal>, DbErr> {
    let txn = db.begin().await?;
    if let Err(refusal) =
        codes::redeem(&txn, key, code, neighbourhood_id, user_id, postcode).await?
    {
        return Ok(Err(refusal));
    }
    let notice = record.write(&txn).await?;
    txn.commit().await?;
    Ok(Ok(notice))
}

/// An administrator takes a role away; the id of their notice.
#[tracing::instrument(skip_all, fields(grant = grant_id))]
pub async fn revoke_role(
    db: &impl TransactionTrait,
    grant_id: i32,
    record: Record,
) -> Result<Option<String>, DbErr> {
    let txn = db.begin().await?;
    roles::revoke(&txn, grant_id).await?;
    let notice = record.write(&txn).await?;
    txn.commit().await?;
    Ok(notice)
}
