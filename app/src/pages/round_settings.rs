//! `/neighbourhoods/:n/new-round`: an officer creates a round with its timetable and
//! rules. `/neighbourhoods/:n/rounds/:r/settings`: its words and future dates change
//! until voting opens; after delivery it is closed from here.

use crate::api::forms::PageForms;
use crate::api::round_setup::{get_round_form, CloseRound, CreateRound, EditRound, RoundForm};
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, Radios, TextArea, TextField};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::domain::electorate::BALLOTS_PER;
use crate::domain::round_form::{BALLOT_RULES, COUNT_RULES};
use crate::error::FieldError;
use crate::i18n::{t, tr};
use crate::pages::{loaded, sent_or, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

/// The value a field shows: what was sent with a refused post, else what is stored.
fn shown(ctx: &PageForms, form: &str, field: &str, stored: &str) -> String {
    sent_or(ctx, form, field, stored.to_owned())
}

/// The names and words of the round, in English and (optionally) Welsh.
fn words_fields(
    page: &RoundForm,
    ctx: &PageForms,
    form: &str,
    errors: &[FieldError],
) -> impl IntoView {
    let f = &page.fields;
    let errors = errors.to_vec();
    view! {
        <TextField name="title" label=t("round_form.title") hint=t("round_form.title_hint")
            value=shown(ctx, form, "title", &f.title) errors=errors.clone()/>
        <TextField name="title_cy" label=t("round_form.title_cy") hint=t("neighbourhood_form.welsh_hint")
            value=shown(ctx, form, "title_cy", &f.title_cy) errors=errors.clone()/>
        {page.is_new().then(|| view! {
            <TextField name="slug" label=t("round_form.slug") hint=t("round_form.slug_hint") width="20"
                value=shown(ctx, form, "slug", &f.slug) errors=errors.clone()/>
        })}
        <TextArea name="summary" label=t("round_form.summary") rows=4
            value=shown(ctx, form, "summary", &f.summary) errors=errors.clone()/>
        <TextArea name="summary_cy" label=t("round_form.summary_cy") hint=t("neighbourhood_form.welsh_hint") rows=4
            value=shown(ctx, form, "summary_cy", &f.summary_cy) errors=errors/>
    }
}

/// One time of the timetable: typed while its phase is still to come, shown once reached.
fn time_field(
    page: &RoundForm,
    ctx: &PageForms,
    form: &str,
    errors: &[FieldError],
    field: &'static str,
    stored: &str,
) -> impl IntoView {
    let label = t(&format!("round_form.{field}"));
    if page.fixed.iter().any(|f| f == field) {
        let when = crate::domain::timetable::read_london_time(stored)
            .map(crate::i18n::dates::moment)
            .unwrap_or_default();
        view! {
            <div class="form-group">
                <p class="label">{label}</p>
                <p class="body" data-testid=format!("fixed-{field}")>{when}" "<span class="hint">{t("round_form.started")}</span></p>
                <input type="hidden" name=field value=stored.to_owned()/>
            </div>
        }
        .into_any()
    } else {
        view! {
            <TextField name=field label=label kind="datetime-local" hint=t("round_form.time_hint")
                value=shown(ctx, form, field, stored) errors=errors.to_vec()/>
        }
        .into_any()
    }
}

fn timetable_fields(
    page: &RoundForm,
    ctx: &PageForms,
    form: &str,
    errors: &[FieldError],
) -> impl IntoView {
    let f = &page.fields;
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{t("round_form.timetable")}</legend>
            <p class="hint">{t("round_form.timetable_hint")}</p>
            {time_field(page, ctx, form, errors, "proposals_open", &f.proposals_open)}
            {time_field(page, ctx, form, errors, "review", &f.review)}
            {time_field(page, ctx, form, errors, "voting_open", &f.voting_open)}
            {time_field(page, ctx, form, errors, "voting_close", &f.voting_close)}
            <TextField name="decision_expected" label=t("round_form.decision_expected") kind="date"
                hint=t("round_form.optional_date") value=shown(ctx, form, "decision_expected", &f.decision_expected)
                errors=errors.to_vec()/>
            <TextField name="delivery_until" label=t("round_form.delivery_until") kind="date"
                hint=t("round_form.optional_date") value=shown(ctx, form, "delivery_until", &f.delivery_until)
                errors=errors.to_vec()/>
        </fieldset>
    }
}

fn rules_fields(page: &RoundForm, ctx: &PageForms, errors: &[FieldError]) -> impl IntoView {
    let form = "create_round";
    let f = &page.fields;
    let ballot_rules = BALLOT_RULES
        .iter()
        .map(|r| {
            (
                r.as_str().to_owned(),
                t(&format!("round_form.rule.{}", r.as_str())).to_owned(),
            )
        })
        .collect();
    let count_rules = COUNT_RULES
        .iter()
        .map(|r| {
            (
                r.as_str().to_owned(),
                t(&format!("round_form.count.{}", r.as_str())).to_owned(),
            )
        })
        .collect();
    let ballots_per = BALLOTS_PER
        .iter()
        .map(|p| {
            (
                p.as_str().to_owned(),
                t(&format!("round_form.per.{}", p.as_str())).to_owned(),
            )
        })
        .collect();
    view! {
        <Radios name="ballots_per" legend=t("round_form.ballots_per") hint=t("round_form.ballots_per_hint")
            options=ballots_per value=shown(ctx, form, "ballots_per", &f.ballots_per) errors=errors.to_vec()/>
        <Radios name="ballot_rule" legend=t("round_form.ballot_rule") options=ballot_rules
            value=shown(ctx, form, "ballot_rule", &f.ballot_rule) errors=errors.to_vec()/>
        <TextField name="max_choices" label=t("round_form.max_choices") hint=t("round_form.max_choices_hint")
            kind="number" width="4" value=shown(ctx, form, "max_choices", &f.max_choices) errors=errors.to_vec()/>
        <TextField name="points" label=t("round_form.points") hint=t("round_form.points_hint")
            kind="number" width="4" value=shown(ctx, form, "points", &f.points) errors=errors.to_vec()/>
        <TextField name="min_choices" label=t("round_form.min_choices") hint=t("round_form.min_choices_hint")
            kind="number" width="4" value=shown(ctx, form, "min_choices", &f.min_choices) errors=errors.to_vec()/>
        <Radios name="count_rule" legend=t("round_form.count_rule") hint=t("round_form.count_rule_hint")
            options=count_rules value=shown(ctx, form, "count_rule", &f.count_rule) errors=errors.to_vec()/>
    }
}

/// The hidden fields every form of the page carries.
fn round_fields(page: &RoundForm, ctx: &PageForms) -> impl IntoView {
    view! {
        <CsrfField token=ctx.csrf.clone()/>
        <input type="hidden" name="neighbourhood" value=page.neighbourhood_slug.clone()/>
        {(!page.is_new()).then(|| view! { <input type="hidden" name="round" value=page.round_slug.clone()/> })}
    }
}

#[component]
pub fn NewRoundPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || params.read().get("neighbourhood").unwrap_or_default();
    let data = with_forms(key, |n| get_round_form(n, String::new()));
    loaded(data, |(ctx, page): (PageForms, RoundForm)| {
        let form = "create_round";
        let errors = ctx.flash.errors_for(form);
        let title = tr(
            "round_form.new_title",
            &[("place", page.neighbourhood_name.clone())],
        );
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=format!("/neighbourhoods/{}", page.neighbourhood_slug) label=page.neighbourhood_name.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{page.neighbourhood_name.clone()}</span>
            <h1 class="heading-l">{t("round_form.new")}</h1>
            <p class="body">{t("round_form.new_lead")}</p>
            <form method="post" action=CreateRound::url() novalidate>
                {round_fields(&page, &ctx)}
                {words_fields(&page, &ctx, form, &errors)}
                {timetable_fields(&page, &ctx, form, &errors)}
                {rules_fields(&page, &ctx, &errors)}
                <button type="submit" class="button">{t("round_form.create")}</button>
            </form>
        }
    })
}

fn close_form(page: &RoundForm, ctx: &PageForms) -> impl IntoView {
    let errors = ctx.flash.errors_for("close_round");
    view! {
        <h2 class="heading-m">{t("round_form.close_heading")}</h2>
        <p class="body">{t("round_form.close_lead")}</p>
        <form method="post" action=CloseRound::url() novalidate>
            {round_fields(page, ctx)}
            <TextArea name="closing_summary" label=t("round_form.closing_summary") hint=t("round_form.closing_summary_hint")
                rows=4 value=ctx.flash.value("close_round", "closing_summary") errors=errors/>
            <button type="submit" class="button button--warning">{t("round_form.close")}</button>
        </form>
    }
}

#[component]
pub fn RoundSettingsPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = with_forms(key, |(n, r)| get_round_form(n, r));
    loaded(data, |(ctx, page): (PageForms, RoundForm)| {
        let form = "edit_round";
        let mut errors = ctx.flash.errors_for(form);
        errors.extend(ctx.flash.errors_for("close_round"));
        let title = tr(
            "round_form.settings_title",
            &[("round", page.fields.title.clone())],
        );
        let round_url = format!(
            "/neighbourhoods/{}/rounds/{}",
            page.neighbourhood_slug, page.round_slug
        );
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=format!("{round_url}/review") label=t("pot_setup.back")/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{page.neighbourhood_name.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            <p class="body" data-testid="ballots-per">{t(&format!("round.per.{}", page.fields.ballots_per))}</p>
            {if page.may_change() {
                view! {
                    <form method="post" action=EditRound::url() novalidate>
                        {round_fields(&page, &ctx)}
                        <input type="hidden" name="seen" value=page.phase.as_str()/>
                        {words_fields(&page, &ctx, form, &errors)}
                        {timetable_fields(&page, &ctx, form, &errors)}
                        <button type="submit" class="button">{t("round_form.save")}</button>
                    </form>
                }.into_any()
            } else {
                view! { <p class="body" data-testid="round-fixed">{t("round_form.fixed")}</p> }.into_any()
            }}
            {page.may_close.then(|| close_form(&page, &ctx))}
            <p class="body"><a href=round_url>{t("round_form.see_round")}</a></p>
        }
    })
}
