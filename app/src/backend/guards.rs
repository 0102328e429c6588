//! What a server function finds first: the neighbourhood or round a request names, and
//! whether the person asking may act there. Named structs, shared by every server
//! function, so the api neither queries the database for them nor passes tuples around.

use crate::backend::access::request::{self, AccessConfig};
use crate::backend::entities::{neighbourhood, proposal, round};
use crate::backend::{neighbourhoods, proposals, rounds};
use crate::domain::account::access::{Action, Viewer};
use crate::domain::phase::Phase;
use crate::domain::proposal::ProposalStatus;
use crate::error::AppError;
use sea_orm::{ConnectionTrait, EntityTrait};

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

/// A proposal with its round, the round's phase and neighbourhood.
pub struct InRound {
    pub proposal: proposal::Model,
    pub status: ProposalStatus,
    pub round: Round,
    pub phase: Phase,
    pub place: Place,
}

impl InRound {
    /// Whether `viewer` sent this proposal, themselves or through their group. A group's
    /// proposal is its current members': whoever sent it keeps no hold on it once
    /// removed from the group.
    pub fn is_proposer(&self, viewer: &Viewer) -> bool {
        match self.proposal.community_group_id {
            Some(g) => viewer.groups.iter().any(|m| m.group_id == g),
            None => self.proposal.proposer_user_id == Some(viewer.user_id),
        }
    }

    /// Whether `viewer` may write a new version: a change is sent in the proposer's
    /// name, so a group's proposal changes only while the group is recognised here.
    pub fn may_change(&self, viewer: &Viewer) -> bool {
        match self.proposal.community_group_id {
            Some(group_id) => viewer.may(Action::ProposeForGroup {
                group_id,
                neighbourhood_id: self.place.id,
            }),
            None => self.is_proposer(viewer),
        }
    }

    pub fn officer(&self, viewer: &Viewer) -> bool {
        viewer.may(Action::RunRound {
            neighbourhood_id: self.place.id,
        })
    }
}

/// Loads a proposal of a public round; anything else is "not found".
pub async fn in_round(db: &impl ConnectionTrait, id: i32) -> Result<InRound, AppError> {
    let not_found = || AppError::not_found(crate::i18n::t("that.proposal"));
    let proposal = proposals::find(db, id).await?.ok_or_else(not_found)?;
    let round = rounds::find_by_id(db, proposal.round_id)
        .await?
        .ok_or_else(not_found)?;
    let phase = round.phase;
    if !phase.is_public() {
        return Err(not_found());
    }
    let status = proposal.status;
    let place = neighbourhood::Entity::find_by_id(round.neighbourhood_id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    Ok(InRound {
        proposal,
        status,
        round,
        phase,
        place,
    })
}
