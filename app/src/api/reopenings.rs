//! Extending or reopening a phase, by two officers of the neighbourhood: one proposes it
//! with a public reason and a new closing time, another confirms or refuses it
//! (`backend::reopenings` does each step).

use crate::domain::phase::Phase;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{t, tr};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReopeningLine {
    pub id: i32,
    /// "Extend voting until 9pm on Friday 14 May 2027".
    pub what: String,
    pub reason: String,
    pub proposed: String,
    pub decided: Option<String>,
    pub mine: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReopenPage {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
    pub phase: Phase,
    /// `extend-voting`, `reopen-voting` or `reopen-proposals`: what may be proposed now
    /// (none when the phase allows nothing, or the step needs a timetable the round
    /// does not have).
    pub kind: Option<String>,
    /// Why nothing may be proposed now, in the reader's words.
    pub why_not: Option<String>,
    /// The closing time there is, as a `datetime-local` value, to start from.
    pub closes: String,
    pub waiting: Vec<ReopeningLine>,
    pub decided: Vec<ReopeningLine>,
}

#[server(endpoint = "get_reopenings")]
pub async fn get_reopenings(neighbourhood: String, round: String) -> Result<ReopenPage, AppError> {
    use crate::backend::{reopenings, voids};
    let crate::backend::guards::OfficerRound {
        config,
        viewer,
        place,
        round: r,
        phase,
    } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
    let db = &config.db;
    let date = crate::i18n::dates::moment_with_year;
    let (mut waiting, mut decided) = (Vec::new(), Vec::new());
    for s in voids::list(db, r.id, &reopenings::KINDS).await? {
        let line = ReopeningLine {
            id: s.step.id,
            what: tr(
                &format!("reopen.kind.{}", s.step.kind),
                &[("moment", s.step.new_closes_at.map(date).unwrap_or_default())],
            ),
            reason: s.step.reason.clone(),
            proposed: tr(
                "voids.proposed_by",
                &[
                    ("who", s.proposed_by_name.clone()),
                    ("date", date(s.step.proposed_at)),
                ],
            ),
            decided: s.step.outcome.as_deref().map(|outcome| {
                tr(
                    &format!("voids.outcome.{outcome}"),
                    &[
                        ("who", s.decided_by_name.clone().unwrap_or_default()),
                        ("date", s.step.decided_at.map(date).unwrap_or_default()),
                    ],
                )
            }),
            mine: s.step.proposed_by == viewer.user_id,
        };
        if line.decided.is_some() {
            decided.push(line);
        } else {
            waiting.push(line);
        }
    }
    let planned = crate::backend::timetable::find(db, r.id).await?;
    let kind = reopenings::kind_for(phase);
    // Extending voting and reopening proposals move a time of the timetable: a round
    // run by hand has none, so the form is not offered only to be refused.
    let needs_timetable = matches!(
        kind,
        Some(reopenings::EXTEND_VOTING | reopenings::REOPEN_PROPOSALS)
    );
    let (kind, why_not) = match kind {
        None => (None, Some(t("reopen.wrong_phase").to_owned())),
        Some(_) if needs_timetable && planned.is_none() => {
            (None, Some(t("reopen.no_timetable").to_owned()))
        }
        Some(k) => (Some(k.to_owned()), None),
    };
    let closes = planned
        .and_then(|p| match phase {
            Phase::Review => p.starts(Phase::Review),
            _ => p.starts(Phase::Counting),
        })
        .map(crate::domain::timetable::london_input)
        .unwrap_or_default();
    Ok(ReopenPage {
        neighbourhood_slug: place.slug,
        neighbourhood_name: place.name,
        round_slug: r.slug,
        round_title: r.title,
        kind,
        why_not,
        phase,
        closes,
        waiting,
        decided,
    })
}

#[server(endpoint = "propose_reopening")]
pub async fn propose_reopening(
    csrf: String,
    neighbourhood: String,
    round: String,
    #[server(default)] closes_at: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::api::voting::field;
    use crate::backend::access::request;
    use crate::backend::reopenings::{self, NotProposed};
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/reopen");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place: _,
            round: r,
            phase: _,
        } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
        let at = crate::domain::timetable::london_time(&closes_at)
            .map_err(|_| field("closes_at", t("reopen.time_unreadable")))?;
        let reason = crate::api::voids::checked_reason(&reason, "reopen.reason_empty")?;
        let kind = match reopenings::propose(&config.db, r.id, &reason, at, viewer.user_id).await? {
            Ok(kind) => kind,
            Err(NotProposed::WrongPhase) => {
                return Err(AppError::Conflict(t("reopen.wrong_phase").to_owned()))
            }
            Err(NotProposed::AlreadyWaiting) => {
                return Err(AppError::Conflict(t("reopen.already_waiting").to_owned()))
            }
            Err(NotProposed::NotLater) => return Err(field("closes_at", t("reopen.not_later"))),
            Err(NotProposed::NoTimetable) => {
                return Err(AppError::Conflict(t("reopen.no_timetable").to_owned()))
            }
            Err(NotProposed::TooFar) => return Err(field("closes_at", t("reopen.too_far"))),
            Err(NotProposed::TooSoon) => return Err(field("closes_at", t("reopen.too_soon"))),
            Err(NotProposed::AfterVotingOpens) => {
                return Err(field("closes_at", t("reopen.after_voting_opens")))
            }
        };
        request::send_flash(&Flash::notice(
            t(&format!("reopen.proposed.{kind}")).to_owned(),
        ))
        .await?;
        Ok(())
    }
    .await;
    request::finish(
        "propose_reopening",
        &[
            ("closes_at", closes_at.as_str()),
            ("reason", reason.as_str()),
        ],
        &back,
        result,
    )
    .await
}

#[server(endpoint = "confirm_reopening")]
pub async fn confirm_reopening(
    csrf: String,
    neighbourhood: String,
    round: String,
    step: i32,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/reopen");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place: _,
            round: r,
            phase: _,
        } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
        let kind = crate::backend::reopenings::confirm(&config.db, r.id, step, viewer.user_id)
            .await?
            .map_err(|e| crate::api::voids::not_decided(e, "reopen.wrong_phase"))?;
        request::send_flash(&Flash::notice(
            t(&format!("reopen.confirmed.{kind}")).to_owned(),
        ))
        .await?;
        Ok(())
    }
    .await;
    request::finish("confirm_reopening", &[], &back, result).await
}

#[server(endpoint = "decline_reopening")]
pub async fn decline_reopening(
    csrf: String,
    neighbourhood: String,
    round: String,
    step: i32,
) -> Result<(), AppError> {
    crate::api::voids::decline_step(
        "decline_reopening",
        &csrf,
        (&neighbourhood, &round),
        step,
        crate::api::voids::StepPage {
            page: "reopen",
            kinds: &crate::backend::reopenings::KINDS,
            words: "reopen",
        },
    )
    .await
}
