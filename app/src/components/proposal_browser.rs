//! The round's proposals with a priority-area filter. An island: with JavaScript the
//! list changes as soon as an area is chosen; without it, the same form reloads the
//! page with `?area=` and the server renders the filtered list.

use crate::api::proposals::ProposalCard;
use crate::components::proposal_card::ProposalCardView;
use crate::domain::priority_area::PriorityArea;
use leptos::prelude::*;

fn matching(cards: &[ProposalCard], area: &str) -> Vec<ProposalCard> {
    cards
        .iter()
        .filter(|c| area.is_empty() || c.area.slug() == area)
        .cloned()
        .collect()
}

fn count_text(shown: usize, all: usize) -> String {
    match (shown, all) {
        (_, 0) => "No proposals yet.".to_owned(),
        (s, a) if s == a => format!("Showing all {a} proposals."),
        (0, a) => format!("No proposals in this priority area (of {a})."),
        (1, a) => format!("Showing 1 proposal of {a}."),
        (s, a) => format!("Showing {s} proposals of {a}."),
    }
}

#[island]
pub fn ProposalBrowser(cards: Vec<ProposalCard>, area: Option<String>) -> impl IntoView {
    let total = cards.len();
    let cards = StoredValue::new(cards);
    let initial = area
        .filter(|a| PriorityArea::parse(a).is_ok())
        .unwrap_or_default();
    let (area, set_area) = signal(initial);
    // Effects run only in the browser: this marks the form once the island is live, so
    // people and tests can tell the instant filter from the plain form.
    let (live, set_live) = signal(false);
    Effect::new(move |_| set_live.set(true));
    let shown = move || cards.with_value(|c| matching(c, &area.get()));
    let options = PriorityArea::ALL
        .into_iter()
        .map(|a| {
            view! {
                <option value=a.slug() selected=move || area.get() == a.slug()>
                    {a.label()}
                </option>
            }
        })
        .collect_view();
    view! {
        <form
            method="get"
            class="filter"
            data-live=move || live.get().then_some("true")
            on:submit=|ev| ev.prevent_default()
        >
            <div class="form-group">
                <label class="label" for="area">"Show proposals for"</label>
                <select
                    class="select"
                    id="area"
                    name="area"
                    on:change=move |ev| set_area.set(event_target_value(&ev))
                >
                    <option value="" selected=move || area.get().is_empty()>
                        "All priority areas"
                    </option>
                    {options}
                </select>
            </div>
            <button type="submit" class="button button--secondary">"Show proposals"</button>
        </form>
        <p class="filter__count" aria-live="polite" data-testid="proposal-count">
            {move || count_text(shown().len(), total)}
        </p>
        <ul class="card-list" data-testid="proposal-list">
            {move || {
                shown().into_iter().map(|card| view! { <ProposalCardView card/> }).collect_view()
            }}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::count_text;

    #[test]
    fn the_count_line_says_how_many_of_all_are_shown() {
        assert_eq!(count_text(3, 3), "Showing all 3 proposals.");
        assert_eq!(count_text(1, 9), "Showing 1 proposal of 9.");
        assert_eq!(
            count_text(0, 9),
            "No proposals in this priority area (of 9)."
        );
        assert_eq!(count_text(0, 0), "No proposals yet.");
    }
}
