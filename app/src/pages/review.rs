//! `/neighbourhoods/:neighbourhood/rounds/:round/review`: the officers' queue of a
//! round's proposals, and the button that moves the round on.

use crate::api::forms::PageForms;
use crate::api::mail::SendReminder;
use crate::api::proposals::review::{get_review_queue, AdvanceRound, ReviewQueue, Turnout};
use crate::api::voting::SetBallotRules;
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, Radios, TextField};
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
        let mut errors = ctx.flash.errors_for("advance_round");
        errors.extend(ctx.flash.errors_for("set_ballot_rules"));
        errors.extend(ctx.flash.errors_for("send_reminder"));
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
            <BackLink href=round_href.clone() label=q.round_title.clone()/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
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
            {(q.phase < Phase::VotingOpen).then(|| rules_form(&q, &ctx, &errors))}
            {q.turnout.clone().map(|t| turnout_section(t, &q, &ctx))}
            {(q.phase == Phase::VotingOpen).then(|| view! {
                <h2 class="heading-m">"Paper ballots"</h2>
                <p class="body"><a href=format!("{round_href}/paper")>"Type in or check paper ballots from community events"</a></p>
            })}
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

/// The officer's choice of ballot rules, fixed once voting opens.
fn rules_form(
    q: &ReviewQueue,
    ctx: &PageForms,
    errors: &[crate::error::FieldError],
) -> impl IntoView {
    let flash = &ctx.flash;
    let typed = |field: &str, stored: String| {
        if flash.form.as_deref() == Some("set_ballot_rules") {
            flash.value("set_ballot_rules", field)
        } else {
            stored
        }
    };
    let options = vec![
        (
            "approval_within_pot".to_owned(),
            "Choose proposals whose total cost fits the pot".to_owned(),
        ),
        (
            "approve_up_to".to_owned(),
            "Choose up to a number of proposals".to_owned(),
        ),
        (
            "points".to_owned(),
            "Share out a number of points".to_owned(),
        ),
    ];
    let number = |n: Option<i32>| n.map(|n| n.to_string()).unwrap_or_default();
    view! {
        <h2 class="heading-m">"Ballot rules"</h2>
        <p class="body">"These rules are fixed when voting opens."</p>
        <form method="post" action=SetBallotRules::url() novalidate>
            <CsrfField token=ctx.csrf.clone()/>
            <input type="hidden" name="neighbourhood" value=q.neighbourhood_slug.clone()/>
            <input type="hidden" name="round" value=q.round_slug.clone()/>
            <Radios name="rule" legend="How will people vote?" options value=typed("rule", q.ballot_rule.clone()) errors=errors.to_vec()/>
            <TextField name="max_choices" label="How many proposals each person may choose (for “up to a number”)" width="5"
                value=typed("max_choices", number(q.max_choices)) errors=errors.to_vec()/>
            <TextField name="points" label="How many points each person shares out (for points)" width="5"
                value=typed("points", number(q.points)) errors=errors.to_vec()/>
            <TextField name="min_choices" label="The fewest proposals each person must choose (optional)" width="5"
                value=typed("min_choices", if q.min_choices > 0 { q.min_choices.to_string() } else { String::new() }) errors=errors.to_vec()/>
            <button type="submit" class="button button--secondary">"Save ballot rules"</button>
        </form>
    }
}

fn people(n: usize) -> String {
    if n == 1 {
        "1 resident".to_owned()
    } else {
        format!("{n} residents")
    }
}

/// Turnout while voting is open: for officers only, and never the choices.
fn turnout_section(t: Turnout, q: &ReviewQueue, ctx: &PageForms) -> impl IntoView {
    let reminder = match (&t.reminder_sent, t.not_voted) {
        (Some(sent), _) => view! {
            <p class="body" data-testid="reminder">{format!("Reminder: {sent}. Each round sends one.")}</p>
        }
        .into_any(),
        (None, 0) => view! { <p class="body">"Every verified resident has voted, so there is nobody to remind."</p> }.into_any(),
        (None, n) => view! {
            <p class="body">{format!("{} not voted yet. You can send them one email reminder; each round sends only one.", if n == 1 { "1 verified resident has".to_owned() } else { format!("{n} verified residents have") })}</p>
            <form method="post" action=SendReminder::url()>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=q.neighbourhood_slug.clone()/>
                <input type="hidden" name="round" value=q.round_slug.clone()/>
                <button type="submit" class="button button--secondary">{format!("Send a reminder to {}", people(n))}</button>
            </form>
        }
        .into_any(),
    };
    let rows = t
        .by_day
        .into_iter()
        .map(|(day, n)| view! { <tr><th scope="row">{day}</th><td class="num">{n}</td></tr> })
        .collect_view();
    view! {
        <h2 class="heading-m">"Turnout so far"</h2>
        <p class="body" data-testid="turnout">
            {format!("{} in. {} residents have verified an account here; others vote with the code on their letter.", if t.ballots == 1 { "1 ballot".to_owned() } else { format!("{} ballots", t.ballots) }, t.residents)}
        </p>
        <table class="table">
            <caption class="table__caption">"Ballots by the day they were last sent"</caption>
            <thead><tr><th scope="col">"Day"</th><th scope="col" class="num">"Ballots"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <h2 class="heading-m">"Remind residents who have not voted"</h2>
        {reminder}
    }
}
