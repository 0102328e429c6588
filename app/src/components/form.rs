//! Form pieces in the GOV.UK pattern: an error summary that links to each field, the
//! field marked with its own message, hints tied to inputs, and the CSRF token.

use crate::error::FieldError;
use leptos::prelude::*;

/// The message for `field` among a form's problems, if it has one.
pub fn message_for(errors: &[FieldError], field: &str) -> Option<String> {
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
    /// The box's id when a page holds several forms with this field; else its name.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let error = message_for(&errors, name);
    let id = id.unwrap_or_else(|| name.to_owned());
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let described = described_by(hint_id.as_deref(), error_id.as_deref());
    let class = if error.is_some() {
        "textarea textarea--error"
    } else {
        "textarea"
    };
    let group = group_class(error.is_some());
    view! {
        <div class=group>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <div class="hint" id=hint_id.clone()>{h}</div> })}
            {error.map(|e| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">{crate::i18n::t("error.prefix")}" "</span>{e}</p> })}
            <textarea
                class=class
                id=id
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

/// What a radio or checkbox group is sent as, and how it looks.
#[derive(Clone, Copy)]
enum Choice {
    /// One of the options, sent as `name=value`.
    One,
    /// Any number of options, each sent as `name[value]=yes`.
    Any,
}

/// A fieldset whose legend is the question, with a radio or a checkbox per option. The
/// first option carries `field` as its id, so the error summary's link lands on it.
#[allow(clippy::too_many_arguments)]
fn choice_group(
    choice: Choice,
    (key, field): (&str, String),
    name: &'static str,
    legend: String,
    hint: Option<String>,
    options: Vec<(String, String)>,
    chosen: &[String],
    errors: &[FieldError],
) -> impl IntoView {
    let (kind, class) = match choice {
        Choice::One => ("radio", "radios"),
        Choice::Any => ("checkbox", "checkboxes"),
    };
    let error = message_for(errors, key);
    let hint_id = hint.as_ref().map(|_| format!("{field}-hint"));
    let error_id = error.as_ref().map(|_| format!("{field}-error"));
    let described = described_by(hint_id.as_deref(), error_id.as_deref());
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (v, text))| {
            let id = if i == 0 {
                field.clone()
            } else {
                format!("{field}-{i}")
            };
            let checked = chosen.contains(&v);
            let (sent_as, value) = match choice {
                Choice::One => (name.to_owned(), v),
                Choice::Any => (format!("{name}[{v}]"), "yes".to_owned()),
            };
            view! {
                <div class=format!("{class}__item")>
                    <input class=format!("{class}__input") type=kind id=id.clone() name=sent_as value=value checked=checked/>
                    <label class=format!("{class}__label") for=id>{text}</label>
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
                <div class=class>{items}</div>
            </fieldset>
        </div>
    }
}

/// A question answered by choosing one option.
#[component]
pub fn Radios(
    name: &'static str,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    /// (value, label) pairs.
    options: Vec<(String, String)>,
    #[prop(optional, into)] value: String,
    errors: Vec<FieldError>,
    /// The first radio's id when a page holds several forms with this field; else its
    /// name. Errors are still looked up by the name.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    choice_group(
        Choice::One,
        (name, id.unwrap_or_else(|| name.to_owned())),
        name,
        legend,
        hint,
        options,
        &[value],
        &errors,
    )
}

/// A question answered by ticking any number of options; the server reads the ticked
/// ones as a map of `name[value]`.
#[component]
pub fn Checkboxes(
    /// The field's name in errors and flash values, and the first box's id.
    #[prop(into)]
    field: String,
    name: &'static str,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    /// (value, label) pairs.
    options: Vec<(String, String)>,
    /// The values ticked.
    checked: Vec<String>,
    errors: Vec<FieldError>,
) -> impl IntoView {
    choice_group(
        Choice::Any,
        (&field.clone(), field),
        name,
        legend,
        hint,
        options,
        &checked,
        &errors,
    )
}
