//! `/neighbourhoods/:neighbourhood`: one neighbourhood and its rounds.

use crate::api::neighbourhoods::{get_neighbourhood, NeighbourhoodPage};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::pages::loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NeighbourhoodPageView() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("neighbourhood").unwrap_or_default();
    let data = Resource::new_blocking(slug, get_neighbourhood);
    loaded(data, |n: NeighbourhoodPage| {
        let rounds = n
            .rounds
            .into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <th scope="row">
                            <a href=format!("/neighbourhoods/{}/rounds/{}", r.neighbourhood_slug, r.slug)>
                                {r.title}
                            </a>
                        </th>
                        <td data-label="Phase">{r.phase.label()}</td>
                        <td data-label="Pot" class="num">{r.pot_total.to_string()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <PageTitle text=n.name.clone()/>
            <BackLink href="/".into() label="All neighbourhoods"/>
            <span class="caption">{n.council}</span>
            <h1 class="heading-xl">{n.name.clone()}</h1>
            <p class="lead">{n.summary}</p>
            <h2 class="heading-l">"Budget rounds"</h2>
            <table class="table table--reflow">
                <thead>
                    <tr>
                        <th scope="col">"Round"</th>
                        <th scope="col">"Phase"</th>
                        <th scope="col" class="num">"Pot"</th>
                    </tr>
                </thead>
                <tbody>{rounds}</tbody>
            </table>
            <h2 class="heading-m">"Who can take part"</h2>
            <p class="body">
                "Residents of these postcode areas: "
                <strong>{n.postcode_areas.join(", ")}</strong>
            </p>
        }
    })
}
