//! An amount of money in pounds: "£" shown before the input (not typed), a numeric
//! keyboard on phones, and its error message tied to it.

use leptos::prelude::*;

#[component]
pub fn MoneyInput(
    id: String,
    name: String,
    label: String,
    #[prop(optional, into)] value: String,
    error: Option<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <div class=if error.is_some() { "form-group form-group--error" } else { "form-group" }>
            <label class="label" for=id.clone()>{label}</label>
            {error.clone().map(|e| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">{crate::i18n::t("error.prefix")}" "</span>{e}</p> })}
            <div class="input-prefix">
                <span class="input-prefix__sign" aria-hidden="true">"£"</span>
                <input
                    class=if error.is_some() { "input input--error input--10" } else { "input input--10" }
                    id=id.clone()
                    name=name
                    type="text"
                    inputmode="decimal"
                    spellcheck="false"
                    value=value
                    aria-describedby=error.as_ref().map(|_| error_id.clone())
                    aria-invalid=error.as_ref().map(|_| "true")
                />
            </div>
        </div>
    }
}
