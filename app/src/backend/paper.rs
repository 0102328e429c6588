//! Paper ballots collected at community events: an officer opens a batch, types each
//! ballot in with the code from the voter's letter (so that code cannot vote again,
//! on paper or online), and a second officer checks the batch against the paper.

use super::entities::{ballot, paper_batch, user};
use super::record::{Record, Stored};
use super::voting::{self, Cast, NewBallot, Proof, Refused, PAPER};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};

/// A batch as officers see it.
#[derive(Debug, Clone)]
pub struct Batch {
    pub id: i32,
    pub label: String,
    pub entered_by: i32,
    pub entered_by_name: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub ballots: u64,
    pub verified: Option<(String, chrono::DateTime<chrono::Utc>)>,
}

async fn name_of(db: &impl ConnectionTrait, user_id: i32) -> Result<String, DbErr> {
    Ok(user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default())
}

async fn describe(db: &impl ConnectionTrait, b: paper_batch::Model) -> Result<Batch, DbErr> {
    let ballots = count_in(db, b.id).await?;
    let verified = match (b.verified_by, b.verified_at) {
        (Some(by), Some(at)) => Some((name_of(db, by).await?, at)),
        _ => None,
    };
    Ok(Batch {
        id: b.id,
        label: b.label,
        entered_by_name: name_of(db, b.entered_by).await?,
        entered_by: b.entered_by,
        created_at: b.created_at,
        ballots,
        verified,
    })
}

pub async fn batches(db: &impl ConnectionTrait, round_id: i32) -> Result<Vec<Batch>, DbErr> {
    let rows = paper_batch::Entity::find()
        .filter(paper_batch::Column::RoundId.eq(round_id))
        .order_by_asc(paper_batch::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        out.push(describe(db, row).await?);
    }
    Ok(out)
}

pub async fn batch(
    db: &impl ConnectionTrait,
    round_id: i32,
    batch_id: i32,
) -> Result<Option<Batch>, DbErr> {
    match paper_batch::Entity::find_by_id(batch_id)
        .filter(paper_batch::Column::RoundId.eq(round_id))
        .one(db)
        .await?
    {
        Some(row) => Ok(Some(describe(db, row).await?)),
        None => Ok(None),
    }
}

/// A new batch, with its record; its id and the id of the officer's notice.
#[tracing::instrument(skip_all, fields(round = round_id, actor = officer))]
pub async fn open_batch(
    db: &impl TransactionTrait,
    round_id: i32,
    label: &str,
    officer: i32,
    record: Record,
) -> Result<(i32, Option<String>), DbErr> {
    let txn = db.begin().await?;
    let row = paper_batch::ActiveModel {
        round_id: Set(round_id),
        label: Set(label.to_owned()),
        entered_by: Set(officer),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let notice = record.write(&txn).await?;
    txn.commit().await?;
    Ok((row.id, notice))
}

/// The ballots of a batch: receipt and stored choices, in the order typed.
pub async fn ballots_in(
    db: &impl ConnectionTrait,
    batch_id: i32,
) -> Result<Vec<(String, String)>, DbErr> {
    ballot::Entity::find()
        .select_only()
        .column(ballot::Column::Receipt)
        .column(ballot::Column::Choices)
        .filter(ballot::Column::PaperBatchId.eq(batch_id))
        .order_by_asc(ballot::Column::PaperPosition)
        .into_tuple()
        .all(db)
        .await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAdded {
    /// The batch has been verified: it is closed.
    Verified,
    /// The code has a ballot already.
    AlreadyVoted { on_paper: bool },
    /// Voting closed while the ballot was being typed in.
    VotingClosed,
    /// The code's ballot was voided by two officers, who did not let it vote again.
    Voided,
}

/// On PostgreSQL, holds the batch's row until the transaction ends, so typing a ballot
/// in and verifying the batch take turns (SQLite has one writer anyway).
async fn lock_batch(txn: &impl ConnectionTrait, batch_id: i32) -> Result<(), DbErr> {
    if txn.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        txn.execute(sea_orm::Statement::from_sql_and_values(
            sea_orm::DatabaseBackend::Postgres,
            "SELECT id FROM paper_batches WHERE id = $1 FOR UPDATE",
            [batch_id.into()],
        ))
        .await?;
    }
    Ok(())
}

async fn count_in(db: &impl ConnectionTrait, batch_id: i32) -> Result<u64, DbErr> {
    ballot::Entity::find()
        .filter(ballot::Column::PaperBatchId.eq(batch_id))
        .count(db)
        .await
}

/// Types one paper ballot into an unverified batch, for the voter key of a letter code.
pub async fn add(
    db: &(impl ConnectionTrait + TransactionTrait),
    round_id: i32,
    batch_id: i32,
    voter_key: &str,
    choices_json: String,
    officer: i32,
    record: impl FnOnce(&str) -> Record,
) -> Result<Result<(String, Option<String>), NotAdded>, DbErr> {
    let txn = db.begin().await?;
    lock_batch(&txn, batch_id).await?;
    if !super::rounds::still_in_phase(&txn, round_id, crate::domain::phase::Phase::VotingOpen)
        .await?
    {
        return Ok(Err(NotAdded::VotingClosed));
    }
    let open = paper_batch::Entity::find_by_id(batch_id)
        .filter(paper_batch::Column::VerifiedAt.is_null())
        .count(&txn)
        .await?
        > 0;
    if !open {
        return Ok(Err(NotAdded::Verified));
    }
    let cast = voting::cast(
        &txn,
        NewBallot {
            round_id,
            voter_key,
            choices_json,
            channel: PAPER,
            entered_by: Some(officer),
            paper_batch_id: Some(batch_id),
        },
        Proof::Paper,
    )
    .await?;
    match cast {
        Ok(Cast::New { receipt }) => {
            let notice = record(&receipt).write(&txn).await?;
            txn.commit().await?;
            Ok(Ok((receipt, notice)))
        }
        Err(Refused::AlreadyVoted { on_paper }) => Ok(Err(NotAdded::AlreadyVoted { on_paper })),
        Err(Refused::Voided) => Ok(Err(NotAdded::Voided)),
        other => Err(DbErr::Custom(format!(
            "a paper ballot was neither added nor refused: {other:?}"
        ))),
    }
}

/// Takes a mistyped ballot out of a batch not yet verified, which frees its code; with
/// its record. Stale if there was no such ballot there to take out.
pub async fn remove(
    db: &impl TransactionTrait,
    batch_id: i32,
    receipt: &str,
    record: Record,
) -> Result<Stored, DbErr> {
    let txn = db.begin().await?;
    // One statement, so a verification landing at the same moment cannot be undercut.
    let open = Query::select()
        .column(paper_batch::Column::Id)
        .from(paper_batch::Entity)
        .and_where(Expr::col(paper_batch::Column::Id).eq(batch_id))
        .and_where(Expr::col(paper_batch::Column::VerifiedAt).is_null())
        .to_owned();
    let gone = ballot::Entity::delete_many()
        .filter(ballot::Column::Receipt.eq(receipt))
        .filter(ballot::Column::Channel.eq(PAPER))
        .filter(ballot::Column::PaperBatchId.in_subquery(open))
        // A voided ballot stays on the record: one officer cannot take it out.
        .filter(ballot::Column::VoidedAt.is_null())
        .exec(&txn)
        .await?;
    if gone.rows_affected != 1 {
        return Ok(Stored::Stale);
    }
    let notice = record.write(&txn).await?;
    txn.commit().await?;
    Ok(Stored::Done { value: (), notice })
}

/// What became of a second officer's check of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verified {
    Done,
    /// Someone verified it first.
    Already,
    /// The batch does not hold the ballots the officer checked: it now holds this many.
    Changed {
        now: u64,
    },
    /// The officer typed the batch in themselves.
    OwnBatch,
}

/// Marks a batch checked by `officer`, only if it still holds exactly the `seen`
/// ballots they compared with the paper: one typed in meanwhile is not verified unseen.
/// The check, its audit entry and its line in the round's history are one transaction.
pub async fn verify(
    db: &impl TransactionTrait,
    batch_id: i32,
    officer: i32,
    seen: u64,
) -> Result<Verified, DbErr> {
    let txn = db.begin().await?;
    lock_batch(&txn, batch_id).await?;
    let Some(found) = paper_batch::Entity::find_by_id(batch_id).one(&txn).await? else {
        return Err(DbErr::RecordNotFound(format!("paper batch {batch_id}")));
    };
    if found.verified_at.is_some() {
        return Ok(Verified::Already);
    }
    if found.entered_by == officer {
        return Ok(Verified::OwnBatch);
    }
    let now = count_in(&txn, batch_id).await?;
    if now != seen {
        return Ok(Verified::Changed { now });
    }
    let done = paper_batch::Entity::update_many()
        .col_expr(paper_batch::Column::VerifiedBy, Expr::value(officer))
        .col_expr(
            paper_batch::Column::VerifiedAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(paper_batch::Column::Id.eq(batch_id))
        .filter(paper_batch::Column::VerifiedAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Ok(Verified::Already);
    }
    crate::backend::access::audit::record(
        &txn,
        Some(officer),
        "paper.batch-verified",
        &format!("round:{}", found.round_id),
        &format!("batch:{batch_id}"),
    )
    .await?;
    super::round_history::record(
        &txn,
        found.round_id,
        super::rounds::Mover::Officer,
        "paper-verified",
        &now.to_string(),
    )
    .await?;
    txn.commit().await?;
    Ok(Verified::Done)
}

/// Batches of a round that hold ballots but have not been verified: voting cannot
/// close while there are any, so every counted paper ballot has had a second look.
pub async fn unverified(db: &impl ConnectionTrait, round_id: i32) -> Result<usize, DbErr> {
    Ok(batches(db, round_id)
        .await?
        .iter()
        .filter(|b| b.verified.is_none() && b.ballots > 0)
        .count())
}
