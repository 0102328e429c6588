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
}
