//! What a server function finds first: the neighbourhood or round a request names, and
//! whether the person asking may act there. Named structs, shared by every server
//! function, so the api neither queries the database for them nor passes tuples around.

use crate::backend::access::request::{self, AccessConfig};
use crate::backend::entities::{neighbourhood, round};
use crate::backend::{neighbourhoods, rounds};
use crate::domain::account::access::{Action, Viewer};
use crate::domain::phase::Phase;
use crate::error::AppError;
use sea_orm::ConnectionTrait;

/// A neighbourhood as stored.
pub type Place = neighbourhood::Model;
/// A round as stored.
pub type Round = round::Model;

/// A neighbourhood where the person asking may do what they asked.
pub struct Allowed {
    pub config: AccessConfig,
    pub viewer: Viewer,
    pub place: Place,
}

/// The neighbourhood `slug`, with who is asking, when they may do `action` there: 404
/// for no such neighbourhood, 401 signed out, 403 when they may not.
pub async fn allowed_in(slug: &str, action: impl Fn(i32) -> Action) -> Result<Allowed, AppError> {
    let viewer = request::viewer()?;
    let config = request::config()?;
    let place = neighbourhoods::find_by_slug(&config.db, slug)
        .await?
        .ok_or_else(|| AppError::not_found(crate::i18n::t("that.neighbourhood")))?;
    if !viewer.may(action(place.id)) {
        return Err(AppError::Forbidden);
    }
    Ok(Allowed {
        config,
        viewer,
        place,
    })
}

/// A round found by its neighbourhood's slug and its own.
pub struct Found {
    pub place: Place,
    pub round: Round,
    pub phase: Phase,
}

/// A round by its neighbourhood's and its own slug, in any phase (drafts included):
/// for the officers who run it.
pub async fn round_or_draft(
    db: &impl ConnectionTrait,
    neighbourhood: &str,
    round: &str,
) -> Result<Found, AppError> {
    let not_found = || AppError::not_found(crate::i18n::t("that.round"));
    let place = neighbourhoods::find_by_slug(db, neighbourhood)
        .await?
        .ok_or_else(not_found)?;
    let round = rounds::find(db, place.id, round)
        .await?
        .ok_or_else(not_found)?;
    let phase = round.phase;
    Ok(Found {
        place,
        round,
        phase,
    })
}

/// A round the public may see; drafts and unknown slugs are both "not found".
pub async fn public_round(
    db: &impl ConnectionTrait,
    neighbourhood: &str,
    round: &str,
) -> Result<Found, AppError> {
    let found = round_or_draft(db, neighbourhood, round).await?;
    if !found.phase.is_public() {
        return Err(AppError::not_found(crate::i18n::t("that.round")));
    }
    Ok(found)
}

/// What an officer's server function works with: the server's config, the officer,
/// the neighbourhood, the round and its phase.
pub struct OfficerRound {
    pub config: AccessConfig,
    pub viewer: Viewer,
    pub place: Place,
    pub round: Round,
    pub phase: Phase,
}

/// A round the signed-in officer runs, by slugs.
pub async fn officer_round(neighbourhood: &str, round: &str) -> Result<OfficerRound, AppError> {
    let viewer = request::viewer()?;
    let config = request::config()?;
    let Found {
        place,
        round,
        phase,
    } = round_or_draft(&config.db, neighbourhood, round).await?;
    if !viewer.may(Action::RunRound {
        neighbourhood_id: place.id,
    }) {
        return Err(AppError::Forbidden);
    }
    Ok(OfficerRound {
        config,
        viewer,
        place,
        round,
        phase,
    })
}
