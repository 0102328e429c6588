//! `/admin/accounts`: find an account by name or email address; `/admin/accounts/{id}`:
//! what it is, and disable or enable it with a reason.

use crate::api::admin_accounts::{
    find_accounts, get_admin_account, AccountsFound, AdminAccount, SetAccountDisabled,
};
use crate::api::forms::PageForms;
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, TextArea, TextField};
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn AdminAccountsPage() -> impl IntoView {
    let query = use_query_map();
    let data = with_forms(
        move || query.read().get("q").unwrap_or_default(),
        find_accounts,
    );
    loaded(data, |(ctx, page): (PageForms, AccountsFound)| {
        let lines = page
            .found
            .iter()
            .map(|a| {
                view! {
                    <li>
                        <a href=format!("/admin/accounts/{}", a.id)>{a.name.clone()}</a>
                        " "<span class="hint">{a.email.clone()}</span>
                        {a.disabled.then(|| view! { " "<strong class="tag tag--warn">{t("accounts_admin.is_disabled")}</strong> })}
                    </li>
                }
            })
            .collect_view();
        let searched = !page.searched.is_empty();
        view! {
            <PageTitle text=t("accounts_admin.title")/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <h1 class="heading-l">{t("accounts_admin.title")}</h1>
            <p class="body">{t("accounts_admin.lead")}</p>
            <form method="get" action="/admin/accounts" role="search">
                <TextField name="q" label=t("accounts_admin.search") hint=t("accounts_admin.search_hint")
                    value=page.searched.clone() errors=Vec::new()/>
                <button type="submit" class="button">{t("accounts_admin.find")}</button>
            </form>
            {searched.then(|| view! {
                <h2 class="heading-m" data-testid="accounts-found">
                    {tr("accounts_admin.found", &[("n", page.found.len().to_string()), ("searched", page.searched.clone())])}
                </h2>
                <ul class="list">{lines}</ul>
                {page.more.then(|| view! { <p class="body">{t("accounts_admin.more")}</p> })}
            })}
        }
    })
}

#[component]
pub fn AdminAccountPage() -> impl IntoView {
    let params = use_params_map();
    let data = with_forms(
        move || {
            params
                .read()
                .get("account")
                .and_then(|id| id.parse::<i32>().ok())
                .unwrap_or(0)
        },
        get_admin_account,
    );
    loaded(data, |(ctx, a): (PageForms, AdminAccount)| {
        let errors = ctx.flash.errors_for("set_account_disabled");
        let roles = if a.roles.is_empty() {
            t("accounts_admin.no_roles").to_owned()
        } else {
            a.roles.join(", ")
        };
        let (state, disable, button) = match &a.disabled {
            Some((when, why)) => (
                tr(
                    "accounts_admin.disabled_since",
                    &[("when", when.clone()), ("reason", why.clone())],
                ),
                "no",
                t("accounts_admin.enable"),
            ),
            None => (
                t("accounts_admin.active").to_owned(),
                "yes",
                t("accounts_admin.disable"),
            ),
        };
        let reason_hint = if a.disabled.is_some() {
            t("accounts_admin.enable_hint")
        } else {
            t("accounts_admin.disable_hint")
        };
        view! {
            <PageTitle text=a.name.clone()/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <p class="body"><a href="/admin/accounts">{t("accounts_admin.back")}</a></p>
            <h1 class="heading-l">{a.name.clone()}</h1>
            <dl class="summary-list">
                <div class="summary-list__row"><dt>{t("accounts_admin.email")}</dt><dd>{a.email.clone()}
                    {(!a.email_confirmed).then(|| view! { " "<span class="hint">{t("accounts_admin.unconfirmed")}</span> })}</dd></div>
                <div class="summary-list__row"><dt>{t("accounts_admin.since")}</dt><dd>{a.since.clone()}</dd></div>
                <div class="summary-list__row"><dt>{t("accounts_admin.roles")}</dt><dd>{roles}</dd></div>
                <div class="summary-list__row"><dt>{t("accounts_admin.state")}</dt><dd data-testid="account-state">{state}</dd></div>
            </dl>
            {if a.own {
                view! { <p class="body">{t("accounts_admin.own")}</p> }.into_any()
            } else {
                view! {
                    <form method="post" action=SetAccountDisabled::url() novalidate>
                        <CsrfField token=ctx.csrf.clone()/>
                        <input type="hidden" name="account" value=a.id.to_string()/>
                        <input type="hidden" name="disable" value=disable/>
                        <TextArea name="reason" label=t("accounts_admin.reason") hint=reason_hint rows=3
                            value=ctx.flash.value("set_account_disabled", "reason") errors=errors/>
                        <button type="submit" class="button button--warning">{button}</button>
                    </form>
                }
                .into_any()
            }}
        }
    })
}
