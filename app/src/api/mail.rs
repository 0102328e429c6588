//! Emails people ask for or officers send: a voter's receipt, and a round's one
//! reminder to verified residents who have not voted. Both only queue messages; the
//! server's sender delivers them.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{letter, plural, t, tr};
use leptos::prelude::*;

#[server(endpoint = "email_receipt")]
pub async fn email_receipt(
    csrf: String,
    neighbourhood: String,
    round: String,
    receipt: String,
    #[server(default)] email: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::api::voting::field;
    use crate::backend::access::{request, throttle};
    use crate::backend::mail::{self, Letter};
    use crate::backend::voting;
    use crate::domain::account::email::Email;
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/vote/receipt/{receipt}");
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let config = request::config()?;
        let db = &config.db;
        let crate::backend::guards::Found {
            place: _,
            round: r,
            phase: _,
        } = crate::backend::guards::public_round(db, &neighbourhood, &round).await?;
        let receipt = crate::domain::receipt::parse(&receipt)
            .ok_or_else(|| AppError::not_found(t("that.receipt")))?;
        if voting::receipt_state(db, r.id, &receipt).await?.is_none() {
            return Err(AppError::not_found(t("that.receipt")));
        }
        let to = Email::parse(&email).map_err(|e| field("email", crate::i18n::Say::say(&e)))?;
        // The same limit as trying voting codes: this form must not become a way to
        // send mail to strangers in bulk.
        let key = format!("receipt-email:address:{}", current.client);
        if throttle::exceeded(db, &key, config.limits.redeem_per_address).await? {
            return Err(AppError::RateLimited);
        }
        throttle::record(db, &key).await?;
        let ledger = format!(
            "{}/neighbourhoods/{neighbourhood}/rounds/{round}/ledger?receipt={receipt}",
            config.public_url
        );
        mail::queue(db, {
            let (subject, body) = letter(
                crate::i18n::current(),
                "letter.receipt",
                &[
                    (
                        "round",
                        crate::api::rounds::in_reader_language(r.title.clone(), r.title_cy.clone()),
                    ),
                    ("receipt", receipt.to_string()),
                    ("ledger", ledger),
                ],
            );
            Letter {
                to: to.as_str().to_owned(),
                subject,
                body,
                purpose: "receipt",
            }
        })
        .await?;
        request::send_flash(&Flash::notice(tr(
            "mail.receipt_sent",
            &[("email", to.as_str().to_owned())],
        )))
        .await?;
        Ok(())
    }
    .await;
    request::finish("email_receipt", &[("email", email.as_str())], &back, result).await
}

#[server(endpoint = "send_reminder")]
pub async fn send_reminder(
    csrf: String,
    neighbourhood: String,
    round: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::mail::Letter;
    use crate::backend::record::{Record, Stored};
    use crate::backend::voting;
    use crate::domain::phase::Phase;
    let back = format!("/neighbourhoods/{neighbourhood}/rounds/{round}/review");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::OfficerRound {
            config,
            viewer,
            place,
            round: r,
            phase,
        } = crate::backend::guards::officer_round(&neighbourhood, &round).await?;
        let db = &config.db;
        if phase != Phase::VotingOpen {
            return Err(AppError::Conflict(t("mail.reminder_not_open").to_owned()));
        }
        let vote = format!(
            "{}/neighbourhoods/{neighbourhood}/rounds/{round}/vote",
            config.public_url
        );
        let closes = crate::backend::timetable::find(db, r.id)
            .await?
            .map(|t| t.voting_close);
        let letters: Vec<Letter> =
            voting::residents_not_voted(db, &config.code_key, place.id, r.id)
                .await?
                .into_iter()
                .map(|to| {
                    // The closing time by the timetable, in the resident's language.
                    let closes_line = closes
                        .map(|at| {
                            crate::i18n::line(
                                &to.language,
                                "letter.reminder.closes",
                                &[("moment", crate::i18n::dates::moment_in(&to.language, at))],
                            )
                        })
                        .unwrap_or_default();
                    let (subject, body) = letter(
                        &to.language,
                        "letter.reminder",
                        &[
                            ("closes", closes_line),
                            ("name", to.display_name),
                            (
                                "round",
                                crate::i18n::pick(&to.language, &r.title, r.title_cy.as_deref())
                                    .to_owned(),
                            ),
                            (
                                "place",
                                crate::i18n::pick(
                                    &to.language,
                                    &place.name,
                                    place.name_cy.as_deref(),
                                )
                                .to_owned(),
                            ),
                            ("vote", vote.clone()),
                        ],
                    );
                    Letter {
                        to: to.email,
                        subject,
                        body,
                        purpose: "reminder",
                    }
                })
                .collect();
        let count = letters.len();
        if count == 0 {
            return Err(AppError::Conflict(t("mail.nobody_to_remind").to_owned()));
        }
        let mut record = Record::new(viewer.user_id, "round.reminder", format!("round:{}", r.id))
            .detail(count.to_string())
            .notice(Flash::notice(plural(count, "mail.reminder_sent", &[])));
        record.letters = letters;
        match voting::send_reminder(db, r.id, viewer.user_id, record).await? {
            Stored::Done { notice, .. } => {
                if let Some(id) = notice {
                    request::point_to_flash(&id)?;
                }
                Ok(())
            }
            Stored::Stale => Err(AppError::Conflict(
                t("mail.reminder_already_sent").to_owned(),
            )),
        }
    }
    .await;
    request::finish("send_reminder", &[], &back, result).await
}
