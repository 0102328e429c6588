//! The frame of every page: skip link, header, main content, footer.

use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a href="#main-content" class="skip-link">"Skip to main content"</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a href="/" class="site-header__name">"Commonpot"</a>
                <span class="site-header__tagline">"Community Budgets: your area, your say"</span>
                <a href="/account" class="site-header__account">"Your account"</a>
            </div>
        </header>
        <div class="phase-banner" role="note">
            <strong class="tag">"Beta"</strong>
            " This is a new service. Your feedback helps the council improve it."
        </div>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Commonpot is run for the neighbourhood Community Budgets. "
                "Decisions published here are the permanent public record."
            </p>
        </footer>
    }
}

/// A link back up the page hierarchy, placed above the main heading.
#[component]
pub fn BackLink(href: String, #[prop(into)] label: String) -> impl IntoView {
    view! { <a href=href class="back-link">{label}</a> }
}
