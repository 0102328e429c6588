//! Officers create a round with its timetable and rules, change its words and future
//! dates until voting opens, and close it after delivery.

use crate::domain::phase::Phase;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The round form's values as typed or stored; times as `datetime-local` values in UK time.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundFields {
    pub title: String,
    pub title_cy: String,
    pub slug: String,
    pub summary: String,
    pub summary_cy: String,
    pub ballot_rule: String,
    pub max_choices: String,
    pub points: String,
    pub min_choices: String,
    pub count_rule: String,
    pub ballots_per: String,
    pub proposals_open: String,
    pub review: String,
    pub voting_open: String,
    pub voting_close: String,
    pub decision_expected: String,
    pub delivery_until: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundForm {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    /// Empty for a new round.
    pub round_slug: String,
    pub phase: Phase,
    pub fields: RoundFields,
    /// The timetable fields of phases already reached: shown, not changed.
    pub fixed: Vec<String>,
    /// Closing after delivery is offered.
    pub may_close: bool,
}

impl RoundForm {
    pub fn is_new(&self) -> bool {
        self.round_slug.is_empty()
    }

    /// Words and dates change until voting opens.
    pub fn may_change(&self) -> bool {
        self.phase < Phase::VotingOpen
    }
}

/// The neighbourhood an officer of it creates rounds in.
#[cfg(feature = "ssr")]
async fn officer_of(neighbourhood: &str) -> Result<crate::backend::guards::Allowed, AppError> {
    use crate::domain::account::access::Action;
    crate::backend::guards::allowed_in(neighbourhood, |neighbourhood_id| Action::RunRound {
        neighbourhood_id,
    })
    .await
}

#[server(endpoint = "get_round_form")]
pub async fn get_round_form(neighbourhood: String, round: String) -> Result<RoundForm, AppError> {
    use crate::domain::timetable::{london_input, MOVES};
    if round.is_empty() {
        let crate::backend::guards::Allowed {
            config: _,
            viewer: _,
            place,
        } = officer_of(&neighbourhood).await?;
        return Ok(RoundForm {
            neighbourhood_slug: place.slug,
            neighbourhood_name: place.name,
            round_slug: String::new(),
            phase: Phase::Draft,
            fields: RoundFields {
                ballot_rule: "approval_within_pot".into(),
                count_rule: "greedy".into(),
                ballots_per: "resident".into(),
                min_choices: "1".into(),
                ..Default::default()
            },
            fixed: Vec::new(),
            may_close: false,
        });
    }
    let crate::backend::guards::OfficerRound {
        config,
        viewer: _,
        place,
        round: r,
        phase,
    } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
    let timetable = crate::backend::timetable::find(&config.db, r.id).await?;
    let time = |phase: Phase| {
        timetable
            .and_then(|t| t.starts(phase))
            .map(london_input)
            .unwrap_or_default()
    };
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    Ok(RoundForm {
        neighbourhood_slug: place.slug,
        neighbourhood_name: place.name,
        round_slug: r.slug.clone(),
        phase,
        fields: RoundFields {
            title: r.title,
            title_cy: r.title_cy.unwrap_or_default(),
            slug: r.slug,
            summary: r.summary,
            summary_cy: r.summary_cy.unwrap_or_default(),
            ballot_rule: r.ballot_rule.as_str().to_owned(),
            max_choices: r
                .ballot_max_choices
                .map(|n| n.to_string())
                .unwrap_or_default(),
            points: r.ballot_points.map(|n| n.to_string()).unwrap_or_default(),
            min_choices: r.ballot_min_choices.to_string(),
            count_rule: r.count_rule,
            ballots_per: r.ballots_per,
            proposals_open: time(Phase::ProposalsOpen),
            review: time(Phase::Review),
            voting_open: time(Phase::VotingOpen),
            voting_close: time(Phase::Counting),
            decision_expected: date(timetable.and_then(|t| t.decision_expected)),
            delivery_until: date(timetable.and_then(|t| t.delivery_until)),
        },
        fixed: MOVES
            .iter()
            .filter(|(_, to, _)| *to <= phase)
            .map(|(_, _, field)| (*field).to_owned())
            .collect(),
        may_close: phase == Phase::Delivery,
    })
}

/// The form's fields in the order of the page, for errors and the typing kept.
#[cfg(feature = "ssr")]
fn typed_values(f: &RoundFields) -> Vec<(&'static str, &str)> {
    vec![
        ("title", &f.title),
        ("title_cy", &f.title_cy),
        ("slug", &f.slug),
        ("summary", &f.summary),
        ("summary_cy", &f.summary_cy),
        ("proposals_open", &f.proposals_open),
        ("review", &f.review),
        ("voting_open", &f.voting_open),
        ("voting_close", &f.voting_close),
        ("decision_expected", &f.decision_expected),
        ("delivery_until", &f.delivery_until),
        ("ballots_per", &f.ballots_per),
        ("ballot_rule", &f.ballot_rule),
        ("max_choices", &f.max_choices),
        ("points", &f.points),
        ("min_choices", &f.min_choices),
        ("count_rule", &f.count_rule),
    ]
}

#[cfg(feature = "ssr")]
fn typed_timetable(f: &RoundFields) -> crate::domain::timetable::TypedTimetable<'_> {
    crate::domain::timetable::TypedTimetable {
        proposals_open: &f.proposals_open,
        review: &f.review,
        voting_open: &f.voting_open,
        voting_close: &f.voting_close,
        decision_expected: &f.decision_expected,
        delivery_until: &f.delivery_until,
    }
}

#[cfg(feature = "ssr")]
fn typed_round(f: &RoundFields) -> crate::domain::round_form::TypedRound<'_> {
    crate::domain::round_form::TypedRound {
        title: &f.title,
        title_cy: &f.title_cy,
        slug: &f.slug,
        summary: &f.summary,
        summary_cy: &f.summary_cy,
        ballot_rule: &f.ballot_rule,
        max_choices: &f.max_choices,
        points: &f.points,
        min_choices: &f.min_choices,
        count_rule: &f.count_rule,
        ballots_per: &f.ballots_per,
    }
}

/// Problems from the domain, in the page's order of fields.
#[cfg(feature = "ssr")]
fn invalid(
    f: &RoundFields,
    problems: Vec<(&'static str, crate::domain::message::Message)>,
) -> AppError {
    use crate::error::FieldError;
    use crate::i18n::Say;
    let order = typed_values(f);
    let mut problems = problems;
    problems.sort_by_key(|(field, _)| order.iter().position(|(f, _)| f == field));
    AppError::Invalid(
        problems
            .into_iter()
            .map(|(field, m)| FieldError::new(field, m.say()))
            .collect(),
    )
}

/// Two readings of one form: both values, or every problem of either, in page order.
#[cfg(feature = "ssr")]
fn both<A>(
    fields: &RoundFields,
    first: Result<A, Vec<(&'static str, crate::domain::message::Message)>>,
    timetable: Result<
        crate::domain::timetable::Timetable,
        Vec<(&'static str, crate::domain::message::Message)>,
    >,
) -> Result<(A, crate::domain::timetable::Timetable), AppError> {
    match (first, timetable) {
        (Ok(a), Ok(t)) => Ok((a, t)),
        (a, t) => {
            let mut problems = a.err().unwrap_or_default();
            problems.extend(t.err().unwrap_or_default());
            Err(invalid(fields, problems))
        }
    }
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "create_round")]
pub async fn create_round(
    csrf: String,
    neighbourhood: String,
    #[server(default)] title: String,
    #[server(default)] title_cy: String,
    #[server(default)] slug: String,
    #[server(default)] summary: String,
    #[server(default)] summary_cy: String,
    #[server(default)] ballot_rule: String,
    #[server(default)] max_choices: String,
    #[server(default)] points: String,
    #[server(default)] min_choices: String,
    #[server(default)] count_rule: String,
    #[server(default)] ballots_per: String,
    #[server(default)] proposals_open: String,
    #[server(default)] review: String,
    #[server(default)] voting_open: String,
    #[server(default)] voting_close: String,
    #[server(default)] decision_expected: String,
    #[server(default)] delivery_until: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::round_admin::{self, Created};
    use crate::error::FieldError;
    use crate::i18n::{t, tr};
    let fields = RoundFields {
        title,
        title_cy,
        slug,
        summary,
        summary_cy,
        ballot_rule,
        max_choices,
        points,
        min_choices,
        count_rule,
        ballots_per,
        proposals_open,
        review,
        voting_open,
        voting_close,
        decision_expected,
        delivery_until,
    };
    let mut then = format!("/neighbourhoods/{neighbourhood}");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::Allowed {
            config,
            viewer: officer,
            place,
        } = officer_of(&neighbourhood).await?;
        let now = chrono::Utc::now();
        let details = crate::domain::round_form::read(&typed_round(&fields));
        let timetable =
            crate::domain::timetable::read(&typed_timetable(&fields), Phase::Draft, None, now);
        let (details, timetable) = both(&fields, details, timetable)?;
        match round_admin::create(&config.db, place.id, &details, &timetable, officer.user_id)
            .await?
        {
            Created::Done(slug) => {
                request::send_flash(&Flash::notice(tr(
                    "round_form.created",
                    &[("round", details.words.title.clone())],
                )))
                .await?;
                then = format!("/neighbourhoods/{}/rounds/{slug}/pot", place.slug);
                Ok(())
            }
            Created::SlugTaken => Err(AppError::Invalid(vec![FieldError::new(
                "slug",
                t("round_form.problem.slug_taken"),
            )])),
            Created::Archived => Err(AppError::Conflict(t("round_form.archived").to_owned())),
        }
    }
    .await;
    request::finish("create_round", &typed_values(&fields), &then, result).await
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "edit_round")]
pub async fn edit_round(
    csrf: String,
    neighbourhood: String,
    round: String,
    #[server(default)] seen: String,
    #[server(default)] title: String,
    #[server(default)] title_cy: String,
    #[server(default)] summary: String,
    #[server(default)] summary_cy: String,
    #[server(default)] proposals_open: String,
    #[server(default)] review: String,
    #[server(default)] voting_open: String,
    #[server(default)] voting_close: String,
    #[server(default)] decision_expected: String,
    #[server(default)] delivery_until: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::round_admin::{self, Edited};
    use crate::i18n::{t, tr};
    let fields = RoundFields {
        title,
        title_cy,
        summary,
        summary_cy,
        proposals_open,
        review,
        voting_open,
        voting_close,
        decision_expected,
        delivery_until,
        ..Default::default()
    };
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/settings");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place: _,
            round: r,
            phase,
        } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
        let seen = Phase::parse(&seen).map_err(|e| AppError::Request(e.to_string()))?;
        if seen != phase || phase >= Phase::VotingOpen {
            return Err(AppError::Conflict(t("round_form.fixed").to_owned()));
        }
        let stored = crate::backend::timetable::find(&config.db, r.id).await?;
        let now = chrono::Utc::now();
        let words = crate::domain::round_form::read_words(&typed_round(&fields));
        let timetable =
            crate::domain::timetable::read(&typed_timetable(&fields), phase, stored.as_ref(), now);
        let (words, timetable) = both(&fields, words, timetable)?;
        match round_admin::edit(&config.db, &r, phase, &words, &timetable, viewer.user_id).await? {
            Edited::Done(changed) if changed.is_empty() => {
                request::send_flash(&Flash::notice(t("round_form.unchanged"))).await
            }
            Edited::Done(_) => {
                request::send_flash(&Flash::notice(tr(
                    "round_form.saved",
                    &[("round", words.title.clone())],
                )))
                .await
            }
            Edited::Fixed => Err(AppError::Conflict(t("round_form.fixed").to_owned())),
        }
    }
    .await;
    request::finish("edit_round", &typed_values(&fields), &back, result).await
}

/// Closes a round after delivery, with the officers' public summary.
#[server(endpoint = "close_round")]
pub async fn close_round(
    csrf: String,
    neighbourhood: String,
    round: String,
    #[server(default)] closing_summary: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::round_admin::{self, Closed};
    use crate::error::FieldError;
    use crate::i18n::{t, tr};
    let values = [("closing_summary", closing_summary.as_str())];
    let mut then = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/settings");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place: _,
            round: r,
            phase: _,
        } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
        let summary = closing_summary.trim();
        if summary.is_empty() || summary.chars().count() > 4_000 {
            return Err(AppError::Invalid(vec![FieldError::new(
                "closing_summary",
                t("round_form.problem.closing_summary"),
            )]));
        }
        match round_admin::close(&config.db, &r, summary, viewer.user_id).await? {
            Closed::Done => {
                request::send_flash(&Flash::notice(tr(
                    "round_form.closed",
                    &[("round", r.title.clone())],
                )))
                .await?;
                then = format!("/neighbourhoods/{neighbourhood}/rounds/{round}");
                Ok(())
            }
            Closed::NotInDelivery(_) => Err(AppError::Conflict(
                t("round_form.not_in_delivery").to_owned(),
            )),
        }
    }
    .await;
    request::finish("close_round", &values, &then, result).await
}
