//! `/account/set-password/:token`: the first administrator (or anyone given a one-time
//! link) chooses a password.

use crate::api::account_links::{get_set_password, SetPasswordByLink, SetPasswordPage};
use crate::api::forms::PageForms;
use crate::components::form::{CsrfField, ErrorSummary, TextField};
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

#[component]
pub fn SetPasswordPageView() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let data = with_forms(token, get_set_password);
    loaded(data, move |(ctx, page): (PageForms, SetPasswordPage)| {
        let errors = ctx.flash.errors_for("set_password_by_link");
        let title = t("set_password.title");
        view! {
            <PageTitle text=title error=!errors.is_empty()/>
            <ErrorSummary errors=errors.clone()/>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{tr("set_password.lead", &[("email", page.email.clone())])}</p>
            <form method="post" action=SetPasswordByLink::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="token" value=token()/>
                <TextField name="new_password" label=t("set_password.password") kind="password"
                    autocomplete="new-password" hint=t("signup.password_hint") errors=errors/>
                <button type="submit" class="button">{t("set_password.button")}</button>
            </form>
        }
    })
}
