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
    #[error("{}", .0.first().map(|e| e.message.as_str()).unwrap_or("Check the form"))]
    Invalid(Vec<FieldError>),
    /// A form that did not come from one of our own pages.
    #[error("This form has expired or was sent from another website. Go back, reload the page and try again")]
    ForgedRequest,
    #[error("You need to sign in to do that")]
    Unauthenticated,
    #[error("You do not have permission to do that")]
    Forbidden,
    #[error("{0} could not be found")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    /// Allowed later in the round's life, not now (for example results before voting closes).
    #[error("{0}")]
    NotYet(String),
    #[error("Too many attempts. Wait a few minutes and try again")]
    RateLimited,
    #[error("Something went wrong on our side. Please try again later")]
    Internal,
    #[error("The request could not be understood: {0}")]
    Request(String),
}

impl AppError {
    pub fn not_found(what: impl Into<String>) -> Self {
        AppError::NotFound(what.into())
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
            AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A short page title for the error pages.
    pub fn title(&self) -> &'static str {
        match self {
            AppError::Validation { .. } | AppError::Invalid(_) | AppError::Request(_) => {
                "There is a problem"
            }
            AppError::ForgedRequest => "The form could not be accepted",
            AppError::Unauthenticated => "Sign in",
            AppError::Forbidden => "You cannot do that",
            AppError::NotYet(_) => "Not available yet",
            AppError::NotFound(_) => "Page not found",
            AppError::Conflict(_) => "That has changed",
            AppError::RateLimited => "Too many attempts",
            AppError::Internal => "Sorry, there is a problem with the service",
        }
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
