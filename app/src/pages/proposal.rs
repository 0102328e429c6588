//! `/proposals/:id`: one proposal in full, with its status and any public reason.

use crate::api::proposals::{get_proposal, ProposalPage};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::pages::loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProposalPageView() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i32>().ok())
            .unwrap_or(0)
    };
    let data = Resource::new_blocking(id, get_proposal);
    loaded(data, |p: ProposalPage| {
        let round_href = format!(
            "/neighbourhoods/{}/rounds/{}",
            p.neighbourhood_slug, p.round_slug
        );
        view! {
            <PageTitle text=p.card.title.clone()/>
            <BackLink href=round_href label=p.round_title.clone()/>
            <span class="caption">{format!("{} · {}", p.neighbourhood_name, p.round_title)}</span>
            <h1 class="heading-xl">{p.card.title.clone()}</h1>
            <p class="lead">{p.card.summary.clone()}</p>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt>"Cost"</dt>
                    <dd>{p.card.cost.to_string()}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>"Priority area"</dt>
                    <dd>{p.card.area.label()}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>"Status"</dt>
                    <dd>{p.card.status.label()}</dd>
                </div>
                {p.status_reason.clone().map(|reason| view! {
                    <div class="summary-list__row">
                        <dt>"Reason"</dt>
                        <dd>{reason}</dd>
                    </div>
                })}
                <div class="summary-list__row">
                    <dt>"Proposed by"</dt>
                    <dd>{p.proposer.clone()}</dd>
                </div>
                {p.agency.clone().map(|a| view! {
                    <div class="summary-list__row">
                        <dt>"Service it touches"</dt>
                        <dd>{a}</dd>
                    </div>
                })}
                {p.location.clone().map(|l| view! {
                    <div class="summary-list__row">
                        <dt>"Where"</dt>
                        <dd>{l}</dd>
                    </div>
                })}
            </dl>
            <h2 class="heading-m">"The proposal in full"</h2>
            {p.body.into_iter().map(|para| view! { <p class="body">{para}</p> }).collect_view()}
        }
    })
}
