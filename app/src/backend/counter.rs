//! Counting when voting closes, not when someone first looks: the server counts every
//! round whose votes may be shown and whose count is not stored at its current version,
//! on the timetable's beat. That covers a close by hand, by the timetable, an imported
//! round, and a round whose ballots changed (a void, a reopening), so the first visitor
//! of a city's round reads a stored count instead of waiting for one.

use super::access::secrets::CodeKey;
use super::entities::{round, round_count};
use super::{code_tally, results};
use crate::domain::phase::Phase;
use crate::error::AppError;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// The closed rounds whose count at their current version is not stored.
pub async fn waiting(db: &impl ConnectionTrait) -> Result<Vec<round::Model>, AppError> {
    let shown: Vec<&str> = Phase::ALL
        .into_iter()
        .filter(|p| p.votes_may_be_shown())
        .map(Phase::as_str)
        .collect();
    let closed = round::Entity::find()
        .filter(round::Column::Phase.is_in(shown))
        .all(db)
        .await?;
    // A count stored by an older Commonpot is made again too, once, after an upgrade.
    let stored: HashMap<i32, i32> = round_count::Entity::find()
        .select_only()
        .column(round_count::Column::RoundId)
        .column(round_count::Column::CountVersion)
        .column(round_count::Column::Comparison)
        .into_tuple::<(i32, i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .filter(|(_, _, comparison)| !results::outdated(comparison))
        .map(|(round, version, _)| (round, version))
        .collect();
    Ok(closed
        .into_iter()
        .filter(|r| stored.get(&r.id) != Some(&r.count_version))
        .collect())
}

/// Counts a closed round and makes its tally of ballots per batch of letter codes, and
/// stores both: what its results page shows.
pub async fn count_closed(
    db: &impl ConnectionTrait,
    key: &CodeKey,
    r: &round::Model,
) -> Result<(), AppError> {
    results::count_round(db, r).await?;
    code_tally::for_round(db, key, r.neighbourhood_id, r.id).await?;
    Ok(())
}

/// How long a round that could not be counted waits before the counter tries again: a
/// city's count that fails would otherwise be made again on every beat.
const RETRY_AFTER: std::time::Duration = std::time::Duration::from_secs(600);

/// Counts and stores every waiting round; returns the ids counted. One round that cannot
/// be counted is logged, does not hold up the others, and is tried again after
/// `RETRY_AFTER` (`failed` remembers when).
pub async fn count_waiting(
    db: &impl ConnectionTrait,
    key: &CodeKey,
    failed: &mut HashMap<i32, std::time::Instant>,
) -> Result<Vec<i32>, AppError> {
    let mut counted = Vec::new();
    for r in waiting(db).await? {
        if failed
            .get(&r.id)
            .is_some_and(|at| at.elapsed() < RETRY_AFTER)
        {
            continue;
        }
        // Read again: the list may be minutes old when a city's count came before this one.
        let Some(r) = round::Entity::find_by_id(r.id).one(db).await? else {
            continue;
        };
        if !r.phase.votes_may_be_shown() {
            continue;
        }
        let started = std::time::Instant::now();
        match count_closed(db, key, &r).await {
            Ok(()) => {
                tracing::info!(
                    round = r.id,
                    seconds = started.elapsed().as_secs_f64(),
                    "counted a closed round"
                );
                failed.remove(&r.id);
                counted.push(r.id);
            }
            Err(e) => {
                tracing::error!(round = r.id, error = %e, "could not count a closed round");
                failed.insert(r.id, std::time::Instant::now());
            }
        }
    }
    Ok(counted)
}

/// The server's counter: looks for waiting rounds every `every`.
pub async fn run(db: sea_orm::DatabaseConnection, every: std::time::Duration, key: CodeKey) {
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut failed = HashMap::new();
    loop {
        ticker.tick().await;
        if let Err(e) = count_waiting(&db, &key, &mut failed).await {
            tracing::error!(error = %e, "could not look for rounds to count");
        }
    }
}
