//! `/invitations/:token`: the person invited to a role accepts it.

use crate::api::forms::PageForms;
use crate::api::invitations::{get_invitation, AcceptInvitation, Acceptance, InvitationPage};
use crate::components::form::{CsrfField, ErrorSummary};
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

#[component]
pub fn InvitationPageView() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let data = with_forms(token, get_invitation);
    loaded(data, move |(ctx, page): (PageForms, InvitationPage)| {
        let errors = ctx.flash.errors_for("accept_invitation");
        let title = t("invitation.title");
        let here = format!("/invitations/{}", token());
        let next = format!("/sign-in?next={here}");
        let email = page.email.clone();
        let step = match page.state {
            Acceptance::Ready => view! {
                <form method="post" action=AcceptInvitation::url()>
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="token" value=token()/>
                    <button type="submit" class="button">{t("invitation.accept")}</button>
                </form>
            }
            .into_any(),
            Acceptance::SignIn => view! {
                <p class="body">{tr("invitation.sign_in", &[("email", email.clone())])}</p>
                <p class="body">
                    <a class="button" href=next>{t("signin.button")}</a>" "
                    <a href="/sign-up">{t("signin.create")}</a>
                </p>
            }
            .into_any(),
            Acceptance::OtherAccount { signed_in_as } => view! {
                <p class="body">{tr("invitation.other_account_lead", &[("email", email.clone()), ("other", signed_in_as)])}</p>
            }
            .into_any(),
            Acceptance::ConfirmFirst => view! {
                <p class="body">{t("account.confirm_first")}</p>
                <p class="body"><a href="/account">{t("account.your_account")}</a></p>
            }
            .into_any(),
        };
        view! {
            <PageTitle text=title error=!errors.is_empty()/>
            <ErrorSummary errors=errors/>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{tr("invitation.lead", &[("by", page.by.clone()), ("role", page.role.clone()), ("email", page.email.clone())])}</p>
            {step}
        }
    })
}
