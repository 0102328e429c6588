//! Officers set a round's pot up: how much each agency puts in, and which priority areas
//! its money is kept for. The pot is fixed once voting opens.

use crate::domain::money::Pence;
use crate::domain::phase::Phase;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PotLine {
    pub id: i32,
    pub agency: String,
    pub amount: Pence,
    /// The priority area slugs its money is kept for; empty: any.
    pub fence: Vec<String>,
    /// "Only for health and wellbeing or older people and care", or empty.
    pub fence_words: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PotSetup {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
    pub phase: Phase,
    pub lines: Vec<PotLine>,
    pub total: Pence,
    /// The dearest proposal still in the round (title, cost): the pot may not go below it.
    pub dearest: Option<(String, Pence)>,
}

impl PotSetup {
    /// The pot is fixed once voting opens: ballots are cast against it.
    pub fn may_change(&self) -> bool {
        self.phase < Phase::VotingOpen
    }
}

/// The field names of one contribution's form: the new-agency form has plain names.
pub fn field_name(field: &str, id: Option<i32>) -> String {
    match id {
        Some(id) => format!("{field}-{id}"),
        None => field.to_owned(),
    }
}

#[server(endpoint = "get_pot_setup")]
pub async fn get_pot_setup(neighbourhood: String, round: String) -> Result<PotSetup, AppError> {
    use crate::backend::pot;
    let crate::backend::guards::OfficerRound {
        config,
        viewer: _,
        place,
        round: r,
        phase,
    } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
    let db = &config.db;
    let lines: Vec<PotLine> = pot::lines(db, r.id)
        .await?
        .into_iter()
        .map(|l| PotLine {
            id: l.id,
            agency: l.agency,
            amount: l.share.amount,
            fence: l
                .share
                .ring_fence
                .iter()
                .map(|a| a.slug().to_owned())
                .collect(),
            fence_words: crate::api::decision::fence_words(&l.share.ring_fence),
        })
        .collect();
    Ok(PotSetup {
        neighbourhood_slug: place.slug,
        neighbourhood_name: place.name,
        round_slug: r.slug,
        round_title: r.title,
        phase,
        total: lines.iter().map(|l| l.amount).sum(),
        lines,
        dearest: pot::dearest_live(db, r.id).await?,
    })
}

/// The ticked boxes of a `fence[<slug>]` group.
#[cfg(feature = "ssr")]
fn ticked(fence: &HashMap<String, String>) -> Vec<&str> {
    let mut slugs: Vec<&str> = fence.keys().map(String::as_str).collect();
    slugs.sort_unstable();
    slugs
}

/// Reads the amount and ring-fence of one form, naming problems by that form's fields.
#[cfg(feature = "ssr")]
fn read_share(
    amount: &str,
    fence: &HashMap<String, String>,
    id: Option<i32>,
) -> Result<crate::domain::pot::Share, AppError> {
    use crate::error::FieldError;
    use crate::i18n::Say;
    crate::domain::pot::read_share(amount, &ticked(fence)).map_err(|problems| {
        AppError::Invalid(
            problems
                .into_iter()
                .map(|(f, m)| FieldError::new(&field_name(f, id), m.say()))
                .collect(),
        )
    })
}

/// A form post by an officer of the round while its pot may still change.
#[cfg(feature = "ssr")]
async fn officer_before_voting(
    csrf: &str,
    neighbourhood: &str,
    round: &str,
) -> Result<crate::backend::guards::OfficerRound, AppError> {
    crate::backend::access::request::check_csrf(csrf)?;
    let officer = crate::backend::guards::officer_round(neighbourhood, round).await?;
    if officer.phase >= Phase::VotingOpen {
        return Err(AppError::Conflict(
            crate::i18n::t("pot_setup.fixed").to_owned(),
        ));
    }
    Ok(officer)
}

/// Makes the change and turns what the backend says into the officer's message.
#[cfg(feature = "ssr")]
async fn settle(
    officer: &crate::backend::guards::OfficerRound,
    change: crate::backend::pot::Change<'_>,
    field: String,
    done_key: &str,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::pot::{self, Outcome};
    use crate::error::FieldError;
    use crate::i18n::{t, tr, Say};
    let crate::backend::guards::OfficerRound {
        config,
        viewer,
        round: r,
        phase,
        ..
    } = officer;
    let refusal = |message: String| AppError::Invalid(vec![FieldError::new(&field, message)]);
    match pot::change(&config.db, r.id, *phase, change, viewer.user_id).await? {
        Outcome::Done(agency) => {
            request::send_flash(&Flash::notice(tr(done_key, &[("agency", agency)]))).await?;
            Ok(())
        }
        Outcome::RoundMovedOn => Err(AppError::Conflict(t("pot_setup.moved_on").to_owned())),
        Outcome::NotFound => Err(AppError::not_found(t("pot_setup.that_contribution"))),
        Outcome::AlreadyPays(agency) => Err(refusal(tr(
            "pot_setup.problem.already_pays",
            &[("agency", agency)],
        ))),
        Outcome::NamedByProposals { agency, proposals } => Err(refusal(crate::i18n::plural(
            proposals,
            "pot_setup.problem.named",
            &[("agency", agency)],
        ))),
        Outcome::TooSmall(message) => Err(refusal(message.say())),
    }
}

#[cfg(feature = "ssr")]
fn setup_page(neighbourhood: &str, round: &str) -> String {
    format!("/neighbourhoods/{neighbourhood}/rounds/{round}/pot")
}

/// A new amount or ring-fence for an agency already paying in.
#[server(endpoint = "save_contribution")]
pub async fn save_contribution(
    csrf: String,
    neighbourhood: String,
    round: String,
    id: i32,
    #[server(default)] amount: String,
    #[server(default)] fence: HashMap<String, String>,
) -> Result<(), AppError> {
    use crate::backend::access::request;
    use crate::backend::pot::Change;
    let (amount_field, fence_field) = (
        field_name("amount", Some(id)),
        field_name("fence", Some(id)),
    );
    let fence_typed = ticked(&fence).join(",");
    let values = [
        (amount_field.as_str(), amount.as_str()),
        (fence_field.as_str(), fence_typed.as_str()),
    ];
    let result = async {
        let officer = officer_before_voting(&csrf, &neighbourhood, &round).await?;
        let share = read_share(&amount, &fence, Some(id))?;
        settle(
            &officer,
            Change::Set { id, share: &share },
            amount_field.clone(),
            "pot_setup.saved",
        )
        .await
    }
    .await;
    request::finish(
        "save_contribution",
        &values,
        &setup_page(&neighbourhood, &round),
        result,
    )
    .await
}

/// An agency, already known by name or new, starts paying into the pot.
#[server(endpoint = "add_contribution")]
pub async fn add_contribution(
    csrf: String,
    neighbourhood: String,
    round: String,
    #[server(default)] agency: String,
    #[server(default)] kind: String,
    #[server(default)] amount: String,
    #[server(default)] fence: HashMap<String, String>,
) -> Result<(), AppError> {
    use crate::backend::access::request;
    use crate::backend::pot::Change;
    use crate::domain::pot::{read_agency_name, AGENCY_KINDS};
    use crate::error::FieldError;
    use crate::i18n::Say;
    let fence_typed = ticked(&fence).join(",");
    let values = [
        ("agency", agency.as_str()),
        ("kind", kind.as_str()),
        ("amount", amount.as_str()),
        ("fence", fence_typed.as_str()),
    ];
    let result = async {
        let officer = officer_before_voting(&csrf, &neighbourhood, &round).await?;
        let mut errors = Vec::new();
        let name = read_agency_name(&agency)
            .map_err(|m| errors.push(FieldError::new("agency", m.say())))
            .ok();
        if !AGENCY_KINDS.contains(&kind.as_str()) {
            errors.push(FieldError::new(
                "kind",
                crate::i18n::t("pot_setup.problem.kind"),
            ));
        }
        let share = match read_share(&amount, &fence, None) {
            Ok(share) => Some(share),
            Err(AppError::Invalid(more)) => {
                errors.extend(more);
                None
            }
            Err(other) => return Err(other),
        };
        request::all_valid(errors)?;
        let (Some(name), Some(share)) = (name, share) else {
            return Err(AppError::Internal);
        };
        let change = Change::Add {
            agency: &name,
            kind: &kind,
            share: &share,
        };
        settle(&officer, change, "agency".to_owned(), "pot_setup.added").await
    }
    .await;
    request::finish(
        "add_contribution",
        &values,
        &setup_page(&neighbourhood, &round),
        result,
    )
    .await
}

/// An agency stops paying into the pot.
#[server(endpoint = "remove_contribution")]
pub async fn remove_contribution(
    csrf: String,
    neighbourhood: String,
    round: String,
    id: i32,
) -> Result<(), AppError> {
    use crate::backend::access::request;
    use crate::backend::pot::Change;
    let result = async {
        let officer = officer_before_voting(&csrf, &neighbourhood, &round).await?;
        settle(
            &officer,
            Change::Remove { id },
            field_name("amount", Some(id)),
            "pot_setup.removed",
        )
        .await
    }
    .await;
    request::finish(
        "remove_contribution",
        &[],
        &setup_page(&neighbourhood, &round),
        result,
    )
    .await
}
