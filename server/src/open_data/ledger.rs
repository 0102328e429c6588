//! `ledger.pb`: a round's ballot ledger as a pabulib file, streamed.
//!
//! The head (META and PROJECTS, with each project's votes, score and whether the round's
//! rule funds it) comes from the round's stored count, so a download never counts the
//! ballots again; the votes follow a page of ballots at a time, by receipt, so the server
//! holds one page of a city's 90,000 ballots in memory, never the whole file.

use super::Refusal;
use crate::pb_exchange::{ledger_head, ledger_page, mark, LedgerFile, Tallies};
use app::backend::entities::{neighbourhood, round};
use app::backend::results;
use app::domain::count::CountRule;
use app::domain::pb::{write_head, write_vote};
use axum::body::{Body, Bytes};
use axum::http::StatusCode;
use futures::StreamExt;
use sea_orm::DatabaseConnection;
use std::collections::HashMap;
use std::sync::Arc;

/// Ballots read and written per step of the stream.
const PAGE: u64 = 1000;

/// The round's ledger as a streamed body. Refused (409) when its stored count no longer
/// matches the ballots, like the results page.
pub async fn ledger_pb(
    db: &DatabaseConnection,
    n: &neighbourhood::Model,
    r: &round::Model,
) -> Result<Body, Refusal> {
    // The version the head is written at; every page checks it still holds.
    let version = r.count_version;
    let counted = results::count_round(db, r).await?;
    let mut on_ballot = counted.on_ballot;
    on_ballot.sort_by_key(|p| p.id);
    let rows: HashMap<i32, _> = counted
        .comparison
        .rows
        .iter()
        .map(|row| (row.proposal_id, row))
        .collect();
    let tallies = Tallies {
        projects: on_ballot
            .iter()
            .map(|p| rows.get(&p.id).map_or((0, 0), |row| (row.votes, row.score)))
            .collect(),
        votes: counted
            .comparison
            .ballots
            .saturating_sub(counted.comparison.empty_ballots),
        fits_pot: counted.comparison.fits_pot,
    };
    let mut ledger = ledger_head(db, n, r, &on_ballot, counted.pot.as_i64(), &tallies)
        .await
        .map_err(|e| unwritable(r, &e))?;
    // The projects the file's META rule funds, as the stored count found them. pabulib's
    // `equalshares/add1` has no greedy completion, so its additions are not marked.
    for (k, p) in on_ballot.iter().enumerate() {
        let funded = rows.get(&p.id).is_some_and(|row| match counted.rule {
            CountRule::Greedy => row.greedy,
            CountRule::Mes => row.mes,
            CountRule::MesComplete => row.equal_shares && !row.completion,
        });
        if funded {
            mark(&mut ledger.file, k);
        }
    }
    let mut head = Vec::new();
    write_head(&ledger.file, &mut head).map_err(|e| unwritable(r, &e))?;
    let pages = Pages {
        db: db.clone(),
        round_id: r.id,
        version,
        ledger: Arc::new(ledger),
        after: None,
        done: false,
    };
    let votes = futures::stream::unfold(pages, Pages::next);
    let all = futures::stream::once(async move { Ok(Bytes::from(head)) }).chain(votes);
    Ok(Body::from_stream(all))
}

fn unwritable(r: &round::Model, e: &dyn std::fmt::Display) -> Refusal {
    tracing::error!(round = r.id, error = %e, "could not write the ledger");
    Refusal(
        StatusCode::INTERNAL_SERVER_ERROR,
        "The ledger could not be written. Please try again later".into(),
    )
}

/// Where the stream has got to in the ledger.
struct Pages {
    db: DatabaseConnection,
    round_id: i32,
    /// The count version the head was written at.
    version: i32,
    ledger: Arc<LedgerFile>,
    after: Option<String>,
    done: bool,
}

impl Pages {
    /// The next page of votes as text. A failure mid-way ends the download with an error
    /// (the client sees a broken transfer, never a file that looks whole).
    async fn next(mut self) -> Option<(Result<Bytes, std::io::Error>, Self)> {
        if self.done {
            return None;
        }
        // A void or a reopening while a slow client reads would make the votes disagree
        // with the head (or, reopened, show ballots of a vote still open): the download
        // stops instead, and a fresh one is whole.
        match results::closed_at_version(&self.db, self.round_id, self.version).await {
            Ok(true) => {}
            Ok(false) => {
                tracing::info!(
                    round = self.round_id,
                    "the ledger changed during a download"
                );
                self.done = true;
                return Some((
                    Err(std::io::Error::other(
                        "the ledger changed: download it again",
                    )),
                    self,
                ));
            }
            Err(e) => {
                tracing::error!(round = self.round_id, error = %e, "the ledger stopped");
                self.done = true;
                return Some((Err(std::io::Error::other("the ledger stopped")), self));
            }
        }
        let page =
            match ledger_page(&self.db, self.round_id, self.after.as_deref(), Some(PAGE)).await {
                Ok(page) => page,
                Err(e) => {
                    tracing::error!(round = self.round_id, error = %e, "the ledger stopped");
                    self.done = true;
                    return Some((Err(std::io::Error::other("the ledger stopped")), self));
                }
            };
        self.done = (page.len() as u64) < PAGE;
        let mut text = Vec::new();
        for (receipt, choices) in &page {
            let written = match self.ledger.vote(receipt, choices) {
                Ok(Some(vote)) => write_vote(&self.ledger.file, &vote, &mut text),
                Ok(None) => Ok(()),
                Err(e) => Err(std::io::Error::other(e.to_string())),
            };
            if let Err(e) = written {
                tracing::error!(round = self.round_id, error = %e, "a ballot did not write");
                self.done = true;
                return Some((Err(e), self));
            }
        }
        self.after = page.last().map(|(receipt, _)| receipt.clone());
        Some((Ok(Bytes::from(text)), self))
    }
}
