//! `POST /language` (code, back, csrf): the reader's choice of language, kept in a
//! cookie for a year, then back to the page they were on. A plain form, so it works
//! without JavaScript, and a post, because someone signed in is written to in the
//! language they choose from then on. `back` must be a path on this site, so the form
//! cannot send anyone away.

use app::backend::access::request::{AccessConfig, RequestSession};
use axum::extract::{Extension, Form};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Choice {
    code: String,
    back: Option<String>,
    #[serde(default)]
    csrf: String,
}

fn safe_path(back: Option<&str>) -> &str {
    back.and_then(app::domain::local_path::local_path)
        .unwrap_or("/")
}

pub async fn choose(
    Extension(config): Extension<AccessConfig>,
    Extension(session): Extension<RequestSession>,
    Form(choice): Form<Choice>,
) -> Response {
    if !session.csrf_matches(&choice.csrf) {
        return (
            StatusCode::FORBIDDEN,
            "This page was open too long or came from somewhere else. Go back, reload the page and choose the language again.",
        )
            .into_response();
    }
    let Some(code) = app::i18n::known(&choice.code) else {
        return (StatusCode::NOT_FOUND, "There is no such language").into_response();
    };
    if let Some(viewer) = &session.viewer {
        // The page still changes language if this fails; only their letters would not.
        if let Err(e) =
            app::backend::access::users::set_language(&config.db, viewer.user_id, code).await
        {
            tracing::error!(error = %e, "could not record a language choice");
        }
    }
    let cookie = app::i18n::choice_cookie(code);
    (
        StatusCode::SEE_OTHER,
        [
            (header::SET_COOKIE, cookie),
            (
                header::LOCATION,
                safe_path(choice.back.as_deref()).to_owned(),
            ),
        ],
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::safe_path;

    #[test]
    fn only_a_path_on_this_site_is_followed_back() {
        assert_eq!(
            safe_path(Some("/neighbourhoods/x?y=1")),
            "/neighbourhoods/x?y=1"
        );
        assert_eq!(safe_path(Some("//evil.example")), "/");
        assert_eq!(safe_path(Some("https://evil.example")), "/");
        assert_eq!(safe_path(Some("/\\evil.example")), "/");
        assert_eq!(safe_path(None), "/");
    }
}
