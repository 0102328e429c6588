//! The Commonpot server: settings, start-up, static assets and the CLI commands.
// Leptos view types of the longest pages nest deeper than the default limit.
#![recursion_limit = "256"]

pub mod api_status;
pub mod assets;
pub mod backup;
pub mod cli;
pub mod language;
pub mod mailer;
pub mod observe;
pub mod open_data;
pub mod pb_exchange;
pub mod personal_data;
pub mod security_headers;
pub mod seed;
pub mod serve;
pub mod settings;
pub mod startup;
pub mod telemetry;
