//! `/help`, `/neighbourhoods/:neighbourhood/help` and its officers' form
//! `/neighbourhoods/:neighbourhood/help/edit`: how to vote, propose and get a lost
//! letter replaced, and how to reach the people who run the neighbourhood's budget.

use crate::api::forms::PageForms;
use crate::api::help::{
    get_help_contact_form, get_help_places, get_neighbourhood_help, HelpContactForm, HelpPlace,
    NeighbourhoodHelp, SaveHelpContact,
};
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, TextArea, TextField};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::{loaded, sent_or, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

/// The general help page: what the service is, and each neighbourhood's own help.
#[component]
pub fn HelpPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| get_help_places());
    view! {
        <PageTitle text=t("help.title")/>
        <h1 class="heading-xl">{t("help.title")}</h1>
        <p class="lead">{t("help.lead")}</p>
        <h2 class="heading-m">{t("help.places")}</h2>
        {loaded(data, |places: Vec<HelpPlace>| view! {
            <ul class="list" data-testid="help-places">
                {places.into_iter().map(|p| view! {
                    <li><a href=format!("/neighbourhoods/{}/help", p.slug)>{tr("help.place_link", &[("name", p.name)])}</a></li>
                }).collect_view()}
            </ul>
        })}
        <h2 class="heading-m">{t("help.access")}</h2>
        <p class="body">{t("help.access_text")}" "<a href="/accessibility">{t("notice.accessibility.title")}</a></p>
        <h2 class="heading-m">{t("help.feedback")}</h2>
        <p class="body">{t("help.feedback_text")}" "<a href="/feedback">{t("help.feedback_link")}</a></p>
    }
}

/// How to reach the neighbourhood's officers, as they set it.
fn contact(help: &NeighbourhoodHelp) -> impl IntoView {
    let none = help.email.is_none() && help.phone.is_none() && help.in_person.is_none();
    view! {
        <h2 class="heading-l" id="contact">{t("help.contact")}</h2>
        {none.then(|| view! {
            <p class="body" data-testid="no-contact">{tr("help.contact_none", &[("council", help.council.clone())])}</p>
        })}
        <dl class="summary-list" data-testid="contact">
            {help.email.clone().map(|email| view! {
                <div class="summary-list__row">
                    <dt>{t("help.email")}</dt>
                    <dd><a href=format!("mailto:{email}")>{email.clone()}</a></dd>
                </div>
            })}
            {help.phone.clone().map(|phone| {
                let dial: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
                view! {
                    <div class="summary-list__row">
                        <dt>{t("help.phone")}</dt>
                        <dd><a href=format!("tel:{dial}")>{phone}</a></dd>
                    </div>
                }
            })}
            {help.in_person.clone().map(|place| view! {
                <div class="summary-list__row">
                    <dt>{t("help.in_person")}</dt>
                    <dd>{place}</dd>
                </div>
            })}
        </dl>
    }
}

#[component]
pub fn NeighbourhoodHelpPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("neighbourhood").unwrap_or_default();
    let data = with_forms(slug, get_neighbourhood_help);
    loaded(data, |(ctx, help): (PageForms, NeighbourhoodHelp)| {
        let title = tr("help.place_title", &[("name", help.name.clone())]);
        let home = format!("/neighbourhoods/{}", help.slug);
        let rounds = help
            .open_rounds
            .iter()
            .map(|r| {
                let key = if r.voting {
                    "help.round_voting"
                } else {
                    "help.round_proposing"
                };
                view! { <li><a href=r.href.clone()>{tr(key, &[("round", r.title.clone())])}</a></li> }
            })
            .collect_view();
        view! {
            <PageTitle text=title.clone()/>
            <BackLink href=home.clone() label=help.name.clone()/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <h1 class="heading-xl">{title}</h1>
            <p class="lead">{tr("help.place_lead", &[("areas", help.postcode_areas.join(", "))])}</p>
            {(!help.open_rounds.is_empty()).then(|| view! {
                <ul class="list" data-testid="open-rounds">{rounds}</ul>
            })}
            {contact(&help)}
            {help.may_edit.then(|| view! {
                <p class="body"><a href=format!("/neighbourhoods/{}/help/edit", help.slug)>{t("help.change_contact")}</a></p>
            })}
            {help.may_read_feedback.then(|| view! {
                <p class="body"><a href="/feedback/messages">{t("help.read_feedback")}</a></p>
            })}
            <h2 class="heading-m" id="vote">{t("help.how_to_vote")}</h2>
            <p class="body">{t("help.how_to_vote_text")}</p>
            <h2 class="heading-m" id="lost-letter">{t("help.lost_letter")}</h2>
            <p class="body">{t("help.lost_letter_text")}</p>
            <h2 class="heading-m" id="propose">{t("help.how_to_propose")}</h2>
            <p class="body">{t("help.how_to_propose_text")}</p>
            <h2 class="heading-m" id="access">{t("help.access")}</h2>
            <p class="body">{t("help.access_text")}" "<a href="/accessibility">{t("notice.accessibility.title")}</a></p>
            <h2 class="heading-m" id="feedback">{t("help.feedback")}</h2>
            <p class="body">
                {t("help.feedback_text")}" "
                <a href=format!("/feedback?neighbourhood={}", help.slug)>{t("help.feedback_link")}</a>
            </p>
        }
    })
}

#[component]
pub fn HelpContactPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("neighbourhood").unwrap_or_default();
    let data = with_forms(slug, get_help_contact_form);
    loaded(data, |(ctx, page): (PageForms, HelpContactForm)| {
        let form = "save_help_contact";
        let errors = ctx.flash.errors_for(form);
        let value = |field: &str, stored: &str| sent_or(&ctx, form, field, stored.to_owned());
        let title = tr("help.contact_title", &[("name", page.name.clone())]);
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=format!("/neighbourhoods/{}/help", page.slug) label=t("help.back")/>
            <ErrorSummary errors=errors.clone()/>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{t("help.contact_form_lead")}</p>
            <form method="post" action=SaveHelpContact::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=page.slug.clone()/>
                <TextField name="email" kind="email" label=t("help.email") hint=t("help.email_hint")
                    autocomplete="off" value=value("email", &page.email) errors=errors.clone()/>
                <TextField name="phone" kind="tel" label=t("help.phone") hint=t("help.phone_hint")
                    width="20" autocomplete="off" value=value("phone", &page.phone) errors=errors.clone()/>
                <TextArea name="in_person" label=t("help.in_person") hint=t("help.in_person_hint") rows=3
                    value=value("in_person", &page.in_person) errors=errors.clone()/>
                <TextArea name="in_person_cy" label=t("help.in_person_cy") hint=t("neighbourhood_form.welsh_hint") rows=3
                    value=value("in_person_cy", &page.in_person_cy) errors=errors/>
                <button type="submit" class="button">{t("help.save_contact")}</button>
            </form>
        }
    })
}
