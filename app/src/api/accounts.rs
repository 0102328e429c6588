//! Signing up, in and out, changing a password, and proving where you live.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{t, tr};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Residency {
    pub neighbourhood: String,
    pub slug: String,
    pub postcode: String,
    pub how: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleLine {
    pub role: String,
    pub neighbourhood: Option<String>,
    /// Where this role's holder manages voting codes, when it lets them.
    pub codes_page: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceChoice {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountPage {
    pub display_name: String,
    pub email: String,
    /// False until the owner follows the link we emailed; the page then says so.
    pub email_confirmed: bool,
    /// The language our letters to them are written in, by its own name.
    pub letters_in: String,
    pub residencies: Vec<Residency>,
    pub roles: Vec<RoleLine>,
    /// The groups they belong to: name and page.
    pub groups: Vec<(String, String)>,
    pub neighbourhoods: Vec<PlaceChoice>,
    /// The ballots they cast with their account (or their letter's code, once verified).
    pub votes: Vec<OwnVote>,
}

/// One round they voted in, with the receipt to check their ballot by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnVote {
    pub round: String,
    pub neighbourhood: String,
    pub receipt: String,
    pub receipt_href: String,
    /// After voting closes: their ballot in the public ledger.
    pub ledger_href: Option<String>,
    pub voided: bool,
}

/// Only paths on this site, so a link cannot send someone elsewhere after signing in.
pub fn safe_next(next: Option<&str>) -> String {
    next.and_then(crate::domain::local_path::local_path)
        .unwrap_or("/account")
        .to_owned()
}

#[server(endpoint = "sign_up")]
pub async fn sign_up(
    csrf: String,
    display_name: String,
    email: String,
    password: String,
) -> Result<(), AppError> {
    use crate::backend::access::{email_proof, passwords, request, throttle};
    use crate::domain::account::{email::Email, password::Password};
    use crate::error::FieldError;
    let values = [
        ("display_name", display_name.as_str()),
        ("email", email.as_str()),
    ];
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let config = request::config()?;
        let db = &config.db;
        // Failed sign-ups count against the address; successful ones only against a far
        // higher ceiling, so fifty neighbours at one event's Wi-Fi (or one mobile network's
        // address) are never refused for each other's success.
        let address_key = format!("sign-up:address:{}", current.client);
        let created_key = format!("sign-up:created:{}", current.client);
        if throttle::exceeded(db, &address_key, config.limits.sign_up_per_address).await?
            || throttle::exceeded(db, &created_key, config.limits.sign_ups_per_address).await?
        {
            return Err(AppError::RateLimited);
        }
        let mut errors = Vec::new();
        let name = crate::domain::account::display_name::read(&display_name)
            .map_err(|problem| errors.push(FieldError::new("display_name", t(problem.key()))))
            .unwrap_or_default();
        let parsed_email = Email::parse(&email)
            .map_err(|e| errors.push(FieldError::new("email", crate::i18n::Say::say(&e))));
        let parsed_password = Password::parse(&password)
            .map_err(|e| errors.push(FieldError::new("password", crate::i18n::Say::say(&e))));
        request::all_valid(errors)?;
        let (Ok(parsed_email), Ok(parsed_password)) = (parsed_email, parsed_password) else {
            return Err(AppError::Internal);
        };
        let attempt = throttle::attempt(db, &address_key, config.limits.sign_up_per_address)
            .await?
            .ok_or(AppError::RateLimited)?;
        let hash = passwords::hash(&parsed_password).await?;
        let session = match email_proof::sign_up(
            db,
            &parsed_email,
            &name,
            hash,
            crate::i18n::current(),
            &config.public_url,
        )
        .await?
        {
            email_proof::SignedUp::New { session, .. } => {
                throttle::forget(db, attempt).await?;
                throttle::record(db, &created_key).await?;
                session
            }
            email_proof::SignedUp::EmailTaken => {
                return Err(AppError::Invalid(vec![FieldError::new(
                    "email",
                    t("account.email_taken"),
                )]))
            }
        };
        request::set_cookie(request::cookie(
            request::CookieKind::Session,
            &session,
            config.secure_cookies,
            None,
        ));
        request::send_flash(&crate::api::forms::Flash::notice(tr(
            "account.confirm_sent",
            &[("email", parsed_email.as_str().to_owned())],
        )))
        .await?;
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("sign_up", &values, "/account", result).await
}

#[server(endpoint = "sign_in")]
pub async fn sign_in(
    csrf: String,
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    use crate::backend::access::{account_steps, audit, passwords, request, throttle, users};
    let values = [("email", email.as_str())];
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let config = request::config()?;
        let db = &config.db;
        let account_key = format!("sign-in:account:{}", email.trim().to_lowercase());
        let address_key = format!("sign-in:address:{}", current.client);
        let limits = config.limits;
        // Counted before the password is checked, so guesses sent in parallel count.
        let account_attempt =
            throttle::attempt(db, &account_key, limits.sign_in_per_account).await?;
        let address_attempt =
            throttle::attempt(db, &address_key, limits.sign_in_per_address).await?;
        let (Some(_), Some(address_attempt)) = (account_attempt, address_attempt) else {
            // No typed email address goes into the audit log, only which limit held.
            let which = if account_attempt.is_none() {
                "account"
            } else {
                "address"
            };
            audit::record(db, None, "sign-in.rate-limited", which, &current.client).await?;
            return Err(AppError::RateLimited);
        };
        let user = users::find_by_email(db, &email).await?;
        let stored = user.as_ref().map(|u| u.password_hash.clone());
        // The same work, message and status for an unknown email and a wrong password.
        if !passwords::verify(&password, stored).await? {
            return Err(AppError::Invalid(vec![crate::error::FieldError::new(
                "email",
                t("account.wrong_password"),
            )]));
        }
        let Some(user) = user else {
            return Err(AppError::Internal);
        };
        // Told only to whoever knows the password, so it reveals nothing to a guesser.
        if user.disabled_at.is_some() {
            return Err(AppError::Invalid(vec![crate::error::FieldError::new(
                "email",
                t("account.disabled"),
            )]));
        }
        // A language chosen before signing in is kept for their letters; a browser that
        // has chosen none is given the one they chose before, so a new phone reads the same.
        let language = crate::i18n::chosen();
        if language.is_none() {
            if let Some(lang) = crate::i18n::known(&user.language) {
                request::set_cookie(crate::i18n::choice_cookie(lang));
            }
        }
        // A fresh session on every sign-in, and any session this browser had is ended.
        let token = account_steps::sign_in(
            db,
            account_steps::SignedIn {
                user_id: user.id,
                account_key: &account_key,
                address_attempt,
                language,
                old_session: current.session_token.as_deref(),
            },
        )
        .await?;
        request::set_cookie(request::cookie(
            request::CookieKind::Session,
            &token,
            config.secure_cookies,
            None,
        ));
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("sign_in", &values, &safe_next(next.as_deref()), result)
        .await
}

#[server(endpoint = "sign_out")]
pub async fn sign_out(csrf: String) -> Result<(), AppError> {
    use crate::backend::access::{request, sessions};
    let current = request::check_csrf(&csrf)?;
    let config = request::config()?;
    if let Some(token) = &current.session_token {
        sessions::end(&config.db, token).await?;
    }
    request::set_cookie(request::cookie(
        request::CookieKind::Session,
        "",
        config.secure_cookies,
        Some(0),
    ));
    leptos_axum::redirect("/");
    Ok(())
}

/// The account's password typed again before something that matters (a new password, a
/// new address, deleting the account). Wrong ones count together, per account, like
/// wrong sign-ins, so someone at an unlocked screen cannot guess without limit; the
/// error names `field`. Returns the key the attempts are counted under.
#[cfg(feature = "ssr")]
pub(crate) async fn password_again(
    config: &crate::backend::access::request::AccessConfig,
    person: &crate::backend::access::users::User,
    typed: &str,
    field: &str,
) -> Result<String, AppError> {
    use crate::backend::access::{passwords, throttle};
    let key = format!("change-password:account:{}", person.id);
    if throttle::attempt(&config.db, &key, config.limits.sign_in_per_account)
        .await?
        .is_none()
    {
        return Err(AppError::RateLimited);
    }
    if !passwords::verify(typed, Some(person.password_hash.clone())).await? {
        return Err(AppError::Invalid(vec![crate::error::FieldError::new(
            field,
            t("account.wrong_current_password"),
        )]));
    }
    Ok(key)
}

#[server(endpoint = "change_password")]
pub async fn change_password(
    csrf: String,
    current_password: String,
    new_password: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{account_steps, passwords, request, users};
    use crate::backend::record::Record;
    use crate::domain::account::password::Password;
    use crate::error::FieldError;
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.clone().ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let db = &config.db;
        let user = users::find(db, viewer.user_id)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        let key = password_again(&config, &user, &current_password, "current_password").await?;
        let new = Password::parse(&new_password).map_err(|e| {
            AppError::Invalid(vec![FieldError::new(
                "new_password",
                crate::i18n::Say::say(&e),
            )])
        })?;
        let record = Record::new(user.id, "password.changed", format!("user:{}", user.id))
            .notice(Flash::notice(t("account.password_changed")));
        let notice = account_steps::change_password(
            db,
            user.id,
            passwords::hash(&new).await?,
            &key,
            current.session_token.as_deref(),
            record,
        )
        .await?;
        if let Some(notice) = notice {
            request::point_to_flash(&notice)?;
        }
        Ok(())
    }
    .await;
    crate::backend::access::request::finish("change_password", &[], "/account", result).await
}

/// The name shown to others, changed by its owner. Refused like a name at sign-up.
#[server(endpoint = "change_display_name")]
pub async fn change_display_name(csrf: String, display_name: String) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{request, users};
    use crate::error::FieldError;
    let values = [("display_name", display_name.as_str())];
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.ok_or(AppError::Unauthenticated)?;
        let name = crate::domain::account::display_name::read(&display_name)
            .map_err(|p| AppError::Invalid(vec![FieldError::new("display_name", t(p.key()))]))?;
        let config = request::config()?;
        users::rename(&config.db, viewer.user_id, &name).await?;
        request::send_flash(&Flash::notice(tr(
            "account.name_changed",
            &[("name", name)],
        )))
        .await
    }
    .await;
    crate::backend::access::request::finish("change_display_name", &values, "/account", result)
        .await
}

/// A resident proves where they live: a postcode in the neighbourhood and the voting
/// code the council posted to their household.
#[server(endpoint = "verify_residence")]
pub async fn verify_residence(
    csrf: String,
    neighbourhood: String,
    postcode: String,
    code: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{account_steps, audit, request, throttle};
    use crate::backend::neighbourhoods;
    use crate::backend::record::Record;
    use crate::domain::account::voting_code::VotingCode;
    use crate::domain::postcode::Postcode;
    use crate::error::FieldError;
    let values = [
        ("neighbourhood", neighbourhood.as_str()),
        ("postcode", postcode.as_str()),
        ("code", code.as_str()),
    ];
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.clone().ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let db = &config.db;
        let place = neighbourhoods::find_by_slug(db, &neighbourhood)
            .await?
            .ok_or_else(|| {
                AppError::Invalid(vec![FieldError::new(
                    "neighbourhood",
                    t("account.choose_neighbourhood"),
                )])
            })?;
        if !viewer.email_confirmed {
            return Err(AppError::Conflict(t("account.confirm_first").to_owned()));
        }
        let key = format!("redeem:account:{}", viewer.user_id);
        let address_key = format!("redeem:address:{}", current.client);
        if throttle::exceeded(db, &key, config.limits.redeem_per_account).await?
            || throttle::exceeded(db, &address_key, config.limits.redeem_per_address).await?
        {
            audit::record(
                db,
                Some(viewer.user_id),
                "code.rate-limited",
                &format!("user:{}", viewer.user_id),
                &current.client,
            )
            .await?;
            return Err(AppError::RateLimited);
        }
        let mut errors = Vec::new();
        let parsed_postcode = Postcode::parse(&postcode)
            .map_err(|e| errors.push(FieldError::new("postcode", crate::i18n::Say::say(&e))));
        let parsed_code = VotingCode::parse(&code)
            .map_err(|e| errors.push(FieldError::new("code", crate::i18n::Say::say(&e))));
        if let Ok(p) = &parsed_postcode {
            if !neighbourhoods::covers(db, place.id, p).await? {
                errors.push(FieldError::new(
                    "postcode",
                    tr(
                        "account.not_in_place",
                        &[
                            ("postcode", p.as_str().to_owned()),
                            ("place", place.name.clone()),
                        ],
                    ),
                ));
            }
        }
        request::all_valid(errors)?;
        let (Ok(parsed_postcode), Ok(parsed_code)) = (parsed_postcode, parsed_code) else {
            return Err(AppError::Internal);
        };
        throttle::record(db, &key).await?;
        throttle::record(db, &address_key).await?;
        let record = Record::new(
            viewer.user_id,
            "code.redeemed",
            format!("neighbourhood:{}", place.slug),
        )
        .notice(Flash::notice(tr(
            "account.verified",
            &[("place", place.name.clone())],
        )));
        match account_steps::redeem(
            db,
            &config.code_key,
            &parsed_code,
            place.id,
            viewer.user_id,
            parsed_postcode.as_str(),
            record,
        )
        .await?
        {
            Ok(notice) => {
                if let Some(notice) = notice {
                    request::point_to_flash(&notice)?;
                }
                Ok(())
            }
            Err(refusal) => Err(AppError::Invalid(vec![FieldError::new(
                "code",
                t(refusal.key()),
            )])),
        }
    }
    .await;
    crate::backend::access::request::finish("verify_residence", &values, "/account", result).await
}

#[server(endpoint = "get_account")]
pub async fn get_account() -> Result<AccountPage, AppError> {
    use crate::backend::access::{request, users};
    use crate::backend::{groups, neighbourhoods};
    let viewer = request::viewer()?;
    let config = request::config()?;
    let db = &config.db;
    let user = users::find(db, viewer.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let places = neighbourhoods::list_all(db).await?;
    let name_of = |id: i32| places.iter().find(|p| p.id == id);
    let residencies = users::residencies(db, user.id)
        .await?
        .into_iter()
        .filter_map(|r| {
            let place = name_of(r.neighbourhood_id)?;
            Some(Residency {
                neighbourhood: place.name.clone(),
                slug: place.slug.clone(),
                postcode: r.postcode,
                how: if r.method == "in_person" {
                    t("account.how_in_person").to_owned()
                } else {
                    t("account.how_code").to_owned()
                },
            })
        })
        .collect();
    use crate::domain::account::access::{Action, GrantedRole};
    let roles = viewer
        .grants
        .iter()
        .map(|g| RoleLine {
            role: crate::i18n::role_name(g.role).to_owned(),
            neighbourhood: g
                .neighbourhood_id
                .and_then(|id| name_of(id).map(|p| p.name.clone())),
            codes_page: g
                .neighbourhood_id
                .filter(|&id| {
                    g.role == GrantedRole::Officer
                        && viewer.may(Action::ManageCodes {
                            neighbourhood_id: id,
                        })
                })
                .and_then(name_of)
                .map(|p| format!("/neighbourhoods/{}/codes", p.slug)),
        })
        .collect();
    let groups = groups::names_and_pages(db, viewer.groups.iter().map(|m| m.group_id)).await?;
    let mut votes = Vec::new();
    for r in users::residencies(db, user.id).await? {
        let Some(place) = name_of(r.neighbourhood_id) else {
            continue;
        };
        let key = crate::backend::access::voter_keys::of_resident(&config.code_key, &r);
        for own in crate::backend::voting::own_ballots(db, place.id, &key).await? {
            let base = format!("/neighbourhoods/{}/rounds/{}", place.slug, own.round.slug);
            votes.push(OwnVote {
                ledger_href: own
                    .round
                    .phase
                    .votes_may_be_shown()
                    .then(|| format!("{base}/ledger?receipt={}", own.receipt)),
                receipt_href: format!("{base}/vote/receipt/{}", own.receipt),
                round: crate::api::rounds::in_reader_language(own.round.title, own.round.title_cy),
                neighbourhood: crate::api::rounds::in_reader_language(
                    place.name.clone(),
                    place.name_cy.clone(),
                ),
                receipt: own.receipt,
                voided: own.voided,
            });
        }
    }
    Ok(AccountPage {
        letters_in: crate::i18n::text(&user.language, "language.name").to_owned(),
        display_name: user.display_name,
        email_confirmed: user.email_confirmed_at.is_some(),
        email: user.email,
        residencies,
        roles,
        groups,
        votes,
        neighbourhoods: places
            .into_iter()
            .map(|p| PlaceChoice {
                slug: p.slug,
                name: p.name,
            })
            .collect(),
    })
}
