//! What every page with a form needs: who is signed in, the CSRF token for the hidden
//! field, and the one-shot message a plain form post left for this page.

use crate::error::{AppError, FieldError};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// The form the errors and values belong to.
    pub form: Option<String>,
    pub errors: Vec<FieldError>,
    pub values: BTreeMap<String, String>,
    /// A confirmation ("Your password has been changed").
    pub notice: Option<String>,
    /// Voting codes just made, shown this once for printing.
    pub codes: Vec<String>,
}

impl Flash {
    pub fn notice(text: impl Into<String>) -> Flash {
        Flash {
            notice: Some(text.into()),
            ..Flash::default()
        }
    }

    /// The errors for `form`, if this flash is about it.
    pub fn errors_for(&self, form: &str) -> Vec<FieldError> {
        if self.form.as_deref() == Some(form) {
            self.errors.clone()
        } else {
            Vec::new()
        }
    }

    pub fn value(&self, form: &str, field: &str) -> String {
        if self.form.as_deref() == Some(form) {
            self.values.get(field).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub display_name: String,
    pub is_admin: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageForms {
    pub csrf: String,
    pub signed_in: Option<SignedIn>,
    pub flash: Flash,
}

/// The CSRF token, the signed-in person and this page's flash (read once).
#[server(endpoint = "form_context")]
pub async fn form_context() -> Result<PageForms, AppError> {
    use crate::backend::access::{flash, request};
    let current = request::session()?;
    let config = request::config()?;
    let flash = match &current.flash_id {
        Some(id) => {
            request::set_cookie(request::cookie(
                request::CookieKind::Flash,
                "",
                config.secure_cookies,
                Some(0),
            ));
            flash::take(&config.db, id).await?.unwrap_or_default()
        }
        None => Flash::default(),
    };
    Ok(PageForms {
        csrf: current.csrf,
        signed_in: current.viewer.map(|v| SignedIn {
            is_admin: v.is_admin(),
            display_name: v.display_name,
        }),
        flash,
    })
}
