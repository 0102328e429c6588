//! Connecting to the database (SQLite file by default, PostgreSQL by URL) and finding
//! the connection from inside a server function.

use crate::error::AppError;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use std::time::Duration;

/// Opens a pool. SQLite gets WAL, foreign keys, a busy timeout and `synchronous=FULL`
/// so that an acknowledged write survives a power cut; the file is created if missing.
pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max_connections)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    if url.starts_with("sqlite:") {
        options.map_sqlx_sqlite_opts(|o| {
            o.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
        });
    }
    Database::connect(options).await
}

/// Makes a transaction that reads before it writes take SQLite's write lock first. A
/// SQLite transaction that has read cannot start writing once another connection has
/// committed meanwhile (it fails at once, `SQLITE_BUSY_SNAPSHOT`, whatever the busy
/// timeout), and the mail sender and the timetable write all the time; a write as the
/// transaction's first statement waits for the lock instead. It changes no row: an
/// UPDATE takes the lock before it looks for rows. PostgreSQL needs nothing.
pub async fn write_first(txn: &impl sea_orm::ConnectionTrait) -> Result<(), DbErr> {
    if txn.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
        txn.execute_unprepared("UPDATE users SET id = id WHERE id = -1")
            .await?;
    }
    Ok(())
}

/// The connection the server provided to this request.
pub fn from_context() -> Result<DatabaseConnection, AppError> {
    leptos::prelude::use_context::<DatabaseConnection>().ok_or_else(|| {
        tracing::error!("no database connection in the request context");
        AppError::Internal
    })
}

#[cfg(test)]
mod tests {
    use sea_orm::{ConnectionTrait, Statement};

    async fn pragma(db: &sea_orm::DatabaseConnection, name: &str) -> String {
        let row = db
            .query_one(Statement::from_string(
                db.get_database_backend(),
                format!("PRAGMA {name}"),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get_by_index::<i64>(0)
            .map(|n| n.to_string())
            .or_else(|_| row.try_get_by_index::<String>(0))
            .unwrap()
    }

    /// An acknowledged ballot must survive a power cut: WAL with synchronous=FULL
    /// (2) on every connection the server opens. SIGKILL tests cannot see this.
    #[tokio::test]
    async fn sqlite_connections_are_durable_on_every_commit() {
        let dir = std::env::temp_dir().join(format!("commonpot-db-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let url = format!("sqlite://{}", dir.join("t.db").display());
        let db = super::connect(&url, 2).await.unwrap();
        assert_eq!(pragma(&db, "journal_mode").await, "wal");
        assert_eq!(pragma(&db, "synchronous").await, "2");
        assert_eq!(pragma(&db, "foreign_keys").await, "1");
        db.close().await.unwrap();
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// The failure `write_first` prevents: a transaction that read, then tries to write
    /// after another connection committed, fails at once on SQLite; one that took the
    /// write lock first waits its turn and succeeds.
    #[tokio::test]
    async fn a_transaction_that_takes_the_write_lock_first_is_not_failed_by_another_writer() {
        use sea_orm::TransactionTrait;
        let dir = std::env::temp_dir().join(format!("commonpot-wf-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let url = format!("sqlite://{}", dir.join("t.db").display());
        let db = super::connect(&url, 4).await.unwrap();
        for sql in [
            "CREATE TABLE users (id INTEGER PRIMARY KEY)",
            "CREATE TABLE t (n INTEGER)",
            "INSERT INTO t VALUES (0)",
        ] {
            db.execute_unprepared(sql).await.unwrap();
        }
        let read = "SELECT n FROM t";
        let write = "UPDATE t SET n = n + 1";

        // Read, someone else commits, then write: refused.
        let txn = db.begin().await.unwrap();
        txn.execute_unprepared(read).await.unwrap();
        db.execute_unprepared(write).await.unwrap();
        assert!(txn.execute_unprepared(write).await.is_err());
        drop(txn);

        // The lock first: the other writer waits, and both writes land.
        let txn = db.begin().await.unwrap();
        super::write_first(&txn).await.unwrap();
        txn.execute_unprepared(read).await.unwrap();
        let other = {
            let db = db.clone();
            tokio::spawn(async move { db.execute_unprepared(write).await })
        };
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        txn.execute_unprepared(write).await.unwrap();
        txn.commit().await.unwrap();
        other.await.unwrap().unwrap();
        let n = db
            .query_one(Statement::from_string(
                db.get_database_backend(),
                read.to_owned(),
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get_by_index::<i64>(0)
            .unwrap();
        assert_eq!(n, 3);
        db.close().await.unwrap();
        let _ = std::fs::remove_dir_all(&dir);
    }
}
