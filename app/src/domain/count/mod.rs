//! The count: how ballots become a funded set, under greedy or the Method of Equal Shares.
//!
//! Pure: no I/O. Every rule reproduces the reference library pabutools (and, for
//! `mes-complete`, equalshares.net) exactly, using integer and exact-fraction arithmetic; see
//! `corpus_tests` for the real elections it is checked against.

mod election;
mod exact;
mod greedy;
mod mes;
mod mes_classes;
mod mes_complete;
mod mes_profile;
mod mes_quote;
mod mes_run;
mod nat;
mod outcome;
mod rule;
mod tie_break;

#[cfg(test)]
mod corpus_tests;
#[cfg(test)]
mod property_tests;

pub use election::{Ballots, Election, ElectionError, Project};
pub use outcome::{CountReport, Outcome, Selection, Why};
pub use rule::{CountOptions, CountRule, UnknownRule};

/// Runs `rule` on `election`.
pub fn count(election: &Election, rule: CountRule, options: &CountOptions) -> Outcome {
    let (selected, per_voter_budget, mes_runs) = match rule {
        CountRule::Greedy => (
            greedy::greedy(election, options.min_project_score_threshold),
            None,
            None,
        ),
        CountRule::Mes => (mes::mes(election), None, None),
        CountRule::MesComplete => {
            let done = mes_complete::mes_complete(election);
            (done.selected, Some(done.per_voter_budget), Some(done.runs))
        }
    };
    let total_cost = election.cost_of(selected.iter().map(|s| s.project));
    Outcome {
        rule,
        selected,
        total_cost,
        per_voter_budget,
        mes_runs,
    }
}

/// Reads a pabulib `.pb` text and counts it: what `commonpot count --rule R FILE.pb` prints.
/// (`pb::count_options(&file)` gives the options a file asks for, such as its threshold.)
pub fn count_pb(
    text: &str,
    rule: CountRule,
    options: &CountOptions,
) -> Result<CountReport, super::pb::PbError> {
    let file = super::pb::read_pb(text.as_bytes())?;
    let election = super::pb::to_election(&file)?;
    Ok(count(&election, rule, options).report(&election))
}
