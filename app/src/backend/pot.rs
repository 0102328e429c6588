//! Setting a round's pot up: each agency's contribution and its ring-fence. A change is
//! made only in the phase the officer saw, before voting opens, and never leaves the pot
//! smaller than a proposal still in the round.

use crate::backend::entities::{agency, contribution, proposal, round};
use crate::domain::message::Message;
use crate::domain::money::Pence;
use crate::domain::phase::Phase;
use crate::domain::pot::{check_covers, Share};
use crate::domain::priority_area::PriorityArea;
use crate::domain::proposal::ProposalStatus;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ModelTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, TransactionTrait,
};

/// One agency's contribution as the set-up page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub id: i32,
    pub agency_id: i32,
    pub agency: String,
    pub share: Share,
}

/// Proposals that can still be funded: the pot has to be able to pay for each of them.
const LIVE: [ProposalStatus; 3] = [
    ProposalStatus::Submitted,
    ProposalStatus::NeedsChanges,
    ProposalStatus::Feasible,
];

/// The stored ring-fence: priority area slugs separated by commas, or none.
pub fn fence_of(stored: Option<&str>) -> Vec<PriorityArea> {
    stored
        .unwrap_or("")
        .split(',')
        .filter_map(|s| PriorityArea::parse(s.trim()).ok())
        .collect()
}

fn stored_fence(areas: &[PriorityArea]) -> Option<String> {
    (!areas.is_empty()).then(|| areas.iter().map(|a| a.slug()).collect::<Vec<_>>().join(","))
}

/// The round's contributions in the order they were added.
pub async fn lines(db: &impl ConnectionTrait, round_id: i32) -> Result<Vec<Line>, DbErr> {
    let rows = contribution::Entity::find()
        .filter(contribution::Column::RoundId.eq(round_id))
        .find_also_related(agency::Entity)
        .order_by_asc(contribution::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(c, a)| Line {
            id: c.id,
            agency_id: c.agency_id,
            agency: a.map(|a| a.name).unwrap_or_default(),
            share: Share {
                amount: Pence::new(c.amount_pence),
                ring_fence: fence_of(c.ring_fence.as_deref()),
            },
        })
        .collect())
}

async fn agency_name(db: &impl ConnectionTrait, id: i32) -> Result<String, DbErr> {
    Ok(agency::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|a| a.name)
        .unwrap_or_default())
}

/// The audit log's words for a share: "NHS Devon: £25,000, only for housing".
fn described(agency: &str, share: &Share) -> String {
    match stored_fence(&share.ring_fence) {
        Some(fence) => format!("{agency}: {}, only for {fence}", share.amount),
        None => format!("{agency}: {}", share.amount),
    }
}

/// The dearest proposal still in the round, as its title and cost.
pub async fn dearest_live(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Option<(String, Pence)>, DbErr> {
    Ok(proposal::Entity::find()
        .filter(proposal::Column::RoundId.eq(round_id))
        .filter(proposal::Column::Status.is_in(LIVE.map(|s| s.as_str())))
        .order_by_desc(proposal::Column::CostPence)
        .order_by_asc(proposal::Column::Id)
        .one(db)
        .await?
        .map(|p| (p.title, Pence::new(p.cost_pence))))
}

pub enum Change<'a> {
    /// A new amount or ring-fence for a contribution already in the pot.
    Set {
        id: i32,
        share: &'a Share,
    },
    /// An agency (found by name, or new) starts paying in.
    Add {
        agency: &'a str,
        kind: &'a str,
        share: &'a Share,
    },
    Remove {
        id: i32,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Done; the agency's name.
    Done(String),
    /// The round left the phase the officer saw.
    RoundMovedOn,
    /// No such contribution in this round.
    NotFound,
    /// The agency to add pays in already.
    AlreadyPays(String),
    /// The agency to take out is the one some live proposals say they touch.
    NamedByProposals { agency: String, proposals: u64 },
    /// The pot would no longer pay for a proposal still in the round.
    TooSmall(Message),
}

/// Makes one change to the round's pot, all or nothing.
pub async fn change(
    db: &impl TransactionTrait,
    round_id: i32,
    seen: Phase,
    change: Change<'_>,
    by: i32,
) -> Result<Outcome, DbErr> {
    debug_assert!(seen < Phase::VotingOpen);
    let txn = db.begin().await?;
    // Touching the round's row takes its lock, so opening voting waits for this change
    // (or this change sees that voting opened) on either database.
    let held = round::Entity::update_many()
        .filter(round::Column::Id.eq(round_id))
        .filter(round::Column::Phase.eq(seen.as_str()))
        .col_expr(round::Column::Phase, Expr::col(round::Column::Phase).into())
        .exec(&txn)
        .await?;
    if held.rows_affected == 0 {
        return Ok(Outcome::RoundMovedOn);
    }
    let in_round = |id: i32| {
        contribution::Entity::find_by_id(id).filter(contribution::Column::RoundId.eq(round_id))
    };
    let (name, action, detail) = match change {
        Change::Set { id, share } => {
            let Some(found) = in_round(id).one(&txn).await? else {
                return Ok(Outcome::NotFound);
            };
            let name = agency_name(&txn, found.agency_id).await?;
            let mut c: contribution::ActiveModel = found.into();
            c.amount_pence = Set(share.amount.as_i64());
            c.ring_fence = Set(stored_fence(&share.ring_fence));
            c.update(&txn).await?;
            let detail = described(&name, share);
            (name, "pot.contribution-set", detail)
        }
        Change::Add {
            agency: name,
            kind,
            share,
        } => {
            let agency = super::agencies::find_or_create(&txn, name, kind).await?;
            let pays = contribution::Entity::find()
                .filter(contribution::Column::RoundId.eq(round_id))
                .filter(contribution::Column::AgencyId.eq(agency.id))
                .count(&txn)
                .await?;
            if pays > 0 {
                return Ok(Outcome::AlreadyPays(agency.name));
            }
            contribution::ActiveModel {
                round_id: Set(round_id),
                agency_id: Set(agency.id),
                amount_pence: Set(share.amount.as_i64()),
                ring_fence: Set(stored_fence(&share.ring_fence)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            let detail = described(&agency.name, share);
            (agency.name, "pot.contribution-added", detail)
        }
        Change::Remove { id } => {
            let Some(found) = in_round(id).one(&txn).await? else {
                return Ok(Outcome::NotFound);
            };
            let name = agency_name(&txn, found.agency_id).await?;
            let naming = proposal::Entity::find()
                .filter(proposal::Column::RoundId.eq(round_id))
                .filter(proposal::Column::AgencyId.eq(found.agency_id))
                .filter(proposal::Column::Status.is_in(LIVE.map(|s| s.as_str())))
                .count(&txn)
                .await?;
            if naming > 0 {
                return Ok(Outcome::NamedByProposals {
                    agency: name,
                    proposals: naming,
                });
            }
            found.delete(&txn).await?;
            let detail = name.clone();
            (name, "pot.contribution-removed", detail)
        }
    };
    let total: Pence = lines(&txn, round_id)
        .await?
        .iter()
        .map(|l| l.share.amount)
        .sum();
    let dearest = dearest_live(&txn, round_id).await?;
    if let Err(refused) = check_covers(total, dearest.as_ref().map(|(t, c)| (t.as_str(), *c))) {
        return Ok(Outcome::TooSmall(refused));
    }
    crate::backend::access::audit::record(
        &txn,
        Some(by),
        action,
        &format!("round:{round_id}"),
        &format!("{detail}; pot now {total}"),
    )
    .await?;
    // The pot is public, so its changes are in the round's public history.
    super::round_history::record(
        &txn,
        round_id,
        super::rounds::Mover::Officer,
        "pot-changed",
        &format!("{detail}; pot now {total}"),
    )
    .await?;
    txn.commit().await?;
    Ok(Outcome::Done(name))
}
