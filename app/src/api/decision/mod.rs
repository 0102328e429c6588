//! The budget decision: the public decision page with its history (here), and the
//! councillors' draft (`draft`).

pub mod draft;
pub mod preview;

use crate::domain::decision_draft::Departure;
use crate::domain::money::Pence;
use crate::domain::phase::Phase;
use crate::error::AppError;
use crate::i18n::{t, tr};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One proposal in the decision, beside its vote and the count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionRow {
    pub proposal_id: i32,
    pub title: String,
    pub area: String,
    pub cost: Pence,
    pub votes: u64,
    pub in_result: bool,
    pub amount: Pence,
    /// (agency, amount).
    pub paid_by: Vec<(String, Pence)>,
    pub departure: Option<Departure>,
    pub reason: String,
    /// Where delivery stands, once an officer has said.
    pub delivery: Option<String>,
}

/// A version of the decision: the first, or an amendment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionVersion {
    pub id: i32,
    pub published_on: String,
    pub published_by: String,
    pub content_hash: String,
    pub summary: String,
    pub amends: Option<i32>,
    pub amendment_reason: Option<String>,
    /// What it changed from the version before: "Youth club: £30,000 to £25,000".
    pub changes: Vec<String>,
}

/// What one agency pays, against what it put in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgencyMoney {
    pub agency: String,
    pub given: Pence,
    pub share: Pence,
    /// "Only for health and wellbeing": empty when not ring-fenced.
    pub fence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionPage {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
    pub phase: Phase,
    pub pot: Pence,
    pub ballots: usize,
    /// "Greedy (most votes first)" or "Method of Equal Shares".
    pub rule: String,
    /// Funded first, then the rest, each by votes.
    pub rows: Vec<DecisionRow>,
    pub total: Pence,
    pub by_agency: Vec<AgencyMoney>,
    /// (priority area, amount), largest first.
    pub by_area: Vec<(String, Pence)>,
    /// Oldest first; the last is in force.
    pub history: Vec<DecisionVersion>,
    /// The person looking may draft an amendment.
    pub may_amend: bool,
}

pub fn rule_words(rule: crate::domain::count::CountRule) -> &'static str {
    use crate::domain::count::CountRule;
    t(match rule {
        CountRule::Greedy => "decision.rule.greedy",
        CountRule::Mes | CountRule::MesComplete => "decision.rule.mes",
    })
}

/// "Only for health and wellbeing or older people and care".
pub fn fence_words(fence: &[crate::domain::priority_area::PriorityArea]) -> String {
    if fence.is_empty() {
        return String::new();
    }
    let areas: Vec<String> = fence
        .iter()
        .map(|a| crate::i18n::area_name(*a).to_lowercase())
        .collect();
    tr(
        "decision.only_for",
        &[("areas", crate::i18n::any_of(&areas))],
    )
}

#[cfg(feature = "ssr")]
fn changes(
    before: &[crate::domain::decision_draft::DraftLine],
    after: &[crate::domain::decision_draft::DraftLine],
    title: impl Fn(i32) -> String,
) -> Vec<String> {
    let amount = |lines: &[crate::domain::decision_draft::DraftLine], id: i32| {
        lines
            .iter()
            .find(|l| l.proposal_id == id)
            .map_or(Pence::ZERO, |l| l.amount)
    };
    let mut ids: Vec<i32> = before.iter().chain(after).map(|l| l.proposal_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let word = |p: Pence| {
        if p == Pence::ZERO {
            t("decision.change.not_funded").to_owned()
        } else {
            p.to_string()
        }
    };
    let mut out = Vec::new();
    for id in ids {
        let (b, a) = (amount(before, id), amount(after, id));
        let payers = |lines: &[crate::domain::decision_draft::DraftLine]| {
            lines
                .iter()
                .find(|l| l.proposal_id == id)
                .map(|l| l.paid_by.clone())
                .unwrap_or_default()
        };
        if b != a {
            out.push(tr(
                "decision.change.amount",
                &[("title", title(id)), ("from", word(b)), ("to", word(a))],
            ));
        } else if payers(before) != payers(after) {
            out.push(tr("decision.change.payers", &[("title", title(id))]));
        }
    }
    out
}

#[server(endpoint = "get_decision")]
pub async fn get_decision(neighbourhood: String, round: String) -> Result<DecisionPage, AppError> {
    use crate::backend::access::request;
    use crate::backend::{db, decisions};
    use crate::domain::account::access::Action;
    let db = db::from_context()?;
    let crate::backend::guards::Found {
        place: n,
        round: r,
        phase,
    } = crate::backend::guards::public_round(&db, &neighbourhood, &round).await?;
    let stored = decisions::history(&db, r.id).await?;
    if stored.is_empty() {
        return Err(AppError::NotYet(t("decision.not_published_yet").to_owned()));
    }
    let may_amend = request::session()
        .ok()
        .and_then(|s| s.viewer)
        .is_some_and(|v| {
            v.may(Action::PublishDecision {
                neighbourhood_id: n.id,
            })
        });
    decision_page(&db, n, r, phase, stored, may_amend).await
}

/// The decision page from its versions, oldest first; the last is the one in force (or,
/// for the councillors' last look, the draft as it would be published).
#[cfg(feature = "ssr")]
pub(crate) async fn decision_page(
    db: &impl sea_orm::ConnectionTrait,
    n: crate::backend::entities::neighbourhood::Model,
    r: crate::backend::entities::round::Model,
    phase: Phase,
    stored: Vec<crate::backend::decisions::Stored>,
    may_amend: bool,
) -> Result<DecisionPage, AppError> {
    use crate::backend::entities::user;
    use crate::backend::{decisions, delivery};
    use crate::domain::decision_draft::departure;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use std::collections::BTreeMap;
    let Some(latest) = stored.last() else {
        return Err(AppError::NotYet(t("decision.not_published_yet").to_owned()));
    };
    let basis = decisions::basis(db, &r).await?;
    let publishers: BTreeMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(stored.iter().map(|s| s.decision.published_by)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let history = stored
        .iter()
        .enumerate()
        .map(|(k, s)| DecisionVersion {
            id: s.decision.id,
            published_on: crate::api::rounds::long_date(s.decision.published_at.date_naive()),
            published_by: publishers
                .get(&s.decision.published_by)
                .cloned()
                .unwrap_or_default(),
            content_hash: s.decision.content_hash.clone(),
            summary: s.decision.summary.clone(),
            amends: s.decision.amends_decision_id,
            amendment_reason: s.decision.amendment_reason.clone(),
            changes: match k {
                0 => Vec::new(),
                _ => changes(&stored[k - 1].lines, &s.lines, |id| basis.title(id)),
            },
        })
        .collect();
    let updates = delivery::updates(
        db,
        &latest
            .lines
            .iter()
            .map(|l| l.proposal_id)
            .collect::<Vec<_>>(),
    )
    .await?;
    let mut rows: Vec<DecisionRow> = basis
        .candidates
        .iter()
        .map(|c| {
            let line = latest.lines.iter().find(|l| l.proposal_id == c.proposal_id);
            let amount = line.map_or(Pence::ZERO, |l| l.amount);
            DecisionRow {
                proposal_id: c.proposal_id,
                title: c.title.clone(),
                area: crate::i18n::area_name(c.area).to_owned(),
                cost: c.cost,
                votes: basis.counted.votes(c.proposal_id),
                in_result: c.in_result,
                amount,
                paid_by: line
                    .map(|l| {
                        l.paid_by
                            .iter()
                            .map(|(a, p)| (basis.agency(*a), *p))
                            .collect()
                    })
                    .unwrap_or_default(),
                departure: departure(c, amount),
                reason: line.map(|l| l.reason.clone()).unwrap_or_default(),
                delivery: updates
                    .iter()
                    .rfind(|u| u.proposal_id == c.proposal_id)
                    .map(|u| u.status)
                    .map(|s| crate::i18n::delivery_name(s).to_owned()),
            }
        })
        .collect();
    rows.sort_by_key(|r| {
        (
            r.amount == Pence::ZERO,
            std::cmp::Reverse(r.votes),
            r.proposal_id,
        )
    });
    let total = rows.iter().map(|r| r.amount).sum();
    let by_agency = basis
        .shares
        .iter()
        .map(|s| AgencyMoney {
            agency: s.agency.clone(),
            given: latest
                .lines
                .iter()
                .filter_map(|l| l.paid_by.get(&s.agency_id).copied())
                .sum(),
            share: s.amount,
            fence: fence_words(&s.ring_fence),
        })
        .collect();
    let mut areas: BTreeMap<String, Pence> = BTreeMap::new();
    for row in rows.iter().filter(|r| r.amount > Pence::ZERO) {
        *areas.entry(row.area.clone()).or_default() =
            areas.get(&row.area).copied().unwrap_or_default() + row.amount;
    }
    let mut by_area: Vec<(String, Pence)> = areas.into_iter().collect();
    by_area.sort_by_key(|(area, p)| (std::cmp::Reverse(*p), area.clone()));
    Ok(DecisionPage {
        neighbourhood_slug: n.slug,
        neighbourhood_name: n.name,
        round_slug: r.slug,
        round_title: r.title,
        phase,
        pot: basis.counted.pot,
        ballots: basis.counted.comparison.ballots,
        rule: rule_words(basis.counted.rule).to_owned(),
        rows,
        total,
        by_agency,
        by_area,
        history,
        may_amend,
    })
}
