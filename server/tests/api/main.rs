//! Integration tests: each starts the real server on a free port against a fresh
//! database (SQLite by default; PostgreSQL when COMMONPOT_TEST_DATABASE_URL is set).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod cli;
mod helpers;
mod migrations;
mod pages;
mod results;
mod seed;
