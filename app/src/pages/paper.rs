//! `/neighbourhoods/:n/rounds/:r/paper` (the round's batches of paper ballots, and
//! starting one) and `…/paper/:batch` (typing ballots in, taking a mistyped one out,
//! and a second officer's check).

use crate::api::forms::PageForms;
use crate::api::paper::{
    get_paper_batch, get_paper_batches, BatchPage, EnterPaperBallot, OpenPaperBatch, PaperPage,
    RemovePaperBallot, VerifyPaperBatch,
};
use crate::components::ballot_form::BallotForm;
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, TextField};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::domain::phase::Phase;
use crate::i18n::{t, tr};
use crate::pages::vote::chosen_from_flash;
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

fn param(name: &'static str) -> impl Fn() -> String + Send + Sync + Clone + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

#[component]
pub fn PaperBatchesPage() -> impl IntoView {
    let (n, r) = (param("neighbourhood"), param("round"));
    let data = with_forms(move || (n(), r()), |(n, r)| get_paper_batches(n, r));
    loaded(data, |(ctx, page): (PageForms, PaperPage)| {
        let errors = ctx.flash.errors_for("open_paper_batch");
        let base = format!(
            "/neighbourhoods/{}/rounds/{}",
            page.neighbourhood_slug, page.round_slug
        );
        let rows = page
            .batches
            .iter()
            .map(|b| {
                view! {
                    <tr>
                        <th scope="row"><a href=format!("{base}/paper/{}", b.id)>{b.label.clone()}</a></th>
                        <td data-label=t("paper.typed_in_by")>{format!("{}, {}", b.entered_by, b.started)}</td>
                        <td data-label=t("paper.ballots") class="num">{b.ballots}</td>
                        <td data-label=t("paper.check")>{b.verified.clone().unwrap_or_else(|| t("paper.waiting").to_owned())}</td>
                    </tr>
                }
            })
            .collect_view();
        let title = tr("paper.title", &[("what", page.round_title.clone())]);
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=format!("{base}/review") label=t("paper.proposals_to_review")/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{page.neighbourhood_name.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            <p class="body">{t("paper.type_in_the_ballots")}</p>
            {if page.batches.is_empty() {
                view! { <p class="body">{t("paper.no_paper_ballots_have")}</p> }.into_any()
            } else {
                view! {
                    <table class="table table--reflow" data-testid="paper-batches">
                        <thead><tr><th scope="col">{t("paper.batch")}</th><th scope="col">{t("paper.typed_in_by")}</th><th scope="col" class="num">{t("paper.ballots")}</th><th scope="col">{t("paper.check")}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                }.into_any()
            }}
            {(page.phase == Phase::VotingOpen).then(|| view! {
                <h2 class="heading-m">{t("paper.start_a_batch")}</h2>
                <form method="post" action=OpenPaperBatch::url() novalidate>
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="neighbourhood" value=page.neighbourhood_slug.clone()/>
                    <input type="hidden" name="round" value=page.round_slug.clone()/>
                    <TextField name="label" label=t("paper.where_and_when_were")
                        hint=t("paper.for_example_fun_day") value=ctx.flash.value("open_paper_batch", "label")
                        errors=errors.clone()/>
                    <button type="submit" class="button">{t("paper.start_the_batch")}</button>
                </form>
            })}
        }
    })
}

#[component]
pub fn PaperBatchPageView() -> impl IntoView {
    let (n, r, b) = (param("neighbourhood"), param("round"), param("batch"));
    let data = with_forms(
        move || (n(), r(), b()),
        |(n, r, b)| async move {
            let batch = b
                .parse()
                .map_err(|_| crate::error::AppError::not_found(t("paper.that_batch")))?;
            get_paper_batch(n, r, batch).await
        },
    );
    loaded(data, |(ctx, page): (PageForms, BatchPage)| {
        let mut errors = ctx.flash.errors_for("enter_paper_ballot");
        errors.extend(ctx.flash.errors_for("remove_paper_ballot"));
        errors.extend(ctx.flash.errors_for("verify_paper_batch"));
        let ballot = page.ballot.clone();
        let base = format!(
            "/neighbourhoods/{}/rounds/{}",
            ballot.neighbourhood_slug, ballot.round_slug
        );
        let batch = page.batch.clone();
        let rows = page
            .ballots
            .iter()
            .map(|l| {
                let remove = page.may_enter.then(|| view! {
                    <form method="post" action=RemovePaperBallot::url() class="inline-form">
                        <CsrfField token=ctx.csrf.clone()/>
                        <input type="hidden" name="neighbourhood" value=ballot.neighbourhood_slug.clone()/>
                        <input type="hidden" name="round" value=ballot.round_slug.clone()/>
                        <input type="hidden" name="batch" value=batch.id/>
                        <input type="hidden" name="receipt" value=l.receipt.clone()/>
                        <button type="submit" class="button button--secondary button--small">
                            {t("paper.take_out")}<span class="visually-hidden">" "{tr("paper.take_out_hidden", &[("receipt", l.receipt.clone())])}</span>
                        </button>
                    </form>
                });
                view! {
                    <tr>
                        <th scope="row"><code>{l.receipt.clone()}</code></th>
                        <td data-label=t("paper.choices")>{l.choices.clone()}</td>
                        {page.may_enter.then(|| view! { <td data-label=t("paper.mistyped")>{remove}</td> })}
                    </tr>
                }
                .into_any()
            })
            .collect_view();
        let title = tr("paper.title", &[("what", batch.label.clone())]);
        let status = batch
            .verified
            .clone()
            .unwrap_or_else(|| tr("paper.unchecked", &[("who", batch.entered_by.clone())]));
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=format!("{base}/paper") label=t("paper.all_paper_ballots")/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{ballot.round_title.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            <p class="body" data-testid="batch-status">{status}</p>
            <h2 class="heading-m">{tr("paper.in_batch", &[("n", batch.ballots.to_string())])}</h2>
            {(!page.ballots.is_empty()).then(|| view! {
                <table class="table table--reflow" data-testid="batch-ballots">
                    <thead><tr>
                        <th scope="col">{t("paper.receipt")}</th><th scope="col">{t("paper.choices")}</th>
                        {page.may_enter.then(|| view! { <th scope="col">{t("paper.mistyped")}</th> })}
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }.into_any())}
            {page.may_verify.then(|| view! {
                <h2 class="heading-m">{t("paper.check_this_batch")}</h2>
                <p class="body">{tr("paper.compare", &[("n", batch.ballots.to_string())])}</p>
                <form method="post" action=VerifyPaperBatch::url()>
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="neighbourhood" value=ballot.neighbourhood_slug.clone()/>
                    <input type="hidden" name="round" value=ballot.round_slug.clone()/>
                    <input type="hidden" name="batch" value=batch.id/>
                    // The count checked against the paper: a ballot typed in after the page
                    // loaded makes the verification fail rather than pass unseen.
                    <input type="hidden" name="seen" value=batch.ballots.to_string()/>
                    <button type="submit" class="button">{t("paper.i_have_checked_them")}</button>
                </form>
            }.into_any())}
            {page.may_enter.then(|| {
                let chosen = chosen_from_flash(&ctx, "enter_paper_ballot", &ballot.rules);
                view! {
                    <h2 class="heading-m">{t("paper.type_in_a_paper")}</h2>
                    <BallotForm
                        page=ballot.clone()
                        csrf=ctx.csrf.clone()
                        action=EnterPaperBallot::url().to_owned()
                        chosen
                        errors=errors.clone()
                        code=ctx.flash.value("enter_paper_ballot", "code")
                        postcode=String::new()
                        words=crate::i18n::words(&["ballot."])
                    />
                }
                .into_any()
            })}
        }
    })
}
