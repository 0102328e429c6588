//! Password hashing: argon2id at OWASP's recommended parameters (m = 19 MiB, t = 2,
//! p = 1), run off the async runtime. A semaphore bounds how many hashes run at once,
//! so a burst of sign-ins queues instead of taking 19 MiB each without limit.

use crate::domain::account::password::Password;
use crate::error::AppError;
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;
use tokio::sync::Semaphore;

const MEMORY_KIB: u32 = 19 * 1024;
const ITERATIONS: u32 = 2;
const PARALLELISM: u32 = 1;
/// At most this many hashes in memory at once (about 76 MiB).
const CONCURRENT_HASHES: usize = 4;

fn argon2() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
        .unwrap_or_else(|_| Params::default());
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn permits() -> &'static Semaphore {
    static PERMITS: OnceLock<Semaphore> = OnceLock::new();
    PERMITS.get_or_init(|| Semaphore::new(CONCURRENT_HASHES))
}

/// A hash of a password no one knows, verified against when the email is unknown so
/// that an unknown email and a wrong password take the same time.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(
                b"no account has this password, it is only for timing",
                &salt,
            )
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

/// At most this many requests wait for a hash; more are told the service is busy at once
/// rather than queued for minutes (a flood of sign-ins with made-up emails cannot hold
/// every real resident behind it).
const MOST_WAITING: usize = 64;
/// How long a request waits for a hash before it is told to try again.
const LONGEST_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

fn waiting() -> &'static std::sync::atomic::AtomicUsize {
    static WAITING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    &WAITING
}

/// Counts a request as waiting (on `counter`) for as long as it lives.
struct InQueue<'a>(&'a std::sync::atomic::AtomicUsize);

impl<'a> InQueue<'a> {
    /// A place in the queue, unless `most` are waiting already.
    fn join(counter: &'a std::sync::atomic::AtomicUsize, most: usize) -> Option<InQueue<'a>> {
        use std::sync::atomic::Ordering;
        if counter.fetch_add(1, Ordering::SeqCst) >= most {
            counter.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        Some(InQueue(counter))
    }
}

impl Drop for InQueue<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let place = InQueue::join(waiting(), MOST_WAITING).ok_or(AppError::Busy)?;
    let _permit = tokio::time::timeout(LONGEST_WAIT, permits().acquire())
        .await
        .map_err(|_| AppError::Busy)?
        .map_err(|_| AppError::Internal)?;
    drop(place);
    tokio::task::spawn_blocking(work).await.map_err(|e| {
        tracing::error!(error = %e, "password hashing task failed");
        AppError::Internal
    })
}

pub async fn hash(password: &Password) -> Result<String, AppError> {
    let secret = password.expose().to_owned();
    blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(secret.as_bytes(), &salt)
            .map(|h| h.to_string())
    })
    .await?
    .map_err(|e| {
        tracing::error!(error = %e, "could not hash a password");
        AppError::Internal
    })
}

/// True when `candidate` matches `stored`. With no stored hash (unknown email) it
/// still does the full work and answers false.
pub async fn verify(candidate: &str, stored: Option<String>) -> Result<bool, AppError> {
    let candidate = candidate.to_owned();
    blocking(move || {
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| dummy_hash().to_owned());
        let matches = PasswordHash::new(&stored)
            .map(|parsed| {
                argon2()
                    .verify_password(candidate.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or_else(|_| {
                // A hash that cannot be parsed (such as the demo's "!no-sign-in") never
                // verifies; spend the same time anyway.
                if let Ok(parsed) = PasswordHash::new(dummy_hash()) {
                    let _ = argon2().verify_password(candidate.as_bytes(), &parsed);
                }
                false
            });
        known && matches
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_more_than_the_bound_wait_for_a_hash_and_a_place_is_given_back() {
        static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let mut held = Vec::new();
        while let Some(place) = InQueue::join(&COUNTER, MOST_WAITING) {
            held.push(place);
            assert!(held.len() <= MOST_WAITING, "the queue has no bound");
        }
        assert_eq!(held.len(), MOST_WAITING);
        assert!(InQueue::join(&COUNTER, MOST_WAITING).is_none());
        held.pop();
        assert!(InQueue::join(&COUNTER, MOST_WAITING).is_some());
    }

    #[tokio::test]
    async fn a_password_verifies_against_its_own_hash_only() {
        let password = Password::parse("harbour lighthouse kettle").unwrap();
        let stored = hash(&password).await.unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("harbour lighthouse kettle", Some(stored.clone()))
            .await
            .unwrap());
        assert!(!verify("harbour lighthouse kettles", Some(stored))
            .await
            .unwrap());
        assert!(!verify("harbour lighthouse kettle", None).await.unwrap());
        assert!(!verify("anything", Some("!no-sign-in".into()))
            .await
            .unwrap());
    }
}
