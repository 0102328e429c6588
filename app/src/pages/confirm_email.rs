//! `/account/confirm/:token`: the owner of a new account proves the address is theirs.

use crate::api::account_links::{get_confirm_email, ConfirmEmail, ConfirmPage};
use crate::api::forms::PageForms;
use crate::components::form::{CsrfField, ErrorSummary};
use crate::components::page_title::PageTitle;
use crate::i18n::{fill, t};
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
        let step = if page.signed_in_as_owner {
            view! {
                <form method="post" action=ConfirmEmail::url()>
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="token" value=token()/>
                    <button type="submit" class="button">{t("confirm.button")}</button>
                </form>
            }
            .into_any()
        } else {
            let back = format!("/sign-in?next=/account/confirm/{}", token());
            view! {
                <p class="body">{fill(t("confirm.sign_in_first"), &[("email", page.email.clone())])}</p>
                <p class="body"><a class="button" href=back>{t("signin.button")}</a></p>
            }
            .into_any()
        };
        view! {
            <PageTitle text=title error=!errors.is_empty()/>
            <ErrorSummary errors=errors/>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{fill(t("confirm.lead"), &[("email", page.email.clone())])}</p>
            {step}
        }
    })
}
