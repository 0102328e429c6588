//! Posting a ballot: stored with the voter's confirmation in the shared durable commit
//! (see `group_commit`), or refused whole — by the ballot rules of who may replace what,
//! or because voting closed while it waited for the write.

use super::access::flash::{self, Flash};
use super::group_commit::GroupCommit;
use super::voting::{self, Cast, NewBallot, Proof, Refused};
use crate::domain::phase::Phase;
use sea_orm::DbErr;

/// A checked ballot, ready to post.
pub struct Posting {
    pub round_id: i32,
    pub voter_key: String,
    pub choices_json: String,
    /// `online` (paper ballots are typed in batches, see `paper`).
    pub channel: &'static str,
    pub proof: Proof,
    /// The timetable's closing time, which holds to the second.
    pub closes: Option<chrono::DateTime<chrono::Utc>>,
    /// The confirmation for a first ballot, and for a changed one, in the voter's language.
    pub counted: &'static str,
    pub changed: &'static str,
}

/// How a posted ballot ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Posted {
    /// Stored and durable; the voter's confirmation is the notice with this id.
    Stored {
        receipt: String,
        notice: String,
    },
    Refused(Refused),
    /// Voting closed (by hand, or by the timetable's time) before the write: nothing stored.
    VotingClosed,
}

#[tracing::instrument(skip_all, fields(round = p.round_id))]
pub async fn post(writes: &GroupCommit, p: Posting) -> Result<Posted, DbErr> {
    writes
        .run(move |txn| {
            Box::pin(async move {
                // Under the write: a ballot racing the close is refused, not stored.
                if p.closes.is_some_and(|at| at <= chrono::Utc::now())
                    || !super::rounds::still_in_phase(txn, p.round_id, Phase::VotingOpen).await?
                {
                    return Ok(Posted::VotingClosed);
                }
                let ballot = NewBallot {
                    round_id: p.round_id,
                    voter_key: &p.voter_key,
                    choices_json: p.choices_json,
                    channel: p.channel,
                    entered_by: None,
                    paper_batch_id: None,
                };
                let (receipt, confirmation) = match voting::cast(txn, ballot, p.proof).await? {
                    Ok(Cast::New { receipt }) => (receipt, p.counted),
                    Ok(Cast::Changed { receipt }) => (receipt, p.changed),
                    Err(refused) => return Ok(Posted::Refused(refused)),
                };
                // No audit entry: the ballot row is the record, and an entry's time to
                // the second would say when this voter voted.
                let notice = flash::store(txn, &Flash::notice(confirmation)).await?;
                Ok(Posted::Stored { receipt, notice })
            })
        })
        .await
}
