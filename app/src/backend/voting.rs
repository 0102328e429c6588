//! Casting and changing ballots. The database holds the rule "one ballot per voter per
//! round" (a unique index on round and voter): a ballot is inserted only if the voter
//! has none, otherwise the existing one is replaced, so two phones racing leave one.

use super::access::secrets::random_bytes;
use super::entities::ballot;
use crate::domain::receipt;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

/// How the voter proved who they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Proof {
    /// A signed-in verified resident: may change their ballot freely.
    Account,
    /// The code on the letter alone: a second ballot needs the first one's receipt.
    Code { receipt: Option<String> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cast {
    New { receipt: String },
    Changed { receipt: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// This code has voted already and no receipt was given.
    NeedsReceipt,
    /// The receipt given is not this code's ballot's.
    WrongReceipt,
}

pub struct NewBallot<'a> {
    pub round_id: i32,
    pub voter_key: &'a str,
    pub choices_json: String,
    pub channel: &'a str,
    pub entered_by: Option<i32>,
}

pub async fn cast(
    db: &impl ConnectionTrait,
    b: NewBallot<'_>,
    proof: Proof,
) -> Result<Result<Cast, Refused>, DbErr> {
    let now = chrono::Utc::now();
    // A receipt that happens to be taken already is drawn again.
    for _ in 0..4 {
        let receipt = receipt::from_random(random_bytes::<5>());
        let row = ballot::ActiveModel {
            round_id: Set(b.round_id),
            voter_key: Set(b.voter_key.to_owned()),
            receipt: Set(receipt.clone()),
            choices: Set(b.choices_json.clone()),
            channel: Set(b.channel.to_owned()),
            entered_by: Set(b.entered_by),
            cast_at: Set(now),
            ..Default::default()
        };
        let inserted = ballot::Entity::insert(row)
            .on_conflict(
                OnConflict::columns([ballot::Column::RoundId, ballot::Column::VoterKey])
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(db)
            .await;
        match inserted {
            Ok(1) => return Ok(Ok(Cast::New { receipt })),
            Ok(_) => return replace(db, &b, proof, now).await,
            Err(e)
                if matches!(
                    e.sql_err(),
                    Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
                ) =>
            {
                continue
            }
            Err(e) => return Err(e),
        }
    }
    Err(DbErr::Custom("could not draw an unused receipt".into()))
}

async fn replace(
    db: &impl ConnectionTrait,
    b: &NewBallot<'_>,
    proof: Proof,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Result<Cast, Refused>, DbErr> {
    let mut update = ballot::Entity::update_many()
        .col_expr(ballot::Column::Choices, Expr::value(b.choices_json.clone()))
        .col_expr(ballot::Column::CastAt, Expr::value(now))
        .col_expr(ballot::Column::Channel, Expr::value(b.channel))
        .filter(ballot::Column::RoundId.eq(b.round_id))
        .filter(ballot::Column::VoterKey.eq(b.voter_key));
    match &proof {
        Proof::Account => {}
        Proof::Code { receipt: None } => return Ok(Err(Refused::NeedsReceipt)),
        Proof::Code {
            receipt: Some(given),
        } => update = update.filter(ballot::Column::Receipt.eq(given.clone())),
    }
    if update.exec(db).await?.rows_affected == 0 {
        return Ok(Err(Refused::WrongReceipt));
    }
    let receipt: Option<String> = ballot::Entity::find()
        .select_only()
        .column(ballot::Column::Receipt)
        .filter(ballot::Column::RoundId.eq(b.round_id))
        .filter(ballot::Column::VoterKey.eq(b.voter_key))
        .into_tuple()
        .one(db)
        .await?;
    let receipt = receipt.ok_or_else(|| DbErr::RecordNotFound("the ballot just changed".into()))?;
    Ok(Ok(Cast::Changed { receipt }))
}

/// Whether a ballot with this receipt is in the round.
pub async fn has_receipt(
    db: &impl ConnectionTrait,
    round_id: i32,
    receipt: &str,
) -> Result<bool, DbErr> {
    Ok(ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(round_id))
        .filter(ballot::Column::Receipt.eq(receipt))
        .count(db)
        .await?
        > 0)
}

/// Whether this voter has a ballot in the round.
pub async fn has_voted(
    db: &impl ConnectionTrait,
    round_id: i32,
    voter_key: &str,
) -> Result<bool, DbErr> {
    Ok(ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(round_id))
        .filter(ballot::Column::VoterKey.eq(voter_key))
        .count(db)
        .await?
        > 0)
}

/// Every counted ballot's receipt and choices, by receipt: the public ledger.
pub async fn ledger(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<(String, String)>, DbErr> {
    ballot::Entity::find()
        .select_only()
        .column(ballot::Column::Receipt)
        .column(ballot::Column::Choices)
        .filter(ballot::Column::RoundId.eq(round_id))
        .order_by_asc(ballot::Column::Receipt)
        .into_tuple()
        .all(db)
        .await
}

/// How many ballots are in, by the day each was last cast or changed: turnout for
/// officers while voting is open, never the choices.
pub async fn ballots_by_day(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<(chrono::NaiveDate, u64)>, DbErr> {
    let times: Vec<chrono::DateTime<chrono::Utc>> = ballot::Entity::find()
        .select_only()
        .column(ballot::Column::CastAt)
        .filter(ballot::Column::RoundId.eq(round_id))
        .into_tuple()
        .all(db)
        .await?;
    let mut days = std::collections::BTreeMap::new();
    for t in times {
        *days.entry(t.date_naive()).or_insert(0u64) += 1;
    }
    Ok(days.into_iter().collect())
}

/// Verified residents of a neighbourhood (with an account).
pub async fn verified_residents(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
) -> Result<u64, DbErr> {
    use super::entities::resident;
    resident::Entity::find()
        .filter(resident::Column::NeighbourhoodId.eq(neighbourhood_id))
        .count(db)
        .await
}
