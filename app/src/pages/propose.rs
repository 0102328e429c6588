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
        let title = "Send a proposal";
        let fields = form.refusal.is_none().then(|| {
            view! {
                <form method="post" action=SubmitProposal::url() novalidate class="proposal-form">
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="neighbourhood" value=form.neighbourhood_slug.clone()/>
                    <input type="hidden" name="round" value=form.round_slug.clone()/>
                    {(form.senders.len() > 1).then(|| view! {
                        <Radios name="sender" legend="Whose name should it be sent in?"
                            options=form.senders.clone() value=sender.clone() errors=errors.clone()/>
                    })}
                    {(form.senders.len() == 1).then(|| view! {
                        <input type="hidden" name="sender" value=sender.clone()/>
                    })}
                    <ProposalFields form=form.clone() values=typed.clone() errors=errors.clone()/>
                    <button type="submit" class="button">"Send proposal"</button>
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
                <p class="body"><a href="/account">"Go to your account"</a></p>
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
            return view! { <p class="body">"This proposal cannot be changed."</p> }.into_any();
        };
        let flash = &ctx.flash;
        let errors = flash.errors_for("edit_proposal");
        // After a failed post, show what was typed, not what is stored.
        let values = if flash.form.as_deref() == Some("edit_proposal") {
            FormValues::from_flash(flash, "edit_proposal")
        } else {
            editing.values.clone()
        };
        let title = "Change your proposal";
        view! {
            <PageTitle text=title.to_owned() error=!errors.is_empty()/>
            <BackLink href=format!("/proposals/{}", editing.id) label="Back to the proposal"/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{format!("{} · {}", form.neighbourhood_name, form.round_title)}</span>
            <h1 class="heading-l">{title}</h1>
            {editing.feedback.clone().map(|f| view! {
                <div class="inset" role="note">
                    <h2 class="heading-s">"What the officer asked you to change"</h2>
                    <p class="body">{f}</p>
                </div>
            })}
            {form.refusal.clone().map(|why| view! { <p class="body">{why}</p> })}
            {form.refusal.is_none().then(|| view! {
                <form method="post" action=EditProposal::url() novalidate class="proposal-form">
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="id" value=editing.id/>
                    <ProposalFields form=form.clone() values=values.clone() errors=errors.clone()/>
                    <button type="submit" class="button">"Save changes"</button>
                </form>
            })}
        }
        .into_any()
    })
}

/// The fields of a proposal, shared by the new and change pages.
#[component]
fn ProposalFields(
    form: ProposalForm,
    values: FormValues,
    errors: Vec<crate::error::FieldError>,
) -> impl IntoView {
    view! {
        <p class="body">{format!("This round's pot is {}. A proposal can ask for any amount up to that.", form.pot)}</p>
        <TextField name="title" label="Title" hint="A few words, like “Benches on the Capstone path”"
            value=values.title errors=errors.clone()/>
        <TextField name="summary" label="Summary in one line" hint="What it would do, for whom. This shows in lists and on the ballot"
            value=values.summary errors=errors.clone()/>
        <TextArea name="body" label="Your proposal in full"
            hint="What you want to do, who it helps, where and how. Leave a blank line between paragraphs"
            value=values.body errors=errors.clone() rows=8/>
        <TextField name="cost" label="How much will it cost?"
            hint="In pounds, for example £2,500" value=values.cost errors=errors.clone() width="10"/>
        <SelectField name="area" label="Priority area" options=form.areas.clone()
            value=values.area errors=errors.clone()/>
        <SelectField name="agency" label="Which agency’s service does it touch? (optional)"
            options=form.agencies.clone() value=values.agency errors=errors.clone()
            empty="None in particular"/>
        <TextField name="location" label="Where in the neighbourhood? (optional)"
            hint="A street, park or building, if it is in one place" value=values.location errors/>
    }
}
