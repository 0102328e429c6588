//! Voiding a ballot, by two officers of the neighbourhood: one proposes it with a public
//! reason, another confirms or refuses it (`backend::voids` does each step).

use crate::domain::phase::Phase;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{t, tr};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoidLine {
    pub id: i32,
    pub receipt: String,
    pub reason: String,
    /// "Proposed by Sam Patel on 3 May 2027".
    pub proposed: String,
    /// The voter may vote again once it is voided.
    pub allow_revote: bool,
    /// "Confirmed by …", "Refused by …", "Withdrawn by …"; none while it waits.
    pub decided: Option<String>,
    /// The viewer proposed it: they may withdraw it, not confirm it.
    pub mine: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoidsPage {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
    pub phase: Phase,
    /// Ballots may be voided now (voting open or being counted).
    pub open: bool,
    pub waiting: Vec<VoidLine>,
    pub decided: Vec<VoidLine>,
}

#[server(endpoint = "get_voids")]
pub async fn get_voids(neighbourhood: String, round: String) -> Result<VoidsPage, AppError> {
    let crate::backend::guards::OfficerRound {
        config,
        viewer,
        place,
        round: r,
        phase,
    } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
    let date = crate::i18n::dates::moment_with_year;
    let (mut waiting, mut decided) = (Vec::new(), Vec::new());
    use crate::backend::voids::{self, VOID_KINDS, VOID_UNVERIFIED};
    for s in voids::list(&config.db, r.id, &VOID_KINDS).await? {
        let line = VoidLine {
            id: s.step.id,
            // Officers do not learn which receipt an un-verified resident's ballot has.
            receipt: if s.step.kind == VOID_UNVERIFIED {
                t("voids.unverified_ballot").to_owned()
            } else {
                s.step.receipt.clone().unwrap_or_default()
            },
            reason: s.step.reason.clone(),
            proposed: tr(
                "voids.proposed_by",
                &[
                    ("who", s.proposed_by_name.clone()),
                    ("date", date(s.step.proposed_at)),
                ],
            ),
            allow_revote: s.step.allow_revote,
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
    Ok(VoidsPage {
        neighbourhood_slug: place.slug,
        neighbourhood_name: place.name,
        round_slug: r.slug,
        round_title: r.title,
        open: crate::backend::voids::may_void_in(phase),
        phase,
        waiting,
        decided,
    })
}

/// The reason a void is proposed with, checked: it is published in the ledger.
#[cfg(feature = "ssr")]
pub(crate) fn checked_reason(reason: &str, empty: &str) -> Result<String, AppError> {
    use crate::api::voting::field;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(field("reason", t(empty)));
    }
    if reason.chars().count() > 300 {
        return Err(field("reason", t("voids.reason_long")));
    }
    if reason
        .chars()
        .any(|c| c.is_control() || crate::domain::group_form::invisible(c))
    {
        return Err(field("reason", t("voids.reason_hidden")));
    }
    Ok(reason.to_owned())
}

#[cfg(feature = "ssr")]
fn phase_refusal() -> AppError {
    AppError::Conflict(t("voids.wrong_phase").to_owned())
}

#[server(endpoint = "propose_void")]
pub async fn propose_void(
    csrf: String,
    neighbourhood: String,
    round: String,
    #[server(default)] receipt: String,
    #[server(default)] reason: String,
    /// `yes` when the voter may vote again once the ballot is voided.
    #[server(default)]
    revote: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::api::voting::field;
    use crate::backend::access::request;
    use crate::backend::voids::{self, NotProposed};
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/voids");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place: _,
            round: r,
            phase: _,
        } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
        let found = crate::domain::receipt::parse(&receipt)
            .ok_or_else(|| field("receipt", t("voids.receipt_form")))?;
        let reason = checked_reason(&reason, "voids.reason_empty")?;
        let allow = revote == "yes";
        let proposed = voids::propose(
            &config.db,
            r.id,
            voids::VOID_BALLOT,
            &found,
            &reason,
            allow,
            viewer.user_id,
        )
        .await?;
        match proposed {
            Ok(_) => {}
            Err(NotProposed::WrongPhase) => return Err(phase_refusal()),
            Err(NotProposed::NoSuchReceipt) => {
                return Err(field(
                    "receipt",
                    tr("voids.no_such_receipt", &[("receipt", found)]),
                ))
            }
            Err(NotProposed::AlreadyVoided) => {
                return Err(field(
                    "receipt",
                    tr("voids.already_voided", &[("receipt", found)]),
                ))
            }
            Err(NotProposed::AlreadyWaiting) => {
                return Err(field(
                    "receipt",
                    tr("voids.already_waiting", &[("receipt", found)]),
                ))
            }
        }
        request::send_flash(&Flash::notice(tr("voids.proposed", &[("receipt", found)]))).await?;
        Ok(())
    }
    .await;
    request::finish(
        "propose_void",
        &[
            ("receipt", receipt.as_str()),
            ("reason", reason.as_str()),
            ("revote", revote.as_str()),
        ],
        &back,
        result,
    )
    .await
}

#[cfg(feature = "ssr")]
pub(crate) fn not_decided(e: crate::backend::voids::NotDecided, wrong_phase: &str) -> AppError {
    use crate::backend::voids::NotDecided;
    match e {
        NotDecided::WrongPhase => AppError::Conflict(t(wrong_phase).to_owned()),
        NotDecided::NoSuchStep => AppError::not_found(t("voids.that_void")),
        NotDecided::AlreadyDecided => AppError::Conflict(t("voids.already_decided").to_owned()),
        NotDecided::OwnProposal => AppError::Conflict(t("voids.own_proposal").to_owned()),
        NotDecided::TimePassed => AppError::Conflict(t("reopen.time_passed").to_owned()),
    }
}

#[server(endpoint = "confirm_void")]
pub async fn confirm_void(
    csrf: String,
    neighbourhood: String,
    round: String,
    step: i32,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/voids");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place: _,
            round: r,
            phase: _,
        } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
        let (kind, receipt) =
            crate::backend::voids::confirm(&config.db, r.id, step, viewer.user_id)
                .await?
                .map_err(|e| not_decided(e, "voids.wrong_phase"))?;
        let notice = if kind == crate::backend::voids::VOID_UNVERIFIED {
            t("voids.confirmed_unverified").to_owned()
        } else {
            tr("voids.confirmed", &[("receipt", receipt)])
        };
        request::send_flash(&Flash::notice(notice)).await?;
        Ok(())
    }
    .await;
    request::finish("confirm_void", &[], &back, result).await
}

/// Which two-officer steps a page decides on, and its words: a void or a reopening.
#[cfg(feature = "ssr")]
pub(crate) struct StepPage {
    /// The page's last part: `voids` or `reopen`.
    pub page: &'static str,
    pub kinds: &'static [&'static str],
    /// The words' prefix: `voids` or `reopen`.
    pub words: &'static str,
}

/// The proposer withdraws a waiting step, or another officer refuses it.
#[cfg(feature = "ssr")]
pub(crate) async fn decline_step(
    form: &str,
    csrf: &str,
    (neighbourhood, round): (&str, &str),
    step: i32,
    on: StepPage,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/{}", on.page);
    let result = async {
        request::check_csrf(csrf)?;
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place: _,
            round: r,
            phase: _,
        } = crate::backend::guards::officer_round(neighbourhood, round).await?;
        let outcome =
            crate::backend::voids::decline(&config.db, r.id, step, viewer.user_id, on.kinds)
                .await?
                .map_err(|e| not_decided(e, &format!("{}.wrong_phase", on.words)))?;
        request::send_flash(&Flash::notice(
            t(&format!("{}.declined.{outcome}", on.words)).to_owned(),
        ))
        .await?;
        Ok(())
    }
    .await;
    request::finish(form, &[], &back, result).await
}

#[server(endpoint = "decline_void")]
pub async fn decline_void(
    csrf: String,
    neighbourhood: String,
    round: String,
    step: i32,
) -> Result<(), AppError> {
    decline_step(
        "decline_void",
        &csrf,
        (&neighbourhood, &round),
        step,
        StepPage {
            page: "voids",
            kinds: &crate::backend::voids::VOID_KINDS,
            words: "voids",
        },
    )
    .await
}
