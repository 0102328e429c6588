//! `/neighbourhoods/:neighbourhood/rounds/:round/results`: votes per proposal and what
//! each count rule funds, side by side, once voting has closed.

use crate::api::results::{get_round_results, ResultLine, RoundResults};
use crate::components::bar_chart::{Bar, BarChart};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::i18n::{t, tr};
use crate::pages::loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn funded(yes: bool) -> &'static str {
    t(if yes {
        "results.funded"
    } else {
        "results.not_funded"
    })
}

fn only_in(lines: &[ResultLine], pick: impl Fn(&ResultLine) -> bool) -> impl IntoView {
    let items: Vec<_> = lines.iter().filter(|l| pick(l)).cloned().collect();
    if items.is_empty() {
        view! { <p class="body">{t("results.agree")}</p> }.into_any()
    } else {
        view! {
            <ul class="list">
                {items
                    .into_iter()
                    .map(|l| view! { <li>{format!("{} ({})", l.title, l.cost)}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    }
}

#[component]
pub fn ResultsPageView() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let p = params.read();
        (
            p.get("neighbourhood").unwrap_or_default(),
            p.get("round").unwrap_or_default(),
        )
    };
    let data = Resource::new_blocking(key, |(n, r)| get_round_results(n, r));
    loaded(data, |r: RoundResults| {
        let round_href = format!(
            "/neighbourhoods/{}/rounds/{}",
            r.neighbourhood_slug, r.round_slug
        );
        let bars = r
            .lines
            .iter()
            .map(|l| Bar {
                label: l.title.clone(),
                value: l.votes,
                highlight: l.greedy,
            })
            .collect();
        let rows = r
            .lines
            .iter()
            .map(|l| {
                view! {
                    <tr>
                        <th scope="row">
                            <a href=format!("/proposals/{}", l.proposal_id)>{l.title.clone()}</a>
                        </th>
                        <td data-label=t("results.cost") class="num">{l.cost.to_string()}</td>
                        <td data-label=t("results.votes") class="num">{l.votes.to_string()}</td>
                        <td data-label=t("results.greedy")>{funded(l.greedy)}</td>
                        <td data-label=t("results.equal")>{funded(l.equal_shares)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <PageTitle text=tr("results.title", &[("round", r.round_title.clone())])/>
            <BackLink href=round_href label=r.round_title.clone()/>
            <span class="caption">{r.neighbourhood_name.clone()}</span>
            <h1 class="heading-xl">{tr("results.heading", &[("round", r.round_title.clone())])}</h1>
            <p class="lead">
                {tr("results.lead", &[("ballots", r.ballots.to_string()), ("pot", r.pot.to_string())])}
            </p>
            <h2 class="heading-l">{t("results.two_ways")}</h2>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt>{t("results.greedy")}</dt>
                    <dd>
                        {t("results.greedy_text")}" "
                        <strong>{tr("results.it_funds", &[("amount", r.greedy_total.to_string())])}</strong>
                    </dd>
                </div>
                <div class="summary-list__row">
                    <dt>{t("results.equal")}</dt>
                    <dd>
                        {t("results.equal_text")}" "
                        <strong>{tr("results.it_funds", &[("amount", r.equal_shares_total.to_string())])}</strong>
                    </dd>
                </div>
            </dl>
            <BarChart
                bars
                title=t("results.chart")
            />
            <table class="table table--reflow">
                <caption class="table__caption">{t("results.caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("results.proposal")}</th>
                        <th scope="col" class="num">{t("results.cost")}</th>
                        <th scope="col" class="num">{t("results.votes")}</th>
                        <th scope="col">{t("results.greedy")}</th>
                        <th scope="col">{t("results.equal")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <h2 class="heading-m">{t("results.only_greedy")}</h2>
            {only_in(&r.lines, |l| l.greedy && !l.equal_shares)}
            <h2 class="heading-m">{t("results.only_equal")}</h2>
            {only_in(&r.lines, |l| l.equal_shares && !l.greedy)}
            <h2 class="heading-m">{t("results.codes_heading")}</h2>
            <p class="body">{tr("results.codes_lead", &[("n", r.verified_in_person.to_string())])}</p>
            {(!r.codes.is_empty()).then(|| view! {
                <table class="table table--reflow" data-testid="code-batches">
                    <caption class="table__caption">{t("results.codes_caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("codes.batch")}</th>
                            <th scope="col" class="num">{t("results.codes_issued")}</th>
                            <th scope="col" class="num">{t("results.codes_online")}</th>
                            <th scope="col" class="num">{t("results.codes_paper")}</th>
                            <th scope="col" class="num">{t("results.codes_voided")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {r.codes.iter().map(|b| view! {
                            <tr>
                                <th scope="row">{b.batch.clone()}</th>
                                <td data-label=t("results.codes_issued") class="num">{b.issued}</td>
                                <td data-label=t("results.codes_online") class="num">{b.online}</td>
                                <td data-label=t("results.codes_paper") class="num">{b.paper}</td>
                                <td data-label=t("results.codes_voided") class="num">{b.voided}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
        }
    })
}
