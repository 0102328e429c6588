//! The frame of every page: skip link, header, main content, footer.

use crate::i18n::t;
use leptos::prelude::*;

/// The page being shown, for the language links to come back to.
fn this_page() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|p| p.uri.path_and_query().map(|pq| pq.as_str().to_owned()))
            .unwrap_or_else(|| "/".to_owned())
    }
    #[cfg(not(feature = "ssr"))]
    {
        "/".to_owned()
    }
}

/// Links to the page in every other language, each named in its own language.
fn language_links() -> impl IntoView {
    let current = crate::i18n::current();
    let back = this_page();
    let links = crate::i18n::languages()
        .into_iter()
        .filter(|(code, _)| *code != current)
        .map(|(code, name)| {
            let href = format!("/language/{code}?back={}", percent_encode(&back));
            view! {
                <a href=href class="site-header__language" lang=crate::i18n::text(code, "language.tag")
                    hreflang=crate::i18n::text(code, "language.tag")>{name}</a>
            }
        })
        .collect_view();
    view! { <nav class="site-header__languages" aria-label=t("site.language")>{links}</nav> }
}

/// Enough percent-encoding for a path and query inside a query value.
fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a href="#main-content" class="skip-link">{t("site.skip")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a href="/" class="site-header__name">"Commonpot"</a>
                <span class="site-header__tagline">{t("site.tagline")}</span>
                {language_links()}
                <a href="/account" class="site-header__account">{t("site.account")}</a>
            </div>
        </header>
        <div class="phase-banner" role="note">
            <strong class="tag">{t("site.beta")}</strong>
            " "{t("site.beta_text")}
        </div>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t("site.footer")}</p>
        </footer>
    }
}

/// A link back up the page hierarchy, placed above the main heading.
#[component]
pub fn BackLink(href: String, #[prop(into)] label: String) -> impl IntoView {
    view! { <a href=href class="back-link">{label}</a> }
}
