//! `commonpot seed --demo`: Ilfracombe and Castle Vale with a round in every phase,
//! real-looking proposals, ballots for the rounds whose voting has closed, and the
//! published decisions and delivery updates that follow. Safe to run again: a
//! neighbourhood that already exists is left as it is.

use super::demo_places::{Place, RoundPlan, PLACES};
use super::demo_proposals::{ProposalSeed, CASTLE_VALE, ILFRACOMBE};
use super::demo_votes::DemoRound;
use app::backend::entities::{
    agency, contribution, neighbourhood, neighbourhood_postcode, proposal, round, round_phase_date,
    user,
};
use app::domain::money::Pence;
use app::domain::phase::Phase;
use app::domain::proposal::ProposalStatus;
use chrono::{NaiveDate, TimeZone, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};

pub async fn seed(db: &DatabaseConnection) -> anyhow::Result<String> {
    let mut lines = Vec::new();
    for place in &PLACES {
        let exists = neighbourhood::Entity::find()
            .filter(neighbourhood::Column::Slug.eq(place.slug))
            .one(db)
            .await?
            .is_some();
        if exists {
            lines.push(format!("{}: already present, left as it is", place.name));
            continue;
        }
        let txn = db.begin().await?;
        let rounds = seed_place(&txn, place).await?;
        txn.commit().await?;
        lines.push(format!("{}: added with {rounds} rounds", place.name));
    }
    lines.extend(super::demo_people::seed_people(db).await?);
    Ok(lines.join("\n"))
}

fn proposals_of(place: &Place) -> &'static [ProposalSeed] {
    if place.slug == "ilfracombe" {
        &ILFRACOMBE
    } else {
        &CASTLE_VALE
    }
}

async fn seed_place(
    db: &(impl ConnectionTrait + TransactionTrait),
    place: &Place,
) -> anyhow::Result<usize> {
    let now = Utc::now();
    let n = neighbourhood::ActiveModel {
        slug: Set(place.slug.into()),
        name: Set(place.name.into()),
        council: Set(place.council.into()),
        summary: Set(place
            .summary
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for area in place.postcode_areas {
        neighbourhood_postcode::ActiveModel {
            neighbourhood_id: Set(n.id),
            area: Set((*area).into()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    let mut agencies = Vec::new();
    for (name, kind, pounds) in place.agencies {
        let a = match agency::Entity::find()
            .filter(agency::Column::Name.eq(*name))
            .one(db)
            .await?
        {
            Some(a) => a,
            None => {
                agency::ActiveModel {
                    name: Set((*name).into()),
                    kind: Set((*kind).into()),
                    ..Default::default()
                }
                .insert(db)
                .await?
            }
        };
        agencies.push((a.id, a.name, *pounds));
    }
    // Published decisions need a councillor to have published them. This account
    // cannot sign in: its password hash is not an argon2 hash.
    let councillor = user::ActiveModel {
        email: Set(format!("councillor.{}@demo.invalid", place.slug)),
        display_name: Set(format!("{} Place Board (demo)", place.name)),
        password_hash: Set("!no-sign-in".into()),
        created_at: Set(now),
        email_confirmed_at: Set(Some(now)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for (i, plan) in place.rounds.iter().enumerate() {
        let r = seed_round(db, n.id, plan, now).await?;
        let mut paid_in = Vec::new();
        for (agency_id, name, pounds) in &agencies {
            let amount = pounds * plan.scale_percent;
            contribution::ActiveModel {
                round_id: Set(r.id),
                agency_id: Set(*agency_id),
                amount_pence: Set(amount),
                // The NHS's share pays only for health and care, as NHS money usually must.
                ring_fence: Set(name
                    .contains("NHS")
                    .then(|| "health-and-wellbeing,older-people-and-care".to_owned())),
                ..Default::default()
            }
            .insert(db)
            .await?;
            paid_in.push((*agency_id, name.clone(), amount));
        }
        let pot = Pence::new(paid_in.iter().map(|a| a.2).sum());
        let ids: Vec<(i32, i64)> = agencies.iter().map(|a| (a.0, a.2)).collect();
        let proposals = seed_proposals(db, &r, plan, proposals_of(place), i, &ids).await?;
        let demo = DemoRound {
            round: &r,
            phase: plan.phase,
            pot,
            proposals: &proposals,
            councillor: &councillor,
            year: plan.year,
        };
        super::demo_votes::seed_votes_and_decision(db, demo).await?;
    }
    Ok(place.rounds.len())
}

/// When each phase starts, for a round starting in `year`.
fn phase_dates(year: i32) -> Vec<(Phase, Option<NaiveDate>)> {
    let d = |y: i32, m: u32, day: u32| NaiveDate::from_ymd_opt(y, m, day);
    vec![
        (Phase::ProposalsOpen, d(year, 3, 1)),
        (Phase::Review, d(year, 5, 1)),
        (Phase::VotingOpen, d(year, 6, 15)),
        (Phase::Counting, d(year, 7, 6)),
        (Phase::DecisionPublished, d(year, 7, 20)),
        (Phase::Delivery, d(year, 8, 1)),
        (Phase::Closed, d(year + 1, 7, 31)),
    ]
}

async fn seed_round(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
    plan: &RoundPlan,
    now: chrono::DateTime<Utc>,
) -> anyhow::Result<round::Model> {
    let created = Utc
        .with_ymd_and_hms(plan.year, 1, 15, 9, 0, 0)
        .single()
        .unwrap_or(now);
    let r = round::ActiveModel {
        neighbourhood_id: Set(neighbourhood_id),
        slug: Set(plan.slug.into()),
        title: Set(plan.title.into()),
        // No phase or eligibility rule here: the phase changes and the page shows it.
        summary: Set(
            "Residents decide how this year's pot is spent. Anyone who lives in the \
             neighbourhood can propose a project and, once they have shown they live here, \
             vote."
                .into(),
        ),
        phase: Set(plan.phase),
        ballot_rule: Set(app::domain::results::BallotRule::ApprovalWithinPot),
        ballot_max_choices: Set(None),
        ballot_points: Set(None),
        ballot_min_choices: Set(1),
        count_rule: Set("greedy".into()),
        created_at: Set(created),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for (phase, date) in phase_dates(plan.year) {
        if let Some(date) = date {
            round_phase_date::ActiveModel {
                round_id: Set(r.id),
                phase: Set(phase),
                starts_on: Set(date),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(r)
}

/// The status a demo proposal has in a round of this phase; the k-th proposal of a
/// round under review gets each outcome of a review in turn.
fn demo_status(phase: Phase, k: usize) -> (ProposalStatus, Option<&'static str>) {
    match phase {
        Phase::Draft | Phase::ProposalsOpen => (ProposalStatus::Submitted, None),
        Phase::Review => match k % 4 {
            0 => (ProposalStatus::Feasible, None),
            1 => (
                ProposalStatus::NeedsChanges,
                Some("Please add a quote from a supplier so we can check the cost."),
            ),
            2 => (ProposalStatus::Submitted, None),
            _ => (ProposalStatus::Feasible, None),
        },
        _ if k == 7 => (
            ProposalStatus::Ineligible,
            Some(
                "A project doing the same thing is already funded this year from another \
                 budget, so the pot would pay for it twice. We have put the proposer in touch \
                 with it.",
            ),
        ),
        _ => (ProposalStatus::Feasible, None),
    }
}

async fn seed_proposals(
    db: &impl ConnectionTrait,
    r: &round::Model,
    plan: &RoundPlan,
    pool: &[ProposalSeed],
    round_index: usize,
    agencies: &[(i32, i64)],
) -> anyhow::Result<Vec<proposal::Model>> {
    if plan.phase == Phase::Draft {
        return Ok(Vec::new());
    }
    let how_many = 12 - round_index.min(3);
    let mut out = Vec::new();
    for k in 0..how_many {
        let seed = &pool[(round_index * 3 + k) % pool.len()];
        let (status, reason) = demo_status(plan.phase, k);
        let agency = agencies.get(k % agencies.len()).map(|a| a.0);
        let m = proposal::ActiveModel {
            round_id: Set(r.id),
            title: Set(seed.title.into()),
            summary: Set(seed.summary.into()),
            body: Set(seed.body.into()),
            cost_pence: Set(seed.pounds * 100),
            priority_area: Set(seed.area.into()),
            agency_id: Set(agency.filter(|_| k % 3 == 0)),
            location: Set(seed.location.map(Into::into)),
            proposer_user_id: Set(None),
            proposer_name: Set(seed.proposer.into()),
            status: Set(status),
            status_reason: Set(reason.map(Into::into)),
            created_at: Set(r.created_at),
            updated_at: Set(r.created_at),
            ..Default::default()
        }
        .insert(db)
        .await?;
        out.push(m);
    }
    Ok(out)
}
