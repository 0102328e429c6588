//! Neighbourhoods: the home page list and a neighbourhood's own page.

use crate::api::rounds::RoundSummary;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeighbourhoodSummary {
    pub slug: String,
    pub name: String,
    pub council: String,
    pub summary: String,
    pub rounds: Vec<RoundSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeighbourhoodPage {
    pub slug: String,
    pub name: String,
    pub council: String,
    pub summary: String,
    pub postcode_areas: Vec<String>,
    pub rounds: Vec<RoundSummary>,
    /// The person looking runs rounds here: they see drafts and may create a round.
    pub runs_rounds: bool,
    /// Archived: the record stays, no new rounds.
    pub archived: bool,
    /// The community groups its officers recognise: name and page.
    pub groups: Vec<(String, String)>,
}

/// Every neighbourhood with its public rounds, newest first.
#[server(endpoint = "list_neighbourhoods")]
pub async fn list_neighbourhoods() -> Result<Vec<NeighbourhoodSummary>, AppError> {
    use crate::backend::{db, neighbourhoods};
    let db = db::from_context()?;
    use crate::api::rounds::in_reader_language;
    // Archived neighbourhoods keep their pages but leave the home page.
    let places: Vec<_> = neighbourhoods::list_all(&db)
        .await?
        .into_iter()
        .filter(|n| n.archived_at.is_none())
        .collect();
    let ids: Vec<i32> = places.iter().map(|n| n.id).collect();
    let mut rounds = crate::api::rounds::summaries(&db, &ids, false).await?;
    Ok(places
        .into_iter()
        .map(|n| NeighbourhoodSummary {
            rounds: rounds.remove(&n.id).unwrap_or_default(),
            slug: n.slug,
            name: in_reader_language(n.name, n.name_cy),
            council: n.council,
            summary: in_reader_language(n.summary, n.summary_cy),
        })
        .collect())
}

#[server(endpoint = "get_neighbourhood")]
pub async fn get_neighbourhood(slug: String) -> Result<NeighbourhoodPage, AppError> {
    use crate::backend::{db, neighbourhoods};
    let db = db::from_context()?;
    let n = neighbourhoods::find_by_slug(&db, &slug)
        .await?
        .ok_or_else(|| AppError::not_found(crate::i18n::t("that.neighbourhood")))?;
    use crate::api::rounds::in_reader_language;
    let postcode_areas = neighbourhoods::postcode_areas(&db, n.id).await?;
    let runs_rounds = crate::backend::access::request::session()
        .ok()
        .and_then(|s| s.viewer)
        .is_some_and(|v| {
            v.may(crate::domain::account::access::Action::RunRound {
                neighbourhood_id: n.id,
            })
        });
    let rounds = crate::api::rounds::summaries(&db, &[n.id], runs_rounds)
        .await?
        .remove(&n.id)
        .unwrap_or_default();
    let groups = crate::backend::groups::in_neighbourhood(
        &db,
        n.id,
        &[crate::domain::group_form::Standing::Recognised],
    )
    .await?
    .into_iter()
    .map(|(g, _)| (g.name, format!("/groups/{}", g.slug)))
    .collect();
    Ok(NeighbourhoodPage {
        groups,
        slug: n.slug,
        name: in_reader_language(n.name, n.name_cy),
        council: n.council,
        summary: in_reader_language(n.summary, n.summary_cy),
        postcode_areas,
        rounds,
        runs_rounds,
        archived: n.archived_at.is_some(),
    })
}
