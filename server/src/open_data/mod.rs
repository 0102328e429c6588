//! The open data: a read-only JSON API under `/api/v1/` and CSV downloads of the same,
//! plus each round's ballot ledger as a pabulib `.pb` file. Only what the public pages
//! show is here: nothing of a draft round, and no votes before voting has closed.

mod csv;
mod datasets;
mod ledger;

use app::backend::entities::{neighbourhood, round};
use app::backend::{neighbourhoods, rounds};
use app::domain::phase::Phase;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use sea_orm::{DatabaseConnection, EntityTrait, QueryOrder};
use serde_json::json;

pub fn router<S: Clone + Send + Sync + 'static>(db: DatabaseConnection) -> Router<S> {
    Router::new()
        .route("/api/v1/neighbourhoods", get(list_neighbourhoods))
        .route("/api/v1/neighbourhoods/{n}/rounds", get(list_rounds))
        .route("/api/v1/neighbourhoods/{n}/groups", get(groups_json))
        .route("/api/v1/neighbourhoods/{n}/groups.csv", get(groups_csv))
        .route("/api/v1/neighbourhoods/{n}/rounds/{r}", get(round_index))
        .route("/api/v1/neighbourhoods/{n}/rounds/{r}/{file}", get(dataset))
        .with_state(db)
}

/// An answer the API gives instead of data: a status and a sentence saying why.
pub struct Refusal(StatusCode, String);

impl Refusal {
    fn not_found(what: &str) -> Refusal {
        Refusal(StatusCode::NOT_FOUND, format!("{what} could not be found"))
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (self.0, axum::Json(json!({ "error": self.1 }))).into_response()
    }
}

impl From<sea_orm::DbErr> for Refusal {
    fn from(e: sea_orm::DbErr) -> Refusal {
        tracing::error!(error = %e, "open data: database error");
        Refusal(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. Please try again later".into(),
        )
    }
}

impl From<app::error::AppError> for Refusal {
    fn from(e: app::error::AppError) -> Refusal {
        Refusal(e.status(), e.to_string())
    }
}

fn base(n: &str, r: &str) -> String {
    format!("/api/v1/neighbourhoods/{n}/rounds/{r}")
}

async fn list_neighbourhoods(State(db): State<DatabaseConnection>) -> Result<Response, Refusal> {
    let all = neighbourhood::Entity::find()
        .order_by_asc(neighbourhood::Column::Name)
        .all(&db)
        .await?;
    Ok(axum::Json(
        all.into_iter()
            .map(|n| {
                json!({
                    "slug": n.slug,
                    "name": n.name,
                    "rounds": format!("/api/v1/neighbourhoods/{}/rounds", n.slug),
                    "groups": format!("/api/v1/neighbourhoods/{}/groups", n.slug),
                })
            })
            .collect::<Vec<_>>(),
    )
    .into_response())
}

async fn place(db: &DatabaseConnection, slug: &str) -> Result<neighbourhood::Model, Refusal> {
    neighbourhoods::find_by_slug(db, slug)
        .await?
        .ok_or_else(|| Refusal::not_found("That neighbourhood"))
}

/// A public round, by slugs, with its phase.
async fn public_round(
    db: &DatabaseConnection,
    n: &str,
    r: &str,
) -> Result<(neighbourhood::Model, round::Model, Phase), Refusal> {
    let place = place(db, n).await?;
    let found = rounds::find(db, place.id, r)
        .await?
        .map(|r| {
            let phase = r.phase;
            (r, phase)
        })
        .filter(|(_, p)| p.is_public())
        .ok_or_else(|| Refusal::not_found("That round"))?;
    Ok((place, found.0, found.1))
}

async fn list_rounds(
    State(db): State<DatabaseConnection>,
    Path(n): Path<String>,
) -> Result<Response, Refusal> {
    let place = place(&db, &n).await?;
    let all = rounds::list_for_neighbourhoods(&db, &[place.id]).await?;
    let mut out = Vec::new();
    for r in all {
        let phase = r.phase;
        if !phase.is_public() {
            continue;
        }
        out.push(json!({
            "slug": r.slug,
            "title": r.title,
            "phase": phase.as_str(),
            "pot_pence": rounds::pot_total(&db, r.id).await?.as_i64(),
            "data": base(&place.slug, &r.slug),
        }));
    }
    Ok(axum::Json(out).into_response())
}

/// The community groups working in a neighbourhood, as their public pages show them.
async fn groups_of(db: &DatabaseConnection, n: &str) -> Result<Data, Refusal> {
    use app::domain::group_form::Standing;
    let place = place(db, n).await?;
    let all = app::backend::groups::in_neighbourhood(
        db,
        place.id,
        &[
            Standing::Waiting,
            Standing::ChangesAsked,
            Standing::Recognised,
            Standing::Declined,
            Standing::Withdrawn,
        ],
    )
    .await?;
    let mut table = csv::Csv::new(&[
        "slug",
        "name",
        "summary",
        "standing",
        "decided_on",
        "withdrawal_reason",
        "contact_email",
        "website",
        "charity_number",
        "page",
    ]);
    let mut rows = Vec::new();
    for (g, area) in all {
        let standing = Standing::parse(&area.standing).unwrap_or(Standing::Waiting);
        let decided_on = area.decided_at.map(|at| at.date_naive().to_string());
        // Only a withdrawal's reason is public, as on the group's page.
        let reason = area.reason.filter(|_| standing == Standing::Withdrawn);
        let page = format!("/groups/{}", g.slug);
        // A contact address is public once someone at it confirmed it.
        let contact = if g.contact_confirmed_at.is_some() {
            g.contact_email.clone()
        } else {
            String::new()
        };
        table.row([
            g.slug.clone(),
            g.name.clone(),
            g.summary.clone(),
            standing.as_str().to_owned(),
            decided_on.clone().unwrap_or_default(),
            reason.clone().unwrap_or_default(),
            contact.clone(),
            g.website.clone().unwrap_or_default(),
            g.charity_number.clone().unwrap_or_default(),
            page.clone(),
        ]);
        rows.push(json!({
            "slug": g.slug,
            "name": g.name,
            "summary": g.summary,
            "standing": standing.as_str(),
            "decided_on": decided_on,
            "withdrawal_reason": reason,
            "contact_email": contact,
            "website": g.website,
            "charity_number": g.charity_number,
            "page": page,
        }));
    }
    Ok(Data(serde_json::Value::Array(rows), table))
}

async fn groups_json(
    State(db): State<DatabaseConnection>,
    Path(n): Path<String>,
) -> Result<Response, Refusal> {
    let Data(value, _) = groups_of(&db, &n).await?;
    Ok((
        [(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")],
        axum::Json(value),
    )
        .into_response())
}

async fn groups_csv(
    State(db): State<DatabaseConnection>,
    Path(n): Path<String>,
) -> Result<Response, Refusal> {
    let Data(_, table) = groups_of(&db, &n).await?;
    let disposition = format!("inline; filename=\"{n}-groups.csv\"");
    Ok((
        [
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*".to_owned()),
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        table.finish(),
    )
        .into_response())
}

async fn round_index(
    State(db): State<DatabaseConnection>,
    Path((n, r)): Path<(String, String)>,
) -> Result<Response, Refusal> {
    let (place, round, phase) = public_round(&db, &n, &r).await?;
    let b = base(&place.slug, &round.slug);
    let mut files = json!({
        "proposals": { "json": format!("{b}/proposals.json"), "csv": format!("{b}/proposals.csv") },
        "history": { "json": format!("{b}/history.json"), "csv": format!("{b}/history.csv") },
    });
    if phase.votes_may_be_shown() {
        files["results"] =
            json!({ "json": format!("{b}/results.json"), "csv": format!("{b}/results.csv") });
        files["ledger"] = json!({ "pb": format!("{b}/ledger.pb") });
    }
    if phase >= Phase::DecisionPublished {
        files["decision"] =
            json!({ "json": format!("{b}/decision.json"), "csv": format!("{b}/decision.csv") });
        files["delivery"] =
            json!({ "json": format!("{b}/delivery.json"), "csv": format!("{b}/delivery.csv") });
    }
    Ok(axum::Json(json!({
        "neighbourhood": { "slug": place.slug, "name": place.name },
        "round": { "slug": round.slug, "title": round.title, "phase": phase.as_str(), "ballot_rule": round.ballot_rule.as_str(), "count_rule": round.count_rule },
        "pot_pence": rounds::pot_total(&db, round.id).await?.as_i64(),
        "files": files,
    }))
    .into_response())
}

/// A dataset: a JSON value and the same as a table.
pub struct Data(serde_json::Value, csv::Csv);

async fn dataset(
    State(db): State<DatabaseConnection>,
    Path((n, r, file)): Path<(String, String, String)>,
) -> Result<Response, Refusal> {
    let (place, round, phase) = public_round(&db, &n, &r).await?;
    let (name, ext) = file
        .rsplit_once('.')
        .ok_or_else(|| Refusal::not_found("That file"))?;
    let data = match name {
        "proposals" => datasets::proposals(&db, &round).await?,
        "history" => datasets::history(&db, &round).await?,
        "results" | "ledger" if !phase.votes_may_be_shown() => {
            return Err(Refusal(
                StatusCode::FORBIDDEN,
                "The votes are published once voting has closed".into(),
            ))
        }
        "results" => datasets::results(&db, &round).await?,
        "ledger" if ext == "pb" => {
            let body = ledger::ledger_pb(&db, &place, &round).await?;
            return Ok((
                [
                    (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*".to_owned()),
                    (header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!(
                            "inline; filename=\"{}-{}-ledger.pb\"",
                            place.slug, round.slug
                        ),
                    ),
                ],
                body,
            )
                .into_response());
        }
        "decision" => datasets::decision(&db, &round).await?,
        "delivery" => datasets::delivery(&db, &round).await?,
        _ => return Err(Refusal::not_found("That file")),
    };
    let download = format!("{}-{}-{name}.{ext}", place.slug, round.slug);
    let disposition = format!("inline; filename=\"{download}\"");
    let cors = (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*".to_owned());
    match (data, ext) {
        (Data(value, _), "json") => Ok((
            [cors, (header::CONTENT_DISPOSITION, disposition)],
            axum::Json(value),
        )
            .into_response()),
        (Data(_, table), "csv") => Ok((
            [
                cors,
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CONTENT_DISPOSITION, disposition),
            ],
            table.finish(),
        )
            .into_response()),
        _ => Err(Refusal::not_found("That file")),
    }
}
