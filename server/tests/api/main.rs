//! Integration tests: each starts the real server on a free port against a fresh
//! database (SQLite by default; PostgreSQL when COMMONPOT_TEST_DATABASE_URL is set).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod access;
mod accounts;
mod cli;
mod codes;
mod helpers;
mod migrations;
mod pages;
mod pb_exchange;
mod proposals;
mod results;
mod seed;
mod visitors;
mod voting;
