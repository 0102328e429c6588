//! Demo ballots for rounds whose voting has closed, and — for rounds past the count —
//! the greedy result, the councillors' published decision and delivery updates.
//! Deterministic: the same demo every time.

use app::backend::decisions::{self, ToPublish};
use app::backend::entities::{
    ballot, contribution, count_result, delivery_update, proposal, round, round_phase_date, user,
};
use app::domain::count::{count, Ballots, CountOptions, CountRule, Election, Project};
use app::domain::decision_draft::{check, suggest, DraftLine};
use app::domain::delivery::DeliveryStatus;
use app::domain::money::Pence;
use app::domain::phase::Phase;
use app::domain::proposal::ProposalStatus;
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};

/// A small linear congruential generator: enough for believable demo votes.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const RECEIPT_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn receipt(rng: &mut Lcg) -> String {
    let mut s = String::with_capacity(11);
    for i in 0..10 {
        if i == 5 {
            s.push('-');
        }
        s.push(RECEIPT_ALPHABET[rng.below(32) as usize] as char);
    }
    s
}

/// Approval-within-the-pot ballots: each voter ticks what they like, then drops the
/// dearest choices until the total fits the pot, as the ballot page would insist.
fn demo_ballots(rng: &mut Lcg, costs: &[i64], pot: i64, voters: usize) -> Vec<Vec<usize>> {
    let appeal: Vec<u64> = (0..costs.len()).map(|_| 15 + rng.below(50)).collect();
    (0..voters)
        .map(|_| {
            let mut chosen: Vec<usize> = (0..costs.len())
                .filter(|&i| rng.below(100) < appeal[i])
                .collect();
            if chosen.is_empty() {
                chosen.push(rng.below(costs.len() as u64) as usize);
            }
            chosen.sort_by_key(|&i| costs[i]);
            while chosen.iter().map(|&i| costs[i]).sum::<i64>() > pot {
                chosen.pop();
            }
            chosen
        })
        .collect()
}

/// A demo round with what its votes and decision are made from.
pub struct DemoRound<'a> {
    pub round: &'a round::Model,
    pub phase: Phase,
    pub pot: Pence,
    pub proposals: &'a [proposal::Model],
    pub councillor: &'a user::Model,
    pub year: i32,
}

pub async fn seed_votes_and_decision(
    db: &(impl ConnectionTrait + TransactionTrait),
    demo: DemoRound<'_>,
) -> anyhow::Result<()> {
    let DemoRound {
        round: r,
        phase,
        pot,
        proposals,
        councillor,
        year,
    } = demo;
    if phase < Phase::Counting {
        return Ok(());
    }
    let on_ballot: Vec<&proposal::Model> = proposals
        .iter()
        .filter(|p| p.status == ProposalStatus::Feasible)
        .collect();
    let costs: Vec<i64> = on_ballot.iter().map(|p| p.cost_pence).collect();
    let mut rng = Lcg(r.id as u64 * 7919 + 17);
    let voters = 220 + rng.below(160) as usize;
    let ballots = demo_ballots(&mut rng, &costs, pot.as_i64(), voters);
    let closed_at = Utc
        .with_ymd_and_hms(year, 7, 5, 21, 0, 0)
        .single()
        .unwrap_or_else(Utc::now);
    let rows: Vec<ballot::ActiveModel> = ballots
        .iter()
        .enumerate()
        .map(|(i, choice)| {
            let ids: Vec<i32> = choice.iter().map(|&k| on_ballot[k].id).collect();
            ballot::ActiveModel {
                id: Set(app::backend::voting::new_ballot_id()),
                round_id: Set(r.id),
                voter_key: Set(format!("demo-voter-{i}")),
                receipt: Set(receipt(&mut rng)),
                choices: Set(serde_json::to_string(&ids).unwrap_or_default()),
                channel: Set(if i % 10 == 0 { "paper" } else { "online" }.into()),
                entered_by: Set(None),
                cast_at: Set(closed_at - Duration::minutes((voters - i) as i64 * 37)),
                ..Default::default()
            }
        })
        .collect();
    for chunk in rows.chunks(100) {
        ballot::Entity::insert_many(chunk.to_vec()).exec(db).await?;
    }
    if phase < Phase::DecisionPublished {
        return Ok(());
    }
    let election = Election::new(
        on_ballot
            .iter()
            .map(|p| Project {
                id: p.id.to_string(),
                cost: p.cost_pence.unsigned_abs(),
            })
            .collect(),
        pot.as_i64().unsigned_abs(),
        Ballots::Approval(ballots),
    )?
    .with_unit(100)?;
    let outcome = count(&election, CountRule::Greedy, &CountOptions::default());
    let funded: Vec<i32> = outcome
        .projects()
        .iter()
        .map(|&k| on_ballot[k].id)
        .collect();
    count_result::ActiveModel {
        round_id: Set(r.id),
        count_rule: Set(CountRule::Greedy.as_str().into()),
        selected: Set(serde_json::to_string(&funded)?),
        total_cost_pence: Set(i64::try_from(outcome.total_cost)?),
        ballots_counted: Set(i32::try_from(voters)?),
        computed_at: Set(closed_at + Duration::hours(20)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    publish_demo_decision(db, r, phase, councillor, year).await
}

/// The councillors' decision as the product makes one: the count's result paid within
/// each agency's share (and ring-fence), published through the same code a councillor
/// uses. Where a ring-fence would leave the result unpaid, the demo drops the fence.
async fn publish_demo_decision(
    db: &(impl ConnectionTrait + TransactionTrait),
    r: &round::Model,
    phase: Phase,
    councillor: &user::Model,
    year: i32,
) -> anyhow::Result<()> {
    let mut basis = decisions::basis(db, r)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut lines = suggest(&basis.candidates, &basis.shares);
    if !check(&basis.candidates, &basis.shares, &lines).is_empty() {
        contribution::Entity::update_many()
            .filter(contribution::Column::RoundId.eq(r.id))
            .col_expr(
                contribution::Column::RingFence,
                sea_orm::sea_query::Expr::value(Option::<String>::None),
            )
            .exec(db)
            .await?;
        basis = decisions::basis(db, r)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        lines = suggest(&basis.candidates, &basis.shares);
    }
    let problems = check(&basis.candidates, &basis.shares, &lines);
    anyhow::ensure!(
        problems.is_empty(),
        "demo decision does not add up: {problems:?}"
    );
    // Publishing moves a counted round on, as it would for a councillor; the demo round
    // then goes back to the phase and timeline it was planned with.
    set_phase(db, r.id, Phase::Counting).await?;
    let published_at = Utc
        .with_ymd_and_hms(year, 7, 20, 10, 0, 0)
        .single()
        .unwrap_or_else(Utc::now);
    decisions::publish(
        db,
        ToPublish {
            round: r,
            seen_latest: None,
            summary: "The Place Board funds the proposals that won most votes, in the order of \
                      the count, while the pot lasts."
                .to_owned(),
            amendment_reason: None,
            lines: lines.clone(),
            shares: &basis.shares,
            by: councillor.id,
            at: published_at,
            notice: None,
            record: None,
        },
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    set_phase(db, r.id, phase).await?;
    round_phase_date::Entity::update_many()
        .filter(round_phase_date::Column::RoundId.eq(r.id))
        .filter(round_phase_date::Column::Phase.eq(Phase::DecisionPublished.as_str()))
        .col_expr(
            round_phase_date::Column::StartsOn,
            sea_orm::sea_query::Expr::value(published_at.date_naive()),
        )
        .exec(db)
        .await?;
    seed_delivery(db, phase, &lines, year).await
}

async fn set_phase(db: &impl ConnectionTrait, round_id: i32, phase: Phase) -> anyhow::Result<()> {
    round::Entity::update_many()
        .filter(round::Column::Id.eq(round_id))
        .col_expr(
            round::Column::Phase,
            sea_orm::sea_query::Expr::value(phase.as_str()),
        )
        .exec(db)
        .await?;
    Ok(())
}

async fn seed_delivery(
    db: &impl ConnectionTrait,
    phase: Phase,
    lines: &[DraftLine],
    year: i32,
) -> anyhow::Result<()> {
    if phase < Phase::Delivery {
        return Ok(());
    }
    let start = NaiveDate::from_ymd_opt(year, 8, 15).unwrap_or_default();
    for (k, line) in lines.iter().filter(|l| l.amount > Pence::ZERO).enumerate() {
        let (proposal_id, amount) = (&line.proposal_id, &line.amount.as_i64());
        let mut updates = vec![(
            DeliveryStatus::Planned,
            start,
            0,
            "Supplier chosen and start date agreed.",
        )];
        if phase == Phase::Closed || k % 2 == 0 {
            updates.push((
                DeliveryStatus::InProgress,
                start + Duration::days(60),
                amount / 2,
                "Work under way; half the money spent.",
            ));
        }
        if phase == Phase::Closed {
            updates.push((
                DeliveryStatus::Delivered,
                start + Duration::days(200),
                *amount,
                "Finished and open to everyone.",
            ));
        }
        for (status, on, spend, note) in updates {
            delivery_update::ActiveModel {
                proposal_id: Set(*proposal_id),
                status: Set(status),
                happened_on: Set(on),
                note: Set(note.into()),
                spend_pence: Set(spend),
                posted_by: Set(None),
                posted_at: Set(Utc.from_utc_datetime(&on.and_hms_opt(12, 0, 0).unwrap_or_default())),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}
