//! The steps of a proposal's life, each one transaction: the change with its version or
//! history entry, the letter it sends, the actor's notice and the audit entry. The server
//! functions check the form and the rules, then call one of these.

use super::entities::{proposal, user};
use super::mail::Letter;
use super::proposals::{self, Applied, Entry, Proposer};
use super::record::{Record, Stored};
use crate::domain::money::Pence;
use crate::domain::proposal::draft::Draft;
use crate::domain::proposal::history::Event;
use crate::domain::proposal::lifecycle::Verdict;
use crate::domain::proposal::ProposalStatus;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, TransactionTrait};

/// Where a proposal sits, for the letters about it.
pub struct Seen<'a> {
    pub proposal: &'a proposal::Model,
    pub round_title: &'a str,
    pub place_name: &'a str,
}

/// A resident or a group sends a new proposal.
#[tracing::instrument(skip_all, fields(round = round_id, actor = proposer.user_id))]
pub async fn send(
    db: &impl TransactionTrait,
    round_id: i32,
    proposer: Proposer,
    draft: &Draft,
    record: impl FnOnce(i32) -> Record,
) -> Result<Stored<i32>, DbErr> {
    let txn = db.begin().await?;
    let created = proposals::create(&txn, round_id, proposer, draft).await?;
    let notice = record(created.id).write(&txn).await?;
    txn.commit().await?;
    Ok(Stored::Done {
        value: created.id,
        notice,
    })
}

/// The proposer's new text, as the next version.
#[tracing::instrument(skip_all, fields(proposal = seen.id, actor = by))]
pub async fn edit(
    db: &impl TransactionTrait,
    seen: &proposal::Model,
    draft: &Draft,
    status: ProposalStatus,
    by: i32,
    record: Record,
) -> Result<Stored, DbErr> {
    let txn = db.begin().await?;
    let applied = proposals::edit(&txn, seen, draft, status, by).await?;
    finish(txn, applied, record).await
}

/// The proposer withdraws it.
#[tracing::instrument(skip_all, fields(proposal = seen.id, actor = by))]
pub async fn withdraw(
    db: &impl TransactionTrait,
    seen: &proposal::Model,
    status: ProposalStatus,
    by: i32,
    record: Record,
) -> Result<Stored, DbErr> {
    let entry = Entry {
        event: Event::Withdrawn,
        note: None,
        cost_change: None,
        by,
    };
    let txn = db.begin().await?;
    let applied = proposals::set_status(&txn, seen, status, entry).await?;
    finish(txn, applied, record).await
}

/// An officer's verdict, with a letter to the proposer in their language.
#[tracing::instrument(skip_all, fields(proposal = seen.proposal.id, actor = by))]
#[allow(clippy::too_many_arguments)]
pub async fn review(
    db: &impl TransactionTrait,
    seen: Seen<'_>,
    verdict: Verdict,
    status: ProposalStatus,
    note: Option<String>,
    by: i32,
    public_url: &str,
    record: Record,
) -> Result<Stored, DbErr> {
    let entry = Entry {
        event: Event::Reviewed(verdict),
        note: note.clone(),
        cost_change: None,
        by,
    };
    let txn = db.begin().await?;
    let applied = proposals::set_status(&txn, seen.proposal, status, entry).await?;
    if applied == Applied::Stale {
        // No letter about a verdict that lost the race: `finish` rolls back.
        return finish(txn, applied, record).await;
    }
    let letter = verdict_letter(&txn, &seen, status, note.as_deref(), public_url).await?;
    finish(txn, applied, record.letter(letter)).await
}

/// An officer's new cost with its public note.
#[tracing::instrument(skip_all, fields(proposal = seen.id, actor = by))]
pub async fn adjust_cost(
    db: &impl TransactionTrait,
    seen: &proposal::Model,
    cost: Pence,
    note: String,
    by: i32,
    record: Record,
) -> Result<Stored, DbErr> {
    let txn = db.begin().await?;
    let applied = proposals::adjust_cost(&txn, seen, cost, note, by).await?;
    finish(txn, applied, record).await
}

/// Moderators hide it, with a public reason.
#[tracing::instrument(skip_all, fields(proposal = seen.id, actor = by))]
pub async fn hide(
    db: &impl TransactionTrait,
    seen: &proposal::Model,
    status: ProposalStatus,
    reason: String,
    by: i32,
    record: Record,
) -> Result<Stored, DbErr> {
    let entry = Entry {
        event: Event::Hidden,
        note: Some(reason),
        cost_change: None,
        by,
    };
    let txn = db.begin().await?;
    let applied = proposals::set_status(&txn, seen, status, entry).await?;
    finish(txn, applied, record).await
}

/// Writes the record and commits, or rolls back a change that found the proposal moved on.
async fn finish(
    txn: sea_orm::DatabaseTransaction,
    applied: Applied,
    record: Record,
) -> Result<Stored, DbErr> {
    if applied == Applied::Stale {
        txn.rollback().await?;
        return Ok(Stored::Stale);
    }
    let notice = record.write(&txn).await?;
    txn.commit().await?;
    Ok(Stored::Done { value: (), notice })
}

/// The subject of a record about proposal `id`.
pub fn about(id: i32) -> String {
    format!("proposal:{id}")
}

/// The letter telling the proposer the officers' verdict, in the proposer's language;
/// none for a proposal with no account behind it (imported, or the account deleted).
async fn verdict_letter(
    db: &impl ConnectionTrait,
    seen: &Seen<'_>,
    status: ProposalStatus,
    note: Option<&str>,
    public_url: &str,
) -> Result<Option<Letter>, DbErr> {
    let Some(user_id) = seen.proposal.proposer_user_id else {
        return Ok(None);
    };
    let Some(proposer) = user::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(None);
    };
    let lang = proposer.language.as_str();
    let next = match status {
        ProposalStatus::Feasible => "letter.review.next.feasible",
        ProposalStatus::NeedsChanges => "letter.review.next.needs_changes",
        _ => "letter.review.next.final",
    };
    let said = note
        // A paragraph of its own after the verdict, only when the officer wrote a note.
        .map(|n| {
            let said = crate::i18n::line(lang, "letter.review.said", &[("note", n.to_owned())]);
            format!("\n\n{said}")
        })
        .unwrap_or_default();
    let (subject, body) = crate::i18n::letter(
        lang,
        "letter.review",
        &[
            ("name", proposer.display_name.clone()),
            ("title", seen.proposal.title.clone()),
            ("round", seen.round_title.to_owned()),
            ("place", seen.place_name.to_owned()),
            (
                "verdict",
                crate::i18n::status_name_in(lang, status).to_owned(),
            ),
            ("said", said),
            ("next", crate::i18n::text(lang, next).to_owned()),
            (
                "link",
                format!("{public_url}/proposals/{}", seen.proposal.id),
            ),
        ],
    );
    Ok(Some(Letter {
        to: proposer.email,
        subject,
        body,
        purpose: "review",
    }))
}
