//! Rounds: the public round page with its pot, timeline and proposals.

use crate::api::proposals::ProposalCard;
use crate::domain::money::Pence;
use crate::domain::phase::{Phase, StepState};
use crate::domain::pot::Pot;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundSummary {
    pub neighbourhood_slug: String,
    pub slug: String,
    pub title: String,
    pub phase: Phase,
    pub pot_total: Pence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineStep {
    pub phase: Phase,
    pub state: StepState,
    /// "12 January 2027", already in the words shown to people.
    pub starts_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FundedLine {
    pub proposal_id: i32,
    pub title: String,
    pub amount: Pence,
    /// Where the latest delivery update says it stands, if there is one.
    pub delivery: Option<crate::domain::delivery::DeliveryStatus>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionSummary {
    pub published_on: String,
    pub summary: String,
    pub funded: Vec<FundedLine>,
    pub total: Pence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundPage {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub phase: Phase,
    pub pot: Pot,
    pub timeline: Vec<TimelineStep>,
    pub proposals: Vec<ProposalCard>,
    pub decision: Option<DecisionSummary>,
    /// The person looking is an officer who runs this round.
    pub runs_round: bool,
    /// The person looking is a councillor who may draft this round's decision now.
    pub drafts_decision: bool,
    /// When the timetable moves the round on next, in words ("Voting closes at 10pm on
    /// Sunday 15 June.").
    pub next_move: Option<String>,
    /// The timetable's move that could not be made on time, and why.
    pub delayed: Option<String>,
    /// The round's public history, oldest first.
    pub history: Vec<HistoryLine>,
    /// The officers' summary when they closed the round.
    pub closing_summary: Option<String>,
    /// One ballot per resident or per household, in words.
    pub who_votes: String,
    /// How the votes are counted, in plain words (greedy or equal shares).
    pub count_rule: String,
}

/// One step of a round's public history, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    pub when: String,
    pub what: String,
}

/// "12 January 2027", with the month in the reader's language.
#[cfg(feature = "ssr")]
pub(crate) fn long_date(d: chrono::NaiveDate) -> String {
    crate::i18n::dates::date(d)
}

/// English text, or the Welsh where the reader reads Welsh and there is some.
#[cfg(feature = "ssr")]
pub(crate) fn in_reader_language(english: String, welsh: Option<String>) -> String {
    crate::i18n::pick(crate::i18n::current(), &english, welsh.as_deref()).to_owned()
}

/// Public round summaries for some neighbourhoods, grouped by neighbourhood id.
#[cfg(feature = "ssr")]
pub(crate) async fn summaries(
    db: &impl sea_orm::ConnectionTrait,
    neighbourhood_ids: &[i32],
    with_drafts: bool,
) -> Result<std::collections::HashMap<i32, Vec<RoundSummary>>, AppError> {
    use crate::backend::{entities::neighbourhood, rounds};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let all = rounds::list_for_neighbourhoods(db, neighbourhood_ids).await?;
    let ids: Vec<i32> = all.iter().map(|r| r.id).collect();
    let pots = rounds::pots(db, &ids).await?;
    let slugs: std::collections::HashMap<i32, String> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(neighbourhood_ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.slug))
        .collect();
    let mut out: std::collections::HashMap<i32, Vec<RoundSummary>> = Default::default();
    for r in all {
        let phase = r.phase;
        if !phase.is_public() && !with_drafts {
            continue;
        }
        out.entry(r.neighbourhood_id)
            .or_default()
            .push(RoundSummary {
                neighbourhood_slug: slugs.get(&r.neighbourhood_id).cloned().unwrap_or_default(),
                pot_total: pots.get(&r.id).map(Pot::total).unwrap_or_default(),
                slug: r.slug,
                title: in_reader_language(r.title, r.title_cy),
                phase,
            });
    }
    Ok(out)
}

#[server(endpoint = "get_round")]
pub async fn get_round(neighbourhood: String, round: String) -> Result<RoundPage, AppError> {
    use crate::backend::{db, decisions, proposals, rounds};
    let db = db::from_context()?;
    let crate::backend::guards::Found {
        place: n,
        round: r,
        phase,
    } = crate::backend::guards::round_or_draft(&db, &neighbourhood, &round).await?;
    let viewer = crate::backend::access::request::session()
        .ok()
        .and_then(|s| s.viewer);
    let runs_round = viewer.as_ref().is_some_and(|v| {
        v.may(crate::domain::account::access::Action::RunRound {
            neighbourhood_id: n.id,
        })
    });
    // A draft is the officers' own until proposals open.
    if !phase.is_public() && !runs_round {
        return Err(AppError::not_found(crate::i18n::t("that.round")));
    }
    let dates = rounds::phase_dates(&db, r.id).await?;
    let timeline = Phase::ALL
        .into_iter()
        .filter(|p| p.is_public())
        .map(|p| TimelineStep {
            phase: p,
            state: p.step_state(phase),
            starts_on: dates
                .iter()
                .find(|d| d.phase == p)
                .map(|d| long_date(d.starts_on)),
        })
        .collect();
    let pot = rounds::pots(&db, &[r.id])
        .await?
        .remove(&r.id)
        .unwrap_or_default();
    let models = proposals::list_for_round(&db, r.id).await?;
    let cards = models
        .iter()
        .filter_map(crate::api::proposals::card)
        .collect();
    let updates =
        crate::backend::delivery::updates(&db, &models.iter().map(|p| p.id).collect::<Vec<_>>())
            .await?;
    let decision = decisions::latest_for_round(&db, r.id)
        .await?
        .map(|(d, items)| {
            let funded: Vec<FundedLine> = items
                .into_iter()
                .filter(|i| i.amount_pence > 0)
                .map(|i| FundedLine {
                    title: models
                        .iter()
                        .find(|p| p.id == i.proposal_id)
                        .map(|p| p.title.clone())
                        .unwrap_or_default(),
                    proposal_id: i.proposal_id,
                    amount: Pence::new(i.amount_pence),
                    delivery: updates
                        .iter()
                        .rfind(|u| u.proposal_id == i.proposal_id)
                        .map(|u| u.status),
                })
                .collect();
            DecisionSummary {
                published_on: long_date(d.published_at.date_naive()),
                summary: d.summary,
                total: funded.iter().map(|f| f.amount).sum(),
                funded,
            }
        });
    let schedule = crate::backend::timetable::schedule(&db, r.id).await?;
    let (next_move, delayed) = timetable_words(schedule.as_ref(), phase);
    let history = history_lines(&db, r.id).await?;
    let drafts_decision = phase == Phase::Counting
        && viewer.as_ref().is_some_and(|v| {
            v.may(crate::domain::account::access::Action::PublishDecision {
                neighbourhood_id: n.id,
            })
        });
    Ok(RoundPage {
        who_votes: who_votes(&r).to_owned(),
        count_rule: crate::i18n::t(match r.count_rule.parse() {
            Ok(crate::domain::count::CountRule::Greedy) | Err(_) => "round.counted.greedy",
            Ok(_) => "round.counted.equal-shares",
        })
        .to_owned(),
        runs_round,
        drafts_decision,
        neighbourhood_slug: n.slug,
        neighbourhood_name: in_reader_language(n.name, n.name_cy),
        slug: r.slug,
        title: in_reader_language(r.title, r.title_cy),
        summary: in_reader_language(r.summary, r.summary_cy),
        phase,
        pot,
        timeline,
        proposals: cards,
        decision,
        next_move,
        delayed,
        history,
        closing_summary: r.closing_summary,
    })
}

/// What the timetable does next, and a move it could not make, in the reader's words.
#[cfg(feature = "ssr")]
fn timetable_words(
    schedule: Option<&crate::backend::entities::round_schedule::Model>,
    phase: Phase,
) -> (Option<String>, Option<String>) {
    use crate::i18n::{dates::moment, tr, Say};
    let Some(s) = schedule else {
        return (None, None);
    };
    let timetable = crate::backend::timetable::of(s);
    let next = crate::domain::timetable::MOVES
        .iter()
        .find(|(from, _, _)| *from == phase)
        .and_then(|(_, to, field)| {
            let at = timetable.starts(*to)?;
            (at > chrono::Utc::now())
                .then(|| tr(&format!("round.next.{field}"), &[("moment", moment(at))]))
        });
    let delayed = s
        .held_phase
        .as_deref()
        .filter(|held| *held == phase.as_str())
        .and_then(|_| {
            let (_, to, _) = crate::domain::timetable::MOVES
                .iter()
                .find(|(from, _, _)| *from == phase)?;
            let reason = s
                .held_reason
                .as_deref()
                .and_then(crate::backend::timetable::read_delay)?;
            Some(tr(
                "round.delayed",
                &[
                    ("phase", crate::i18n::phase_name(*to).to_owned()),
                    ("moment", moment(timetable.starts(*to)?)),
                    ("reason", reason.say()),
                ],
            ))
        });
    (next, delayed)
}

/// The round's public history in the reader's words.
#[cfg(feature = "ssr")]
async fn history_lines(
    db: &impl sea_orm::ConnectionTrait,
    round_id: i32,
) -> Result<Vec<HistoryLine>, AppError> {
    use crate::i18n::{phase_name, t, tr, Say};
    let phase = |s: &str| {
        Phase::parse(s)
            .map(phase_name)
            .unwrap_or_default()
            .to_owned()
    };
    Ok(crate::backend::round_history::list(db, round_id)
        .await?
        .into_iter()
        .map(|e| {
            let who = t(&format!("round_history.by.{}", e.actor_role)).to_owned();
            let mut parts = e.detail.split(' ');
            let what = match e.kind.as_str() {
                "phase" => {
                    let (from, to) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
                    tr(
                        "round_history.phase",
                        &[("from", phase(from)), ("to", phase(to)), ("who", who)],
                    )
                }
                "delayed" => {
                    let to = parts.next().unwrap_or("");
                    let reason = parts
                        .next()
                        .and_then(crate::backend::timetable::read_delay)
                        .map(|h| h.say())
                        .unwrap_or_default();
                    tr(
                        "round_history.delayed",
                        &[("phase", phase(to)), ("reason", reason)],
                    )
                }
                "changed" => {
                    let fields: Vec<String> = parts
                        .filter(|f| !f.is_empty())
                        .map(|f| t(&format!("round_form.{f}")).to_owned())
                        .collect();
                    tr(
                        "round_history.changed",
                        &[("fields", fields.join(", ")), ("who", who)],
                    )
                }
                "extend-voting" | "reopen-voting" | "reopen-proposals" => {
                    let (at, reason) = e.detail.split_once(' ').unwrap_or((&e.detail, ""));
                    let at = chrono::DateTime::parse_from_rfc3339(at)
                        .map(|at| crate::i18n::dates::moment_with_year(at.to_utc()))
                        .unwrap_or_default();
                    tr(
                        &format!("round_history.{}", e.kind),
                        &[("moment", at), ("reason", reason.to_owned())],
                    )
                }
                "pot-changed" => tr(
                    "round_history.pot-changed",
                    &[("who", who), ("detail", e.detail.clone())],
                ),
                "codes-made" | "codes-approved" | "code-cancelled" => tr(
                    &format!("round_history.{}", e.kind),
                    &[("n", e.detail.clone())],
                ),
                "paper-verified" => tr("round_history.paper-verified", &[("n", e.detail.clone())]),
                "ballot-rules" => tr(
                    "round_history.ballot-rules",
                    &[
                        ("who", who),
                        (
                            "rule",
                            t(&format!("round_form.rule.{}", e.detail)).to_owned(),
                        ),
                    ],
                ),
                kind if kind.ends_with("-proposed")
                    || kind.ends_with("-withdrawn")
                    || kind.ends_with("-refused") =>
                {
                    tr(
                        &format!("round_history.{kind}"),
                        &[("receipt", e.detail.clone())],
                    )
                }
                "ballot-voided" => {
                    let (receipt, reason) = e.detail.split_once(' ').unwrap_or((&e.detail, ""));
                    tr(
                        "round_history.ballot-voided",
                        &[
                            ("receipt", receipt.to_owned()),
                            ("reason", reason.to_owned()),
                        ],
                    )
                }
                _ => tr("round_history.created", &[("who", who)]),
            };
            HistoryLine {
                when: crate::i18n::dates::moment_with_year(e.at),
                what,
            }
        })
        .collect())
}

/// Whether the round takes one ballot per resident or per household, in the reader's
/// language.
#[cfg(feature = "ssr")]
pub(crate) fn who_votes(r: &crate::backend::entities::round::Model) -> &'static str {
    use crate::domain::electorate::BallotsPer;
    let per = BallotsPer::parse(&r.ballots_per).unwrap_or_default();
    crate::i18n::t(&format!("round.per.{}", per.as_str()))
}
