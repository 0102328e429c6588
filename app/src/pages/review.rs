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
use crate::i18n::{plural, t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

/// The button's words for moving on from a phase.
fn move_on_label(to: Phase) -> &'static str {
    match to {
        Phase::ProposalsOpen => t("review.open_for_proposals"),
        Phase::Review => t("review.close_proposals_and_start"),
        Phase::VotingOpen => t("review.finish_the_review_and"),
        Phase::Counting => t("review.close_voting"),
        _ => t("review.move_on"),
    }
}

/// The round's review queue, named by the address, with the page's forms.
fn review_queue() -> Resource<Result<(PageForms, ReviewQueue), crate::error::AppError>> {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    with_forms(key, |(n, r)| get_review_queue(n, r))
}

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    let data = review_queue();
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
                        <td data-label=t("review.sent_by")>{r.proposer.clone()}</td>
                        <td data-label=t("review.cost") class="num">{r.cost.to_string()}</td>
                        <td data-label=t("review.status")><span class="tag">{crate::i18n::status_name(r.status)}</span></td>
                    </tr>
                }
            })
            .collect_view();
        let title = tr("review.title", &[("round", q.round_title.clone())]);
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
                {t("review.stage")}<strong data-testid="round-phase">{crate::i18n::phase_name(q.phase)}</strong>
            </p>
            {(q.phase == Phase::Review).then(|| view! {
                <p class="body">{t("review.open_each_proposal_to")}</p>
            })}
            {if q.rows.is_empty() {
                view! { <p class="body">{t("review.no_proposals_have_been")}</p> }.into_any()
            } else {
                view! {
                    <table class="table table--reflow">
                        <thead><tr><th scope="col">{t("review.proposal")}</th><th scope="col">{t("review.sent_by")}</th><th scope="col" class="num">{t("review.cost")}</th><th scope="col">{t("review.status")}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                }.into_any()
            }}
            <h2 class="heading-m">{t("review.set_up_the_pot")}</h2>
            <p class="body"><a href=format!("{round_href}/pot")>{t(if q.phase < Phase::VotingOpen { "review.set_up_the_pot_link" } else { "review.see_the_pot_link" })}</a></p>
            {(q.phase < Phase::VotingOpen).then(|| rules_form(&q, &ctx, &errors))}
            {q.turnout.clone().map(|t| turnout_section(t, &q, &ctx))}
            {(q.phase == Phase::VotingOpen).then(|| view! {
                <h2 class="heading-m">{t("review.paper_ballots")}</h2>
                <p class="body"><a href=format!("{round_href}/paper")>{t("review.type_in_or_check")}</a></p>
            })}
            {matches!(q.phase, Phase::VotingOpen | Phase::Counting).then(|| view! {
                <h2 class="heading-m">{t("review.void_heading")}</h2>
                <p class="body"><a href=format!("{round_href}/voids")>{t("review.void_link")}</a></p>
            })}
            {matches!(q.phase, Phase::Review | Phase::VotingOpen | Phase::Counting).then(|| view! {
                <h2 class="heading-m">{t("review.reopen_heading")}</h2>
                <p class="body"><a href=format!("{round_href}/reopen")>{t(&format!("review.reopen_link.{}", q.phase.as_str()))}</a></p>
            })}
            {(q.phase == Phase::Counting).then(|| view! {
                <h2 class="heading-m">{t("review.draft_heading")}</h2>
                <p class="body"><a href=format!("{round_href}/decision/draft")>{t("review.draft_link")}</a></p>
            })}
            {q.next.map(|to| view! {
                <h2 class="heading-m">{t("review.move_the_round_on")}</h2>
                <p class="body">{tr("review.next_stage", &[("phase", crate::i18n::phase_name(to).to_owned()), ("what", crate::i18n::phase_now(to).to_owned())])}</p>
                {if to == Phase::Counting {
                    // Closing voting is asked again on a page that says what it does.
                    view! {
                        <a class="button" role="button" draggable="false" href=format!("{round_href}/close-voting")>{move_on_label(to)}</a>
                    }.into_any()
                } else {
                    view! {
                        <form method="post" action=AdvanceRound::url()>
                            <CsrfField token=ctx.csrf.clone()/>
                            <input type="hidden" name="neighbourhood" value=q.neighbourhood_slug.clone()/>
                            <input type="hidden" name="round" value=q.round_slug.clone()/>
                            <input type="hidden" name="from" value=q.phase.as_str()/>
                            <button type="submit" class="button">{move_on_label(to)}</button>
                        </form>
                    }.into_any()
                }}
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
            t("review.rule.within_pot").to_owned(),
        ),
        (
            "approve_up_to".to_owned(),
            t("review.rule.up_to").to_owned(),
        ),
        ("points".to_owned(), t("review.rule.points").to_owned()),
    ];
    let number = |n: Option<i32>| n.map(|n| n.to_string()).unwrap_or_default();
    view! {
        <h2 class="heading-m">{t("review.ballot_rules")}</h2>
        <p class="body">{t("review.these_rules_are_fixed")}</p>
        <form method="post" action=SetBallotRules::url() novalidate>
            <CsrfField token=ctx.csrf.clone()/>
            <input type="hidden" name="neighbourhood" value=q.neighbourhood_slug.clone()/>
            <input type="hidden" name="round" value=q.round_slug.clone()/>
            <Radios name="rule" legend=t("review.how_will_people_vote") options value=typed("rule", q.ballot_rule.clone()) errors=errors.to_vec()/>
            <TextField name="max_choices" label=t("review.how_many_proposals_each") width="5"
                value=typed("max_choices", number(q.max_choices)) errors=errors.to_vec()/>
            <TextField name="points" label=t("review.how_many_points_each") width="5"
                value=typed("points", number(q.points)) errors=errors.to_vec()/>
            <TextField name="min_choices" label=t("review.the_fewest_proposals_each") width="5"
                value=typed("min_choices", if q.min_choices > 0 { q.min_choices.to_string() } else { String::new() }) errors=errors.to_vec()/>
            <button type="submit" class="button button--secondary">{t("review.save_ballot_rules")}</button>
        </form>
    }
}

/// Turnout while voting is open: for officers only, and never the choices.
fn turnout_section(turnout: Turnout, q: &ReviewQueue, ctx: &PageForms) -> impl IntoView {
    let reminder = match (&turnout.reminder_sent, turnout.not_voted) {
        (Some(sent), _) => view! {
            <p class="body" data-testid="reminder">{tr("review.reminder_sent", &[("sent", sent.clone())])}</p>
        }
        .into_any(),
        (None, 0) => view! { <p class="body">{t("review.every_verified_resident_has")}</p> }.into_any(),
        (None, n) => view! {
            <p class="body">{plural(n, "review.not_voted", &[])}</p>
            <form method="post" action=SendReminder::url()>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="neighbourhood" value=q.neighbourhood_slug.clone()/>
                <input type="hidden" name="round" value=q.round_slug.clone()/>
                <button type="submit" class="button button--secondary">{plural(n, "review.send_reminder", &[])}</button>
            </form>
        }
        .into_any(),
    };
    let rows = turnout
        .by_day
        .into_iter()
        .map(|(day, n)| view! { <tr><th scope="row">{day}</th><td class="num">{n}</td></tr> })
        .collect_view();
    view! {
        <h2 class="heading-m">{t("review.turnout_so_far")}</h2>
        <p class="body" data-testid="turnout">
            {plural(turnout.ballots, "review.turnout", &[("residents", turnout.residents.to_string())])}
        </p>
        <table class="table">
            <caption class="table__caption">{t("review.ballots_by_the_day")}</caption>
            <thead><tr><th scope="col">{t("review.day")}</th><th scope="col" class="num">{t("review.ballots")}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <h2 class="heading-m">{t("review.remind_residents_who_have")}</h2>
        {reminder}
    }
}

/// `/neighbourhoods/:neighbourhood/rounds/:round/close-voting`: what closing voting will
/// do, and the one button that does it. Closing cannot be undone.
#[component]
pub fn CloseVotingPage() -> impl IntoView {
    let data = review_queue();
    loaded(data, |(ctx, q): (PageForms, ReviewQueue)| {
        let round_href = format!(
            "/neighbourhoods/{}/rounds/{}",
            q.neighbourhood_slug, q.round_slug
        );
        let title = tr("close.title", &[("round", q.round_title.clone())]);
        let ballots = q.turnout.as_ref().map_or(0, |t| t.ballots);
        // Why a close was refused (a paper batch not yet checked) is told here.
        let errors = ctx.flash.errors_for("advance_round");
        view! {
            <PageTitle text=title.clone() error=!errors.is_empty()/>
            <BackLink href=format!("{round_href}/review") label=t("close.back")/>
            <ErrorSummary errors=errors/>
            <span class="caption">{q.neighbourhood_name.clone()}</span>
            <h1 class="heading-l">{title}</h1>
            {if q.phase == Phase::VotingOpen {
                view! {
                    <p class="body" data-testid="close-ballots">{plural(ballots, "close.ballots_so_far", &[])}</p>
                    <ul class="list">
                        <li>{t("close.nobody_votes_after")}</li>
                        <li>{t("close.counted_and_shown")}</li>
                        <li>{t("close.paper_first")}</li>
                    </ul>
                    <div class="warning-panel">
                        <strong>{t("close.cannot_be_undone")}</strong>
                    </div>
                    <form method="post" action=AdvanceRound::url()>
                        <CsrfField token=ctx.csrf.clone()/>
                        <input type="hidden" name="neighbourhood" value=q.neighbourhood_slug.clone()/>
                        <input type="hidden" name="round" value=q.round_slug.clone()/>
                        <input type="hidden" name="from" value="voting_open"/>
                        <input type="hidden" name="confirmed" value="yes"/>
                        <button type="submit" class="button button--warning">{t("close.close_now")}</button>
                    </form>
                    <p class="body"><a href=format!("{round_href}/review")>{t("close.not_now")}</a></p>
                }.into_any()
            } else {
                view! { <p class="body">{t("close.not_open")}</p> }.into_any()
            }}
        }
    })
}
