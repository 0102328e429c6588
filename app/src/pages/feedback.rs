//! `/feedback`: anyone tells the council what they think, giving only what they choose;
//! `/feedback/messages`: the officers (their neighbourhoods') and administrators (all)
//! read the messages and mark each one answered.

use crate::api::forms::PageForms;
use crate::api::help::{
    get_feedback_messages, get_help_places, AnswerFeedback, FeedbackList, HelpPlace, SendFeedback,
};
use crate::components::form::{
    CsrfField, ErrorSummary, NoticeBanner, SelectField, TextArea, TextField,
};
use crate::components::page_title::PageTitle;
use crate::components::pagination::Pagination;
use crate::i18n::{plural, t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

#[component]
pub fn FeedbackPage() -> impl IntoView {
    let query = use_query_map();
    let about = move || query.read().get("neighbourhood").unwrap_or_default();
    let data = with_forms(about, |about| async move {
        Ok((about, get_help_places().await?))
    });
    loaded(
        data,
        |(ctx, (about, places)): (PageForms, (String, Vec<HelpPlace>))| {
            let form = "send_feedback";
            let errors = ctx.flash.errors_for(form);
            let refused = ctx.flash.form.as_deref() == Some(form);
            let value = |field: &str| ctx.flash.value(form, field);
            let chosen = if refused {
                value("neighbourhood")
            } else {
                about
            };
            let options = places.into_iter().map(|p| (p.slug, p.name)).collect();
            let title = t("help.feedback_title");
            view! {
                <PageTitle text=title error=!errors.is_empty()/>
                <NoticeBanner text=ctx.flash.notice.clone()/>
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{title}</h1>
                <p class="body">{t("help.feedback_lead")}</p>
                <form method="post" action=SendFeedback::url() novalidate>
                    <CsrfField token=ctx.csrf.clone()/>
                    <SelectField name="neighbourhood" label=t("help.feedback_about") options=options
                        value=chosen errors=errors.clone() empty=t("help.feedback_about_service")/>
                    <TextArea name="message" label=t("help.feedback_message") hint=t("help.feedback_message_hint")
                        rows=6 value=value("message") errors=errors.clone()/>
                    <TextField name="name" label=t("help.feedback_name") hint=t("help.optional")
                        autocomplete="name" value=value("name") errors=errors.clone()/>
                    <TextField name="email" kind="email" label=t("help.feedback_email") hint=t("help.feedback_email_hint")
                        autocomplete="email" value=value("email") errors=errors/>
                    <button type="submit" class="button">{t("help.feedback_send")}</button>
                </form>
                <p class="body"><a href="/privacy">{t("help.feedback_privacy")}</a></p>
            }
        },
    )
}

#[component]
pub fn FeedbackMessagesPage() -> impl IntoView {
    let query = use_query_map();
    let page = move || {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(1)
    };
    let data = with_forms(page, get_feedback_messages);
    loaded(data, |(ctx, list): (PageForms, FeedbackList)| {
        let errors = ctx.flash.errors_for("answer_feedback");
        let title = t("help.messages_title");
        let items = list
            .lines
            .iter()
            .map(|l| {
                let about = l
                    .neighbourhood
                    .clone()
                    .unwrap_or_else(|| t("help.feedback_about_service").to_owned());
                let from = match (&l.name, &l.email) {
                    (None, None) => view! { <span>{t("help.anonymous")}</span> }.into_any(),
                    (name, email) => view! {
                        <span>
                            {name.clone()}" "
                            {email.clone().map(|e| view! { <a href=format!("mailto:{e}")>{e.clone()}</a> })}
                        </span>
                    }
                    .into_any(),
                };
                let answer = match &l.answered {
                    Some(done) => view! { <p class="body" data-testid="answered">{done.clone()}</p> }.into_any(),
                    None => view! {
                        <form method="post" action=AnswerFeedback::url()>
                            <CsrfField token=ctx.csrf.clone()/>
                            <input type="hidden" name="id" value=l.id.to_string()/>
                            <input type="hidden" name="page" value=list.page.to_string()/>
                            <button type="submit" class="button button--secondary">
                                {t("help.mark_answered")}
                                <span class="visually-hidden">{tr("help.message_from", &[("when", l.sent.clone())])}</span>
                            </button>
                        </form>
                    }
                    .into_any(),
                };
                view! {
                    <li class="feedback-message" data-testid="feedback-message">
                        <h2 class="heading-s">{tr("help.message_heading", &[("about", about), ("when", l.sent.clone())])}</h2>
                        <p class="body feedback-message__text">{l.message.clone()}</p>
                        <dl class="summary-list">
                            <div class="summary-list__row"><dt>{t("help.from")}</dt><dd>{from}</dd></div>
                            <div class="summary-list__row"><dt>{t("help.language")}</dt><dd>{l.language.clone()}</dd></div>
                        </dl>
                        {answer}
                    </li>
                }
            })
            .collect_view();
        view! {
            <PageTitle text=title/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors/>
            <h1 class="heading-l">{title}</h1>
            <p class="body" data-testid="waiting">{plural(list.waiting as usize, "help.waiting", &[])}</p>
            {list.lines.is_empty().then(|| view! { <p class="body">{t("help.no_messages")}</p> })}
            <ol class="list feedback-messages">{items}</ol>
            <Pagination base="/feedback/messages".to_owned() page=list.page pages=list.pages/>
        }
    })
}
