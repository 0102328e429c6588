//! Pagination in the GOV.UK pattern: "Previous" and "Next" with the page numbers
//! between, the current one marked for screen readers, long runs folded into "…".
//! Plain links (`?page=N`), so it works without JavaScript.

use crate::i18n::{t, tr};
use leptos::prelude::*;

/// The page numbers to show: the first, the last, and the current with its
/// neighbours; `None` marks a gap.
pub fn numbers(page: u32, pages: u32) -> Vec<Option<u32>> {
    let mut out: Vec<Option<u32>> = Vec::new();
    for n in 1..=pages {
        if n == 1 || n == pages || n.abs_diff(page) <= 1 {
            out.push(Some(n));
        } else if out.last() != Some(&None) {
            out.push(None);
        }
    }
    out
}

#[component]
pub fn Pagination(base: String, page: u32, pages: u32) -> impl IntoView {
    (pages > 1).then(|| {
        // A base that carries a search already gets the page added to it.
        let join = if base.contains('?') { '&' } else { '?' };
        let href = move |n: u32| format!("{base}{join}page={n}");
        let items = numbers(page, pages)
            .into_iter()
            .map(|n| match n {
                Some(n) if n == page => view! {
                    <li class="pagination__item pagination__item--current">
                        <a class="pagination__link" href=href(n) aria-current="page" aria-label=tr("site.page_n", &[("n", n.to_string())])>{n}</a>
                    </li>
                }
                .into_any(),
                Some(n) => view! {
                    <li class="pagination__item">
                        <a class="pagination__link" href=href(n) aria-label=tr("site.page_n", &[("n", n.to_string())])>{n}</a>
                    </li>
                }
                .into_any(),
                None => view! { <li class="pagination__item pagination__item--gap">"…"</li> }.into_any(),
            })
            .collect_view();
        view! {
            <nav class="pagination" aria-label=t("site.pages")>
                {(page > 1).then(|| view! {
                    <a class="pagination__link pagination__prev" href=href(page - 1) rel="prev">{t("site.previous")}<span class="visually-hidden">" "{t("site.page")}</span></a>
                })}
                <ul class="pagination__list">{items}</ul>
                {(page < pages).then(|| view! {
                    <a class="pagination__link pagination__next" href=href(page + 1) rel="next">{t("site.next")}<span class="visually-hidden">" "{t("site.page")}</span></a>
                })}
            </nav>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::numbers;

    #[test]
    fn the_first_last_and_neighbours_of_the_current_page_are_shown_with_gaps_folded() {
        assert_eq!(numbers(1, 1), vec![Some(1)]);
        assert_eq!(numbers(1, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(
            numbers(5, 10),
            vec![Some(1), None, Some(4), Some(5), Some(6), None, Some(10)]
        );
        assert_eq!(numbers(10, 10), vec![Some(1), None, Some(9), Some(10)]);
    }
}
