//! AppError: the one error type the browser sees. Internal causes are logged on the
//! server with their context and never sent to the client.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// One problem with one field of a form, shown in the error summary and by the field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl ToString) -> FieldError {
        FieldError {
            field: field.to_owned(),
            message: message.to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("{message}")]
    Validation { field: String, message: String },
    /// Several fields of a form at once, in the order they appear on the page.
    #[error("{}", .0.first().map(|e| e.message.as_str()).unwrap_or(crate::i18n::t("error.check_form")))]
    Invalid(Vec<FieldError>),
    /// A form that did not come from one of our own pages.
    #[error("{}", crate::i18n::t("error.forged"))]
    ForgedRequest,
    #[error("{}", crate::i18n::t("error.sign_in"))]
    Unauthenticated,
    #[error("{}", crate::i18n::t("error.forbidden"))]
    Forbidden,
    #[error("{}", crate::i18n::tr("error.not_found", &[("what", .0.clone())]))]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    /// Allowed later in the round's life, not now (for example results before voting closes).
    #[error("{0}")]
    NotYet(String),
    #[error("{}", crate::i18n::t("error.rate_limited"))]
    RateLimited,
    /// Too many people are signing in at this moment: try again shortly (503).
    #[error("{}", crate::i18n::t("error.busy"))]
    Busy,
    #[error("{}", crate::i18n::t("error.internal"))]
    Internal,
    #[error("{}", crate::i18n::tr("error.request", &[("why", .0.clone())]))]
    Request(String),
}

impl AppError {
    pub fn not_found(what: impl Into<String>) -> Self {
        AppError::NotFound(what.into())
    }

    /// The problems a domain form reader named, each beside its field, in the reader's
    /// language.
    pub fn invalid(problems: Vec<(&'static str, crate::domain::message::Message)>) -> Self {
        use crate::i18n::Say;
        AppError::Invalid(
            problems
                .into_iter()
                .map(|(field, message)| FieldError::new(field, message.say()))
                .collect(),
        )
    }

    /// The problems to show beside form fields; a non-field error goes in the summary
    /// under the empty field name.
    pub fn field_errors(&self) -> Vec<FieldError> {
        match self {
            AppError::Invalid(errors) => errors.clone(),
            AppError::Validation { field, message } => vec![FieldError::new(field, message)],
            other => vec![FieldError::new("", other.to_string())],
        }
    }

    /// The HTTP status this error is served with.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            AppError::Validation { .. } | AppError::Invalid(_) | AppError::Request(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            AppError::ForgedRequest => StatusCode::FORBIDDEN,
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::NotYet(_) => StatusCode::FORBIDDEN,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A short page title for the error pages.
    pub fn title(&self) -> &'static str {
        crate::i18n::t(match self {
            AppError::Validation { .. } | AppError::Invalid(_) | AppError::Request(_) => {
                "error.title.problem"
            }
            AppError::ForgedRequest => "error.title.forged",
            AppError::Unauthenticated => "error.title.sign_in",
            AppError::Forbidden => "error.title.forbidden",
            AppError::NotYet(_) => "error.title.not_yet",
            AppError::NotFound(_) => "error.title.not_found",
            AppError::Conflict(_) => "error.title.conflict",
            AppError::RateLimited => "error.title.rate_limited",
            AppError::Busy => "error.title.busy",
            AppError::Internal => "error.title.internal",
        })
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(m) | ServerFnErrorErr::Deserialization(m) => {
                AppError::Request(m)
            }
            ServerFnErrorErr::MissingArg(m) => AppError::Request(format!("missing {m}")),
            _ => AppError::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        tracing::error!(error = %err, "database error");
        AppError::Internal
    }
}
