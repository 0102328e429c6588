//! `/neighbourhoods/:neighbourhood/rounds/:round/decision`: the published budget
//! decision beside the vote, with the reasons for every departure, the money by agency
//! and by priority area, and its full history. `…/decision/print` is the same for the
//! council's noticeboard, without the site around it.

use crate::api::decision::{get_decision, DecisionPage, DecisionRow, DecisionVersion};
use crate::components::bar_chart::{Bar, BarChart};
use crate::components::form::NoticeBanner;
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn pounds(p: crate::domain::money::Pence) -> u64 {
    (p.as_i64().max(0) / 100) as u64
}

#[component]
pub fn DecisionPageView() -> impl IntoView {
    decision_view(false)
}

#[component]
pub fn DecisionPrintView() -> impl IntoView {
    decision_view(true)
}

fn decision_view(print: bool) -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = with_forms(key, |(n, r)| get_decision(n, r));
    loaded(
        data,
        move |(ctx, d): (crate::api::forms::PageForms, DecisionPage)| {
            let shown = if print { Shown::Print } else { Shown::Page };
            decision_body(&ctx, &d, shown)
        },
    )
}

/// Where a decision is shown: its page, its printable page, or the councillors' last
/// look at a draft, which leaves out the links that only work once it is published.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    Page,
    Print,
    Preview,
}

pub(crate) fn decision_body(
    ctx: &crate::api::forms::PageForms,
    d: &DecisionPage,
    shown: Shown,
) -> impl IntoView {
    let print = shown == Shown::Print;
    let published = shown != Shown::Preview;
    let round_href = format!(
        "/neighbourhoods/{}/rounds/{}",
        d.neighbourhood_slug, d.round_slug
    );
    let title = tr("decision.title", &[("round", d.round_title.clone())]);
    let in_force = d.history.last().cloned();
    let data_base = format!(
        "/api/v1/neighbourhoods/{}/rounds/{}",
        d.neighbourhood_slug, d.round_slug
    );
    let agency_bars: Vec<Bar> = d
        .by_agency
        .iter()
        .map(|a| Bar {
            label: a.agency.clone(),
            value: pounds(a.given),
            highlight: true,
        })
        .collect();
    let area_bars: Vec<Bar> = d
        .by_area
        .iter()
        .map(|(area, p)| Bar {
            label: area.clone(),
            value: pounds(*p),
            highlight: true,
        })
        .collect();
    view! {
        {published.then(|| view! { <PageTitle text=title.clone() error=false/> })}
        {(shown == Shown::Page).then(|| view! {
            <BackLink href=round_href.clone() label=d.round_title.clone()/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
        })}
        <div class=if print { "decision decision--print" } else { "decision" }>
        <span class="caption">{d.neighbourhood_name.clone()}</span>
        <h1 class="heading-xl">{title}</h1>
        {in_force.clone().map(|v| view! {
            <p class="lead">{v.summary.clone()}</p>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt>{t("decision.published")}</dt>
                    <dd>{tr("decision.published_by", &[("date", v.published_on.clone()), ("who", v.published_by.clone())])}</dd>
                </div>
                {v.amends.map(|_| view! {
                    <div class="summary-list__row">
                        <dt>{t("decision.amended_because")}</dt>
                        <dd>{v.amendment_reason.clone().unwrap_or_default()}</dd>
                    </div>
                })}
                <div class="summary-list__row">
                    <dt>{t("decision.hash")}</dt>
                    <dd><code class="hash" data-testid="decision-hash">{v.content_hash.clone()}</code></dd>
                </div>
                <div class="summary-list__row">
                    <dt>{t("decision.pot")}</dt>
                    <dd>{tr("decision.pot_funded", &[("pot", d.pot.to_string()), ("funded", d.total.to_string())])}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>{t("decision.the_vote")}</dt>
                    <dd>{tr("decision.ballots_rule", &[("n", d.ballots.to_string()), ("rule", d.rule.clone())])}</dd>
                </div>
            </dl>
        })}
        {(!print && published).then(|| view! {
            <p class="body no-print">
                <a href=format!("{round_href}/decision/print")>{t("decision.printable")}</a>
                {d.may_amend.then(|| view! {
                    " · "<a href=format!("{round_href}/decision/draft")>{t("decision.draft_amendment")}</a>
                })}
            </p>
        })}
        <h2 class="heading-l">{t("decision.by_proposal")}</h2>
        {decision_table(&d.rows)}
        <h2 class="heading-l">{t("decision.who_pays")}</h2>
        {agency_table(d)}
        {(!print).then(|| view! {
            <BarChart
                title=t("decision.chart_agency")
                bars=agency_bars.clone()
            />
        })}
        <h2 class="heading-l">{t("decision.by_area")}</h2>
        <table class="table">
            <thead><tr><th scope="col">{t("decision.area")}</th><th scope="col" class="num">{t("decision.funded")}</th></tr></thead>
            <tbody>
                {d.by_area.iter().map(|(area, p)| view! {
                    <tr><th scope="row">{area.clone()}</th><td class="num">{p.to_string()}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        {(!print).then(|| view! {
            <BarChart
                title=t("decision.chart_area")
                bars=area_bars.clone()
            />
        })}
        <h2 class="heading-l" id="history">{t("decision.history")}</h2>
        <History versions=d.history.clone()/>
        {(!print && published).then(|| view! {
            <h2 class="heading-m no-print">{t("decision.open_data")}</h2>
            <ul class="list no-print">
                <li><a href=format!("{data_base}/decision.csv")>{t("decision.data.decision")}</a>" · "<a href=format!("{data_base}/decision.json")>"JSON"</a></li>
                <li><a href=format!("{data_base}/results.csv")>{t("decision.data.results")}</a>" · "<a href=format!("{data_base}/results.json")>"JSON"</a></li>
                <li><a href=format!("{data_base}/proposals.csv")>{t("decision.data.proposals")}</a>" · "<a href=format!("{data_base}/proposals.json")>"JSON"</a></li>
                <li><a href=format!("{data_base}/delivery.csv")>{t("decision.data.delivery")}</a>" · "<a href=format!("{data_base}/delivery.json")>"JSON"</a></li>
                <li><a href=format!("{data_base}/ledger.pb")>{t("decision.data.ledger")}</a></li>
            </ul>
        })}
        </div>
    }
}

fn decision_table(rows: &[DecisionRow]) -> impl IntoView {
    let body = rows
        .iter()
        .map(|r| {
            let decided = if r.amount.as_i64() == 0 {
                t("decision.not_funded").to_owned()
            } else {
                r.amount.to_string()
            };
            let paid = r
                .paid_by
                .iter()
                .map(|(a, p)| format!("{a} {p}"))
                .collect::<Vec<_>>()
                .join("; ");
            // An empty cell gets no label, so a phone's stacked row shows no bare "Paid by:".
            let paid_label = (!paid.is_empty()).then(|| t("decision.paid_by"));
            view! {
                <tr data-testid=format!("decision-row-{}", r.proposal_id)>
                    <th scope="row"><a href=format!("/proposals/{}", r.proposal_id)>{r.title.clone()}</a>
                        <span class="table__sub">{tr("decision.asked_for", &[("area", r.area.clone()), ("cost", r.cost.to_string())])}</span></th>
                    <td data-label=t("decision.votes") class="num">{r.votes.to_string()}</td>
                    <td data-label=t("decision.the_count")>{t(if r.in_result { "decision.funded" } else { "decision.not_funded" })}</td>
                    <td data-label=t("decision.the_decision") class="num"><strong>{decided}</strong></td>
                    <td data-label=paid_label>{paid}</td>
                    <td data-label=(r.departure.is_some() || !r.reason.is_empty()).then(|| t("decision.why"))>
                        {r.departure.map(|d| view! { <span class="tag tag--warn">{t(d.key())}</span>" " })}
                        {r.reason.clone()}
                    </td>
                    <td data-label=r.delivery.is_some().then(|| t("decision.delivery"))>{r.delivery.clone().unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--reflow">
            <thead>
                <tr>
                    <th scope="col">{t("decision.proposal")}</th>
                    <th scope="col" class="num">{t("decision.votes")}</th>
                    <th scope="col">{t("decision.the_count")}</th>
                    <th scope="col" class="num">{t("decision.the_decision")}</th>
                    <th scope="col">{t("decision.paid_by")}</th>
                    <th scope="col">{t("decision.why")}</th>
                    <th scope="col">{t("decision.delivery")}</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}

fn agency_table(d: &DecisionPage) -> impl IntoView {
    view! {
        <table class="table table--reflow">
            <thead><tr><th scope="col">{t("decision.agency")}</th><th scope="col" class="num">{t("decision.put_in")}</th><th scope="col" class="num">{t("decision.given_to")}</th><th scope="col">{t("decision.fence")}</th></tr></thead>
            <tbody>
                {d.by_agency.iter().map(|a| view! {
                    <tr>
                        <th scope="row">{a.agency.clone()}</th>
                        <td data-label=t("decision.put_in") class="num">{a.share.to_string()}</td>
                        <td data-label=t("decision.given") class="num">{a.given.to_string()}</td>
                        <td data-label=t("decision.fence")>{if a.fence.is_empty() { t("decision.no_fence").to_owned() } else { a.fence.clone() }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn History(versions: Vec<DecisionVersion>) -> impl IntoView {
    let count = versions.len();
    let items = versions
        .into_iter()
        .enumerate()
        .rev()
        .map(|(k, v)| {
            let what = match (k, k + 1 == count) {
                (0, true) => t("decision.v.first_in_force").to_owned(),
                (0, false) => t("decision.v.first").to_owned(),
                (_, true) => tr("decision.v.amendment_in_force", &[("k", k.to_string())]),
                (_, false) => tr("decision.v.amendment", &[("k", k.to_string())]),
            };
            view! {
                <li class="history__item" data-testid="decision-version">
                    <span class="history__date">{v.published_on.clone()}</span>
                    <strong class="history__what">{what}</strong>
                    " "{tr("decision.v.by", &[("who", v.published_by.clone())])}
                    {v.amendment_reason.clone().map(|r| view! { <p class="body">{tr("decision.v.why", &[("reason", r)])}</p> })}
                    {(!v.changes.is_empty()).then(|| view! {
                        <ul class="list">{v.changes.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul>
                    })}
                    <p class="body"><span>{t("decision.v.hash")}" "</span><code class="hash">{v.content_hash.clone()}</code></p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="history">{items}</ol> }
}
