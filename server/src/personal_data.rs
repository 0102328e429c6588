//! `GET /account/data.json`: everything Commonpot holds about the signed-in person, as
//! a file to keep (see `app::backend::access::personal_data::export`). A GET that
//! changes nothing; someone signed out is sent to sign in and brought back.

use app::backend::access::request::{AccessConfig, RequestSession};
use axum::extract::Extension;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

pub async fn download(
    Extension(config): Extension<AccessConfig>,
    Extension(session): Extension<RequestSession>,
) -> Response {
    let Some(viewer) = session.viewer else {
        return Redirect::to("/sign-in?next=/account").into_response();
    };
    match app::backend::access::personal_data::export(&config.db, viewer.user_id).await {
        Ok(Some(data)) => (
            [
                (header::CONTENT_TYPE, "application/json; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"commonpot-my-data.json\"",
                ),
            ],
            serde_json::to_string_pretty(&data).unwrap_or_default(),
        )
            .into_response(),
        Ok(None) => Redirect::to("/sign-in").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "could not gather a person's data");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "Commonpot could not gather your data just now. Nothing has changed: try again in a moment.",
            )
                .into_response()
        }
    }
}
