//! Counting a round from its stored ballots: what the results page, the councillors'
//! draft and the open data all start from.

use super::entities::{proposal, round};
use super::{ballots, proposals, rounds};
use crate::domain::count::CountRule;
use crate::domain::money::Pence;
use crate::domain::proposal::ProposalStatus;
use crate::domain::results::{compare_ballots, BallotRule, Candidate, CastBallots, Comparison};
use crate::error::AppError;
use sea_orm::ConnectionTrait;

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

pub async fn count_round(db: &impl ConnectionTrait, r: &round::Model) -> Result<Counted, AppError> {
    let pot = rounds::pot_total(db, r.id).await?;
    let mut on_ballot: Vec<proposal::Model> = proposals::list_for_round(db, r.id)
        .await?
        .into_iter()
        .filter(|p| ProposalStatus::parse(&p.status).is_ok_and(ProposalStatus::on_ballot))
        .collect();
    on_ballot.sort_by_key(|p| p.id);
    let candidates: Vec<Candidate> = on_ballot
        .iter()
        .map(|p| Candidate {
            id: p.id,
            cost: Pence::new(p.cost_pence),
        })
        .collect();
    let choices = ballots::stored_choices_for_round(db, r.id).await?;
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
    let rule = r.count_rule.parse().unwrap_or(CountRule::Greedy);
    Ok(Counted {
        on_ballot,
        pot,
        comparison,
        rule,
    })
}
