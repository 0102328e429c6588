//! Officers' tools for proof of residence: voting code batches and in-person checks.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{t, tr};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchLine {
    pub batch: String,
    pub created: String,
    pub issued: usize,
    pub redeemed: usize,
    pub voided: usize,
    /// "Made by Sam; approved by Ali", when a second officer had to approve it.
    pub who: String,
    /// Made while voting and waiting for a second officer.
    pub pending: bool,
    /// The reader made it, so they cannot be its second officer.
    pub own: bool,
    /// Codes asked to be cancelled while voting: (code id, who asked, whether the
    /// reader asked).
    pub void_requests: Vec<(i32, String, bool)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodesPage {
    pub neighbourhood: String,
    pub slug: String,
    pub batches: Vec<BatchLine>,
}

#[cfg(feature = "ssr")]
async fn officer_place(slug: &str) -> Result<crate::backend::guards::Allowed, AppError> {
    use crate::domain::account::access::Action;
    crate::backend::guards::allowed_in(slug, |neighbourhood_id| Action::ManageCodes {
        neighbourhood_id,
    })
    .await
}

#[server(endpoint = "get_codes_page")]
pub async fn get_codes_page(neighbourhood: String) -> Result<CodesPage, AppError> {
    use crate::backend::access::codes;
    use crate::backend::access::users;
    let crate::backend::guards::Allowed {
        config,
        viewer,
        place,
    } = officer_place(&neighbourhood).await?;
    let mut names = std::collections::HashMap::new();
    let mut name_of = async |id: Option<i32>| -> Result<String, AppError> {
        let Some(id) = id else {
            return Ok(String::new());
        };
        if let Some(known) = names.get(&id) {
            return Ok(String::clone(known));
        }
        let name = users::find(&config.db, id)
            .await?
            .map(|u| u.display_name)
            .unwrap_or_default();
        names.insert(id, name.clone());
        Ok(name)
    };
    let mut batches = Vec::new();
    for b in codes::batches(&config.db, place.id).await? {
        let made = name_of(b.made_by).await?;
        let who = match b.approved_by {
            Some(second) => tr(
                "codes.made_and_approved",
                &[("made", made), ("approved", name_of(Some(second)).await?)],
            ),
            None => tr("codes.made_by", &[("made", made)]),
        };
        let mut void_requests = Vec::new();
        for (code_id, asked) in &b.void_requests {
            void_requests.push((
                *code_id,
                name_of(Some(*asked)).await?,
                *asked == viewer.user_id,
            ));
        }
        batches.push(BatchLine {
            created: crate::api::rounds::long_date(b.created_at.date_naive()),
            own: b.made_by == Some(viewer.user_id),
            batch: b.batch,
            issued: b.issued,
            redeemed: b.redeemed,
            voided: b.voided,
            who,
            pending: b.pending,
            void_requests,
        });
    }
    Ok(CodesPage {
        neighbourhood: place.name,
        slug: place.slug,
        batches,
    })
}

#[server(endpoint = "generate_codes")]
pub async fn generate_codes(
    csrf: String,
    neighbourhood: String,
    how_many: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{codes, request};
    use crate::error::FieldError;
    let values = [("how_many", how_many.as_str())];
    let back = format!("/neighbourhoods/{neighbourhood}/codes");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::Allowed {
            config,
            viewer,
            place,
        } = officer_place(&neighbourhood).await?;
        let count: usize = how_many.trim().parse().map_err(|_| {
            AppError::Invalid(vec![FieldError::new(
                "how_many",
                t("codes.how_many_number"),
            )])
        })?;
        if count == 0 || count > codes::MAX_BATCH {
            return Err(AppError::Invalid(vec![FieldError::new(
                "how_many",
                tr(
                    "codes.how_many_range",
                    &[("max", codes::MAX_BATCH.to_string())],
                ),
            )]));
        }
        let (batch, made, waits) = codes::generate(
            &config.db,
            &config.code_key,
            place.id,
            count,
            viewer.user_id,
        )
        .await?;
        request::send_flash(&Flash {
            notice: Some(tr(
                if waits {
                    "codes.made_pending_notice"
                } else {
                    "codes.made_notice"
                },
                &[("batch", batch.to_string()), ("count", count.to_string())],
            )),
            codes: made.iter().map(|c| c.printed()).collect(),
            ..Flash::default()
        })
        .await?;
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("generate_codes", &values, &back, result).await
}

#[server(endpoint = "void_code")]
pub async fn void_code(csrf: String, neighbourhood: String, code: String) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{codes, request};
    use crate::backend::record::Record;
    use crate::domain::account::voting_code::VotingCode;
    use crate::error::FieldError;
    let values = [("code", code.as_str())];
    let back = format!("/neighbourhoods/{neighbourhood}/codes");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::Allowed {
            config,
            viewer,
            place,
        } = officer_place(&neighbourhood).await?;
        let parsed = VotingCode::parse(&code).map_err(|e| {
            AppError::Invalid(vec![FieldError::new("code", crate::i18n::Say::say(&e))])
        })?;
        let actor = viewer.user_id;
        let subject = format!("neighbourhood:{}", place.slug);
        let record = |done: codes::Voided| match done {
            codes::Voided::Done => Some(Record::new(actor, "code.voided", subject).notice(
                Flash::notice(tr("codes.cancelled_notice", &[("code", parsed.printed())])),
            )),
            codes::Voided::Requested => Some(
                Record::new(actor, "code.void-requested", subject)
                    .notice(Flash::notice(t("codes.void_requested"))),
            ),
            _ => None,
        };
        let (done, notice) = codes::void_recorded(
            &config.db,
            &config.code_key,
            &parsed,
            place.id,
            actor,
            record,
        )
        .await?;
        let problem = match done {
            codes::Voided::Done | codes::Voided::Requested => None,
            codes::Voided::AlreadyRequested => Some(t("codes.void_already_requested").to_owned()),
            codes::Voided::NotFound => Some(tr("codes.not_ours", &[("place", place.name.clone())])),
            codes::Voided::AlreadyUsed => Some(t("codes.already_used").to_owned()),
            codes::Voided::AlreadyVoided => Some(t("codes.already_cancelled").to_owned()),
        };
        if let Some(message) = problem {
            return Err(AppError::Invalid(vec![FieldError::new("code", message)]));
        }
        if let Some(notice) = notice {
            request::point_to_flash(&notice)?;
        }
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("void_code", &values, &back, result).await
}

/// A second officer approves a batch made while voting, or confirms cancelling a code
/// asked for while voting. The officer who asked cannot be the second.
#[server(endpoint = "second_officer")]
pub async fn second_officer(
    csrf: String,
    neighbourhood: String,
    #[server(default)] batch: String,
    #[server(default)] code: Option<i32>,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::codes::{self, Second};
    use crate::backend::access::request;
    let back = format!("/neighbourhoods/{neighbourhood}/codes");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::Allowed {
            config,
            viewer,
            place,
        } = officer_place(&neighbourhood).await?;
        let outcome = match code {
            Some(id) => codes::confirm_void(&config.db, place.id, id, viewer.user_id).await?,
            None => codes::approve_batch(&config.db, place.id, &batch, viewer.user_id).await?,
        };
        match outcome {
            Second::Done { codes: n, .. } => {
                let notice = match code {
                    Some(_) => t("codes.void_confirmed").to_owned(),
                    None => tr(
                        "codes.batch_approved",
                        &[("batch", batch.clone()), ("count", n.to_string())],
                    ),
                };
                request::send_flash(&Flash::notice(notice)).await?;
                Ok(())
            }
            Second::NotWaiting => Err(AppError::not_found(t("codes.nothing_waiting"))),
            Second::SameOfficer => Err(AppError::Conflict(t("codes.not_your_own").to_owned())),
        }
    }
    .await;
    request::finish("second_officer", &[], &back, result).await
}

/// An officer saw proof of address (at a community event, say) and records it.
#[server(endpoint = "verify_in_person")]
pub async fn verify_in_person(
    csrf: String,
    neighbourhood: String,
    email: String,
    postcode: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{codes, request, users};
    use crate::backend::record::Record;
    use crate::domain::postcode::Postcode;
    use crate::error::FieldError;
    let values = [("email", email.as_str()), ("postcode", postcode.as_str())];
    let back = format!("/neighbourhoods/{neighbourhood}/codes");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::Allowed {
            config,
            viewer,
            place,
        } = officer_place(&neighbourhood).await?;
        let db = &config.db;
        let mut errors = Vec::new();
        let person = users::find_by_email(db, &email).await?;
        match &person {
            None => errors.push(FieldError::new("email", t("codes.no_such_account"))),
            // Whoever typed an address into the sign-up form first must not be the one
            // made a resident: the person in front of the officer proves it is theirs.
            Some(p) if p.email_confirmed_at.is_none() => {
                errors.push(FieldError::new("email", t("codes.unconfirmed_account")))
            }
            Some(_) => {}
        }
        let parsed = Postcode::parse(&postcode)
            .map_err(|e| errors.push(FieldError::new("postcode", crate::i18n::Say::say(&e))));
        if let Ok(p) = &parsed {
            if !crate::backend::neighbourhoods::covers(db, place.id, p).await? {
                errors.push(FieldError::new(
                    "postcode",
                    tr(
                        "codes.not_in_place",
                        &[
                            ("postcode", p.as_str().to_owned()),
                            ("place", place.name.clone()),
                        ],
                    ),
                ));
            }
        }
        request::all_valid(errors)?;
        let (Some(person), Ok(parsed)) = (person, parsed) else {
            return Err(AppError::Internal);
        };
        let record = Record::new(
            viewer.user_id,
            "resident.verified-in-person",
            format!("user:{}", person.id),
        )
        .detail(format!("neighbourhood:{}", place.slug))
        .notice(Flash::notice(tr(
            "codes.verified_notice",
            &[
                ("name", person.display_name.clone()),
                ("place", place.name.clone()),
            ],
        )));
        match codes::verify_in_person_recorded(
            db,
            person.id,
            place.id,
            parsed.as_str(),
            viewer.user_id,
            record,
        )
        .await?
        {
            Ok(notice) => {
                if let Some(notice) = notice {
                    request::point_to_flash(&notice)?;
                }
            }
            Err(refusal) => {
                return Err(AppError::Invalid(vec![FieldError::new(
                    "email",
                    crate::i18n::t(refusal.key()),
                )]))
            }
        }
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("verify_in_person", &values, &back, result).await
}

/// An officer un-verifies a resident of the neighbourhood (moved away, verified in
/// error), with a reason for the audit log; with `void = yes` a ballot they cast in a
/// round still voting or being counted is proposed for voiding, for a second officer.
#[server(endpoint = "unverify_resident")]
pub async fn unverify_resident(
    csrf: String,
    neighbourhood: String,
    #[server(default)] resident_email: String,
    #[server(default)] reason: String,
    #[server(default)] void: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::api::voting::field;
    use crate::backend::access::{request, users};
    use crate::backend::unverify::{unverify, Unverified};
    let values = [
        ("resident_email", resident_email.as_str()),
        ("reason", reason.as_str()),
        ("void", void.as_str()),
    ];
    let back = format!("/neighbourhoods/{neighbourhood}/codes");
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::Allowed {
            config,
            viewer,
            place,
        } = officer_place(&neighbourhood).await?;
        let db = &config.db;
        let reason = crate::api::voids::checked_reason(&reason, "unverify.reason_empty")?;
        let person = users::find_by_email(db, &resident_email)
            .await?
            .ok_or_else(|| field("resident_email", t("codes.no_such_account")))?;
        let done = unverify(
            db,
            &config.code_key,
            place.id,
            person.id,
            &reason,
            t("unverify.public_reason"),
            void == "yes",
            viewer.user_id,
        )
        .await?;
        let notice = match done {
            Unverified::NotResident => {
                return Err(field(
                    "resident_email",
                    tr("unverify.not_resident", &[("place", place.name.clone())]),
                ))
            }
            Unverified::Done { voids_proposed: 0 } => tr(
                "unverify.done",
                &[
                    ("name", person.display_name.clone()),
                    ("place", place.name.clone()),
                ],
            ),
            Unverified::Done { voids_proposed } => tr(
                "unverify.done_with_voids",
                &[
                    ("name", person.display_name.clone()),
                    ("place", place.name.clone()),
                    ("n", voids_proposed.to_string()),
                ],
            ),
        };
        request::send_flash(&Flash::notice(notice)).await?;
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("unverify_resident", &values, &back, result).await
}
