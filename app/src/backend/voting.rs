//! Casting and changing ballots. The database holds the rule "one ballot per voter per
//! round" (a unique index on round and voter): a ballot is inserted only if the voter
//! has none, otherwise the existing one is replaced, so two phones racing leave one.

use super::access::secrets::random_bytes;
use super::entities::ballot;
use crate::domain::receipt;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};

/// How the voter proved who they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Proof {
    /// A signed-in verified resident: may change their ballot freely.
    Account,
    /// The code on the letter alone: a second ballot needs the first one's receipt.
    Code { receipt: Option<String> },
    /// A paper ballot typed in by an officer: it never replaces a ballot.
    Paper,
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
    /// This voter's ballot was cast on paper at an event: it stands as entered.
    OnPaper,
    /// A paper ballot for a voter who has voted already (`online` or `paper`).
    AlreadyVoted { on_paper: bool },
    /// Two officers voided this voter's ballot and did not let them vote again.
    Voided,
}

pub struct NewBallot<'a> {
    pub round_id: i32,
    pub voter_key: &'a str,
    pub choices_json: String,
    pub channel: &'a str,
    pub entered_by: Option<i32>,
    pub paper_batch_id: Option<i32>,
}

pub async fn cast(
    db: &(impl ConnectionTrait + TransactionTrait),
    b: NewBallot<'_>,
    proof: Proof,
) -> Result<Result<Cast, Refused>, DbErr> {
    cast_drawing(db, b, proof, || receipt::from_random(random_bytes::<5>())).await
}

/// When a ballot was cast, as stored: its day only. Turnout by day needs no more, and a
/// time to the second would let someone holding the database match a ballot to the
/// moment a person was seen signed in.
pub fn the_day(at: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
    at.date_naive()
        .and_hms_opt(0, 0, 0)
        .map_or(at, |midnight| midnight.and_utc())
}

/// A new ballot's row id, at random: ids counting up would keep the order ballots
/// arrived in, which someone holding the database could line up with the times people
/// were seen signed in. 62 bits, so a city's ballots almost never draw the same one,
/// and one that does is refused by the key and drawn again like a taken receipt.
pub fn new_ballot_id() -> i64 {
    let drawn = i64::from_le_bytes(super::access::secrets::random_bytes::<8>());
    1 + (drawn & 0x3fff_ffff_ffff_ffff)
}

/// The place the next ballot typed into a paper batch takes.
async fn next_paper_position(db: &impl ConnectionTrait, batch: i32) -> Result<i32, DbErr> {
    let last: Option<Option<i32>> = ballot::Entity::find()
        .select_only()
        .column_as(ballot::Column::PaperPosition.max(), "last")
        .filter(ballot::Column::PaperBatchId.eq(batch))
        .into_tuple()
        .one(db)
        .await?;
    Ok(last.flatten().unwrap_or(0) + 1)
}

/// [`cast`], with the receipts drawn by `draw` (tests make it repeat itself).
pub async fn cast_drawing(
    db: &(impl ConnectionTrait + TransactionTrait),
    b: NewBallot<'_>,
    proof: Proof,
    mut draw: impl FnMut() -> String,
) -> Result<Result<Cast, Refused>, DbErr> {
    let now = the_day(chrono::Utc::now());
    let paper_position = match b.paper_batch_id {
        Some(batch) => Some(next_paper_position(db, batch).await?),
        None => None,
    };
    // A receipt that happens to be taken already is drawn again. Each try has its own
    // savepoint: on PostgreSQL a failed statement spoils the transaction around it, and
    // the ballot usually shares one with others (see `group_commit`).
    for _ in 0..4 {
        let receipt = draw();
        let row = ballot::ActiveModel {
            id: Set(new_ballot_id()),
            round_id: Set(b.round_id),
            voter_key: Set(b.voter_key.to_owned()),
            receipt: Set(receipt.clone()),
            choices: Set(b.choices_json.clone()),
            channel: Set(b.channel.to_owned()),
            entered_by: Set(b.entered_by),
            cast_at: Set(now),
            paper_batch_id: Set(b.paper_batch_id),
            paper_position: Set(paper_position),
            voided_at: Set(None),
            void_reason: Set(None),
        };
        let attempt = db.begin().await?;
        let inserted = ballot::Entity::insert(row)
            .on_conflict(
                OnConflict::columns([ballot::Column::RoundId, ballot::Column::VoterKey])
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(&attempt)
            .await;
        match inserted {
            Ok(n) => {
                attempt.commit().await?;
                if n == 1 {
                    return Ok(Ok(Cast::New { receipt }));
                }
                return replace(db, &b, proof, now).await;
            }
            Err(e)
                if matches!(
                    e.sql_err(),
                    Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
                ) =>
            {
                attempt.rollback().await?;
                continue;
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
    let existing: Option<(String, String, Option<chrono::DateTime<chrono::Utc>>)> =
        ballot::Entity::find()
            .select_only()
            .column(ballot::Column::Receipt)
            .column(ballot::Column::Channel)
            .column(ballot::Column::VoidedAt)
            .filter(ballot::Column::RoundId.eq(b.round_id))
            .filter(ballot::Column::VoterKey.eq(b.voter_key))
            .into_tuple()
            .one(db)
            .await?;
    let (receipt, channel, voided_at) =
        existing.ok_or_else(|| DbErr::RecordNotFound("the ballot to change".into()))?;
    if voided_at.is_some() {
        return Ok(Err(Refused::Voided));
    }
    let on_paper = channel == PAPER;
    match &proof {
        Proof::Paper => return Ok(Err(Refused::AlreadyVoted { on_paper })),
        _ if on_paper => return Ok(Err(Refused::OnPaper)),
        Proof::Account => {}
        Proof::Code { receipt: None } => return Ok(Err(Refused::NeedsReceipt)),
        Proof::Code {
            receipt: Some(given),
        } if *given != receipt => return Ok(Err(Refused::WrongReceipt)),
        Proof::Code { .. } => {}
    }
    // The receipt and channel in the filter make a change that raced another one a miss.
    let changed = ballot::Entity::update_many()
        .col_expr(ballot::Column::Choices, Expr::value(b.choices_json.clone()))
        .col_expr(ballot::Column::CastAt, Expr::value(now))
        .col_expr(ballot::Column::Channel, Expr::value(b.channel))
        .filter(ballot::Column::RoundId.eq(b.round_id))
        .filter(ballot::Column::VoterKey.eq(b.voter_key))
        .filter(ballot::Column::Receipt.eq(receipt.clone()))
        .filter(ballot::Column::Channel.ne(PAPER))
        .filter(ballot::Column::VoidedAt.is_null())
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Ok(Err(Refused::WrongReceipt));
    }
    Ok(Ok(Cast::Changed { receipt }))
}

/// The channel of ballots typed in from paper.
pub const PAPER: &str = "paper";

/// Whether a ballot with this receipt is in the round (none if not) and, if two
/// officers voided it, why.
pub async fn receipt_state(
    db: &impl ConnectionTrait,
    round_id: i32,
    receipt: &str,
) -> Result<Option<Option<String>>, DbErr> {
    let found: Option<Option<String>> = ballot::Entity::find()
        .select_only()
        .column(ballot::Column::VoidReason)
        .filter(ballot::Column::RoundId.eq(round_id))
        .filter(ballot::Column::Receipt.eq(receipt))
        .into_tuple()
        .one(db)
        .await?;
    Ok(found)
}

/// Whether this voter has a ballot in the round.
/// The voter's own ballot in the round as it stands, if they have cast one.
pub async fn own_ballot(
    db: &impl ConnectionTrait,
    round_id: i32,
    voter_key: &str,
) -> Result<Option<super::ballots::StoredChoices>, DbErr> {
    let found = ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(round_id))
        .filter(ballot::Column::VoterKey.eq(voter_key))
        .one(db)
        .await?;
    found
        .map(|b| super::ballots::StoredChoices::parse(&b.choices))
        .transpose()
}

/// A ballot as the ledger lists it: receipt, choices (JSON) and, when two officers
/// voided it, why.
pub type LedgerRow = (String, String, Option<String>);

/// The ledger's columns of one round's ballots.
fn ledger_lines(round_id: i32) -> sea_orm::Select<ballot::Entity> {
    ballot::Entity::find()
        .select_only()
        .column(ballot::Column::Receipt)
        .column(ballot::Column::Choices)
        .column(ballot::Column::VoidReason)
        .filter(ballot::Column::RoundId.eq(round_id))
}

/// One page of a round's ledger: `limit` ballots by receipt from the receipt `from` on. A
/// range read of the `(round_id, receipt)` index, whatever the number of ballots:
/// `ledger_pages` says where each page starts.
pub async fn ledger_page(
    db: &impl ConnectionTrait,
    round_id: i32,
    from: &str,
    limit: u64,
) -> Result<Vec<LedgerRow>, DbErr> {
    ledger_lines(round_id)
        .filter(ballot::Column::Receipt.gte(from))
        .order_by_asc(ballot::Column::Receipt)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await
}

/// The ledger's line for one receipt, if the round has that ballot.
pub async fn ledger_line(
    db: &impl ConnectionTrait,
    round_id: i32,
    receipt: &str,
) -> Result<Option<LedgerRow>, DbErr> {
    ledger_lines(round_id)
        .filter(ballot::Column::Receipt.eq(receipt))
        .into_tuple()
        .one(db)
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
        .filter(ballot::Column::VoidedAt.is_null())
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

/// Someone a letter goes to.
#[derive(Debug, Clone, PartialEq, Eq, sea_orm::FromQueryResult)]
pub struct Recipient {
    pub email: String,
    pub display_name: String,
    /// The language our letters to them are written in.
    pub language: String,
}

/// Verified residents of the neighbourhood with no ballot in the round yet: whom a
/// reminder goes to.
pub async fn residents_not_voted(
    db: &impl ConnectionTrait,
    key: &crate::backend::access::secrets::CodeKey,
    neighbourhood_id: i32,
    round_id: i32,
) -> Result<Vec<Recipient>, DbErr> {
    use super::entities::{resident, user};
    let voted: std::collections::HashSet<String> = ballot::Entity::find()
        .select_only()
        .column(ballot::Column::VoterKey)
        .filter(ballot::Column::RoundId.eq(round_id))
        .into_tuple::<String>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let waiting: Vec<i32> = resident::Entity::find()
        .filter(resident::Column::NeighbourhoodId.eq(neighbourhood_id))
        .all(db)
        .await?
        .into_iter()
        .filter(|r| !voted.contains(&crate::backend::access::voter_keys::of_resident(key, r)))
        .map(|r| r.user_id)
        .collect();
    let mut people = Vec::with_capacity(waiting.len());
    for ids in waiting.chunks(500) {
        people.extend(
            user::Entity::find()
                .select_only()
                .column(user::Column::Email)
                .column(user::Column::DisplayName)
                .column(user::Column::Language)
                .filter(user::Column::Id.is_in(ids.iter().copied()))
                // Nobody is written to at an address its owner has not proven.
                .filter(user::Column::EmailConfirmedAt.is_not_null())
                .order_by_asc(user::Column::Id)
                .into_model::<Recipient>()
                .all(db)
                .await?,
        );
    }
    Ok(people)
}

/// The round's one reminder, if sent: when, by whom, to how many.
pub async fn reminder(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Option<super::entities::round_reminder::Model>, DbErr> {
    use super::entities::round_reminder;
    round_reminder::Entity::find()
        .filter(round_reminder::Column::RoundId.eq(round_id))
        .one(db)
        .await
}

/// Records the round's reminder with its record (one letter per recipient, the audit
/// entry), all or nothing. Stale if the round has had its reminder already.
pub async fn send_reminder(
    db: &(impl ConnectionTrait + sea_orm::TransactionTrait),
    round_id: i32,
    officer: i32,
    record: super::record::Record,
) -> Result<super::record::Stored, DbErr> {
    use super::entities::round_reminder;
    use super::record::Stored;
    use sea_orm::ActiveModelTrait;
    let txn = db.begin().await?;
    let recorded = round_reminder::ActiveModel {
        round_id: Set(round_id),
        sent_by: Set(officer),
        sent_at: Set(chrono::Utc::now()),
        recipients: Set(i32::try_from(record.letters.len()).unwrap_or(i32::MAX)),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    match recorded {
        Ok(_) => {}
        Err(e)
            if matches!(
                e.sql_err(),
                Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
            ) =>
        {
            return Ok(Stored::Stale)
        }
        Err(e) => return Err(e),
    }
    let notice = record.write(&txn).await?;
    txn.commit().await?;
    Ok(Stored::Done { value: (), notice })
}

/// One of a resident's own ballots: the round it was cast in and its receipt.
#[derive(Debug, Clone)]
pub struct OwnBallot {
    pub round: super::entities::round::Model,
    pub receipt: String,
    pub voided: bool,
}

/// Every ballot cast under `voter_key` in the neighbourhood's rounds, newest round first:
/// one look-up of the (round, voter) index per round, however many ballots a round holds.
pub async fn own_ballots(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
    voter_key: &str,
) -> Result<Vec<OwnBallot>, DbErr> {
    use super::entities::round;
    let rounds = round::Entity::find()
        .filter(round::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_desc(round::Column::CreatedAt)
        .all(db)
        .await?;
    let found = ballot::Entity::find()
        .filter(ballot::Column::RoundId.is_in(rounds.iter().map(|r| r.id)))
        .filter(ballot::Column::VoterKey.eq(voter_key))
        .all(db)
        .await?;
    Ok(rounds
        .into_iter()
        .filter_map(|r| {
            let b = found.iter().find(|b| b.round_id == r.id)?;
            Some(OwnBallot {
                receipt: b.receipt.clone(),
                voided: b.voided_at.is_some(),
                round: r,
            })
        })
        .collect())
}
