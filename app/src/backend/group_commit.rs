//! Group commit: one writer task runs the writes of many requests in one transaction,
//! each in its own savepoint, and answers them only after that transaction is durable.
//!
//! Why: with SQLite in WAL mode and `synchronous=FULL` every commit waits for the disk
//! (about 250 commits a second here). Ballots arrive fastest in the last hours of a
//! round, so instead of weakening durability we share each disk flush between every
//! ballot that is waiting for one. A request learns that its write succeeded only once
//! the commit holding it has returned, so an acknowledged ballot survives a power cut.

use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, DatabaseTransaction, DbErr,
    TransactionTrait,
};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot, Mutex};

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
/// Told whether the shared transaction committed; answers the waiting request.
type Deliver = Box<dyn FnOnce(Result<(), String>) + Send>;
/// A request's writes, run in the shared transaction: its answer, and whether the
/// transaction can still commit (false when its savepoint could not be undone).
type Job =
    Box<dyn for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, (Deliver, bool)> + Send>;

/// How many requests' writes share one commit at most. PostgreSQL keeps 64
/// subtransactions per transaction in its cache; more slow every session down.
fn most_per_commit(backend: DatabaseBackend) -> usize {
    match backend {
        DatabaseBackend::Postgres => 60,
        _ => 256,
    }
}

/// A handle to the writer task; cheap to clone.
#[derive(Clone)]
pub struct GroupCommit {
    jobs: mpsc::Sender<Job>,
}

impl std::fmt::Debug for GroupCommit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("GroupCommit")
    }
}

impl GroupCommit {
    /// Starts the writer task on the current tokio runtime. Should a write panic, the
    /// writer is started again: that batch fails unacknowledged, later ones go on.
    pub fn start(db: DatabaseConnection) -> GroupCommit {
        let most = most_per_commit(db.get_database_backend());
        let (jobs, queue) = mpsc::channel(4 * most);
        let queue = Arc::new(Mutex::new(queue));
        tokio::spawn(async move {
            loop {
                match tokio::spawn(writer(db.clone(), queue.clone(), most)).await {
                    Err(e) if e.is_panic() => {
                        tracing::error!(error = %e, "the database writer panicked; starting it again");
                    }
                    // The queue closed, or the runtime is shutting down.
                    _ => break,
                }
            }
        });
        GroupCommit { jobs }
    }

    /// Runs `work` in the next shared transaction and returns its answer once that
    /// transaction has committed. An error from `work` undoes only its own writes.
    pub async fn run<T, F>(&self, work: F) -> Result<T, DbErr>
    where
        T: Send + 'static,
        F: for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T, DbErr>>
            + Send
            + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: Job = Box::new(move |txn| {
            Box::pin(async move {
                let (outcome, sound) = in_savepoint(txn, work).await;
                let deliver = Box::new(move |committed: Result<(), String>| {
                    let answer = outcome.and_then(|value| {
                        committed
                            .map(|()| value)
                            .map_err(|e| DbErr::Custom(format!("the shared commit failed: {e}")))
                    });
                    // The request may have given up waiting; nothing more to do then.
                    let _ = reply.send(answer);
                }) as Deliver;
                (deliver, sound)
            })
        });
        self.jobs
            .send(job)
            .await
            .map_err(|_| DbErr::Custom("the database writer has stopped".into()))?;
        answer.await.map_err(|_| {
            DbErr::Custom("the database writer stopped before this write committed".into())
        })?
    }
}

/// Runs `work` in a savepoint. The flag is false when a failed savepoint could not be
/// undone: PostgreSQL would then turn the final COMMIT into a silent rollback, so the
/// whole batch must be reported as failed.
async fn in_savepoint<T, F>(txn: &DatabaseTransaction, work: F) -> (Result<T, DbErr>, bool)
where
    F: for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T, DbErr>>,
{
    let savepoint = match txn.begin().await {
        Ok(s) => s,
        Err(e) => return (Err(e), false),
    };
    match work(&savepoint).await {
        Ok(value) => match savepoint.commit().await {
            Ok(()) => (Ok(value), true),
            Err(e) => (Err(e), false),
        },
        Err(e) => match savepoint.rollback().await {
            Ok(()) => (Err(e), true),
            Err(undo) => {
                tracing::error!(error = %undo, "could not roll back a savepoint");
                (Err(e), false)
            }
        },
    }
}

async fn writer(db: DatabaseConnection, queue: Arc<Mutex<mpsc::Receiver<Job>>>, most: usize) {
    let mut queue = queue.lock().await;
    let mut jobs = Vec::with_capacity(most);
    while queue.recv_many(&mut jobs, most).await > 0 {
        // Dropping a job unrun drops its reply, which tells the request it failed.
        // The write lock first: a job may read before it writes (a ballot checks the
        // round is still open), and on SQLite a transaction that read first cannot then
        // write once another connection has committed ("database is locked").
        let started = match db.begin().await {
            Ok(txn) => super::db::write_first(&txn).await.map(|()| txn),
            Err(e) => Err(e),
        };
        let txn = match started {
            Ok(txn) => txn,
            Err(e) => {
                tracing::error!(error = %e, waiting = jobs.len(), "could not start a shared write");
                jobs.clear();
                continue;
            }
        };
        let mut answers = Vec::with_capacity(jobs.len());
        let mut sound = true;
        for job in jobs.drain(..) {
            let (answer, ok) = job(&txn).await;
            answers.push(answer);
            sound &= ok;
        }
        let committed = if sound {
            txn.commit().await.map_err(|e| {
                tracing::error!(error = %e, writes = answers.len(), "a shared commit failed");
                e.to_string()
            })
        } else {
            if let Err(e) = txn.rollback().await {
                tracing::error!(error = %e, "could not roll back a broken batch");
            }
            Err("a savepoint in the batch could not be undone, so the batch was rolled back".into())
        };
        metrics::histogram!("commonpot_group_commit_writes").record(answers.len() as f64);
        for answer in answers {
            answer(committed.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::GroupCommit;
    use sea_orm::{ConnectOptions, ConnectionTrait, Database, DbErr, Statement};

    async fn table() -> sea_orm::DatabaseConnection {
        // One connection: each connection to `:memory:` is a database of its own.
        let mut options = ConnectOptions::new("sqlite::memory:");
        options.max_connections(1).sqlx_logging(false);
        let db = Database::connect(options).await.unwrap();
        db.execute_unprepared("CREATE TABLE t (n INTEGER NOT NULL UNIQUE)")
            .await
            .unwrap();
        // The writer takes the write lock through `users`, as on the real schema.
        db.execute_unprepared("CREATE TABLE users (id INTEGER PRIMARY KEY)")
            .await
            .unwrap();
        db
    }

    async fn count(db: &sea_orm::DatabaseConnection) -> i64 {
        let row = db
            .query_one(Statement::from_string(
                db.get_database_backend(),
                "SELECT COUNT(*) AS n FROM t",
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get("", "n").unwrap()
    }

    #[tokio::test]
    async fn many_writers_share_commits_and_a_failing_one_loses_only_its_own_rows() {
        let db = table().await;
        let writes = GroupCommit::start(db.clone());
        let mut waiting = Vec::new();
        for n in 0..200 {
            let writes = writes.clone();
            waiting.push(tokio::spawn(async move {
                writes
                    .run(move |txn| {
                        Box::pin(async move {
                            txn.execute_unprepared(&format!("INSERT INTO t (n) VALUES ({n})"))
                                .await?;
                            if n % 10 == 0 {
                                // Written, then failed: the row must not stay.
                                txn.execute_unprepared(&format!(
                                    "INSERT INTO t (n) VALUES ({})",
                                    n + 1
                                ))
                                .await?;
                                return Err(DbErr::Custom("refused".into()));
                            }
                            Ok(n)
                        })
                    })
                    .await
            }));
        }
        let mut ok = 0;
        for w in waiting {
            match w.await.unwrap() {
                Ok(_) => ok += 1,
                Err(e) => {
                    let e = e.to_string();
                    assert!(e.contains("refused") || e.contains("UNIQUE"), "{e}");
                }
            }
        }
        assert_eq!(ok, 180, "every tenth writer fails");
        assert_eq!(count(&db).await, 180, "and leaves nothing behind");
    }

    #[tokio::test]
    async fn a_write_that_panics_fails_alone_and_the_writer_carries_on() {
        let db = table().await;
        let writes = GroupCommit::start(db.clone());
        let boom = writes
            .run(|_txn| -> super::BoxFuture<'_, Result<(), DbErr>> {
                Box::pin(async { panic!("a bug in one request's writes") })
            })
            .await;
        assert!(boom.is_err(), "the panicking write is not acknowledged");
        let after = writes
            .run(|txn| {
                Box::pin(async move {
                    txn.execute_unprepared("INSERT INTO t (n) VALUES (1)")
                        .await?;
                    Ok(())
                })
            })
            .await;
        assert!(after.is_ok(), "{after:?}");
        assert_eq!(count(&db).await, 1);
    }
}
