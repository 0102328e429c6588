//! The audit log, read by administrators: who did what to what, and when, filtered.

use crate::error::{AppError, FieldError};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLine {
    pub when: String,
    /// The account that acted, or the service itself (the timetable, a command).
    pub who: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

/// The filters as typed, to show them again and to page with them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditSearch {
    pub who: String,
    pub what: String,
    pub round: String,
    pub since: String,
    pub until: String,
}

impl AuditSearch {
    /// The search as a query string, for the page links.
    pub fn query(&self) -> String {
        [
            ("who", &self.who),
            ("what", &self.what),
            ("round", &self.round),
            ("since", &self.since),
            ("until", &self.until),
        ]
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encoded(v)))
        .collect::<Vec<_>>()
        .join("&")
    }
}

/// A value as it goes in a query string: every byte but letters, digits and `-_.~` as
/// `%XX`.
fn encoded(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b => format!("%{b:02X}"),
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub search: AuditSearch,
    pub problems: Vec<FieldError>,
    pub lines: Vec<AuditLine>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    /// Every kind of action in the log.
    pub actions: Vec<String>,
    /// ("round:ID", "Neighbourhood – Round") for the round filter.
    pub rounds: Vec<(String, String)>,
}

/// Entries on one page.
pub const AUDIT_PAGE: u32 = 100;

#[server(endpoint = "get_audit_log")]
pub async fn get_audit_log(
    #[server(default)] who: String,
    #[server(default)] what: String,
    #[server(default)] round: String,
    #[server(default)] since: String,
    #[server(default)] until: String,
    #[server(default)] page: u32,
) -> Result<AuditPage, AppError> {
    use crate::backend::access::{audit, users};
    use crate::domain::timetable::london_day;
    use crate::i18n::{dates, t};
    use std::collections::HashMap;
    let (config, _) = crate::api::admin::admin()?;
    let db = &config.db;
    let search = AuditSearch {
        who: who.trim().to_owned(),
        what: what.trim().to_owned(),
        round: round.trim().to_owned(),
        since: since.trim().to_owned(),
        until: until.trim().to_owned(),
    };
    let mut problems = Vec::new();
    let mut filter = audit::Filter::default();
    if !search.who.is_empty() {
        // No account with the address: nothing matches, and the page says why.
        filter.actor = Some(match users::find_by_email(db, &search.who).await? {
            Some(u) => u.id,
            None => {
                problems.push(FieldError::new("who", t("audit.no_such_account")));
                -1
            }
        });
    }
    // Actions are words, dots and dashes: anything else (a `%`) is no action at all.
    if search
        .what
        .chars()
        .any(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
    {
        problems.push(FieldError::new("what", t("audit.no_such_action")));
    }
    filter.action = Some(search.what.clone()).filter(|w| !w.is_empty());
    let mut day = |field: &str, typed: &str| match london_day(typed) {
        Ok(found) => found,
        Err(_) => {
            problems.push(FieldError::new(field, t("audit.day_unreadable")));
            None
        }
    };
    filter.since = day("since", &search.since).map(|(start, _)| start);
    filter.before = day("until", &search.until).map(|(_, end)| end);
    let places = crate::backend::neighbourhoods::list_all(db).await?;
    let ids: Vec<i32> = places.iter().map(|p| p.id).collect();
    let all_rounds = crate::backend::rounds::list_for_neighbourhoods(db, &ids).await?;
    // A round's steps are logged under its id or under its address.
    if let Some(r) = all_rounds
        .iter()
        .find(|r| format!("round:{}", r.id) == search.round)
    {
        filter.subjects.push(search.round.clone());
        if let Some(place) = places.iter().find(|p| p.id == r.neighbourhood_id) {
            filter
                .subjects
                .push(format!("round:{}/{}", place.slug, r.slug));
        }
    }
    if !search.round.is_empty() && filter.subjects.is_empty() {
        problems.push(FieldError::new("round", t("audit.no_such_round")));
    }
    let rounds = all_rounds
        .into_iter()
        .map(|r| {
            let place = places
                .iter()
                .find(|p| p.id == r.neighbourhood_id)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            (format!("round:{}", r.id), format!("{place} – {}", r.title))
        })
        .collect();
    let page = page.max(1);
    let (entries, total) = if problems.is_empty() {
        audit::search(
            db,
            &filter,
            u64::from(page - 1) * u64::from(AUDIT_PAGE),
            u64::from(AUDIT_PAGE),
        )
        .await?
    } else {
        (Vec::new(), 0)
    };
    // Everyone named on the page, in one query.
    let actors: Vec<i32> = entries.iter().filter_map(|e| e.actor_user_id).collect();
    let names: HashMap<i32, String> = users::find_many(db, &actors)
        .await?
        .into_iter()
        .map(|u| (u.id, format!("{} ({})", u.display_name, u.email)))
        .collect();
    let lines = entries
        .into_iter()
        .map(|e| AuditLine {
            when: dates::moment_with_year(e.at),
            who: e
                .actor_user_id
                .map(|id| {
                    names
                        .get(&id)
                        .cloned()
                        .unwrap_or_else(|| format!("user:{id}"))
                })
                .unwrap_or_else(|| t("audit.the_service").to_owned()),
            action: e.action,
            subject: e.subject,
            detail: e.detail,
        })
        .collect();
    Ok(AuditPage {
        pages: u32::try_from(total.div_ceil(u64::from(AUDIT_PAGE)))
            .unwrap_or(u32::MAX)
            .max(1),
        search,
        problems,
        lines,
        total,
        page,
        actions: audit::actions(db).await?,
        rounds,
    })
}
