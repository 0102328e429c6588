//! `/neighbourhoods/:neighbourhood/rounds/:round/decision`: the published budget
//! decision beside the vote, with the reasons for every departure, the money by agency
//! and by priority area, and its full history. `…/decision/print` is the same for the
//! council's noticeboard, without the site around it.

use crate::api::decision::{get_decision, DecisionPage, DecisionRow, DecisionVersion};
use crate::components::bar_chart::{Bar, BarChart};
use crate::components::form::NoticeBanner;
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
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
            let round_href = format!(
                "/neighbourhoods/{}/rounds/{}",
                d.neighbourhood_slug, d.round_slug
            );
            let title = format!("Budget decision: {}", d.round_title);
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
                <PageTitle text=title.clone() error=false/>
                {(!print).then(|| view! {
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
                            <dt>"Published"</dt>
                            <dd>{format!("{} by {}", v.published_on, v.published_by)}</dd>
                        </div>
                        {v.amends.map(|_| view! {
                            <div class="summary-list__row">
                                <dt>"Amended because"</dt>
                                <dd>{v.amendment_reason.clone().unwrap_or_default()}</dd>
                            </div>
                        })}
                        <div class="summary-list__row">
                            <dt>"Content hash (SHA-256)"</dt>
                            <dd><code class="hash" data-testid="decision-hash">{v.content_hash.clone()}</code></dd>
                        </div>
                        <div class="summary-list__row">
                            <dt>"Pot"</dt>
                            <dd>{format!("{}, of which {} is funded", d.pot, d.total)}</dd>
                        </div>
                        <div class="summary-list__row">
                            <dt>"The vote"</dt>
                            <dd>{format!("{} ballots, counted by {}", d.ballots, d.rule)}</dd>
                        </div>
                    </dl>
                })}
                {(!print).then(|| view! {
                    <p class="body no-print">
                        <a href=format!("{round_href}/decision/print")>"Printable version for a noticeboard"</a>
                        {d.may_amend.then(|| view! {
                            " · "<a href=format!("{round_href}/decision/draft")>"Draft an amendment"</a>
                        })}
                    </p>
                })}
                <h2 class="heading-l">"Proposal by proposal"</h2>
                {decision_table(&d.rows)}
                <h2 class="heading-l">"Who pays"</h2>
                {agency_table(&d)}
                {(!print).then(|| view! {
                    <BarChart
                        title="Money given, by agency (£)"
                        bars=agency_bars.clone()
                    />
                })}
                <h2 class="heading-l">"By priority area"</h2>
                <table class="table">
                    <thead><tr><th scope="col">"Priority area"</th><th scope="col" class="num">"Funded"</th></tr></thead>
                    <tbody>
                        {d.by_area.iter().map(|(area, p)| view! {
                            <tr><th scope="row">{area.clone()}</th><td class="num">{p.to_string()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
                {(!print).then(|| view! {
                    <BarChart
                        title="Money given, by priority area (£)"
                        bars=area_bars.clone()
                    />
                })}
                <h2 class="heading-l" id="history">"History of this decision"</h2>
                <History versions=d.history.clone()/>
                {(!print).then(|| view! {
                    <h2 class="heading-m no-print">"Open data"</h2>
                    <ul class="list no-print">
                        <li><a href=format!("{data_base}/decision.csv")>"The decision (CSV)"</a>" · "<a href=format!("{data_base}/decision.json")>"JSON"</a></li>
                        <li><a href=format!("{data_base}/results.csv")>"The results (CSV)"</a>" · "<a href=format!("{data_base}/results.json")>"JSON"</a></li>
                        <li><a href=format!("{data_base}/proposals.csv")>"The proposals (CSV)"</a>" · "<a href=format!("{data_base}/proposals.json")>"JSON"</a></li>
                        <li><a href=format!("{data_base}/delivery.csv")>"Delivery updates (CSV)"</a>" · "<a href=format!("{data_base}/delivery.json")>"JSON"</a></li>
                        <li><a href=format!("{data_base}/ledger.pb")>"The ballot ledger (pabulib .pb)"</a></li>
                    </ul>
                })}
                </div>
            }
        },
    )
}

fn decision_table(rows: &[DecisionRow]) -> impl IntoView {
    let body = rows
        .iter()
        .map(|r| {
            let decided = if r.amount.as_i64() == 0 {
                "Not funded".to_owned()
            } else {
                r.amount.to_string()
            };
            let paid = r
                .paid_by
                .iter()
                .map(|(a, p)| format!("{a} {p}"))
                .collect::<Vec<_>>()
                .join("; ");
            view! {
                <tr data-testid=format!("decision-row-{}", r.proposal_id)>
                    <th scope="row"><a href=format!("/proposals/{}", r.proposal_id)>{r.title.clone()}</a>
                        <span class="table__sub">{format!("{} · asked for {}", r.area, r.cost)}</span></th>
                    <td data-label="Votes" class="num">{r.votes.to_string()}</td>
                    <td data-label="The count">{if r.in_result { "Funded" } else { "Not funded" }}</td>
                    <td data-label="The decision" class="num"><strong>{decided}</strong></td>
                    <td data-label="Paid by">{paid}</td>
                    <td data-label="Why it differs">
                        {r.departure.map(|d| view! { <span class="tag tag--warn">{d.label()}</span>" " })}
                        {r.reason.clone()}
                    </td>
                    <td data-label="Delivery">{r.delivery.clone().unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--reflow">
            <thead>
                <tr>
                    <th scope="col">"Proposal"</th>
                    <th scope="col" class="num">"Votes"</th>
                    <th scope="col">"The count"</th>
                    <th scope="col" class="num">"The decision"</th>
                    <th scope="col">"Paid by"</th>
                    <th scope="col">"Why it differs"</th>
                    <th scope="col">"Delivery"</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}

fn agency_table(d: &DecisionPage) -> impl IntoView {
    view! {
        <table class="table table--reflow">
            <thead><tr><th scope="col">"Agency"</th><th scope="col" class="num">"Put in"</th><th scope="col" class="num">"Given to proposals"</th><th scope="col">"Ring-fence"</th></tr></thead>
            <tbody>
                {d.by_agency.iter().map(|a| view! {
                    <tr>
                        <th scope="row">{a.agency.clone()}</th>
                        <td data-label="Put in" class="num">{a.share.to_string()}</td>
                        <td data-label="Given" class="num">{a.given.to_string()}</td>
                        <td data-label="Ring-fence">{if a.fence.is_empty() { "None".to_owned() } else { a.fence.clone() }}</td>
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
                (0, true) => "Published (in force)".to_owned(),
                (0, false) => "First published".to_owned(),
                (_, true) => format!("Amendment {k} (in force)"),
                (_, false) => format!("Amendment {k}"),
            };
            view! {
                <li class="history__item" data-testid="decision-version">
                    <span class="history__date">{v.published_on.clone()}</span>
                    <strong class="history__what">{what}</strong>
                    {format!(" by {}", v.published_by)}
                    {v.amendment_reason.clone().map(|r| view! { <p class="body">{format!("Why: {r}")}</p> })}
                    {(!v.changes.is_empty()).then(|| view! {
                        <ul class="list">{v.changes.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul>
                    })}
                    <p class="body"><span>"Content hash: "</span><code class="hash">{v.content_hash.clone()}</code></p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="history">{items}</ol> }
}
