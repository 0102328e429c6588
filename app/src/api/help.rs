//! Help and feedback: each neighbourhood's help page with its officers' contact
//! details, the form anyone can send feedback with, and the list officers answer.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A neighbourhood as the help pages link to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpPlace {
    pub slug: String,
    pub name: String,
}

/// A round residents can take part in now, for "how to vote" and "how to propose".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenRound {
    pub title: String,
    pub href: String,
    /// Voting (true) or proposals (false) are open.
    pub voting: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeighbourhoodHelp {
    pub slug: String,
    pub name: String,
    pub council: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Where and when to ask in person, in the reader's language where there is one.
    pub in_person: Option<String>,
    pub postcode_areas: Vec<String>,
    pub open_rounds: Vec<OpenRound>,
    /// The person reading may change the contact details.
    pub may_edit: bool,
    pub may_read_feedback: bool,
}

/// The officers' form, as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpContactForm {
    pub slug: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub in_person: String,
    pub in_person_cy: String,
}

/// One feedback message, as its readers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackLine {
    pub id: i32,
    /// The neighbourhood it is about; none for the service as a whole.
    pub neighbourhood: Option<String>,
    pub message: String,
    pub name: Option<String>,
    pub email: Option<String>,
    /// The language the sender wrote from, named in the reader's language.
    pub language: String,
    pub sent: String,
    /// "Marked answered by Pat Officer on 7 December 2026".
    pub answered: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackList {
    pub lines: Vec<FeedbackLine>,
    pub page: u32,
    pub pages: u32,
    pub total: u64,
    pub waiting: u64,
}

const MESSAGES_PER_PAGE: u64 = 25;

/// Every neighbourhood still taking rounds, for the general help page and the form.
#[server(endpoint = "get_help_places")]
pub async fn get_help_places() -> Result<Vec<HelpPlace>, AppError> {
    use crate::api::rounds::in_reader_language;
    use crate::backend::{db, neighbourhoods};
    let db = db::from_context()?;
    let mut places: Vec<HelpPlace> = neighbourhoods::list_all(&db)
        .await?
        .into_iter()
        .filter(|n| n.archived_at.is_none())
        .map(|n| HelpPlace {
            slug: n.slug,
            name: in_reader_language(n.name, n.name_cy),
        })
        .collect();
    places.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(places)
}

#[server(endpoint = "get_neighbourhood_help")]
pub async fn get_neighbourhood_help(neighbourhood: String) -> Result<NeighbourhoodHelp, AppError> {
    use crate::api::rounds::{in_reader_language, summaries};
    use crate::backend::{db, help, neighbourhoods};
    use crate::domain::account::access::Action;
    use crate::domain::phase::Phase;
    let db = db::from_context()?;
    let n = neighbourhoods::find_by_slug(&db, &neighbourhood)
        .await?
        .ok_or_else(|| AppError::not_found(crate::i18n::t("that.neighbourhood")))?;
    let contact = help::contact(&db, n.id).await?;
    let viewer = crate::backend::access::request::session()
        .ok()
        .and_then(|s| s.viewer);
    let may = |action: Action| viewer.as_ref().is_some_and(|v| v.may(action));
    let open_rounds = summaries(&db, &[n.id], false)
        .await?
        .remove(&n.id)
        .unwrap_or_default()
        .into_iter()
        .filter(|r| matches!(r.phase, Phase::VotingOpen | Phase::ProposalsOpen))
        .map(|r| {
            let voting = r.phase == Phase::VotingOpen;
            let page = if voting { "vote" } else { "propose" };
            OpenRound {
                href: format!("/neighbourhoods/{}/rounds/{}/{page}", n.slug, r.slug),
                title: r.title,
                voting,
            }
        })
        .collect();
    Ok(NeighbourhoodHelp {
        may_edit: may(Action::SetHelpContact {
            neighbourhood_id: n.id,
        }),
        may_read_feedback: may(Action::AnswerFeedback {
            neighbourhood_id: Some(n.id),
        }),
        postcode_areas: neighbourhoods::postcode_areas(&db, n.id).await?,
        email: contact.email,
        phone: contact.phone,
        in_person: contact
            .in_person
            .map(|english| in_reader_language(english, contact.in_person_cy)),
        open_rounds,
        slug: n.slug,
        name: in_reader_language(n.name, n.name_cy),
        council: n.council,
    })
}

#[server(endpoint = "get_help_contact_form")]
pub async fn get_help_contact_form(neighbourhood: String) -> Result<HelpContactForm, AppError> {
    use crate::backend::guards::allowed_in;
    use crate::backend::help;
    use crate::domain::account::access::Action;
    let allowed = allowed_in(&neighbourhood, |id| Action::SetHelpContact {
        neighbourhood_id: id,
    })
    .await?;
    let contact = help::contact(&allowed.config.db, allowed.place.id).await?;
    Ok(HelpContactForm {
        slug: allowed.place.slug,
        name: allowed.place.name,
        email: contact.email.unwrap_or_default(),
        phone: contact.phone.unwrap_or_default(),
        in_person: contact.in_person.unwrap_or_default(),
        in_person_cy: contact.in_person_cy.unwrap_or_default(),
    })
}

/// An officer sets how residents reach them; blank fields are not offered.
#[server(endpoint = "save_help_contact")]
pub async fn save_help_contact(
    csrf: String,
    neighbourhood: String,
    #[server(default)] email: String,
    #[server(default)] phone: String,
    #[server(default)] in_person: String,
    #[server(default)] in_person_cy: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::guards::allowed_in;
    use crate::backend::help;
    use crate::backend::record::Record;
    use crate::domain::account::access::Action;
    use crate::domain::help_form::{read_contact, TypedContact};
    use crate::i18n::t;
    let values = [
        ("email", email.as_str()),
        ("phone", phone.as_str()),
        ("in_person", in_person.as_str()),
        ("in_person_cy", in_person_cy.as_str()),
    ];
    let then = format!("/neighbourhoods/{neighbourhood}/help");
    let result = async {
        request::check_csrf(&csrf)?;
        let allowed = allowed_in(&neighbourhood, |id| Action::SetHelpContact {
            neighbourhood_id: id,
        })
        .await?;
        let contact = read_contact(&TypedContact {
            email: &email,
            phone: &phone,
            in_person: &in_person,
            in_person_cy: &in_person_cy,
        })
        .map_err(AppError::invalid)?;
        let shown: Vec<&str> = [
            contact.email.as_ref().map(|_| "email"),
            contact.phone.as_ref().map(|_| "phone"),
            contact.in_person.as_ref().map(|_| "in person"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let record = Record::new(
            allowed.viewer.user_id,
            "neighbourhood.help_contact",
            format!("neighbourhood:{}", allowed.place.id),
        )
        .detail(shown.join(", "))
        .notice(Flash::notice(t("help.contact_saved")));
        let notice =
            help::save_contact(&allowed.config.db, allowed.place.id, &contact, record).await?;
        notice.map_or(Ok(()), |id| request::point_to_flash(&id))
    }
    .await;
    request::finish("save_help_contact", &values, &then, result).await
}

/// Anyone may send feedback, signed in or not; it keeps only what they typed.
#[server(endpoint = "send_feedback")]
pub async fn send_feedback(
    csrf: String,
    #[server(default)] neighbourhood: String,
    #[server(default)] message: String,
    #[server(default)] name: String,
    #[server(default)] email: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{request, throttle};
    use crate::backend::{help, neighbourhoods};
    use crate::domain::help_form::{read_feedback, TypedFeedback};
    use crate::error::FieldError;
    use crate::i18n::t;
    let values = [
        ("neighbourhood", neighbourhood.as_str()),
        ("message", message.as_str()),
        ("name", name.as_str()),
        ("email", email.as_str()),
    ];
    let result = async {
        let session = request::check_csrf(&csrf)?;
        let config = request::config()?;
        let db = &config.db;
        // Keyed by address but sized for a whole event's Wi-Fi: it stops a script, not
        // a room of residents.
        let key = format!("feedback:address:{}", session.client);
        if throttle::exceeded(db, &key, config.limits.feedback_per_address).await? {
            return Err(AppError::RateLimited);
        }
        let feedback = read_feedback(&TypedFeedback {
            message: &message,
            name: &name,
            email: &email,
        })
        .map_err(AppError::invalid)?;
        let about = if neighbourhood.is_empty() {
            None
        } else {
            let place = neighbourhoods::find_by_slug(db, &neighbourhood)
                .await?
                .ok_or_else(|| {
                    AppError::Invalid(vec![FieldError::new(
                        "neighbourhood",
                        t("help.problem.neighbourhood"),
                    )])
                })?;
            Some(place.id)
        };
        throttle::record(db, &key).await?;
        help::send(db, about, &feedback, crate::i18n::current()).await?;
        let thanks = if feedback.email.is_some() {
            t("help.feedback_sent_reply")
        } else {
            t("help.feedback_sent")
        };
        request::send_flash(&Flash::notice(thanks)).await
    }
    .await;
    request::finish("send_feedback", &values, "/feedback", result).await
}

/// Whose feedback the person asking may read.
#[cfg(feature = "ssr")]
fn readers() -> Result<
    (
        crate::backend::access::request::AccessConfig,
        crate::domain::account::access::Viewer,
        crate::backend::help::Readers,
    ),
    AppError,
> {
    use crate::backend::access::request;
    use crate::backend::help::Readers;
    let viewer = request::viewer()?;
    let readers = if viewer.is_admin() {
        Readers::Everything
    } else {
        let places = viewer.officer_of();
        if places.is_empty() {
            return Err(AppError::Forbidden);
        }
        Readers::About(places)
    };
    Ok((request::config()?, viewer, readers))
}

#[server(endpoint = "get_feedback_messages")]
pub async fn get_feedback_messages(page: u32) -> Result<FeedbackList, AppError> {
    use crate::backend::help;
    use crate::i18n::{dates, text, tr};
    let (config, _, readers) = readers()?;
    let page = page.max(1);
    let (lines, total, waiting) =
        help::page(&config.db, &readers, u64::from(page - 1), MESSAGES_PER_PAGE).await?;
    let reader = crate::i18n::current();
    let lines = lines
        .into_iter()
        .map(|l| FeedbackLine {
            id: l.id,
            neighbourhood: l.neighbourhood,
            message: l.message,
            name: l.name,
            email: l.email,
            language: text(&l.language, "language.name").to_owned(),
            sent: dates::moment_with_year_in(reader, l.sent_at),
            answered: l.answered.map(|(by, at)| {
                tr(
                    "help.answered_by",
                    &[
                        ("name", by),
                        ("when", dates::moment_with_year_in(reader, at)),
                    ],
                )
            }),
        })
        .collect();
    Ok(FeedbackList {
        lines,
        page,
        pages: total.div_ceil(MESSAGES_PER_PAGE).max(1) as u32,
        total,
        waiting,
    })
}

/// Marks a message answered (the officer answers by email or phone themselves).
#[server(endpoint = "answer_feedback")]
pub async fn answer_feedback(
    csrf: String,
    id: i32,
    #[server(default)] page: u32,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::help::{self, Answered};
    use crate::backend::record::Record;
    use crate::i18n::t;
    let then = if page > 1 {
        format!("/feedback/messages?page={page}")
    } else {
        "/feedback/messages".to_owned()
    };
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, viewer, readers) = readers()?;
        let record = Record::new(
            viewer.user_id,
            "feedback.answered",
            format!("feedback:{id}"),
        )
        .notice(Flash::notice(t("help.marked_answered")));
        match help::mark_answered(&config.db, id, &readers, record).await? {
            Answered::Done(notice) => notice.map_or(Ok(()), |id| request::point_to_flash(&id)),
            Answered::Already => Err(AppError::Conflict(t("help.already_answered").to_owned())),
            Answered::NotFound => Err(AppError::not_found(t("help.that_message"))),
        }
    }
    .await;
    request::finish("answer_feedback", &[], &then, result).await
}
