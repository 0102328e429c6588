//! Community groups: registered by a resident, recognised neighbourhood by neighbourhood
//! by the officers there, run by their administrators. Each step is one transaction
//! with its audit entry and its letters.

use super::access::secrets::{random_token, sha256_hex};
use super::access::{audit, users};
use super::entities::{community_group, group_area, group_member, neighbourhood, user};
use super::mail::{self, Letter};
use crate::domain::group_form::{name_key, GroupDetails, Standing};
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, SqlErr, TransactionTrait,
};

/// How long the link to the group's contact address works.
pub const CONTACT_LINK_VALID: chrono::Duration = chrono::Duration::days(7);

/// What registering did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registered {
    /// `contact_token` is the link's token, also in the letter to the contact address.
    Done { slug: String, contact_token: String },
    /// A group of that name (whatever its case or spacing) works there already.
    NameTaken { place: String },
}

fn is_unique_violation(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// An address for the group's page: its name's, or with a number after it when another
/// group (elsewhere) has that one.
async fn free_slug(db: &impl ConnectionTrait, wanted: &str) -> Result<String, DbErr> {
    for n in 1..100 {
        let slug = if n == 1 {
            wanted.to_owned()
        } else {
            format!("{wanted}-{n}")
        };
        // `/groups/new` is the registration form.
        let taken = slug == "new"
            || community_group::Entity::find()
                .filter(community_group::Column::Slug.eq(&slug))
                .count(db)
                .await?
                > 0;
        if !taken {
            return Ok(slug);
        }
    }
    Err(DbErr::Custom("no free address for the group".into()))
}

/// Registers a group working in `places` (at least one), with `by` as its first
/// administrator. It waits for the officers of each place. A letter to the contact
/// address carries a link under `public_url` that confirms it (`None`: no letter, for
/// the demo's seed, which confirms with the token returned).
pub async fn register(
    db: &impl TransactionTrait,
    d: &GroupDetails,
    places: &[neighbourhood::Model],
    by: &user::Model,
    public_url: Option<&str>,
) -> Result<Registered, DbErr> {
    let Some(home) = places.first() else {
        return Err(DbErr::Custom("a group works somewhere".into()));
    };
    let key = name_key(&d.name);
    let txn = db.begin().await?;
    super::db::write_first(&txn).await?;
    for place in places {
        let taken = group_area::Entity::find()
            .filter(group_area::Column::NeighbourhoodId.eq(place.id))
            .filter(group_area::Column::NameKey.eq(&key))
            .count(&txn)
            .await?
            > 0;
        if taken {
            return Ok(Registered::NameTaken {
                place: place.name.clone(),
            });
        }
    }
    let slug = free_slug(&txn, d.slug.as_str()).await?;
    let now = Utc::now();
    let contact_token = random_token();
    let written = async {
        let group = community_group::ActiveModel {
            neighbourhood_id: Set(home.id),
            name: Set(d.name.clone()),
            slug: Set(slug.clone()),
            summary: Set(d.summary.clone()),
            description: Set(d.description.clone()),
            contact_email: Set(d.contact_email.as_str().to_owned()),
            charity_number: Set(d.charity_number.clone()),
            website: Set(d.website.clone()),
            created_by: Set(Some(by.id)),
            created_at: Set(Some(now)),
            contact_token_hash: Set(Some(sha256_hex(&contact_token))),
            contact_link_expires_at: Set(Some(now + CONTACT_LINK_VALID)),
            contact_confirmed_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if let Some(public_url) = public_url {
            let (subject, body) = crate::i18n::letter(
                &by.language,
                "letter.group_contact",
                &[
                    ("group", d.name.clone()),
                    ("by", by.display_name.clone()),
                    (
                        "link",
                        format!("{public_url}/groups/confirm/{contact_token}"),
                    ),
                ],
            );
            mail::queue(
                &txn,
                Letter {
                    to: d.contact_email.as_str().to_owned(),
                    subject,
                    body,
                    purpose: "group",
                },
            )
            .await?;
        }
        for place in places {
            group_area::ActiveModel {
                group_id: Set(group.id),
                neighbourhood_id: Set(place.id),
                name_key: Set(key.clone()),
                standing: Set(Standing::Waiting.as_str().to_owned()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        group_member::ActiveModel {
            group_id: Set(group.id),
            user_id: Set(by.id),
            is_admin: Set(true),
            joined_at: Set(Some(now)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit::record(
            &txn,
            Some(by.id),
            "group.registered",
            &format!("group:{}", group.id),
            &d.name,
        )
        .await
    }
    .await;
    match written {
        Ok(()) => {
            txn.commit().await?;
            Ok(Registered::Done {
                slug,
                contact_token,
            })
        }
        // Someone registered the same name a moment earlier: the index kept theirs.
        Err(e) if is_unique_violation(&e) => {
            txn.rollback().await?;
            Ok(Registered::NameTaken {
                place: home.name.clone(),
            })
        }
        Err(e) => Err(e),
    }
}

/// The group whose contact link this is, while it works.
pub async fn contact_waiting(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<community_group::Model>, DbErr> {
    community_group::Entity::find()
        .filter(community_group::Column::ContactTokenHash.eq(sha256_hex(token)))
        .filter(community_group::Column::ContactConfirmedAt.is_null())
        .filter(community_group::Column::ContactLinkExpiresAt.gt(Utc::now()))
        .one(db)
        .await
}

/// Confirms the contact address from its link, once; the group it was for, or `None`
/// when the link is used, expired or never made.
pub async fn confirm_contact(
    db: &impl TransactionTrait,
    token: &str,
) -> Result<Option<community_group::Model>, DbErr> {
    let txn = db.begin().await?;
    super::db::write_first(&txn).await?;
    let Some(group) = contact_waiting(&txn, token).await? else {
        return Ok(None);
    };
    let now = Utc::now();
    let done = community_group::Entity::update_many()
        .col_expr(
            community_group::Column::ContactConfirmedAt,
            Expr::value(now),
        )
        .col_expr(
            community_group::Column::ContactTokenHash,
            Expr::value(Option::<String>::None),
        )
        .filter(community_group::Column::Id.eq(group.id))
        .filter(community_group::Column::ContactConfirmedAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Ok(None);
    }
    audit::record(
        &txn,
        None,
        "group.contact-confirmed",
        &format!("group:{}", group.id),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(Some(group))
}

/// (name, page address) of the groups with these ids.
pub async fn names_and_pages(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<Vec<(String, String)>, DbErr> {
    Ok(community_group::Entity::find()
        .filter(community_group::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|g| (g.name, format!("/groups/{}", g.slug)))
        .collect())
}

pub async fn find_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<community_group::Model>, DbErr> {
    community_group::Entity::find()
        .filter(community_group::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// Where the group works, and how it stands in each place.
pub async fn areas(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Vec<group_area::Model>, DbErr> {
    group_area::Entity::find()
        .filter(group_area::Column::GroupId.eq(group_id))
        .order_by_asc(group_area::Column::Id)
        .all(db)
        .await
}

/// The groups of a neighbourhood standing as `standing`, by name.
pub async fn in_neighbourhood(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
    standing: &[Standing],
) -> Result<Vec<(community_group::Model, group_area::Model)>, DbErr> {
    let areas = group_area::Entity::find()
        .filter(group_area::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(group_area::Column::Standing.is_in(standing.iter().map(|s| s.as_str())))
        .all(db)
        .await?;
    if areas.is_empty() {
        return Ok(Vec::new());
    }
    let groups = community_group::Entity::find()
        .filter(community_group::Column::Id.is_in(areas.iter().map(|a| a.group_id)))
        .order_by_asc(community_group::Column::Name)
        .all(db)
        .await?;
    Ok(groups
        .into_iter()
        .filter_map(|g| {
            let area = areas.iter().find(|a| a.group_id == g.id)?.clone();
            Some((g, area))
        })
        .collect())
}

/// The members of a group, administrators first, with their accounts.
pub async fn members(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Vec<(group_member::Model, user::Model)>, DbErr> {
    let rows = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .order_by_desc(group_member::Column::IsAdmin)
        .order_by_asc(group_member::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for m in rows {
        if let Some(u) = users::find(db, m.user_id).await? {
            out.push((m, u));
        }
    }
    Ok(out)
}

/// What an officer's decision did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decided {
    Done,
    /// The group does not work in this neighbourhood.
    NotHere,
    /// From where it stands, that decision cannot be made (it changed meanwhile).
    NotFrom(Standing),
    /// The officer belongs to the group: someone else decides.
    OwnGroup,
}

/// An officer of the neighbourhood recognises the group there, declines it, asks for
/// changes, or withdraws recognition; the reason (required for all but recognition) is
/// kept, audited and written to the group's administrators in their languages, with a
/// link under `public_url` (`None` writes no letter: the demo's seed).
pub async fn decide(
    db: &impl TransactionTrait,
    group: &community_group::Model,
    place: &neighbourhood::Model,
    to: Standing,
    reason: Option<&str>,
    officer: &user::Model,
    public_url: Option<&str>,
) -> Result<Decided, DbErr> {
    let txn = db.begin().await?;
    super::db::write_first(&txn).await?;
    let Some(area) = group_area::Entity::find()
        .filter(group_area::Column::GroupId.eq(group.id))
        .filter(group_area::Column::NeighbourhoodId.eq(place.id))
        .one(&txn)
        .await?
    else {
        return Ok(Decided::NotHere);
    };
    let from = Standing::parse(&area.standing).unwrap_or(Standing::Waiting);
    if !from.may_become(to) {
        return Ok(Decided::NotFrom(from));
    }
    let own = group.created_by == Some(officer.id)
        || group_member::Entity::find()
            .filter(group_member::Column::GroupId.eq(group.id))
            .filter(group_member::Column::UserId.eq(officer.id))
            .count(&txn)
            .await?
            > 0;
    if own {
        return Ok(Decided::OwnGroup);
    }
    let now = Utc::now();
    // A declined registration gives its name back: nobody keeps a name by registering
    // it and being turned down. A withdrawn group was real, and keeps its name.
    let name_key = if to == Standing::Declined {
        format!("{}#declined-{}", area.name_key, area.id)
    } else {
        area.name_key.clone()
    };
    // Only from where it was read: two officers deciding at once make one decision.
    let moved = group_area::Entity::update_many()
        .col_expr(group_area::Column::Standing, Expr::value(to.as_str()))
        .col_expr(
            group_area::Column::Reason,
            Expr::value(reason.map(str::to_owned)),
        )
        .col_expr(group_area::Column::DecidedBy, Expr::value(officer.id))
        .col_expr(group_area::Column::DecidedAt, Expr::value(now))
        .col_expr(group_area::Column::NameKey, Expr::value(name_key))
        .filter(group_area::Column::Id.eq(area.id))
        .filter(group_area::Column::Standing.eq(from.as_str()))
        .exec(&txn)
        .await?;
    if moved.rows_affected != 1 {
        return Ok(Decided::NotFrom(from));
    }
    audit::record(
        &txn,
        Some(officer.id),
        &format!("group.{}", to.as_str()),
        &format!("group:{}", group.id),
        &format!(
            "in neighbourhood:{}{}",
            place.id,
            reason.map(|r| format!(": {r}")).unwrap_or_default()
        ),
    )
    .await?;
    let admins = match public_url {
        Some(_) => members(&txn, group.id).await?,
        None => Vec::new(),
    };
    let public_url = public_url.unwrap_or_default();
    for (_, admin) in admins.into_iter().filter(|(m, _)| m.is_admin) {
        let lang = admin.language.as_str();
        let place_name = match (lang, &place.name_cy) {
            ("cy", Some(welsh)) => welsh.clone(),
            _ => place.name.clone(),
        };
        let (subject, body) = crate::i18n::letter(
            lang,
            &format!("letter.group_{}", to.as_str()),
            &[
                ("group", group.name.clone()),
                ("place", place_name),
                ("reason", reason.unwrap_or_default().to_owned()),
                ("link", format!("{public_url}/groups/{}", group.slug)),
            ],
        );
        mail::queue(
            &txn,
            Letter {
                to: admin.email,
                subject,
                body,
                purpose: "group",
            },
        )
        .await?;
    }
    txn.commit().await?;
    Ok(Decided::Done)
}

/// What a change to the membership did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changed {
    Done,
    /// That person is not a member.
    NotMember,
    /// It would leave the group with no administrator.
    LastAdmin,
    /// The person asking is no longer one of its administrators.
    NotAdmin,
}

/// The group's administrators, locked against a concurrent change (on PostgreSQL;
/// SQLite's write lock is already held), so two of them cannot both step down.
async fn admins_locked(
    txn: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Vec<group_member::Model>, DbErr> {
    group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::IsAdmin.eq(true))
        .lock_exclusive()
        .all(txn)
        .await
}

/// The group's administrators (locked) and the member `by` wants to change. Checked
/// under the lock, so an administrator removed a moment ago cannot act. With `self_may`
/// a member may change themselves without being an administrator (to leave).
async fn member_to_change(
    txn: &impl ConnectionTrait,
    group_id: i32,
    user_id: i32,
    by: i32,
    self_may: bool,
) -> Result<Result<(Vec<group_member::Model>, group_member::Model), Changed>, DbErr> {
    let admins = admins_locked(txn, group_id).await?;
    let allowed = (self_may && by == user_id) || admins.iter().any(|a| a.user_id == by);
    if !allowed {
        return Ok(Err(Changed::NotAdmin));
    }
    let member = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::UserId.eq(user_id))
        .one(txn)
        .await?;
    Ok(match member {
        Some(member) => Ok((admins, member)),
        None => Err(Changed::NotMember),
    })
}

/// Makes a member an administrator or not; a group keeps at least one.
pub async fn set_admin(
    db: &impl TransactionTrait,
    group_id: i32,
    user_id: i32,
    admin: bool,
    by: i32,
) -> Result<Changed, DbErr> {
    let txn = db.begin().await?;
    super::db::write_first(&txn).await?;
    let (admins, member) = match member_to_change(&txn, group_id, user_id, by, false).await? {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    if !admin && member.is_admin && admins.len() <= 1 {
        return Ok(Changed::LastAdmin);
    }
    group_member::ActiveModel {
        id: Set(member.id),
        is_admin: Set(admin),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    audit::record(
        &txn,
        Some(by),
        if admin {
            "group.admin-made"
        } else {
            "group.admin-unmade"
        },
        &format!("group:{group_id}"),
        &format!("user:{user_id}"),
    )
    .await?;
    txn.commit().await?;
    Ok(Changed::Done)
}

/// Takes a member out of the group (removed by an administrator, or leaving); the last
/// administrator cannot go. Proposals sent in the group's name stay the group's.
pub async fn remove(
    db: &impl TransactionTrait,
    group_id: i32,
    user_id: i32,
    by: i32,
) -> Result<Changed, DbErr> {
    let txn = db.begin().await?;
    super::db::write_first(&txn).await?;
    let (admins, member) = match member_to_change(&txn, group_id, user_id, by, true).await? {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    if member.is_admin && admins.len() <= 1 {
        return Ok(Changed::LastAdmin);
    }
    group_member::Entity::delete_by_id(member.id)
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        Some(by),
        if by == user_id {
            "group.left"
        } else {
            "group.member-removed"
        },
        &format!("group:{group_id}"),
        &format!("user:{user_id}"),
    )
    .await?;
    txn.commit().await?;
    Ok(Changed::Done)
}

/// Adds the person who accepted an invitation to the group, once. Called inside the
/// acceptance's transaction, which holds the write lock.
pub async fn join(txn: &impl ConnectionTrait, group_id: i32, user_id: i32) -> Result<(), DbErr> {
    let already = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::UserId.eq(user_id))
        .count(txn)
        .await?
        > 0;
    if already {
        return Ok(());
    }
    group_member::ActiveModel {
        group_id: Set(group_id),
        user_id: Set(user_id),
        is_admin: Set(false),
        joined_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Whether `user_id` is an administrator of the group now.
pub async fn is_admin(
    db: &impl ConnectionTrait,
    group_id: i32,
    user_id: i32,
) -> Result<bool, DbErr> {
    Ok(group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::UserId.eq(user_id))
        .filter(group_member::Column::IsAdmin.eq(true))
        .count(db)
        .await?
        > 0)
}

/// Before an account is erased: a group it runs alone passes to its longest-standing
/// member (a group always keeps an administrator while it has members), and the
/// account's address stops being any group's public contact.
pub async fn hand_over(txn: &impl ConnectionTrait, user_id: i32, email: &str) -> Result<(), DbErr> {
    let runs = group_member::Entity::find()
        .filter(group_member::Column::UserId.eq(user_id))
        .filter(group_member::Column::IsAdmin.eq(true))
        .all(txn)
        .await?;
    for m in runs {
        let others = admins_locked(txn, m.group_id)
            .await?
            .into_iter()
            .filter(|a| a.user_id != user_id)
            .count();
        if others > 0 {
            continue;
        }
        let next = group_member::Entity::find()
            .filter(group_member::Column::GroupId.eq(m.group_id))
            .filter(group_member::Column::UserId.ne(user_id))
            .order_by_asc(group_member::Column::Id)
            .one(txn)
            .await?;
        if let Some(next) = next {
            group_member::ActiveModel {
                id: Set(next.id),
                is_admin: Set(true),
                ..Default::default()
            }
            .update(txn)
            .await?;
            audit::record(
                txn,
                None,
                "group.admin-made",
                &format!("group:{}", m.group_id),
                &format!(
                    "user:{} when its last administrator's account was erased",
                    next.user_id
                ),
            )
            .await?;
        }
    }
    community_group::Entity::update_many()
        .col_expr(community_group::Column::ContactEmail, Expr::value(""))
        .filter(community_group::Column::ContactEmail.eq(email))
        .exec(txn)
        .await?;
    Ok(())
}
