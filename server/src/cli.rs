//! The command line: `commonpot [serve]`, `migrate`, `create-admin`, `seed --demo`,
//! `count`, `import-pb`, `export-pb`, `recount`, `backup`, `restore`.

use crate::settings::Settings;
use crate::startup::{connect_and_migrate, Application};
use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "commonpot",
    version,
    about = "Participatory budgeting for neighbourhood Community Budgets"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Migrate the database, then serve the site (the default).
    ///
    /// Listens on COMMONPOT_ADDR (default 127.0.0.1:3000); the database is DATABASE_URL
    /// (default: the SQLite file commonpot.db, created if missing).
    Serve {
        /// Load the demo neighbourhoods first (safe to repeat).
        #[arg(long)]
        demo: bool,
    },
    /// Apply every pending database migration and stop.
    Migrate,
    /// Make EMAIL the first administrator (or another one): creates the account if there
    /// is none and prints a one-time link, valid for a day, where its owner sets a
    /// password. Running it on the server's machine is the proof of who may.
    CreateAdmin {
        /// The administrator's email address.
        email: String,
        /// Their name as others see it (for a new account).
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
    /// Count a pabulib `.pb` election and print the funded set as JSON:
    /// {"rule": "...", "selected": ["id", ...], "total_cost": N}.
    Count {
        /// greedy, mes (Method of Equal Shares) or mes-complete (as the cities ran it).
        #[arg(long)]
        rule: app::domain::count::CountRule,
        /// Apply the file's min_project_score_threshold (greedy-threshold elections).
        #[arg(long)]
        threshold_from_file: bool,
        /// The .pb file.
        file: std::path::PathBuf,
    },
    /// Import a pabulib `.pb` election as a new, closed round of a neighbourhood.
    ///
    /// PROJECTS become proposals on the ballot (costs ×100, stored as pence whatever the
    /// file's currency; the project id is kept at the top of each proposal's text), VOTES
    /// become counted ballots (voter "pb:VOTER_ID"), META's budget the pot, paid by the
    /// neighbourhood's council. One transaction: a file refused halfway leaves nothing behind.
    /// Prints the new round's address and how many proposals and ballots it has.
    ImportPb {
        /// The .pb file.
        file: std::path::PathBuf,
        /// The neighbourhood's slug, as in its address /neighbourhoods/SLUG.
        #[arg(long)]
        neighbourhood: String,
    },
    /// Write a round and its ballot ledger as a pabulib `.pb` file.
    ///
    /// PROJECTS lists the proposals that were on the ballot; VOTES every counted ballot that
    /// chose at least one of them, identified by its receipt code only.
    ExportPb {
        /// The round as NEIGHBOURHOOD/ROUND, the two slugs in its address
        /// /neighbourhoods/NEIGHBOURHOOD/rounds/ROUND (e.g. ilfracombe/2025-26).
        round: String,
        /// Write the file here instead of to standard output.
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
    },
    /// Count a closed round again from its ballot ledger and say whether the count the
    /// site shows (stored when voting closed) is the one the ledger gives. Changes
    /// nothing. Exits with status 1 when they differ or nothing is stored.
    Recount {
        /// The round as NEIGHBOURHOOD/ROUND (e.g. ilfracombe/2025-26).
        round: String,
        /// Store the recount in place of the stored count (written to the audit log):
        /// for a count the site refuses, once you know why its ballots changed.
        #[arg(long)]
        replace: bool,
    },
    /// Copy the SQLite database into FILE (a new file), consistently, while the server
    /// runs and takes ballots. For PostgreSQL use pg_dump.
    Backup {
        /// Where to write the copy; it must not exist yet.
        file: std::path::PathBuf,
    },
    /// Put a backup made by `backup` in place of the SQLite database. Refused while the
    /// server (or anything else) has the database open; the database it replaces is
    /// kept beside it. Migrations run when the server next starts.
    Restore {
        /// The backup file.
        file: std::path::PathBuf,
        /// The database does not exist yet: make it from the backup.
        #[arg(long)]
        new: bool,
    },
    /// Load data into the database.
    Seed {
        /// The demo: Ilfracombe and Castle Vale, a round in each phase (safe to repeat).
        #[arg(long, required = true)]
        demo: bool,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let command = cli.command.unwrap_or(Command::Serve { demo: false });
    if let Command::Count {
        rule,
        threshold_from_file,
        file,
    } = &command
    {
        return count_file(*rule, *threshold_from_file, file);
    }
    let settings = Settings::from_env()?;
    match command {
        Command::Count { .. } => Ok(()),
        Command::Serve { demo } => {
            if demo {
                let db = connect_and_migrate(&settings).await?;
                crate::seed::demo::seed(&db).await?;
            }
            let app = Application::build(settings).await?;
            tracing::info!("Commonpot is listening on http://{}", app.address());
            app.run_until_stopped().await
        }
        Command::Migrate => {
            connect_and_migrate(&settings).await?;
            println!("The database at {} is up to date.", settings.database_url);
            Ok(())
        }
        Command::CreateAdmin { email, name } => {
            let db = connect_and_migrate(&settings).await?;
            create_admin(&db, &settings, &email, &name).await
        }
        Command::ImportPb {
            file,
            neighbourhood,
        } => {
            let db = connect_and_migrate(&settings).await?;
            let report = crate::pb_exchange::import_pb(&db, &file, &neighbourhood).await?;
            println!("{report}");
            let key = app::backend::access::secrets::code_key(&db, settings.code_key.as_deref())
                .await
                .map_err(|e| anyhow::anyhow!("could not load the voting code key: {e}"))?;
            crate::pb_exchange::count_imported(&db, &key, &report).await
        }
        Command::ExportPb { round, output } => {
            let db = connect_and_migrate(&settings).await?;
            export_round(&db, &round, output.as_deref()).await
        }
        Command::Recount { round, replace } => {
            let db = connect_and_migrate(&settings).await?;
            recount(&db, &round, replace).await
        }
        Command::Backup { file } => {
            let bytes = crate::backup::backup(&settings.database_url, &file).await?;
            println!(
                "Backed up {} to {} ({bytes} bytes).",
                settings.database_url,
                file.display()
            );
            Ok(())
        }
        Command::Restore { file, new } => {
            let restored = crate::backup::restore(&settings.database_url, &file, new).await?;
            println!(
                "Restored {} from {}.",
                restored.database.display(),
                file.display()
            );
            if let Some(kept) = restored.kept {
                println!("The database it replaced is kept at {}.", kept.display());
            }
            Ok(())
        }
        Command::Seed { demo: _ } => {
            let db = connect_and_migrate(&settings).await?;
            let report = crate::seed::demo::seed(&db).await?;
            println!("{report}");
            Ok(())
        }
    }
}

async fn create_admin(
    db: &sea_orm::DatabaseConnection,
    settings: &Settings,
    email: &str,
    name: &str,
) -> anyhow::Result<()> {
    use app::backend::access::links::{self, FirstAdmin};
    use app::domain::account::email::Email;
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("{email:?}: {e}"))?;
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        anyhow::bail!("--name cannot be empty");
    }
    let site = settings
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", settings.address));
    let link = |token: &str| format!("{site}/account/set-password/{token}");
    let valid = links::ADMIN_LINK_VALID.num_hours();
    match links::create_admin(db, &email, &name).await? {
        FirstAdmin::Created(token) => println!(
            "{} is now an administrator. They set their password here (once, within {valid} hours):\n{}",
            email.as_str(),
            link(&token)
        ),
        FirstAdmin::NewLink(token) => println!(
            "{} is already an administrator but has not set a password yet. A new link (once, within {valid} hours):\n{}",
            email.as_str(),
            link(&token)
        ),
        FirstAdmin::Promoted => println!(
            "{} is now an administrator; they sign in with the password they already have.",
            email.as_str()
        ),
        FirstAdmin::AlreadyAdmin => println!(
            "{} is already an administrator with a password: nothing changed.",
            email.as_str()
        ),
        FirstAdmin::Reenabled => println!(
            "{} is an administrator again: its account was disabled and is enabled now; they sign in with the password they already have.",
            email.as_str()
        ),
    }
    Ok(())
}

fn count_file(
    rule: app::domain::count::CountRule,
    threshold_from_file: bool,
    file: &std::path::Path,
) -> anyhow::Result<()> {
    use anyhow::Context;
    use app::domain::{count, pb};
    let reader = std::io::BufReader::new(
        std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?,
    );
    let parsed = pb::read_pb(reader)
        .with_context(|| format!("{} is not a valid .pb file", file.display()))?;
    let election = pb::to_election(&parsed).with_context(|| format!("{}", file.display()))?;
    let options = if threshold_from_file {
        pb::count_options(&parsed)
    } else {
        count::CountOptions::default()
    };
    let report = count::count(&election, rule, &options).report(&election);
    println!("{}", serde_json::to_string(&report)?);
    Ok(())
}

async fn export_round(
    db: &sea_orm::DatabaseConnection,
    round: &str,
    output: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    use anyhow::Context;
    use std::io::Write;
    let (file, report) = crate::pb_exchange::export_pb(db, round).await?;
    match output {
        Some(path) => {
            let out = std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            let mut out = std::io::BufWriter::new(out);
            app::domain::pb::write_pb(&file, &mut out)
                .and_then(|()| out.flush())
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("Wrote {round} to {}: {report}.", path.display());
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            app::domain::pb::write_pb(&file, &mut out)
                .and_then(|()| out.flush())
                .context("cannot write to standard output")?;
            eprintln!("Wrote {round}: {report}.");
        }
    }
    Ok(())
}

async fn recount(
    db: &sea_orm::DatabaseConnection,
    round: &str,
    replace: bool,
) -> anyhow::Result<()> {
    use app::backend::results;
    let (_, r) = crate::pb_exchange::round_by_ref(db, round).await?;
    if !r.phase.votes_may_be_shown() {
        anyhow::bail!("{round} is still open: it is counted once voting closes");
    }
    let found = results::recount(db, &r)
        .await
        .map_err(|e| anyhow::anyhow!("{round} could not be counted: {e}"))?;
    let fresh = &found.fresh;
    println!(
        "The ledger of {round}: {} ballots, SHA-256 {}; by greedy {} funded, by equal shares {}.",
        fresh.ballots,
        fresh.ledger_sha256,
        fresh.comparison.greedy_total,
        fresh.comparison.equal_shares_total
    );
    if replace {
        results::replace_stored(db, &r, &found)
            .await
            .map_err(|e| anyhow::anyhow!("{round}: the recount was not stored: {e}"))?;
        println!("The recount is now the stored count; the audit log says so.");
        return Ok(());
    }
    match &found.stored {
        None => {
            println!("Nothing is stored yet: the first view of the results stores the count.");
            std::process::exit(1);
        }
        Some(kept) if found.matches() => {
            println!(
                "The stored count (made {}) matches the ledger.",
                kept.counted_at.to_rfc3339()
            );
        }
        Some(kept) => {
            println!(
                "The stored count (made {}, {} ballots, SHA-256 {}) DIFFERS from the ledger.",
                kept.counted_at.to_rfc3339(),
                kept.ballots,
                kept.ledger_sha256
            );
            std::process::exit(1);
        }
    }
    Ok(())
}
