//! Anyone can compare ballots with codes once voting closes: per batch of codes, how
//! many were issued, used online, used on paper and cancelled, and how many residents an
//! officer verified in person. Matching ballots to codes needs the server's key (voter
//! keys are HMACs), so the tally is made once, the first time it is asked for after the
//! close, and kept: the public page then costs the same whatever the number of ballots.

use super::access::{secrets::CodeKey, voter_keys};
use super::entities::{ballot, resident, round_code_tally, voting_code};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::collections::HashMap;

/// The round's tally per batch, made now if it was not yet. Call only once voting has
/// closed; a void or a reopening drops it (`forget`) to be made again.
pub async fn for_round(
    db: &impl ConnectionTrait,
    key: &CodeKey,
    neighbourhood_id: i32,
    round_id: i32,
) -> Result<Vec<round_code_tally::Model>, DbErr> {
    let kept = stored(db, round_id).await?;
    if !kept.is_empty() {
        return Ok(kept);
    }
    // One tally at a time in this server: the crowd that opens a city's results at the
    // close waits for the first tally instead of each making its own.
    let _one_at_a_time = TALLYING.lock().await;
    let kept = stored(db, round_id).await?;
    if !kept.is_empty() {
        return Ok(kept);
    }
    // The version read before the ballots: a tally of ballots a void or a reopening has
    // changed meanwhile is not kept.
    let version = super::results::count_version(db, round_id).await?;
    let codes = voting_code::Entity::find()
        .filter(voting_code::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_asc(voting_code::Column::Id)
        .all(db)
        .await?;
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    let mut batches: Vec<round_code_tally::ActiveModel> = Vec::new();
    let mut counts: Vec<[i32; 4]> = Vec::new();
    let mut batch_of_key: HashMap<String, usize> = HashMap::with_capacity(codes.len());
    for code in &codes {
        let at = match batches.iter().position(|b| b.batch.as_ref() == &code.batch) {
            Some(at) => at,
            None => {
                batches.push(round_code_tally::ActiveModel {
                    round_id: Set(round_id),
                    batch: Set(code.batch.clone()),
                    ..Default::default()
                });
                counts.push([0; 4]);
                batches.len() - 1
            }
        };
        counts[at][0] += 1;
        counts[at][3] += i32::from(code.voided_at.is_some());
        batch_of_key.insert(voter_keys::of_code(key, code.id), at);
    }
    let cast: Vec<(String, String)> = ballot::Entity::find()
        .select_only()
        .column(ballot::Column::VoterKey)
        .column(ballot::Column::Channel)
        .filter(ballot::Column::RoundId.eq(round_id))
        // Like the count, the tally leaves out a ballot two officers voided.
        .filter(ballot::Column::VoidedAt.is_null())
        .into_tuple()
        .all(db)
        .await?;
    for (voter_key, channel) in cast {
        if let Some(&at) = batch_of_key.get(&voter_key) {
            counts[at][if channel == "paper" { 2 } else { 1 }] += 1;
        }
    }
    let rows = batches
        .into_iter()
        .zip(counts)
        .map(|(mut row, [issued, online, paper, voided])| {
            row.issued = Set(issued);
            row.online = Set(online);
            row.paper = Set(paper);
            row.voided = Set(voided);
            row
        });
    if !super::results::closed_at_version(db, round_id, version).await? {
        return Ok(Vec::new());
    }
    // Two first readers at once both count; the database keeps one tally.
    round_code_tally::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::columns([
                round_code_tally::Column::RoundId,
                round_code_tally::Column::Batch,
            ])
            .do_nothing()
            .to_owned(),
        )
        .do_nothing()
        .exec(db)
        .await?;
    stored(db, round_id).await
}

static TALLYING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Drops the round's tally: its ballots changed (a void, a reopening).
pub async fn forget(db: &impl ConnectionTrait, round_id: i32) -> Result<(), DbErr> {
    round_code_tally::Entity::delete_many()
        .filter(round_code_tally::Column::RoundId.eq(round_id))
        .exec(db)
        .await
        .map(|_| ())
}

async fn stored(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<round_code_tally::Model>, DbErr> {
    round_code_tally::Entity::find()
        .filter(round_code_tally::Column::RoundId.eq(round_id))
        .order_by_asc(round_code_tally::Column::Id)
        .all(db)
        .await
}

/// How many residents of the neighbourhood an officer verified in person.
pub async fn verified_in_person(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
) -> Result<u64, DbErr> {
    resident::Entity::find()
        .filter(resident::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(resident::Column::Method.eq("in_person"))
        .count(db)
        .await
}
