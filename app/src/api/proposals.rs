//! Proposals: cards for lists and the public proposal page.

use crate::domain::money::Pence;
use crate::domain::priority_area::PriorityArea;
use crate::domain::proposal::ProposalStatus;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What a list of proposals shows about each one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposalCard {
    pub id: i32,
    pub title: String,
    pub summary: String,
    pub cost: Pence,
    pub area: PriorityArea,
    pub status: ProposalStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposalPage {
    pub card: ProposalCard,
    /// Paragraphs of the full description (empty when moderators hid it).
    pub body: Vec<String>,
    pub proposer: String,
    pub location: Option<String>,
    pub agency: Option<String>,
    pub status_reason: Option<String>,
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
}

#[cfg(feature = "ssr")]
pub(crate) fn card(p: &crate::backend::entities::proposal::Model) -> Option<ProposalCard> {
    let status = ProposalStatus::parse(&p.status)
        .inspect_err(|e| tracing::error!(proposal = p.id, error = %e, "bad proposal row"))
        .ok()?;
    let area = PriorityArea::parse(&p.priority_area)
        .inspect_err(
            |_| tracing::error!(proposal = p.id, area = %p.priority_area, "bad proposal row"),
        )
        .ok()?;
    let public = status.content_is_public();
    Some(ProposalCard {
        id: p.id,
        title: p.title.clone(),
        summary: if public {
            p.summary.clone()
        } else {
            String::new()
        },
        cost: Pence::new(p.cost_pence),
        area,
        status,
    })
}

/// Splits plain text into paragraphs at blank lines; the page escapes every one.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

#[server(endpoint = "get_proposal")]
pub async fn get_proposal(id: i32) -> Result<ProposalPage, AppError> {
    use crate::backend::entities::{agency, neighbourhood};
    use crate::backend::{db, proposals, rounds};
    use crate::domain::phase::Phase;
    use sea_orm::EntityTrait;
    let db = db::from_context()?;
    let not_found = || AppError::not_found("That proposal");
    let p = proposals::find(&db, id).await?.ok_or_else(not_found)?;
    let r = rounds::find_by_id(&db, p.round_id)
        .await?
        .ok_or_else(not_found)?;
    if !Phase::parse(&r.phase).is_ok_and(Phase::is_public) {
        return Err(not_found());
    }
    let n = neighbourhood::Entity::find_by_id(r.neighbourhood_id)
        .one(&db)
        .await?
        .ok_or_else(not_found)?;
    let agency = match p.agency_id {
        Some(a) => agency::Entity::find_by_id(a)
            .one(&db)
            .await?
            .map(|a| a.name),
        None => None,
    };
    let card = card(&p).ok_or(AppError::Internal)?;
    let public = card.status.content_is_public();
    Ok(ProposalPage {
        body: if public {
            paragraphs(&p.body)
        } else {
            Vec::new()
        },
        proposer: p.proposer_name,
        location: p.location.filter(|_| public),
        agency,
        status_reason: p.status_reason,
        neighbourhood_slug: n.slug,
        neighbourhood_name: n.name,
        round_slug: r.slug,
        round_title: r.title,
        card,
    })
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn blank_lines_separate_paragraphs_and_stray_space_is_dropped() {
        assert_eq!(paragraphs("One.\n\n  Two.\n\n\n"), vec!["One.", "Two."]);
        assert!(paragraphs("   ").is_empty());
    }
}
