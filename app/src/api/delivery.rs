//! After the decision: officers' delivery updates on funded proposals, and following a
//! proposal to hear of them by email.

use crate::domain::money::Pence;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryLine {
    pub status: String,
    pub on: String,
    pub spend: Pence,
    pub note: String,
}

/// A proposal's life after the decision, as its page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AfterDecision {
    /// What the decision in force gives it (zero: not funded); none before a decision.
    pub funded: Option<Pence>,
    pub updates: Vec<DeliveryLine>,
    /// The person looking is an officer who may post an update.
    pub may_post: bool,
    /// None when nobody is signed in.
    pub following: Option<bool>,
}

#[cfg(feature = "ssr")]
pub(crate) async fn funded_amount(
    db: &impl sea_orm::ConnectionTrait,
    round_id: i32,
    proposal_id: i32,
) -> Result<Option<Pence>, AppError> {
    // Only the decision in force counts, and only this proposal's line of it.
    Ok(crate::backend::decisions::latest_for_round(db, round_id)
        .await?
        .map(|(_, items)| {
            items
                .iter()
                .find(|i| i.proposal_id == proposal_id)
                .map_or(Pence::ZERO, |i| Pence::new(i.amount_pence))
        }))
}

#[cfg(feature = "ssr")]
pub(crate) fn line(u: crate::backend::entities::delivery_update::Model) -> DeliveryLine {
    DeliveryLine {
        status: crate::i18n::delivery_name(u.status).to_owned(),
        on: crate::api::rounds::long_date(u.happened_on),
        spend: Pence::new(u.spend_pence),
        note: u.note,
    }
}

#[cfg(feature = "ssr")]
pub(crate) async fn after_decision(
    db: &impl sea_orm::ConnectionTrait,
    found: &crate::backend::guards::InRound,
    viewer: Option<&crate::domain::account::access::Viewer>,
) -> Result<AfterDecision, AppError> {
    use crate::backend::{delivery, follows};
    let funded = funded_amount(db, found.round.id, found.proposal.id).await?;
    let updates = delivery::updates(db, &[found.proposal.id])
        .await?
        .into_iter()
        .map(line)
        .collect();
    let following = match viewer {
        Some(v) => Some(follows::is_following(db, v.user_id, found.proposal.id).await?),
        None => None,
    };
    Ok(AfterDecision {
        may_post: funded.is_some_and(|f| f > Pence::ZERO)
            && found.round.phase != crate::domain::phase::Phase::Closed
            && viewer.is_some_and(|v| found.officer(v)),
        funded,
        updates,
        following,
    })
}

#[server(endpoint = "post_delivery_update")]
pub async fn post_delivery_update(
    csrf: String,
    id: i32,
    #[server(default)] status: String,
    #[server(default)] on: String,
    #[server(default)] spend: String,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::delivery::{self, Posting};
    use crate::backend::record::Record;
    use crate::domain::delivery::read_update;
    use crate::error::FieldError;
    use crate::i18n::{delivery_name, t, tr};
    let values = [
        ("status", status.as_str()),
        ("on", on.as_str()),
        ("spend", spend.as_str()),
        ("note", note.as_str()),
    ];
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let db = &config.db;
        let found = crate::backend::guards::in_round(db, id).await?;
        if !found.officer(&viewer) {
            return Err(AppError::Forbidden);
        }
        if found.round.phase == crate::domain::phase::Phase::Closed {
            return Err(AppError::Conflict(t("round.read_only").to_owned()));
        }
        let funded = funded_amount(db, found.round.id, id)
            .await?
            .unwrap_or_default();
        if funded == Pence::ZERO {
            return Err(AppError::Conflict(t("update.not_funded").to_owned()));
        }
        let update = read_update(&status, &on, &spend, &note, funded).map_err(|problems| {
            AppError::Invalid(
                problems
                    .into_iter()
                    .map(|(f, m)| FieldError::new(f, crate::i18n::Say::say(&m)))
                    .collect(),
            )
        })?;
        let page = format!("{}/proposals/{id}", config.public_url);
        let notice = |lang: &str| {
            crate::i18n::letter(
                lang,
                "letter.delivery",
                &[
                    ("title", found.proposal.title.clone()),
                    ("place", found.place.name.clone()),
                    ("round", found.round.title.clone()),
                    (
                        "status",
                        crate::i18n::delivery_name_in(lang, update.status).to_owned(),
                    ),
                    ("note", update.note.clone()),
                    ("spent", update.spend.to_string()),
                    ("funded", funded.to_string()),
                    ("link", page.clone()),
                ],
            )
        };
        let record = Record::new(
            viewer.user_id,
            "delivery.updated",
            crate::backend::proposal_steps::about(id),
        )
        .detail(update.status.as_str())
        .notice(Flash::notice(tr(
            "update.posted",
            &[("status", delivery_name(update.status).to_owned())],
        )));
        let stored = delivery::post(
            db,
            Posting {
                proposal_id: id,
                round_id: found.round.id,
                update: &update,
                by: viewer.user_id,
                notice: &notice,
                record,
            },
        )
        .await?;
        if let Some(notice) = stored {
            request::point_to_flash(&notice)?;
        }
        Ok(())
    }
    .await;
    request::finish(
        "post_delivery_update",
        &values,
        &format!("/proposals/{id}"),
        result,
    )
    .await
}

#[server(endpoint = "follow_proposal")]
pub async fn follow_proposal(
    csrf: String,
    id: i32,
    #[server(default)] follow: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::follows;
    use crate::i18n::t;
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        crate::backend::guards::in_round(&config.db, id).await?;
        let on = follow == "yes";
        follows::set(&config.db, viewer.user_id, id, on).await?;
        request::send_flash(&Flash::notice(if on {
            t("update.following")
        } else {
            t("update.not_following")
        }))
        .await?;
        Ok(())
    }
    .await;
    request::finish("follow_proposal", &[], &format!("/proposals/{id}"), result).await
}
