//! Which steps a proposal's life allows, in which phase of its round, and where each
//! step leaves it. The server asks before every change; pages ask to decide what to
//! offer.

use super::ProposalStatus;
use crate::domain::phase::Phase;

/// An officer's verdict on a proposal under review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Feasible,
    NeedsChanges,
    Ineligible,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [
        Verdict::Feasible,
        Verdict::NeedsChanges,
        Verdict::Ineligible,
    ];

    pub const fn as_str(self) -> &'static str {
        self.status().as_str()
    }

    pub fn parse(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub const fn status(self) -> ProposalStatus {
        match self {
            Verdict::Feasible => ProposalStatus::Feasible,
            Verdict::NeedsChanges => ProposalStatus::NeedsChanges,
            Verdict::Ineligible => ProposalStatus::Ineligible,
        }
    }

    /// Feedback and public reasons are required; "feasible" may stand alone.
    pub const fn needs_note(self) -> bool {
        !matches!(self, Verdict::Feasible)
    }
}

/// Something someone tries to do to an existing proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The proposer changes the text.
    Edit,
    Withdraw,
    Review(Verdict),
    /// An officer changes the cost, with a public note.
    AdjustCost,
    /// An officer hides abusive content, with a reason.
    Hide,
}

/// Why a step is not possible now, in words for the person who tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("New proposals can only be sent while the round is open for proposals. This round is at the stage: {0}")]
    ProposalsClosed(Phase),
    #[error("You can change a proposal while proposals are open, or during review if an officer has asked for changes")]
    NotEditable,
    #[error("Proposals are reviewed once the round has moved on to review. This round is at the stage: {0}")]
    NotUnderReview(Phase),
    #[error("A proposal can only be withdrawn before voting opens")]
    TooLateToWithdraw,
    #[error("Content can only be hidden before voting opens")]
    TooLateToHide,
    #[error("This proposal has been withdrawn, so it can no longer be changed")]
    Withdrawn,
    #[error("This proposal was removed by moderators, so it can no longer be changed")]
    Hidden,
}

/// Whether a new proposal may be sent to a round in `phase`.
pub fn may_submit(phase: Phase) -> Result<(), Refusal> {
    if phase == Phase::ProposalsOpen {
        Ok(())
    } else {
        Err(Refusal::ProposalsClosed(phase))
    }
}

/// The status `step` leaves a proposal in, or why it cannot happen now.
pub fn after(step: Step, status: ProposalStatus, phase: Phase) -> Result<ProposalStatus, Refusal> {
    match status {
        ProposalStatus::Withdrawn => return Err(Refusal::Withdrawn),
        ProposalStatus::Hidden => return Err(Refusal::Hidden),
        _ => {}
    }
    let before_voting = matches!(phase, Phase::ProposalsOpen | Phase::Review);
    match step {
        Step::Edit => match (phase, status) {
            (Phase::ProposalsOpen, ProposalStatus::Submitted) => Ok(ProposalStatus::Submitted),
            // A changed proposal goes back into the review queue.
            (Phase::Review, ProposalStatus::NeedsChanges) => Ok(ProposalStatus::Submitted),
            _ => Err(Refusal::NotEditable),
        },
        Step::Withdraw if before_voting => Ok(ProposalStatus::Withdrawn),
        Step::Withdraw => Err(Refusal::TooLateToWithdraw),
        Step::Review(verdict) if phase == Phase::Review => Ok(verdict.status()),
        Step::AdjustCost if phase == Phase::Review => Ok(status),
        Step::Review(_) | Step::AdjustCost => Err(Refusal::NotUnderReview(phase)),
        Step::Hide if before_voting => Ok(ProposalStatus::Hidden),
        Step::Hide => Err(Refusal::TooLateToHide),
    }
}

/// Why a round cannot move on to its next phase yet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoldUp {
    #[error("The round has no money in its pot yet. Add the agencies' contributions first")]
    EmptyPot,
    #[error("{0} proposal(s) still need a review decision. Mark each one feasible, needs changes or not eligible first")]
    Unreviewed(usize),
    #[error("No proposal has been marked feasible, so there would be nothing to vote on")]
    NothingFeasible,
    #[error("{0} batch(es) of paper ballots wait for a second officer to verify them. Voting closes once every paper ballot has been checked")]
    PaperUnverified(usize),
    #[error("Officers move a round on only up to the count. The councillors' published decision moves it on from there")]
    NotAnOfficerStep,
    #[error("The round has already moved on to {0}. Reload the page to see where it is now")]
    AlreadyMoved(Phase),
}

/// What an officer's "move on" needs to know about the round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RoundState {
    pub pot_is_empty: bool,
    pub unreviewed: usize,
    pub feasible: usize,
    /// Batches of paper ballots typed in but not yet checked by a second officer.
    pub unverified_paper: usize,
}

/// The phase an officer may move a round to from `current`, given the phase the
/// officer's page showed (`expected`): a second click on a stale page does nothing.
pub fn advance(current: Phase, expected: Phase, state: RoundState) -> Result<Phase, HoldUp> {
    if current != expected {
        return Err(HoldUp::AlreadyMoved(current));
    }
    match current {
        Phase::Draft if state.pot_is_empty => Err(HoldUp::EmptyPot),
        Phase::Draft => Ok(Phase::ProposalsOpen),
        Phase::ProposalsOpen => Ok(Phase::Review),
        Phase::Review if state.unreviewed > 0 => Err(HoldUp::Unreviewed(state.unreviewed)),
        Phase::Review if state.feasible == 0 => Err(HoldUp::NothingFeasible),
        Phase::Review => Ok(Phase::VotingOpen),
        Phase::VotingOpen if state.unverified_paper > 0 => {
            Err(HoldUp::PaperUnverified(state.unverified_paper))
        }
        Phase::VotingOpen => Ok(Phase::Counting),
        _ => Err(HoldUp::NotAnOfficerStep),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ProposalStatus as S;

    #[test]
    fn proposals_are_sent_only_while_proposals_are_open() {
        assert!(may_submit(Phase::ProposalsOpen).is_ok());
        for phase in [Phase::Draft, Phase::Review, Phase::VotingOpen] {
            assert_eq!(may_submit(phase), Err(Refusal::ProposalsClosed(phase)));
        }
    }

    #[test]
    fn a_proposer_edits_freely_while_open_and_in_review_only_when_asked() {
        assert_eq!(
            after(Step::Edit, S::Submitted, Phase::ProposalsOpen),
            Ok(S::Submitted)
        );
        assert_eq!(
            after(Step::Edit, S::NeedsChanges, Phase::Review),
            Ok(S::Submitted)
        );
        assert_eq!(
            after(Step::Edit, S::Submitted, Phase::Review),
            Err(Refusal::NotEditable)
        );
        assert_eq!(
            after(Step::Edit, S::Feasible, Phase::Review),
            Err(Refusal::NotEditable)
        );
        assert_eq!(
            after(Step::Edit, S::NeedsChanges, Phase::VotingOpen),
            Err(Refusal::NotEditable)
        );
    }

    #[test]
    fn officers_review_only_during_review_and_may_change_their_mind() {
        let feasible = Step::Review(Verdict::Feasible);
        assert_eq!(
            after(feasible, S::Submitted, Phase::Review),
            Ok(S::Feasible)
        );
        assert_eq!(
            after(feasible, S::Ineligible, Phase::Review),
            Ok(S::Feasible)
        );
        assert_eq!(
            after(feasible, S::Submitted, Phase::ProposalsOpen),
            Err(Refusal::NotUnderReview(Phase::ProposalsOpen))
        );
        assert_eq!(
            after(Step::AdjustCost, S::Feasible, Phase::VotingOpen),
            Err(Refusal::NotUnderReview(Phase::VotingOpen))
        );
    }

    #[test]
    fn withdrawn_and_hidden_proposals_are_final() {
        for step in [
            Step::Edit,
            Step::Withdraw,
            Step::Hide,
            Step::Review(Verdict::Feasible),
        ] {
            assert_eq!(
                after(step, S::Withdrawn, Phase::Review),
                Err(Refusal::Withdrawn)
            );
            assert_eq!(after(step, S::Hidden, Phase::Review), Err(Refusal::Hidden));
        }
    }

    #[test]
    fn withdrawing_and_hiding_stop_when_voting_opens() {
        assert_eq!(
            after(Step::Withdraw, S::Feasible, Phase::Review),
            Ok(S::Withdrawn)
        );
        assert_eq!(
            after(Step::Withdraw, S::Feasible, Phase::VotingOpen),
            Err(Refusal::TooLateToWithdraw)
        );
        assert_eq!(
            after(Step::Hide, S::Submitted, Phase::ProposalsOpen),
            Ok(S::Hidden)
        );
        assert_eq!(
            after(Step::Hide, S::Feasible, Phase::Counting),
            Err(Refusal::TooLateToHide)
        );
    }

    #[test]
    fn a_round_moves_on_one_phase_at_a_time_and_only_when_ready() {
        let ready = RoundState {
            pot_is_empty: false,
            unreviewed: 0,
            feasible: 3,
            unverified_paper: 0,
        };
        assert_eq!(
            advance(Phase::Draft, Phase::Draft, ready),
            Ok(Phase::ProposalsOpen)
        );
        assert_eq!(
            advance(
                Phase::Draft,
                Phase::Draft,
                RoundState {
                    pot_is_empty: true,
                    ..ready
                }
            ),
            Err(HoldUp::EmptyPot)
        );
        assert_eq!(
            advance(Phase::ProposalsOpen, Phase::ProposalsOpen, ready),
            Ok(Phase::Review)
        );
        assert_eq!(
            advance(
                Phase::Review,
                Phase::Review,
                RoundState {
                    unreviewed: 2,
                    ..ready
                }
            ),
            Err(HoldUp::Unreviewed(2))
        );
        assert_eq!(
            advance(
                Phase::Review,
                Phase::Review,
                RoundState {
                    feasible: 0,
                    ..ready
                }
            ),
            Err(HoldUp::NothingFeasible)
        );
        assert_eq!(
            advance(Phase::Review, Phase::Review, ready),
            Ok(Phase::VotingOpen)
        );
        assert_eq!(
            advance(Phase::VotingOpen, Phase::VotingOpen, ready),
            Ok(Phase::Counting)
        );
        assert_eq!(
            advance(
                Phase::VotingOpen,
                Phase::VotingOpen,
                RoundState {
                    unverified_paper: 1,
                    ..ready
                }
            ),
            Err(HoldUp::PaperUnverified(1))
        );
        assert_eq!(
            advance(Phase::Counting, Phase::Counting, ready),
            Err(HoldUp::NotAnOfficerStep)
        );
        assert_eq!(
            advance(Phase::Review, Phase::ProposalsOpen, ready),
            Err(HoldUp::AlreadyMoved(Phase::Review))
        );
    }
}
