//! Results of a round after voting closes: votes per proposal and both count rules.

use crate::domain::money::Pence;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultLine {
    pub proposal_id: i32,
    pub title: String,
    pub cost: Pence,
    pub votes: u64,
    pub greedy: bool,
    pub equal_shares: bool,
}

/// What one batch of voting codes did in the round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeBatchLine {
    pub batch: String,
    pub issued: i32,
    pub online: i32,
    pub paper: i32,
    pub voided: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundResults {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
    pub pot: Pence,
    pub ballots: usize,
    pub lines: Vec<ResultLine>,
    pub greedy_total: Pence,
    pub equal_shares_total: Pence,
    /// Per batch of voting codes, so anyone can compare ballots with codes.
    pub codes: Vec<CodeBatchLine>,
    /// Residents an officer verified in person.
    pub verified_in_person: u64,
}

#[server(endpoint = "get_round_results")]
pub async fn get_round_results(
    neighbourhood: String,
    round: String,
) -> Result<RoundResults, AppError> {
    use crate::backend::{db, results};
    let db = db::from_context()?;
    let crate::backend::guards::Found {
        place: n,
        round: r,
        phase,
    } = crate::backend::guards::public_round(&db, &neighbourhood, &round).await?;
    if !phase.votes_may_be_shown() {
        return Err(AppError::NotYet(
            crate::i18n::t("results.not_yet").to_owned(),
        ));
    }
    let results::Counted {
        on_ballot,
        pot,
        comparison,
        ..
    } = results::count_round(&db, &r).await?;
    let lines = comparison
        .rows
        .iter()
        .filter_map(|row| {
            let p = on_ballot.iter().find(|p| p.id == row.proposal_id)?;
            Some(ResultLine {
                proposal_id: p.id,
                title: p.title.clone(),
                cost: Pence::new(p.cost_pence),
                votes: row.votes,
                greedy: row.greedy,
                equal_shares: row.equal_shares,
            })
        })
        .collect();
    let key = &crate::backend::access::request::config()?.code_key;
    let codes = crate::backend::code_tally::for_round(&db, key, n.id, r.id)
        .await?
        .into_iter()
        .map(|t| CodeBatchLine {
            batch: t.batch,
            issued: t.issued,
            online: t.online,
            paper: t.paper,
            voided: t.voided,
        })
        .collect();
    let verified_in_person = crate::backend::code_tally::verified_in_person(&db, n.id).await?;
    Ok(RoundResults {
        codes,
        verified_in_person,
        neighbourhood_slug: n.slug,
        neighbourhood_name: n.name,
        round_slug: r.slug,
        round_title: r.title,
        pot,
        ballots: comparison.ballots,
        lines,
        greedy_total: comparison.greedy_total,
        equal_shares_total: comparison.equal_shares_total,
    })
}
