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

/// This request's form token, for the language buttons (absent in the browser, where
/// the header is never re-rendered).
fn form_token() -> String {
    #[cfg(feature = "ssr")]
    {
        // Quietly empty when no request is being served (the route list is worked out
        // once by rendering the app without one).
        use_context::<http::request::Parts>()
            .and_then(|p| {
                p.extensions
                    .get::<crate::backend::access::request::RequestSession>()
                    .map(|s| s.csrf.clone())
            })
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

/// A button for the page in every other language, each named in its own language. A
/// form, not a link, because choosing a language changes what is stored for the
/// signed-in account: a link followed by a prefetcher or crawler must not.
fn language_links() -> impl IntoView {
    let current = crate::i18n::current();
    let back = this_page();
    let token = form_token();
    let buttons = crate::i18n::languages()
        .into_iter()
        .filter(|(code, _)| *code != current)
        .map(|(code, name)| {
            let tag = crate::i18n::text(code, "language.tag");
            view! {
                <form method="post" action="/language" class="site-header__language-form">
                    <input type="hidden" name="csrf" value=token.clone()/>
                    <input type="hidden" name="back" value=back.clone()/>
                    <button type="submit" name="code" value=code class="site-header__language"
                        lang=tag>{name}</button>
                </form>
            }
        })
        .collect_view();
    view! { <nav class="site-header__languages" aria-label=t("site.language")>{buttons}</nav> }
}

/// Help for the neighbourhood whose pages are being read, or the general help page.
fn help_link() -> String {
    let page = this_page();
    let slug = page
        .strip_prefix("/neighbourhoods/")
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .filter(|s| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        });
    match slug {
        Some(slug) => format!("/neighbourhoods/{slug}/help"),
        None => "/help".to_owned(),
    }
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
                <a href=help_link() class="site-header__help">{t("site.help")}</a>
                <a href="/account" class="site-header__account">{t("site.account")}</a>
            </div>
        </header>
        <div class="phase-banner" role="note">
            <strong class="tag">{t("site.beta")}</strong>
            " "{t("site.beta_text")}" "
            <a href="/feedback">{t("site.beta_feedback")}</a>
        </div>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <nav aria-label=t("site.footer_links")>
                <ul class="site-footer__links">
                    <li><a href="/help">{t("site.help")}</a></li>
                    <li><a href="/feedback">{t("site.feedback")}</a></li>
                    <li><a href="/privacy">{t("notice.privacy.title")}</a></li>
                    <li><a href="/accessibility">{t("notice.accessibility.title")}</a></li>
                    <li><a href="/cookies">{t("notice.cookies.title")}</a></li>
                </ul>
            </nav>
            <p>{t("site.footer")}</p>
        </footer>
    }
}

/// A link back up the page hierarchy, placed above the main heading.
#[component]
pub fn BackLink(href: String, #[prop(into)] label: String) -> impl IntoView {
    view! { <a href=href class="back-link">{label}</a> }
}
