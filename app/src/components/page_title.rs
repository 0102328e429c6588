//! The document `<title>`, escaped. leptos_meta 0.8 writes title text into the head
//! verbatim, so a proposal titled `</title><script>…` would otherwise run as script.

use leptos::prelude::*;
use leptos_meta::Title;

/// Escapes the characters that could end the `<title>` element or start an entity.
pub fn escape_title(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// "{page} – Commonpot" as the document title, starting "Error: " when the page shows
/// a form's errors, so screen reader users hear it first.
#[component]
pub fn PageTitle(#[prop(into)] text: String, #[prop(optional)] error: bool) -> impl IntoView {
    let full = match (text.is_empty(), error) {
        (true, _) => "Commonpot".to_owned(),
        (false, false) => format!("{text} – Commonpot"),
        (false, true) => format!("{} {text} – Commonpot", crate::i18n::t("error.prefix")),
    };
    view! { <Title text=escape_title(&full)/> }
}

#[cfg(test)]
mod tests {
    use super::escape_title;

    #[test]
    fn a_title_cannot_close_the_title_element() {
        assert_eq!(
            escape_title("</title><script>x</script> & more"),
            "&lt;/title&gt;&lt;script&gt;x&lt;/script&gt; &amp; more"
        );
        assert_eq!(escape_title("Bins – Ilfracombe"), "Bins – Ilfracombe");
    }
}
