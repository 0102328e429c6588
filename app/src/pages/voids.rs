//! `/neighbourhoods/:n/rounds/:r/voids`: officers void a ballot, two of them: one
//! proposes it with a reason, another confirms or refuses it.

use crate::api::forms::PageForms;
use crate::api::voids::{get_voids, ConfirmVoid, DeclineVoid, ProposeVoid, VoidLine, VoidsPage};
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, Radios, TextArea, TextField};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::components::step_buttons::{step_buttons, WaitingStep};
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

/// The buttons beside a waiting void.
fn decide_forms(page: &VoidsPage, csrf: &str, line: &VoidLine) -> impl IntoView {
    step_buttons(
        WaitingStep {
            neighbourhood: page.neighbourhood_slug.clone(),
            round: page.round_slug.clone(),
            step: line.id,
            mine: line.mine,
            open: page.open,
            about: tr("voids.ballot_hidden", &[("receipt", line.receipt.clone())]),
            confirm_url: ConfirmVoid::url(),
            decline_url: DeclineVoid::url(),
            confirm: "voids.confirm",
            confirm_class: "button button--warning button--small",
        },
        csrf,
    )
}

fn lines_table(lines: &[VoidLine], action: impl Fn(&VoidLine) -> AnyView) -> impl IntoView {
    let rows = lines
        .iter()
        .map(|l| {
            let revote = if l.allow_revote {
                "voids.revote.yes_short"
            } else {
                "voids.revote.no_short"
            };
            view! {
                <tr>
                    <th scope="row"><code>{l.receipt.clone()}</code></th>
                    <td data-label=t("voids.reason")>{l.reason.clone()}<br/><span class="hint">{t(revote)}</span></td>
                    <td data-label=t("voids.who")>{l.proposed.clone()}{l.decided.clone().map(|d| view! { <br/>{d} })}</td>
                    <td data-label=t("voids.step")>{action(l)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--reflow">
            <thead><tr>
                <th scope="col">{t("ledger.receipt")}</th>
                <th scope="col">{t("voids.reason")}</th>
                <th scope="col">{t("voids.who")}</th>
                <th scope="col">{t("voids.step")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn propose_form(page: &VoidsPage, ctx: &PageForms) -> impl IntoView {
    let errors = ctx.flash.errors_for("propose_void");
    let value = |name: &str| ctx.flash.value("propose_void", name);
    view! {
        <h2 class="heading-m">{t("voids.propose_heading")}</h2>
        <form method="post" action=ProposeVoid::url() novalidate>
            <CsrfField token=ctx.csrf.clone()/>
            <input type="hidden" name="neighbourhood" value=page.neighbourhood_slug.clone()/>
            <input type="hidden" name="round" value=page.round_slug.clone()/>
            <TextField name="receipt" label=t("voids.receipt_label") hint=t("voids.receipt_hint")
                value=value("receipt") errors=errors.clone()/>
            <TextArea name="reason" label=t("voids.reason_label") hint=t("voids.reason_hint")
                value=value("reason") errors=errors.clone() rows=3/>
            <Radios name="revote" legend=t("voids.revote.legend")
                options=vec![
                    ("no".to_owned(), t("voids.revote.no").to_owned()),
                    ("yes".to_owned(), t("voids.revote.yes").to_owned()),
                ]
                value={
                    let v = value("revote");
                    if v.is_empty() { "no".to_owned() } else { v }
                }
                errors=errors.clone()/>
            <button type="submit" class="button">{t("voids.propose")}</button>
        </form>
    }
}

#[component]
pub fn VoidsPageView() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = with_forms(key, |(n, r)| get_voids(n, r));
    loaded(data, |(ctx, page): (PageForms, VoidsPage)| {
        let mut errors = ctx.flash.errors_for("propose_void");
        errors.extend(ctx.flash.errors_for("confirm_void"));
        errors.extend(ctx.flash.errors_for("decline_void"));
        let base = format!(
            "/neighbourhoods/{}/rounds/{}",
            page.neighbourhood_slug, page.round_slug
        );
        let title = tr("voids.title", &[("round", page.round_title.clone())]);
        let waiting = (!page.waiting.is_empty()).then(|| {
            let csrf = ctx.csrf.clone();
            let p = page.clone();
            view! {
                <h2 class="heading-m">{t("voids.waiting_heading")}</h2>
                <div data-testid="voids-waiting">
                    {lines_table(&page.waiting, move |l| decide_forms(&p, &csrf, l).into_any())}
                </div>
            }
        });
        let decided = (!page.decided.is_empty()).then(|| {
            view! {
                <h2 class="heading-m">{t("voids.decided_heading")}</h2>
                <div data-testid="voids-decided">
                    {lines_table(&page.decided, |_| ().into_any())}
                </div>
            }
        });
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=format!("{base}/review") label=t("paper.proposals_to_review")/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{page.neighbourhood_name.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{t("voids.lead")}</p>
            {if page.open {
                None
            } else {
                Some(view! { <p class="body" data-testid="voids-closed">{t("voids.wrong_phase")}</p> })
            }}
            {waiting}
            {page.open.then(|| propose_form(&page, &ctx))}
            {decided}
        }
    })
}
