//! `/neighbourhoods/:n/rounds/:r/vote` (the ballot), `…/vote/receipt/:receipt` (the
//! confirmation) and `…/ledger` (every counted ballot by receipt, after voting closes).

use crate::api::forms::PageForms;
use crate::api::mail::EmailReceipt;
use crate::api::voting::{
    get_ballot, get_ledger, get_receipt, BallotPage, CastBallot, LedgerPage, ReceiptPage,
};
use crate::components::ballot_form::BallotForm;
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, TextField};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::components::pagination::Pagination;
use crate::domain::phase::Phase;
use crate::domain::priority_area::PriorityArea;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::collections::BTreeMap;

fn round_key() -> impl Fn() -> (String, String) + Send + Sync + Clone + 'static {
    let params = use_params_map();
    move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    }
}

/// The choices a refused ballot form sent, to show them again.
pub(crate) fn chosen_from_flash(
    ctx: &PageForms,
    form: &str,
    rules: &crate::domain::ballot::BallotRules,
) -> BTreeMap<i32, u32> {
    if ctx.flash.form.as_deref() != Some(form) {
        return BTreeMap::new();
    }
    ctx.flash
        .values
        .iter()
        .filter_map(|(k, v)| {
            let id = k.strip_prefix("points[")?.strip_suffix(']')?.parse().ok()?;
            let n = if rules.rule.has_points() {
                v.trim().parse().ok()?
            } else {
                1
            };
            (n > 0).then_some((id, n))
        })
        .collect()
}

#[component]
pub fn BallotPageView() -> impl IntoView {
    let data = with_forms(round_key(), |(n, r)| get_ballot(n, r));
    loaded(data, |(ctx, page): (PageForms, BallotPage)| {
        let errors = ctx.flash.errors_for("cast_ballot");
        // After a refused post, what was sent; otherwise the ballot as it stands.
        let chosen = if ctx.flash.form.as_deref() == Some("cast_ballot") {
            chosen_from_flash(&ctx, "cast_ballot", &page.rules)
        } else {
            page.current.clone()
        };
        let round_href = format!(
            "/neighbourhoods/{}/rounds/{}",
            page.neighbourhood_slug, page.round_slug
        );
        let title = tr("ballot.title", &[("round", page.round_title.clone())]);
        let mut page = page;
        for item in &mut page.items {
            if let Some(area) = PriorityArea::ALL.iter().find(|a| a.label() == item.area) {
                item.area = t(&format!("area.{}", area.slug())).to_owned();
            }
        }
        let body = match page.phase {
            Phase::VotingOpen if page.items.is_empty() => {
                view! { <p class="body">{t("ballot.empty")}</p> }.into_any()
            }
            Phase::VotingOpen => view! {
                <BallotForm
                    page=page.clone()
                    csrf=ctx.csrf.clone()
                    action=CastBallot::url().to_owned()
                    chosen
                    errors=errors.clone()
                    code=ctx.flash.value("cast_ballot", "code")
                    words=crate::i18n::words(&["ballot."])
                    postcode=ctx.flash.value("cast_ballot", "postcode")
                />
            }
            .into_any(),
            p if p < Phase::VotingOpen => {
                view! { <p class="body">{t("ballot.not_open")}</p> }.into_any()
            }
            _ => view! {
                <p class="body">{t("ballot.closed")}</p>
                <p class="body">
                    <a href=format!("{round_href}/ledger")>{t("ballot.see_ledger")}</a>
                </p>
            }
            .into_any(),
        };
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=round_href.clone() label=page.round_title.clone()/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{page.neighbourhood_name.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            {page.closes.clone().filter(|_| page.phase == Phase::VotingOpen).map(|moment| view! {
                <p class="body" data-testid="voting-closes">{tr("ballot.closes", &[("moment", moment)])}</p>
            })}
            {(page.phase == Phase::VotingOpen).then(|| view! {
                <p class="body" data-testid="who-votes">{page.who_votes.clone()}</p>
            })}
            {body}
        }
    })
}

#[component]
pub fn ReceiptPageView() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
            p.get("receipt").unwrap_or_default(),
        )
    };
    let data = with_forms(key, |(n, r, receipt)| get_receipt(n, r, receipt));
    loaded(data, |(ctx, page): (PageForms, ReceiptPage)| {
        let round_href = format!(
            "/neighbourhoods/{}/rounds/{}",
            page.neighbourhood_slug, page.round_slug
        );
        let errors = ctx.flash.errors_for("email_receipt");
        // The vote's own notice ("Your vote has been counted") heads the page; any
        // other notice (the email is on its way) shows as a banner.
        let (heading, banner) = match (ctx.flash.notice.clone(), &page.voided) {
            (other, Some(reason)) => (tr("receipt.voided", &[("reason", reason.clone())]), other),
            (Some(n), None) if n == t("receipt.counted") || n == t("receipt.changed") => (n, None),
            (other, None) => (t("receipt.in").to_owned(), other),
        };
        view! {
            <PageTitle text=t("receipt.title") error=!errors.is_empty()/>
            <BackLink href=round_href.clone() label=page.round_title.clone()/>
            <NoticeBanner text=banner/>
            <ErrorSummary errors=errors.clone()/>
            <div class="confirmation" role="status">
                <h1 class="heading-l confirmation__title">{heading}</h1>
                <p class="confirmation__body">{t("receipt.yours")}<br/><strong class="receipt" data-testid="receipt">{page.receipt.clone()}</strong></p>
            </div>
            <p class="body">{t("receipt.keep")}</p>
            <ul class="list list--bullet">
                <li>{t("receipt.ledger")}</li>
                <li>{t("receipt.change")}</li>
            </ul>
            <h2 class="heading-m">{t("receipt.email.heading")}</h2>
            <form method="post" action=EmailReceipt::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=page.neighbourhood_slug.clone()/>
                <input type="hidden" name="round" value=page.round_slug.clone()/>
                <input type="hidden" name="receipt" value=page.receipt.clone()/>
                <TextField name="email" label=t("receipt.email.label") kind="email" autocomplete="email"
                    hint=t("receipt.email.hint")
                    value=ctx.flash.value("email_receipt", "email") errors=errors.clone()/>
                <button type="submit" class="button button--secondary">{t("receipt.email.send")}</button>
            </form>
            <p class="body"><a href=format!("{round_href}/vote")>{t("receipt.change_link")}</a></p>
            <p class="body"><a href=round_href>{t("receipt.back")}</a></p>
        }
    })
}

#[component]
pub fn LedgerPageView() -> impl IntoView {
    let round = round_key();
    let query = use_query_map();
    let key = move || {
        let (n, r) = round();
        let q = query.read();
        let page = q
            .get("page")
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(1);
        (n, r, q.get("receipt").unwrap_or_default(), page)
    };
    let data = Resource::new_blocking(key, |(n, r, receipt, page)| get_ledger(n, r, receipt, page));
    loaded(data, |page: LedgerPage| {
        let round_href = format!(
            "/neighbourhoods/{}/rounds/{}",
            page.neighbourhood_slug, page.round_slug
        );
        let rows = page
            .lines
            .iter()
            .map(|l| {
                // A voided ballot keeps its line, with the reason instead of its choices:
                // it is not counted, so its choices are in no count to check.
                let cell = match &l.voided {
                    Some(reason) => view! {
                        <td data-label=t("ledger.choices") data-testid="ledger-voided">
                            <strong class="tag tag--warn">{t("ledger.voided")}</strong>" "
                            {reason.clone()}
                        </td>
                    }
                    .into_any(),
                    None => view! { <td data-label=t("ledger.choices")>{l.choices.clone()}</td> }
                        .into_any(),
                };
                view! {
                    <tr>
                        <th scope="row"><code>{l.receipt.clone()}</code></th>
                        {cell}
                    </tr>
                }
            })
            .collect_view();
        let found = match (&page.searched, page.lines.first()) {
            (Some(r), None) => Some(tr("ledger.not_found", &[("receipt", r.clone())])),
            (Some(r), Some(line)) => Some(match &line.voided {
                Some(reason) => tr(
                    "ledger.found_voided",
                    &[("receipt", r.clone()), ("reason", reason.clone())],
                ),
                None => tr("ledger.found", &[("receipt", r.clone())]),
            }),
            _ => None,
        };
        view! {
            <PageTitle text=tr("ledger.title", &[("round", page.round_title.clone())])/>
            <BackLink href=round_href.clone() label=page.round_title.clone()/>
            <h1 class="heading-l">{t("ledger.heading")}</h1>
            <p class="body">{tr("ledger.lead", &[("n", page.total.to_string())])}</p>
            <form method="get" class="filter">
                <div class="form-group">
                    <label class="label" for="receipt">{t("ledger.find")}</label>
                    <input class="input input--10" id="receipt" name="receipt" autocomplete="off"
                        value=page.searched.clone().unwrap_or_default()/>
                </div>
                <button type="submit" class="button button--secondary">{t("ledger.find_button")}</button>
            </form>
            {found.map(|f| view! { <p class="body" role="status" data-testid="ledger-found">{f}</p> })}
            <table class="table table--reflow">
                <thead><tr><th scope="col">{t("ledger.receipt")}</th><th scope="col">{t("ledger.choices")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <Pagination base=format!("{round_href}/ledger") page=page.page pages=page.pages/>
        }
    })
}
