//! The councillors' draft: it starts from the count (or, for an amendment, from the
//! decision in force), is saved as typed, and is published only when it meets every
//! rule in `domain::decision_draft`.

#[cfg(feature = "ssr")]
use crate::domain::decision_form::TypedDraft;
use crate::domain::decision_form::TypedLine;
use crate::domain::money::Pence;
use crate::error::{AppError, FieldError};
#[cfg(feature = "ssr")]
use crate::i18n::{t, tr};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftRow {
    pub proposal_id: i32,
    pub title: String,
    pub area: String,
    pub cost: Pence,
    pub votes: u64,
    pub in_result: bool,
    pub typed: TypedLine,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftShare {
    pub agency_id: i32,
    pub agency: String,
    pub amount: Pence,
    /// "Only for health and wellbeing": empty when not ring-fenced.
    pub fence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftPage {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
    pub pot: Pence,
    pub ballots: usize,
    pub rule: String,
    pub rows: Vec<DraftRow>,
    pub shares: Vec<DraftShare>,
    pub summary: String,
    pub amendment_reason: String,
    /// The decision in force, which publishing this draft would amend.
    pub amends: Option<i32>,
    /// "Saved by Sam Patel on 3 August 2027 at 10:04", if saved.
    pub saved: Option<String>,
    /// What stops the draft being published as it stands.
    pub problems: Vec<FieldError>,
    /// A councillor, not an officer preparing the draft for them.
    pub may_publish: bool,
}

/// A round whose decision the signed-in person may draft: its councillors, who publish
/// it, or, when `publishing` is false, its officers preparing a draft for them.
#[cfg(feature = "ssr")]
pub(crate) async fn councillor_round(
    neighbourhood: &str,
    round: &str,
    publishing: bool,
) -> Result<
    (
        crate::backend::access::request::AccessConfig,
        crate::domain::account::access::Viewer,
        crate::backend::entities::neighbourhood::Model,
        crate::backend::entities::round::Model,
    ),
    AppError,
> {
    use crate::backend::access::request;
    use crate::domain::account::access::Action;
    use crate::domain::phase::Phase;
    let viewer = request::viewer()?;
    let config = request::config()?;
    let crate::backend::guards::Found {
        place: n,
        round: r,
        phase,
    } = crate::backend::guards::public_round(&config.db, neighbourhood, round).await?;
    let publishes = viewer.may(Action::PublishDecision {
        neighbourhood_id: n.id,
    });
    let prepares = viewer.may(Action::RunRound {
        neighbourhood_id: n.id,
    });
    if !(publishes || (prepares && !publishing)) {
        return Err(AppError::Forbidden);
    }
    if phase < Phase::Counting {
        return Err(AppError::NotYet(t("draft.not_yet").to_owned()));
    }
    if phase == Phase::Closed {
        return Err(AppError::Conflict(t("round.read_only").to_owned()));
    }
    Ok((config, viewer, n, r))
}

/// Every problem with the draft as typed, each linked to its field.
#[cfg(feature = "ssr")]
pub(crate) fn problems(
    basis: &crate::backend::decisions::Basis,
    typed: &TypedDraft,
    amending: bool,
) -> (
    Vec<crate::domain::decision_draft::DraftLine>,
    Vec<FieldError>,
) {
    use crate::domain::decision_draft::check;
    let mut errors = Vec::new();
    if typed.summary.trim().is_empty() {
        errors.push(FieldError::new("summary", t("draft.summary_empty")));
    }
    if amending && typed.amendment_reason.trim().is_empty() {
        errors.push(FieldError::new("amendment_reason", t("draft.reason_empty")));
    }
    let lines = match typed.read(|id| basis.title(id), |id| basis.agency(id)) {
        Ok(lines) => {
            errors.extend(
                check(&basis.candidates, &basis.shares, &lines)
                    .into_iter()
                    .map(|p| FieldError::new(&p.field(), crate::i18n::Say::say(&p))),
            );
            lines
        }
        Err(unreadable) => {
            errors.extend(unreadable.into_iter().map(|(f, m)| FieldError::new(&f, m)));
            Vec::new()
        }
    };
    (lines, errors)
}

#[server(endpoint = "get_decision_draft")]
pub async fn get_decision_draft(
    neighbourhood: String,
    round: String,
) -> Result<DraftPage, AppError> {
    use crate::backend::decisions;
    use crate::backend::entities::user;
    use crate::domain::decision_draft::suggest;
    use sea_orm::EntityTrait;
    let (config, viewer, n, r) = councillor_round(&neighbourhood, &round, false).await?;
    let may_publish = viewer.may(crate::domain::account::access::Action::PublishDecision {
        neighbourhood_id: n.id,
    });
    let db = &config.db;
    let basis = decisions::basis(db, &r).await?;
    let latest = decisions::history(db, r.id).await?.pop();
    let (typed, saved) = match decisions::draft(db, r.id).await? {
        Some((typed, row)) => {
            let by = user::Entity::find_by_id(row.updated_by)
                .one(db)
                .await?
                .map(|u| u.display_name)
                .unwrap_or_default();
            let saved = tr(
                "draft.saved_by",
                &[
                    ("who", by),
                    (
                        "date",
                        crate::api::rounds::long_date(row.updated_at.date_naive()),
                    ),
                    ("time", row.updated_at.format("%H:%M").to_string()),
                ],
            );
            (typed, Some(saved))
        }
        None => match &latest {
            Some(d) => (TypedDraft::from_lines(&d.decision.summary, &d.lines), None),
            None => (
                TypedDraft::from_lines(
                    "The councillors fund the proposals the count chose.",
                    &suggest(&basis.candidates, &basis.shares),
                ),
                None,
            ),
        },
    };
    let (_, problems) = problems(&basis, &typed, latest.is_some());
    let rows = basis
        .candidates
        .iter()
        .map(|c| DraftRow {
            proposal_id: c.proposal_id,
            title: c.title.clone(),
            area: crate::i18n::area_name(c.area).to_owned(),
            cost: c.cost,
            votes: basis.counted.votes(c.proposal_id),
            in_result: c.in_result,
            typed: typed
                .lines
                .get(&c.proposal_id.to_string())
                .cloned()
                .unwrap_or_default(),
        })
        .collect();
    Ok(DraftPage {
        neighbourhood_slug: n.slug,
        neighbourhood_name: n.name,
        round_slug: r.slug,
        round_title: r.title,
        pot: basis.counted.pot,
        ballots: basis.counted.comparison.ballots,
        rule: super::rule_words(basis.counted.rule).to_owned(),
        rows,
        shares: basis
            .shares
            .iter()
            .map(|s| DraftShare {
                agency_id: s.agency_id,
                agency: s.agency.clone(),
                amount: s.amount,
                fence: super::fence_words(&s.ring_fence),
            })
            .collect(),
        summary: typed.summary,
        amendment_reason: typed.amendment_reason,
        amends: latest.map(|d| d.decision.id),
        saved,
        problems,
        may_publish,
    })
}

/// Saves the draft as typed; with `intent = "publish"` also checks it meets every rule
/// and goes on to the last look before publishing (`preview`), and with
/// `intent = "restart"` throws it away to start again.
#[server(endpoint = "save_decision_draft")]
#[allow(clippy::too_many_arguments)]
pub async fn save_decision_draft(
    csrf: String,
    neighbourhood: String,
    round: String,
    #[server(default)] amends: String,
    #[server(default)] intent: String,
    #[server(default)] summary: String,
    #[server(default)] amendment_reason: String,
    #[server(default)] lines: BTreeMap<String, TypedLine>,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::decisions;
    let draft_href = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/decision/draft");
    let decision_href = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/decision");
    let mut then = draft_href.clone();
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, viewer, _, r) = councillor_round(&neighbourhood, &round, false).await?;
        let db = &config.db;
        let seen_latest = match amends.trim() {
            "" => None,
            id => Some(
                id.parse::<i32>()
                    .map_err(|_| AppError::Request(t("draft.amends_not_a_number").to_owned()))?,
            ),
        };
        if intent == "restart" {
            decisions::discard_draft(db, r.id).await?;
            request::send_flash(&Flash::notice(t("draft.thrown_away"))).await?;
            return Ok(());
        }
        let typed = TypedDraft {
            summary: summary.trim().to_owned(),
            amendment_reason: amendment_reason.trim().to_owned(),
            lines,
        };
        decisions::save_draft(db, r.id, viewer.user_id, &typed).await?;
        if intent != "publish" {
            request::send_flash(&Flash::notice(t("draft.saved"))).await?;
            return Ok(());
        }
        // Publishing starts with a last look at the decision as it will be published.
        let basis = decisions::basis(db, &r).await?;
        let (_, errors) = problems(&basis, &typed, seen_latest.is_some());
        request::all_valid(errors)?;
        super::preview::still_latest(db, r.id, seen_latest).await?;
        then = format!("{decision_href}/preview");
        Ok(())
    }
    .await;
    request::finish("save_decision_draft", &[], &then, result).await
}
