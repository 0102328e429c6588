//! `/neighbourhoods/:neighbourhood/rounds/:round`: the pot, the timeline, what you can
//! do now, the proposals, and the decision once published.

use crate::api::proposals::ProposalCard;
use crate::api::rounds::{get_round, DecisionSummary, RoundPage};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::components::phase_timeline::PhaseTimeline;
use crate::components::pot_table::PotTable;
use crate::components::proposal_browser::ProposalBrowser;
use crate::domain::phase::Phase;
use crate::pages::loaded;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn RoundPageView() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = Resource::new_blocking(key, |(n, r)| get_round(n, r));
    let area = query.read_untracked().get("area");
    loaded(data, move |r: RoundPage| {
        let area = area.clone();
        view! {
            <PageTitle text=format!("{} – {}", r.title, r.neighbourhood_name)/>
            <BackLink
                href=format!("/neighbourhoods/{}", r.neighbourhood_slug)
                label=r.neighbourhood_name.clone()
            />
            <span class="caption">{r.neighbourhood_name.clone()}</span>
            <h1 class="heading-xl">{r.title.clone()}</h1>
            <p class="lead">{r.summary.clone()}</p>
            <div class="panel" role="region" aria-label="What you can do now">
                <p class="panel__phase">
                    <span class="tag tag--phase">{r.phase.label()}</span>
                </p>
                <p class="panel__body">{r.phase.what_you_can_do()}</p>
                {(r.phase == Phase::ProposalsOpen).then(|| view! {
                    <p class="panel__body">
                        <a class="button" href=format!("/neighbourhoods/{}/rounds/{}/propose", r.neighbourhood_slug, r.slug)>
                            "Send a proposal"
                        </a>
                    </p>
                })}
                {(r.phase == Phase::VotingOpen).then(|| view! {
                    <p class="panel__body">
                        <a class="button" href=format!("/neighbourhoods/{}/rounds/{}/vote", r.neighbourhood_slug, r.slug)>
                            "Vote now"
                        </a>
                    </p>
                })}
                {r.runs_round.then(|| view! {
                    <p class="panel__body">
                        <a href=format!("/neighbourhoods/{}/rounds/{}/review", r.neighbourhood_slug, r.slug)>
                            "Officers: review proposals and move the round on"
                        </a>
                    </p>
                })}
            </div>
            <h2 class="heading-l">{format!("The pot: {}", r.pot.total())}</h2>
            <PotTable pot=r.pot.clone()/>
            {r.phase.votes_may_be_shown().then(|| view! {
                <p class="body">
                    <a href=format!("/neighbourhoods/{}/rounds/{}/results", r.neighbourhood_slug, r.slug)>
                        "See the votes and how each way of counting would spend the pot"
                    </a>
                </p>
                <p class="body">
                    <a href=format!("/neighbourhoods/{}/rounds/{}/ledger", r.neighbourhood_slug, r.slug)>
                        "The ballot ledger: every counted ballot by its receipt"
                    </a>
                </p>
            })}
            {r.drafts_decision.then(|| view! {
                <div class="panel">
                    <p class="panel__body">
                        <a href=format!("/neighbourhoods/{}/rounds/{}/decision/draft", r.neighbourhood_slug, r.slug)>
                            "Councillors: draft and publish the budget decision"
                        </a>
                    </p>
                </div>
            })}
            {r.decision.clone().map(|d| decision_section(d, format!("/neighbourhoods/{}/rounds/{}/decision", r.neighbourhood_slug, r.slug)))}
            <h2 class="heading-l">"Timeline"</h2>
            <PhaseTimeline steps=r.timeline.clone()/>
            {(r.phase >= Phase::Review).then(|| shortlist(&r.proposals))}
            <h2 class="heading-l" id="proposals">"Proposals"</h2>
            <ProposalBrowser cards=r.proposals.clone() area/>
        }
    })
}

fn decision_section(d: DecisionSummary, href: String) -> impl IntoView {
    let funded = d.funded.len();
    let delivered = d
        .funded
        .iter()
        .filter(|f| f.delivery.as_deref() == Some("Delivered"))
        .count();
    let under_way = d
        .funded
        .iter()
        .filter(|f| f.delivery.as_deref() == Some("In progress"))
        .count();
    let rows = d
        .funded
        .into_iter()
        .map(|f| {
            view! {
                <tr>
                    <th scope="row">
                        <a href=format!("/proposals/{}", f.proposal_id)>{f.title}</a>
                    </th>
                    <td data-label="Funded" class="num">{f.amount.to_string()}</td>
                    <td data-label="Delivery">{f.delivery.unwrap_or_else(|| "No update yet".to_owned())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-l">"The decision"</h2>
        <p class="body">{format!("Published on {}. ", d.published_on)}{d.summary}</p>
        <p class="body"><a href=href>"The full decision: reasons, who pays, and its history"</a></p>
        <p class="body" data-testid="delivery-progress">{format!(
            "Delivery: {delivered} of {funded} funded proposals delivered, {under_way} in progress."
        )}</p>
        <table class="table table--reflow">
            <caption class="table__caption">"Funded proposals"</caption>
            <thead>
                <tr>
                    <th scope="col">"Proposal"</th>
                    <th scope="col" class="num">"Funded"</th>
                    <th scope="col">"Delivery"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <th scope="row">"Total funded"</th>
                    <td class="num">{d.total.to_string()}</td>
                    <td></td>
                </tr>
            </tfoot>
        </table>
    }
}

/// The proposals marked feasible: what goes (or went) on the ballot.
fn shortlist(cards: &[ProposalCard]) -> impl IntoView {
    let on: Vec<&ProposalCard> = cards.iter().filter(|c| c.status.on_ballot()).collect();
    let items = on
        .iter()
        .map(|c| {
            view! {
                <li>
                    <a href=format!("/proposals/{}", c.id)>{c.title.clone()}</a>
                    {format!(" – {}", c.cost)}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-l" id="shortlist">"The shortlist"</h2>
        {if on.is_empty() {
            view! { <p class="body">"No proposal has been checked as feasible yet."</p> }.into_any()
        } else {
            view! {
                <p class="body">{format!("{} proposals checked by officers and on the ballot:", on.len())}</p>
                <ul class="list list--bullet" data-testid="shortlist">{items}</ul>
            }
            .into_any()
        }}
    }
}
