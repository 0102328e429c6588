//! The ballot of a round while voting is open: its rules, pot and shortlist, kept in
//! memory. They are frozen when voting opens (officers are refused any change), so
//! every server may keep its own copy for as long as the round stays open, and each
//! ballot is checked without reloading the round's proposals.

use crate::domain::ballot::{BallotRules, OnBallot};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// The rules, the shortlist, and the time voting closes by the round's timetable (none
/// for a round closed only by hand).
pub type Frozen = Arc<(
    BallotRules,
    Vec<OnBallot>,
    Option<chrono::DateTime<chrono::Utc>>,
)>;

#[derive(Debug, Clone, Default)]
pub struct FrozenBallots {
    rounds: Arc<RwLock<HashMap<i32, Frozen>>>,
}

impl FrozenBallots {
    pub fn get(&self, round_id: i32) -> Option<Frozen> {
        self.rounds.read().ok()?.get(&round_id).cloned()
    }

    /// Keeps a round's ballot. Only call this while the round's voting is open.
    pub fn keep(&self, round_id: i32, ballot: Frozen) {
        if let Ok(mut rounds) = self.rounds.write() {
            rounds.insert(round_id, ballot);
        }
    }
}
