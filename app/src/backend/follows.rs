//! Who follows which proposal, and the letters they are sent when it moves on.

use super::entities::{proposal, proposal_follow, user};
use super::mail::{self, Letter};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};
use std::collections::BTreeMap;

pub async fn is_following(
    db: &impl ConnectionTrait,
    user_id: i32,
    proposal_id: i32,
) -> Result<bool, DbErr> {
    Ok(proposal_follow::Entity::find()
        .filter(proposal_follow::Column::UserId.eq(user_id))
        .filter(proposal_follow::Column::ProposalId.eq(proposal_id))
        .one(db)
        .await?
        .is_some())
}

/// Starts or stops following; doing either twice changes nothing.
pub async fn set(
    db: &impl ConnectionTrait,
    user_id: i32,
    proposal_id: i32,
    follow: bool,
) -> Result<(), DbErr> {
    if !follow {
        proposal_follow::Entity::delete_many()
            .filter(proposal_follow::Column::UserId.eq(user_id))
            .filter(proposal_follow::Column::ProposalId.eq(proposal_id))
            .exec(db)
            .await?;
        return Ok(());
    }
    if is_following(db, user_id, proposal_id).await? {
        return Ok(());
    }
    let inserted = proposal_follow::ActiveModel {
        proposal_id: Set(proposal_id),
        user_id: Set(user_id),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    match inserted {
        Err(e)
            if matches!(
                e.sql_err(),
                Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
            ) =>
        {
            Ok(())
        }
        other => other.map(|_| ()),
    }
}

/// Everyone following any of `proposal_ids`, each once: their email address and the
/// language they read in.
pub async fn followers(
    db: &impl ConnectionTrait,
    proposal_ids: &[i32],
) -> Result<BTreeMap<String, String>, DbErr> {
    let user_ids: Vec<i32> = proposal_follow::Entity::find()
        .filter(proposal_follow::Column::ProposalId.is_in(proposal_ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.user_id)
        .collect();
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(user_ids))
        // Nobody is written to at an address its owner has not proven.
        .filter(user::Column::EmailConfirmedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.email, u.language))
        .collect())
}

/// (subject, body) of a letter in the language given.
pub type Compose<'a> = &'a (dyn Fn(&str) -> (String, String) + Sync);

/// Queues a letter to every follower of the proposals, each in their own language (in
/// the caller's transaction, so it goes only if what it tells of is stored).
pub async fn tell_followers(
    db: &impl ConnectionTrait,
    proposal_ids: &[i32],
    compose: Compose<'_>,
    purpose: &'static str,
) -> Result<usize, DbErr> {
    let to = followers(db, proposal_ids).await?;
    for (address, language) in &to {
        let (subject, body) = compose(language);
        mail::queue(
            db,
            Letter {
                to: address.clone(),
                subject,
                body,
                purpose,
            },
        )
        .await?;
    }
    Ok(to.len())
}

/// The ids of a round's proposals.
pub async fn round_proposal_ids(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<i32>, DbErr> {
    Ok(proposal::Entity::find()
        .filter(proposal::Column::RoundId.eq(round_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect())
}
