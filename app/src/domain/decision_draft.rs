//! The councillors' draft decision and the rules it must meet before it can be
//! published: every departure from the count's result is explained in public, the
//! money given to a proposal is paid for by named agencies, no agency pays more than it
//! put into the pot, ring-fenced money goes only to its priority areas, and the pot is
//! not overspent. Every problem names the proposal or the agency it is about.

use super::money::Pence;
use super::priority_area::PriorityArea;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A proposal on the ballot, with what the count gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub proposal_id: i32,
    pub title: String,
    pub cost: Pence,
    pub area: PriorityArea,
    /// Funded by the round's count rule.
    pub in_result: bool,
}

/// One agency's share of the pot, perhaps ring-fenced to some priority areas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub agency_id: i32,
    pub agency: String,
    pub amount: Pence,
    /// Empty: the money may go to any priority area.
    pub ring_fence: Vec<PriorityArea>,
}

/// What the draft says of one proposal.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DraftLine {
    pub proposal_id: i32,
    /// Zero: not funded.
    pub amount: Pence,
    /// Which agencies pay, and how much each.
    pub paid_by: BTreeMap<i32, Pence>,
    pub reason: String,
}

/// How a line departs from the count's result, if it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Departure {
    /// Funded, though the count did not fund it.
    Added,
    /// Not funded, though the count funded it.
    Dropped,
    /// Funded with less than it asked for.
    Partial,
}

impl Departure {
    /// The language-file key the decision page names it by, beside the reason.
    pub fn key(self) -> &'static str {
        match self {
            Departure::Added => "departure.added",
            Departure::Dropped => "departure.dropped",
            Departure::Partial => "departure.partial",
        }
    }
}

pub fn departure(candidate: &Candidate, amount: Pence) -> Option<Departure> {
    match (candidate.in_result, amount) {
        (true, a) if a == Pence::ZERO => Some(Departure::Dropped),
        (false, a) if a > Pence::ZERO => Some(Departure::Added),
        (_, a) if a > Pence::ZERO && a < candidate.cost => Some(Departure::Partial),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftProblem {
    #[error("\"{title}\" is not on this round's ballot, so it cannot be in the decision")]
    NotOnBallot { title: String },
    #[error("\"{title}\" is given {given}, more than the {cost} it asked for")]
    MoreThanCost {
        proposal_id: i32,
        title: String,
        given: String,
        cost: String,
    },
    #[error("\"{title}\" {}: give the public reason for departing from the vote", what(*.departure))]
    UnexplainedDeparture {
        proposal_id: i32,
        title: String,
        departure: Departure,
    },
    #[error("\"{title}\" is given {given} but the agencies named pay {paid}. Make them add up")]
    PaymentsDoNotAddUp {
        proposal_id: i32,
        title: String,
        given: String,
        paid: String,
    },
    #[error("\"{title}\" is paid for by an agency that has no share in this pot")]
    UnknownAgency { proposal_id: i32, title: String },
    #[error("{agency} is asked for {asked}, more than the {share} it put into the pot")]
    AgencyOverspent {
        agency_id: i32,
        agency: String,
        asked: String,
        share: String,
    },
    #[error(
        "{agency}'s money is ring-fenced to {}, so it cannot pay for \"{title}\" ({})",
        fence_words(.fence),
        .area.label()
    )]
    RingFenceBroken {
        proposal_id: i32,
        agency_id: i32,
        agency: String,
        fence: Vec<PriorityArea>,
        title: String,
        area: PriorityArea,
    },
    #[error("The decision spends {spent}, more than the pot of {pot}")]
    PotOverspent { spent: String, pot: String },
    #[error("\"{title}\" appears twice in the decision. Give it one line")]
    TwoLines { proposal_id: i32, title: String },
    #[error("\"{title}\" has an amount below zero. Enter £0 for not funded")]
    Negative { proposal_id: i32, title: String },
}

impl DraftProblem {
    /// The id of the form field the problem is about, for the error summary's link.
    pub fn field(&self) -> String {
        match self {
            DraftProblem::NotOnBallot { .. } => String::new(),
            DraftProblem::UnexplainedDeparture { proposal_id, .. } => {
                format!("reason-{proposal_id}")
            }
            DraftProblem::MoreThanCost { proposal_id, .. }
            | DraftProblem::PaymentsDoNotAddUp { proposal_id, .. }
            | DraftProblem::UnknownAgency { proposal_id, .. }
            | DraftProblem::TwoLines { proposal_id, .. }
            | DraftProblem::Negative { proposal_id, .. } => format!("amount-{proposal_id}"),
            DraftProblem::RingFenceBroken {
                proposal_id,
                agency_id,
                ..
            } => format!("pay-{proposal_id}-{agency_id}"),
            DraftProblem::AgencyOverspent { agency_id, .. } => format!("agency-{agency_id}"),
            DraftProblem::PotOverspent { .. } => "totals".into(),
        }
    }
}

fn what(d: Departure) -> &'static str {
    match d {
        Departure::Added => "is funded though the count did not fund it",
        Departure::Dropped => "is not funded though the count funded it",
        Departure::Partial => "is funded with less than it asked for",
    }
}

/// Every problem with the draft, in the order of the ballot and then the agencies;
/// none means it may be published. Lines for proposals not mentioned count as "not
/// funded".
pub fn check(candidates: &[Candidate], shares: &[Share], lines: &[DraftLine]) -> Vec<DraftProblem> {
    let mut problems = Vec::new();
    let title_of = |id: i32| {
        candidates
            .iter()
            .find(|c| c.proposal_id == id)
            .map_or_else(|| format!("Proposal {id}"), |c| c.title.clone())
    };
    let mut by_id: BTreeMap<i32, &DraftLine> = BTreeMap::new();
    for l in lines {
        if !candidates.iter().any(|c| c.proposal_id == l.proposal_id) {
            problems.push(DraftProblem::NotOnBallot {
                title: title_of(l.proposal_id),
            });
        }
        if by_id.insert(l.proposal_id, l).is_some() {
            problems.push(DraftProblem::TwoLines {
                proposal_id: l.proposal_id,
                title: title_of(l.proposal_id),
            });
        }
        if l.amount < Pence::ZERO || l.paid_by.values().any(|p| *p < Pence::ZERO) {
            problems.push(DraftProblem::Negative {
                proposal_id: l.proposal_id,
                title: title_of(l.proposal_id),
            });
        }
    }
    let mut asked: BTreeMap<i32, Pence> = BTreeMap::new();
    let mut spent = Pence::ZERO;
    for c in candidates {
        let empty = DraftLine {
            proposal_id: c.proposal_id,
            ..DraftLine::default()
        };
        let line = by_id.get(&c.proposal_id).copied().unwrap_or(&empty);
        let title = c.title.clone();
        if line.amount > c.cost {
            problems.push(DraftProblem::MoreThanCost {
                proposal_id: c.proposal_id,
                title: title.clone(),
                given: line.amount.to_pounds_string(),
                cost: c.cost.to_pounds_string(),
            });
        }
        if let Some(d) = departure(c, line.amount) {
            if line.reason.trim().is_empty() {
                problems.push(DraftProblem::UnexplainedDeparture {
                    proposal_id: c.proposal_id,
                    title: title.clone(),
                    departure: d,
                });
            }
        }
        let paid = total(line.paid_by.values().copied());
        if paid != line.amount {
            problems.push(DraftProblem::PaymentsDoNotAddUp {
                proposal_id: c.proposal_id,
                title: title.clone(),
                given: line.amount.to_pounds_string(),
                paid: paid.to_pounds_string(),
            });
        }
        for (agency_id, amount) in &line.paid_by {
            if *amount == Pence::ZERO {
                continue;
            }
            let Some(share) = shares.iter().find(|s| s.agency_id == *agency_id) else {
                problems.push(DraftProblem::UnknownAgency {
                    proposal_id: c.proposal_id,
                    title: title.clone(),
                });
                continue;
            };
            *asked.entry(*agency_id).or_default() = asked
                .get(agency_id)
                .copied()
                .unwrap_or_default()
                .checked_add(*amount)
                .unwrap_or(Pence::new(i64::MAX));
            if !share.ring_fence.is_empty() && !share.ring_fence.contains(&c.area) {
                problems.push(DraftProblem::RingFenceBroken {
                    proposal_id: c.proposal_id,
                    agency_id: share.agency_id,
                    agency: share.agency.clone(),
                    fence: share.ring_fence.clone(),
                    title: title.clone(),
                    area: c.area,
                });
            }
        }
        spent = spent
            .checked_add(line.amount)
            .unwrap_or(Pence::new(i64::MAX));
    }
    for share in shares {
        let asked = asked.get(&share.agency_id).copied().unwrap_or_default();
        if asked > share.amount {
            problems.push(DraftProblem::AgencyOverspent {
                agency_id: share.agency_id,
                agency: share.agency.clone(),
                asked: asked.to_pounds_string(),
                share: share.amount.to_pounds_string(),
            });
        }
    }
    let pot = total(shares.iter().map(|s| s.amount));
    if spent > pot {
        problems.push(DraftProblem::PotOverspent {
            spent: spent.to_pounds_string(),
            pot: pot.to_pounds_string(),
        });
    }
    problems
}

/// A first draft from the count: every proposal the count funded gets what it asked
/// for, paid first from ring-fenced money that may pay for it (it has fewer uses), then
/// from money that may go anywhere. What cannot be paid is left for the councillor to
/// settle, and `check` says so.
pub fn suggest(candidates: &[Candidate], shares: &[Share]) -> Vec<DraftLine> {
    let mut left: BTreeMap<i32, Pence> = shares.iter().map(|s| (s.agency_id, s.amount)).collect();
    let mut order: Vec<&Share> = shares.iter().filter(|s| !s.ring_fence.is_empty()).collect();
    order.extend(shares.iter().filter(|s| s.ring_fence.is_empty()));
    candidates
        .iter()
        .map(|c| {
            let mut line = DraftLine {
                proposal_id: c.proposal_id,
                ..DraftLine::default()
            };
            if !c.in_result {
                return line;
            }
            line.amount = c.cost;
            let mut need = c.cost;
            for share in &order {
                if need == Pence::ZERO {
                    break;
                }
                if !share.ring_fence.is_empty() && !share.ring_fence.contains(&c.area) {
                    continue;
                }
                let available = left.get(&share.agency_id).copied().unwrap_or_default();
                let take = need.min(available);
                if take > Pence::ZERO {
                    line.paid_by.insert(share.agency_id, take);
                    left.insert(share.agency_id, available - take);
                    need = need - take;
                }
            }
            line
        })
        .collect()
}

/// A sum that saturates instead of overflowing: an absurd amount is then refused as
/// more than the pot, never wrapped round into a small one.
fn total(amounts: impl Iterator<Item = Pence>) -> Pence {
    amounts.fold(Pence::ZERO, |sum, a| {
        sum.checked_add(a).unwrap_or(Pence::new(i64::MAX))
    })
}

/// "health and wellbeing or older people and care".
fn fence_words(areas: &[PriorityArea]) -> String {
    let words: Vec<String> = areas.iter().map(|a| a.label().to_lowercase()).collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const COUNCIL: i32 = 1;
    const NHS: i32 = 2;

    fn candidates() -> Vec<Candidate> {
        vec![
            Candidate {
                proposal_id: 10,
                title: "Youth club".into(),
                cost: Pence::from_pounds(30_000),
                area: PriorityArea::Youth,
                in_result: true,
            },
            Candidate {
                proposal_id: 11,
                title: "Walking group".into(),
                cost: Pence::from_pounds(20_000),
                area: PriorityArea::HealthAndWellbeing,
                in_result: true,
            },
            Candidate {
                proposal_id: 12,
                title: "Benches".into(),
                cost: Pence::from_pounds(10_000),
                area: PriorityArea::Environment,
                in_result: false,
            },
        ]
    }

    fn shares() -> Vec<Share> {
        vec![
            Share {
                agency_id: COUNCIL,
                agency: "North Devon Council".into(),
                amount: Pence::from_pounds(40_000),
                ring_fence: vec![],
            },
            Share {
                agency_id: NHS,
                agency: "NHS Devon".into(),
                amount: Pence::from_pounds(20_000),
                ring_fence: vec![
                    PriorityArea::HealthAndWellbeing,
                    PriorityArea::OlderPeopleAndCare,
                ],
            },
        ]
    }

    fn line(id: i32, pounds: i64, paid_by: &[(i32, i64)], reason: &str) -> DraftLine {
        DraftLine {
            proposal_id: id,
            amount: Pence::from_pounds(pounds),
            paid_by: paid_by
                .iter()
                .map(|(a, p)| (*a, Pence::from_pounds(*p)))
                .collect(),
            reason: reason.into(),
        }
    }

    fn the_result() -> Vec<DraftLine> {
        vec![
            line(10, 30_000, &[(COUNCIL, 30_000)], ""),
            line(11, 20_000, &[(NHS, 20_000)], ""),
        ]
    }

    #[test]
    fn the_count_result_paid_within_each_share_can_be_published_without_reasons() {
        assert_eq!(check(&candidates(), &shares(), &the_result()), vec![]);
    }

    #[test]
    fn the_suggested_draft_is_the_count_result_paid_within_every_share_and_fence() {
        let draft = suggest(&candidates(), &shares());
        assert_eq!(check(&candidates(), &shares(), &draft), vec![]);
        // The walking group is health and wellbeing: the NHS's fenced money pays it.
        assert_eq!(
            draft[1].paid_by.get(&NHS),
            Some(&Pence::from_pounds(20_000))
        );
        assert_eq!(draft[2].amount, Pence::ZERO);
    }

    #[test]
    fn every_departure_needs_a_public_reason() {
        let mut draft = the_result();
        draft[0] = line(10, 0, &[], "  ");
        draft.push(line(12, 10_000, &[(COUNCIL, 10_000)], ""));
        draft[1] = line(11, 15_000, &[(NHS, 15_000)], "");
        let problems = check(&candidates(), &shares(), &draft);
        assert_eq!(
            problems,
            vec![
                DraftProblem::UnexplainedDeparture {
                    proposal_id: 10,
                    title: "Youth club".into(),
                    departure: Departure::Dropped
                },
                DraftProblem::UnexplainedDeparture {
                    proposal_id: 11,
                    title: "Walking group".into(),
                    departure: Departure::Partial
                },
                DraftProblem::UnexplainedDeparture {
                    proposal_id: 12,
                    title: "Benches".into(),
                    departure: Departure::Added
                },
            ]
        );
        draft[0].reason = "The youth service now runs this from its own budget".into();
        draft[1].reason = "The surgery pays for the leader's time".into();
        draft[2].reason = "Asked for at every public meeting".into();
        assert_eq!(check(&candidates(), &shares(), &draft), vec![]);
    }

    #[test]
    fn an_agency_asked_for_more_than_it_put_in_is_named() {
        let draft = vec![
            line(10, 30_000, &[(COUNCIL, 30_000)], ""),
            line(11, 20_000, &[(COUNCIL, 20_000)], ""),
        ];
        let problems = check(&candidates(), &shares(), &draft);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "North Devon Council is asked for £50,000, more than the £40,000 it put into the pot"
        );
    }

    #[test]
    fn a_proposal_written_twice_or_a_negative_amount_is_refused() {
        let mut draft = the_result();
        draft.push(line(10, 0, &[], "again"));
        draft.push(line(12, -5, &[(COUNCIL, -5)], "odd"));
        let problems: Vec<String> = check(&candidates(), &shares(), &draft)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            problems.contains(
                &"\"Youth club\" appears twice in the decision. Give it one line".to_owned()
            ),
            "{problems:?}"
        );
        assert!(
            problems.contains(
                &"\"Benches\" has an amount below zero. Enter £0 for not funded".to_owned()
            ),
            "{problems:?}"
        );
    }

    #[test]
    fn ring_fenced_money_goes_only_to_its_priority_areas() {
        let draft = vec![
            line(10, 30_000, &[(COUNCIL, 20_000), (NHS, 10_000)], ""),
            line(11, 20_000, &[(COUNCIL, 10_000), (NHS, 10_000)], ""),
        ];
        let problems = check(&candidates(), &shares(), &draft);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "NHS Devon's money is ring-fenced to health and wellbeing or older people and care, so it cannot pay for \"Youth club\" (Youth)"
        );
    }

    #[test]
    fn payments_must_add_up_to_the_amount_and_stay_within_the_cost_and_the_pot() {
        let draft = vec![
            line(10, 35_000, &[(COUNCIL, 30_000)], "More for materials"),
            line(11, 20_000, &[(NHS, 20_000)], ""),
            line(12, 10_000, &[(COUNCIL, 10_000)], "Popular"),
        ];
        let problems: Vec<String> = check(&candidates(), &shares(), &draft)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            problems,
            vec![
                "\"Youth club\" is given £35,000, more than the £30,000 it asked for",
                "\"Youth club\" is given £35,000 but the agencies named pay £30,000. Make them add up",
                "The decision spends £65,000, more than the pot of £60,000",
            ]
        );
    }

    proptest! {
        /// Whatever a councillor types, a draft that passes never spends more than the
        /// pot or any agency's share, and never leaves a departure unexplained.
        #[test]
        fn a_draft_that_passes_keeps_every_promise(
            amounts in proptest::collection::vec((0i64..40_000, 0i64..40_000, any::<bool>()), 3),
        ) {
            let cands = candidates();
            let draft: Vec<DraftLine> = cands
                .iter()
                .zip(&amounts)
                .map(|(c, (council, nhs, explained))| {
                    line(c.proposal_id, council + nhs, &[(COUNCIL, *council), (NHS, *nhs)], if *explained { "Because" } else { "" })
                })
                .collect();
            if check(&cands, &shares(), &draft).is_empty() {
                let spent: i64 = draft.iter().map(|l| l.amount.as_i64()).sum();
                prop_assert!(spent <= Pence::from_pounds(60_000).as_i64());
                for s in shares() {
                    let asked: i64 = draft.iter().filter_map(|l| l.paid_by.get(&s.agency_id)).map(|p| p.as_i64()).sum();
                    prop_assert!(asked <= s.amount.as_i64());
                }
                for (c, l) in cands.iter().zip(&draft) {
                    prop_assert!(l.amount <= c.cost);
                    prop_assert!(departure(c, l.amount).is_none() || !l.reason.trim().is_empty());
                }
            }
        }
    }
}
