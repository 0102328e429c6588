//! Voting codes: batches for an officer to print, redemption by a resident, voiding.

use super::secrets::{random_bytes, random_token, CodeKey};
use crate::backend::entities::{resident, voting_code};
use crate::domain::account::voting_code::VotingCode;
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, SqlErr, TransactionTrait,
};

pub const MAX_BATCH: usize = 5_000;

/// Whether a round of the neighbourhood is voting now: then one officer alone cannot
/// make or cancel codes.
pub async fn voting_here(db: &impl ConnectionTrait, neighbourhood_id: i32) -> Result<bool, DbErr> {
    use crate::backend::entities::round;
    use sea_orm::PaginatorTrait;
    Ok(round::Entity::find()
        .filter(round::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(round::Column::Phase.eq(crate::domain::phase::Phase::VotingOpen.as_str()))
        .count(db)
        .await?
        > 0)
}

/// Writes a step with codes in the public history of each round of the neighbourhood
/// that is voting: codes made or cancelled then change who can vote in it.
async fn in_voting_rounds(
    txn: &impl ConnectionTrait,
    neighbourhood_id: i32,
    kind: &str,
    detail: &str,
) -> Result<(), DbErr> {
    use crate::backend::entities::round;
    let voting = round::Entity::find()
        .filter(round::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(round::Column::Phase.eq(crate::domain::phase::Phase::VotingOpen.as_str()))
        .all(txn)
        .await?;
    for r in voting {
        crate::backend::round_history::record(
            txn,
            r.id,
            crate::backend::rounds::Mover::Officer,
            kind,
            detail,
        )
        .await?;
    }
    Ok(())
}

/// Makes `count` new codes for a neighbourhood. The plain codes are returned once, for
/// printing; only their keyed hashes are stored. Made while a round here is voting,
/// they wait for a second officer's approval (`approve_batch`) before they work.
/// The batch, its plain codes, and whether it waits for a second officer; made in one
/// transaction with its audit entry, so a batch is never half made or unrecorded.
pub async fn generate(
    db: &impl TransactionTrait,
    key: &CodeKey,
    neighbourhood_id: i32,
    count: usize,
    created_by: i32,
) -> Result<(String, Vec<VotingCode>, bool), DbErr> {
    let txn = db.begin().await?;
    // Read in the transaction that writes the codes, so voting opening meanwhile cannot
    // slip a batch through unapproved (see `lock_rounds`).
    lock_rounds(&txn, neighbourhood_id).await?;
    let pending = voting_here(&txn, neighbourhood_id).await?.then(Utc::now);
    let batch = format!("{}-{}", Utc::now().format("%Y%m%d"), &random_token()[..6]);
    let codes: Vec<VotingCode> = (0..count)
        .map(|_| VotingCode::from_random(random_bytes::<8>()))
        .collect();
    let now = Utc::now();
    for chunk in codes.chunks(500) {
        voting_code::Entity::insert_many(chunk.iter().map(|code| voting_code::ActiveModel {
            neighbourhood_id: Set(neighbourhood_id),
            code_hash: Set(key.hash(code.canonical())),
            batch: Set(batch.clone()),
            created_by: Set(Some(created_by)),
            created_at: Set(now),
            pending_since: Set(pending),
            ..Default::default()
        }))
        .exec(&txn)
        .await?;
    }
    super::audit::record(
        &txn,
        Some(created_by),
        "codes.generated",
        &format!("neighbourhood:{neighbourhood_id}"),
        &format!(
            "batch {batch}: {count} codes{}",
            if pending.is_some() {
                ", waiting for a second officer"
            } else {
                ""
            }
        ),
    )
    .await?;
    if pending.is_some() {
        in_voting_rounds(&txn, neighbourhood_id, "codes-made", &count.to_string()).await?;
    }
    txn.commit().await?;
    Ok((batch, codes, pending.is_some()))
}

/// Takes the neighbourhood's round rows for update on PostgreSQL, so no round changes
/// phase while codes are being made; SQLite's single writer does the same by itself
/// once the first insert takes the write lock.
async fn lock_rounds(txn: &impl ConnectionTrait, neighbourhood_id: i32) -> Result<(), DbErr> {
    use crate::backend::entities::round;
    use sea_orm::QuerySelect;
    crate::backend::db::write_first(txn).await?;
    if txn.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        round::Entity::find()
            .filter(round::Column::NeighbourhoodId.eq(neighbourhood_id))
            .lock_exclusive()
            .all(txn)
            .await?;
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchSummary {
    pub batch: String,
    pub created_at: chrono::DateTime<Utc>,
    pub issued: usize,
    pub redeemed: usize,
    pub voided: usize,
    /// Who made it, and who approved it when a second officer had to.
    pub made_by: Option<i32>,
    pub approved_by: Option<i32>,
    /// Made while voting and not approved yet.
    pub pending: bool,
    /// Codes asked to be cancelled, waiting for a second officer: (code id, asked by).
    pub void_requests: Vec<(i32, i32)>,
}

pub async fn batches(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
) -> Result<Vec<BatchSummary>, DbErr> {
    let codes = voting_code::Entity::find()
        .filter(voting_code::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_desc(voting_code::Column::CreatedAt)
        .order_by_asc(voting_code::Column::Batch)
        .all(db)
        .await?;
    let mut out: Vec<BatchSummary> = Vec::new();
    for code in codes {
        let summary = match out.iter_mut().find(|b| b.batch == code.batch) {
            Some(summary) => summary,
            None => {
                out.push(BatchSummary {
                    batch: code.batch.clone(),
                    created_at: code.created_at,
                    issued: 0,
                    redeemed: 0,
                    voided: 0,
                    made_by: code.created_by,
                    approved_by: code.approved_by,
                    pending: code.pending_since.is_some(),
                    void_requests: Vec::new(),
                });
                let last = out.len() - 1;
                &mut out[last]
            }
        };
        summary.issued += 1;
        summary.redeemed += usize::from(code.redeemed_at.is_some());
        summary.voided += usize::from(code.voided_at.is_some());
        if let (Some(by), None) = (code.void_requested_by, code.voided_at) {
            summary.void_requests.push((code.id, by));
        }
    }
    Ok(out)
}

/// Why a code could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Unknown,
    OtherNeighbourhood,
    AlreadyUsed,
    Voided,
    AlreadyVerified,
    /// The code has cast a ballot in a round whose voting is still open: whoever holds
    /// the letter now must not take over that ballot through an account.
    VotedInOpenRound,
    /// Made while voting and not yet approved by a second officer.
    AwaitingApproval,
}

impl Refusal {
    /// The language-file key of what the person is told.
    pub const fn key(self) -> &'static str {
        match self {
            Refusal::Unknown => "code.refusal.unknown",
            Refusal::OtherNeighbourhood => "code.refusal.other_neighbourhood",
            Refusal::AlreadyUsed => "code.refusal.already_used",
            Refusal::Voided => "code.refusal.voided",
            Refusal::AlreadyVerified => "code.refusal.already_verified",
            Refusal::VotedInOpenRound => "code.refusal.voted_in_open_round",
            Refusal::AwaitingApproval => "code.refusal.awaiting_approval",
        }
    }
}

/// Marks the code used by this person and records them as a resident, in one
/// transaction. Two people racing with one code: the conditional update lets one win.
pub async fn redeem(
    db: &(impl ConnectionTrait + TransactionTrait),
    key: &CodeKey,
    code: &VotingCode,
    neighbourhood_id: i32,
    user_id: i32,
    postcode: &str,
) -> Result<Result<(), Refusal>, DbErr> {
    let hash = key.hash(code.canonical());
    let txn = db.begin().await?;
    let claimed = voting_code::Entity::update_many()
        .col_expr(voting_code::Column::RedeemedAt, Expr::value(Utc::now()))
        .col_expr(voting_code::Column::RedeemedBy, Expr::value(user_id))
        .filter(voting_code::Column::CodeHash.eq(&hash))
        .filter(voting_code::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(voting_code::Column::RedeemedAt.is_null())
        .filter(voting_code::Column::VoidedAt.is_null())
        .filter(voting_code::Column::PendingSince.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        txn.rollback().await?;
        let found = voting_code::Entity::find()
            .filter(voting_code::Column::CodeHash.eq(&hash))
            .one(db)
            .await?;
        return Ok(Err(match found {
            None => Refusal::Unknown,
            Some(c) if c.neighbourhood_id != neighbourhood_id => Refusal::OtherNeighbourhood,
            Some(c) if c.voided_at.is_some() => Refusal::Voided,
            Some(c) if c.pending_since.is_some() => Refusal::AwaitingApproval,
            Some(_) => Refusal::AlreadyUsed,
        }));
    }
    let code_id = voting_code::Entity::find()
        .filter(voting_code::Column::CodeHash.eq(&hash))
        .one(&txn)
        .await?
        .map(|c| c.id);
    if let Some(id) = code_id {
        if voted_in_open_round(&txn, key, id, neighbourhood_id).await? {
            txn.rollback().await?;
            return Ok(Err(Refusal::VotedInOpenRound));
        }
    }
    let inserted = resident::ActiveModel {
        user_id: Set(user_id),
        neighbourhood_id: Set(neighbourhood_id),
        postcode: Set(postcode.to_owned()),
        method: Set("voting_code".into()),
        voting_code_id: Set(code_id),
        verified_by: Set(None),
        verified_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    match inserted {
        Ok(_) => {
            txn.commit().await?;
            Ok(Ok(()))
        }
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            txn.rollback().await?;
            Ok(Err(Refusal::AlreadyVerified))
        }
        Err(err) => Err(err),
    }
}

/// Whether the code has a ballot in a round of the neighbourhood that is still voting.
async fn voted_in_open_round(
    db: &impl ConnectionTrait,
    key: &CodeKey,
    code_id: i32,
    neighbourhood_id: i32,
) -> Result<bool, DbErr> {
    use crate::backend::entities::{ballot, round};
    use sea_orm::PaginatorTrait;
    let open: Vec<i32> = round::Entity::find()
        .filter(round::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(round::Column::Phase.eq(crate::domain::phase::Phase::VotingOpen.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.id)
        .collect();
    if open.is_empty() {
        return Ok(false);
    }
    Ok(ballot::Entity::find()
        .filter(ballot::Column::RoundId.is_in(open))
        .filter(ballot::Column::VoterKey.eq(super::voter_keys::of_code(key, code_id)))
        .count(db)
        .await?
        > 0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voided {
    Done,
    /// Asked while voting: cancelled once a second officer confirms.
    Requested,
    NotFound,
    AlreadyUsed,
    AlreadyVoided,
    AlreadyRequested,
}

pub async fn void(
    db: &impl ConnectionTrait,
    key: &CodeKey,
    code: &VotingCode,
    neighbourhood_id: i32,
    by: i32,
) -> Result<Voided, DbErr> {
    let hash = key.hash(code.canonical());
    let Some(found) = voting_code::Entity::find()
        .filter(voting_code::Column::CodeHash.eq(&hash))
        .filter(voting_code::Column::NeighbourhoodId.eq(neighbourhood_id))
        .one(db)
        .await?
    else {
        return Ok(Voided::NotFound);
    };
    if found.redeemed_at.is_some() {
        return Ok(Voided::AlreadyUsed);
    }
    if found.voided_at.is_some() {
        return Ok(Voided::AlreadyVoided);
    }
    if voting_here(db, neighbourhood_id).await? {
        if found.void_requested_by.is_some() {
            return Ok(Voided::AlreadyRequested);
        }
        voting_code::ActiveModel {
            id: Set(found.id),
            void_requested_by: Set(Some(by)),
            void_requested_at: Set(Some(Utc::now())),
            ..Default::default()
        }
        .update(db)
        .await?;
        return Ok(Voided::Requested);
    }
    voting_code::ActiveModel {
        id: Set(found.id),
        voided_at: Set(Some(Utc::now())),
        voided_by: Set(Some(by)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(Voided::Done)
}

/// [`void`] with the step's record, made from what happened (none for a refusal), in one
/// transaction; what happened and the id of the officer's notice.
#[tracing::instrument(skip_all, fields(neighbourhood = neighbourhood_id, actor = by))]
pub async fn void_recorded(
    db: &impl TransactionTrait,
    key: &CodeKey,
    code: &VotingCode,
    neighbourhood_id: i32,
    by: i32,
    record: impl FnOnce(Voided) -> Option<crate::backend::record::Record>,
) -> Result<(Voided, Option<String>), DbErr> {
    let txn = db.begin().await?;
    // Reads before it writes: take SQLite's write lock first (see `db::write_first`).
    crate::backend::db::write_first(&txn).await?;
    let done = void(&txn, key, code, neighbourhood_id, by).await?;
    let notice = match record(done) {
        Some(r) => r.write(&txn).await?,
        None => None,
    };
    txn.commit().await?;
    Ok((done, notice))
}

/// What a second officer's approval did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Second {
    /// Done, for this many codes, first asked by this officer.
    Done { codes: u64, asked_by: i32 },
    /// Nothing of this neighbourhood waits under that name.
    NotWaiting,
    /// The officer who asked cannot be the second.
    SameOfficer,
}

/// A second officer approves a batch made while voting; its codes work from now on.
pub async fn approve_batch(
    db: &impl TransactionTrait,
    neighbourhood_id: i32,
    batch: &str,
    by: i32,
) -> Result<Second, DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    let Some(first) = voting_code::Entity::find()
        .filter(voting_code::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(voting_code::Column::Batch.eq(batch))
        .filter(voting_code::Column::PendingSince.is_not_null())
        .one(&txn)
        .await?
    else {
        return Ok(Second::NotWaiting);
    };
    let asked_by = first.created_by.unwrap_or_default();
    if asked_by == by {
        return Ok(Second::SameOfficer);
    }
    let now = Utc::now();
    let done = voting_code::Entity::update_many()
        .col_expr(
            voting_code::Column::PendingSince,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .col_expr(voting_code::Column::ApprovedBy, Expr::value(by))
        .col_expr(voting_code::Column::ApprovedAt, Expr::value(now))
        .filter(voting_code::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(voting_code::Column::Batch.eq(batch))
        .filter(voting_code::Column::PendingSince.is_not_null())
        .exec(&txn)
        .await?;
    super::audit::record(
        &txn,
        Some(by),
        "codes.approved",
        &format!("neighbourhood:{neighbourhood_id}"),
        &format!(
            "batch {batch}: {} codes made by user:{asked_by}, approved by user:{by}",
            done.rows_affected
        ),
    )
    .await?;
    in_voting_rounds(
        &txn,
        neighbourhood_id,
        "codes-approved",
        &done.rows_affected.to_string(),
    )
    .await?;
    txn.commit().await?;
    Ok(Second::Done {
        codes: done.rows_affected,
        asked_by,
    })
}

/// A second officer confirms cancelling a code asked for while voting.
pub async fn confirm_void(
    db: &impl TransactionTrait,
    neighbourhood_id: i32,
    code_id: i32,
    by: i32,
) -> Result<Second, DbErr> {
    let txn = db.begin().await?;
    crate::backend::db::write_first(&txn).await?;
    let Some(found) = voting_code::Entity::find_by_id(code_id)
        .filter(voting_code::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(voting_code::Column::VoidRequestedBy.is_not_null())
        .filter(voting_code::Column::VoidedAt.is_null())
        .one(&txn)
        .await?
    else {
        return Ok(Second::NotWaiting);
    };
    let asked_by = found.void_requested_by.unwrap_or_default();
    if asked_by == by {
        return Ok(Second::SameOfficer);
    }
    voting_code::ActiveModel {
        id: Set(found.id),
        voided_at: Set(Some(Utc::now())),
        voided_by: Set(Some(by)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    super::audit::record(
        &txn,
        Some(by),
        "code.voided",
        &format!("neighbourhood:{neighbourhood_id}"),
        &format!(
            "a code of batch {}: asked by user:{asked_by}, confirmed by user:{by}",
            found.batch
        ),
    )
    .await?;
    in_voting_rounds(&txn, neighbourhood_id, "code-cancelled", "").await?;
    txn.commit().await?;
    Ok(Second::Done { codes: 1, asked_by })
}

/// [`verify_in_person`] with the step's record, in one transaction; the id of the
/// officer's notice.
#[tracing::instrument(skip_all, fields(neighbourhood = neighbourhood_id, actor = officer_id))]
pub async fn verify_in_person_recorded(
    db: &impl TransactionTrait,
    user_id: i32,
    neighbourhood_id: i32,
    postcode: &str,
    officer_id: i32,
    record: crate::backend::record::Record,
) -> Result<Result<Option<String>, Refusal>, DbErr> {
    let txn = db.begin().await?;
    // Reads before it writes: take SQLite's write lock first (see `db::write_first`).
    crate::backend::db::write_first(&txn).await?;
    if let Err(refusal) =
        verify_in_person(&txn, user_id, neighbourhood_id, postcode, officer_id).await?
    {
        return Ok(Err(refusal));
    }
    let notice = record.write(&txn).await?;
    txn.commit().await?;
    Ok(Ok(notice))
}

/// Records that an officer saw proof of address in person.
pub async fn verify_in_person(
    db: &impl ConnectionTrait,
    user_id: i32,
    neighbourhood_id: i32,
    postcode: &str,
    officer_id: i32,
) -> Result<Result<(), Refusal>, DbErr> {
    // Someone un-verified and now verified again keeps the household code they proved
    // residence with before: they vote under its key, so a ballot cast with it still
    // stands for them and they cannot cast a second one.
    let former_code = crate::backend::entities::former_resident::Entity::find()
        .filter(crate::backend::entities::former_resident::Column::UserId.eq(user_id))
        .filter(
            crate::backend::entities::former_resident::Column::NeighbourhoodId.eq(neighbourhood_id),
        )
        .all(db)
        .await?
        .into_iter()
        .rev()
        .find_map(|f| f.voting_code_id);
    let inserted = resident::ActiveModel {
        user_id: Set(user_id),
        neighbourhood_id: Set(neighbourhood_id),
        postcode: Set(postcode.to_owned()),
        method: Set("in_person".into()),
        voting_code_id: Set(former_code),
        verified_by: Set(Some(officer_id)),
        verified_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => Ok(Ok(())),
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Ok(Err(Refusal::AlreadyVerified))
        }
        Err(err) => Err(err),
    }
}
