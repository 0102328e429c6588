//! `/neighbourhoods/:neighbourhood/rounds/:round/results`: votes per proposal and what
//! each count rule funds, side by side, once voting has closed.

use crate::api::results::{get_round_results, ResultLine, RoundResults};
use crate::components::bar_chart::{Bar, BarChart};
use crate::components::layout::BackLink;
use crate::components::page_title::PageTitle;
use crate::pages::loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn funded(yes: bool) -> &'static str {
    if yes {
        "Funded"
    } else {
        "Not funded"
    }
}

fn only_in(lines: &[ResultLine], pick: impl Fn(&ResultLine) -> bool) -> impl IntoView {
    let items: Vec<_> = lines.iter().filter(|l| pick(l)).cloned().collect();
    if items.is_empty() {
        view! { <p class="body">"Nothing: both rules agree."</p> }.into_any()
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
                        <td data-label="Cost" class="num">{l.cost.to_string()}</td>
                        <td data-label="Votes" class="num">{l.votes.to_string()}</td>
                        <td data-label="Most votes first">{funded(l.greedy)}</td>
                        <td data-label="Equal shares">{funded(l.equal_shares)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <PageTitle text=format!("Results – {}", r.round_title)/>
            <BackLink href=round_href label=r.round_title.clone()/>
            <span class="caption">{r.neighbourhood_name.clone()}</span>
            <h1 class="heading-xl">{format!("Results: {}", r.round_title)}</h1>
            <p class="lead">
                {format!("{} residents voted for how to spend a pot of {}.", r.ballots, r.pot)}
            </p>
            <h2 class="heading-l">"Two ways to count the same votes"</h2>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt>"Most votes first"</dt>
                    <dd>
                        "Proposals are funded in order of their votes. One that no longer fits in \
                         what is left is skipped, and the count goes on down the list. This is \
                         what most councils do. "
                        <strong>{format!("It funds {}.", r.greedy_total)}</strong>
                    </dd>
                </div>
                <div class="summary-list__row">
                    <dt>"Equal shares"</dt>
                    <dd>
                        "Every voter gets an equal share of the pot, and a proposal is funded when \
                         its supporters can pay for it together from their shares. A group that is \
                         a third of the voters can decide about a third of the money, so a large \
                         group cannot take everything. Money left at the end goes to the most \
                         voted proposals that still fit. "
                        <strong>{format!("It funds {}.", r.equal_shares_total)}</strong>
                    </dd>
                </div>
            </dl>
            <BarChart
                bars
                title="Votes per proposal (dark bars: funded under most votes first)"
            />
            <table class="table table--reflow">
                <caption class="table__caption">"Votes and what each rule funds"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Proposal"</th>
                        <th scope="col" class="num">"Cost"</th>
                        <th scope="col" class="num">"Votes"</th>
                        <th scope="col">"Most votes first"</th>
                        <th scope="col">"Equal shares"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <h2 class="heading-m">"Funded only under most votes first"</h2>
            {only_in(&r.lines, |l| l.greedy && !l.equal_shares)}
            <h2 class="heading-m">"Funded only under equal shares"</h2>
            {only_in(&r.lines, |l| l.equal_shares && !l.greedy)}
        }
    })
}
