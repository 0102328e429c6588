//! `/sign-in` and `/sign-up`.

use crate::api::accounts::{SignIn, SignUp};
use crate::api::forms::{form_context, PageForms};
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, TextField};
use crate::components::page_title::PageTitle;
use crate::pages::loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignInPage() -> impl IntoView {
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let context = Resource::new_blocking(|| (), |_| form_context());
    loaded(context, move |ctx: PageForms| {
        let errors = ctx.flash.errors_for("sign_in");
        let title = if errors.is_empty() {
            "Sign in"
        } else {
            "Error: Sign in"
        };
        view! {
            <PageTitle text=title/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <h1 class="heading-l">"Sign in"</h1>
            <form method="post" action=SignIn::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="next" value=next()/>
                <TextField name="email" label="Email address" kind="email" autocomplete="email"
                    value=ctx.flash.value("sign_in", "email") errors=errors.clone()/>
                <TextField name="password" label="Password" kind="password" autocomplete="current-password"
                    errors=errors.clone()/>
                <button type="submit" class="button">"Sign in"</button>
            </form>
            <p class="body">"No account yet? "<a href="/sign-up">"Create an account"</a></p>
        }
    })
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let context = Resource::new_blocking(|| (), |_| form_context());
    loaded(context, move |ctx: PageForms| {
        let errors = ctx.flash.errors_for("sign_up");
        let title = if errors.is_empty() {
            "Create an account"
        } else {
            "Error: Create an account"
        };
        view! {
            <PageTitle text=title/>
            <ErrorSummary errors=errors.clone()/>
            <h1 class="heading-l">"Create an account"</h1>
            <p class="body">
                "With an account you can propose projects and, once you have shown you live in the neighbourhood, vote."
            </p>
            <form method="post" action=SignUp::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <TextField name="display_name" label="Your name" autocomplete="name"
                    hint="Shown beside proposals you make"
                    value=ctx.flash.value("sign_up", "display_name") errors=errors.clone()/>
                <TextField name="email" label="Email address" kind="email" autocomplete="email"
                    value=ctx.flash.value("sign_up", "email") errors=errors.clone()/>
                <TextField name="password" label="Create a password" kind="password" autocomplete="new-password"
                    hint="At least 12 characters. A few random words are easy to remember and hard to guess"
                    errors=errors.clone()/>
                <button type="submit" class="button">"Create account"</button>
            </form>
            <p class="body">"Already have an account? "<a href="/sign-in">"Sign in"</a></p>
        }
    })
}
