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
}

#[server(endpoint = "get_round_results")]
pub async fn get_round_results(
    neighbourhood: String,
    round: String,
) -> Result<RoundResults, AppError> {
    use crate::backend::{ballots, db, proposals, rounds};
    use crate::domain::proposal::ProposalStatus;
    use crate::domain::results::{compare_ballots, BallotRule, Candidate, CastBallots};
    let db = db::from_context()?;
    let (n, r, phase) = crate::api::rounds::public_round(&db, &neighbourhood, &round).await?;
    if !phase.votes_may_be_shown() {
        return Err(AppError::NotYet(
            "The votes are counted and shown here once voting has closed.".into(),
        ));
    }
    let pot = rounds::pots(&db, &[r.id])
        .await?
        .remove(&r.id)
        .unwrap_or_default()
        .total();
    let on_ballot: Vec<_> = proposals::list_for_round(&db, r.id)
        .await?
        .into_iter()
        .filter(|p| ProposalStatus::parse(&p.status).is_ok_and(ProposalStatus::on_ballot))
        .collect();
    let candidates: Vec<Candidate> = on_ballot
        .iter()
        .map(|p| Candidate {
            id: p.id,
            cost: Pence::new(p.cost_pence),
        })
        .collect();
    let choices = ballots::stored_choices_for_round(&db, r.id).await?;
    let cast = match BallotRule::parse(&r.ballot_rule) {
        rule if rule.has_points() => {
            CastBallots::Points(choices.iter().map(|c| c.with_points()).collect())
        }
        BallotRule::Ranked => CastBallots::Ranked {
            rankings: choices.iter().map(|c| c.ids()).collect(),
            max_length: r.ballot_max_choices.and_then(|m| usize::try_from(m).ok()),
        },
        _ => CastBallots::Approval(choices.iter().map(|c| c.ids()).collect()),
    };
    let comparison = compare_ballots(&candidates, cast, pot).map_err(|e| {
        tracing::error!(round = r.id, error = %e, "could not count the round");
        AppError::Internal
    })?;
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
    Ok(RoundResults {
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
