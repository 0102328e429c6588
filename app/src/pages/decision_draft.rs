//! `/neighbourhoods/:neighbourhood/rounds/:round/decision/draft`: the councillors'
//! draft. One plain form: for each proposal on the ballot, the amount funded, which
//! agencies pay, and the public reason where it departs from the count.

use crate::api::decision::draft::{get_decision_draft, DraftPage, DraftRow, SaveDecisionDraft};
use crate::api::forms::PageForms;
use crate::components::form::{message_for as message, CsrfField, ErrorSummary, NoticeBanner};
use crate::components::layout::BackLink;
use crate::components::money_input::MoneyInput;
use crate::components::page_title::PageTitle;
use crate::error::FieldError;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

#[component]
pub fn DecisionDraftPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = with_forms(key, |(n, r)| get_decision_draft(n, r));
    loaded(data, |(ctx, d): (PageForms, DraftPage)| {
        let sent = ctx.flash.errors_for("save_decision_draft");
        // After a refused publish the flash names the problems; otherwise the page
        // says what still stands in the way.
        let errors = if sent.is_empty() {
            d.problems.clone()
        } else {
            sent.clone()
        };
        let amending = d.amends.is_some();
        let title = tr(
            if amending {
                "draft.title.amend"
            } else {
                "draft.title.draft"
            },
            &[("round", d.round_title.clone())],
        );
        let round_href = format!(
            "/neighbourhoods/{}/rounds/{}",
            d.neighbourhood_slug, d.round_slug
        );
        let rows = d.rows.iter().map(|r| line(r, &d, &errors)).collect_view();
        view! {
            <PageTitle text=title.clone() error=!sent.is_empty()/>
            <BackLink href=round_href label=d.round_title.clone()/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=sent.clone()/>
            <span class="caption">{d.neighbourhood_name.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{format!(
                "{} ballots were counted by {}. The draft starts from that result; you may fund, not fund or part-fund any proposal on the ballot, but every change from the result needs a public reason.",
                d.ballots, d.rule
            )}</p>
            {d.saved.clone().map(|s| view! { <p class="body hint">{s}". Not public until published."</p> })}
            {(sent.is_empty() && !d.problems.is_empty()).then(|| view! {
                <div class="warning-panel" role="region" aria-labelledby="draft-problems">
                    <h2 class="heading-s" id="draft-problems">{t("draft.before_this_can_be")}</h2>
                    <ul class="list">{d.problems.iter().map(|p| view! { <li>{p.message.clone()}</li> }).collect_view()}</ul>
                </div>
            })}
            <h2 class="heading-m" id="totals">{t("draft.the_money")}</h2>
            <table class="table table--reflow">
                <thead><tr><th scope="col">{t("draft.agency")}</th><th scope="col" class="num">{t("draft.put_in")}</th><th scope="col">{t("draft.ring_fence")}</th></tr></thead>
                <tbody>
                    {d.shares.iter().map(|s| view! {
                        <tr id=format!("agency-{}", s.agency_id)>
                            <th scope="row">{s.agency.clone()}</th>
                            <td data-label=t("draft.put_in") class="num">{s.amount.to_string()}</td>
                            <td data-label=t("draft.ring_fence")>{if s.fence.is_empty() { t("draft.no_fence").to_owned() } else { s.fence.clone() }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot><tr><th scope="row">{t("draft.the_pot")}</th><td class="num">{d.pot.to_string()}</td><td></td></tr></tfoot>
            </table>
            <form method="post" action=SaveDecisionDraft::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=d.neighbourhood_slug.clone()/>
                <input type="hidden" name="round" value=d.round_slug.clone()/>
                <input type="hidden" name="amends" value=d.amends.map(|a| a.to_string()).unwrap_or_default()/>
                {amending.then(|| field_area("amendment_reason", t("draft.why_amended"),
                    t("draft.why_amended_hint"), d.amendment_reason.clone(), &errors))}
                {field_area("summary", t("draft.summary"), t("draft.summary_hint"), d.summary.clone(), &errors)}
                {rows}
                <div class="button-group">
                    <button type="submit" class="button" name="intent" value="publish">{t(if amending { "draft.publish_amendment" } else { "draft.publish" })}</button>
                    <button type="submit" class="button button--secondary" name="intent" value="save">{t("draft.save_the_draft")}</button>
                    <button type="submit" class="button button--secondary" name="intent" value="restart">{t("draft.start_again")}</button>
                </div>
                <p class="body hint">{t("draft.published_decisions_are_never")}</p>
            </form>
        }
    })
}

fn field_area(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: String,
    errors: &[FieldError],
) -> impl IntoView {
    let error = message(errors, id);
    view! {
        <div class=if error.is_some() { "form-group form-group--error" } else { "form-group" }>
            <label class="label" for=id>{label}</label>
            <div class="hint" id=format!("{id}-hint")>{hint}</div>
            {error.clone().map(|e| view! { <p class="error-message" id=format!("{id}-error")><span class="visually-hidden">{crate::i18n::t("error.prefix")}" "</span>{e}</p> })}
            <textarea class="textarea" id=id name=id rows="3"
                aria-describedby=if error.is_some() { format!("{id}-hint {id}-error") } else { format!("{id}-hint") }>{value}</textarea>
        </div>
    }
}

fn line(r: &DraftRow, d: &DraftPage, errors: &[FieldError]) -> impl IntoView {
    let id = r.proposal_id;
    let reason_id = format!("reason-{id}");
    let reason_error = message(errors, &reason_id);
    let pays = d
        .shares
        .iter()
        .map(|s| {
            let field = format!("pay-{id}-{}", s.agency_id);
            view! {
                <MoneyInput
                    id=field.clone()
                    name=format!("lines[{id}][pay][{}]", s.agency_id)
                    label=tr("draft.paid_by", &[("agency", s.agency.clone())])
                    value=r.typed.pay.get(&s.agency_id.to_string()).cloned().unwrap_or_default()
                    error=message(errors, &field)
                />
            }
        })
        .collect_view();
    view! {
        <fieldset class="fieldset draft-line" data-testid=format!("draft-line-{id}")>
            <legend class="fieldset__legend">{r.title.clone()}</legend>
            <p class="body">{tr("draft.line", &[
                ("area", r.area.clone()),
                ("cost", r.cost.to_string()),
                ("votes", r.votes.to_string()),
                ("count", t(if r.in_result { "draft.counted_funded" } else { "draft.counted_not_funded" }).to_owned()),
            ])}</p>
            <MoneyInput
                id=format!("amount-{id}")
                name=format!("lines[{id}][amount]")
                label=t("draft.amount_funded_0_for").to_owned()
                value=r.typed.amount.clone()
                error=message(errors, &format!("amount-{id}"))
            />
            {pays}
            <div class=if reason_error.is_some() { "form-group form-group--error" } else { "form-group" }>
                <label class="label" for=reason_id.clone()>{t("draft.public_reason_if_this")}</label>
                {reason_error.clone().map(|e| view! { <p class="error-message" id=format!("{reason_id}-error")><span class="visually-hidden">{crate::i18n::t("error.prefix")}" "</span>{e}</p> })}
                <textarea class="textarea" id=reason_id.clone() name=format!("lines[{id}][reason]") rows="2"
                    aria-describedby=reason_error.as_ref().map(|_| format!("{reason_id}-error"))>{r.typed.reason.clone()}</textarea>
            </div>
        </fieldset>
    }
}
