//! What people see when something goes wrong: a plain explanation and a way on.

use crate::components::page_title::PageTitle;
use crate::error::AppError;
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
        AppError::NotFound(what) => format!(
            "{what} could not be found. If you typed the web address, check it is correct. \
             If you pasted it, check you copied the entire address."
        ),
        other => other.to_string(),
    };
    view! {
        <PageTitle text=title/>
        <h1 class="heading-l">{title}</h1>
        <p class="body">{detail}</p>
        {matches!(error, AppError::Unauthenticated).then(|| view! {
            <p class="body"><a href="/sign-in">"Sign in"</a>" or "<a href="/sign-up">"create an account"</a></p>
        })}
        <p class="body"><a href="/">"Go to the list of neighbourhoods"</a></p>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <ErrorPage error=AppError::not_found("The page")/> }
}
