//! Where each page of a closed round's public ledger starts.
//!
//! The ledger lists ballots by receipt, 200 to a page. Paging with OFFSET makes the last
//! page of a city's ledger walk 90,000 index entries, and counting the ballots for "page 3
//! of 453" walks them all, on every view. Once voting has closed the round's receipts do
//! not change until its count version does (a void or a reopening counts it up; paper
//! ballots are entered only while voting is open), so the first receipt of every page is
//! read once per count version and kept here; a page view is then one range read of
//! 200 rows from the `(round_id, receipt)` index, whatever the number of ballots.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::entities::ballot;

/// The receipts that begin each page of one round's ledger, at one count version.
#[derive(Debug)]
pub struct PageStarts {
    version: i32,
    /// Ballots in the ledger, voided ones included (they keep their line).
    pub total: u64,
    starts: Vec<String>,
}

impl PageStarts {
    /// The page starts of a ledger holding `receipts`, in receipt order.
    fn from_receipts(version: i32, receipts: Vec<String>, page_size: u32) -> Self {
        PageStarts {
            version,
            total: u64::try_from(receipts.len()).unwrap_or(u64::MAX),
            starts: receipts
                .into_iter()
                .step_by(usize::try_from(page_size.max(1)).unwrap_or(1))
                .collect(),
        }
    }

    /// Pages in the ledger; an empty ledger still has its one (empty) page.
    pub fn pages(&self) -> u32 {
        u32::try_from(self.starts.len()).unwrap_or(u32::MAX).max(1)
    }

    /// The first receipt of 1-based page `page`, if there is such a page with ballots.
    pub fn start(&self, page: u32) -> Option<&str> {
        let i = usize::try_from(page.checked_sub(1)?).ok()?;
        self.starts.get(i).map(String::as_str)
    }
}

/// Rounds whose page starts are kept; past this one is forgotten (a visitor walking every
/// round of a large install costs one read per round again).
const KEPT: usize = 64;

/// Each server's page starts, by round. Shared by the server's requests.
#[derive(Debug, Clone, Default)]
pub struct LedgerPages {
    kept: Arc<Mutex<HashMap<i32, Arc<PageStarts>>>>,
    /// One index read at a time: a crowd arriving at a newly closed round waits for the
    /// first reader's walk instead of making its own.
    reading: Arc<tokio::sync::Mutex<()>>,
}

impl LedgerPages {
    fn kept(&self, round_id: i32, version: i32) -> Option<Arc<PageStarts>> {
        let kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        kept.get(&round_id)
            .filter(|s| s.version == version)
            .cloned()
    }

    fn keep(&self, round_id: i32, starts: Arc<PageStarts>) {
        let mut kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        if kept.len() >= KEPT && !kept.contains_key(&round_id) {
            if let Some(any) = kept.keys().next().copied() {
                kept.remove(&any);
            }
        }
        kept.insert(round_id, starts);
    }

    /// Where the pages of the round's ledger start, for a round whose votes may be shown,
    /// at its count version `version` (read with the round, before the ballots).
    pub async fn page_starts(
        &self,
        db: &impl ConnectionTrait,
        round_id: i32,
        version: i32,
        page_size: u32,
    ) -> Result<Arc<PageStarts>, DbErr> {
        if let Some(found) = self.kept(round_id, version) {
            return Ok(found);
        }
        let _one_at_a_time = self.reading.lock().await;
        if let Some(found) = self.kept(round_id, version) {
            return Ok(found);
        }
        let receipts: Vec<String> = ballot::Entity::find()
            .select_only()
            .column(ballot::Column::Receipt)
            .filter(ballot::Column::RoundId.eq(round_id))
            .order_by_asc(ballot::Column::Receipt)
            .into_tuple()
            .all(db)
            .await?;
        let found = Arc::new(PageStarts::from_receipts(version, receipts, page_size));
        self.keep(round_id, Arc::clone(&found));
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(n: usize) -> PageStarts {
        let receipts = (0..n).map(|i| format!("R{i:05}")).collect();
        PageStarts::from_receipts(0, receipts, 200)
    }

    #[test]
    fn pages_begin_every_two_hundred_ballots() {
        let s = starts(401);
        assert_eq!((s.total, s.pages()), (401, 3));
        assert_eq!(s.start(1), Some("R00000"));
        assert_eq!(s.start(3), Some("R00400"));
        assert_eq!(s.start(4), None);
        assert_eq!(s.start(0), None);
    }

    #[test]
    fn an_empty_ledger_has_one_empty_page() {
        let s = starts(0);
        assert_eq!((s.total, s.pages()), (0, 1));
        assert_eq!(s.start(1), None);
    }
}
