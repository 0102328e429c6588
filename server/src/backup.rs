//! `commonpot backup FILE` and `commonpot restore FILE` for the embedded SQLite database.
//!
//! A backup is `VACUUM INTO`: one read transaction, so the copy is the database as it
//! stood at one instant even while the server keeps taking ballots (WAL lets it write
//! meanwhile), compacted, with no WAL beside it. It is written under a temporary name
//! and renamed, so a backup cut short never looks like a finished one.
//!
//! A restore refuses while anything has the database open: a running server keeps a
//! connection open, and SQLite will not give an exclusive lock to a connection while
//! any other holds the file. The database it replaces is kept beside it, renamed, so
//! a restore from the wrong file can itself be undone. PostgreSQL has its own tools
//! (`pg_dump` / `pg_restore`, in the README).

use anyhow::{bail, Context};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The file a `sqlite:` database URL names.
pub fn sqlite_file(database_url: &str) -> anyhow::Result<PathBuf> {
    let Some(rest) = database_url
        .strip_prefix("sqlite://")
        .or_else(|| database_url.strip_prefix("sqlite:"))
    else {
        bail!(
            "backup and restore work on the SQLite database; for PostgreSQL use pg_dump and pg_restore (see \"Running it for real\" in the README)"
        );
    };
    let path = rest.split('?').next().unwrap_or("");
    if path.is_empty() || path == ":memory:" {
        bail!("{database_url} is not a database file");
    }
    Ok(PathBuf::from(path))
}

async fn open(file: &Path, exclusive: bool) -> anyhow::Result<DatabaseConnection> {
    let mut options = ConnectOptions::new(format!("sqlite://{}", file.display()));
    options
        .max_connections(1)
        .min_connections(1)
        .sqlx_logging(false);
    options.map_sqlx_sqlite_opts(move |o| {
        let o = o.busy_timeout(Duration::from_secs(2));
        if exclusive {
            o.locking_mode(sea_orm::sqlx::sqlite::SqliteLockingMode::Exclusive)
        } else {
            o
        }
    });
    Database::connect(options)
        .await
        .with_context(|| format!("could not open {}", file.display()))
}

fn quoted(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "''"))
}

/// Copies the database `database_url` names into `to`, which must not exist yet.
/// Returns the size of the copy in bytes.
pub async fn backup(database_url: &str, to: &Path) -> anyhow::Result<u64> {
    let from = sqlite_file(database_url)?;
    if !from.exists() {
        bail!("there is no database at {}", from.display());
    }
    if to.exists() {
        bail!(
            "{} already exists: choose a new name, so that no backup is overwritten",
            to.display()
        );
    }
    let partial = PathBuf::from(format!("{}.partial", to.display()));
    let _ = std::fs::remove_file(&partial);
    let db = open(&from, false).await?;
    let copied = db
        .execute_unprepared(&format!("VACUUM INTO {}", quoted(&partial)))
        .await;
    db.close().await.ok();
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(e).with_context(|| format!("could not write {}", to.display()));
    }
    std::fs::rename(&partial, to)
        .with_context(|| format!("could not name the finished backup {}", to.display()))?;
    Ok(std::fs::metadata(to)?.len())
}

/// Checks that `file` is a whole Commonpot database: SQLite's integrity check passes
/// and it has the migrations table.
async fn check_backup(file: &Path) -> anyhow::Result<()> {
    let db = open(file, false).await?;
    let integrity = db
        .query_one(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "PRAGMA integrity_check",
        ))
        .await
        .ok()
        .flatten()
        .and_then(|row| row.try_get_by_index::<String>(0).ok());
    let migrated = db
        .execute_unprepared("SELECT 1 FROM seaql_migrations LIMIT 1")
        .await
        .is_ok();
    db.close().await.ok();
    if integrity.as_deref() != Some("ok") {
        bail!("{} is not a sound SQLite database", file.display());
    }
    if !migrated {
        bail!("{} is not a Commonpot database", file.display());
    }
    Ok(())
}

/// What a restore did.
#[derive(Debug)]
pub struct Restored {
    /// The database file that now holds the backup, as an absolute path.
    pub database: PathBuf,
    /// Where the database it replaced was kept, if there was one.
    pub kept: Option<PathBuf>,
}

/// Puts the backup `from` in place of the database `database_url` names. A database
/// that does not exist yet is only made when `new` says so: a mistyped or forgotten
/// DATABASE_URL must not "restore" into a file the server never reads.
pub async fn restore(database_url: &str, from: &Path, new: bool) -> anyhow::Result<Restored> {
    let target = sqlite_file(database_url)?;
    let shown = std::path::absolute(&target).unwrap_or_else(|_| target.clone());
    if !from.exists() {
        bail!("there is no backup at {}", from.display());
    }
    if !target.exists() && !new {
        bail!(
            "there is no database at {} (is DATABASE_URL the server's?): to restore into a new database there, add --new",
            shown.display()
        );
    }
    // Work on a copy: the backup stays as it was whatever happens next.
    let incoming = PathBuf::from(format!("{}.restoring", target.display()));
    std::fs::copy(from, &incoming).with_context(|| format!("could not copy {}", from.display()))?;
    if let Err(e) = check_backup(&incoming).await {
        let _ = std::fs::remove_file(&incoming);
        return Err(e);
    }
    if !target.exists() {
        std::fs::rename(&incoming, &target)
            .with_context(|| format!("could not put the backup in place at {}", shown.display()))?;
        return Ok(Restored {
            database: shown,
            kept: None,
        });
    }
    // The exclusive lock is held until the files are swapped, so nothing can open the
    // old database in between and write to what is about to be set aside.
    let lock = open(&target, true).await?;
    if lock.execute_unprepared("BEGIN EXCLUSIVE").await.is_err() {
        lock.close().await.ok();
        let _ = std::fs::remove_file(&incoming);
        bail!(
            "{} is in use (is the server running?): stop it first, then restore",
            shown.display()
        );
    }
    // Everything in the WAL into the file, so the kept copy is whole.
    lock.execute_unprepared("COMMIT").await.ok();
    lock.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
        .await
        .ok();
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let kept = PathBuf::from(format!("{}.before-restore-{stamp}", target.display()));
    let swapped = keep_owner_and_mode(&target, &incoming).and_then(|()| {
        std::fs::rename(&target, &kept)
            .with_context(|| format!("could not set {} aside", shown.display()))?;
        for side in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{side}", target.display()));
        }
        std::fs::rename(&incoming, &target)
            .with_context(|| format!("could not put the backup in place at {}", shown.display()))
    });
    lock.close().await.ok();
    swapped?;
    Ok(Restored {
        database: shown,
        kept: Some(std::path::absolute(&kept).unwrap_or(kept)),
    })
}

/// The restored file gets the owner and permissions of the one it replaces, so the
/// service's user can still write it when an administrator restored as root.
fn keep_owner_and_mode(old: &Path, new: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let was = std::fs::metadata(old)?;
    std::fs::set_permissions(new, was.permissions())?;
    let (uid, gid) = (was.uid(), was.gid());
    let now = std::fs::metadata(new)?;
    if (now.uid(), now.gid()) != (uid, gid) {
        std::os::unix::fs::chown(new, Some(uid), Some(gid)).with_context(|| {
            format!(
                "could not give {} the owner of the database it replaces (run the restore as that user, or as root)",
                new.display()
            )
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::sqlite_file;
    use std::path::PathBuf;

    #[test]
    fn the_database_file_is_read_from_the_url_and_postgresql_is_sent_to_its_own_tools() {
        assert_eq!(
            sqlite_file("sqlite://commonpot.db").unwrap(),
            PathBuf::from("commonpot.db")
        );
        assert_eq!(
            sqlite_file("sqlite:///var/lib/commonpot/db.sqlite?mode=rwc").unwrap(),
            PathBuf::from("/var/lib/commonpot/db.sqlite")
        );
        let pg = sqlite_file("postgres://localhost/commonpot").unwrap_err();
        assert!(pg.to_string().contains("pg_dump"), "{pg}");
        assert!(sqlite_file("sqlite::memory:").is_err());
    }
}
