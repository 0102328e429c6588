//! Voting: the ballot page, casting or changing a ballot (signed in, or with the code
//! on the letter and a postcode), the receipt, the public ledger after voting closes,
//! and the officers' choice of ballot rules before voting opens.

use crate::domain::ballot::BallotRules;
use crate::domain::money::Pence;
use crate::domain::phase::Phase;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{t, text, tr, Say};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotItem {
    pub id: i32,
    pub title: String,
    pub summary: String,
    pub cost: Pence,
    pub area: String,
}

/// Who is looking at the ballot, as far as voting goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoterState {
    /// Signed in and verified here; `voted` if a ballot of theirs is already in.
    Resident { voted: bool },
    /// Anyone else: votes with the code on their letter and their postcode.
    WithCode,
    /// An officer typing in the paper ballots of a batch, each with its letter code.
    PaperEntry { batch: i32 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotPage {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    pub round_slug: String,
    pub round_title: String,
    pub phase: Phase,
    pub rules: BallotRules,
    pub items: Vec<BallotItem>,
    pub voter: VoterState,
    /// A signed-in resident's ballot as it stands (points by proposal), so changing
    /// a vote starts from it.
    pub current: std::collections::BTreeMap<i32, u32>,
    /// When voting closes by the round's timetable, in words ("10pm on Sunday 15 June").
    pub closes: Option<String>,
    /// One ballot per resident or per household, in words.
    pub who_votes: String,
}

/// The round's rules as stored.
#[cfg(feature = "ssr")]
pub(crate) fn rules_of(r: &crate::backend::entities::round::Model, pot: Pence) -> BallotRules {
    BallotRules {
        rule: r.ballot_rule,
        pot,
        max_choices: r.ballot_max_choices.and_then(|k| u32::try_from(k).ok()),
        points: r.ballot_points.and_then(|n| u32::try_from(n).ok()),
        min_choices: u32::try_from(r.ballot_min_choices).unwrap_or(0),
    }
}

#[cfg(feature = "ssr")]
pub(crate) async fn shortlist(
    db: &impl sea_orm::ConnectionTrait,
    round_id: i32,
) -> Result<Vec<BallotItem>, AppError> {
    use crate::domain::priority_area::PriorityArea;
    Ok(crate::backend::proposals::list_for_round(db, round_id)
        .await?
        .into_iter()
        .filter(|p| p.status.on_ballot())
        .map(|p| BallotItem {
            area: PriorityArea::parse(&p.priority_area)
                .map(|a| a.label().to_owned())
                .unwrap_or_default(),
            id: p.id,
            title: crate::api::proposals::in_reader_language(&p)
                .title
                .to_owned(),
            summary: crate::api::proposals::in_reader_language(&p)
                .summary
                .to_owned(),
            cost: Pence::new(p.cost_pence),
        })
        .collect())
}

/// How a signed-in person may vote in a round with their account.
#[cfg(feature = "ssr")]
enum AccountRoute {
    /// Not verified as living here: they vote with a letter code, if they have one.
    NotResident,
    /// Under this voter key: their voting code's, when they proved residence with one,
    /// so the same household code cannot vote twice by two routes.
    Votes(String),
    /// Verified in person, in a round that takes one ballot per household: only the
    /// household's letter code votes.
    NeedsHouseholdCode,
}

#[cfg(feature = "ssr")]
async fn account_route(
    config: &crate::backend::access::request::AccessConfig,
    user_id: i32,
    neighbourhood_id: i32,
    r: &crate::backend::entities::round::Model,
) -> Result<AccountRoute, AppError> {
    use crate::backend::access::voter_keys;
    use crate::backend::entities::resident;
    use crate::domain::electorate::BallotsPer;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let Some(found) = resident::Entity::find()
        .filter(resident::Column::UserId.eq(user_id))
        .filter(resident::Column::NeighbourhoodId.eq(neighbourhood_id))
        .one(&config.db)
        .await?
    else {
        return Ok(AccountRoute::NotResident);
    };
    let per = BallotsPer::parse(&r.ballots_per).unwrap_or_default();
    Ok(if per.account_votes(found.voting_code_id.is_some()) {
        AccountRoute::Votes(voter_keys::of_resident(&config.code_key, &found))
    } else {
        AccountRoute::NeedsHouseholdCode
    })
}

#[server(endpoint = "get_ballot")]
pub async fn get_ballot(neighbourhood: String, round: String) -> Result<BallotPage, AppError> {
    use crate::backend::access::request;
    use crate::backend::voting;
    let config = request::config()?;
    let db = &config.db;
    let crate::backend::guards::Found {
        place,
        round: r,
        phase,
    } = crate::backend::guards::public_round(db, &neighbourhood, &round).await?;
    let viewer = request::session().ok().and_then(|s| s.viewer);
    let mut current = std::collections::BTreeMap::new();
    let voter = match viewer {
        Some(v) => match account_route(&config, v.user_id, place.id, &r).await? {
            AccountRoute::Votes(key) => {
                let own = voting::own_ballot(db, r.id, &key).await?;
                if let Some(choices) = &own {
                    current = choices
                        .with_points()
                        .into_iter()
                        .filter_map(|(id, n)| Some((id, u32::try_from(n).ok()?)))
                        .filter(|(_, n)| *n > 0)
                        .collect();
                }
                VoterState::Resident {
                    voted: own.is_some(),
                }
            }
            AccountRoute::NotResident | AccountRoute::NeedsHouseholdCode => VoterState::WithCode,
        },
        None => VoterState::WithCode,
    };
    let mut page = ballot_page(db, place, r, phase, voter).await?;
    page.current = current;
    Ok(page)
}

#[cfg(feature = "ssr")]
pub(crate) async fn ballot_page(
    db: &impl sea_orm::ConnectionTrait,
    place: crate::backend::entities::neighbourhood::Model,
    r: crate::backend::entities::round::Model,
    phase: Phase,
    voter: VoterState,
) -> Result<BallotPage, AppError> {
    let pot = crate::backend::rounds::pot_total(db, r.id).await?;
    let closes = crate::backend::timetable::find(db, r.id)
        .await?
        .map(|t| crate::i18n::dates::moment(t.voting_close));
    Ok(BallotPage {
        closes,
        who_votes: crate::api::rounds::who_votes(&r).to_owned(),
        rules: rules_of(&r, pot),
        items: shortlist(db, r.id).await?,
        neighbourhood_slug: place.slug,
        neighbourhood_name: place.name,
        round_slug: r.slug,
        round_title: r.title,
        phase,
        voter,
        current: Default::default(),
    })
}

/// Why a ballot cannot be cast in this phase.
#[cfg(feature = "ssr")]
pub(crate) fn voting_phase(phase: Phase) -> Result<(), AppError> {
    match phase {
        Phase::VotingOpen => Ok(()),
        p if p < Phase::VotingOpen => {
            Err(AppError::Conflict(t("ballot.refused.not_open").to_owned()))
        }
        _ => Err(AppError::Conflict(t("ballot.refused.closed").to_owned())),
    }
}

#[cfg(feature = "ssr")]
pub(crate) fn field(name: &str, message: impl ToString) -> AppError {
    AppError::Invalid(vec![crate::error::FieldError::new(name, message)])
}

/// The choices a form sent (`points[<proposal id>]`), as (id, points).
#[cfg(feature = "ssr")]
fn read_choices(
    rules: &BallotRules,
    points: &std::collections::HashMap<String, String>,
) -> Result<Vec<(i32, u32)>, AppError> {
    let mut out = Vec::new();
    for (key, value) in points {
        let id: i32 = key
            .parse()
            .map_err(|_| AppError::Request(format!("\"{key}\" is not a proposal")))?;
        let value = value.trim();
        let n = if !rules.rule.has_points() {
            1
        } else if value.is_empty() {
            0
        } else {
            value
                .parse::<u32>()
                .map_err(|_| field("ballot", t("ballot.problem.whole_points")))?
        };
        out.push((id, n));
    }
    out.sort_unstable();
    Ok(out)
}

/// The rules and shortlist a ballot is checked against; while voting is open (when
/// they are frozen) from memory after the first ballot.
#[cfg(feature = "ssr")]
async fn ballot_of(
    db: &impl sea_orm::ConnectionTrait,
    frozen: &crate::backend::frozen_ballots::FrozenBallots,
    r: &crate::backend::entities::round::Model,
    phase: Phase,
) -> Result<crate::backend::frozen_ballots::Frozen, AppError> {
    use crate::domain::ballot::OnBallot;
    if phase == Phase::VotingOpen {
        if let Some(kept) = frozen.get(r.id) {
            return Ok(kept);
        }
    }
    let pot = crate::backend::rounds::pot_total(db, r.id).await?;
    let items: Vec<OnBallot> = shortlist(db, r.id)
        .await?
        .iter()
        .map(|i| OnBallot {
            id: i.id,
            cost: i.cost,
        })
        .collect();
    let closes = crate::backend::timetable::find(db, r.id)
        .await?
        .map(|t| t.voting_close);
    let ballot = std::sync::Arc::new((rules_of(r, pot), items, closes));
    if phase == Phase::VotingOpen {
        frozen.keep(r.id, ballot.clone());
    }
    Ok(ballot)
}

/// The choices a ballot form sent, checked against the round's rules and shortlist,
/// as they are stored.
#[cfg(feature = "ssr")]
pub(crate) async fn checked_choices(
    config: &crate::backend::access::request::AccessConfig,
    r: &crate::backend::entities::round::Model,
    phase: Phase,
    points: &std::collections::HashMap<String, String>,
) -> Result<String, AppError> {
    use crate::backend::ballots::StoredChoices;
    use crate::error::FieldError;
    let frozen = ballot_of(&config.db, &config.frozen, r, phase).await?;
    let (rules, ballot) = (&frozen.0, &frozen.1);
    let choices = read_choices(rules, points)?;
    let kept = rules.check(ballot, &choices).map_err(|problems| {
        AppError::Invalid(
            problems
                .into_iter()
                .map(|p| FieldError::new("ballot", p.say()))
                .collect(),
        )
    })?;
    let stored = if rules.rule.has_points() {
        StoredChoices::Points(kept.iter().map(|(id, n)| (*id, i64::from(*n))).collect())
    } else {
        StoredChoices::Ids(kept.iter().map(|(id, _)| *id).collect())
    };
    Ok(stored.to_json())
}

/// A voting code of this neighbourhood that has not been cancelled.
#[cfg(feature = "ssr")]
pub(crate) async fn find_code(
    config: &crate::backend::access::request::AccessConfig,
    neighbourhood_id: i32,
    code: &crate::domain::account::voting_code::VotingCode,
) -> Result<Option<crate::backend::entities::voting_code::Model>, AppError> {
    use crate::backend::entities::voting_code;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    Ok(voting_code::Entity::find()
        .filter(voting_code::Column::CodeHash.eq(config.code_key.hash(code.canonical())))
        .filter(voting_code::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(voting_code::Column::VoidedAt.is_null())
        // A batch made while voting works only once a second officer approves it.
        .filter(voting_code::Column::PendingSince.is_null())
        .one(&config.db)
        .await?)
}

/// A stored ballot's choices in words: "Bins; Benches (3 points)".
#[cfg(feature = "ssr")]
pub(crate) fn choices_in_words(
    titles: &std::collections::HashMap<i32, String>,
    with_points: bool,
    json: &str,
) -> String {
    crate::backend::ballots::StoredChoices::parse(json)
        .map(|c| {
            c.with_points()
                .into_iter()
                .map(|(id, n)| {
                    let title = titles.get(&id).cloned().unwrap_or_else(|| {
                        crate::i18n::tr("ledger.proposal", &[("id", id.to_string())])
                    });
                    if with_points {
                        crate::i18n::plural(n, "ledger.with_points", &[("title", title)])
                    } else {
                        title
                    }
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
        .unwrap_or_default()
}

/// Proposal titles of a round by id.
#[cfg(feature = "ssr")]
pub(crate) async fn titles(
    db: &impl sea_orm::ConnectionTrait,
    round_id: i32,
) -> Result<std::collections::HashMap<i32, String>, AppError> {
    Ok(crate::backend::proposals::list_for_round(db, round_id)
        .await?
        .into_iter()
        .map(|p| (p.id, p.title))
        .collect())
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "cast_ballot")]
pub async fn cast_ballot(
    csrf: String,
    neighbourhood: String,
    round: String,
    #[server(default)] points: std::collections::HashMap<String, String>,
    #[server(default)] code: String,
    #[server(default)] postcode: String,
    #[server(default)] receipt: String,
) -> Result<(), AppError> {
    use crate::backend::access::{request, throttle};
    use crate::backend::ballot_box::{self, Posted, Posting};
    use crate::backend::neighbourhoods;
    use crate::backend::voting::{Proof, Refused};
    use crate::domain::account::access::Action;
    use crate::domain::account::voting_code::VotingCode;
    use crate::domain::postcode::Postcode;
    use crate::error::FieldError;
    let mut values: Vec<(String, String)> = vec![
        ("code".into(), code.clone()),
        ("postcode".into(), postcode.clone()),
        ("receipt".into(), receipt.clone()),
    ];
    values.extend(
        points
            .iter()
            .map(|(k, v)| (format!("points[{k}]"), v.clone())),
    );
    let mut then = String::new();
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let config = request::config()?;
        let db = &config.db;
        let crate::backend::guards::Found {
            place,
            round: r,
            phase,
        } = crate::backend::guards::public_round(db, &neighbourhood, &round).await?;
        // The timetable's closing time holds to the second, whether or not the server
        // has moved the round on yet, and a late voter is told when it was.
        let closes = match phase {
            Phase::VotingOpen => ballot_of(db, &config.frozen, &r, phase).await?.2,
            p if p > Phase::VotingOpen => crate::backend::timetable::find(db, r.id)
                .await?
                .map(|t| t.voting_close),
            _ => None,
        };
        let closed_at = |at: chrono::DateTime<chrono::Utc>| {
            AppError::Conflict(tr(
                "ballot.refused.closed_at",
                &[("moment", crate::i18n::dates::moment(at))],
            ))
        };
        if let Some(closed) = closes.filter(|at| *at <= chrono::Utc::now()) {
            return Err(closed_at(closed));
        }
        voting_phase(phase)?;
        let choices_json = checked_choices(&config, &r, phase, &points).await?;
        // A signed-in resident of this neighbourhood votes with their account, unless they
        // typed a code; everyone else with the code on their letter.
        let account_key = match &current.viewer {
            Some(v)
                if code.trim().is_empty()
                    && v.may(Action::Vote {
                        neighbourhood_id: place.id,
                    }) =>
            {
                match account_route(&config, v.user_id, place.id, &r).await? {
                    AccountRoute::Votes(key) => Some(key),
                    AccountRoute::NotResident => None,
                    AccountRoute::NeedsHouseholdCode => {
                        return Err(field("code", t("ballot.problem.household_code")))
                    }
                }
            }
            _ => None,
        };
        let (voter_key, proof, channel) = if let Some(key) = account_key {
            (key, Proof::Account, "online")
        } else {
            let address_key = format!("vote-code:address:{}", current.client);
            if throttle::exceeded(db, &address_key, config.limits.redeem_per_address).await? {
                return Err(AppError::RateLimited);
            }
            let mut errors = Vec::new();
            let parsed_code = VotingCode::parse(&code)
                .map_err(|e| errors.push(FieldError::new("code", crate::i18n::Say::say(&e))))
                .ok();
            let parsed_postcode = Postcode::parse(&postcode)
                .map_err(|e| errors.push(FieldError::new("postcode", crate::i18n::Say::say(&e))))
                .ok();
            if let Some(p) = &parsed_postcode {
                if !neighbourhoods::covers(db, place.id, p).await? {
                    errors.push(FieldError::new(
                        "postcode",
                        crate::i18n::tr(
                            "ballot.problem.postcode_elsewhere",
                            &[
                                ("postcode", p.as_str().to_owned()),
                                ("place", place.name.clone()),
                            ],
                        ),
                    ));
                }
            }
            let receipt = match receipt.trim() {
                "" => None,
                typed => match crate::domain::receipt::parse(typed) {
                    Some(r) => Some(r),
                    None => {
                        errors.push(FieldError::new("receipt", t("ballot.problem.receipt_form")));
                        None
                    }
                },
            };
            request::all_valid(errors)?;
            let Some(parsed_code) = parsed_code else {
                return Err(AppError::Internal);
            };
            let Some(found) = find_code(&config, place.id, &parsed_code).await? else {
                throttle::record(db, &address_key).await?;
                return Err(field(
                    "code",
                    tr(
                        "ballot.problem.unknown_code",
                        &[("place", place.name.clone())],
                    ),
                ));
            };
            // A code added to an account votes through that account only: otherwise the
            // account would see and could replace a ballot someone else cast with the
            // letter.
            if found.redeemed_at.is_some() {
                return Err(field(
                    "code",
                    t("ballot.problem.code_on_account").to_owned(),
                ));
            }
            (
                crate::backend::access::voter_keys::of_code(&config.code_key, found.id),
                Proof::Code { receipt },
                "online",
            )
        };
        // The ballot and the confirmation share one durable commit with the other
        // ballots arriving now. The writer task has no request to read the language from.
        let lang = crate::i18n::current();
        let posting = Posting {
            round_id: r.id,
            voter_key,
            choices_json,
            channel,
            proof,
            closes,
            counted: text(lang, "receipt.counted"),
            changed: text(lang, "receipt.changed"),
        };
        let receipt = match ballot_box::post(&config.writes, posting).await? {
            Posted::Stored { receipt, notice } => {
                request::point_to_flash(&notice)?;
                receipt
            }
            Posted::VotingClosed => {
                return Err(match closes {
                    Some(at) => closed_at(at),
                    None => AppError::Conflict(t("ballot.refused.closed").to_owned()),
                })
            }
            Posted::Refused(Refused::NeedsReceipt) => {
                return Err(field("receipt", t("ballot.problem.needs_receipt")))
            }
            Posted::Refused(Refused::WrongReceipt) => {
                return Err(field("receipt", t("ballot.problem.wrong_receipt")))
            }
            Posted::Refused(Refused::OnPaper | Refused::AlreadyVoted { .. }) => {
                return Err(AppError::Conflict(t("ballot.problem.on_paper").to_owned()))
            }
            Posted::Refused(Refused::Voided) => {
                return Err(AppError::Conflict(t("ballot.problem.voided").to_owned()))
            }
        };
        then = format!(
            "/neighbourhoods/{}/rounds/{}/vote/receipt/{receipt}",
            place.slug, r.slug
        );
        Ok(())
    }
    .await;
    // For /metrics: accepted ballots, and refusals by the status they were answered with.
    match &result {
        Ok(()) => {
            metrics::counter!("commonpot_ballots_total", "outcome" => "accepted").increment(1)
        }
        Err(e) => metrics::counter!(
            "commonpot_ballots_total",
            "outcome" => "refused",
            "status" => e.status().as_str().to_owned()
        )
        .increment(1),
    }
    let values: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    request::finish("cast_ballot", &values, &then, result).await
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptPage {
    pub neighbourhood_slug: String,
    pub round_slug: String,
    pub round_title: String,
    pub receipt: String,
    pub phase: Phase,
    /// Why two officers voided this ballot, which is then not counted.
    pub voided: Option<String>,
}

#[server(endpoint = "get_receipt")]
pub async fn get_receipt(
    neighbourhood: String,
    round: String,
    receipt: String,
) -> Result<ReceiptPage, AppError> {
    use crate::backend::{db, voting};
    let db = db::from_context()?;
    let crate::backend::guards::Found {
        place,
        round: r,
        phase,
    } = crate::backend::guards::public_round(&db, &neighbourhood, &round).await?;
    let receipt = crate::domain::receipt::parse(&receipt)
        .ok_or_else(|| AppError::not_found(crate::i18n::t("that.receipt")))?;
    let Some(voided) = voting::receipt_state(&db, r.id, &receipt).await? else {
        return Err(AppError::not_found(crate::i18n::t("that.receipt")));
    };
    Ok(ReceiptPage {
        neighbourhood_slug: place.slug,
        round_slug: r.slug,
        round_title: r.title,
        receipt,
        phase,
        voided,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerLine {
    pub receipt: String,
    /// "Bins; Benches (3 points)".
    pub choices: String,
    /// Why two officers voided the ballot, which is then not counted.
    pub voided: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerPage {
    pub neighbourhood_slug: String,
    pub round_slug: String,
    pub round_title: String,
    pub total: usize,
    pub lines: Vec<LedgerLine>,
    pub searched: Option<String>,
    /// This page and how many there are (1-based).
    pub page: u32,
    pub pages: u32,
}

/// Ballots on one page of the ledger.
pub const LEDGER_PAGE: u32 = 200;

#[server(endpoint = "get_ledger")]
pub async fn get_ledger(
    neighbourhood: String,
    round: String,
    #[server(default)] receipt: String,
    #[server(default)] page: u32,
) -> Result<LedgerPage, AppError> {
    use crate::backend::{db, voting};
    let db = db::from_context()?;
    let crate::backend::guards::Found {
        place,
        round: r,
        phase,
    } = crate::backend::guards::public_round(&db, &neighbourhood, &round).await?;
    if !phase.votes_may_be_shown() {
        return Err(AppError::NotYet(
            crate::i18n::t("ledger.not_yet").to_owned(),
        ));
    }
    let titles = titles(&db, r.id).await?;
    let with_points = r.ballot_rule.has_points();
    let searched = crate::domain::receipt::parse(&receipt);
    let page = page.max(1);
    let starts = crate::backend::access::request::config()?
        .ledger_pages
        .page_starts(&db, r.id, r.count_version, LEDGER_PAGE)
        .await?;
    let total = usize::try_from(starts.total).unwrap_or(usize::MAX);
    let pages = if searched.is_some() {
        1
    } else {
        starts.pages()
    };
    if page > pages {
        return Err(AppError::not_found(crate::i18n::tr(
            "ledger.page_missing",
            &[("page", page.to_string())],
        )));
    }
    let rows = match (searched.as_deref(), starts.start(page)) {
        (Some(receipt), _) => voting::ledger_line(&db, r.id, receipt)
            .await?
            .into_iter()
            .collect(),
        (None, Some(from)) => voting::ledger_page(&db, r.id, from, u64::from(LEDGER_PAGE)).await?,
        (None, None) => Vec::new(),
    };
    let lines = rows
        .into_iter()
        .map(|(receipt, json, voided)| LedgerLine {
            // A voided ballot's choices are in no count, so they are not published.
            choices: if voided.is_some() {
                String::new()
            } else {
                choices_in_words(&titles, with_points, &json)
            },
            receipt,
            voided,
        })
        .collect();
    Ok(LedgerPage {
        neighbourhood_slug: place.slug,
        round_slug: r.slug,
        round_title: r.title,
        total,
        lines,
        page,
        pages,
        searched: searched
            .or_else(|| (!receipt.trim().is_empty()).then(|| receipt.trim().to_owned())),
    })
}

#[server(endpoint = "set_ballot_rules")]
pub async fn set_ballot_rules(
    csrf: String,
    neighbourhood: String,
    round: String,
    rule: String,
    #[server(default)] max_choices: String,
    #[server(default)] points: String,
    #[server(default)] min_choices: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{audit, request};
    use crate::backend::entities::round as round_entity;
    use crate::domain::account::access::Action;
    use crate::domain::results::BallotRule;
    use crate::error::FieldError;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let values = [
        ("rule", rule.as_str()),
        ("max_choices", max_choices.as_str()),
        ("points", points.as_str()),
        ("min_choices", min_choices.as_str()),
    ];
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/review");
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let db = &config.db;
        let crate::backend::guards::Found {
            place,
            round: r,
            phase,
        } = crate::backend::guards::round_or_draft(db, &neighbourhood, &round).await?;
        if !viewer.may(Action::RunRound {
            neighbourhood_id: place.id,
        }) {
            return Err(AppError::Forbidden);
        }
        if phase >= Phase::VotingOpen {
            return Err(AppError::Conflict(t("rules.fixed").to_owned()));
        }
        let chosen = [
            BallotRule::ApprovalWithinPot,
            BallotRule::ApproveUpTo,
            BallotRule::Points,
        ]
        .into_iter()
        .find(|r| r.as_str() == rule)
        .ok_or_else(|| field("rule", t("rules.choose_rule")))?;
        let mut errors = Vec::new();
        let mut number = |name: &str, typed: &str, needed: bool, what: &str| -> Option<i32> {
            match typed.trim() {
                "" if !needed => None,
                t => match t.parse::<i32>() {
                    Ok(n) if (1..=1000).contains(&n) => Some(n),
                    _ => {
                        errors.push(FieldError::new(
                            name,
                            crate::i18n::tr("rules.whole_number", &[("what", what.to_owned())]),
                        ));
                        None
                    }
                },
            }
        };
        let k = number(
            "max_choices",
            &max_choices,
            chosen == BallotRule::ApproveUpTo,
            t("rules.what.max_choices"),
        );
        let n = number(
            "points",
            &points,
            chosen == BallotRule::Points,
            t("rules.what.points"),
        );
        let min = number(
            "min_choices",
            &min_choices,
            false,
            t("rules.what.min_choices"),
        )
        .unwrap_or(0);
        request::all_valid(errors)?;
        // The rules, their audit entry and their line in the history: one transaction.
        let txn = sea_orm::TransactionTrait::begin(db).await?;
        let changed = round_entity::Entity::update_many()
            .col_expr(
                round_entity::Column::BallotRule,
                Expr::value(chosen.as_str()),
            )
            .col_expr(
                round_entity::Column::BallotMaxChoices,
                Expr::value(k.filter(|_| chosen == BallotRule::ApproveUpTo)),
            )
            .col_expr(
                round_entity::Column::BallotPoints,
                Expr::value(n.filter(|_| chosen == BallotRule::Points)),
            )
            .col_expr(round_entity::Column::BallotMinChoices, Expr::value(min))
            .filter(round_entity::Column::Id.eq(r.id))
            .filter(round_entity::Column::Phase.eq(phase.as_str()))
            .exec(&txn)
            .await?;
        if changed.rows_affected == 0 {
            return Err(AppError::Conflict(t("rules.moved_on").to_owned()));
        }
        audit::record(
            &txn,
            Some(viewer.user_id),
            "round.ballot-rules",
            &format!("round:{}", r.id),
            chosen.as_str(),
        )
        .await?;
        crate::backend::round_history::record(
            &txn,
            r.id,
            crate::backend::rounds::Mover::Officer,
            "ballot-rules",
            chosen.as_str(),
        )
        .await?;
        txn.commit().await?;
        request::send_flash(&Flash::notice(t("rules.saved"))).await?;
        Ok(())
    }
    .await;
    request::finish("set_ballot_rules", &values, &back, result).await
}
