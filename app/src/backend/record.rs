//! What a step writes beside its change: the audit entry, the letters it sends and the
//! notice its actor sees next. A use case writes its record inside the transaction of
//! its change, so the step is stored with all of it or not at all: no verdict without
//! its audit entry, no letter about a change that was rolled back.

use super::access::audit;
use super::access::flash::{self, Flash};
use super::mail::{self, Letter};
use sea_orm::{ConnectionTrait, DbErr};

/// The record of one step.
pub struct Record {
    pub actor: Option<i32>,
    /// The audit log's action: `proposal.reviewed`, …
    pub action: &'static str,
    /// What it was done to: `proposal:12`.
    pub subject: String,
    pub detail: String,
    pub letters: Vec<Letter>,
    /// The notice shown on the actor's next page.
    pub notice: Option<Flash>,
}

impl Record {
    pub fn new(actor: i32, action: &'static str, subject: String) -> Record {
        Record {
            actor: Some(actor),
            action,
            subject,
            detail: String::new(),
            letters: Vec::new(),
            notice: None,
        }
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Record {
        self.detail = detail.into();
        self
    }

    pub fn notice(mut self, notice: Flash) -> Record {
        self.notice = Some(notice);
        self
    }

    pub fn letter(mut self, letter: Option<Letter>) -> Record {
        self.letters.extend(letter);
        self
    }

    /// Writes it in `txn`; the id of the stored notice, for the actor's cookie once the
    /// transaction has committed.
    pub async fn write(self, txn: &impl ConnectionTrait) -> Result<Option<String>, DbErr> {
        for letter in self.letters {
            mail::queue(txn, letter).await?;
        }
        let notice = match &self.notice {
            Some(n) => Some(flash::store(txn, n).await?),
            None => None,
        };
        // The audit entry last: the step's last write, which the tests make fail.
        audit::record(txn, self.actor, self.action, &self.subject, &self.detail).await?;
        Ok(notice)
    }
}

/// How a step ended: stored (with the id of the actor's notice), or not applied because
/// what the actor saw had changed meanwhile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored<T = ()> {
    Done { value: T, notice: Option<String> },
    Stale,
}
