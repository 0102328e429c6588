//! `/admin/roles`: who holds which role; invite someone to one, remove roles.

use crate::api::admin::{get_roles_page, InviteRole, RevokeRole, RolesPage, WithdrawInvitation};
use crate::api::forms::PageForms;
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, SelectField, TextField};
use crate::components::page_title::PageTitle;
use crate::domain::account::access::GrantedRole;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn AdminRolesPage() -> impl IntoView {
    let data = with_forms(|| (), |_| get_roles_page());
    loaded(data, |(ctx, page): (PageForms, RolesPage)| {
        let mut errors = ctx.flash.errors_for("invite_role");
        errors.extend(ctx.flash.errors_for("revoke_role"));
        errors.extend(ctx.flash.errors_for("withdraw_invitation"));
        let pending = page
            .invitations
            .iter()
            .map(|i| {
                let csrf = ctx.csrf.clone();
                view! {
                    <tr>
                        <th scope="row">{i.email.clone()}</th>
                        <td data-label=t("roles.role")>{i.role.clone()}</td>
                        <td data-label=t("roles.until")>{i.until.clone()}</td>
                        <td>
                            <form method="post" action=WithdrawInvitation::url()>
                                <CsrfField token=csrf/>
                                <input type="hidden" name="invitation" value=i.id.to_string()/>
                                <button type="submit" class="button button--secondary button--small">
                                    {t("roles.withdraw")}<span class="visually-hidden">" "{tr("roles.withdraw_hidden", &[("email", i.email.clone())])}</span>
                                </button>
                            </form>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let any_pending = !page.invitations.is_empty();
        let rows = page
            .grants
            .iter()
            .map(|g| {
                let csrf = ctx.csrf.clone();
                view! {
                    <tr>
                        <th scope="row">{g.user_name.clone()}<br/><span class="hint">{g.user_email.clone()}</span></th>
                        <td data-label=t("roles.role")>{g.role.clone()}</td>
                        <td data-label=t("roles.neighbourhood")>{g.neighbourhood.clone().unwrap_or_else(|| t("roles.all").into())}</td>
                        <td>
                            <form method="post" action=RevokeRole::url()>
                                <CsrfField token=csrf/>
                                <input type="hidden" name="grant" value=g.id.to_string()/>
                                <button type="submit" class="button button--secondary button--small">
                                    {t("roles.remove")}<span class="visually-hidden">" "{tr("roles.remove_hidden", &[("role", g.role.clone()), ("who", g.user_name.clone())])}</span>
                                </button>
                            </form>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let roles: Vec<(String, String)> = GrantedRole::ALL
            .iter()
            .map(|r| (r.as_str().to_owned(), crate::i18n::role_name(*r).to_owned()))
            .collect();
        let places: Vec<(String, String)> = page
            .neighbourhoods
            .iter()
            .map(|p| (p.slug.clone(), p.name.clone()))
            .collect();
        view! {
            <PageTitle text=t("roles.manage_roles")/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <h1 class="heading-l">{t("roles.manage_roles")}</h1>
            <table class="table table--reflow">
                <thead><tr><th scope="col">{t("roles.person")}</th><th scope="col">{t("roles.role")}</th><th scope="col">{t("roles.neighbourhood")}</th><th scope="col"><span class="visually-hidden">{t("roles.action")}</span></th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {any_pending.then(|| view! {
                <h2 class="heading-m">{t("roles.invitations")}</h2>
                <table class="table table--reflow">
                    <thead><tr><th scope="col">{t("roles.their_email_address")}</th><th scope="col">{t("roles.role")}</th><th scope="col">{t("roles.until")}</th><th scope="col"><span class="visually-hidden">{t("roles.action")}</span></th></tr></thead>
                    <tbody>{pending}</tbody>
                </table>
            })}
            <h2 class="heading-m">{t("roles.give_someone_a_role")}</h2>
            <p class="body">{t("roles.invite_lead")}</p>
            <form method="post" action=InviteRole::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <TextField name="email" label=t("roles.their_email_address") kind="email"
                    value=ctx.flash.value("invite_role", "email") errors=errors.clone()/>
                <SelectField name="role" label=t("roles.role") options=roles
                    value=ctx.flash.value("invite_role", "role") errors=errors.clone()/>
                <SelectField name="neighbourhood" label=t("roles.neighbourhood_not_needed_for") options=places
                    value=ctx.flash.value("invite_role", "neighbourhood") errors=errors/>
                <button type="submit" class="button">{t("roles.give_role")}</button>
            </form>
        }
    })
}
