//! `/neighbourhoods/:neighbourhood/rounds/:round`: the pot, the timeline, what you can
//! do now, the proposals, and the decision once published.

use crate::api::proposals::ProposalCard;
use crate::api::rounds::{get_round, DecisionSummary, HistoryLine, RoundPage};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::components::phase_timeline::PhaseTimeline;
use crate::components::pot_table::PotTable;
use crate::components::proposal_browser::ProposalBrowser;
use crate::domain::delivery::DeliveryStatus;
use crate::domain::phase::Phase;
use crate::i18n::{delivery_name, plural, t, tr};
use crate::pages::loaded;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn RoundPageView() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = Resource::new_blocking(key, |(n, r)| get_round(n, r));
    let area = query.read_untracked().get("area");
    loaded(data, move |r: RoundPage| {
        let area = area.clone();
        view! {
            <PageTitle text=format!("{} – {}", r.title, r.neighbourhood_name)/>
            <BackLink
                href=format!("/neighbourhoods/{}", r.neighbourhood_slug)
                label=r.neighbourhood_name.clone()
            />
            <span class="caption">{r.neighbourhood_name.clone()}</span>
            <h1 class="heading-xl">{r.title.clone()}</h1>
            <p class="lead">{r.summary.clone()}</p>
            <div class="panel" role="region" aria-label=t("round.now")>
                <p class="panel__phase">
                    <span class="tag tag--phase">{t(&format!("phase.{}", r.phase.as_str()))}</span>
                </p>
                <p class="panel__body">{t(&format!("phase.{}.now", r.phase.as_str()))}</p>
                <p class="panel__body" data-testid="who-votes">{r.who_votes.clone()}</p>
                <p class="panel__body" data-testid="count-rule">{r.count_rule.clone()}</p>
                {r.next_move.clone().map(|next| view! { <p class="panel__body" data-testid="next-move">{next}</p> })}
                {r.delayed.clone().map(|delayed| view! { <p class="panel__body" data-testid="delayed"><strong>{delayed}</strong></p> })}
                {r.closing_summary.clone().map(|summary| view! {
                    <p class="panel__body" data-testid="closing-summary">{t("round.closing_summary")}" "{summary}</p>
                })}
                {(r.phase == Phase::ProposalsOpen).then(|| view! {
                    <p class="panel__body">
                        <a class="button" href=format!("/neighbourhoods/{}/rounds/{}/propose", r.neighbourhood_slug, r.slug)>
                            {t("round.propose")}
                        </a>
                    </p>
                })}
                {(r.phase == Phase::VotingOpen).then(|| view! {
                    <p class="panel__body">
                        <a class="button" href=format!("/neighbourhoods/{}/rounds/{}/vote", r.neighbourhood_slug, r.slug)>
                            {t("round.vote")}
                        </a>
                    </p>
                })}
                {r.runs_round.then(|| view! {
                    <p class="panel__body">
                        <a href=format!("/neighbourhoods/{}/rounds/{}/review", r.neighbourhood_slug, r.slug)>
                            {t("round.officers")}
                        </a>
                    </p>
                    <p class="panel__body">
                        <a href=format!("/neighbourhoods/{}/rounds/{}/settings", r.neighbourhood_slug, r.slug)>
                            {t("round.settings")}
                        </a>
                    </p>
                })}
            </div>
            <h2 class="heading-l">{tr("round.pot", &[("amount", r.pot.total().to_string())])}</h2>
            <PotTable pot=r.pot.clone()/>
            {r.phase.votes_may_be_shown().then(|| view! {
                <p class="body">
                    <a href=format!("/neighbourhoods/{}/rounds/{}/results", r.neighbourhood_slug, r.slug)>
                        {t("round.results")}
                    </a>
                </p>
                <p class="body">
                    <a href=format!("/neighbourhoods/{}/rounds/{}/ledger", r.neighbourhood_slug, r.slug)>
                        {t("round.ledger")}
                    </a>
                </p>
            })}
            {r.drafts_decision.then(|| view! {
                <div class="panel">
                    <p class="panel__body">
                        <a href=format!("/neighbourhoods/{}/rounds/{}/decision/draft", r.neighbourhood_slug, r.slug)>
                            {t("round.councillors")}
                        </a>
                    </p>
                </div>
            })}
            {r.decision.clone().map(|d| decision_section(d, format!("/neighbourhoods/{}/rounds/{}/decision", r.neighbourhood_slug, r.slug)))}
            <h2 class="heading-l">{t("round.timeline")}</h2>
            <PhaseTimeline steps=r.timeline.clone()/>
            {(r.phase >= Phase::Review).then(|| shortlist(&r.proposals))}
            <h2 class="heading-l" id="proposals">{t("round.proposals")}</h2>
            <ProposalBrowser cards=r.proposals.clone() area words=crate::i18n::words(&["browser.", "area.", "status."])/>
            {history(&r.history)}
        }
    })
}

fn decision_section(d: DecisionSummary, href: String) -> impl IntoView {
    let funded = d.funded.len();
    let delivered = d
        .funded
        .iter()
        .filter(|f| f.delivery == Some(DeliveryStatus::Delivered))
        .count();
    let under_way = d
        .funded
        .iter()
        .filter(|f| f.delivery == Some(DeliveryStatus::InProgress))
        .count();
    let rows = d
        .funded
        .into_iter()
        .map(|f| {
            view! {
                <tr>
                    <th scope="row">
                        <a href=format!("/proposals/{}", f.proposal_id)>{f.title}</a>
                    </th>
                    <td data-label=t("round.funded") class="num">{f.amount.to_string()}</td>
                    <td data-label=t("round.delivery")>{f.delivery.map(delivery_name).unwrap_or_else(|| t("round.no_update"))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-l">{t("round.decision")}</h2>
        <p class="body">{tr("round.published", &[("date", d.published_on.clone())])}" "{d.summary}</p>
        <p class="body"><a href=href>{t("round.full_decision")}</a></p>
        <p class="body" data-testid="delivery-progress">{tr("round.progress", &[
            ("delivered", delivered.to_string()),
            ("funded", funded.to_string()),
            ("under_way", under_way.to_string()),
        ])}</p>
        <table class="table table--reflow">
            <caption class="table__caption">{t("round.funded_caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("round.proposal")}</th>
                    <th scope="col" class="num">{t("round.funded")}</th>
                    <th scope="col">{t("round.delivery")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <th scope="row">{t("round.total_funded")}</th>
                    <td class="num">{d.total.to_string()}</td>
                    <td></td>
                </tr>
            </tfoot>
        </table>
    }
}

/// Every round-level step, when and by which role.
fn history(lines: &[HistoryLine]) -> impl IntoView {
    (!lines.is_empty()).then(|| {
        let items = lines
            .iter()
            .map(|l| view! { <li><span class="hint">{l.when.clone()}</span>" "{l.what.clone()}</li> })
            .collect_view();
        view! {
            <h2 class="heading-l" id="history">{t("round_history.heading")}</h2>
            <ul class="list" data-testid="round-history">{items}</ul>
        }
    })
}

/// The proposals marked feasible: what goes (or went) on the ballot.
fn shortlist(cards: &[ProposalCard]) -> impl IntoView {
    let on: Vec<&ProposalCard> = cards.iter().filter(|c| c.status.on_ballot()).collect();
    let items = on
        .iter()
        .map(|c| {
            view! {
                <li>
                    <a href=format!("/proposals/{}", c.id)>{c.title.clone()}</a>
                    {format!(" – {}", c.cost)}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-l" id="shortlist">{t("round.shortlist")}</h2>
        // English words "none" apart ([0]); Welsh has a plural form of its own for it ([zero]).
        <p class="body" data-testid="shortlist-count">{plural(on.len(), "round.shortlist_count", &[])}</p>
        {if on.is_empty() {
            ().into_any()
        } else {
            view! {
                <ul class="list list--bullet" data-testid="shortlist">{items}</ul>
            }
            .into_any()
        }}
    }
}
