//! Help for residents: a neighbourhood's contact details and the feedback messages
//! people send. Changing contact details and answering a message are each one
//! transaction with their audit entry.

use super::entities::{feedback_message, help_contact, neighbourhood, user};
use super::record::Record;
use crate::domain::help_form::{Contact, Feedback};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict, Order};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};

/// The neighbourhood's contact details; empty when its officers have set none.
pub async fn contact(db: &impl ConnectionTrait, neighbourhood_id: i32) -> Result<Contact, DbErr> {
    Ok(help_contact::Entity::find_by_id(neighbourhood_id)
        .one(db)
        .await?
        .map(|c| Contact {
            email: c.email,
            phone: c.phone,
            in_person: c.in_person,
            in_person_cy: c.in_person_cy,
        })
        .unwrap_or_default())
}

/// Replaces the neighbourhood's contact details, with the step's record.
pub async fn save_contact<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    neighbourhood_id: i32,
    contact: &Contact,
    record: Record,
) -> Result<Option<String>, DbErr> {
    let txn = db.begin().await?;
    let row = help_contact::ActiveModel {
        neighbourhood_id: Set(neighbourhood_id),
        email: Set(contact.email.clone()),
        phone: Set(contact.phone.clone()),
        in_person: Set(contact.in_person.clone()),
        in_person_cy: Set(contact.in_person_cy.clone()),
        updated_by: Set(record.actor.unwrap_or_default()),
        updated_at: Set(Utc::now()),
    };
    // One statement, so two officers saving at once leave the later one's details, never
    // a failed save.
    help_contact::Entity::insert(row)
        .on_conflict(
            OnConflict::column(help_contact::Column::NeighbourhoodId)
                .update_columns([
                    help_contact::Column::Email,
                    help_contact::Column::Phone,
                    help_contact::Column::InPerson,
                    help_contact::Column::InPersonCy,
                    help_contact::Column::UpdatedBy,
                    help_contact::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(&txn)
        .await?;
    let notice = record.write(&txn).await?;
    txn.commit().await?;
    Ok(notice)
}

/// Stores a message as sent; nothing else about the sender is kept.
pub async fn send(
    db: &impl ConnectionTrait,
    neighbourhood_id: Option<i32>,
    feedback: &Feedback,
    language: &str,
) -> Result<i32, DbErr> {
    Ok(feedback_message::ActiveModel {
        neighbourhood_id: Set(neighbourhood_id),
        message: Set(feedback.message.clone()),
        name: Set(feedback.name.clone()),
        email: Set(feedback.email.clone()),
        language: Set(language.to_owned()),
        sent_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}

/// Whose messages someone may read: an administrator's are all of them, an officer's
/// those about their neighbourhoods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readers {
    Everything,
    About(Vec<i32>),
}

impl Readers {
    fn condition(&self) -> Condition {
        match self {
            Readers::Everything => Condition::all(),
            Readers::About(ids) => {
                Condition::all().add(feedback_message::Column::NeighbourhoodId.is_in(ids.clone()))
            }
        }
    }

    fn may_read(&self, neighbourhood_id: Option<i32>) -> bool {
        match self {
            Readers::Everything => true,
            Readers::About(ids) => neighbourhood_id.is_some_and(|id| ids.contains(&id)),
        }
    }
}

/// One message as its readers see it.
#[derive(Debug, Clone)]
pub struct Line {
    pub id: i32,
    pub neighbourhood: Option<String>,
    pub message: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub sent_at: DateTime<Utc>,
    /// Who marked it answered, and when.
    pub answered: Option<(String, DateTime<Utc>)>,
}

/// A page of the messages `readers` may read, unanswered first, newest first; with
/// how many there are and how many wait for an answer.
pub async fn page(
    db: &impl ConnectionTrait,
    readers: &Readers,
    page: u64,
    per_page: u64,
) -> Result<(Vec<Line>, u64, u64), DbErr> {
    let all = feedback_message::Entity::find().filter(readers.condition());
    let total = all.clone().count(db).await?;
    let waiting = all
        .clone()
        .filter(feedback_message::Column::AnsweredAt.is_null())
        .count(db)
        .await?;
    let rows = all
        .order_by(
            Expr::col(feedback_message::Column::AnsweredAt).is_null(),
            Order::Desc,
        )
        .order_by_desc(feedback_message::Column::SentAt)
        .order_by_desc(feedback_message::Column::Id)
        .offset(page.saturating_mul(per_page))
        .limit(per_page)
        .all(db)
        .await?;
    let places: Vec<i32> = rows.iter().filter_map(|r| r.neighbourhood_id).collect();
    let names: Vec<(i32, String)> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(places))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect();
    let answerers: Vec<i32> = rows.iter().filter_map(|r| r.answered_by).collect();
    let people: Vec<(i32, String)> = user::Entity::find()
        .filter(user::Column::Id.is_in(answerers))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let name_of = |list: &[(i32, String)], id: i32| {
        list.iter()
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let lines = rows
        .into_iter()
        .map(|r| Line {
            id: r.id,
            neighbourhood: r.neighbourhood_id.map(|id| name_of(&names, id)),
            message: r.message,
            name: r.name,
            email: r.email,
            language: r.language,
            sent_at: r.sent_at,
            answered: r
                .answered_by
                .zip(r.answered_at)
                .map(|(by, at)| (name_of(&people, by), at)),
        })
        .collect();
    Ok((lines, total, waiting))
}

/// What marking a message answered found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answered {
    /// Stored, with the id of the actor's notice.
    Done(Option<String>),
    /// Someone else marked it first.
    Already,
    /// No such message, or not one this reader may read.
    NotFound,
}

/// Marks a message answered, once: two officers clicking together store one answer.
pub async fn mark_answered<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    id: i32,
    readers: &Readers,
    record: Record,
) -> Result<Answered, DbErr> {
    let txn = db.begin().await?;
    // The conditional update comes first, so the transaction writes (and, on SQLite,
    // takes the one write lock) before it reads: a second officer waits, then finds
    // the message answered.
    let changed = feedback_message::Entity::update_many()
        .col_expr(
            feedback_message::Column::AnsweredBy,
            Expr::value(record.actor),
        )
        .col_expr(
            feedback_message::Column::AnsweredAt,
            Expr::value(Utc::now()),
        )
        .filter(feedback_message::Column::Id.eq(id))
        .filter(feedback_message::Column::AnsweredAt.is_null())
        .filter(readers.condition())
        .exec(&txn)
        .await?
        .rows_affected;
    if changed == 0 {
        let found = feedback_message::Entity::find_by_id(id).one(&txn).await?;
        return Ok(match found {
            Some(m) if readers.may_read(m.neighbourhood_id) => Answered::Already,
            _ => Answered::NotFound,
        });
    }
    let notice = record.write(&txn).await?;
    txn.commit().await?;
    Ok(Answered::Done(notice))
}
