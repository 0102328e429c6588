//! `/sign-in`, `/sign-up` and `/forgot-password`.

use crate::api::account_links::RequestPasswordReset;
use crate::api::accounts::{SignIn, SignUp};
use crate::api::forms::{form_context, PageForms};
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, TextField};
use crate::components::page_title::PageTitle;
use crate::i18n::t;
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
        let title = t("signin.title");
        view! {
            <PageTitle text=title error=!errors.is_empty()/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <h1 class="heading-l">{title}</h1>
            <form method="post" action=SignIn::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="next" value=next()/>
                <TextField name="email" label=t("signin.email") kind="email" autocomplete="email"
                    value=ctx.flash.value("sign_in", "email") errors=errors.clone()/>
                <TextField name="password" label=t("signin.password") kind="password" autocomplete="current-password"
                    errors=errors.clone()/>
                <button type="submit" class="button">{t("signin.button")}</button>
            </form>
            <p class="body"><a href="/forgot-password">{t("signin.forgot")}</a></p>
            <p class="body">{t("signin.none_yet")}" "<a href="/sign-up">{t("signin.create")}</a></p>
        }
    })
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let context = Resource::new_blocking(|| (), |_| form_context());
    loaded(context, move |ctx: PageForms| {
        let errors = ctx.flash.errors_for("sign_up");
        let title = t("signup.title");
        view! {
            <PageTitle text=title error=!errors.is_empty()/>
            <ErrorSummary errors=errors.clone()/>
            <h1 class="heading-l">{title}</h1>
            <p class="body">
                {t("signup.lead")}
            </p>
            <form method="post" action=SignUp::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <TextField name="display_name" label=t("signup.name") autocomplete="name"
                    hint=t("signup.name_hint")
                    value=ctx.flash.value("sign_up", "display_name") errors=errors.clone()/>
                <TextField name="email" label=t("signin.email") kind="email" autocomplete="email"
                    value=ctx.flash.value("sign_up", "email") errors=errors.clone()/>
                <TextField name="password" label=t("signup.password") kind="password" autocomplete="new-password"
                    hint=t("signup.password_hint")
                    errors=errors.clone()/>
                <button type="submit" class="button">{t("signup.button")}</button>
            </form>
            <p class="body">{t("signup.have_one")}" "<a href="/sign-in">{t("signin.button")}</a></p>
        }
    })
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let context = Resource::new_blocking(|| (), |_| form_context());
    loaded(context, move |ctx: PageForms| {
        let errors = ctx.flash.errors_for("request_password_reset");
        let title = t("forgot.title");
        view! {
            <PageTitle text=title error=!errors.is_empty()/>
            <ErrorSummary errors=errors.clone()/>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{t("forgot.lead")}</p>
            <form method="post" action=RequestPasswordReset::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <TextField name="email" label=t("signin.email") kind="email" autocomplete="email"
                    value=ctx.flash.value("request_password_reset", "email") errors=errors/>
                <button type="submit" class="button">{t("forgot.button")}</button>
            </form>
        }
    })
}
