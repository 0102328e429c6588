//! Accounts: creating one, finding one by email, changing the password.

use crate::backend::entities::{resident, user};
use crate::domain::account::email::Email;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set, SqlErr,
    TransactionTrait,
};

/// An account as stored.
pub type User = user::Model;

/// Where the account is a verified resident, one row per neighbourhood.
pub async fn residencies(
    db: &impl ConnectionTrait,
    user_id: i32,
) -> Result<Vec<resident::Model>, DbErr> {
    resident::Entity::find()
        .filter(resident::Column::UserId.eq(user_id))
        .all(db)
        .await
}

pub enum Created {
    New(user::Model),
    EmailTaken,
}

/// Whether a new account's address is proven already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Address {
    /// Signed up on the web: proven when the confirmation link is followed.
    Unconfirmed,
    /// Made on the server's own machine (the first administrator, the demo).
    Proven,
}

/// A new account; `language` is the one our letters to them are written in.
pub async fn create(
    db: &impl ConnectionTrait,
    email: &Email,
    display_name: &str,
    password_hash: String,
    language: &str,
    address: Address,
) -> Result<Created, DbErr> {
    let now = chrono::Utc::now();
    let inserted = user::ActiveModel {
        email: Set(email.as_str().to_owned()),
        display_name: Set(display_name.to_owned()),
        password_hash: Set(password_hash),
        language: Set(language.to_owned()),
        created_at: Set(now),
        email_confirmed_at: Set((address == Address::Proven).then_some(now)),
        ..Default::default()
    }
    .insert(db)
    .await;
    match inserted {
        Ok(model) => Ok(Created::New(model)),
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Ok(Created::EmailTaken)
        }
        Err(err) => Err(err),
    }
}

pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await
}

pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find_by_id(id).one(db).await
}

/// The accounts with these ids (any that exist), in no particular order.
pub async fn find_many(db: &impl ConnectionTrait, ids: &[i32]) -> Result<Vec<user::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    user::Entity::find()
        .filter(user::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await
}

pub async fn set_password_hash(
    db: &impl ConnectionTrait,
    id: i32,
    password_hash: String,
) -> Result<(), DbErr> {
    user::ActiveModel {
        id: Set(id),
        password_hash: Set(password_hash),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

/// Records that the owner of the address has it; the first time counts.
pub async fn confirm_email(db: &impl ConnectionTrait, id: i32) -> Result<bool, DbErr> {
    let changed = user::Entity::update_many()
        .col_expr(
            user::Column::EmailConfirmedAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now()),
        )
        .filter(user::Column::Id.eq(id))
        .filter(user::Column::EmailConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// A new name for the account, with the change in the audit log, in one transaction.
pub async fn rename(db: &impl TransactionTrait, id: i32, name: &str) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    user::Entity::update_many()
        .col_expr(
            user::Column::DisplayName,
            sea_orm::sea_query::Expr::value(name.to_owned()),
        )
        .filter(user::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    // Not the names themselves: the log outlives an erased account.
    super::audit::record(&txn, Some(id), "name.changed", &format!("user:{id}"), "").await?;
    txn.commit().await
}

/// Records the language someone reads in; our letters to them follow it.
pub async fn set_language(db: &impl ConnectionTrait, id: i32, language: &str) -> Result<(), DbErr> {
    user::Entity::update_many()
        .col_expr(
            user::Column::Language,
            sea_orm::sea_query::Expr::value(language.to_owned()),
        )
        .filter(user::Column::Id.eq(id))
        .filter(user::Column::Language.ne(language.to_owned()))
        .exec(db)
        .await
        .map(|_| ())
}
