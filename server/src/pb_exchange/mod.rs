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

pub use export::{
    export_pb, ledger_head, ledger_page, mark, on_ballot, round_by_ref, ExportReport, LedgerFile,
    Tallies,
};
pub use import::{import_pb, ImportReport};

/// Counts an imported round at once by every rule its pages show and stores the count, so
/// its first visitor does not wait for it (a city's equal shares can take many seconds).
pub async fn count_imported(
    db: &DatabaseConnection,
    key: &app::backend::access::secrets::CodeKey,
    report: &ImportReport,
) -> anyhow::Result<()> {
    let r = app::backend::entities::round::Entity::find_by_id(report.round_id)
        .one(db)
        .await
        .context("could not read the imported round")?
        .context("the imported round is gone")?;
    let started = std::time::Instant::now();
    // The round is imported whatever happens here: a failure is reported, not an error
    // that would invite importing it again.
    match app::backend::counter::count_closed(db, key, &r).await {
        Ok(()) => println!(
            "Counted it by greedy and equal shares in {:.1} s; its pages read this stored count.",
            started.elapsed().as_secs_f64()
        ),
        Err(e) => eprintln!(
            "The round was imported, but counting it failed ({e}); the server's counter will \
             try again, and `commonpot recount` checks it."
        ),
    }
    Ok(())
}

use anyhow::Context;
use app::backend::entities::neighbourhood;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

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
