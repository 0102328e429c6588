//! "Your proposals": what someone (or their group) sent, where each stands, and the
//! officers' feedback.

use super::ProposalCard;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyProposal {
    pub card: ProposalCard,
    pub round_title: String,
    pub sent_as: String,
    /// The officer's feedback, reason or moderation note for the current status.
    pub reason: Option<String>,
    pub can_edit: bool,
}

#[server(endpoint = "get_my_proposals")]
pub async fn get_my_proposals() -> Result<Vec<MyProposal>, AppError> {
    use crate::backend::access::request;
    use crate::backend::{proposals, rounds};
    use crate::domain::proposal::lifecycle::{after, Step};
    let viewer = request::viewer()?;
    let config = request::config()?;
    let groups: Vec<i32> = viewer.groups.iter().map(|m| m.group_id).collect();
    let mine = proposals::list_for_proposer(&config.db, viewer.user_id, &groups).await?;
    let rounds = rounds::by_ids(&config.db, mine.iter().map(|p| p.round_id)).await?;
    let mut out = Vec::with_capacity(mine.len());
    for p in mine {
        let (Some(r), Some(card)) = (rounds.get(&p.round_id), super::card(&p)) else {
            continue;
        };
        let phase = r.phase;
        out.push(MyProposal {
            can_edit: after(Step::Edit, card.status, phase).is_ok(),
            round_title: r.title.clone(),
            sent_as: p.proposer_name,
            reason: p.status_reason,
            card,
        });
    }
    Ok(out)
}
