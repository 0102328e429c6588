//! The command line: `commonpot [serve]`, `migrate`, `seed --demo`.

use crate::settings::Settings;
use crate::startup::{connect_and_migrate, Application};
use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "commonpot", version, about = "Participatory budgeting for neighbourhood Community Budgets")]
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
    /// Load data into the database.
    Seed {
        /// The demo: Ilfracombe and Castle Vale, a round in each phase (safe to repeat).
        #[arg(long, required = true)]
        demo: bool,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let settings = Settings::from_env()?;
    match cli.command.unwrap_or(Command::Serve { demo: false }) {
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
        Command::Seed { demo: _ } => {
            let db = connect_and_migrate(&settings).await?;
            let report = crate::seed::demo::seed(&db).await?;
            println!("{report}");
            Ok(())
        }
    }
}
