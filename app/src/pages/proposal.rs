//! `/proposals/:id`: one proposal in full, with its status, the reasons, its history,
//! and what the person looking may do to it (change or withdraw it if they sent it;
//! review, re-cost or remove it if they are an officer of the neighbourhood).

use crate::api::forms::PageForms;
use crate::api::proposals::review::{AdjustProposalCost, HideProposal, ReviewProposal};
use crate::api::proposals::submit::WithdrawProposal;
use crate::api::proposals::{get_proposal, HistoryLine, ProposalPage};
use crate::components::form::{CsrfField, ErrorSummary, NoticeBanner, Radios, TextArea, TextField};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::domain::proposal::ProposalStatus;
use crate::error::FieldError;
use crate::i18n::{t, tr};
use crate::pages::{loaded, with_forms};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

const FORMS: [&str; 6] = [
    "post_delivery_update",
    "follow_proposal",
    "review_proposal",
    "adjust_proposal_cost",
    "hide_proposal",
    "withdraw_proposal",
];

#[component]
pub fn ProposalPageView() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i32>().ok())
            .unwrap_or(0)
    };
    let data = with_forms(id, get_proposal);
    loaded(data, |(ctx, p): (PageForms, ProposalPage)| {
        let errors: Vec<FieldError> = FORMS.iter().flat_map(|f| ctx.flash.errors_for(f)).collect();
        let round_href = format!(
            "/neighbourhoods/{}/rounds/{}",
            p.neighbourhood_slug, p.round_slug
        );
        let reason_label = t(match p.card.status {
            ProposalStatus::NeedsChanges => "proposal.reason.needs_changes",
            ProposalStatus::Ineligible => "proposal.reason.ineligible",
            ProposalStatus::Hidden => "proposal.reason.hidden",
            _ => "proposal.reason.other",
        });
        let status = t(&format!("status.{}", p.card.status.as_str()));
        view! {
            <PageTitle text=p.card.title.clone() error=!errors.is_empty()/>
            <BackLink href=round_href label=p.round_title.clone()/>
            <NoticeBanner text=ctx.flash.notice.clone()/>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption">{format!("{} · {}", p.neighbourhood_name, p.round_title)}</span>
            <h1 class="heading-xl">{p.card.title.clone()}</h1>
            <p class="lead">{p.card.summary.clone()}</p>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt>{t("proposal.status")}</dt>
                    <dd data-testid="proposal-status">{status}</dd>
                </div>
                {p.status_reason.clone().map(|reason| view! {
                    <div class="summary-list__row">
                        <dt>{reason_label}</dt>
                        <dd>{reason}</dd>
                    </div>
                })}
                <div class="summary-list__row">
                    <dt>{t("proposal.cost")}</dt>
                    <dd>{p.card.cost.to_string()}</dd>
                </div>
                {p.cost_note.clone().map(|note| view! {
                    <div class="summary-list__row">
                        <dt>{t("proposal.cost_note")}</dt>
                        <dd>{note}</dd>
                    </div>
                })}
                <div class="summary-list__row">
                    <dt>{t("proposal.area")}</dt>
                    <dd>{t(&format!("area.{}", p.card.area.slug()))}</dd>
                </div>
                {(!p.proposer.is_empty()).then(|| view! {
                    <div class="summary-list__row">
                        <dt>{t("proposal.by")}</dt>
                        <dd>{match p.group.clone() {
                            Some(g) => view! {
                                <a href=g.href>{p.proposer.clone()}</a>
                                {(!g.recognised).then(|| view! { " "<span class="tag tag--warn" data-testid="group-not-recognised">{t("proposal.group_not_recognised")}</span> })}
                            }.into_any(),
                            None => p.proposer.clone().into_any(),
                        }}</dd>
                    </div>
                })}
                {p.agency.clone().map(|a| view! {
                    <div class="summary-list__row">
                        <dt>{t("proposal.agency")}</dt>
                        <dd>{a}</dd>
                    </div>
                })}
                {p.location.clone().map(|l| view! {
                    <div class="summary-list__row">
                        <dt>{t("proposal.where")}</dt>
                        <dd>{l}</dd>
                    </div>
                })}
            </dl>
            {proposer_actions(&p, &ctx)}
            {(!p.body.is_empty()).then(|| view! {
                <h2 class="heading-m">{t("proposal.in_full")}</h2>
                {p.body.iter().map(|para| view! { <p class="body">{para.clone()}</p> }).collect_view()}
            })}
            {after_decision(&p, &ctx, &errors)}
            {officer_actions(&p, &ctx, &errors)}
            <History lines=p.history.clone() version=p.version/>
        }
    })
}

/// The decision on it, its delivery updates, following it, and the officers' form.
fn after_decision(p: &ProposalPage, ctx: &PageForms, errors: &[FieldError]) -> impl IntoView {
    use crate::api::delivery::{FollowProposal, PostDeliveryUpdate};
    use crate::domain::delivery::DeliveryStatus;
    let a = &p.after;
    let decided = a.funded.map(|f| {
        let href = format!(
            "/neighbourhoods/{}/rounds/{}/decision",
            p.neighbourhood_slug, p.round_slug
        );
        view! {
            <h2 class="heading-m">{t("proposal.decision")}</h2>
            <p class="body" data-testid="proposal-decision">
                {if f.as_i64() > 0 { tr("proposal.funded", &[("amount", f.to_string())]) } else { t("proposal.not_funded").to_owned() }}
                " "<a href=href>{t("proposal.read_decision")}</a>
            </p>
        }
    });
    let updates = (a.funded.is_some_and(|f| f.as_i64() > 0)).then(|| {
        view! {
            <h2 class="heading-m" id="delivery">{t("proposal.delivery")}</h2>
            {if a.updates.is_empty() {
                view! { <p class="body">{t("proposal.no_updates")}</p> }.into_any()
            } else {
                view! {
                    <ol class="history" data-testid="delivery-updates">
                        {a.updates.iter().rev().map(|u| view! {
                            <li class="history__item">
                                <span class="history__date">{u.on.clone()}</span>
                                <strong class="history__what">{u.status.clone()}</strong>
                                <p class="body">{u.note.clone()}</p>
                                <p class="body">{tr("proposal.spent", &[("amount", u.spend.to_string())])}</p>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        }
    });
    let follow = a.following.map(|on| {
        view! {
            <form method="post" action=FollowProposal::url()>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="id" value=p.card.id/>
                <input type="hidden" name="follow" value=if on { "no" } else { "yes" }/>
                <button type="submit" class="button button--secondary">
                    {if on { t("proposal.unfollow") } else { t("proposal.follow") }}
                </button>
            </form>
        }
    });
    let typed = |f: &str| ctx.flash.value("post_delivery_update", f);
    let post = a.may_post.then(|| {
        let options = DeliveryStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), crate::i18n::delivery_name(*s).to_owned()))
            .collect::<Vec<_>>();
        view! {
            <h2 class="heading-m">{t("officer.post_a_delivery_update")}</h2>
            <form method="post" action=PostDeliveryUpdate::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="id" value=p.card.id/>
                <Radios name="status" legend=t("officer.where_does_it_stand") options value=typed("status") errors=errors.to_vec()/>
                <TextField name="on" label=t("officer.date") hint=t("officer.for_example_2027_03") kind="date" value=typed("on") errors=errors.to_vec() width="10"/>
                <TextField name="spend" label=t("officer.spent_so_far_in") value=typed("spend") errors=errors.to_vec() width="10"/>
                <TextArea name="note" label=t("officer.what_has_happened") hint=t("officer.public_if_it_was") value=typed("note") errors=errors.to_vec() rows=3/>
                <button type="submit" class="button">{t("officer.post_the_update")}</button>
            </form>
        }
    });
    view! { {decided} {updates} {follow} {post} }
}

fn proposer_actions(p: &ProposalPage, ctx: &PageForms) -> impl IntoView {
    p.yours.then(|| {
        let edit = p.can.edit.then(|| view! {
            <p class="body">
                <a class="button" href=format!("/proposals/{}/edit", p.card.id)>{t("proposal.change_your_proposal")}</a>
            </p>
        });
        let withdraw = p.can.withdraw.then(|| view! {
            <form method="post" action=WithdrawProposal::url()>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="id" value=p.card.id/>
                <button type="submit" class="button button--secondary">{t("proposal.withdraw_your_proposal")}</button>
            </form>
        });
        view! {
            <section class="inset" aria-labelledby="yours-title">
                <h2 class="heading-s" id="yours-title">{t("proposal.you_sent_this_proposal")}</h2>
                <p class="body"><a href="/account/proposals">{t("proposal.see_all_your_proposals")}</a></p>
                {edit}
                {withdraw}
            </section>
        }
    })
}

fn officer_actions(p: &ProposalPage, ctx: &PageForms, errors: &[FieldError]) -> impl IntoView {
    let verdicts = vec![
        (
            "feasible".to_owned(),
            t("officer.verdict.feasible").to_owned(),
        ),
        (
            "needs_changes".to_owned(),
            t("officer.verdict.changes").to_owned(),
        ),
        (
            "ineligible".to_owned(),
            t("officer.verdict.ineligible").to_owned(),
        ),
    ];
    let flash = &ctx.flash;
    let review = p.can.review.then(|| {
        view! {
            <h2 class="heading-m">{t("officer.review_this_proposal")}</h2>
            <form method="post" action=ReviewProposal::url() novalidate>
                <CsrfField token=ctx.csrf.clone()/>
                <input type="hidden" name="id" value=p.card.id/>
                <Radios name="verdict" legend=t("officer.can_it_go_on") options=verdicts
                    value=flash.value("review_proposal", "verdict") errors=errors.to_vec()/>
                <TextArea name="note" label=t("officer.feedback_or_reason")
                    hint=t("officer.needed_when_asking_for")
                    value=flash.value("review_proposal", "note") errors=errors.to_vec() rows=4/>
                <button type="submit" class="button">{t("officer.save_review")}</button>
            </form>
        }
    });
    let cost = p.can.adjust_cost.then(|| view! {
        <h2 class="heading-m">{t("officer.change_the_cost")}</h2>
        <form method="post" action=AdjustProposalCost::url() novalidate>
            <CsrfField token=ctx.csrf.clone()/>
            <input type="hidden" name="id" value=p.card.id/>
            <TextField name="cost" label=t("officer.new_cost") hint=t("officer.in_pounds_for_example") width="10"
                value=flash.value("adjust_proposal_cost", "cost") errors=errors.to_vec()/>
            <TextArea name="cost_note" label=t("officer.why_the_cost_changed") hint=t("officer.shown_to_everyone_for")
                value=flash.value("adjust_proposal_cost", "cost_note") errors=errors.to_vec() rows=3/>
            <button type="submit" class="button button--secondary">{t("officer.change_cost")}</button>
        </form>
    });
    let hide = p.can.hide.then(|| view! {
        <h2 class="heading-m">{t("officer.remove_from_public_view")}</h2>
        <form method="post" action=HideProposal::url() novalidate>
            <CsrfField token=ctx.csrf.clone()/>
            <input type="hidden" name="id" value=p.card.id/>
            <TextArea name="reason" label=t("officer.reason_for_removing_it") hint=t("officer.for_abusive_or_unlawful")
                value=flash.value("hide_proposal", "reason") errors=errors.to_vec() rows=3/>
            <button type="submit" class="button button--warning">{t("officer.remove_proposal")}</button>
        </form>
    });
    view! { {review} {cost} {hide} }
}

#[component]
fn History(lines: Vec<HistoryLine>, version: i32) -> impl IntoView {
    (!lines.is_empty()).then(|| {
        let items = lines
            .into_iter()
            .map(|l| {
                view! {
                    <li class="history__item">
                        <span class="history__date">{l.date}</span>
                        " "<strong>{l.what}</strong>
                        {l.cost_change.map(|c| view! { <span>{format!(": {c}")}</span> })}
                        {l.note.map(|n| view! { <p class="body">{n}</p> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2 class="heading-m">{t("proposal.history")}</h2>
            <p class="body">{tr("proposal.version", &[("version", version.to_string())])}</p>
            <ol class="history">{items}</ol>
        }
    })
}
