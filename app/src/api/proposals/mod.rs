//! Proposals: cards for lists, the public proposal page with its history, and (in the
//! submodules) sending, editing, reviewing and moderating them.

pub mod mine;
pub mod review;
pub mod submit;

use crate::domain::money::Pence;
use crate::domain::phase::Phase;
use crate::domain::priority_area::PriorityArea;
use crate::domain::proposal::ProposalStatus;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What a list of proposals shows about each one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposalCard {
    pub id: i32,
    pub title: String,
    pub summary: String,
    pub cost: Pence,
    pub area: PriorityArea,
    pub status: ProposalStatus,
}

/// One step of a proposal's public history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    pub date: String,
    pub what: String,
    pub note: Option<String>,
    /// "£4,800 to £5,250" when the cost changed.
    pub cost_change: Option<String>,
}

/// What the person looking may do to this proposal now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Abilities {
    pub edit: bool,
    pub withdraw: bool,
    pub review: bool,
    pub adjust_cost: bool,
    pub hide: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentByGroup {
    pub href: String,
    pub recognised: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposalPage {
    pub card: ProposalCard,
    /// Paragraphs of the full description (empty when moderators hid it, except for
    /// the proposer and officers).
    pub body: Vec<String>,
    pub proposer: String,
    /// Sent in a group's name: its page, and whether the officers here still recognise
    /// it (a proposal sent before recognition was withdrawn stays, marked).
    pub group: Option<SentByGroup>,
    pub location: Option<String>,
    pub agency: Option<String>,
    pub status_reason: Option<String>,
    pub cost_note: Option<String>,
    pub version: i32,
    pub history: Vec<HistoryLine>,
    pub phase: Phase,
    /// The person looking sent it (or their group did).
    pub yours: bool,
    pub can: Abilities,
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
    pub after: crate::api::delivery::AfterDecision,
}

#[cfg(feature = "ssr")]
pub(crate) fn card(p: &crate::backend::entities::proposal::Model) -> Option<ProposalCard> {
    let status = p.status;
    let area = PriorityArea::parse(&p.priority_area)
        .inspect_err(
            |_| tracing::error!(proposal = p.id, area = %p.priority_area, "bad proposal row"),
        )
        .ok()?;
    let public = status.content_is_public();
    let read = in_reader_language(p);
    Some(ProposalCard {
        id: p.id,
        // A removed proposal keeps its place on the record and the officers' reason,
        // not its words nor who sent it.
        title: if public {
            read.title.to_owned()
        } else {
            crate::i18n::t("proposal.removed_title").to_owned()
        },
        summary: if public {
            read.summary.to_owned()
        } else {
            String::new()
        },
        cost: Pence::new(p.cost_pence),
        area,
        status,
    })
}

/// A proposal's words as the reader reads them.
#[cfg(feature = "ssr")]
pub(crate) struct ReadIn<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub body: &'a str,
}

/// A proposal's title, summary and description in the reader's language where the
/// proposer gave them in it, else as written.
#[cfg(feature = "ssr")]
pub(crate) fn in_reader_language(p: &crate::backend::entities::proposal::Model) -> ReadIn<'_> {
    use crate::domain::proposal::draft::in_language;
    let reader = crate::i18n::current();
    ReadIn {
        title: in_language(reader, &p.language, &p.title, p.other_title.as_deref()),
        summary: in_language(reader, &p.language, &p.summary, p.other_summary.as_deref()),
        body: in_language(reader, &p.language, &p.body, p.other_body.as_deref()),
    }
}

/// Splits plain text into paragraphs at blank lines; the page escapes every one.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(feature = "ssr")]
fn history_line(r: crate::backend::entities::proposal_review::Model) -> HistoryLine {
    use crate::domain::proposal::history::Event;
    HistoryLine {
        date: crate::api::rounds::long_date(r.created_at.date_naive()),
        what: Event::parse(&r.outcome)
            .map_or(crate::i18n::t("history.changed"), crate::i18n::event_name)
            .to_owned(),
        note: r.note,
        cost_change: r.cost_before_pence.zip(r.cost_after_pence).map(|(b, a)| {
            crate::i18n::tr(
                "history.cost_change",
                &[
                    ("before", Pence::new(b).to_string()),
                    ("after", Pence::new(a).to_string()),
                ],
            )
        }),
    }
}

#[cfg(feature = "ssr")]
async fn sent_by_group(
    db: &impl sea_orm::ConnectionTrait,
    group_id: i32,
    neighbourhood_id: i32,
) -> Result<Option<SentByGroup>, AppError> {
    use crate::backend::entities::community_group;
    use crate::domain::group_form::Standing;
    use sea_orm::EntityTrait;
    let Some(group) = community_group::Entity::find_by_id(group_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let recognised = crate::backend::groups::areas(db, group_id)
        .await?
        .iter()
        .any(|a| {
            a.neighbourhood_id == neighbourhood_id
                && Standing::parse(&a.standing) == Some(Standing::Recognised)
        });
    Ok(Some(SentByGroup {
        href: format!("/groups/{}", group.slug),
        recognised,
    }))
}

#[server(endpoint = "get_proposal")]
pub async fn get_proposal(id: i32) -> Result<ProposalPage, AppError> {
    use crate::backend::access::request;
    use crate::backend::entities::agency;
    use crate::backend::{db, proposals};
    use crate::domain::proposal::lifecycle::{after, Step, Verdict};
    use sea_orm::EntityTrait;
    let db = db::from_context()?;
    let found = crate::backend::guards::in_round(&db, id).await?;
    let viewer = request::session().ok().and_then(|s| s.viewer);
    let yours = viewer.as_ref().is_some_and(|v| found.is_proposer(v));
    let officer = viewer.as_ref().is_some_and(|v| found.officer(v));
    let allowed = |step| after(step, found.status, found.phase).is_ok();
    let can = Abilities {
        edit: viewer.as_ref().is_some_and(|v| found.may_change(v)) && allowed(Step::Edit),
        withdraw: yours && allowed(Step::Withdraw),
        review: officer && allowed(Step::Review(Verdict::Feasible)),
        adjust_cost: officer && allowed(Step::AdjustCost),
        hide: officer && allowed(Step::Hide),
    };
    let agency = match found.proposal.agency_id {
        Some(a) => agency::Entity::find_by_id(a)
            .one(&db)
            .await?
            .map(|a| a.name),
        None => None,
    };
    let history = proposals::history(&db, id)
        .await?
        .into_iter()
        .map(history_line)
        .collect();
    let group = match found.proposal.community_group_id {
        Some(group_id) => sent_by_group(&db, group_id, found.place.id).await?,
        None => None,
    };
    let card = card(&found.proposal).ok_or(AppError::Internal)?;
    let after = crate::api::delivery::after_decision(&db, &found, viewer.as_ref()).await?;
    let shown = card.status.content_is_public() || yours || officer;
    // A withdrawn proposal stays on the record by its title, no longer by who sent it.
    let named = shown && (card.status != ProposalStatus::Withdrawn || yours || officer);
    let p = found.proposal;
    Ok(ProposalPage {
        body: if shown {
            paragraphs(in_reader_language(&p).body)
        } else {
            Vec::new()
        },
        proposer: if named && p.proposer_name.is_empty() {
            // Its proposer deleted their account.
            crate::i18n::t("proposal.former_resident").to_owned()
        } else if named {
            p.proposer_name
        } else {
            String::new()
        },
        location: p.location.filter(|_| shown),
        group: group.filter(|_| named),
        agency,
        status_reason: p.status_reason,
        cost_note: p.cost_note,
        version: p.version,
        history,
        phase: found.phase,
        yours,
        can,
        neighbourhood_slug: found.place.slug,
        neighbourhood_name: found.place.name,
        round_slug: found.round.slug,
        round_title: found.round.title,
        card,
        after,
    })
}

/// Turns a step the lifecycle refuses into the error the person sees.
#[cfg(feature = "ssr")]
pub(crate) fn refused(r: crate::domain::proposal::lifecycle::Refusal) -> AppError {
    AppError::Conflict(crate::i18n::Say::say(&r))
}

/// Someone changed the proposal between reading and writing.
#[cfg(feature = "ssr")]
pub(crate) fn stale() -> AppError {
    AppError::Conflict(crate::i18n::t("proposal.problem.stale").to_owned())
}

/// A proposal step's outcome as the form's answer: its notice for the next page, or
/// "changed meanwhile".
#[cfg(feature = "ssr")]
pub(crate) fn stored<T>(stored: crate::backend::record::Stored<T>) -> Result<T, AppError> {
    use crate::backend::record::Stored;
    match stored {
        Stored::Done { value, notice } => {
            if let Some(id) = notice {
                crate::backend::access::request::point_to_flash(&id)?;
            }
            Ok(value)
        }
        Stored::Stale => Err(stale()),
    }
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn blank_lines_separate_paragraphs_and_stray_space_is_dropped() {
        assert_eq!(paragraphs("One.\n\n  Two.\n\n\n"), vec!["One.", "Two."]);
        assert!(paragraphs("   ").is_empty());
    }
}
