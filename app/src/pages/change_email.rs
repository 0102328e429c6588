//! `/account/change-email/:token`: the link sent to a new address; its owner, signed in,
//! makes it the account's address.

use crate::api::account_links::{get_change_email, ChangeEmailPage, ConfirmEmailChange};
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
pub fn ChangeEmailLinkPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let data = with_forms(token, get_change_email);
    loaded(data, move |(ctx, page): (PageForms, ChangeEmailPage)| {
        let errors = ctx.flash.errors_for("confirm_email_change");
        let title = t("change_email.title");
        let step = view! {
            <LinkStep
                owner=page.signed_in_as_owner
                action=ConfirmEmailChange::url().to_owned()
                token=token()
                path=format!("/account/change-email/{}", token())
                csrf=ctx.csrf.clone()
                button=t("change_email.button").to_owned()
                sign_in_first=t("change_email.sign_in_first").to_owned()
            />
        };
        view! {
            <PageTitle text=title error=!errors.is_empty()/>
            <ErrorSummary errors=errors/>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{tr("change_email.lead", &[("new", page.new_email.clone())])}</p>
            {step}
        }
    })
}
