//! When each stored count was last found to match its round's ballots.
//!
//! A stored count is checked against the number of counted ballots before it is served,
//! so that one no longer made from the round's ballots (a ballot deleted behind the
//! site's back) is refused instead. Counting a city's ballots in an index costs a few
//! milliseconds at 90,000, and a results page is read by everyone at once when a count
//! is announced: each server checks a stored count at most once per `RECHECK` and
//! serves it in between. A change the site makes (a void, a reopening) stores a new
//! count and is never waited for; only a change made behind its back is found up to
//! `RECHECK` late.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::entities::round_count;

/// How long a check holds before the ballots are counted again.
pub const RECHECK: Duration = Duration::from_secs(1);

/// Beyond this many stored counts the oldest checks are forgotten (they are made again).
const KEPT: usize = 256;

/// Which stored count, exactly: the row and what it was made from and when. Test
/// processes run many databases at once, whose row ids repeat; the count's time and
/// ledger hash do not.
type Which = (i32, i32, i32, String, chrono::DateTime<chrono::Utc>);

static CHECKED: Mutex<Option<HashMap<Which, Instant>>> = Mutex::new(None);

fn which(kept: &round_count::Model) -> Which {
    (
        kept.round_id,
        kept.id,
        kept.count_version,
        kept.ledger_sha256.clone(),
        kept.counted_at,
    )
}

/// Whether this stored count was found to match its ballots less than `RECHECK` ago.
pub fn recently_checked(kept: &round_count::Model, now: Instant) -> bool {
    let checked = CHECKED.lock().unwrap_or_else(PoisonError::into_inner);
    checked
        .as_ref()
        .and_then(|c| c.get(&which(kept)))
        .is_some_and(|at| now.saturating_duration_since(*at) < RECHECK)
}

/// Remembers that this stored count matched its ballots at `now`.
pub fn matched(kept: &round_count::Model, now: Instant) {
    let mut checked = CHECKED.lock().unwrap_or_else(PoisonError::into_inner);
    let map = checked.get_or_insert_with(HashMap::new);
    if map.len() >= KEPT {
        map.retain(|_, at| now.saturating_duration_since(*at) < RECHECK);
    }
    if map.len() < KEPT {
        map.insert(which(kept), now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(id: i32) -> round_count::Model {
        round_count::Model {
            id,
            round_id: 7,
            ballots: 3,
            ledger_sha256: format!("ledger {id}"),
            inputs_sha256: String::new(),
            comparison: String::new(),
            counted_at: chrono::Utc::now(),
            count_version: 0,
        }
    }

    #[test]
    fn a_check_holds_for_a_second_then_the_ballots_are_counted_again() {
        let kept = count(1);
        let now = Instant::now();
        assert!(!recently_checked(&kept, now));
        matched(&kept, now);
        assert!(recently_checked(&kept, now + Duration::from_millis(500)));
        assert!(!recently_checked(&kept, now + RECHECK));
    }

    #[test]
    fn another_stored_count_of_the_same_round_is_checked_afresh() {
        let (kept, other) = (count(2), count(3));
        let now = Instant::now();
        matched(&kept, now);
        assert!(!recently_checked(&other, now));
    }
}
