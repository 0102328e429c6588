//! What a page behind a one-time link offers: the button that uses the link, to the
//! account's owner signed in; anyone else is asked to sign in first and is brought back
//! to the same link (the letter read on a phone, the account made on a laptop).

use crate::components::form::CsrfField;
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn LinkStep(
    /// The reader is signed in to the account the link is for.
    owner: bool,
    /// The server function the button posts to.
    action: String,
    /// The link's token, and the path it was opened at (for coming back).
    token: String,
    path: String,
    csrf: String,
    button: String,
    sign_in_first: String,
) -> impl IntoView {
    if owner {
        view! {
            <form method="post" action=action>
                <CsrfField token=csrf/>
                <input type="hidden" name="token" value=token/>
                <button type="submit" class="button">{button}</button>
            </form>
        }
        .into_any()
    } else {
        view! {
            <p class="body">{sign_in_first}</p>
            <p class="body"><a class="button" href=format!("/sign-in?next={path}")>{t("signin.button")}</a></p>
        }
        .into_any()
    }
}
