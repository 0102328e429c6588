//! `/neighbourhoods/:neighbourhood`: one neighbourhood and its rounds.

use crate::api::neighbourhoods::{get_neighbourhood, NeighbourhoodPage};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::i18n::t;
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
                        <td data-label=t("place.phase")>{t(&format!("phase.{}", r.phase.as_str()))}</td>
                        <td data-label=t("place.pot") class="num">{r.pot_total.to_string()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <PageTitle text=n.name.clone()/>
            <BackLink href="/".into() label=t("place.all")/>
            <span class="caption">{n.council}</span>
            <h1 class="heading-xl">{n.name.clone()}</h1>
            <p class="lead">{n.summary}</p>
            {n.archived.then(|| view! { <p class="body" data-testid="archived">{t("place.archived")}</p> })}
            <h2 class="heading-l">{t("place.rounds")}</h2>
            {(n.runs_rounds && !n.archived).then(|| view! {
                <p class="body">
                    <a class="button" href=format!("/neighbourhoods/{}/new-round", n.slug)>{t("place.new_round")}</a>
                </p>
            })}
            <table class="table table--reflow">
                <thead>
                    <tr>
                        <th scope="col">{t("place.round")}</th>
                        <th scope="col">{t("place.phase")}</th>
                        <th scope="col" class="num">{t("place.pot")}</th>
                    </tr>
                </thead>
                <tbody>{rounds}</tbody>
            </table>
            <h2 class="heading-m" id="groups">{t("place.groups")}</h2>
            {if n.groups.is_empty() {
                view! { <p class="body">{t("place.no_groups")}</p> }.into_any()
            } else {
                view! {
                    <ul class="list" data-testid="groups">
                        {n.groups.iter().map(|(name, href)| view! { <li><a href=href.clone()>{name.clone()}</a></li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p class="body"><a href="/groups/new">{t("place.register_group")}</a></p>
            {n.runs_rounds.then(|| view! {
                <p class="body"><a href=format!("/neighbourhoods/{}/groups", n.slug)>{t("place.group_queue")}</a></p>
            })}
            <h2 class="heading-m">{t("place.who")}</h2>
            <p class="body">
                {t("place.postcodes")}" "
                <strong>{n.postcode_areas.join(", ")}</strong>
            </p>
        }
    })
}
