//! What the domain names, in the reader's language: problems (as types, or as a
//! [`Message`] by key), areas, phases and statuses. Types keep an English `Display`
//! for logs and the command line; the words a person reads come from the language files.

use super::{t, tr};
use crate::domain::account::access::GrantedRole;
use crate::domain::account::email::EmailError;
use crate::domain::account::password::{PasswordError, MAX_CHARS, MIN_CHARS};
use crate::domain::account::voting_code::VotingCodeError;
use crate::domain::ballot::BallotProblem;
use crate::domain::decision_draft::{Departure, DraftProblem};
use crate::domain::delivery::DeliveryStatus;
use crate::domain::message::Message;
use crate::domain::phase::Phase;
use crate::domain::postcode::PostcodeError;
use crate::domain::priority_area::PriorityArea;
use crate::domain::proposal::draft::Problem;
use crate::domain::proposal::lifecycle::{HoldUp, Refusal};
use crate::domain::proposal::ProposalStatus;

/// Errors of what a person typed, worded by a key each: (variant's key, its values).
macro_rules! say_by_key {
    ($ty:ty, |$e:ident| $body:expr) => {
        impl Say for $ty {
            fn key(&self) -> (String, Vec<(&'static str, String)>) {
                let $e = self;
                let (key, args): (&str, Vec<(&'static str, String)>) = $body;
                (key.to_owned(), args)
            }
        }
    };
}

say_by_key!(HoldUp, |e| match e {
    HoldUp::EmptyPot => ("review.hold.empty_pot", vec![]),
    HoldUp::Unreviewed(n) => ("review.hold.unreviewed", vec![("n", n.to_string())]),
    HoldUp::NothingFeasible => ("review.hold.nothing_feasible", vec![]),
    HoldUp::PaperUnverified(n) => ("review.hold.paper_unverified", vec![("n", n.to_string())]),
    HoldUp::NotAnOfficerStep => ("review.hold.not_an_officer_step", vec![]),
    HoldUp::AlreadyMoved(p) => (
        "review.hold.already_moved",
        vec![("phase", phase_name(*p).to_owned())]
    ),
});

say_by_key!(PostcodeError, |e| match e {
    PostcodeError::Empty => ("postcode.empty", vec![]),
    PostcodeError::Malformed => ("postcode.malformed", vec![]),
});

say_by_key!(VotingCodeError, |e| match e {
    VotingCodeError::Empty => ("code.empty", vec![]),
    VotingCodeError::Malformed => ("code.malformed", vec![]),
});

say_by_key!(EmailError, |e| match e {
    EmailError::Empty => ("email.empty", vec![]),
    EmailError::Malformed => ("email.malformed", vec![]),
    EmailError::TooLong => ("email.too_long", vec![]),
});

say_by_key!(PasswordError, |e| match e {
    PasswordError::Empty => ("password.empty", vec![]),
    PasswordError::TooShort => ("password.too_short", vec![("min", MIN_CHARS.to_string())]),
    PasswordError::TooLong => ("password.too_long", vec![("max", MAX_CHARS.to_string())]),
    PasswordError::Common => ("password.common", vec![]),
});

impl Say for DraftProblem {
    fn key(&self) -> (String, Vec<(&'static str, String)>) {
        use DraftProblem as P;
        let (key, args): (&str, Vec<(&'static str, String)>) = match self {
            P::NotOnBallot { title } => (
                "draft.problem.not_on_ballot",
                vec![("title", title.clone())],
            ),
            P::MoreThanCost {
                title, given, cost, ..
            } => (
                "draft.problem.more_than_cost",
                vec![
                    ("title", title.clone()),
                    ("given", given.clone()),
                    ("cost", cost.clone()),
                ],
            ),
            P::UnexplainedDeparture {
                title, departure, ..
            } => (
                "draft.problem.unexplained",
                vec![
                    ("title", title.clone()),
                    (
                        "what",
                        t(match departure {
                            Departure::Added => "draft.problem.what.added",
                            Departure::Dropped => "draft.problem.what.dropped",
                            Departure::Partial => "draft.problem.what.partial",
                        })
                        .to_owned(),
                    ),
                ],
            ),
            P::PaymentsDoNotAddUp {
                title, given, paid, ..
            } => (
                "draft.problem.payments",
                vec![
                    ("title", title.clone()),
                    ("given", given.clone()),
                    ("paid", paid.clone()),
                ],
            ),
            P::UnknownAgency { title, .. } => (
                "draft.problem.unknown_agency",
                vec![("title", title.clone())],
            ),
            P::AgencyOverspent {
                agency,
                asked,
                share,
                ..
            } => (
                "draft.problem.agency_overspent",
                vec![
                    ("agency", agency.clone()),
                    ("asked", asked.clone()),
                    ("share", share.clone()),
                ],
            ),
            P::RingFenceBroken {
                agency,
                fence,
                title,
                area,
                ..
            } => {
                let areas: Vec<String> =
                    fence.iter().map(|a| area_name(*a).to_lowercase()).collect();
                (
                    "draft.problem.ring_fence",
                    vec![
                        ("agency", agency.clone()),
                        ("fence", any_of(&areas)),
                        ("title", title.clone()),
                        ("area", area_name(*area).to_owned()),
                    ],
                )
            }
            P::PotOverspent { spent, pot } => (
                "draft.problem.pot_overspent",
                vec![("spent", spent.clone()), ("pot", pot.clone())],
            ),
            P::TwoLines { title, .. } => {
                ("draft.problem.two_lines", vec![("title", title.clone())])
            }
            P::Negative { title, .. } => ("draft.problem.negative", vec![("title", title.clone())]),
        };
        (key.to_owned(), args)
    }
}

/// A problem or notice that can be put in words for the reader.
pub trait Say {
    /// The language-file key and the values its placeholders take.
    fn key(&self) -> (String, Vec<(&'static str, String)>);

    /// The words, in the reader's language.
    fn say(&self) -> String {
        let (key, args) = self.key();
        tr(&key, &args)
    }
}

impl Say for Message {
    fn key(&self) -> (String, Vec<(&'static str, String)>) {
        (self.key.clone(), self.args.clone())
    }
}

impl Say for Problem {
    fn key(&self) -> (String, Vec<(&'static str, String)>) {
        self.message.key()
    }
}

impl Say for BallotProblem {
    fn key(&self) -> (String, Vec<(&'static str, String)>) {
        let (key, args) = match self {
            BallotProblem::Empty => ("ballot.problem.empty", vec![]),
            BallotProblem::TooFew { min, chosen } => (
                "ballot.problem.too_few",
                vec![("min", min.to_string()), ("chosen", chosen.to_string())],
            ),
            BallotProblem::OverPot { cost, pot } => (
                "ballot.problem.over_pot",
                vec![("cost", cost.to_string()), ("pot", pot.to_string())],
            ),
            BallotProblem::TooMany { max, chosen } => (
                "ballot.problem.too_many",
                vec![("max", max.to_string()), ("chosen", chosen.to_string())],
            ),
            BallotProblem::TooManyPoints { used, points } => (
                "ballot.problem.too_many_points",
                vec![("used", used.to_string()), ("points", points.to_string())],
            ),
            BallotProblem::NotOnBallot => ("ballot.problem.not_on_ballot", vec![]),
            BallotProblem::Duplicate => ("ballot.problem.duplicate", vec![]),
        };
        (key.to_owned(), args)
    }
}

impl Say for Refusal {
    fn key(&self) -> (String, Vec<(&'static str, String)>) {
        let phase = |p: &Phase| vec![("phase", phase_name(*p).to_owned())];
        let (key, args) = match self {
            Refusal::ProposalsClosed(p) => ("refusal.proposals_closed", phase(p)),
            Refusal::NotEditable => ("refusal.not_editable", vec![]),
            Refusal::NotUnderReview(p) => ("refusal.not_under_review", phase(p)),
            Refusal::TooLateToWithdraw => ("refusal.too_late_to_withdraw", vec![]),
            Refusal::TooLateToHide => ("refusal.too_late_to_hide", vec![]),
            Refusal::Withdrawn => ("refusal.withdrawn", vec![]),
            Refusal::Hidden => ("refusal.hidden", vec![]),
        };
        (key.to_owned(), args)
    }
}

/// A priority area's name in the reader's language.
pub fn area_name(area: PriorityArea) -> &'static str {
    t(&format!("area.{}", area.slug()))
}

/// "a, b or c" in the reader's language.
pub fn any_of(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => tr(
            "list.or",
            &[("init", init.join(", ")), ("last", last.clone())],
        ),
    }
}

/// A step of a proposal's public history in the reader's language.
pub fn event_name(event: crate::domain::proposal::history::Event) -> &'static str {
    t(&format!("history.{}", event.as_str()))
}

/// A round's phase in the reader's language.
pub fn phase_name(phase: Phase) -> &'static str {
    t(&format!("phase.{}", phase.as_str()))
}

/// What a resident can do while the round is in this phase.
pub fn phase_now(phase: Phase) -> &'static str {
    t(&format!("phase.{}.now", phase.as_str()))
}

/// A proposal status as the public sees it, in the reader's language.
pub fn status_name(status: ProposalStatus) -> &'static str {
    status_name_in(super::current(), status)
}

/// A proposal status in `lang` (for a letter, in its recipient's language).
pub fn status_name_in(lang: &str, status: ProposalStatus) -> &'static str {
    super::text(lang, &format!("status.{}", status.as_str()))
}

/// A role someone holds, in the reader's language.
pub fn role_name(role: GrantedRole) -> &'static str {
    t(&format!("role.{}", role.as_str()))
}

/// A delivery status in the reader's language.
pub fn delivery_name(status: DeliveryStatus) -> &'static str {
    delivery_name_in(super::current(), status)
}

/// A delivery status in `lang` (for a letter, in its recipient's language).
pub fn delivery_name_in(lang: &str, status: DeliveryStatus) -> &'static str {
    super::text(lang, &format!("delivery.{}", status.as_str()))
}

// The words come from the language files, which only the server build holds.
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::domain::money::Pence;

    #[test]
    fn english_words_for_what_people_type_match_the_domains_own() {
        fn same<E: Say + std::fmt::Display>(all: &[E]) {
            for e in all {
                assert_eq!(e.say(), e.to_string());
            }
        }
        same(&[PostcodeError::Empty, PostcodeError::Malformed]);
        same(&[VotingCodeError::Empty, VotingCodeError::Malformed]);
        let title = || "Youth club".to_owned();
        let money = || "£5,000".to_owned();
        same(&[
            DraftProblem::NotOnBallot { title: title() },
            DraftProblem::MoreThanCost {
                proposal_id: 1,
                title: title(),
                given: money(),
                cost: money(),
            },
            DraftProblem::UnexplainedDeparture {
                proposal_id: 1,
                title: title(),
                departure: Departure::Added,
            },
            DraftProblem::UnexplainedDeparture {
                proposal_id: 1,
                title: title(),
                departure: Departure::Dropped,
            },
            DraftProblem::UnexplainedDeparture {
                proposal_id: 1,
                title: title(),
                departure: Departure::Partial,
            },
            DraftProblem::PaymentsDoNotAddUp {
                proposal_id: 1,
                title: title(),
                given: money(),
                paid: money(),
            },
            DraftProblem::UnknownAgency {
                proposal_id: 1,
                title: title(),
            },
            DraftProblem::AgencyOverspent {
                agency_id: 1,
                agency: "NHS".into(),
                asked: money(),
                share: money(),
            },
            DraftProblem::RingFenceBroken {
                proposal_id: 1,
                agency_id: 1,
                agency: "NHS".into(),
                fence: vec![
                    PriorityArea::Housing,
                    PriorityArea::Youth,
                    PriorityArea::Transport,
                ],
                title: title(),
                area: PriorityArea::Environment,
            },
            DraftProblem::PotOverspent {
                spent: money(),
                pot: money(),
            },
            DraftProblem::TwoLines {
                proposal_id: 1,
                title: title(),
            },
            DraftProblem::Negative {
                proposal_id: 1,
                title: title(),
            },
        ]);
        same(&[
            EmailError::Empty,
            EmailError::Malformed,
            EmailError::TooLong,
        ]);
        same(&[
            PasswordError::Empty,
            PasswordError::TooShort,
            PasswordError::TooLong,
            PasswordError::Common,
        ]);
    }

    #[test]
    fn english_words_match_the_domains_own() {
        let all = [
            BallotProblem::Empty,
            BallotProblem::TooFew { min: 2, chosen: 1 },
            BallotProblem::OverPot {
                cost: Pence::from_pounds(70_000),
                pot: Pence::from_pounds(60_000),
            },
            BallotProblem::TooMany { max: 3, chosen: 4 },
            BallotProblem::TooManyPoints {
                used: 11,
                points: 10,
            },
            BallotProblem::NotOnBallot,
            BallotProblem::Duplicate,
        ];
        for p in all {
            assert_eq!(p.say(), p.to_string());
        }
    }

    #[test]
    fn english_words_match_every_label_and_refusal_the_domain_names() {
        for a in PriorityArea::ALL {
            assert_eq!(area_name(a), a.label());
        }
        for e in crate::domain::proposal::history::Event::ALL {
            assert_eq!(event_name(e), e.label());
        }
        for s in DeliveryStatus::ALL {
            assert_eq!(delivery_name(s), s.label());
        }
        for p in Phase::ALL {
            assert_eq!(phase_name(p), p.label());
            assert!(!phase_now(p).starts_with("phase."));
        }
        for s in ProposalStatus::ALL {
            assert_eq!(status_name(s), s.label());
        }
        for r in GrantedRole::ALL {
            assert_eq!(role_name(r), r.label());
        }
        let phase = Phase::Review;
        for r in [
            Refusal::ProposalsClosed(phase),
            Refusal::NotEditable,
            Refusal::NotUnderReview(phase),
            Refusal::TooLateToWithdraw,
            Refusal::TooLateToHide,
            Refusal::Withdrawn,
            Refusal::Hidden,
        ] {
            assert_eq!(r.say(), r.to_string());
        }
    }
}
