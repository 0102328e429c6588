//! `/account/confirm/:token`: the owner of a new account proves the address is theirs.

use crate::api::account_links::{get_confirm_email, ConfirmEmail, ConfirmPage};
use crate::api::forms::PageForms;
use crate::components::form::ErrorSummary;
use crate::components::link_step::LinkStep;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let data = with_forms(token, get_confirm_email);
    loaded(data, move |(ctx, page): (PageForms, ConfirmPage)| {
        let errors = ctx.flash.errors_for("confirm_email");
        let title = t("confirm.title");
        let step = view! {
            <LinkStep
                owner=page.signed_in_as_owner
                action=ConfirmEmail::url().to_owned()
                token=token()
                path=format!("/account/confirm/{}", token())
                csrf=ctx.csrf.clone()
                button=t("confirm.button").to_owned()
                sign_in_first=tr("confirm.sign_in_first", &[("email", page.email.clone())])
            />
        };
        view! {
            <PageTitle text=title error=!errors.is_empty()/>
            <ErrorSummary errors=errors/>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{tr("confirm.lead", &[("email", page.email.clone())])}</p>
            {step}
        }
    })
}
