//! `commonpot import-pb` and `export-pb`: rounds to and from pabulib `.pb` files.
//!
//! An imported round keeps what Commonpot has no column for in text a reader can see: each
//! proposal's body starts with `pabulib project_id: ID` (export gives the project that id
//! back), and the round's summary ends with a `Source: pabulib; country: …; unit: …` line
//! (export takes country, unit, instance, currency and language back from it). Amounts are
//! stored as minor units, ×100, whatever the file's currency.

mod export;
mod import;
mod plan;
mod text;

pub use export::{export_pb, round_by_ref, ExportReport};
pub use import::{import_pb, ImportReport};

use anyhow::Context;
use app::backend::entities::neighbourhood;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// The neighbourhood with this slug, or an error listing the ones there are.
async fn neighbourhood_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> anyhow::Result<neighbourhood::Model> {
    if let Some(n) = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Slug.eq(slug))
        .one(db)
        .await
        .context("could not read the neighbourhoods")?
    {
        return Ok(n);
    }
    let known: Vec<String> = neighbourhood::Entity::find()
        .order_by_asc(neighbourhood::Column::Slug)
        .all(db)
        .await
        .context("could not read the neighbourhoods")?
        .into_iter()
        .map(|n| n.slug)
        .collect();
    if known.is_empty() {
        anyhow::bail!(
            "there is no neighbourhood {slug:?}: the database has no neighbourhoods yet \
             (`commonpot seed --demo` loads the demo ones)"
        );
    }
    anyhow::bail!(
        "there is no neighbourhood {slug:?}; the neighbourhoods are: {}",
        known.join(", ")
    )
}
