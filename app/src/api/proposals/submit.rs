//! Sending a proposal, changing it, and withdrawing it: the proposer's side.

use crate::domain::money::Pence;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{t, tr};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The text of a proposal as the form shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormValues {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub cost: String,
    pub area: String,
    pub agency: String,
    pub location: String,
    /// The language the text is written in ("en", "cy").
    pub language: String,
    pub other_title: String,
    pub other_summary: String,
    pub other_body: String,
}

impl FormValues {
    /// The fields by name, in page order, as a failed post keeps them.
    pub fn fields(&self) -> [(&'static str, &str); 11] {
        [
            ("title", &self.title),
            ("summary", &self.summary),
            ("body", &self.body),
            ("language", &self.language),
            ("other_title", &self.other_title),
            ("other_summary", &self.other_summary),
            ("other_body", &self.other_body),
            ("cost", &self.cost),
            ("area", &self.area),
            ("agency", &self.agency),
            ("location", &self.location),
        ]
    }

    /// What was typed into `form` before a failed post, from its flash.
    pub fn from_flash(flash: &crate::api::forms::Flash, form: &str) -> FormValues {
        let v = |field| flash.value(form, field);
        FormValues {
            title: v("title"),
            summary: v("summary"),
            body: v("body"),
            cost: v("cost"),
            area: v("area"),
            agency: v("agency"),
            location: v("location"),
            language: v("language"),
            other_title: v("other_title"),
            other_summary: v("other_summary"),
            other_body: v("other_body"),
        }
    }
}

/// Everything the new-proposal and change-proposal pages need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalForm {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
    pub pot: Pence,
    /// (value, label) pairs for the drop-down lists.
    pub areas: Vec<(String, String)>,
    pub agencies: Vec<(String, String)>,
    /// Whose name it can be sent in: "self" or a group's id, with a label.
    pub senders: Vec<(String, String)>,
    /// Set when changing an existing proposal.
    pub editing: Option<Editing>,
    /// Why this person cannot send or change a proposal here now.
    pub refusal: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Editing {
    pub id: i32,
    pub values: FormValues,
    /// The officer's request, when they asked for changes.
    pub feedback: Option<String>,
}

#[cfg(feature = "ssr")]
async fn form_for(
    db: &impl sea_orm::ConnectionTrait,
    place: &crate::backend::entities::neighbourhood::Model,
    round: &crate::backend::entities::round::Model,
) -> Result<ProposalForm, AppError> {
    use crate::backend::entities::{agency, contribution};
    use crate::domain::priority_area::PriorityArea;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let pot = crate::backend::rounds::pot_total(db, round.id).await?;
    let agencies = contribution::Entity::find()
        .filter(contribution::Column::RoundId.eq(round.id))
        .find_also_related(agency::Entity)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(_, a)| a)
        .map(|a| (a.id.to_string(), a.name))
        .collect();
    Ok(ProposalForm {
        neighbourhood_slug: place.slug.clone(),
        neighbourhood_name: place.name.clone(),
        round_slug: round.slug.clone(),
        round_title: round.title.clone(),
        pot,
        areas: PriorityArea::ALL
            .into_iter()
            .map(|a| (a.slug().to_owned(), a.label().to_owned()))
            .collect(),
        agencies,
        senders: Vec::new(),
        editing: None,
        refusal: None,
    })
}

/// Who may send a proposal to a round in `place`: themselves if they live there, and
/// each of their groups there.
#[cfg(feature = "ssr")]
async fn senders(
    db: &impl sea_orm::ConnectionTrait,
    viewer: &crate::domain::account::access::Viewer,
    place_id: i32,
) -> Result<Vec<(String, String)>, AppError> {
    use crate::backend::entities::community_group;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let mut out = Vec::new();
    if viewer.is_resident_of(place_id) {
        out.push((
            "self".to_owned(),
            tr("propose.yourself", &[("name", viewer.display_name.clone())]),
        ));
    }
    let group_ids: Vec<i32> = viewer
        .groups
        .iter()
        .filter(|m| m.recognised_in.contains(&place_id))
        .map(|m| m.group_id)
        .collect();
    if !group_ids.is_empty() {
        for g in community_group::Entity::find()
            .filter(community_group::Column::Id.is_in(group_ids))
            .all(db)
            .await?
        {
            out.push((g.id.to_string(), g.name));
        }
    }
    Ok(out)
}

#[server(endpoint = "get_new_proposal_form")]
pub async fn get_new_proposal_form(
    neighbourhood: String,
    round: String,
) -> Result<ProposalForm, AppError> {
    use crate::backend::access::request;
    use crate::domain::proposal::lifecycle::may_submit;
    let viewer = request::viewer()?;
    let config = request::config()?;
    let crate::backend::guards::Found {
        place,
        round,
        phase,
    } = crate::backend::guards::public_round(&config.db, &neighbourhood, &round).await?;
    let mut form = form_for(&config.db, &place, &round).await?;
    form.senders = senders(&config.db, &viewer, place.id).await?;
    form.refusal = if let Err(r) = may_submit(phase) {
        Some(r.to_string())
    } else if form.senders.is_empty() {
        Some(tr(
            "propose.residents_only",
            &[("place", place.name.clone())],
        ))
    } else {
        None
    };
    Ok(form)
}

#[server(endpoint = "get_edit_proposal_form")]
pub async fn get_edit_proposal_form(id: i32) -> Result<ProposalForm, AppError> {
    use crate::backend::access::request;
    use crate::domain::proposal::lifecycle::{after, Step};
    use crate::domain::proposal::ProposalStatus;
    let viewer = request::viewer()?;
    let config = request::config()?;
    let found = crate::backend::guards::in_round(&config.db, id).await?;
    if !found.may_change(&viewer) {
        return Err(AppError::Forbidden);
    }
    let mut form = form_for(&config.db, &found.place, &found.round).await?;
    form.refusal = after(Step::Edit, found.status, found.phase)
        .err()
        .map(|r| r.to_string());
    let p = found.proposal;
    form.editing = Some(Editing {
        id: p.id,
        feedback: p
            .status_reason
            .filter(|_| found.status == ProposalStatus::NeedsChanges),
        values: FormValues {
            title: p.title,
            summary: p.summary,
            body: p.body,
            cost: Pence::new(p.cost_pence).to_pounds_string(),
            area: p.priority_area,
            agency: p.agency_id.map(|a| a.to_string()).unwrap_or_default(),
            location: p.location.unwrap_or_default(),
            language: p.language,
            other_title: p.other_title.unwrap_or_default(),
            other_summary: p.other_summary.unwrap_or_default(),
            other_body: p.other_body.unwrap_or_default(),
        },
    });
    Ok(form)
}

/// The form's fields checked against the round's pot and agencies.
#[cfg(feature = "ssr")]
fn checked(
    form: &ProposalForm,
    v: &FormValues,
) -> Result<crate::domain::proposal::draft::Draft, AppError> {
    use crate::domain::proposal::draft::{Draft, RawDraft};
    use crate::error::FieldError;
    let agencies: Vec<i32> = form
        .agencies
        .iter()
        .filter_map(|(id, _)| id.parse().ok())
        .collect();
    let raw = RawDraft {
        title: &v.title,
        summary: &v.summary,
        body: &v.body,
        cost: &v.cost,
        area: &v.area,
        agency: &v.agency,
        location: &v.location,
        language: &v.language,
        other_title: &v.other_title,
        other_summary: &v.other_summary,
        other_body: &v.other_body,
    };
    Draft::parse(&raw, form.pot, &agencies).map_err(|problems| {
        AppError::Invalid(
            problems
                .into_iter()
                .map(|p| FieldError::new(p.field, crate::i18n::Say::say(&p)))
                .collect(),
        )
    })
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "submit_proposal")]
pub async fn submit_proposal(
    csrf: String,
    neighbourhood: String,
    round: String,
    #[server(default)] sender: String,
    title: String,
    summary: String,
    body: String,
    cost: String,
    area: String,
    #[server(default)] agency: String,
    #[server(default)] location: String,
    #[server(default)] language: String,
    #[server(default)] other_title: String,
    #[server(default)] other_summary: String,
    #[server(default)] other_body: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::proposal_steps::{self, about};
    use crate::backend::proposals::Proposer;
    use crate::backend::record::Record;
    use crate::domain::account::access::Action;
    use crate::domain::proposal::lifecycle::may_submit;
    use crate::error::FieldError;
    let v = FormValues {
        title,
        summary,
        body,
        cost,
        area,
        agency,
        location,
        language,
        other_title,
        other_summary,
        other_body,
    };
    let mut values = vec![("sender", sender.as_str())];
    values.extend(v.fields());
    let mut then = String::new();
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let db = &config.db;
        let crate::backend::guards::Found {
            place,
            round,
            phase,
        } = crate::backend::guards::public_round(db, &neighbourhood, &round).await?;
        let group_id = match sender.as_str() {
            "self" => None,
            "" => {
                return Err(AppError::Invalid(vec![FieldError::new(
                    "sender",
                    t("propose.problem.sender"),
                )]))
            }
            other => Some(other.parse::<i32>().map_err(|_| AppError::Forbidden)?),
        };
        let allowed = match group_id {
            None => viewer.may(Action::ProposeAsResident {
                neighbourhood_id: place.id,
            }),
            Some(group_id) => viewer.may(Action::ProposeForGroup {
                group_id,
                neighbourhood_id: place.id,
            }),
        };
        if !allowed {
            return Err(AppError::Forbidden);
        }
        may_submit(phase).map_err(super::refused)?;
        let form = form_for(db, &place, &round).await?;
        let draft = checked(&form, &v)?;
        let name = match group_id {
            None => viewer.display_name.clone(),
            Some(g) => senders(db, &viewer, place.id)
                .await?
                .into_iter()
                .find(|(id, _)| *id == g.to_string())
                .map(|(_, name)| name)
                .ok_or(AppError::Forbidden)?,
        };
        let proposer = Proposer {
            user_id: viewer.user_id,
            name,
            group_id,
        };
        let actor = viewer.user_id;
        let title = draft.title.clone();
        let stored = proposal_steps::send(db, round.id, proposer, &draft, |id| {
            Record::new(actor, "proposal.sent", about(id))
                .detail(title)
                .notice(Flash::notice(t("propose.sent")))
        })
        .await?;
        then = format!("/proposals/{}", super::stored(stored)?);
        Ok(())
    }
    .await;
    request::finish("submit_proposal", &values, &then, result).await
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "edit_proposal")]
pub async fn edit_proposal(
    csrf: String,
    id: i32,
    title: String,
    summary: String,
    body: String,
    cost: String,
    area: String,
    #[server(default)] agency: String,
    #[server(default)] location: String,
    #[server(default)] language: String,
    #[server(default)] other_title: String,
    #[server(default)] other_summary: String,
    #[server(default)] other_body: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::proposal_steps::{self, about};
    use crate::backend::record::Record;
    use crate::domain::proposal::lifecycle::{after, Step};
    let v = FormValues {
        title,
        summary,
        body,
        cost,
        area,
        agency,
        location,
        language,
        other_title,
        other_summary,
        other_body,
    };
    let values = v.fields();
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let db = &config.db;
        let found = crate::backend::guards::in_round(db, id).await?;
        if !found.may_change(&viewer) {
            return Err(AppError::Forbidden);
        }
        let status = after(Step::Edit, found.status, found.phase).map_err(super::refused)?;
        let form = form_for(db, &found.place, &found.round).await?;
        let draft = checked(&form, &v)?;
        let notice = if status == found.status {
            t("propose.saved")
        } else {
            t("propose.saved_for_review")
        };
        let record = Record::new(viewer.user_id, "proposal.edited", about(id))
            .detail(format!("version {}", found.proposal.version + 1))
            .notice(Flash::notice(notice));
        let stored =
            proposal_steps::edit(db, &found.proposal, &draft, status, viewer.user_id, record)
                .await?;
        super::stored(stored)
    }
    .await;
    request::finish(
        "edit_proposal",
        &values,
        &format!("/proposals/{id}"),
        result,
    )
    .await
}

#[server(endpoint = "withdraw_proposal")]
pub async fn withdraw_proposal(csrf: String, id: i32) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::proposal_steps::{self, about};
    use crate::backend::record::Record;
    use crate::domain::proposal::lifecycle::{after, Step};
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let db = &config.db;
        let found = crate::backend::guards::in_round(db, id).await?;
        if !found.is_proposer(&viewer) {
            return Err(AppError::Forbidden);
        }
        let status = after(Step::Withdraw, found.status, found.phase).map_err(super::refused)?;
        let record = Record::new(viewer.user_id, "proposal.withdrawn", about(id))
            .notice(Flash::notice(t("propose.withdrawn")));
        let stored =
            proposal_steps::withdraw(db, &found.proposal, status, viewer.user_id, record).await?;
        super::stored(stored)
    }
    .await;
    request::finish(
        "withdraw_proposal",
        &[],
        &format!("/proposals/{id}"),
        result,
    )
    .await
}
