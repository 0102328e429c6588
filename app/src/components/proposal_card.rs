//! One proposal in a list: title, cost, priority area, status.

use crate::api::proposals::ProposalCard;
use crate::i18n::Words;
use leptos::prelude::*;

/// `words` holds the `browser.`, `area.` and `status.` texts (it is drawn in an island).
#[component]
pub fn ProposalCardView(card: ProposalCard, words: Words) -> impl IntoView {
    view! {
        <li class="card" data-area=card.area.slug()>
            <h3 class="card__title">
                <a href=format!("/proposals/{}", card.id)>{card.title}</a>
            </h3>
            <p class="card__summary">{card.summary}</p>
            <dl class="card__facts">
                <div>
                    <dt>{words.get("browser.cost")}</dt>
                    <dd>{card.cost.to_string()}</dd>
                </div>
                <div>
                    <dt>{words.get("browser.area")}</dt>
                    <dd>{words.get(&format!("area.{}", card.area.slug()))}</dd>
                </div>
                <div>
                    <dt>{words.get("browser.status")}</dt>
                    <dd>{words.get(&format!("status.{}", card.status.as_str()))}</dd>
                </div>
            </dl>
        </li>
    }
}
