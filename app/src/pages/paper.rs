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
                        <td data-label="Typed in by">{format!("{}, {}", b.entered_by, b.started)}</td>
                        <td data-label="Ballots" class="num">{b.ballots}</td>
                        <td data-label="Check">{b.verified.clone().unwrap_or_else(|| "Waiting for a second officer".to_owned())}</td>
                    </tr>
                }
            })
            .collect_view();
        let title = format!("Paper ballots: {}", page.round_title);
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=format!("{base}/review") label="Proposals to review"/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{page.neighbourhood_name.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            <p class="body">"Type in the ballots collected at community events, one batch per event. Each ballot needs the code from the voter's letter, so nobody votes twice, on paper or online. Another officer then checks each batch against the paper; voting cannot close until every batch is checked."</p>
            {if page.batches.is_empty() {
                view! { <p class="body">"No paper ballots have been typed in yet."</p> }.into_any()
            } else {
                view! {
                    <table class="table table--reflow" data-testid="paper-batches">
                        <thead><tr><th scope="col">"Batch"</th><th scope="col">"Typed in by"</th><th scope="col" class="num">"Ballots"</th><th scope="col">"Check"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                }.into_any()
            }}
            {(page.phase == Phase::VotingOpen).then(|| view! {
                <h2 class="heading-m">"Start a batch"</h2>
                <form method="post" action=OpenPaperBatch::url() novalidate>
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="neighbourhood" value=page.neighbourhood_slug.clone()/>
                    <input type="hidden" name="round" value=page.round_slug.clone()/>
                    <TextField name="label" label="Where and when were these ballots collected?"
                        hint="For example, Fun day at the Lantern, 14 March" value=ctx.flash.value("open_paper_batch", "label")
                        errors=errors.clone()/>
                    <button type="submit" class="button">"Start the batch"</button>
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
                .map_err(|_| crate::error::AppError::not_found("That batch of paper ballots"))?;
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
                            "Take out"<span class="visually-hidden">{format!(" ballot {}", l.receipt)}</span>
                        </button>
                    </form>
                });
                view! {
                    <tr>
                        <th scope="row"><code>{l.receipt.clone()}</code></th>
                        <td data-label="Choices">{l.choices.clone()}</td>
                        {page.may_enter.then(|| view! { <td data-label="Mistyped?">{remove}</td> })}
                    </tr>
                }
                .into_any()
            })
            .collect_view();
        let title = format!("Paper ballots: {}", batch.label);
        let status = batch.verified.clone().unwrap_or_else(|| {
            format!(
                "Typed in by {}. Not yet checked by a second officer.",
                batch.entered_by
            )
        });
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=format!("{base}/paper") label="All paper ballots"/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{ballot.round_title.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            <p class="body" data-testid="batch-status">{status}</p>
            <h2 class="heading-m">{format!("Ballots in this batch: {}", batch.ballots)}</h2>
            {(!page.ballots.is_empty()).then(|| view! {
                <table class="table table--reflow" data-testid="batch-ballots">
                    <thead><tr>
                        <th scope="col">"Receipt"</th><th scope="col">"Choices"</th>
                        {page.may_enter.then(|| view! { <th scope="col">"Mistyped?"</th> })}
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }.into_any())}
            {page.may_verify.then(|| view! {
                <h2 class="heading-m">"Check this batch"</h2>
                <p class="body">{format!("Compare each of the {} ballots above with its paper form: the code, and every choice. Verify only when they all match.", batch.ballots)}</p>
                <form method="post" action=VerifyPaperBatch::url()>
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="neighbourhood" value=ballot.neighbourhood_slug.clone()/>
                    <input type="hidden" name="round" value=ballot.round_slug.clone()/>
                    <input type="hidden" name="batch" value=batch.id/>
                    <button type="submit" class="button">"I have checked them: verify this batch"</button>
                </form>
            }.into_any())}
            {page.may_enter.then(|| {
                let chosen = chosen_from_flash(&ctx, "enter_paper_ballot", &ballot.rules);
                view! {
                    <h2 class="heading-m">"Type in a paper ballot"</h2>
                    <BallotForm
                        page=ballot.clone()
                        csrf=ctx.csrf.clone()
                        action=EnterPaperBallot::url().to_owned()
                        chosen
                        errors=errors.clone()
                        code=ctx.flash.value("enter_paper_ballot", "code")
                        postcode=String::new()
                        words=crate::i18n::words("ballot.")
                    />
                }
                .into_any()
            })}
        }
    })
}
