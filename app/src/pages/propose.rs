//! `/neighbourhoods/:neighbourhood/rounds/:round/propose` and `/proposals/:id/edit`:
//! sending a proposal and changing it, as plain forms that work without JavaScript.

use crate::api::forms::PageForms;
use crate::api::proposals::submit::{
    get_edit_proposal_form, get_new_proposal_form, EditProposal, FormValues, ProposalForm,
    SubmitProposal,
};
use crate::components::form::{CsrfField, ErrorSummary, Radios, SelectField, TextArea, TextField};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NewProposalPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = with_forms(key, |(n, r)| get_new_proposal_form(n, r));
    loaded(data, |(ctx, form): (PageForms, ProposalForm)| {
        let flash = &ctx.flash;
        let typed = FormValues::from_flash(flash, "submit_proposal");
        let sender = Some(flash.value("submit_proposal", "sender"))
            .filter(|s| !s.is_empty())
            .or_else(|| form.senders.first().map(|(v, _)| v.clone()))
            .unwrap_or_default();
        let errors = flash.errors_for("submit_proposal");
        let round_href = format!(
            "/neighbourhoods/{}/rounds/{}",
            form.neighbourhood_slug, form.round_slug
        );
        let title = t("propose.title");
        let fields = form.refusal.is_none().then(|| {
            view! {
                <form method="post" action=SubmitProposal::url() novalidate class="proposal-form">
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="neighbourhood" value=form.neighbourhood_slug.clone()/>
                    <input type="hidden" name="round" value=form.round_slug.clone()/>
                    {(form.senders.len() > 1).then(|| view! {
                        <Radios name="sender" legend=t("propose.sender")
                            options=form.senders.clone() value=sender.clone() errors=errors.clone()/>
                    })}
                    {(form.senders.len() == 1).then(|| view! {
                        <input type="hidden" name="sender" value=sender.clone()/>
                        // Someone who proposes only for their group should know it goes
                        // in the group's name.
                        <p class="body" data-testid="sent-as">{form.senders.first().map(|(_, who)| crate::i18n::tr("propose.sent_as", &[("who", who.clone())]))}</p>
                    })}
                    <ProposalFields form=form.clone() values=typed.clone() errors=errors.clone()/>
                    <button type="submit" class="button">{t("propose.send")}</button>
                </form>
            }
        });
        view! {
            <PageTitle text=title.to_owned() error=!errors.is_empty()/>
            <BackLink href=round_href label=form.round_title.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{format!("{} · {}", form.neighbourhood_name, form.round_title)}</span>
            <h1 class="heading-l">{title}</h1>
            {form.refusal.clone().map(|why| view! {
                <p class="body">{why}</p>
                <p class="body"><a href="/account">{t("propose.to_account")}</a></p>
            })}
            {fields}
        }
    })
}

#[component]
pub fn EditProposalPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i32>().ok())
            .unwrap_or(0)
    };
    let data = with_forms(id, get_edit_proposal_form);
    loaded(data, |(ctx, form): (PageForms, ProposalForm)| {
        let Some(editing) = form.editing.clone() else {
            return view! { <p class="body">{t("propose.edit.cannot")}</p> }.into_any();
        };
        let flash = &ctx.flash;
        let errors = flash.errors_for("edit_proposal");
        // After a failed post, show what was typed, not what is stored.
        let values = if flash.form.as_deref() == Some("edit_proposal") {
            FormValues::from_flash(flash, "edit_proposal")
        } else {
            editing.values.clone()
        };
        let title = t("propose.edit.title");
        view! {
            <PageTitle text=title.to_owned() error=!errors.is_empty()/>
            <BackLink href=format!("/proposals/{}", editing.id) label=t("propose.edit.back")/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{format!("{} · {}", form.neighbourhood_name, form.round_title)}</span>
            <h1 class="heading-l">{title}</h1>
            {editing.feedback.clone().map(|f| view! {
                <div class="inset" role="note">
                    <h2 class="heading-s">{t("propose.edit.asked")}</h2>
                    <p class="body">{f}</p>
                </div>
            })}
            {form.refusal.clone().map(|why| view! { <p class="body">{why}</p> })}
            {form.refusal.is_none().then(|| view! {
                <form method="post" action=EditProposal::url() novalidate class="proposal-form">
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="id" value=editing.id/>
                    <ProposalFields form=form.clone() values=values.clone() errors=errors.clone()/>
                    <button type="submit" class="button">{t("propose.edit.save")}</button>
                </form>
            })}
        }
        .into_any()
    })
}

/// Which language the proposal is written in, and the same text in the other one (each
/// part optional), folded away unless it holds something.
fn other_language(values: &FormValues, errors: &[crate::error::FieldError]) -> impl IntoView {
    use crate::domain::proposal::draft::WRITTEN_IN;
    let languages: Vec<(String, String)> = WRITTEN_IN
        .iter()
        .map(|code| {
            (
                (*code).to_owned(),
                crate::i18n::text(code, "language.name").to_owned(),
            )
        })
        .collect();
    let written = if values.language.is_empty() {
        crate::i18n::current().to_owned()
    } else {
        values.language.clone()
    };
    let fields = ["other_title", "other_summary", "other_body"];
    let open = !values.other_title.is_empty()
        || !values.other_summary.is_empty()
        || !values.other_body.is_empty()
        || errors.iter().any(|e| fields.contains(&e.field.as_str()));
    view! {
        <Radios name="language" legend=t("propose.field.language") options=languages
            value=written errors=errors.to_vec()/>
        <details class="details" open=open>
            <summary class="details__summary">{t("propose.field.other")}</summary>
            <div class="details__text">
                <p class="hint">{t("propose.field.other_hint")}</p>
                <TextField name="other_title" label=t("propose.field.other_title")
                    value=values.other_title.clone() errors=errors.to_vec()/>
                <TextField name="other_summary" label=t("propose.field.other_summary")
                    value=values.other_summary.clone() errors=errors.to_vec()/>
                <TextArea name="other_body" label=t("propose.field.other_body")
                    value=values.other_body.clone() errors=errors.to_vec() rows=6/>
            </div>
        </details>
    }
}

/// The fields of a proposal, shared by the new and change pages.
#[component]
fn ProposalFields(
    form: ProposalForm,
    values: FormValues,
    errors: Vec<crate::error::FieldError>,
) -> impl IntoView {
    let areas: Vec<(String, String)> = form
        .areas
        .iter()
        .map(|(slug, _)| (slug.clone(), t(&format!("area.{slug}")).to_owned()))
        .collect();
    let other = other_language(&values, &errors);
    view! {
        <p class="body">{tr("propose.pot", &[("pot", form.pot.to_string())])}</p>
        <TextField name="title" label=t("propose.field.title") hint=t("propose.field.title_hint")
            value=values.title errors=errors.clone()/>
        <TextField name="summary" label=t("propose.field.summary") hint=t("propose.field.summary_hint")
            value=values.summary errors=errors.clone()/>
        <TextArea name="body" label=t("propose.field.body")
            hint=t("propose.field.body_hint")
            value=values.body errors=errors.clone() rows=8/>
        {other}
        <TextField name="cost" label=t("propose.field.cost")
            hint=t("propose.field.cost_hint") value=values.cost errors=errors.clone() width="10"/>
        <SelectField name="area" label=t("propose.field.area") options=areas
            value=values.area errors=errors.clone() empty=t("propose.choose")/>
        <SelectField name="agency" label=t("propose.field.agency")
            options=form.agencies.clone() value=values.agency errors=errors.clone()
            empty=t("propose.field.agency_none")/>
        <TextField name="location" label=t("propose.field.location")
            hint=t("propose.field.location_hint") value=values.location errors/>
    }
}
