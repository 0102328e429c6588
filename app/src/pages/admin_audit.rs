//! `/admin/audit`: the audit log for administrators, filtered by who, what, which
//! round and when; a plain GET form, so the search is a link to keep or share.

use crate::api::admin_audit::{get_audit_log, AuditPage};
use crate::api::forms::PageForms;
use crate::components::form::{ErrorSummary, SelectField, TextField};
use crate::components::page_title::PageTitle;
use crate::components::pagination::Pagination;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminAuditPage() -> impl IntoView {
    let query = use_query_map();
    let data = with_forms(
        move || {
            let q = query.read();
            let get = |k: &str| q.get(k).unwrap_or_default();
            (
                [
                    get("who"),
                    get("what"),
                    get("round"),
                    get("since"),
                    get("until"),
                ],
                get("page").parse::<u32>().unwrap_or(1),
            )
        },
        |([who, what, round, since, until], page)| {
            get_audit_log(who, what, round, since, until, page)
        },
    );
    loaded(data, |(_ctx, p): (PageForms, AuditPage)| {
        let actions: Vec<(String, String)> =
            p.actions.iter().map(|a| (a.clone(), a.clone())).collect();
        let rows = p
            .lines
            .iter()
            .map(|l| {
                view! {
                    <tr>
                        <td data-label=t("audit.when")>{l.when.clone()}</td>
                        <td data-label=t("audit.who")>{l.who.clone()}</td>
                        <td data-label=t("audit.what")><code>{l.action.clone()}</code></td>
                        <td data-label=t("audit.subject")><code>{l.subject.clone()}</code></td>
                        <td data-label=t("audit.detail")>{l.detail.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        let query = p.search.query();
        let base = if query.is_empty() {
            "/admin/audit".to_owned()
        } else {
            format!("/admin/audit?{query}")
        };
        view! {
            <PageTitle text=t("audit.title")/>
            <ErrorSummary errors=p.problems.clone()/>
            <h1 class="heading-l">{t("audit.title")}</h1>
            <p class="body">{t("audit.lead")}</p>
            <form method="get" action="/admin/audit" role="search">
                <TextField name="who" label=t("audit.filter_who") kind="email"
                    value=p.search.who.clone() errors=p.problems.clone()/>
                <SelectField name="what" label=t("audit.filter_what") options=actions
                    value=p.search.what.clone() errors=p.problems.clone() empty=t("audit.any")/>
                <SelectField name="round" label=t("audit.filter_round") options=p.rounds.clone()
                    value=p.search.round.clone() errors=p.problems.clone() empty=t("audit.any")/>
                <TextField name="since" label=t("audit.since") hint=t("audit.day_hint") width="10"
                    value=p.search.since.clone() errors=p.problems.clone()/>
                <TextField name="until" label=t("audit.until") hint=t("audit.day_hint") width="10"
                    value=p.search.until.clone() errors=p.problems.clone()/>
                <button type="submit" class="button">{t("audit.search")}</button>
            </form>
            <p class="body" data-testid="audit-total">{tr("audit.total", &[("n", p.total.to_string())])}</p>
            {(!p.lines.is_empty()).then(|| view! {
                <table class="table table--reflow" data-testid="audit-entries">
                    <caption class="table__caption">{t("audit.caption")}</caption>
                    <thead><tr>
                        <th scope="col">{t("audit.when")}</th>
                        <th scope="col">{t("audit.who")}</th>
                        <th scope="col">{t("audit.what")}</th>
                        <th scope="col">{t("audit.subject")}</th>
                        <th scope="col">{t("audit.detail")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            })}
            <Pagination base=base page=p.page pages=p.pages/>
        }
    })
}
