//! `/neighbourhoods/:neighbourhood/rounds/:round/review`: the officers' queue of a
//! round's proposals, and the button that moves the round on.

use crate::api::forms::PageForms;
use crate::api::proposals::review::{get_review_queue, AdvanceRound, ReviewQueue};
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::domain::phase::Phase;
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

/// The button's words for moving on from a phase.
fn move_on_label(to: Phase) -> &'static str {
    match to {
        Phase::ProposalsOpen => "Open for proposals",
        Phase::Review => "Close proposals and start the review",
        Phase::VotingOpen => "Finish the review and open voting",
        Phase::Counting => "Close voting",
        _ => "Move on",
    }
}

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = with_forms(key, |(n, r)| get_review_queue(n, r));
    loaded(data, |(ctx, q): (PageForms, ReviewQueue)| {
        let errors = ctx.flash.errors_for("advance_round");
        let rows = q
            .rows
            .iter()
            .map(|r| {
                view! {
                    <tr>
                        <th scope="row"><a href=format!("/proposals/{}", r.id)>{r.title.clone()}</a></th>
                        <td data-label="Sent by">{r.proposer.clone()}</td>
                        <td data-label="Cost" class="num">{r.cost.to_string()}</td>
                        <td data-label="Status"><span class="tag">{r.status.label()}</span></td>
                    </tr>
                }
            })
            .collect_view();
        let title = format!("Proposals to review: {}", q.round_title);
        let round_href = format!(
            "/neighbourhoods/{}/rounds/{}",
            q.neighbourhood_slug, q.round_slug
        );
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=round_href label=q.round_title.clone()/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors/>
            <span class="caption">{q.neighbourhood_name.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            <p class="body">
                "Stage: "<strong data-testid="round-phase">{q.phase.label()}</strong>
            </p>
            {(q.phase == Phase::Review).then(|| view! {
                <p class="body">"Open each proposal to mark it feasible, ask for changes, or find it not eligible. Only feasible proposals go on the ballot."</p>
            })}
            {if q.rows.is_empty() {
                view! { <p class="body">"No proposals have been sent to this round yet."</p> }.into_any()
            } else {
                view! {
                    <table class="table table--reflow">
                        <thead><tr><th scope="col">"Proposal"</th><th scope="col">"Sent by"</th><th scope="col" class="num">"Cost"</th><th scope="col">"Status"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                }.into_any()
            }}
            {q.next.map(|to| view! {
                <h2 class="heading-m">"Move the round on"</h2>
                <p class="body">{format!("Next stage: {}. {}", to.label(), to.what_you_can_do())}</p>
                <form method="post" action=AdvanceRound::url()>
                    <CsrfField token=ctx.csrf.clone()/>
                    <input type="hidden" name="neighbourhood" value=q.neighbourhood_slug.clone()/>
                    <input type="hidden" name="round" value=q.round_slug.clone()/>
                    <input type="hidden" name="from" value=q.phase.as_str()/>
                    <button type="submit" class="button">{move_on_label(to)}</button>
                </form>
            })}
        }
    })
}
