//! `/`: the neighbourhoods and what is open in each now.

use crate::api::neighbourhoods::{list_neighbourhoods, NeighbourhoodSummary};
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::loaded;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| list_neighbourhoods());
    view! {
        <PageTitle text=t("home.title")/>
        <h1 class="heading-xl">{t("home.heading")}</h1>
        <p class="lead">{t("home.lead")}</p>
        {loaded(data, |places: Vec<NeighbourhoodSummary>| {
            view! {
                <h2 class="heading-l">{t("home.neighbourhoods")}</h2>
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
                    <span class="tag tag--phase">{t(&format!("phase.{}", r.phase.as_str()))}</span>
                    <span class="card__money">{tr("home.pot", &[("amount", r.pot_total.to_string())])}</span>
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
