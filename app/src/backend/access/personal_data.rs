//! A resident's own data: everything held about them as one JSON document (the right of
//! access), and erasing it (the right to erasure). Erasure keeps the public record
//! whole: their proposals stay, credited to "a former resident" (or still to their
//! group), their ballot stays in the ledger (it was never linked to them publicly), and
//! the account row stays as an empty tombstone so that what others did with it (an
//! officer's verification, an admin's grant) still points somewhere. They can no longer
//! sign in, and the address is free to sign up again.

use super::audit;
use crate::backend::db::write_first as db_write_first;
use crate::backend::entities::{
    account_link, audit_entry, community_group, group_member, invitation, neighbourhood,
    outgoing_email, proposal, proposal_follow, resident, role_grant, round, session,
    throttle_event, user,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, TransactionTrait,
};
use serde_json::{json, Value};

/// The domain of the tombstone addresses erased accounts get: `.invalid` never
/// receives mail.
pub const ERASED_DOMAIN: &str = "erased.invalid";

/// Letters whose text carries a one-time link (a confirmation, a reset, an invitation).
const WITH_ONE_TIME_LINKS: [&str; 5] = [
    super::links::CONFIRM_EMAIL,
    super::links::CHANGE_EMAIL,
    super::links::RESET_PASSWORD,
    super::links::SET_PASSWORD,
    "invitation",
];

/// Everything held about `user_id`, for them to download. Never other people's data, and
/// nothing that says which ballot is theirs: the receipts they hold are the only link.
pub async fn export(db: &impl ConnectionTrait, user_id: i32) -> Result<Option<Value>, DbErr> {
    let Some(person) = user::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(None);
    };
    let places = neighbourhood::Entity::find().all(db).await?;
    let place = |id: i32| {
        places
            .iter()
            .find(|p| p.id == id)
            .map_or_else(String::new, |p| p.name.clone())
    };
    let residencies: Vec<Value> = resident::Entity::find()
        .filter(resident::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| {
            json!({
                "neighbourhood": place(r.neighbourhood_id),
                "postcode": r.postcode,
                "verified_by": if r.method == "in_person" { "an officer, in person" } else { "a voting code" },
                "verified_at": r.verified_at,
            })
        })
        .collect();
    let roles: Vec<Value> = role_grant::Entity::find()
        .filter(role_grant::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|g| {
            json!({
                "role": g.role,
                "neighbourhood": g.neighbourhood_id.map(place),
                "since": g.granted_at,
            })
        })
        .collect();
    let rounds = round::Entity::find().all(db).await?;
    let round_title = |id: i32| {
        rounds
            .iter()
            .find(|r| r.id == id)
            .map_or_else(String::new, |r| r.title.clone())
    };
    let proposals: Vec<Value> = proposal::Entity::find()
        .filter(proposal::Column::ProposerUserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| {
            json!({
                "id": p.id,
                "round": round_title(p.round_id),
                "title": p.title,
                "summary": p.summary,
                "text": p.body,
                "cost_pence": p.cost_pence,
                "sent_as": p.proposer_name,
                "status": p.status,
                "written_at": p.created_at,
            })
        })
        .collect();
    let follows: Vec<Value> = proposal_follow::Entity::find()
        .filter(proposal_follow::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|f| json!({ "proposal": f.proposal_id, "since": f.created_at }))
        .collect();
    let group_ids: Vec<i32> = group_member::Entity::find()
        .filter(group_member::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.group_id)
        .collect();
    let groups: Vec<String> = community_group::Entity::find()
        .filter(community_group::Column::Id.is_in(group_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|g| g.name)
        .collect();
    // Letters go to an address, not an account: until the account has proven it owns
    // the address, someone who signed up with another person's address would otherwise
    // read their letters here. And a letter's one-time link is not copied into a file
    // that lives on after the link should have been used (or forgotten).
    let letters: Vec<Value> = if person.email_confirmed_at.is_some() {
        outgoing_email::Entity::find()
            .filter(outgoing_email::Column::ToAddress.eq(person.email.clone()))
            .all(db)
            .await?
            .into_iter()
            .map(|m| {
                let text = if WITH_ONE_TIME_LINKS.contains(&m.purpose.as_str()) {
                    "(not included: it held a one-time link)".to_owned()
                } else {
                    m.body
                };
                json!({
                    "subject": m.subject,
                    "about": m.purpose,
                    "written_at": m.created_at,
                    "sent_at": m.sent_at,
                    "text": text,
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    let actions: Vec<Value> = audit_entry::Entity::find()
        .filter(audit_entry::Column::ActorUserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| json!({ "at": a.at, "action": a.action, "about": a.subject, "detail": a.detail }))
        .collect();
    let signed_in_on = session::Entity::find()
        .filter(session::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| json!({ "since": s.created_at, "last_seen": s.last_seen_at }))
        .collect::<Vec<_>>();
    Ok(Some(json!({
        "about": "Everything Commonpot holds about you. Your ballots are not here: nothing stored links a ballot to you; the receipt codes you kept are the only link.",
        "account": {
            "name": person.display_name,
            "email": person.email,
            "email_confirmed_at": person.email_confirmed_at,
            "language": person.language,
            "created_at": person.created_at,
        },
        "residencies": residencies,
        "roles": roles,
        "proposals": proposals,
        "following": follows,
        "community_groups": groups,
        "letters": letters,
        "sessions": signed_in_on,
        "actions_recorded": actions,
    })))
}

/// Why an account was not erased.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotErased {
    /// They are the only administrator: the service would have nobody to run it.
    LastAdministrator,
}

/// Erases `user_id`'s personal data in one transaction (see the module comment).
pub async fn erase(
    db: &(impl TransactionTrait + ConnectionTrait),
    user_id: i32,
) -> Result<Result<(), NotErased>, DbErr> {
    let txn = db.begin().await?;
    db_write_first(&txn).await?;
    let Some(person) = user::Entity::find_by_id(user_id).one(&txn).await? else {
        return Ok(Ok(()));
    };
    // Locked (on PostgreSQL; SQLite's write lock is already held), so two administrators
    // leaving at once cannot both pass this check.
    let admins = role_grant::Entity::find()
        .filter(role_grant::Column::Role.eq("admin"))
        .lock_exclusive()
        .all(&txn)
        .await?;
    if admins.iter().any(|g| g.user_id == user_id) && admins.iter().all(|g| g.user_id == user_id) {
        return Ok(Err(NotErased::LastAdministrator));
    }
    // Their own proposals lose their name; a group's keep the group's.
    proposal::Entity::update_many()
        .col_expr(proposal::Column::ProposerName, Expr::value(""))
        .filter(proposal::Column::ProposerUserId.eq(user_id))
        .filter(proposal::Column::CommunityGroupId.is_null())
        .exec(&txn)
        .await?;
    proposal::Entity::update_many()
        .col_expr(
            proposal::Column::ProposerUserId,
            Expr::value(Option::<i32>::None),
        )
        .filter(proposal::Column::ProposerUserId.eq(user_id))
        .exec(&txn)
        .await?;
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    account_link::Entity::delete_many()
        .filter(account_link::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    proposal_follow::Entity::delete_many()
        .filter(proposal_follow::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    crate::backend::groups::hand_over(&txn, user_id, &person.email).await?;
    group_member::Entity::delete_many()
        .filter(group_member::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    role_grant::Entity::delete_many()
        .filter(role_grant::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    resident::Entity::delete_many()
        .filter(resident::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    outgoing_email::Entity::delete_many()
        .filter(outgoing_email::Column::ToAddress.eq(person.email.clone()))
        .exec(&txn)
        .await?;
    invitation::Entity::delete_many()
        .filter(invitation::Column::Email.eq(person.email.clone()))
        .filter(invitation::Column::AcceptedAt.is_null())
        .exec(&txn)
        .await?;
    // An accepted invitation stays as the record of who granted the role, without the
    // address it went to.
    invitation::Entity::update_many()
        .col_expr(
            invitation::Column::Email,
            Expr::value(format!("{user_id}@{ERASED_DOMAIN}")),
        )
        .filter(
            invitation::Column::AcceptedBy
                .eq(user_id)
                .or(invitation::Column::Email.eq(person.email.clone())),
        )
        .exec(&txn)
        .await?;
    // Attempts are keyed by what was typed, the address among them: exactly those keys
    // (a pattern would let an address like `%@%.%` clear everyone's counts).
    throttle_event::Entity::delete_many()
        .filter(throttle_event::Column::Key.is_in([
            format!("sign-in:account:{}", person.email),
            format!("letters:email:{}", person.email),
        ]))
        .exec(&txn)
        .await?;
    // An address the limits stopped is kept in the audit log; not once they have gone.
    audit_entry::Entity::update_many()
        .col_expr(audit_entry::Column::Detail, Expr::value(""))
        .filter(audit_entry::Column::ActorUserId.eq(user_id))
        .filter(audit_entry::Column::Action.ends_with("rate-limited"))
        .exec(&txn)
        .await?;
    user::Entity::update_many()
        .col_expr(
            user::Column::Email,
            Expr::value(format!("{user_id}@{ERASED_DOMAIN}")),
        )
        .col_expr(user::Column::DisplayName, Expr::value(""))
        // Matches no password: argon2 cannot read it as a hash.
        .col_expr(user::Column::PasswordHash, Expr::value("!erased"))
        .col_expr(
            user::Column::EmailConfirmedAt,
            Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .col_expr(
            user::Column::DisabledReason,
            Expr::value(Option::<String>::None),
        )
        .filter(user::Column::Id.eq(user_id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        Some(user_id),
        "account.erased",
        &format!("user:{user_id}"),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(()))
}
