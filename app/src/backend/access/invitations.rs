//! Roles, and places in community groups, are offered to an email address by
//! invitation; the role or membership attaches only when the owner of that address
//! accepts it, signed in with the address confirmed. Whoever registered an address first
//! gains nothing by it.

use super::secrets::{random_token, sha256_hex};
use super::{audit, roles, users};
use crate::backend::entities::{invitation, user};
use crate::backend::mail::{self, Letter};
use crate::domain::account::access::GrantedRole;
use crate::domain::account::email::Email;
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
};

/// How long an invitation can be accepted.
pub const VALID: Duration = Duration::days(7);

/// What is offered: a role (from an admin), or membership of a group (from one of its
/// administrators).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offered {
    Role {
        role: GrantedRole,
        neighbourhood_id: Option<i32>,
    },
    Membership {
        group_id: i32,
    },
}

/// What a group invitation is stored as in the role column.
pub const GROUP_MEMBER: &str = "group_member";

/// What the invitation letter says, in the words of the sender's page.
pub struct Offer<'a> {
    pub offered: Offered,
    /// "Officer in Ilfracombe", in the letter's language.
    pub described: &'a (dyn Fn(&str) -> String + Sync),
}

/// Records an invitation and writes the letter to the address, with its link under
/// `public_url`, in one transaction. `None` writes no letter (the demo's seed, which
/// accepts with the token returned).
pub async fn invite(
    db: &impl TransactionTrait,
    email: &Email,
    offer: Offer<'_>,
    by: &user::Model,
    public_url: Option<&str>,
) -> Result<String, DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    let token = random_token();
    let now = Utc::now();
    let (role, neighbourhood_id, group_id) = match offer.offered {
        Offered::Role {
            role,
            neighbourhood_id,
        } => (role.as_str(), neighbourhood_id, None),
        Offered::Membership { group_id } => (GROUP_MEMBER, None, Some(group_id)),
    };
    let made = invitation::ActiveModel {
        email: Set(email.as_str().to_owned()),
        role: Set(role.to_owned()),
        neighbourhood_id: Set(neighbourhood_id),
        group_id: Set(group_id),
        token_hash: Set(sha256_hex(&token)),
        invited_by: Set(by.id),
        created_at: Set(now),
        expires_at: Set(now + VALID),
        accepted_at: Set(None),
        accepted_by: Set(None),
        withdrawn_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if let Some(public_url) = public_url {
        // Written in the language of the account with that address if there is one.
        let language = users::find_by_email(&txn, email.as_str())
            .await?
            .map(|u| u.language)
            .unwrap_or_else(|| crate::i18n::DEFAULT.to_owned());
        let (subject, body) = crate::i18n::letter(
            &language,
            "letter.invitation",
            &[
                ("by", by.display_name.clone()),
                ("role", (offer.described)(&language)),
                ("link", format!("{public_url}/invitations/{token}")),
                ("email", email.as_str().to_owned()),
            ],
        );
        mail::queue(
            &txn,
            Letter {
                to: email.as_str().to_owned(),
                subject,
                body,
                purpose: "invitation",
            },
        )
        .await?;
    }
    audit::record(
        &txn,
        Some(by.id),
        if group_id.is_some() {
            "group.invited"
        } else {
            "role.invited"
        },
        &format!("invitation:{}", made.id),
        &match group_id {
            Some(g) => format!("{role} of group:{g}"),
            None => role.to_owned(),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(token)
}

/// An invitation that can still be accepted.
pub async fn usable(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<invitation::Model>, DbErr> {
    invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(sha256_hex(token)))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::WithdrawnAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(Utc::now()))
        .one(db)
        .await
}

/// Why an invitation was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Used, withdrawn, expired or never made.
    Unusable,
    /// The person signed in is not the one invited.
    OtherAddress { invited: String },
    /// The person's address is not confirmed yet.
    Unconfirmed,
}

/// Accepts the invitation as `person`: the role is granted, with who invited and who
/// accepted in the audit log, and the invitation is used up, in one transaction.
pub async fn accept(
    db: &impl TransactionTrait,
    token: &str,
    person: &user::Model,
) -> Result<Result<invitation::Model, Refused>, DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    let Some(found) = usable(&txn, token).await? else {
        return Ok(Err(Refused::Unusable));
    };
    if !found.email.eq_ignore_ascii_case(&person.email) {
        return Ok(Err(Refused::OtherAddress {
            invited: found.email,
        }));
    }
    if person.email_confirmed_at.is_none() {
        return Ok(Err(Refused::Unconfirmed));
    }
    // Nor from a sender whose account has been disabled (taken over, perhaps).
    if users::find(&txn, found.invited_by)
        .await?
        .is_none_or(|sender| sender.disabled_at.is_some())
    {
        return Ok(Err(Refused::Unusable));
    }
    if let Some(group_id) = found.group_id {
        return accept_membership(txn, found, group_id, person).await;
    }
    let Ok(role) = found.role.parse::<GrantedRole>() else {
        return Ok(Err(Refused::Unusable));
    };
    // An invitation is only as good as its sender: one sent by an admin who has since
    // lost the role grants nothing.
    let sender_still_admin = crate::backend::entities::role_grant::Entity::find()
        .filter(crate::backend::entities::role_grant::Column::UserId.eq(found.invited_by))
        .filter(crate::backend::entities::role_grant::Column::Role.eq(GrantedRole::Admin.as_str()))
        .one(&txn)
        .await?
        .is_some();
    if !sender_still_admin {
        return Ok(Err(Refused::Unusable));
    }
    if !use_up(&txn, &found, person).await? {
        return Ok(Err(Refused::Unusable));
    }
    roles::grant(
        &txn,
        person.id,
        role,
        found.neighbourhood_id,
        found.invited_by,
    )
    .await?;
    audit::record(
        &txn,
        Some(person.id),
        "role.granted",
        &format!("user:{}", person.id),
        &format!(
            "{} by invitation:{} from user:{}{}",
            role.as_str(),
            found.id,
            found.invited_by,
            found
                .neighbourhood_id
                .map(|n| format!(" in neighbourhood:{n}"))
                .unwrap_or_default()
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(found))
}

/// Marks the invitation used, if it still is usable, as accepted by `person`.
async fn use_up(
    txn: &impl ConnectionTrait,
    found: &invitation::Model,
    person: &user::Model,
) -> Result<bool, DbErr> {
    let now = Utc::now();
    let used = invitation::Entity::update_many()
        .col_expr(invitation::Column::AcceptedAt, Expr::value(now))
        .col_expr(invitation::Column::AcceptedBy, Expr::value(person.id))
        .filter(invitation::Column::Id.eq(found.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::WithdrawnAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .exec(txn)
        .await?;
    Ok(used.rows_affected == 1)
}

/// A group's invitation: good only while its sender still runs the group.
async fn accept_membership(
    txn: sea_orm::DatabaseTransaction,
    found: invitation::Model,
    group_id: i32,
    person: &user::Model,
) -> Result<Result<invitation::Model, Refused>, DbErr> {
    if !crate::backend::groups::is_admin(&txn, group_id, found.invited_by).await?
        || !use_up(&txn, &found, person).await?
    {
        return Ok(Err(Refused::Unusable));
    }
    crate::backend::groups::join(&txn, group_id, person.id).await?;
    audit::record(
        &txn,
        Some(person.id),
        "group.joined",
        &format!("group:{group_id}"),
        &format!(
            "user:{} by invitation:{} from user:{}",
            person.id, found.id, found.invited_by
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(found))
}

/// Role invitations not yet accepted, withdrawn or expired, oldest first.
pub async fn pending(db: &impl ConnectionTrait) -> Result<Vec<invitation::Model>, DbErr> {
    invitation::Entity::find()
        .filter(invitation::Column::GroupId.is_null())
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::WithdrawnAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(Utc::now()))
        .order_by_asc(invitation::Column::Id)
        .all(db)
        .await
}

/// Withdraws a pending invitation; false when it was no longer pending.
pub async fn withdraw(db: &impl TransactionTrait, id: i32, by: i32) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    let done = invitation::Entity::update_many()
        .col_expr(invitation::Column::WithdrawnAt, Expr::value(Utc::now()))
        .filter(invitation::Column::Id.eq(id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::WithdrawnAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected == 1 {
        audit::record(
            &txn,
            Some(by),
            "role.invitation-withdrawn",
            &format!("invitation:{id}"),
            "",
        )
        .await?;
    }
    txn.commit().await?;
    Ok(done.rows_affected == 1)
}
