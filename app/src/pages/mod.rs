//! One route component per file, mirroring the URL.

pub mod account;
pub mod admin_accounts;
pub mod admin_audit;
pub mod admin_neighbourhoods;
pub mod admin_roles;
pub mod change_email;
pub mod codes;
pub mod confirm_email;
pub mod decision;
pub mod decision_draft;
pub mod decision_preview;
pub mod feedback;
pub mod groups;
pub mod help;
pub mod home;
pub mod invitation;
pub mod my_proposals;
pub mod neighbourhood;
pub mod notices;
pub mod paper;
pub mod pot;
pub mod proposal;
pub mod propose;
pub mod reopen;
pub mod results;
pub mod review;
pub mod round;
pub mod round_settings;
pub mod set_password;
pub mod sign_in;
pub mod voids;
pub mod vote;

use crate::components::error_page::ErrorPage;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

/// After a refused post of `form`, what was sent in `field`; otherwise what is stored.
pub fn sent_or(
    ctx: &crate::api::forms::PageForms,
    form: &str,
    field: &str,
    stored: String,
) -> String {
    if ctx.flash.form.as_deref() == Some(form) && ctx.flash.values.contains_key(field) {
        ctx.flash.value(form, field)
    } else {
        stored
    }
}

/// A page with forms: its data together with the CSRF token and any message a form
/// post left for it.
pub fn with_forms<S, T, Fut>(
    source: impl Fn() -> S + Send + Sync + 'static,
    fetch: impl Fn(S) -> Fut + Send + Sync + Copy + 'static,
) -> Resource<Result<(crate::api::forms::PageForms, T), AppError>>
where
    S: PartialEq + Clone + Send + Sync + 'static,
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
{
    Resource::new_blocking(source, move |s| async move {
        let forms = crate::api::forms::form_context().await?;
        Ok((forms, fetch(s).await?))
    })
}

/// Waits for a page's data on the server, then renders it, or the error page with the
/// right HTTP status.
pub fn loaded<T, V>(
    data: Resource<Result<T, AppError>>,
    render: impl Fn(T) -> V + Send + Sync + Clone + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| view! { <p class="body">{crate::i18n::t("site.loading")}</p> }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                match data.await {
                    Ok(value) => render(value).into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })
            }}
        </Suspense>
    }
}
