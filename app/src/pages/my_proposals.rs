//! `/account/proposals`: what you (or your groups) sent, where each stands, and the
//! officers' feedback.

use crate::api::proposals::mine::{get_my_proposals, MyProposal};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::loaded;
use leptos::prelude::*;

#[component]
pub fn MyProposalsPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| get_my_proposals());
    loaded(data, |mine: Vec<MyProposal>| {
        let items = mine
            .into_iter()
            .map(|m| {
                view! {
                    <li class="card">
                        <h2 class="card__title">
                            <a href=format!("/proposals/{}", m.card.id)>{m.card.title.clone()}</a>
                        </h2>
                        <p class="caption">{tr("mine.sent_as", &[("round", m.round_title.clone()), ("who", m.sent_as.clone())])}</p>
                        <p class="body"><span class="tag">{crate::i18n::status_name(m.card.status)}</span>" "{m.card.cost.to_string()}</p>
                        {m.reason.map(|r| view! { <p class="body">{r}</p> })}
                        {m.can_edit.then(|| view! {
                            <p class="body"><a href=format!("/proposals/{}/edit", m.card.id)>{t("mine.change_this_proposal")}</a></p>
                        })}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        let empty = items.is_empty();
        view! {
            <PageTitle text=t("mine.your_proposals")/>
            <BackLink href="/account".into() label=t("mine.your_account")/>
            <h1 class="heading-l">{t("mine.your_proposals")}</h1>
            {if empty {
                view! { <p class="body">{t("mine.you_have_not_sent")}</p> }.into_any()
            } else {
                view! { <ul class="card-list">{items}</ul> }.into_any()
            }}
        }
    })
}
