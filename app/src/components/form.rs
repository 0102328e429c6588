//! Form pieces in the GOV.UK pattern: an error summary that links to each field, the
//! field marked with its own message, hints tied to inputs, and the CSRF token.

use crate::error::FieldError;
use leptos::prelude::*;

fn message_for(errors: &[FieldError], field: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.clone())
}

/// The token every state-changing form carries.
#[component]
pub fn CsrfField(token: String) -> impl IntoView {
    view! { <input type="hidden" name="csrf" value=token/> }
}

/// "There is a problem", with a link to each field in error.
#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        let items = errors
            .into_iter()
            .map(|e| {
                if e.field.is_empty() {
                    view! { <li>{e.message}</li> }.into_any()
                } else {
                    view! { <li><a href=format!("#{}", e.field)>{e.message}</a></li> }.into_any()
                }
            })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 class="error-summary__title" id="error-summary-title">{crate::i18n::t("error.title.problem")}</h2>
                <ul class="error-summary__list">{items}</ul>
            </div>
        }
    })
}

/// A confirmation shown after something worked.
#[component]
pub fn NoticeBanner(text: Option<String>) -> impl IntoView {
    text.map(|text| {
        view! {
            <div class="notice" role="status">
                <p class="notice__text">{text}</p>
            </div>
        }
    })
}

/// The ids an input is described by: its hint and its error message.
fn described_by(hint: Option<&str>, error: Option<&str>) -> Option<String> {
    let ids: Vec<&str> = [hint, error].into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The form group's class: marked when the field has an error.
fn group_class(error: bool) -> &'static str {
    if error {
        "form-group form-group--error"
    } else {
        "form-group"
    }
}

/// A labelled text input with its hint and error message.
#[component]
pub fn TextField(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] value: String,
    errors: Vec<FieldError>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] width: Option<&'static str>,
) -> impl IntoView {
    let error = message_for(&errors, name);
    let hint_id = hint.as_ref().map(|_| format!("{name}-hint"));
    let error_id = error.as_ref().map(|_| format!("{name}-error"));
    let described = [hint_id.clone(), error_id.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let group_class = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let input_class = match (error.is_some(), width) {
        (true, Some(w)) => format!("input input--error input--{w}"),
        (true, None) => "input input--error".to_owned(),
        (false, Some(w)) => format!("input input--{w}"),
        (false, None) => "input".to_owned(),
    };
    view! {
        <div class=group_class>
            <label class="label" for=name>{label}</label>
            {hint.map(|h| view! { <div class="hint" id=hint_id.clone()>{h}</div> })}
            {error.map(|e| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">{crate::i18n::t("error.prefix")}" "</span>{e}</p> })}
            <input
                class=input_class
                id=name
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                aria-describedby=(!described.is_empty()).then_some(described)
                aria-invalid=error_id.as_ref().map(|_| "true")
                spellcheck=(kind == "email" || kind == "password").then_some("false")
            />
        </div>
    }
}

/// A labelled drop-down list.
#[component]
pub fn SelectField(
    name: &'static str,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(optional, into)] value: String,
    errors: Vec<FieldError>,
    /// The first, empty option's text.
    #[prop(default = "Choose…".to_owned())]
    #[prop(into)]
    empty: String,
) -> impl IntoView {
    let error = message_for(&errors, name);
    let error_id = error.as_ref().map(|_| format!("{name}-error"));
    let group_class = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let options = options
        .into_iter()
        .map(|(v, text)| {
            let selected = v == value;
            view! { <option value=v selected=selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class=group_class>
            <label class="label" for=name>{label}</label>
            {error.map(|e| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">{crate::i18n::t("error.prefix")}" "</span>{e}</p> })}
            <select class="select" id=name name=name aria-describedby=error_id.clone()>
                <option value="">{empty}</option>
                {options}
            </select>
        </div>
    }
}

/// A labelled multi-line text box: blank lines become paragraphs on the page.
#[component]
pub fn TextArea(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] value: String,
    errors: Vec<FieldError>,
    #[prop(default = 6)] rows: u32,
) -> impl IntoView {
    let error = message_for(&errors, name);
    let hint_id = hint.as_ref().map(|_| format!("{name}-hint"));
    let error_id = error.as_ref().map(|_| format!("{name}-error"));
    let described = described_by(hint_id.as_deref(), error_id.as_deref());
    let class = if error.is_some() {
        "textarea textarea--error"
    } else {
        "textarea"
    };
    let group = group_class(error.is_some());
    view! {
        <div class=group>
            <label class="label" for=name>{label}</label>
            {hint.map(|h| view! { <div class="hint" id=hint_id.clone()>{h}</div> })}
            {error.map(|e| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">{crate::i18n::t("error.prefix")}" "</span>{e}</p> })}
            <textarea
                class=class
                id=name
                name=name
                rows=rows
                aria-describedby=described
                aria-invalid=error_id.as_ref().map(|_| "true")
            >
                {value}
            </textarea>
        </div>
    }
}

/// A question answered by choosing one option: a fieldset whose legend is the question.
/// The first radio carries the field's id, so the error summary's link lands on it.
#[component]
pub fn Radios(
    name: &'static str,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    /// (value, label) pairs.
    options: Vec<(String, String)>,
    #[prop(optional, into)] value: String,
    errors: Vec<FieldError>,
) -> impl IntoView {
    let error = message_for(&errors, name);
    let hint_id = hint.as_ref().map(|_| format!("{name}-hint"));
    let error_id = error.as_ref().map(|_| format!("{name}-error"));
    let described = described_by(hint_id.as_deref(), error_id.as_deref());
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (v, text))| {
            let id = if i == 0 {
                name.to_owned()
            } else {
                format!("{name}-{i}")
            };
            let checked = v == value;
            view! {
                <div class="radios__item">
                    <input class="radios__input" type="radio" id=id.clone() name=name value=v checked=checked/>
                    <label class="radios__label" for=id>{text}</label>
                </div>
            }
        })
        .collect_view();
    let group = group_class(error.is_some());
    view! {
        <div class=group>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend">{legend}</legend>
                {hint.map(|h| view! { <div class="hint" id=hint_id.clone()>{h}</div> })}
                {error.map(|e| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">{crate::i18n::t("error.prefix")}" "</span>{e}</p> })}
                <div class="radios">{items}</div>
            </fieldset>
        </div>
    }
}
