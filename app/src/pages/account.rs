//! `/account`: who you are, where you are verified, your roles, and the forms to
//! change your password and prove where you live.

use crate::api::account_links::{ChangeEmail, ResendConfirmation};
use crate::api::accounts::{
    get_account, AccountPage, ChangeDisplayName, ChangePassword, SignOut, VerifyResidence,
};
use crate::api::forms::PageForms;
use crate::api::personal_data::DeleteAccount;
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, SelectField, TextField};
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn AccountPageView() -> impl IntoView {
    let data = with_forms(|| (), |_| get_account());
    loaded(data, |(ctx, page): (PageForms, AccountPage)| {
        let verify_errors = ctx.flash.errors_for("verify_residence");
        let password_errors = ctx.flash.errors_for("change_password");
        let mut all_errors = verify_errors.clone();
        all_errors.extend(password_errors.clone());
        all_errors.extend(ctx.flash.errors_for("resend_confirmation"));
        let delete_errors = ctx.flash.errors_for("delete_account");
        all_errors.extend(delete_errors.clone());
        let change_email_errors = ctx.flash.errors_for("change_email");
        all_errors.extend(change_email_errors.clone());
        let name_errors = ctx.flash.errors_for("change_display_name");
        all_errors.extend(name_errors.clone());
        let typed_name = if ctx.flash.form.as_deref() == Some("change_display_name") {
            ctx.flash.value("change_display_name", "display_name")
        } else {
            page.display_name.clone()
        };
        // Until the address is proven, the page leads with how to prove it.
        let unconfirmed = (!page.email_confirmed).then(|| {
            view! {
                <div class="warning-panel" role="region" aria-labelledby="confirm-heading">
                    <h2 class="heading-m" id="confirm-heading">{t("account.confirm_heading")}</h2>
                    <p class="body">{tr("account.confirm_lead", &[("email", page.email.clone())])}</p>
                    <form method="post" action=ResendConfirmation::url()>
                        <CsrfField token=ctx.csrf.clone()/>
                        <button type="submit" class="button button--secondary">{t("account.confirm_again")}</button>
                    </form>
                </div>
            }
        });
        let residencies = page
            .residencies
            .iter()
            .map(|r| {
                view! {
                    <li>
                        <a href=format!("/neighbourhoods/{}", r.slug)>{r.neighbourhood.clone()}</a>
                        " "{tr("account.residency", &[("postcode", r.postcode.clone()), ("how", r.how.clone())])}
                    </li>
                }
            })
            .collect_view();
        let roles = page
            .roles
            .iter()
            .map(|r| {
                let codes_link = r.codes_page.clone().map(|href| view! {
                    " · "<a href=href>{t("account.voting_codes")}</a>
                });
                view! {
                    <li>{r.role.clone()}{r.neighbourhood.clone().map(|n| format!(" {}", tr("account.role_for", &[("place", n)])))}{codes_link}</li>
                }
            })
            .collect_view();
        let is_admin = ctx.signed_in.as_ref().is_some_and(|s| s.is_admin);
        let places: Vec<(String, String)> = page
            .neighbourhoods
            .iter()
            .map(|p| (p.slug.clone(), p.name.clone()))
            .collect();
        view! {
            <PageTitle text=t("account.your_account")/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=all_errors/>
            <h1 class="heading-l">{t("account.your_account")}</h1>
            {unconfirmed}
            <dl class="summary-list">
                <div class="summary-list__row"><dt>{t("account.name")}</dt><dd>{page.display_name.clone()}</dd></div>
                <div class="summary-list__row"><dt>{t("account.email")}</dt><dd>{page.email.clone()}</dd></div>
                <div class="summary-list__row">
                    <dt>{t("account.letters_in")}</dt>
                    <dd>{page.letters_in.clone()}<p class="hint">{t("account.letters_in_hint")}</p></dd>
                </div>
            </dl>
            <p class="body"><a href="/account/proposals">{t("account.your_proposals")}</a></p>
            <h2 class="heading-m">{t("account.where_you_can_vote")}</h2>
            {if page.residencies.is_empty() {
                view! { <p class="body">{t("account.you_have_not_shown")}</p> }.into_any()
            } else {
                view! { <ul class="list">{residencies}</ul> }.into_any()
            }}
            <h2 class="heading-m" id="your-votes">{t("account.your_votes")}</h2>
            {if page.votes.is_empty() {
                view! { <p class="body">{t("account.no_votes")}</p> }.into_any()
            } else {
                view! {
                    <ul class="list" data-testid="your-votes">
                        {page.votes.iter().map(|v| view! {
                            <li>
                                {tr("account.voted_in", &[("round", v.round.clone()), ("place", v.neighbourhood.clone())])}" "
                                <a href=v.receipt_href.clone()>{tr("account.receipt", &[("receipt", v.receipt.clone())])}</a>
                                {v.ledger_href.clone().map(|href| view! { " · "<a href=href>{t("account.in_the_ledger")}</a> })}
                                {v.voided.then(|| view! { " "<strong class="tag">{t("account.voided")}</strong> })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!page.roles.is_empty()).then(|| view! {
                <h2 class="heading-m">{t("account.your_roles")}</h2>
                <ul class="list">{roles}</ul>
            })}
            <h2 class="heading-m">{t("account.your_community_groups")}</h2>
            {(!page.groups.is_empty()).then(|| view! {
                <ul class="list">{page.groups.iter().map(|(name, href)| view! { <li><a href=href.clone()>{name.clone()}</a></li> }).collect_view()}</ul>
            })}
            <p class="body"><a href="/groups/new">{t("account.register_group")}</a></p>
            {is_admin.then(|| view! {
                <p class="body"><a href="/admin/neighbourhoods">{t("account.manage_neighbourhoods")}</a></p>
                <p class="body"><a href="/admin/roles">{t("account.manage_roles")}</a></p>
                <p class="body"><a href="/admin/accounts">{t("accounts_admin.title")}</a></p>
                <p class="body"><a href="/admin/audit">{t("audit.title")}</a></p>
            })}
            <h2 class="heading-m" id="verify">{t("account.show_that_you_live")}</h2>
            <p class="body">{t("account.use_the_voting_code")}</p>
            <form method="post" action=VerifyResidence::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <SelectField name="neighbourhood" label=t("account.neighbourhood") options=places
                    value=ctx.flash.value("verify_residence", "neighbourhood") errors=verify_errors.clone()/>
                <TextField name="postcode" label=t("account.your_postcode") autocomplete="postal-code" width="10"
                    value=ctx.flash.value("verify_residence", "postcode") errors=verify_errors.clone()/>
                <TextField name="code" label=t("account.voting_code") hint=t("account.12_letters_and_numbers")
                    autocomplete="off" width="20"
                    value=ctx.flash.value("verify_residence", "code") errors=verify_errors/>
                <button type="submit" class="button">{t("account.verify")}</button>
            </form>
            <h2 class="heading-m" id="your-name">{t("account.your_name")}</h2>
            <form method="post" action=ChangeDisplayName::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <TextField name="display_name" label=t("account.name_shown") hint=t("account.name_shown_hint")
                    autocomplete="name" value=typed_name errors=name_errors/>
                <button type="submit" class="button button--secondary">{t("account.change_name")}</button>
            </form>
            <h2 class="heading-m">{t("account.change_your_password")}</h2>
            <form method="post" action=ChangePassword::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <TextField name="current_password" label=t("account.current_password") kind="password"
                    autocomplete="current-password" errors=password_errors.clone()/>
                <TextField name="new_password" label=t("account.new_password") kind="password" autocomplete="new-password"
                    hint=t("account.at_least_12_characters") errors=password_errors/>
                <button type="submit" class="button button--secondary">{t("account.change_password")}</button>
            </form>
            <form method="post" action=SignOut::url()>
                <CsrfField token=ctx.csrf.clone()/>
                <button type="submit" class="button button--secondary">{t("account.sign_out")}</button>
            </form>
            <h2 class="heading-m" id="change-email">{t("change_email.heading")}</h2>
            <p class="body">{t("change_email.how")}</p>
            <form method="post" action=ChangeEmail::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <TextField name="new_email" label=t("change_email.new") kind="email" autocomplete="email"
                    value=ctx.flash.value("change_email", "new_email") errors=change_email_errors.clone()/>
                <TextField name="email_password" label=t("account.current_password") kind="password"
                    autocomplete="current-password" errors=change_email_errors/>
                <button type="submit" class="button button--secondary">{t("change_email.send")}</button>
            </form>
            <h2 class="heading-m" id="your-data">{t("account.your_data")}</h2>
            <p class="body">
                <a href="/account/data.json" download="commonpot-my-data.json">{t("account.download_data")}</a>
            </p>
            <p class="body">{t("account.download_data_hint")}</p>
            <h3 class="heading-s">{t("account.delete_heading")}</h3>
            <p class="body">{t("account.delete_lead")}</p>
            <form method="post" action=DeleteAccount::url() novalidate>
                <CsrfField token=ctx.csrf/>
                <TextField name="delete_password" label=t("account.delete_password") kind="password"
                    autocomplete="current-password" errors=delete_errors/>
                <button type="submit" class="button button--warning">{t("account.delete_button")}</button>
            </form>
        }
    })
}
