//! Administrators create, change and archive neighbourhoods. Each change and its audit
//! entry are one transaction; a postcode area belongs to one neighbourhood only.

use super::access::audit;
use super::entities::{neighbourhood, neighbourhood_postcode, round};
use crate::domain::neighbourhood_form::NeighbourhoodDetails;
use crate::domain::phase::Phase;
use crate::domain::postcode::PostcodeArea;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set, SqlErr, TransactionTrait,
};

/// What saving a neighbourhood did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    Done(String),
    SlugTaken,
    /// The address cannot change once a round of the neighbourhood is public: letters
    /// and posters already point at it.
    SlugFixed,
    /// `area` overlaps `other` of the neighbourhood called `neighbourhood`.
    AreaTaken {
        area: String,
        other: String,
        neighbourhood: String,
    },
    NotFound,
}

/// Whether a neighbourhood has a round the public can see.
pub async fn has_public_round(db: &impl ConnectionTrait, id: i32) -> Result<bool, DbErr> {
    Ok(round::Entity::find()
        .filter(round::Column::NeighbourhoodId.eq(id))
        .filter(round::Column::Phase.ne(Phase::Draft.as_str()))
        .count(db)
        .await?
        > 0)
}

/// Makes two admins saving areas at once take turns, so a sector and a postcode inside
/// it (which the unique index does not see as one) cannot both get in.
async fn take_turns(txn: &impl ConnectionTrait) -> Result<(), DbErr> {
    let sql = match txn.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => {
            "LOCK TABLE neighbourhood_postcodes IN SHARE ROW EXCLUSIVE MODE"
        }
        // SQLite has one writer: a write, even of nothing, takes the lock now.
        _ => "UPDATE neighbourhood_postcodes SET area = area WHERE 1 = 0",
    };
    txn.execute_unprepared(sql).await.map(|_| ())
}

/// The first of `areas` that overlaps an area of another neighbourhood.
async fn area_taken(
    db: &impl ConnectionTrait,
    areas: &[PostcodeArea],
    except: Option<i32>,
) -> Result<Option<Saved>, DbErr> {
    let mut others = neighbourhood_postcode::Entity::find();
    if let Some(id) = except {
        others = others.filter(neighbourhood_postcode::Column::NeighbourhoodId.ne(id));
    }
    let others = others.all(db).await?;
    let names: std::collections::HashMap<i32, String> = neighbourhood::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect();
    for area in areas {
        for theirs in &others {
            let Ok(parsed) = PostcodeArea::parse(&theirs.area) else {
                continue;
            };
            if area.overlaps(&parsed) {
                return Ok(Some(Saved::AreaTaken {
                    area: area.to_string(),
                    other: theirs.area.clone(),
                    neighbourhood: names
                        .get(&theirs.neighbourhood_id)
                        .cloned()
                        .unwrap_or_default(),
                }));
            }
        }
    }
    Ok(None)
}

async fn write_areas(
    txn: &impl ConnectionTrait,
    id: i32,
    areas: &[PostcodeArea],
) -> Result<(), DbErr> {
    neighbourhood_postcode::Entity::delete_many()
        .filter(neighbourhood_postcode::Column::NeighbourhoodId.eq(id))
        .exec(txn)
        .await?;
    for area in areas {
        neighbourhood_postcode::ActiveModel {
            neighbourhood_id: Set(id),
            area: Set(area.to_string()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

fn apply(n: &mut neighbourhood::ActiveModel, d: &NeighbourhoodDetails) {
    n.slug = Set(d.slug.to_string());
    n.name = Set(d.name.clone());
    n.name_cy = Set(d.name_cy.clone());
    n.council = Set(d.council.clone());
    n.summary = Set(d.summary.clone());
    n.summary_cy = Set(d.summary_cy.clone());
    n.households = Set(d.households);
}

/// A race lost to another admin at the database: the same address or area at once.
fn taken_at_the_database(err: &DbErr, d: &NeighbourhoodDetails) -> Option<Saved> {
    match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(what)) if what.contains("postcode") => {
            Some(Saved::AreaTaken {
                area: d
                    .postcode_areas
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                other: String::new(),
                neighbourhood: String::new(),
            })
        }
        Some(SqlErr::UniqueConstraintViolation(_)) => Some(Saved::SlugTaken),
        _ => None,
    }
}

/// Creates a neighbourhood with its postcode areas.
pub async fn create(
    db: &impl TransactionTrait,
    d: &NeighbourhoodDetails,
    admin: i32,
) -> Result<Saved, DbErr> {
    let txn = db.begin().await?;
    take_turns(&txn).await?;
    if super::neighbourhoods::find_by_slug(&txn, d.slug.as_str())
        .await?
        .is_some()
    {
        return Ok(Saved::SlugTaken);
    }
    if let Some(taken) = area_taken(&txn, &d.postcode_areas, None).await? {
        return Ok(taken);
    }
    let n = neighbourhood::ActiveModel {
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    };
    write(txn, n, d, admin, "neighbourhood.created").await
}

/// Writes the neighbourhood (new, or changed) and its areas with the audit entry, and
/// commits; a race lost at the database's unique indexes is told as such.
async fn write(
    txn: sea_orm::DatabaseTransaction,
    mut n: neighbourhood::ActiveModel,
    d: &NeighbourhoodDetails,
    admin: i32,
    action: &str,
) -> Result<Saved, DbErr> {
    use sea_orm::TryIntoModel;
    apply(&mut n, d);
    let written = async {
        let n: neighbourhood::Model = n.save(&txn).await?.try_into_model()?;
        write_areas(&txn, n.id, &d.postcode_areas).await?;
        Ok::<_, DbErr>(n)
    }
    .await;
    let n = match written {
        Ok(n) => n,
        Err(e) => return taken_at_the_database(&e, d).ok_or(e),
    };
    audit::record(
        &txn,
        Some(admin),
        action,
        &format!("neighbourhood:{}", n.slug),
        &areas_text(d),
    )
    .await?;
    txn.commit().await?;
    Ok(Saved::Done(n.slug))
}

fn areas_text(d: &NeighbourhoodDetails) -> String {
    d.postcode_areas
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Changes a neighbourhood; its address only while none of its rounds is public.
pub async fn update(
    db: &impl TransactionTrait,
    slug: &str,
    d: &NeighbourhoodDetails,
    admin: i32,
) -> Result<Saved, DbErr> {
    let txn = db.begin().await?;
    take_turns(&txn).await?;
    let Some(found) = super::neighbourhoods::find_by_slug(&txn, slug).await? else {
        return Ok(Saved::NotFound);
    };
    if d.slug.as_str() != found.slug {
        if has_public_round(&txn, found.id).await? {
            return Ok(Saved::SlugFixed);
        }
        if super::neighbourhoods::find_by_slug(&txn, d.slug.as_str())
            .await?
            .is_some()
        {
            return Ok(Saved::SlugTaken);
        }
    }
    if let Some(taken) = area_taken(&txn, &d.postcode_areas, Some(found.id)).await? {
        return Ok(taken);
    }
    write(txn, found.into(), d, admin, "neighbourhood.changed").await
}

/// What archiving did. A neighbourhood is never deleted: its rounds, roles and
/// residents point at it, and its public record stays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retired {
    Archived,
    Restored,
    NotFound,
}

/// Archives a neighbourhood (or brings it back): its record stays public, it takes no
/// new rounds and leaves the home page.
pub async fn set_archived(
    db: &impl TransactionTrait,
    slug: &str,
    archived: bool,
    admin: i32,
) -> Result<Retired, DbErr> {
    let txn = db.begin().await?;
    let Some(found) = super::neighbourhoods::find_by_slug(&txn, slug).await? else {
        return Ok(Retired::NotFound);
    };
    let mut n: neighbourhood::ActiveModel = found.into();
    n.archived_at = Set(archived.then(chrono::Utc::now));
    n.update(&txn).await?;
    let (action, done) = if archived {
        ("neighbourhood.archived", Retired::Archived)
    } else {
        ("neighbourhood.restored", Retired::Restored)
    };
    audit::record(
        &txn,
        Some(admin),
        action,
        &format!("neighbourhood:{slug}"),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(done)
}
