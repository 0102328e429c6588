//! The round's proposals with a priority-area filter. An island: with JavaScript the
//! list changes as soon as an area is chosen; without it, the same form reloads the
//! page with `?area=` and the server renders the filtered list.

use crate::api::proposals::ProposalCard;
use crate::components::proposal_card::ProposalCardView;
use crate::domain::priority_area::PriorityArea;
use crate::i18n::Words;
use leptos::prelude::*;
use std::collections::BTreeMap;

fn matching(cards: &[ProposalCard], area: &str) -> Vec<ProposalCard> {
    cards
        .iter()
        .filter(|c| area.is_empty() || c.area.slug() == area)
        .cloned()
        .collect()
}

fn count_text(words: &Words, shown: usize, all: usize) -> String {
    let key = match (shown, all) {
        (_, 0) => "browser.none",
        (s, a) if s == a => "browser.all",
        (0, _) => "browser.none_here",
        (1, _) => "browser.one",
        _ => "browser.some",
    };
    words.fill(
        key,
        &[("shown", shown.to_string()), ("all", all.to_string())],
    )
}

/// `words`: the `browser.`, `area.` and `status.` texts in the reader's language.
#[island]
pub fn ProposalBrowser(
    cards: Vec<ProposalCard>,
    area: Option<String>,
    words: BTreeMap<String, String>,
) -> impl IntoView {
    let words = StoredValue::new(Words(words));
    let w = move |key: &str| words.with_value(|w| w.get(key));
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
                    {w(&format!("area.{}", a.slug()))}
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
                <label class="label" for="area">{w("browser.show_for")}</label>
                <select
                    class="select"
                    id="area"
                    name="area"
                    on:change=move |ev| set_area.set(event_target_value(&ev))
                >
                    <option value="" selected=move || area.get().is_empty()>
                        {w("browser.all_areas")}
                    </option>
                    {options}
                </select>
            </div>
            <button type="submit" class="button button--secondary">{w("browser.show")}</button>
        </form>
        <p class="filter__count" aria-live="polite" data-testid="proposal-count">
            {move || words.with_value(|w| count_text(w, shown().len(), total))}
        </p>
        <ul class="card-list" data-testid="proposal-list">
            {move || {
                shown().into_iter().map(|card| view! { <ProposalCardView card words=words.get_value()/> }).collect_view()
            }}
        </ul>
    }
}

// The words come from the language files, which only the server build holds.
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::count_text;
    use crate::i18n::Words;

    #[test]
    fn the_count_line_says_how_many_of_all_are_shown() {
        let w = Words(crate::i18n::words(&["browser."]));
        assert_eq!(count_text(&w, 3, 3), "Showing all 3 proposals.");
        assert_eq!(count_text(&w, 1, 9), "Showing 1 proposal of 9.");
        assert_eq!(count_text(&w, 4, 9), "Showing 4 proposals of 9.");
        assert_eq!(
            count_text(&w, 0, 9),
            "No proposals in this priority area (of 9)."
        );
        assert_eq!(count_text(&w, 0, 0), "No proposals yet.");
    }
}
