//! What people see when something goes wrong: a plain explanation and a way on.

use crate::components::page_title::PageTitle;
use crate::error::AppError;
use crate::i18n::{t, tr};
use leptos::prelude::*;

/// Renders an error and sets the HTTP status of the response to match.
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(error.status());
    }
    let title = error.title();
    let detail = match &error {
        AppError::NotFound(what) => tr("error.not_found_page", &[("what", what.clone())]),
        other => other.to_string(),
    };
    view! {
        <PageTitle text=title/>
        <h1 class="heading-l">{title}</h1>
        <p class="body">{detail}</p>
        {matches!(error, AppError::Unauthenticated).then(|| view! {
            <p class="body"><a href="/sign-in">{t("error.page.sign_in")}</a>" "{t("error.page.or")}" "<a href="/sign-up">{t("error.page.create")}</a></p>
        })}
        <p class="body"><a href="/">{t("error.page.home")}</a></p>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <ErrorPage error=AppError::not_found(t("error.the_page"))/> }
}
