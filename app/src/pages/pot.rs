//! `/neighbourhoods/:n/rounds/:r/pot`: officers set how much each agency puts into the
//! round's pot and which priority areas its money is kept for, until voting opens.

use crate::api::forms::PageForms;
use crate::api::pot::{
    field_name, get_pot_setup, AddContribution, PotLine, PotSetup, RemoveContribution,
    SaveContribution,
};
use crate::components::form::{
    message_for, Checkboxes, CsrfField, ErrorSummary, NoticeBanner, SelectField, TextField,
};
use crate::components::layout::BackLink;
use crate::components::money_input::MoneyInput;
use crate::components::page_title::PageTitle;
use crate::domain::money::Pence;
use crate::domain::pot::AGENCY_KINDS;
use crate::domain::priority_area::PriorityArea;
use crate::error::FieldError;
use crate::i18n::{area_name, t, tr};
use crate::pages::{loaded, sent_or, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

fn areas() -> Vec<(String, String)> {
    PriorityArea::ALL
        .iter()
        .map(|a| (a.slug().to_owned(), area_name(*a).to_owned()))
        .collect()
}

/// An amount as the officer would type it: the input shows the "£" itself.
fn typed(amount: Pence) -> String {
    amount.to_pounds_string().trim_start_matches('£').to_owned()
}

fn slugs(joined: &str) -> Vec<String> {
    joined
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Hidden fields that say which round a form changes.
fn round_fields(page: &PotSetup, ctx: &PageForms) -> impl IntoView {
    view! {
        <CsrfField token=ctx.csrf.clone()/>
        <input type="hidden" name="neighbourhood" value=page.neighbourhood_slug.clone()/>
        <input type="hidden" name="round" value=page.round_slug.clone()/>
    }
}

fn summary(page: &PotSetup) -> impl IntoView {
    let rows = page
        .lines
        .iter()
        .map(|l| {
            let kept_for = if l.fence_words.is_empty() {
                t("pot_setup.any_area").to_owned()
            } else {
                l.fence_words.clone()
            };
            view! {
                <tr>
                    <th scope="row">{l.agency.clone()}</th>
                    <td data-label=t("pot.amount") class="num">{l.amount.to_string()}</td>
                    <td data-label=t("pot_setup.kept_for")>{kept_for}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--reflow" data-testid="pot-setup">
            <caption class="table__caption">{t("pot.caption")}</caption>
            <thead><tr><th scope="col">{t("pot.agency")}</th><th scope="col" class="num">{t("pot.amount")}</th><th scope="col">{t("pot_setup.kept_for")}</th></tr></thead>
            <tbody>{rows}</tbody>
            <tfoot><tr><th scope="row">{t("pot.total")}</th><td class="num" data-testid="pot-total">{page.total.to_string()}</td><td></td></tr></tfoot>
        </table>
    }
}

/// One agency's amount and ring-fence, and taking it out.
fn share_forms(
    line: &PotLine,
    page: &PotSetup,
    ctx: &PageForms,
    errors: &[FieldError],
) -> impl IntoView {
    let (amount, fence) = (
        field_name("amount", Some(line.id)),
        field_name("fence", Some(line.id)),
    );
    let agency = [("agency", line.agency.clone())];
    let form = "save_contribution";
    let heading_id = format!("share-{}", line.id);
    let labelled_by = heading_id.clone();
    // Folded away on a phone, where nine boxes an agency make a long page; opened when
    // the officer's last change to it was refused.
    let refused = [&amount, &fence]
        .iter()
        .any(|f| message_for(errors, f).is_some());
    view! {
        <section class="pot-share" aria-labelledby=labelled_by>
            <h2 class="heading-m" id=heading_id>{line.agency.clone()}</h2>
            <details class="details" open=refused>
                <summary class="details__summary">{tr("pot_setup.change", &agency)}</summary>
                <div class="details__text">
                    <form method="post" action=SaveContribution::url() novalidate>
                        {round_fields(page, ctx)}
                        <input type="hidden" name="id" value=line.id/>
                        <MoneyInput id=amount.clone() name="amount".to_owned()
                            label=tr("pot_setup.amount_label", &agency)
                            value=sent_or(ctx, form, &amount, typed(line.amount))
                            error=message_for(errors, &amount)/>
                        <Checkboxes field=fence.clone() name="fence"
                            legend=tr("pot_setup.fence_legend", &agency) hint=t("pot_setup.fence_hint")
                            options=areas() checked=slugs(&sent_or(ctx, form, &fence, line.fence.join(",")))
                            errors=errors.to_vec()/>
                        <button type="submit" class="button">{tr("pot_setup.save", &agency)}</button>
                    </form>
                    <form method="post" action=RemoveContribution::url()>
                        {round_fields(page, ctx)}
                        <input type="hidden" name="id" value=line.id/>
                        <button type="submit" class="button button--warning">{tr("pot_setup.remove", &agency)}</button>
                    </form>
                </div>
            </details>
        </section>
    }
}

fn add_form(page: &PotSetup, ctx: &PageForms, errors: &[FieldError]) -> impl IntoView {
    let form = "add_contribution";
    let kinds = AGENCY_KINDS
        .iter()
        .map(|k| {
            (
                (*k).to_owned(),
                t(&format!("pot_setup.kind.{k}")).to_owned(),
            )
        })
        .collect();
    view! {
        <section class="pot-share" aria-labelledby="add-agency">
            <h2 class="heading-m" id="add-agency">{t("pot_setup.add_heading")}</h2>
            <form method="post" action=AddContribution::url() novalidate>
                {round_fields(page, ctx)}
                <TextField name="agency" label=t("pot_setup.agency_label") hint=t("pot_setup.agency_hint")
                    autocomplete="organization" value=ctx.flash.value(form, "agency") errors=errors.to_vec()/>
                <SelectField name="kind" label=t("pot_setup.kind_label") options=kinds
                    value=ctx.flash.value(form, "kind") errors=errors.to_vec() empty=t("propose.choose")/>
                <MoneyInput id="amount".to_owned() name="amount".to_owned() label=t("pot_setup.add_amount").to_owned()
                    value=ctx.flash.value(form, "amount") error=message_for(errors, "amount")/>
                <Checkboxes field="fence" name="fence" legend=t("pot_setup.add_fence") hint=t("pot_setup.fence_hint")
                    options=areas() checked=slugs(&ctx.flash.value(form, "fence")) errors=errors.to_vec()/>
                <button type="submit" class="button">{t("pot_setup.add")}</button>
            </form>
        </section>
    }
}

#[component]
pub fn PotSetupPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = with_forms(key, |(n, r)| get_pot_setup(n, r));
    loaded(data, |(ctx, page): (PageForms, PotSetup)| {
        let mut errors = ctx.flash.errors_for("save_contribution");
        errors.extend(ctx.flash.errors_for("remove_contribution"));
        errors.extend(ctx.flash.errors_for("add_contribution"));
        let title = tr("pot_setup.title", &[("round", page.round_title.clone())]);
        let back = format!(
            "/neighbourhoods/{}/rounds/{}/review",
            page.neighbourhood_slug, page.round_slug
        );
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=back label=t("pot_setup.back")/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{page.neighbourhood_name.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{t("pot_setup.intro")}</p>
            {if page.lines.is_empty() {
                view! { <p class="body">{t("pot_setup.none_yet")}</p> }.into_any()
            } else {
                summary(&page).into_any()
            }}
            {page.dearest.clone().filter(|_| page.may_change()).map(|(title, cost)| view! {
                <p class="body">{tr("pot_setup.floor", &[("cost", cost.to_string()), ("title", title)])}</p>
            })}
            {if page.may_change() {
                view! {
                    {page.lines.iter().map(|l| share_forms(l, &page, &ctx, &errors)).collect_view()}
                    {add_form(&page, &ctx, &errors)}
                }.into_any()
            } else {
                view! { <p class="body" data-testid="pot-fixed">{t("pot_setup.fixed")}</p> }.into_any()
            }}
        }
    })
}
