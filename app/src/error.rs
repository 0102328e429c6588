//! AppError: the one error type the browser sees. Internal causes are logged on the
//! server with their context and never sent to the client.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("{message}")]
    Validation { field: String, message: String },
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

    /// The HTTP status this error is served with.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            AppError::Validation { .. } | AppError::Request(_) => StatusCode::UNPROCESSABLE_ENTITY,
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
            AppError::Validation { .. } | AppError::Request(_) => "There is a problem",
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
