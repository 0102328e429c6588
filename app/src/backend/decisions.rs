//! Published decisions and the councillors' drafts. A decision is only ever inserted,
//! with its lines and payments in one transaction; a correction is a new decision that
//! amends the latest one (the database allows one amendment per decision, so the
//! history is a single chain).

use super::entities::{decision, decision_draft, decision_item, decision_payment, round};
use super::results::{count_round, Counted};
use crate::domain::decision::{content_hash, DecisionLine, DecisionText};
use crate::domain::decision_draft::{Candidate, DraftLine, Share};
use crate::domain::decision_form::TypedDraft;
use crate::domain::money::Pence;
use crate::domain::phase::Phase;
use crate::domain::priority_area::PriorityArea;
use crate::error::AppError;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
};
use std::collections::{BTreeMap, HashMap};

/// The newest published decision of a round (the latest amendment wins) with its lines.
pub async fn latest_for_round(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Option<(decision::Model, Vec<decision_item::Model>)>, DbErr> {
    let Some(d) = decision::Entity::find()
        .filter(decision::Column::RoundId.eq(round_id))
        .order_by_desc(decision::Column::PublishedAt)
        .order_by_desc(decision::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let items = decision_item::Entity::find()
        .filter(decision_item::Column::DecisionId.eq(d.id))
        .all(db)
        .await?;
    Ok(Some((d, items)))
}

/// A decision as stored: the record, and each line with what each agency pays.
#[derive(Debug, Clone)]
pub struct Stored {
    pub decision: decision::Model,
    pub lines: Vec<DraftLine>,
}

/// Every decision of a round, oldest first: the first and then each amendment.
pub async fn history(db: &impl ConnectionTrait, round_id: i32) -> Result<Vec<Stored>, DbErr> {
    let decisions = decision::Entity::find()
        .filter(decision::Column::RoundId.eq(round_id))
        .order_by_asc(decision::Column::PublishedAt)
        .order_by_asc(decision::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = decisions.iter().map(|d| d.id).collect();
    let items = decision_item::Entity::find()
        .filter(decision_item::Column::DecisionId.is_in(ids))
        .order_by_asc(decision_item::Column::Id)
        .all(db)
        .await?;
    let item_ids: Vec<i32> = items.iter().map(|i| i.id).collect();
    let mut payments: HashMap<i32, Vec<decision_payment::Model>> = HashMap::new();
    for p in decision_payment::Entity::find()
        .filter(decision_payment::Column::DecisionItemId.is_in(item_ids))
        .all(db)
        .await?
    {
        payments.entry(p.decision_item_id).or_default().push(p);
    }
    Ok(decisions
        .into_iter()
        .map(|d| {
            let lines = items
                .iter()
                .filter(|i| i.decision_id == d.id)
                .map(|i| {
                    let mut paid_by: BTreeMap<i32, Pence> = payments
                        .get(&i.id)
                        .into_iter()
                        .flatten()
                        .map(|p| (p.agency_id, Pence::new(p.amount_pence)))
                        .collect();
                    // Decisions from before payments were split name one agency.
                    if let (true, Some(a)) = (paid_by.is_empty(), i.agency_id) {
                        if i.amount_pence > 0 {
                            paid_by.insert(a, Pence::new(i.amount_pence));
                        }
                    }
                    DraftLine {
                        proposal_id: i.proposal_id,
                        amount: Pence::new(i.amount_pence),
                        paid_by,
                        reason: i.reason.clone().unwrap_or_default(),
                    }
                })
                .collect();
            Stored { decision: d, lines }
        })
        .collect())
}

/// Each agency's share of a round's pot, with its ring-fence (stored as priority area
/// slugs separated by commas).
pub async fn shares(db: &impl ConnectionTrait, round_id: i32) -> Result<Vec<Share>, DbErr> {
    Ok(crate::backend::pot::lines(db, round_id)
        .await?
        .into_iter()
        .map(|l| Share {
            agency_id: l.agency_id,
            agency: l.agency,
            amount: l.share.amount,
            ring_fence: l.share.ring_fence,
        })
        .collect())
}

/// What a decision is drafted against: the count, and the money.
pub struct Basis {
    pub counted: Counted,
    pub candidates: Vec<Candidate>,
    pub shares: Vec<Share>,
}

impl Basis {
    pub fn title(&self, proposal_id: i32) -> String {
        self.candidates
            .iter()
            .find(|c| c.proposal_id == proposal_id)
            .map_or_else(|| format!("Proposal {proposal_id}"), |c| c.title.clone())
    }

    pub fn agency(&self, agency_id: i32) -> String {
        self.shares
            .iter()
            .find(|s| s.agency_id == agency_id)
            .map_or_else(|| format!("Agency {agency_id}"), |s| s.agency.clone())
    }
}

pub async fn basis(db: &impl ConnectionTrait, r: &round::Model) -> Result<Basis, AppError> {
    let counted = count_round(db, r).await?;
    let candidates = counted
        .on_ballot
        .iter()
        .map(|p| Candidate {
            proposal_id: p.id,
            title: p.title.clone(),
            cost: Pence::new(p.cost_pence),
            area: PriorityArea::parse(&p.priority_area).unwrap_or(PriorityArea::Environment),
            in_result: counted.in_result(p.id),
        })
        .collect();
    Ok(Basis {
        candidates,
        shares: shares(db, r.id).await?,
        counted,
    })
}

pub async fn draft(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Option<(TypedDraft, decision_draft::Model)>, DbErr> {
    let Some(d) = decision_draft::Entity::find()
        .filter(decision_draft::Column::RoundId.eq(round_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    match serde_json::from_str(&d.body) {
        Ok(typed) => Ok(Some((typed, d))),
        Err(e) => {
            tracing::error!(round = round_id, error = %e, "unreadable decision draft; starting again");
            Ok(None)
        }
    }
}

pub async fn save_draft(
    db: &impl ConnectionTrait,
    round_id: i32,
    by: i32,
    typed: &TypedDraft,
) -> Result<(), DbErr> {
    let body = serde_json::to_string(typed).map_err(|e| DbErr::Custom(e.to_string()))?;
    let now = chrono::Utc::now();
    match decision_draft::Entity::find()
        .filter(decision_draft::Column::RoundId.eq(round_id))
        .one(db)
        .await?
    {
        Some(existing) => {
            let mut d: decision_draft::ActiveModel = existing.into();
            d.body = Set(body);
            d.updated_by = Set(by);
            d.updated_at = Set(now);
            d.update(db).await?;
        }
        None => {
            decision_draft::ActiveModel {
                round_id: Set(round_id),
                body: Set(body),
                updated_by: Set(by),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// A decision ready to go on the record (already checked against the count and the pot).
pub struct ToPublish<'a> {
    pub round: &'a round::Model,
    /// The latest decision the councillor saw when drafting: none for the first.
    pub seen_latest: Option<i32>,
    pub summary: String,
    pub amendment_reason: Option<String>,
    pub lines: Vec<DraftLine>,
    pub shares: &'a [Share],
    pub by: i32,
    pub at: chrono::DateTime<chrono::Utc>,
    /// The letter to everyone following the round's proposals, in each one's language.
    pub notice: Option<super::follows::Compose<'a>>,
    /// The councillor's audit entry and notice, made from the decision as stored.
    pub record: Option<Recorder<'a>>,
}

/// Makes a step's record once the decision it is about has its id and hash.
pub type Recorder<'a> = Box<dyn FnOnce(&decision::Model) -> super::record::Record + Send + 'a>;

/// Puts a decision on the record, moves a counted round on to "decision published",
/// and drops the draft, all at once. Refused if someone published since the
/// councillor last looked, so nobody amends a decision they have not seen. The record is
/// written in the same transaction; the decision and the id of the councillor's notice.
#[tracing::instrument(skip_all, fields(round = p.round.id, actor = p.by))]
pub async fn publish(
    db: &impl TransactionTrait,
    p: ToPublish<'_>,
) -> Result<(decision::Model, Option<String>), AppError> {
    let txn = db.begin().await?;
    if txn.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        // Two councillors publishing at once queue here; SQLite has one writer anyway.
        txn.execute(sea_orm::Statement::from_sql_and_values(
            sea_orm::DatabaseBackend::Postgres,
            "SELECT id FROM rounds WHERE id = $1 FOR UPDATE",
            [p.round.id.into()],
        ))
        .await?;
    }
    let latest = latest_for_round(&txn, p.round.id).await?.map(|(d, _)| d.id);
    if latest != p.seen_latest {
        return Err(AppError::Conflict(match p.seen_latest {
            None => "This round's decision is already published, and a published decision is never changed. To correct it, publish an amendment that says why".into(),
            Some(_) => "Another amendment was published while you were drafting. Reload the page to start from the latest decision".into(),
        }));
    }
    if latest.is_none() {
        // Read inside the transaction: the round may have moved since the page loaded.
        let phase = round::Entity::find_by_id(p.round.id)
            .one(&txn)
            .await?
            .map_or(Phase::Draft, |r| r.phase);
        if phase != Phase::Counting {
            return Err(AppError::NotYet(
                "The decision can be published once voting has closed and the votes are counted"
                    .into(),
            ));
        }
    }
    let agency_name = |id: i32| {
        p.shares
            .iter()
            .find(|s| s.agency_id == id)
            .map(|s| s.agency.clone())
            .unwrap_or_default()
    };
    let text = DecisionText {
        round_id: p.round.id,
        summary: p.summary.clone(),
        amends: latest,
        amendment_reason: p.amendment_reason.clone(),
        lines: p
            .lines
            .iter()
            .map(|l| DecisionLine {
                proposal_id: l.proposal_id,
                amount: l.amount,
                paid_by: l
                    .paid_by
                    .iter()
                    .map(|(a, amount)| (agency_name(*a), *amount))
                    .collect(),
                reason: (!l.reason.is_empty()).then(|| l.reason.clone()),
            })
            .collect(),
    };
    let d = decision::ActiveModel {
        round_id: Set(p.round.id),
        amends_decision_id: Set(latest),
        content_hash: Set(content_hash(&text)),
        summary: Set(p.summary),
        amendment_reason: Set(p.amendment_reason),
        published_by: Set(p.by),
        published_at: Set(p.at),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for l in &p.lines {
        let item = decision_item::ActiveModel {
            decision_id: Set(d.id),
            proposal_id: Set(l.proposal_id),
            agency_id: Set(None),
            amount_pence: Set(l.amount.as_i64()),
            reason: Set((!l.reason.is_empty()).then(|| l.reason.clone())),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (agency_id, amount) in l.paid_by.iter().filter(|(_, a)| **a > Pence::ZERO) {
            decision_payment::ActiveModel {
                decision_item_id: Set(item.id),
                agency_id: Set(*agency_id),
                amount_pence: Set(amount.as_i64()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    if latest.is_none()
        && !super::rounds::move_phase(
            &txn,
            p.round.id,
            Phase::Counting,
            Phase::DecisionPublished,
            super::rounds::Mover::Councillor,
        )
        .await?
    {
        return Err(AppError::Conflict(
            "The round moved on while you were drafting. Reload the page and try again".into(),
        ));
    }
    if let Some(compose) = p.notice {
        let ids = super::follows::round_proposal_ids(&txn, p.round.id).await?;
        super::follows::tell_followers(&txn, &ids, compose, "decision").await?;
    }
    decision_draft::Entity::delete_many()
        .filter(decision_draft::Column::RoundId.eq(p.round.id))
        .exec(&txn)
        .await?;
    let notice = match p.record {
        Some(record) => record(&d).write(&txn).await?,
        None => None,
    };
    txn.commit().await?;
    Ok((d, notice))
}

pub async fn discard_draft(db: &impl ConnectionTrait, round_id: i32) -> Result<(), DbErr> {
    decision_draft::Entity::delete_many()
        .filter(decision_draft::Column::RoundId.eq(round_id))
        .exec(db)
        .await?;
    Ok(())
}
