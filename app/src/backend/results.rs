//! Counting a round from its stored ballots: what the results page, the councillors'
//! draft and the open data all start from.

use super::ballots::StoredChoices;
use super::entities::{ballot, proposal, round, round_count};
use super::{ballots, count_checks, proposals, rounds};
use crate::domain::count::CountRule;
use crate::domain::money::Pence;
use crate::domain::results::{
    compare_ballots, BallotRule, Candidate, CastBallots, Comparison, COUNT_FORMAT,
};
use crate::error::AppError;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Set,
};
use sha2::{Digest, Sha256};

/// A round's proposals on the ballot (by id) and both counts of its ballots.
pub struct Counted {
    pub on_ballot: Vec<proposal::Model>,
    pub pot: Pence,
    pub comparison: Comparison,
    /// The rule the round chose to decide by.
    pub rule: CountRule,
}

impl Counted {
    /// Funded by the round's own count rule.
    pub fn in_result(&self, proposal_id: i32) -> bool {
        self.comparison
            .rows
            .iter()
            .find(|r| r.proposal_id == proposal_id)
            .is_some_and(|r| match self.rule {
                CountRule::Greedy => r.greedy,
                CountRule::Mes | CountRule::MesComplete => r.equal_shares,
            })
    }

    pub fn votes(&self, proposal_id: i32) -> u64 {
        self.comparison
            .rows
            .iter()
            .find(|r| r.proposal_id == proposal_id)
            .map_or(0, |r| r.votes)
    }
}

/// The round's count: the one stored after voting closed, or made now, stored and
/// returned if this is the first time anyone asks. A page view then reads only the
/// stored count, the pot and the proposals, never the ballots: it costs the same however
/// many there are. The stored count is checked against what it was made from (the
/// number of ballots — counted at most once a second per server — the pot, and the
/// proposals with their costs) and refused, never served, when they differ;
/// `commonpot recount` checks the ballots' contents as well.
/// Call only once voting has closed: the ballots must not change after.
pub async fn count_round(db: &impl ConnectionTrait, r: &round::Model) -> Result<Counted, AppError> {
    let (on_ballot, pot, candidates) = on_the_ballot(db, r).await?;
    let inputs = inputs_fingerprint(r, pot, &candidates);
    let rule = r.count_rule.parse().unwrap_or(CountRule::Greedy);
    // Read before the ballots: a void or reopening confirmed while this count runs
    // counts the version up, and the count stored here is then made again.
    let version = count_version(db, r.id).await?;
    let comparison = match stored(db, r.id, version).await? {
        Some(kept) => checked(db, r, &kept, &inputs).await?,
        None => {
            // One count at a time in this server: a crowd arriving at the close waits
            // for the first count instead of making its own.
            let _one_at_a_time = COUNTING.lock().await;
            match stored(db, r.id, version).await? {
                Some(kept) => checked(db, r, &kept, &inputs).await?,
                None => {
                    let fresh = count_now(db, r, candidates, pot).await?;
                    keep(db, r.id, &fresh, &inputs, version).await?;
                    fresh.comparison
                }
            }
        }
    };
    Ok(Counted {
        on_ballot,
        pot,
        comparison,
        rule,
    })
}

static COUNTING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The round's ballots changed after it could have been counted (two officers voided a
/// ballot, or reopened voting): its stored count and code tally are set aside and its
/// count version goes up, so a count being made from the old ballots at this moment is
/// not kept either. Runs in the caller's transaction.
pub async fn ballots_changed(txn: &impl ConnectionTrait, round_id: i32) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    round::Entity::update_many()
        .col_expr(
            round::Column::CountVersion,
            Expr::col(round::Column::CountVersion).add(1),
        )
        .filter(round::Column::Id.eq(round_id))
        .exec(txn)
        .await?;
    round_count::Entity::delete_many()
        .filter(round_count::Column::RoundId.eq(round_id))
        .exec(txn)
        .await?;
    super::code_tally::forget(txn, round_id).await
}

/// Whether the round's votes may still be shown and its ballots are still those of count
/// version `version`: what a count or a tally made from them must check before it is
/// stored, since a reopening can come while a city's count runs.
pub async fn closed_at_version(
    db: &impl ConnectionTrait,
    round_id: i32,
    version: i32,
) -> Result<bool, DbErr> {
    let now: Option<(String, i32)> = round::Entity::find_by_id(round_id)
        .select_only()
        .column(round::Column::Phase)
        .column(round::Column::CountVersion)
        .into_tuple()
        .one(db)
        .await?;
    Ok(now.is_some_and(|(phase, v)| {
        v == version
            && crate::domain::phase::Phase::parse(&phase).is_ok_and(|p| p.votes_may_be_shown())
    }))
}

pub(crate) async fn count_version(db: &impl ConnectionTrait, round_id: i32) -> Result<i32, DbErr> {
    let version: Option<i32> = round::Entity::find_by_id(round_id)
        .select_only()
        .column(round::Column::CountVersion)
        .into_tuple()
        .one(db)
        .await?;
    Ok(version.unwrap_or_default())
}

/// A count made from the ballots now, with the fingerprint of what it read.
pub struct Fresh {
    pub comparison: Comparison,
    pub ballots: i64,
    pub ledger_sha256: String,
}

/// What `commonpot recount` finds.
pub struct Recounted {
    pub fresh: Fresh,
    pub inputs_sha256: String,
    /// What was stored, if anything was.
    pub stored: Option<round_count::Model>,
    /// The round's count version when the recount read the ballots.
    pub version: i32,
}

impl Recounted {
    /// The stored count is the one the ledger gives today.
    pub fn matches(&self) -> bool {
        self.stored.as_ref().is_some_and(|kept| {
            kept.ballots == self.fresh.ballots
                && kept.ledger_sha256 == self.fresh.ledger_sha256
                && kept.inputs_sha256 == self.inputs_sha256
                && kept.count_version == self.version
                && serde_json::from_str::<Comparison>(&kept.comparison)
                    .ok()
                    .as_ref()
                    == Some(&self.fresh.comparison)
        })
    }
}

/// Counts the round again from its ledger, and sets it beside the stored count, without
/// changing anything.
pub async fn recount(db: &impl ConnectionTrait, r: &round::Model) -> Result<Recounted, AppError> {
    let (_, pot, candidates) = on_the_ballot(db, r).await?;
    let inputs_sha256 = inputs_fingerprint(r, pot, &candidates);
    let version = count_version(db, r.id).await?;
    let fresh = count_now(db, r, candidates, pot).await?;
    Ok(Recounted {
        fresh,
        inputs_sha256,
        stored: any_stored(db, r.id).await?,
        version,
    })
}

/// Puts the recount in place of the stored count, in one transaction with its entry in
/// the audit log: for a round whose stored count was refused, once someone has checked
/// why the ballots changed.
pub async fn replace_stored(
    db: &impl sea_orm::TransactionTrait,
    r: &round::Model,
    recounted: &Recounted,
) -> Result<(), AppError> {
    let txn = db.begin().await?;
    round_count::Entity::delete_many()
        .filter(round_count::Column::RoundId.eq(r.id))
        .exec(&txn)
        .await?;
    keep(
        &txn,
        r.id,
        &recounted.fresh,
        &recounted.inputs_sha256,
        recounted.version,
    )
    .await?;
    crate::backend::access::audit::record(
        &txn,
        None,
        "round.recounted",
        &format!("round:{}", r.id),
        &format!(
            "{} ballots, ledger SHA-256 {}, replacing {}",
            recounted.fresh.ballots,
            recounted.fresh.ledger_sha256,
            recounted
                .stored
                .as_ref()
                .map_or("nothing".to_owned(), |kept| format!(
                    "{} ballots, ledger SHA-256 {}",
                    kept.ballots, kept.ledger_sha256
                ))
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn on_the_ballot(
    db: &impl ConnectionTrait,
    r: &round::Model,
) -> Result<(Vec<proposal::Model>, Pence, Vec<Candidate>), AppError> {
    let pot = rounds::pot_total(db, r.id).await?;
    let mut on_ballot: Vec<proposal::Model> = proposals::list_for_round(db, r.id)
        .await?
        .into_iter()
        .filter(|p| p.status.on_ballot())
        .collect();
    on_ballot.sort_by_key(|p| p.id);
    let candidates: Vec<Candidate> = on_ballot
        .iter()
        .map(|p| Candidate {
            id: p.id,
            cost: Pence::new(p.cost_pence),
        })
        .collect();
    Ok((on_ballot, pot, candidates))
}

/// What a count depends on besides the ballots.
fn inputs_fingerprint(r: &round::Model, pot: Pence, candidates: &[Candidate]) -> String {
    let mut hash = Sha256::new();
    hash.update(format!(
        "pot {}\nballot {} {:?}\n",
        pot.as_i64(),
        r.ballot_rule.as_str(),
        r.ballot_max_choices
    ));
    for c in candidates {
        hash.update(format!("{} {}\n", c.id, c.cost.as_i64()));
    }
    hex::encode(hash.finalize())
}

async fn any_stored(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Option<round_count::Model>, DbErr> {
    round_count::Entity::find()
        .filter(round_count::Column::RoundId.eq(round_id))
        .one(db)
        .await
}

/// The stored count, if it was made at the round's count version; one made from
/// ballots since voided or added to is dropped, to be made again.
async fn stored(
    db: &impl ConnectionTrait,
    round_id: i32,
    version: i32,
) -> Result<Option<round_count::Model>, DbErr> {
    match any_stored(db, round_id).await? {
        // Only an older count is dropped: one newer than the version this caller read
        // was made after a change this caller has not seen.
        Some(kept) if kept.count_version < version || outdated(&kept.comparison) => {
            tracing::info!(
                round = round_id,
                stored = kept.count_version,
                now = version,
                format = format_of(&kept.comparison),
                "the round's ballots changed since it was counted, or its count was stored \
                 by an older version of Commonpot: counting it again"
            );
            round_count::Entity::delete_many()
                .filter(round_count::Column::Id.eq(kept.id))
                .exec(db)
                .await?;
            Ok(None)
        }
        other => Ok(other),
    }
}

/// Whether a stored count was written by an older Commonpot, without all that is now kept.
pub(crate) fn outdated(comparison: &str) -> bool {
    format_of(comparison) < COUNT_FORMAT
}

/// The format a stored count was written in (`Comparison::format`); 0 if it does not read.
fn format_of(comparison: &str) -> u32 {
    #[derive(serde::Deserialize)]
    struct Format {
        #[serde(default)]
        format: u32,
    }
    serde_json::from_str::<Format>(comparison).map_or(0, |f| f.format)
}

/// The stored count, if it was made from the ballots, pot and proposals there are now
/// (the ballots counted at most once a second per server: `count_checks`).
async fn checked(
    db: &impl ConnectionTrait,
    r: &round::Model,
    kept: &round_count::Model,
    inputs: &str,
) -> Result<Comparison, AppError> {
    let now = std::time::Instant::now();
    let ballots = if count_checks::recently_checked(kept, now) {
        kept.ballots
    } else {
        let counted = ballot::Entity::find()
            .filter(ballot::Column::RoundId.eq(r.id))
            .filter(ballot::Column::VoidedAt.is_null())
            .count(db)
            .await?;
        i64::try_from(counted).unwrap_or(i64::MAX)
    };
    if ballots == kept.ballots {
        count_checks::matched(kept, now);
    }
    if ballots != kept.ballots || kept.inputs_sha256 != inputs {
        tracing::error!(
            round = r.id,
            stored_ballots = kept.ballots,
            ballots,
            "the stored count no longer matches the round's ballots, pot or proposals: \
             check with `commonpot recount`"
        );
        return Err(AppError::Conflict(
            crate::i18n::t("results.count_stale").to_owned(),
        ));
    }
    serde_json::from_str(&kept.comparison).map_err(|e| {
        tracing::error!(round = r.id, error = %e, "the stored count does not read");
        AppError::Internal
    })
}

/// Reads every ballot and counts them by both rules, off the async workers: a city's
/// equal shares can take seconds.
async fn count_now(
    db: &impl ConnectionTrait,
    r: &round::Model,
    candidates: Vec<Candidate>,
    pot: Pence,
) -> Result<Fresh, AppError> {
    let rows = ballots::stored_choice_rows_for_round(db, r.id).await?;
    let mut ledger = Sha256::new();
    for row in &rows {
        ledger.update(row.as_bytes());
        ledger.update(b"\n");
    }
    let ledger_sha256 = hex::encode(ledger.finalize());
    let choices = rows
        .iter()
        .map(|json| StoredChoices::parse(json))
        .collect::<Result<Vec<_>, DbErr>>()?;
    let cast = match r.ballot_rule {
        rule if rule.has_points() => {
            CastBallots::Points(choices.iter().map(|c| c.with_points()).collect())
        }
        BallotRule::Ranked => CastBallots::Ranked {
            rankings: choices.iter().map(|c| c.ids()).collect(),
            max_length: r.ballot_max_choices.and_then(|m| usize::try_from(m).ok()),
        },
        _ => CastBallots::Approval(choices.iter().map(|c| c.ids()).collect()),
    };
    let round_id = r.id;
    let comparison = tokio::task::spawn_blocking(move || compare_ballots(&candidates, cast, pot))
        .await
        .map_err(|e| {
            tracing::error!(round = round_id, error = %e, "the count stopped");
            AppError::Internal
        })?
        .map_err(|e| {
            tracing::error!(round = round_id, error = %e, "could not count the round");
            AppError::Internal
        })?;
    Ok(Fresh {
        comparison,
        ballots: i64::try_from(rows.len()).unwrap_or(i64::MAX),
        ledger_sha256,
    })
}

/// Stores the count; a second server that counted at the same moment keeps the first.
async fn keep(
    db: &impl ConnectionTrait,
    round_id: i32,
    fresh: &Fresh,
    inputs: &str,
    version: i32,
) -> Result<(), AppError> {
    let comparison = serde_json::to_string(&fresh.comparison).map_err(|e| {
        tracing::error!(round = round_id, error = %e, "the count does not write");
        AppError::Internal
    })?;
    if !closed_at_version(db, round_id, version).await? {
        // Reopened or voided while it was counted: this count is of ballots that are no
        // longer the round's, and is not kept (the counter counts it again once closed).
        tracing::info!(
            round = round_id,
            version,
            "the round changed while it was counted: the count is not kept"
        );
        return Ok(());
    }
    round_count::Entity::insert(round_count::ActiveModel {
        round_id: Set(round_id),
        ballots: Set(fresh.ballots),
        ledger_sha256: Set(fresh.ledger_sha256.clone()),
        inputs_sha256: Set(inputs.to_owned()),
        comparison: Set(comparison),
        counted_at: Set(chrono::Utc::now()),
        count_version: Set(version),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::column(round_count::Column::RoundId)
            .do_nothing()
            .to_owned(),
    )
    .do_nothing()
    .exec(db)
    .await?;
    Ok(())
}
