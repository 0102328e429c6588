//! The officers' side: the review queue, verdicts, cost adjustments, moderation, and
//! moving a round on to its next phase.

use crate::domain::money::Pence;
use crate::domain::phase::Phase;
use crate::domain::proposal::ProposalStatus;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{t, tr, Say};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub id: i32,
    pub title: String,
    pub proposer: String,
    pub cost: Pence,
    pub status: ProposalStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewQueue {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
    pub phase: Phase,
    /// The phase an officer can move the round on to, if any.
    pub next: Option<Phase>,
    /// Waiting for a verdict first, then the rest; withdrawn and hidden last.
    pub rows: Vec<QueueRow>,
    /// The round's ballot rules as stored: rule name, k, n and the minimum.
    pub ballot_rule: String,
    pub max_choices: Option<i32>,
    pub points: Option<i32>,
    pub min_choices: i32,
    /// While voting is open: ballots in, verified residents, and ballots by day.
    pub turnout: Option<Turnout>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Turnout {
    pub ballots: u64,
    pub residents: u64,
    /// ("12 June 2026", ballots that day).
    pub by_day: Vec<(String, u64)>,
    /// Verified residents with no ballot yet: whom a reminder would reach.
    pub not_voted: usize,
    /// "Sent on 3 May 2027 to 12 residents", once the round's one reminder has gone.
    pub reminder_sent: Option<String>,
}

/// The order of the queue: what needs an officer first.
#[cfg(any(feature = "ssr", test))]
fn queue_rank(s: ProposalStatus) -> u8 {
    match s {
        ProposalStatus::Submitted => 0,
        ProposalStatus::NeedsChanges => 1,
        ProposalStatus::Feasible => 2,
        ProposalStatus::Ineligible => 3,
        ProposalStatus::Withdrawn => 4,
        ProposalStatus::Hidden => 5,
    }
}

#[server(endpoint = "get_review_queue")]
pub async fn get_review_queue(
    neighbourhood: String,
    round: String,
) -> Result<ReviewQueue, AppError> {
    use crate::backend::proposals;
    let crate::backend::guards::OfficerRound {
        config,
        viewer: _,
        place,
        round,
        phase,
    } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
    let mut rows: Vec<QueueRow> = proposals::list_for_round(&config.db, round.id)
        .await?
        .into_iter()
        .map(|p| QueueRow {
            id: p.id,
            title: p.title,
            proposer: p.proposer_name,
            cost: Pence::new(p.cost_pence),
            status: p.status,
        })
        .collect();
    rows.sort_by_key(|r| (queue_rank(r.status), r.title.clone()));
    let turnout = if phase == Phase::VotingOpen {
        use crate::backend::voting;
        let by_day = voting::ballots_by_day(&config.db, round.id).await?;
        Some(Turnout {
            ballots: by_day.iter().map(|(_, n)| n).sum(),
            residents: voting::verified_residents(&config.db, place.id).await?,
            by_day: by_day
                .into_iter()
                .map(|(d, n)| (crate::api::rounds::long_date(d), n))
                .collect(),
            not_voted: voting::residents_not_voted(
                &config.db,
                &config.code_key,
                place.id,
                round.id,
            )
            .await?
            .len(),
            reminder_sent: voting::reminder(&config.db, round.id).await?.map(|r| {
                crate::i18n::plural(
                    r.recipients,
                    "review.reminder_went",
                    &[(
                        "date",
                        crate::api::rounds::long_date(r.sent_at.date_naive()),
                    )],
                )
            }),
        })
    } else {
        None
    };
    Ok(ReviewQueue {
        turnout,
        ballot_rule: round.ballot_rule.as_str().to_owned(),
        max_choices: round.ballot_max_choices,
        points: round.ballot_points,
        min_choices: round.ballot_min_choices,
        neighbourhood_slug: place.slug,
        neighbourhood_name: place.name,
        round_slug: round.slug,
        round_title: round.title,
        next: phase.next().filter(|n| *n <= Phase::Counting),
        phase,
        rows,
    })
}

/// A proposal the signed-in officer may act on.
#[cfg(feature = "ssr")]
async fn officer_proposal(
    csrf: &str,
    id: i32,
) -> Result<
    (
        crate::backend::access::request::AccessConfig,
        crate::domain::account::access::Viewer,
        crate::backend::guards::InRound,
    ),
    AppError,
> {
    use crate::backend::access::request;
    let current = request::check_csrf(csrf)?;
    let viewer = current.viewer.ok_or(AppError::Unauthenticated)?;
    let config = request::config()?;
    let found = crate::backend::guards::in_round(&config.db, id).await?;
    if !found.officer(&viewer) {
        return Err(AppError::Forbidden);
    }
    Ok((config, viewer, found))
}

#[server(endpoint = "review_proposal")]
pub async fn review_proposal(
    csrf: String,
    id: i32,
    #[server(default)] verdict: String,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::proposal_steps::{self, about, Seen};
    use crate::backend::record::Record;
    use crate::domain::proposal::draft::check_note;
    use crate::domain::proposal::lifecycle::{after, Step, Verdict};
    use crate::error::FieldError;
    let values = [("verdict", verdict.as_str()), ("note", note.as_str())];
    let result = async {
        let (config, viewer, found) = officer_proposal(&csrf, id).await?;
        let chosen = Verdict::parse(&verdict).ok_or_else(|| {
            AppError::Invalid(vec![FieldError::new("verdict", t("review.choose_verdict"))])
        })?;
        let status =
            after(Step::Review(chosen), found.status, found.phase).map_err(super::refused)?;
        let problem = match chosen {
            Verdict::Feasible if note.trim().is_empty() => None,
            // Only reached with some text, so the "empty" message is never shown.
            Verdict::Feasible | Verdict::NeedsChanges => Some("review.problem.changes"),
            Verdict::Ineligible => Some("review.problem.ineligible"),
        };
        let note = problem
            .map(|p| check_note(&note, p))
            .transpose()
            .map_err(|m| AppError::Invalid(vec![FieldError::new("note", m.say())]))?;
        let record = Record::new(viewer.user_id, "proposal.reviewed", about(id))
            .detail(chosen.as_str())
            .notice(Flash::notice(tr(
                "review.marked",
                &[("status", crate::i18n::status_name(status).to_owned())],
            )));
        let seen = Seen {
            proposal: &found.proposal,
            round_title: &found.round.title,
            place_name: &found.place.name,
        };
        let stored = proposal_steps::review(
            &config.db,
            seen,
            chosen,
            status,
            note,
            viewer.user_id,
            &config.public_url,
            record,
        )
        .await?;
        super::stored(stored)
    }
    .await;
    request::finish(
        "review_proposal",
        &values,
        &format!("/proposals/{id}"),
        result,
    )
    .await
}

#[server(endpoint = "adjust_proposal_cost")]
pub async fn adjust_proposal_cost(
    csrf: String,
    id: i32,
    cost: String,
    #[server(default)] cost_note: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::proposal_steps::{self, about};
    use crate::backend::record::Record;
    use crate::domain::proposal::draft::{check_cost, check_note};
    use crate::domain::proposal::lifecycle::{after, Step};
    use crate::error::FieldError;
    let values = [("cost", cost.as_str()), ("cost_note", cost_note.as_str())];
    let result = async {
        let (config, viewer, found) = officer_proposal(&csrf, id).await?;
        let db = &config.db;
        after(Step::AdjustCost, found.status, found.phase).map_err(super::refused)?;
        let pot = crate::backend::rounds::pot_total(db, found.round.id).await?;
        let mut errors = Vec::new();
        let new_cost = check_cost(&cost, pot)
            .map_err(|m| errors.push(FieldError::new("cost", m.say())))
            .ok();
        let note = check_note(&cost_note, "review.problem.cost_note")
            .map_err(|m| errors.push(FieldError::new("cost_note", m.say())))
            .ok();
        let (Some(new_cost), Some(note)) = (new_cost, note) else {
            return Err(AppError::Invalid(errors));
        };
        if new_cost.as_i64() == found.proposal.cost_pence {
            return Err(AppError::Invalid(vec![FieldError::new(
                "cost",
                tr("review.cost_already", &[("cost", new_cost.to_string())]),
            )]));
        }
        let record = Record::new(viewer.user_id, "proposal.cost-adjusted", about(id))
            .detail(format!(
                "{} to {new_cost}",
                Pence::new(found.proposal.cost_pence)
            ))
            .notice(Flash::notice(tr(
                "review.cost_now",
                &[("cost", new_cost.to_string())],
            )));
        let stored = proposal_steps::adjust_cost(
            db,
            &found.proposal,
            new_cost,
            note,
            viewer.user_id,
            record,
        )
        .await?;
        super::stored(stored)
    }
    .await;
    request::finish(
        "adjust_proposal_cost",
        &values,
        &format!("/proposals/{id}"),
        result,
    )
    .await
}

#[server(endpoint = "hide_proposal")]
pub async fn hide_proposal(
    csrf: String,
    id: i32,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::proposal_steps::{self, about};
    use crate::backend::record::Record;
    use crate::domain::proposal::draft::check_note;
    use crate::domain::proposal::lifecycle::{after, Step};
    use crate::error::FieldError;
    let values = [("reason", reason.as_str())];
    let result = async {
        let (config, viewer, found) = officer_proposal(&csrf, id).await?;
        let db = &config.db;
        let status = after(Step::Hide, found.status, found.phase).map_err(super::refused)?;
        let reason = check_note(&reason, "review.problem.hide_reason")
            .map_err(|m| AppError::Invalid(vec![FieldError::new("reason", m.say())]))?;
        let record = Record::new(viewer.user_id, "proposal.hidden", about(id))
            .notice(Flash::notice(t("review.hidden")));
        let stored =
            proposal_steps::hide(db, &found.proposal, status, reason, viewer.user_id, record)
                .await?;
        super::stored(stored)
    }
    .await;
    request::finish(
        "hide_proposal",
        &values,
        &format!("/proposals/{id}"),
        result,
    )
    .await
}

#[server(endpoint = "advance_round")]
pub async fn advance_round(
    csrf: String,
    neighbourhood: String,
    round: String,
    from: String,
    /// "yes" from the page that says what closing voting does: closing needs it.
    #[server(default)]
    confirmed: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::timetable::{move_by_hand, MovedByHand};
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/review");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place,
            round: r,
            phase: _,
        } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
        let expected = Phase::parse(&from).map_err(|e| AppError::Request(e.to_string()))?;
        if expected == Phase::VotingOpen && confirmed != "yes" {
            return Err(AppError::Conflict(t("close.confirm_first").to_owned()));
        }
        let subject = format!("round:{}/{}", place.slug, r.slug);
        let to = match move_by_hand(&config.db, &r, &subject, expected, viewer.user_id).await? {
            MovedByHand::Moved(to) => to,
            MovedByHand::Held(h) => return Err(AppError::Conflict(h.say())),
            MovedByHand::MovedMeanwhile => {
                return Err(AppError::Conflict(
                    t("review.moved_by_someone_else").to_owned(),
                ))
            }
        };
        request::send_flash(&Flash::notice(crate::i18n::tr(
            "review.moved",
            &[
                ("round", r.title.clone()),
                ("phase", crate::i18n::phase_name(to).to_owned()),
            ],
        )))
        .await?;
        Ok(())
    }
    .await;
    request::finish("advance_round", &[], &back, result).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "ssr")]
    #[test]
    fn the_hold_ups_read_in_english_as_the_domain_words_them() {
        use crate::domain::proposal::lifecycle::HoldUp;
        for h in [
            HoldUp::EmptyPot,
            HoldUp::Unreviewed(3),
            HoldUp::NothingFeasible,
            HoldUp::PaperUnverified(2),
            HoldUp::NotAnOfficerStep,
            HoldUp::AlreadyMoved(Phase::VotingOpen),
        ] {
            assert_eq!(crate::i18n::Say::say(&h), h.to_string());
        }
    }

    #[test]
    fn the_queue_puts_what_needs_an_officer_first() {
        let mut all = ProposalStatus::ALL.to_vec();
        all.reverse();
        all.sort_by_key(|s| queue_rank(*s));
        assert_eq!(all[0], ProposalStatus::Submitted);
        assert_eq!(all[1], ProposalStatus::NeedsChanges);
    }
}
