//! Un-verifying a resident (moved away, verified in error): from then on they can no
//! longer vote or propose in the neighbourhood. A ballot they already cast in a round
//! still voting or being counted is not touched here: voiding it takes two officers, so
//! this step only proposes the void, with the same reason, for a second officer.

use super::access::{audit, secrets::CodeKey, voter_keys};
use super::entities::{ballot, former_resident, resident, round};
use super::voids;
use crate::domain::phase::Phase;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, QueryFilter, Set, TransactionTrait,
};

/// What un-verifying did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unverified {
    /// Done; how many voids were proposed.
    Done { voids_proposed: usize },
    /// The person is not a verified resident of the neighbourhood.
    NotResident,
}

/// Ends the person's residency; `public_reason` (naming nobody) goes with any void
/// proposed, the officer's `reason` only into the audit log.
#[allow(clippy::too_many_arguments)]
pub async fn unverify(
    db: &impl TransactionTrait,
    key: &CodeKey,
    neighbourhood_id: i32,
    user_id: i32,
    reason: &str,
    public_reason: &str,
    propose_voids: bool,
    officer: i32,
) -> Result<Unverified, DbErr> {
    let txn = db.begin().await?;
    let residencies = resident::Entity::find()
        .filter(resident::Column::UserId.eq(user_id))
        .filter(resident::Column::NeighbourhoodId.eq(neighbourhood_id))
        .all(&txn)
        .await?;
    if residencies.is_empty() {
        return Ok(Unverified::NotResident);
    }
    let keys: Vec<String> = residencies
        .iter()
        .map(|r| voter_keys::of_resident(key, r))
        .collect();
    let live: Vec<i32> = round::Entity::find()
        .filter(round::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(round::Column::Phase.is_in([Phase::VotingOpen.as_str(), Phase::Counting.as_str()]))
        .all(&txn)
        .await?
        .into_iter()
        .map(|r| r.id)
        .collect();
    let cast = ballot::Entity::find()
        .filter(ballot::Column::RoundId.is_in(live))
        .filter(ballot::Column::VoterKey.is_in(keys))
        .filter(ballot::Column::VoidedAt.is_null())
        .all(&txn)
        .await?;
    for r in &residencies {
        former_resident::ActiveModel {
            user_id: Set(r.user_id),
            neighbourhood_id: Set(r.neighbourhood_id),
            voting_code_id: Set(r.voting_code_id),
            unverified_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    resident::Entity::delete_many()
        .filter(resident::Column::UserId.eq(user_id))
        .filter(resident::Column::NeighbourhoodId.eq(neighbourhood_id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        Some(officer),
        "resident.unverified",
        &format!("user:{user_id}"),
        &format!("neighbourhood:{neighbourhood_id}: {reason}"),
    )
    .await?;
    let mut voids_proposed = 0;
    if propose_voids {
        for b in cast {
            // A void already waiting for this ballot stands: nothing more to propose.
            let proposed = voids::propose(
                &txn,
                b.round_id,
                voids::VOID_UNVERIFIED,
                &b.receipt,
                public_reason,
                false,
                officer,
            )
            .await?;
            if proposed.is_ok() {
                voids_proposed += 1;
            }
        }
    }
    txn.commit().await?;
    Ok(Unverified::Done { voids_proposed })
}
