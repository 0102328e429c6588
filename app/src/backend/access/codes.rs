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

/// Makes `count` new codes for a neighbourhood. The plain codes are returned once, for
/// printing; only their keyed hashes are stored.
pub async fn generate(
    db: &impl ConnectionTrait,
    key: &CodeKey,
    neighbourhood_id: i32,
    count: usize,
    created_by: i32,
) -> Result<(String, Vec<VotingCode>), DbErr> {
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
            ..Default::default()
        }))
        .exec(db)
        .await?;
    }
    Ok((batch, codes))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchSummary {
    pub batch: String,
    pub created_at: chrono::DateTime<Utc>,
    pub issued: usize,
    pub redeemed: usize,
    pub voided: usize,
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
                });
                let last = out.len() - 1;
                &mut out[last]
            }
        };
        summary.issued += 1;
        summary.redeemed += usize::from(code.redeemed_at.is_some());
        summary.voided += usize::from(code.voided_at.is_some());
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

pub enum Voided {
    Done,
    NotFound,
    AlreadyUsed,
    AlreadyVoided,
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

/// Records that an officer saw proof of address in person.
pub async fn verify_in_person(
    db: &impl ConnectionTrait,
    user_id: i32,
    neighbourhood_id: i32,
    postcode: &str,
    officer_id: i32,
) -> Result<Result<(), Refusal>, DbErr> {
    let inserted = resident::ActiveModel {
        user_id: Set(user_id),
        neighbourhood_id: Set(neighbourhood_id),
        postcode: Set(postcode.to_owned()),
        method: Set("in_person".into()),
        voting_code_id: Set(None),
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
