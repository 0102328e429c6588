//! Paper ballots: officers of the neighbourhood type in ballots collected at community
//! events, batch by batch, each with the code from the voter's letter; a second officer
//! verifies each batch against the paper before voting can close.

use crate::api::voting::{BallotPage, LedgerLine};
use crate::domain::phase::Phase;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{t, tr};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchSummary {
    pub id: i32,
    pub label: String,
    pub entered_by: String,
    pub started: String,
    pub ballots: u64,
    /// "Checked by Sam Patel on 3 May 2027".
    pub verified: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperPage {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
    pub phase: Phase,
    pub batches: Vec<BatchSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchPage {
    pub ballot: BallotPage,
    pub batch: BatchSummary,
    pub ballots: Vec<LedgerLine>,
    /// The viewer typed this batch in and it is still open.
    pub may_enter: bool,
    /// The viewer is another officer and the batch holds ballots not yet checked.
    pub may_verify: bool,
}

#[cfg(feature = "ssr")]
fn summary(b: crate::backend::paper::Batch) -> BatchSummary {
    // The day on the UK clock, its month in the reader's language.
    let date = |t: chrono::DateTime<chrono::Utc>| {
        crate::i18n::dates::date(crate::domain::timetable::on_london_clock(t).date())
    };
    BatchSummary {
        id: b.id,
        label: b.label,
        entered_by: b.entered_by_name,
        started: date(b.created_at),
        ballots: b.ballots,
        verified: b
            .verified
            .map(|(who, at)| tr("paper.checked_by", &[("who", who), ("date", date(at))])),
    }
}

#[cfg(feature = "ssr")]
fn paper_phase(phase: Phase) -> Result<(), AppError> {
    match phase {
        Phase::VotingOpen => Ok(()),
        p if p < Phase::VotingOpen => Err(AppError::Conflict(t("paper.not_open_yet").to_owned())),
        _ => Err(AppError::Conflict(t("paper.voting_closed").to_owned())),
    }
}

/// A form post by an officer of the neighbourhood while voting is open.
#[cfg(feature = "ssr")]
async fn officer_in_voting(
    csrf: &str,
    neighbourhood: &str,
    round: &str,
) -> Result<crate::backend::guards::OfficerRound, AppError> {
    crate::backend::access::request::check_csrf(csrf)?;
    let officer = crate::backend::guards::officer_round(neighbourhood, round).await?;
    paper_phase(officer.phase)?;
    Ok(officer)
}

#[server(endpoint = "get_paper_batches")]
pub async fn get_paper_batches(
    neighbourhood: String,
    round: String,
) -> Result<PaperPage, AppError> {
    let crate::backend::guards::OfficerRound {
        config,
        viewer: _,
        place,
        round: r,
        phase,
    } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
    let batches = crate::backend::paper::batches(&config.db, r.id).await?;
    Ok(PaperPage {
        neighbourhood_slug: place.slug,
        neighbourhood_name: place.name,
        round_slug: r.slug,
        round_title: r.title,
        phase,
        batches: batches.into_iter().map(summary).collect(),
    })
}

#[server(endpoint = "open_paper_batch")]
pub async fn open_paper_batch(
    csrf: String,
    neighbourhood: String,
    round: String,
    #[server(default)] label: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::paper;
    use crate::backend::record::Record;
    let base = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/paper");
    let mut then = base.clone();
    let result = async {
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place: _,
            round: r,
            phase: _,
        } = officer_in_voting(&csrf, &neighbourhood, &round).await?;
        let label = label.trim();
        if label.is_empty() {
            return Err(crate::api::voting::field("label", t("paper.label_empty")));
        }
        if label.chars().count() > 120 {
            return Err(crate::api::voting::field("label", t("paper.label_long")));
        }
        let record = Record::new(
            viewer.user_id,
            "paper.batch-opened",
            format!("round:{}", r.id),
        )
        .detail(label)
        .notice(Flash::notice(t("paper.started")));
        let (id, notice) =
            paper::open_batch(&config.db, r.id, label, viewer.user_id, record).await?;
        if let Some(notice) = notice {
            request::point_to_flash(&notice)?;
        }
        then = format!("{base}/{id}");
        Ok(())
    }
    .await;
    request::finish(
        "open_paper_batch",
        &[("label", label.as_str())],
        &then,
        result,
    )
    .await
}

#[server(endpoint = "get_paper_batch")]
pub async fn get_paper_batch(
    neighbourhood: String,
    round: String,
    batch: i32,
) -> Result<BatchPage, AppError> {
    use crate::api::voting::{ballot_page, choices_in_words, titles, VoterState};
    use crate::backend::paper;
    let crate::backend::guards::OfficerRound {
        config,
        viewer,
        place,
        round: r,
        phase,
    } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
    let db = &config.db;
    let found = paper::batch(db, r.id, batch)
        .await?
        .ok_or_else(|| AppError::not_found(t("paper.that_batch")))?;
    let titles = titles(db, r.id).await?;
    let with_points = r.ballot_rule.has_points();
    let ballots = paper::ballots_in(db, found.id)
        .await?
        .into_iter()
        .map(|(receipt, json)| LedgerLine {
            choices: choices_in_words(&titles, with_points, &json),
            receipt,
            voided: None,
        })
        .collect();
    let open = found.verified.is_none() && phase == Phase::VotingOpen;
    let mine = found.entered_by == viewer.user_id;
    Ok(BatchPage {
        may_enter: open && mine,
        may_verify: open && !mine && found.ballots > 0,
        batch: summary(found),
        ballots,
        ballot: ballot_page(db, place, r, phase, VoterState::PaperEntry { batch }).await?,
    })
}

/// The batch the form names, checked to be open and the viewer's to type into.
#[cfg(feature = "ssr")]
async fn own_open_batch(
    config: &crate::backend::access::request::AccessConfig,
    round_id: i32,
    batch: i32,
    officer: i32,
) -> Result<crate::backend::paper::Batch, AppError> {
    let found = crate::backend::paper::batch(&config.db, round_id, batch)
        .await?
        .ok_or_else(|| AppError::not_found(t("paper.that_batch")))?;
    if found.entered_by != officer {
        return Err(AppError::Conflict(tr(
            "paper.not_your_batch",
            &[("who", found.entered_by_name.clone())],
        )));
    }
    if found.verified.is_some() {
        return Err(AppError::Conflict(t("paper.batch_closed").to_owned()));
    }
    Ok(found)
}

#[server(endpoint = "enter_paper_ballot")]
pub async fn enter_paper_ballot(
    csrf: String,
    neighbourhood: String,
    round: String,
    batch: i32,
    #[server(default)] points: std::collections::HashMap<String, String>,
    #[server(default)] code: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::api::voting::{checked_choices, field, find_code};
    use crate::backend::access::request;
    use crate::backend::paper::{self, NotAdded};
    use crate::backend::record::Record;
    use crate::domain::account::voting_code::VotingCode;
    let mut values: Vec<(String, String)> = vec![("code".into(), code.clone())];
    values.extend(
        points
            .iter()
            .map(|(k, v)| (format!("points[{k}]"), v.clone())),
    );
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/paper/{batch}");
    let result = async {
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place,
            round: r,
            phase,
        } = officer_in_voting(&csrf, &neighbourhood, &round).await?;
        let db = &config.db;
        own_open_batch(&config, r.id, batch, viewer.user_id).await?;
        let choices_json = checked_choices(&config, &r, phase, &points).await?;
        let parsed =
            VotingCode::parse(&code).map_err(|e| field("code", crate::i18n::Say::say(&e)))?;
        let found = find_code(&config, place.id, &parsed)
            .await?
            .ok_or_else(|| {
                field(
                    "code",
                    tr("paper.unknown_code", &[("place", place.name.clone())]),
                )
            })?;
        let key = crate::backend::access::voter_keys::of_code(&config.code_key, found.id);
        let actor = viewer.user_id;
        let record = |receipt: &str| {
            Record::new(actor, "ballot.paper", format!("round:{}", r.id))
                .detail(format!("batch:{batch}"))
                .notice(Flash::notice(tr(
                    "paper.added",
                    &[("receipt", receipt.to_owned())],
                )))
        };
        let notice = match paper::add(db, r.id, batch, &key, choices_json, actor, record).await? {
            Ok((_, notice)) => notice,
            Err(NotAdded::Verified) => {
                return Err(AppError::Conflict(t("paper.closed_just_now").to_owned()))
            }
            Err(NotAdded::AlreadyVoted { on_paper: true }) => {
                return Err(field("code", t("paper.code_used_on_paper")))
            }
            Err(NotAdded::AlreadyVoted { on_paper: false }) => {
                return Err(field("code", t("paper.code_used_online")))
            }
            Err(NotAdded::VotingClosed) => {
                return Err(AppError::Conflict(t("ballot.refused.closed").to_owned()))
            }
            Err(NotAdded::Voided) => return Err(field("code", t("paper.code_voided"))),
        };
        if let Some(notice) = notice {
            request::point_to_flash(&notice)?;
        }
        Ok(())
    }
    .await;
    let values: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    request::finish("enter_paper_ballot", &values, &back, result).await
}

#[server(endpoint = "remove_paper_ballot")]
pub async fn remove_paper_ballot(
    csrf: String,
    neighbourhood: String,
    round: String,
    batch: i32,
    receipt: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::record::{Record, Stored};
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/paper/{batch}");
    let result = async {
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place: _,
            round: r,
            phase: _,
        } = officer_in_voting(&csrf, &neighbourhood, &round).await?;
        let db = &config.db;
        own_open_batch(&config, r.id, batch, viewer.user_id).await?;
        let record = Record::new(
            viewer.user_id,
            "ballot.paper-removed",
            format!("round:{}", r.id),
        )
        .detail(receipt.clone())
        .notice(Flash::notice(tr(
            "paper.removed",
            &[("receipt", receipt.clone())],
        )));
        match crate::backend::paper::remove(db, batch, &receipt, record).await? {
            Stored::Done { notice, .. } => {
                if let Some(notice) = notice {
                    request::point_to_flash(&notice)?;
                }
                Ok(())
            }
            Stored::Stale => Err(AppError::Conflict(tr(
                "paper.no_such_ballot",
                &[("receipt", receipt.clone())],
            ))),
        }
    }
    .await;
    request::finish("remove_paper_ballot", &[], &back, result).await
}

#[server(endpoint = "verify_paper_batch")]
pub async fn verify_paper_batch(
    csrf: String,
    neighbourhood: String,
    round: String,
    batch: i32,
    /// How many ballots the checking officer compared with the paper.
    #[server(default)]
    seen: u64,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::paper::{self, Verified};
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/paper/{batch}");
    let result = async {
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place: _,
            round: r,
            phase: _,
        } = officer_in_voting(&csrf, &neighbourhood, &round).await?;
        let db = &config.db;
        let found = paper::batch(db, r.id, batch)
            .await?
            .ok_or_else(|| AppError::not_found(t("paper.that_batch")))?;
        if found.ballots == 0 {
            return Err(AppError::Conflict(t("paper.nothing_to_check").to_owned()));
        }
        match paper::verify(db, batch, viewer.user_id, seen).await? {
            Verified::Done => {}
            Verified::OwnBatch => return Err(AppError::Conflict(t("paper.own_batch").to_owned())),
            Verified::Already => {
                return Err(AppError::Conflict(t("paper.already_verified").to_owned()))
            }
            Verified::Changed { now } => {
                return Err(AppError::Conflict(tr(
                    "paper.changed",
                    &[("now", now.to_string()), ("seen", seen.to_string())],
                )))
            }
        }
        request::send_flash(&Flash::notice(tr(
            "paper.verified",
            &[("seen", seen.to_string())],
        )))
        .await?;
        Ok(())
    }
    .await;
    request::finish("verify_paper_batch", &[], &back, result).await
}
