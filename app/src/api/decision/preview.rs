//! The councillors' last look: the saved draft shown exactly as the decision page will
//! show it, marked as not published, and publishing it after a confirmation that it
//! can then only be amended.

use super::DecisionPage;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{t, tr};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreviewPage {
    /// The decision page as it will read, with the draft as the version in force.
    pub page: DecisionPage,
    /// The decision in force that publishing would amend.
    pub amends: Option<i32>,
    /// Which saved draft this is (a SHA-256 of it): publishing is refused if the draft
    /// changed after this look.
    pub draft: String,
    /// A councillor, who may publish; an officer preparing the draft only looks.
    pub may_publish: bool,
}

/// Refused when someone published since the councillor last looked.
#[cfg(feature = "ssr")]
pub(crate) async fn still_latest(
    db: &impl sea_orm::ConnectionTrait,
    round_id: i32,
    seen_latest: Option<i32>,
) -> Result<(), AppError> {
    let latest = crate::backend::decisions::latest_for_round(db, round_id)
        .await?
        .map(|(d, _)| d.id);
    if latest == seen_latest {
        return Ok(());
    }
    Err(AppError::Conflict(
        t(match seen_latest {
            None => "draft.already_published",
            Some(_) => "draft.amended_meanwhile",
        })
        .to_owned(),
    ))
}

/// What the councillor looked at: the draft, and the count beside it (a ballot voided
/// after the look changes the votes shown, so the look no longer stands).
#[cfg(feature = "ssr")]
fn fingerprint(body: &str, counted: &crate::domain::results::Comparison) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    hash.update(body.as_bytes());
    hash.update(b"\n");
    hash.update(
        serde_json::to_string(counted)
            .unwrap_or_default()
            .as_bytes(),
    );
    hex::encode(hash.finalize())
}

/// The saved draft, checked against every rule, with its lines as they would be stored.
#[cfg(feature = "ssr")]
struct Checked {
    typed: crate::domain::decision_form::TypedDraft,
    lines: Vec<crate::domain::decision_draft::DraftLine>,
    basis: crate::backend::decisions::Basis,
    latest: Option<i32>,
    draft: String,
}

#[cfg(feature = "ssr")]
async fn checked_draft(
    db: &impl sea_orm::ConnectionTrait,
    r: &crate::backend::entities::round::Model,
) -> Result<Checked, AppError> {
    use crate::backend::decisions;
    let Some((typed, row)) = decisions::draft(db, r.id).await? else {
        return Err(AppError::Conflict(t("preview.no_draft").to_owned()));
    };
    let latest = decisions::latest_for_round(db, r.id)
        .await?
        .map(|(d, _)| d.id);
    let basis = decisions::basis(db, r).await?;
    let (lines, errors) = super::draft::problems(&basis, &typed, latest.is_some());
    if !errors.is_empty() {
        return Err(AppError::Conflict(t("preview.has_problems").to_owned()));
    }
    let draft = fingerprint(&row.body, &basis.counted.comparison);
    Ok(Checked {
        typed,
        lines,
        basis,
        latest,
        draft,
    })
}

#[server(endpoint = "get_decision_preview")]
pub async fn get_decision_preview(
    neighbourhood: String,
    round: String,
) -> Result<PreviewPage, AppError> {
    use crate::backend::decisions::{self, Stored};
    use crate::backend::entities::decision;
    use crate::domain::account::access::Action;
    let (config, viewer, n, r) =
        super::draft::councillor_round(&neighbourhood, &round, false).await?;
    let db = &config.db;
    let phase = r.phase;
    let c = checked_draft(db, &r).await?;
    let mut stored = decisions::history(db, r.id).await?;
    stored.push(Stored {
        decision: decision::Model {
            id: 0,
            round_id: r.id,
            amends_decision_id: c.latest,
            summary: c.typed.summary.clone(),
            amendment_reason: c.latest.map(|_| c.typed.amendment_reason.clone()),
            published_by: viewer.user_id,
            published_at: chrono::Utc::now(),
            content_hash: t("preview.hash_when_published").to_owned(),
        },
        lines: c.lines,
    });
    let may_publish = viewer.may(Action::PublishDecision {
        neighbourhood_id: n.id,
    });
    Ok(PreviewPage {
        page: super::decision_page(db, n, r, phase, stored, false).await?,
        amends: c.latest,
        draft: c.draft,
        may_publish,
    })
}

/// Publishes the saved draft the councillor has just looked at.
#[server(endpoint = "publish_decision")]
pub async fn publish_decision(
    csrf: String,
    neighbourhood: String,
    round: String,
    #[server(default)] amends: String,
    #[server(default)] draft: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::decisions::{self, ToPublish};
    use crate::backend::record::Record;
    let decision_href = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/decision");
    let mut then = format!("{decision_href}/preview");
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, viewer, n, r) =
            super::draft::councillor_round(&neighbourhood, &round, true).await?;
        let db = &config.db;
        let seen_latest = match amends.trim() {
            "" => None,
            id => Some(
                id.parse::<i32>()
                    .map_err(|_| AppError::Request(t("draft.amends_not_a_number").to_owned()))?,
            ),
        };
        let c = checked_draft(db, &r).await?;
        if c.draft != draft {
            return Err(AppError::Conflict(t("preview.draft_changed").to_owned()));
        }
        let page = format!("{}{decision_href}", config.public_url);
        let kind = if seen_latest.is_some() {
            "letter.amendment"
        } else {
            "letter.decision"
        };
        let notice = |lang: &str| {
            crate::i18n::letter(
                lang,
                kind,
                &[
                    ("place", n.name.clone()),
                    ("round", r.title.clone()),
                    ("summary", c.typed.summary.clone()),
                    ("link", page.clone()),
                ],
            )
        };
        let action = if seen_latest.is_some() {
            "decision.amended"
        } else {
            "decision.published"
        };
        let actor = viewer.user_id;
        let record: decisions::Recorder = Box::new(move |d| {
            Record::new(actor, action, format!("decision:{}", d.id))
                .detail(d.content_hash.clone())
                .notice(Flash::notice(tr(
                    "draft.published",
                    &[("hash", d.content_hash.clone())],
                )))
        });
        let (_, notice) = decisions::publish(
            db,
            ToPublish {
                round: &r,
                seen_latest,
                summary: c.typed.summary.clone(),
                amendment_reason: seen_latest.map(|_| c.typed.amendment_reason.clone()),
                lines: c.lines.clone(),
                shares: &c.basis.shares,
                by: viewer.user_id,
                at: chrono::Utc::now(),
                notice: Some(&notice),
                record: Some(record),
            },
        )
        .await?;
        then = decision_href.clone();
        if let Some(id) = notice {
            request::point_to_flash(&id)?;
        }
        Ok(())
    }
    .await;
    request::finish("publish_decision", &[], &then, result).await
}
