//! One proposal in a list: title, cost, priority area, status.

use crate::api::proposals::ProposalCard;
use leptos::prelude::*;

#[component]
pub fn ProposalCardView(card: ProposalCard) -> impl IntoView {
    view! {
        <li class="card" data-area=card.area.slug()>
            <h3 class="card__title">
                <a href=format!("/proposals/{}", card.id)>{card.title}</a>
            </h3>
            <p class="card__summary">{card.summary}</p>
            <dl class="card__facts">
                <div>
                    <dt>"Cost"</dt>
                    <dd>{card.cost.to_string()}</dd>
                </div>
                <div>
                    <dt>"Priority area"</dt>
                    <dd>{card.area.label()}</dd>
                </div>
                <div>
                    <dt>"Status"</dt>
                    <dd>{card.status.label()}</dd>
                </div>
            </dl>
        </li>
    }
}
