//! Community groups: anyone signed in with a confirmed address registers one; the
//! officers of each neighbourhood it works in recognise it (or decline, ask for
//! changes, withdraw recognition, with a reason); its administrators bring in members by
//! invitation. Only a recognised group sends proposals in its name there.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::{t, tr};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The registration form: the neighbourhoods a group can work in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupForm {
    /// (slug, name) of every neighbourhood that is not archived.
    pub neighbourhoods: Vec<(String, String)>,
    /// Registering needs a confirmed email address.
    pub email_confirmed: bool,
}

/// One neighbourhood a group works in, and what its officers decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaLine {
    pub place_slug: String,
    pub place_name: String,
    pub recognised: bool,
    /// Where it stands, in words ("Recognised by Ilfracombe's officers on 3 June 2027").
    pub standing: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupProposal {
    pub id: i32,
    pub title: String,
    pub round: String,
    pub status: String,
    /// After a decision: "Funded: £4,800" or "Not funded".
    pub funded: Option<String>,
    /// The latest delivery update's status, in words.
    pub delivery: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberLine {
    pub user_id: i32,
    pub name: String,
    pub admin: bool,
}

/// A group's public page, and for its members what they may do there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupPage {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    /// Shown once someone at the address has confirmed it (empty until then).
    pub contact_email: String,
    /// For the group's administrators: the contact address waits for its link.
    pub contact_waiting: bool,
    pub charity_number: Option<String>,
    pub website: Option<String>,
    pub areas: Vec<AreaLine>,
    /// The administrators' display names: the only members shown publicly.
    pub admins: Vec<String>,
    pub proposals: Vec<GroupProposal>,
    /// The person looking belongs to the group.
    pub member: bool,
    /// The whole membership, for the group's administrators only.
    pub members: Option<Vec<MemberLine>>,
}

/// A group as the officers' queue lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueLine {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub standing: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupQueue {
    pub neighbourhood_slug: String,
    pub neighbourhood_name: String,
    /// Waiting for a decision, or changes asked for.
    pub waiting: Vec<QueueLine>,
    pub recognised: Vec<QueueLine>,
    /// Declined, or recognition withdrawn.
    pub others: Vec<QueueLine>,
}

#[server(endpoint = "get_group_form")]
pub async fn get_group_form() -> Result<GroupForm, AppError> {
    use crate::backend::access::request;
    let viewer = request::viewer()?;
    let config = request::config()?;
    let lang = crate::i18n::current();
    Ok(GroupForm {
        neighbourhoods: crate::backend::neighbourhoods::list_all(&config.db)
            .await?
            .into_iter()
            .filter(|n| n.archived_at.is_none())
            .map(|n| {
                let name = crate::i18n::pick(lang, &n.name, n.name_cy.as_deref()).to_owned();
                (n.slug, name)
            })
            .collect(),
        email_confirmed: viewer.email_confirmed,
    })
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "register_group")]
pub async fn register_group(
    csrf: String,
    #[server(default)] name: String,
    #[server(default)] summary: String,
    #[server(default)] description: String,
    #[server(default)] contact_email: String,
    #[server(default)] charity_number: String,
    #[server(default)] website: String,
    #[server(default)] places: std::collections::HashMap<String, String>,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{request, users};
    use crate::backend::groups::{self, Registered};
    use crate::domain::group_form::{read, TypedGroup};
    use crate::error::FieldError;
    use crate::i18n::Say;
    let ticked: Vec<String> = places
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, _)| k.clone())
        .collect();
    let mut values = vec![
        ("name".to_owned(), name.clone()),
        ("summary".to_owned(), summary.clone()),
        ("description".to_owned(), description.clone()),
        ("contact_email".to_owned(), contact_email.clone()),
        ("charity_number".to_owned(), charity_number.clone()),
        ("website".to_owned(), website.clone()),
    ];
    values.push(("neighbourhoods".to_owned(), ticked.join(",")));
    let mut then = "/groups/new".to_owned();
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.ok_or(AppError::Unauthenticated)?;
        if !viewer.email_confirmed {
            return Err(AppError::Conflict(t("account.confirm_first").to_owned()));
        }
        let config = request::config()?;
        let db = &config.db;
        let typed = TypedGroup {
            name: &name,
            summary: &summary,
            description: &description,
            contact_email: &contact_email,
            charity_number: &charity_number,
            website: &website,
            neighbourhoods: &ticked,
        };
        let details = read(&typed).map_err(|problems| {
            AppError::Invalid(
                problems
                    .into_iter()
                    .map(|(field, m)| FieldError::new(field, m.say()))
                    .collect(),
            )
        })?;
        let mut found = Vec::new();
        for slug in &details.neighbourhoods {
            match crate::backend::neighbourhoods::find_by_slug(db, slug).await? {
                Some(n) if n.archived_at.is_none() => found.push(n),
                _ => {
                    return Err(AppError::Invalid(vec![FieldError::new(
                        "neighbourhoods",
                        t("group_form.problem.neighbourhoods"),
                    )]))
                }
            }
        }
        let by = users::find(db, viewer.user_id)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        match groups::register(db, &details, &found, &by, Some(&config.public_url)).await? {
            Registered::Done { slug, .. } => {
                request::send_flash(&Flash::notice(tr(
                    "group.registered",
                    &[("group", details.name.clone())],
                )))
                .await?;
                then = format!("/groups/{slug}");
                Ok(())
            }
            Registered::NameTaken { place } => Err(AppError::Invalid(vec![FieldError::new(
                "name",
                tr(
                    "group_form.problem.name_taken",
                    &[("group", details.name.clone()), ("place", place)],
                ),
            )])),
        }
    }
    .await;
    let values: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    request::finish("register_group", &values, &then, result).await
}

/// The group by its address, or 404.
#[cfg(feature = "ssr")]
async fn the_group(
    db: &impl sea_orm::ConnectionTrait,
    slug: &str,
) -> Result<crate::backend::entities::community_group::Model, AppError> {
    crate::backend::groups::find_by_slug(db, slug)
        .await?
        .ok_or_else(|| AppError::not_found(t("group.that_group")))
}

/// "Recognised by the officers of Ilfracombe on 3 June 2027", and the like.
#[cfg(feature = "ssr")]
fn standing_words(area: &crate::backend::entities::group_area::Model, place_name: &str) -> String {
    use crate::domain::group_form::Standing;
    let standing = Standing::parse(&area.standing).unwrap_or(Standing::Waiting);
    let on = area
        .decided_at
        .map(|at| crate::api::rounds::long_date(at.date_naive()))
        .unwrap_or_default();
    tr(
        &format!("group.standing.{}", standing.as_str()),
        &[("place", place_name.to_owned()), ("on", on)],
    )
}

#[server(endpoint = "get_group")]
pub async fn get_group(slug: String) -> Result<GroupPage, AppError> {
    use crate::backend::access::request;
    use crate::backend::entities::proposal;
    use crate::domain::group_form::Standing;
    use crate::domain::proposal::ProposalStatus;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let config = request::config()?;
    let db = &config.db;
    let group = the_group(db, &slug).await?;
    let lang = crate::i18n::current();
    let mut areas = Vec::new();
    for area in crate::backend::groups::areas(db, group.id).await? {
        let Some(place) = crate::backend::neighbourhoods::find(db, area.neighbourhood_id).await?
        else {
            continue;
        };
        let place_name = crate::i18n::pick(lang, &place.name, place.name_cy.as_deref()).to_owned();
        let standing = Standing::parse(&area.standing).unwrap_or(Standing::Waiting);
        areas.push(AreaLine {
            standing: standing_words(&area, &place_name),
            recognised: standing == Standing::Recognised,
            // Only a withdrawal's reason is public; the group reads the others in its letters.
            reason: area
                .reason
                .clone()
                .filter(|_| standing == Standing::Withdrawn),
            place_slug: place.slug,
            place_name,
        });
    }
    let members = crate::backend::groups::members(db, group.id).await?;
    let viewer = request::session().ok().and_then(|s| s.viewer);
    let me = viewer
        .as_ref()
        .and_then(|v| members.iter().find(|(m, _)| m.user_id == v.user_id));
    let is_admin = me.is_some_and(|(m, _)| m.is_admin);
    let mut proposals = Vec::new();
    for p in proposal::Entity::find()
        .filter(proposal::Column::CommunityGroupId.eq(group.id))
        .order_by_desc(proposal::Column::Id)
        .all(db)
        .await?
    {
        let status = p.status;
        // Hidden proposals keep only their place on the public record.
        if status == ProposalStatus::Hidden {
            continue;
        }
        let round = crate::backend::entities::round::Entity::find_by_id(p.round_id)
            .one(db)
            .await?
            .map(|r| crate::i18n::pick(lang, &r.title, r.title_cy.as_deref()).to_owned())
            .unwrap_or_default();
        let funded = crate::api::delivery::funded_amount(db, p.round_id, p.id)
            .await?
            .map(|amount| {
                if amount > crate::domain::money::Pence::ZERO {
                    tr("group.funded", &[("amount", amount.to_string())])
                } else {
                    t("group.not_funded").to_owned()
                }
            });
        let delivery = crate::backend::delivery::updates(db, &[p.id])
            .await?
            .pop()
            .map(|u| crate::api::delivery::line(u).status);
        proposals.push(GroupProposal {
            id: p.id,
            title: crate::api::proposals::in_reader_language(&p)
                .title
                .to_owned(),
            round,
            status: t(&format!("status.{}", status.as_str())).to_owned(),
            funded,
            delivery,
        });
    }
    Ok(GroupPage {
        slug: group.slug,
        name: group.name,
        summary: group.summary,
        description: group.description,
        contact_email: if group.contact_confirmed_at.is_some() {
            group.contact_email
        } else {
            String::new()
        },
        contact_waiting: is_admin && group.contact_confirmed_at.is_none(),
        charity_number: group.charity_number,
        website: group.website,
        areas,
        admins: members
            .iter()
            .filter(|(m, _)| m.is_admin)
            .map(|(_, u)| u.display_name.clone())
            .collect(),
        proposals,
        member: me.is_some(),
        members: is_admin.then(|| {
            members
                .iter()
                .map(|(m, u)| MemberLine {
                    user_id: u.id,
                    name: u.display_name.clone(),
                    admin: m.is_admin,
                })
                .collect()
        }),
    })
}

/// The page a group's contact link opens: which group, and which address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupContactPage {
    pub group: String,
    pub email: String,
}

#[server(endpoint = "get_group_contact")]
pub async fn get_group_contact(token: String) -> Result<GroupContactPage, AppError> {
    use crate::backend::access::request;
    let config = request::config()?;
    let group = crate::backend::groups::contact_waiting(&config.db, &token)
        .await?
        .ok_or_else(|| AppError::not_found(t("group.that_contact_link")))?;
    Ok(GroupContactPage {
        group: group.name,
        email: group.contact_email,
    })
}

/// Someone at the contact address confirms it: the group's page then shows it. No
/// account is needed (the address may be a club's shared inbox).
#[server(endpoint = "confirm_group_contact")]
pub async fn confirm_group_contact(csrf: String, token: String) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    let mut then = format!("/groups/confirm/{token}");
    let result = async {
        request::check_csrf(&csrf)?;
        let config = request::config()?;
        let group = crate::backend::groups::confirm_contact(&config.db, &token)
            .await?
            .ok_or_else(|| AppError::not_found(t("group.that_contact_link")))?;
        request::send_flash(&Flash::notice(tr(
            "group.contact_confirmed",
            &[("email", group.contact_email.clone())],
        )))
        .await?;
        then = format!("/groups/{}", group.slug);
        Ok(())
    }
    .await;
    request::finish("confirm_group_contact", &[], &then, result).await
}

/// The group, for one of its administrators.
#[cfg(feature = "ssr")]
async fn run_group(
    slug: &str,
) -> Result<
    (
        crate::backend::access::request::AccessConfig,
        crate::domain::account::access::Viewer,
        crate::backend::entities::community_group::Model,
    ),
    AppError,
> {
    use crate::backend::access::request;
    use crate::domain::account::access::Action;
    let viewer = request::viewer()?;
    let config = request::config()?;
    let group = the_group(&config.db, slug).await?;
    if !viewer.may(Action::RunGroup { group_id: group.id }) {
        return Err(AppError::Forbidden);
    }
    Ok((config, viewer, group))
}

/// An administrator invites someone, by address, to join the group.
#[server(endpoint = "invite_member")]
pub async fn invite_member(
    csrf: String,
    group: String,
    #[server(default)] email: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{invitations, request, throttle, users};
    use crate::domain::account::email::Email;
    use crate::error::FieldError;
    use crate::i18n::Say;
    let back = format!("/groups/{group}");
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, viewer, found) = run_group(&group).await?;
        // A group nobody has recognised yet cannot have us write to strangers in its
        // name, and a recognised one writes a few letters an hour.
        let recognised = viewer
            .groups
            .iter()
            .any(|m| m.group_id == found.id && !m.recognised_in.is_empty());
        if !recognised {
            return Err(AppError::Conflict(
                t("group.invite_after_recognition").to_owned(),
            ));
        }
        let key = format!("group-invitation:group:{}", found.id);
        if throttle::exceeded(&config.db, &key, config.limits.invitations_per_group).await? {
            return Err(AppError::RateLimited);
        }
        let address = Email::parse(&email)
            .map_err(|e| AppError::Invalid(vec![FieldError::new("email", e.say())]))?;
        let by = users::find(&config.db, viewer.user_id)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        let name = found.name.clone();
        let described = move |lang: &str| {
            crate::i18n::text_with(lang, "group.member_of", &[("group", name.clone())])
        };
        invitations::invite(
            &config.db,
            &address,
            invitations::Offer {
                offered: invitations::Offered::Membership { group_id: found.id },
                described: &described,
            },
            &by,
            Some(&config.public_url),
        )
        .await?;
        throttle::record(&config.db, &key).await?;
        request::send_flash(&Flash::notice(tr(
            "group.invited",
            &[("email", address.as_str().to_owned())],
        )))
        .await
    }
    .await;
    request::finish("invite_member", &[("email", email.as_str())], &back, result).await
}

#[cfg(feature = "ssr")]
fn changed(
    outcome: crate::backend::groups::Changed,
    done: &'static str,
) -> Result<&'static str, AppError> {
    use crate::backend::groups::Changed;
    match outcome {
        Changed::Done => Ok(done),
        Changed::NotMember => Err(AppError::not_found(t("group.that_member"))),
        Changed::LastAdmin => Err(AppError::Conflict(t("group.last_admin").to_owned())),
        Changed::NotAdmin => Err(AppError::Forbidden),
    }
}

/// An administrator makes a member an administrator, or not.
#[server(endpoint = "set_member_admin")]
pub async fn set_member_admin(
    csrf: String,
    group: String,
    member: i32,
    #[server(default)] admin: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    let back = format!("/groups/{group}");
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, viewer, found) = run_group(&group).await?;
        let make = admin == "yes";
        let outcome =
            crate::backend::groups::set_admin(&config.db, found.id, member, make, viewer.user_id)
                .await?;
        let said = changed(
            outcome,
            if make {
                "group.admin_made"
            } else {
                "group.admin_unmade"
            },
        )?;
        request::send_flash(&Flash::notice(t(said))).await
    }
    .await;
    request::finish("set_member_admin", &[], &back, result).await
}

/// An administrator takes a member out of the group.
#[server(endpoint = "remove_member")]
pub async fn remove_member(csrf: String, group: String, member: i32) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    let back = format!("/groups/{group}");
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, viewer, found) = run_group(&group).await?;
        let outcome =
            crate::backend::groups::remove(&config.db, found.id, member, viewer.user_id).await?;
        request::send_flash(&Flash::notice(t(changed(outcome, "group.removed")?))).await
    }
    .await;
    request::finish("remove_member", &[], &back, result).await
}

/// A member leaves the group (the last administrator cannot).
#[server(endpoint = "leave_group")]
pub async fn leave_group(csrf: String, group: String) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    let back = format!("/groups/{group}");
    let result = async {
        let current = request::check_csrf(&csrf)?;
        let viewer = current.viewer.ok_or(AppError::Unauthenticated)?;
        let config = request::config()?;
        let found = the_group(&config.db, &group).await?;
        let outcome =
            crate::backend::groups::remove(&config.db, found.id, viewer.user_id, viewer.user_id)
                .await?;
        request::send_flash(&Flash::notice(t(changed(outcome, "group.left")?))).await
    }
    .await;
    request::finish("leave_group", &[], &back, result).await
}

/// The neighbourhood, for one of its officers.
#[cfg(feature = "ssr")]
async fn officer_of(neighbourhood: &str) -> Result<crate::backend::guards::Allowed, AppError> {
    use crate::domain::account::access::Action;
    crate::backend::guards::allowed_in(neighbourhood, |neighbourhood_id| Action::RecogniseGroups {
        neighbourhood_id,
    })
    .await
}

#[server(endpoint = "get_group_queue")]
pub async fn get_group_queue(neighbourhood: String) -> Result<GroupQueue, AppError> {
    use crate::domain::group_form::Standing::*;
    let crate::backend::guards::Allowed {
        config,
        viewer: _,
        place,
    } = officer_of(&neighbourhood).await?;
    let db = &config.db;
    let lang = crate::i18n::current();
    let place_name = crate::i18n::pick(lang, &place.name, place.name_cy.as_deref()).to_owned();
    let lines = |rows: Vec<(
        crate::backend::entities::community_group::Model,
        crate::backend::entities::group_area::Model,
    )>| {
        rows.into_iter()
            .map(|(g, a)| QueueLine {
                standing: standing_words(&a, &place_name),
                reason: a.reason,
                slug: g.slug,
                name: g.name,
                summary: g.summary,
            })
            .collect::<Vec<_>>()
    };
    let groups = crate::backend::groups::in_neighbourhood;
    Ok(GroupQueue {
        waiting: lines(groups(db, place.id, &[Waiting, ChangesAsked]).await?),
        recognised: lines(groups(db, place.id, &[Recognised]).await?),
        others: lines(groups(db, place.id, &[Declined, Withdrawn]).await?),
        neighbourhood_slug: place.slug,
        neighbourhood_name: place_name.clone(),
    })
}

/// An officer's decision on a group working in their neighbourhood.
#[server(endpoint = "decide_group")]
pub async fn decide_group(
    csrf: String,
    neighbourhood: String,
    group: String,
    #[server(default)] decision: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::{request, users};
    use crate::backend::groups::Decided;
    use crate::domain::group_form::Standing;
    use crate::error::FieldError;
    let back = format!("/neighbourhoods/{neighbourhood}/groups");
    let values = [
        ("group", group.as_str()),
        ("decision", decision.as_str()),
        ("reason", reason.as_str()),
    ];
    let result = async {
        request::check_csrf(&csrf)?;
        let crate::backend::guards::Allowed {
            config,
            viewer,
            place,
        } = officer_of(&neighbourhood).await?;
        let db = &config.db;
        let found = the_group(db, &group).await?;
        let to = Standing::parse(&decision)
            .filter(|s| *s != Standing::Waiting)
            .ok_or_else(|| {
                AppError::Invalid(vec![FieldError::new(
                    "decision",
                    t("group.choose_decision"),
                )])
            })?;
        let reason = reason.trim();
        if to.needs_reason() && reason.is_empty() {
            return Err(AppError::Invalid(vec![FieldError::new(
                "reason",
                t("group.reason_needed"),
            )]));
        }
        if reason.chars().count() > 2_000 {
            return Err(AppError::Invalid(vec![FieldError::new(
                "reason",
                t("group.reason_long"),
            )]));
        }
        let officer = users::find(db, viewer.user_id)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        let reason = Some(reason).filter(|r| !r.is_empty());
        match crate::backend::groups::decide(
            db,
            &found,
            &place,
            to,
            reason,
            &officer,
            Some(&config.public_url),
        )
        .await?
        {
            Decided::Done => {
                request::send_flash(&Flash::notice(tr(
                    &format!("group.decided.{}", to.as_str()),
                    &[("group", found.name.clone())],
                )))
                .await
            }
            Decided::NotHere => Err(AppError::not_found(t("group.that_group"))),
            Decided::NotFrom(_) => Err(AppError::Conflict(t("group.decided_meanwhile").to_owned())),
            Decided::OwnGroup => Err(AppError::Conflict(t("group.own_group").to_owned())),
        }
    }
    .await;
    request::finish("decide_group", &values, &back, result).await
}
