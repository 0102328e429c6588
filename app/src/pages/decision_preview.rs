//! `/neighbourhoods/:n/rounds/:r/decision/preview`: the councillors' last look at the
//! decision exactly as it will be published, marked as a draft, and the one button that
//! publishes it.

use crate::api::decision::preview::{get_decision_preview, PreviewPage, PublishDecision};
use crate::api::forms::PageForms;
use crate::components::form::{CsrfField, ErrorSummary};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::decision::{decision_body, Shown};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

#[component]
pub fn DecisionPreviewPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = with_forms(key, |(n, r)| get_decision_preview(n, r));
    loaded(data, |(ctx, preview): (PageForms, PreviewPage)| {
        let errors = ctx.flash.errors_for("publish_decision");
        let d = preview.page.clone();
        let draft_href = format!(
            "/neighbourhoods/{}/rounds/{}/decision/draft",
            d.neighbourhood_slug, d.round_slug
        );
        let amending = preview.amends.is_some();
        let title = tr("preview.title", &[("round", d.round_title.clone())]);
        let publish = preview.may_publish.then(|| {
            view! {
                <form method="post" action=PublishDecision::url() class="preview__publish">
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="neighbourhood" value=d.neighbourhood_slug.clone()/>
                    <input type="hidden" name="round" value=d.round_slug.clone()/>
                    <input type="hidden" name="amends" value=preview.amends.map(|a| a.to_string()).unwrap_or_default()/>
                    <input type="hidden" name="draft" value=preview.draft.clone()/>
                    <h2 class="heading-m">{t(if amending { "preview.publish_amendment_heading" } else { "preview.publish_heading" })}</h2>
                    <p class="body">{t("preview.cannot_change")}</p>
                    <button type="submit" class="button">{t(if amending { "preview.publish_amendment_now" } else { "preview.publish_now" })}</button>
                </form>
            }
        });
        let officer_note = (!preview.may_publish)
            .then(|| view! { <p class="body">{t("preview.officer_note")}</p> });
        view! {
            <PageTitle text=title error=!errors.is_empty()/>
            <BackLink href=draft_href.clone() label=t("preview.back_to_draft")/>
            <ErrorSummary errors=errors.clone()/>
            <div class="warning-panel" role="note" data-testid="preview-banner">
                <strong>{t("preview.not_published")}</strong>" "{t("preview.banner")}
            </div>
            {decision_body(&ctx, &d, Shown::Preview)}
            <div class="preview__actions">
                {publish}
                {officer_note}
                <p class="body"><a href=draft_href>{t("preview.change")}</a></p>
            </div>
        }
    })
}
