//! `/neighbourhoods/:n/rounds/:r/reopen`: two officers extend voting, reopen it, or
//! reopen proposals: one proposes it with a reason and a new closing time, another
//! confirms or refuses it.

use crate::api::forms::PageForms;
use crate::api::reopenings::{
    get_reopenings, ConfirmReopening, DeclineReopening, ProposeReopening, ReopenPage, ReopeningLine,
};
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, TextArea, TextField};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::components::step_buttons::{step_buttons, WaitingStep};
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

fn decide_forms(page: &ReopenPage, csrf: &str, line: &ReopeningLine) -> impl IntoView {
    step_buttons(
        WaitingStep {
            neighbourhood: page.neighbourhood_slug.clone(),
            round: page.round_slug.clone(),
            step: line.id,
            mine: line.mine,
            open: true,
            about: line.what.clone(),
            confirm_url: ConfirmReopening::url(),
            decline_url: DeclineReopening::url(),
            confirm: "reopen.confirm",
            confirm_class: "button button--small",
        },
        csrf,
    )
}

fn lines(lines: &[ReopeningLine], action: impl Fn(&ReopeningLine) -> AnyView) -> impl IntoView {
    let rows = lines
        .iter()
        .map(|l| {
            view! {
                <tr>
                    <th scope="row">{l.what.clone()}</th>
                    <td data-label=t("voids.reason")>{l.reason.clone()}</td>
                    <td data-label=t("voids.who")>{l.proposed.clone()}{l.decided.clone().map(|d| view! { <br/>{d} })}</td>
                    <td data-label=t("voids.step")>{action(l)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--reflow">
            <thead><tr>
                <th scope="col">{t("reopen.what")}</th>
                <th scope="col">{t("voids.reason")}</th>
                <th scope="col">{t("voids.who")}</th>
                <th scope="col">{t("voids.step")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn propose_form(page: &ReopenPage, kind: &str, ctx: &PageForms) -> impl IntoView {
    let errors = ctx.flash.errors_for("propose_reopening");
    let typed = ctx.flash.value("propose_reopening", "closes_at");
    let closes = if typed.is_empty() {
        page.closes.clone()
    } else {
        typed
    };
    view! {
        <h2 class="heading-m">{t(&format!("reopen.heading.{kind}"))}</h2>
        <p class="body">{t(&format!("reopen.explain.{kind}"))}</p>
        <form method="post" action=ProposeReopening::url() novalidate>
            <CsrfField token=ctx.csrf.clone()/>
            <input type="hidden" name="neighbourhood" value=page.neighbourhood_slug.clone()/>
            <input type="hidden" name="round" value=page.round_slug.clone()/>
            <TextField name="closes_at" label=t(&format!("reopen.closes_label.{kind}")) kind="datetime-local"
                hint=t("round_form.time_hint") value=closes errors=errors.clone()/>
            <TextArea name="reason" label=t("reopen.reason_label") hint=t("reopen.reason_hint")
                value=ctx.flash.value("propose_reopening", "reason") errors=errors.clone() rows=3/>
            <button type="submit" class="button">{t("reopen.propose")}</button>
        </form>
    }
}

#[component]
pub fn ReopenPageView() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = with_forms(key, |(n, r)| get_reopenings(n, r));
    loaded(data, |(ctx, page): (PageForms, ReopenPage)| {
        let mut errors = ctx.flash.errors_for("propose_reopening");
        errors.extend(ctx.flash.errors_for("confirm_reopening"));
        errors.extend(ctx.flash.errors_for("decline_reopening"));
        let base = format!(
            "/neighbourhoods/{}/rounds/{}",
            page.neighbourhood_slug, page.round_slug
        );
        let title = tr("reopen.title", &[("round", page.round_title.clone())]);
        let waiting = (!page.waiting.is_empty()).then(|| {
            let csrf = ctx.csrf.clone();
            let p = page.clone();
            view! {
                <h2 class="heading-m">{t("voids.waiting_heading")}</h2>
                <div data-testid="reopen-waiting">
                    {lines(&page.waiting, move |l| decide_forms(&p, &csrf, l).into_any())}
                </div>
            }
        });
        let decided = (!page.decided.is_empty()).then(|| {
            view! {
                <h2 class="heading-m">{t("voids.decided_heading")}</h2>
                {lines(&page.decided, |_| ().into_any())}
            }
        });
        let form = match &page.kind {
            Some(kind) if page.waiting.is_empty() => Some(propose_form(&page, kind, &ctx)),
            _ => None,
        };
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=format!("{base}/review") label=t("paper.proposals_to_review")/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{page.neighbourhood_name.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{t("reopen.lead")}</p>
            {page.why_not.clone().map(|why| view! { <p class="body" data-testid="reopen-why-not">{why}</p> })}
            {waiting}
            {form}
            {decided}
        }
    })
}
