//! What every page with a form needs: who is signed in, the CSRF token for the hidden
//! field, and the one-shot message a plain form post left for this page.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::flash::Flash;

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
