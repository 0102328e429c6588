//! `/privacy`, `/accessibility` and `/cookies`: the notices a UK public service
//! publishes, written for this product and naming whoever runs this instance (from the
//! server's settings). Each section is a heading and its paragraphs in the locale files.

use crate::api::notices::{get_service_operator, ServiceOperator};
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::loaded;
use leptos::prelude::*;

/// A heading and its paragraphs, each filled with who runs the service.
fn section(operator: &ServiceOperator, heading: &str, paragraphs: &[&str]) -> impl IntoView {
    let filled = |key: &str| {
        tr(
            key,
            &[
                ("operator", operator.name.clone()),
                ("days", operator.letters_kept_days.to_string()),
            ],
        )
    };
    let paragraphs = paragraphs
        .iter()
        .map(|key| view! { <p class="body">{filled(key)}</p> })
        .collect_view();
    view! {
        <h2 class="heading-m">{t(heading)}</h2>
        {paragraphs}
    }
}

/// How to reach whoever runs the service: their address if the settings give one.
fn contact(operator: &ServiceOperator) -> impl IntoView {
    match &operator.contact_email {
        Some(email) => view! {
            <p class="body">
                {tr("notice.contact.email", &[("operator", operator.name.clone())])}" "
                <a href=format!("mailto:{email}")>{email.clone()}</a>
            </p>
        }
        .into_any(),
        None => view! {
            <p class="body">{tr("notice.contact.none", &[("operator", operator.name.clone())])}</p>
        }
        .into_any(),
    }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| get_service_operator());
    view! {
        <PageTitle text=t("notice.privacy.title")/>
        <h1 class="heading-xl">{t("notice.privacy.title")}</h1>
        {loaded(data, |o: ServiceOperator| view! {
            <p class="lead">{tr("notice.privacy.lead", &[("operator", o.name.clone())])}</p>
            {section(&o, "notice.privacy.collect", &[
                "notice.privacy.collect.account",
                "notice.privacy.collect.residence",
                "notice.privacy.collect.proposals",
                "notice.privacy.collect.feedback",
                "notice.privacy.collect.technical",
            ])}
            {section(&o, "notice.privacy.vote", &["notice.privacy.vote.secret", "notice.privacy.vote.receipt"])}
            {section(&o, "notice.privacy.basis", &["notice.privacy.basis.public_task"])}
            {section(&o, "notice.privacy.kept", &[
                "notice.privacy.kept.sessions",
                "notice.privacy.kept.attempts",
                "notice.privacy.kept.letters",
                "notice.privacy.kept.feedback",
                "notice.privacy.kept.account",
                "notice.privacy.kept.record",
            ])}
            {section(&o, "notice.privacy.shared", &["notice.privacy.shared.body"])}
            {section(&o, "notice.privacy.rights", &[
                "notice.privacy.rights.download",
                "notice.privacy.rights.delete",
                "notice.privacy.rights.other",
                "notice.privacy.rights.ico",
            ])}
            <h2 class="heading-m">{t("notice.contact")}</h2>
            {contact(&o)}
        })}
    }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| get_service_operator());
    view! {
        <PageTitle text=t("notice.accessibility.title")/>
        <h1 class="heading-xl">{t("notice.accessibility.title")}</h1>
        {loaded(data, |o: ServiceOperator| view! {
            <p class="lead">{tr("notice.accessibility.lead", &[("operator", o.name.clone())])}</p>
            {section(&o, "notice.accessibility.using", &["notice.accessibility.using.body"])}
            {section(&o, "notice.accessibility.how", &["notice.accessibility.how.body"])}
            <h2 class="heading-m">{t("notice.accessibility.report")}</h2>
            <p class="body">{t("notice.accessibility.report.body")}</p>
            {contact(&o)}
            {section(&o, "notice.accessibility.enforcement", &["notice.accessibility.enforcement.body"])}
            {section(&o, "notice.accessibility.status", &["notice.accessibility.status.body"])}
            {section(&o, "notice.accessibility.issues", &[
                "notice.accessibility.issues.admin_english",
                "notice.accessibility.issues.welsh_review",
            ])}
            {section(&o, "notice.accessibility.tested", &["notice.accessibility.tested.body"])}
        })}
    }
}

#[component]
pub fn CookiesPage() -> impl IntoView {
    let rows = [
        (
            "commonpot_session",
            "notice.cookies.session",
            "notice.cookies.session.lasts",
        ),
        (
            "commonpot_csrf",
            "notice.cookies.csrf",
            "notice.cookies.csrf.lasts",
        ),
        (
            "commonpot_flash",
            "notice.cookies.flash",
            "notice.cookies.flash.lasts",
        ),
        (
            "commonpot_lang",
            "notice.cookies.lang",
            "notice.cookies.lang.lasts",
        ),
    ]
    .into_iter()
    .map(|(name, what, lasts)| {
        view! {
            <tr>
                <td data-label=t("notice.cookies.name")><code>{name}</code></td>
                <td data-label=t("notice.cookies.purpose")>{t(what)}</td>
                <td data-label=t("notice.cookies.lasts")>{t(lasts)}</td>
            </tr>
        }
    })
    .collect_view();
    view! {
        <PageTitle text=t("notice.cookies.title")/>
        <h1 class="heading-xl">{t("notice.cookies.title")}</h1>
        <p class="lead">{t("notice.cookies.lead")}</p>
        <table class="table table--reflow">
            <caption class="table__caption">{t("notice.cookies.caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("notice.cookies.name")}</th>
                    <th scope="col">{t("notice.cookies.purpose")}</th>
                    <th scope="col">{t("notice.cookies.lasts")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="body">{t("notice.cookies.no_banner")}</p>
    }
}
