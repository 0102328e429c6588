//! Each dataset of a round, as JSON and as a CSV table with the same rows.

use super::csv::Csv;
use super::{Data, Refusal};
use app::backend::entities::{round, user};
use app::backend::{decisions, delivery, proposals};
use app::domain::proposal::ProposalStatus;
use axum::http::StatusCode;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::json;
use std::collections::BTreeMap;

pub async fn proposals(db: &DatabaseConnection, r: &round::Model) -> Result<Data, Refusal> {
    let mut all = proposals::list_for_round(db, r.id).await?;
    all.sort_by_key(|p| p.id);
    let mut rows = Vec::new();
    let mut csv = Csv::new(&[
        "id",
        "title",
        "summary",
        "priority_area",
        "cost_pence",
        "status",
        "proposer",
        "removed_because",
    ]);
    for p in all {
        let status = p.status;
        // Removed proposals keep their place on the record and the officers' public
        // reason, not their words nor who sent them.
        let public = status.content_is_public();
        let shown = |text: &str| {
            if public {
                text.to_owned()
            } else {
                String::new()
            }
        };
        let reason = if public {
            String::new()
        } else {
            p.status_reason.clone().unwrap_or_default()
        };
        // A proposer who deleted their account is no longer named, nor one who withdrew.
        let proposer = if status == ProposalStatus::Withdrawn {
            ""
        } else if p.proposer_name.is_empty() {
            "a former resident"
        } else {
            p.proposer_name.as_str()
        };
        csv.row([
            p.id.to_string(),
            shown(&p.title),
            shown(&p.summary),
            p.priority_area.clone(),
            p.cost_pence.to_string(),
            status.as_str().to_owned(),
            shown(proposer),
            reason.clone(),
        ]);
        rows.push(json!({
            "id": p.id,
            "title": shown(&p.title),
            "summary": shown(&p.summary),
            "priority_area": p.priority_area,
            "cost_pence": p.cost_pence,
            "status": status.as_str(),
            "proposer": shown(proposer),
            "removed_because": reason,
            "page": format!("/proposals/{}", p.id),
        }));
    }
    Ok(Data(json!(rows), csv))
}

pub async fn results(db: &DatabaseConnection, r: &round::Model) -> Result<Data, Refusal> {
    let counted = app::backend::results::count_round(db, r).await?;
    let mut csv = Csv::new(&[
        "proposal_id",
        "title",
        "cost_pence",
        "votes",
        "greedy",
        "equal_shares",
        "in_result",
    ]);
    let mut lines = Vec::new();
    for row in &counted.comparison.rows {
        let Some(p) = counted.on_ballot.iter().find(|p| p.id == row.proposal_id) else {
            continue;
        };
        let in_result = counted.in_result(p.id);
        csv.row([
            p.id.to_string(),
            p.title.clone(),
            p.cost_pence.to_string(),
            row.votes.to_string(),
            row.greedy.to_string(),
            row.equal_shares.to_string(),
            in_result.to_string(),
        ]);
        lines.push(json!({
            "proposal_id": p.id,
            "title": p.title,
            "cost_pence": p.cost_pence,
            "votes": row.votes,
            "greedy": row.greedy,
            "equal_shares": row.equal_shares,
            "in_result": in_result,
        }));
    }
    Ok(Data(
        json!({
            "ballots": counted.comparison.ballots,
            "pot_pence": counted.pot.as_i64(),
            "count_rule": counted.rule.as_str(),
            "greedy_total_pence": counted.comparison.greedy_total.as_i64(),
            "equal_shares_total_pence": counted.comparison.equal_shares_total.as_i64(),
            "lines": lines,
        }),
        csv,
    ))
}

fn not_published() -> Refusal {
    Refusal(
        StatusCode::NOT_FOUND,
        "The councillors have not published this round's decision yet".into(),
    )
}

pub async fn decision(db: &DatabaseConnection, r: &round::Model) -> Result<Data, Refusal> {
    let history = decisions::history(db, r.id).await?;
    if history.is_empty() {
        return Err(not_published());
    }
    let basis = decisions::basis(db, r).await?;
    let names: BTreeMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(history.iter().map(|s| s.decision.published_by)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let mut csv = Csv::new(&[
        "decision_id",
        "proposal_id",
        "title",
        "amount_pence",
        "paid_by",
        "reason",
    ]);
    if let Some(latest) = history.last() {
        for l in &latest.lines {
            csv.row([
                latest.decision.id.to_string(),
                l.proposal_id.to_string(),
                basis.title(l.proposal_id),
                l.amount.as_i64().to_string(),
                l.paid_by
                    .iter()
                    .map(|(a, p)| format!("{}: {}", basis.agency(*a), p.as_i64()))
                    .collect::<Vec<_>>()
                    .join("; "),
                l.reason.clone(),
            ]);
        }
    }
    let versions: Vec<serde_json::Value> = history
        .iter()
        .map(|s| {
            json!({
                "id": s.decision.id,
                "amends": s.decision.amends_decision_id,
                "amendment_reason": s.decision.amendment_reason,
                "summary": s.decision.summary,
                "published_at": s.decision.published_at.to_rfc3339(),
                "published_by": names.get(&s.decision.published_by),
                "content_hash": s.decision.content_hash,
                "lines": s.lines.iter().map(|l| json!({
                    "proposal_id": l.proposal_id,
                    "title": basis.title(l.proposal_id),
                    "amount_pence": l.amount.as_i64(),
                    "reason": l.reason,
                    "paid_by": l.paid_by.iter().map(|(a, p)| json!({
                        "agency": basis.agency(*a),
                        "amount_pence": p.as_i64(),
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    Ok(Data(
        json!({
            "in_force": history.last().map(|s| s.decision.id),
            "versions": versions,
        }),
        csv,
    ))
}

pub async fn delivery(db: &DatabaseConnection, r: &round::Model) -> Result<Data, Refusal> {
    if decisions::latest_for_round(db, r.id).await?.is_none() {
        return Err(not_published());
    }
    let all = proposals::list_for_round(db, r.id).await?;
    let ids: Vec<i32> = all.iter().map(|p| p.id).collect();
    let title = |id: i32| {
        all.iter()
            .find(|p| p.id == id)
            .map(|p| p.title.clone())
            .unwrap_or_default()
    };
    let mut csv = Csv::new(&[
        "proposal_id",
        "title",
        "status",
        "date",
        "spend_pence",
        "note",
    ]);
    let mut rows = Vec::new();
    for u in delivery::updates(db, &ids).await? {
        csv.row([
            u.proposal_id.to_string(),
            title(u.proposal_id),
            u.status.as_str().to_owned(),
            u.happened_on.to_string(),
            u.spend_pence.to_string(),
            u.note.clone(),
        ]);
        rows.push(json!({
            "proposal_id": u.proposal_id,
            "title": title(u.proposal_id),
            "status": u.status.as_str(),
            "date": u.happened_on.to_string(),
            "spend_pence": u.spend_pence,
            "note": u.note,
            "posted_at": u.posted_at.to_rfc3339(),
        }));
    }
    Ok(Data(json!(rows), csv))
}

/// The round's public history: every round-level step, when and by which role (never a
/// person), with its detail as stored (phases moved between, a voided ballot's receipt
/// and reason, a reopening's new closing time and reason).
pub async fn history(db: &DatabaseConnection, r: &round::Model) -> Result<Data, Refusal> {
    let steps = app::backend::round_history::list(db, r.id).await?;
    let mut csv = Csv::new(&["at", "by", "step", "detail"]);
    let mut lines = Vec::new();
    for s in steps {
        let at = s.at.to_rfc3339();
        csv.row([
            at.clone(),
            s.actor_role.clone(),
            s.kind.clone(),
            s.detail.clone(),
        ]);
        lines.push(json!({ "at": at, "by": s.actor_role, "step": s.kind, "detail": s.detail }));
    }
    Ok(Data(json!({ "history": lines }), csv))
}
