//! `/`: the neighbourhoods and what is open in each now.

use crate::api::neighbourhoods::{list_neighbourhoods, NeighbourhoodSummary};
use crate::components::page_title::PageTitle;
use crate::pages::loaded;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| list_neighbourhoods());
    view! {
        <PageTitle text="Community Budgets"/>
        <h1 class="heading-xl">"Decide how your neighbourhood's money is spent"</h1>
        <p class="lead">
            "The council, the NHS, the police and fire and rescue have put money into one pot "
            "for each neighbourhood below. Residents propose how to spend it and vote."
        </p>
        {loaded(data, |places: Vec<NeighbourhoodSummary>| {
            view! {
                <h2 class="heading-l">"Neighbourhoods"</h2>
                <ul class="card-list">
                    {places.into_iter().map(neighbourhood_card).collect_view()}
                </ul>
            }
        })}
    }
}

fn neighbourhood_card(n: NeighbourhoodSummary) -> impl IntoView {
    let rounds = n
        .rounds
        .into_iter()
        .map(|r| {
            view! {
                <li>
                    <a href=format!("/neighbourhoods/{}/rounds/{}", r.neighbourhood_slug, r.slug)>
                        {r.title}
                    </a>
                    <span class="tag tag--phase">{r.phase.label()}</span>
                    <span class="card__money">{format!("{} pot", r.pot_total)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="card">
            <h3 class="card__title">
                <a href=format!("/neighbourhoods/{}", n.slug)>{n.name}</a>
            </h3>
            <p class="card__meta">{n.council}</p>
            <p class="card__summary">{n.summary}</p>
            <ul class="link-list">{rounds}</ul>
        </li>
    }
}
