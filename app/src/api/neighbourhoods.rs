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
}

/// Every neighbourhood with its public rounds, newest first.
#[server(endpoint = "list_neighbourhoods")]
pub async fn list_neighbourhoods() -> Result<Vec<NeighbourhoodSummary>, AppError> {
    use crate::backend::{db, neighbourhoods};
    let db = db::from_context()?;
    let places = neighbourhoods::list_all(&db).await?;
    let ids: Vec<i32> = places.iter().map(|n| n.id).collect();
    let mut rounds = crate::api::rounds::summaries(&db, &ids).await?;
    Ok(places
        .into_iter()
        .map(|n| NeighbourhoodSummary {
            rounds: rounds.remove(&n.id).unwrap_or_default(),
            slug: n.slug,
            name: n.name,
            council: n.council,
            summary: n.summary,
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
    let postcode_areas = neighbourhoods::postcode_areas(&db, n.id).await?;
    let rounds = crate::api::rounds::summaries(&db, &[n.id])
        .await?
        .remove(&n.id)
        .unwrap_or_default();
    Ok(NeighbourhoodPage {
        slug: n.slug,
        name: n.name,
        council: n.council,
        summary: n.summary,
        postcode_areas,
        rounds,
    })
}
