//! An administrator disables an account (stolen, or used to harass) and enables it
//! again, each with a reason in the audit log. Disabling ends every session of the
//! account at once, in the same transaction; the session check refuses a disabled
//! account besides, so no request already under way carries on as it. Ballots stay
//! counted: none was ever tied to the account. Invitations it sent and that are still
//! waiting are withdrawn, and an invitation is accepted only while its sender is enabled.

use super::{audit, personal_data::ERASED_DOMAIN};
use crate::backend::entities::{invitation, session, user};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};

/// At most this many accounts are listed for one search.
pub const FOUND_AT_MOST: u64 = 50;

/// Accounts whose name or email address holds `typed` (any case), by name; erased
/// accounts are not listed.
pub async fn find_accounts(
    db: &impl ConnectionTrait,
    typed: &str,
) -> Result<Vec<user::Model>, DbErr> {
    let typed = typed.trim().to_lowercase();
    if typed.is_empty() {
        return Ok(Vec::new());
    }
    // The typed text is matched as it is: % and _ are not wildcards here.
    let escaped: String = typed
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    let pattern = format!("%{escaped}%");
    let like = |column: user::Column| {
        Expr::expr(Func::lower(Expr::col(column)))
            .like(sea_orm::sea_query::LikeExpr::new(pattern.clone()).escape('\\'))
    };
    user::Entity::find()
        .filter(
            Condition::any()
                .add(like(user::Column::Email))
                .add(like(user::Column::DisplayName)),
        )
        .filter(user::Column::Email.not_like(format!("%@{ERASED_DOMAIN}")))
        .order_by_asc(user::Column::DisplayName)
        .order_by_asc(user::Column::Id)
        .limit(FOUND_AT_MOST)
        .all(db)
        .await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// It was disabled (or enabled) already.
    AlreadySo,
    /// An administrator cannot disable their own account.
    Own,
    /// The administrator acting was disabled meanwhile.
    ActorDisabled,
    NotFound,
}

/// Disables (`disable`) or enables the account `account`, by the administrator `by`,
/// for `reason`, in one transaction.
pub async fn set_disabled(
    db: &impl TransactionTrait,
    account: i32,
    by: i32,
    disable: bool,
    reason: &str,
) -> Result<Outcome, DbErr> {
    if disable && account == by {
        return Ok(Outcome::Own);
    }
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    // Both accounts locked, in id order: two administrators disabling each other at once
    // are taken one after the other, and the second is by then disabled and refused.
    let both = user::Entity::find()
        .filter(user::Column::Id.is_in([account, by]))
        .order_by_asc(user::Column::Id)
        .lock_exclusive()
        .all(&txn)
        .await?;
    if !both.iter().any(|u| u.id == account) {
        return Ok(Outcome::NotFound);
    }
    if both.iter().any(|u| u.id == by && u.disabled_at.is_some()) {
        return Ok(Outcome::ActorDisabled);
    }
    let now = chrono::Utc::now();
    let (at, why) = if disable {
        (Some(now), Some(reason.to_owned()))
    } else {
        (None, None)
    };
    let changed = user::Entity::update_many()
        .col_expr(user::Column::DisabledAt, Expr::value(at))
        .col_expr(user::Column::DisabledReason, Expr::value(why))
        .filter(user::Column::Id.eq(account))
        .filter(if disable {
            user::Column::DisabledAt.is_null()
        } else {
            user::Column::DisabledAt.is_not_null()
        })
        .exec(&txn)
        .await?;
    if changed.rows_affected == 0 {
        return Ok(Outcome::AlreadySo);
    }
    if disable {
        session::Entity::delete_many()
            .filter(session::Column::UserId.eq(account))
            .exec(&txn)
            .await?;
        // What it offered while in the wrong hands is taken back: a role or a place in a
        // group invited to an address the thief holds is never granted.
        invitation::Entity::update_many()
            .col_expr(invitation::Column::WithdrawnAt, Expr::value(now))
            .filter(invitation::Column::InvitedBy.eq(account))
            .filter(invitation::Column::AcceptedAt.is_null())
            .filter(invitation::Column::WithdrawnAt.is_null())
            .exec(&txn)
            .await?;
    }
    audit::record(
        &txn,
        Some(by),
        if disable {
            "account.disabled"
        } else {
            "account.enabled"
        },
        &format!("user:{account}"),
        reason,
    )
    .await?;
    txn.commit().await?;
    Ok(Outcome::Done)
}
