//! Integration tests: each starts the real server on a free port against a fresh
//! database (SQLite by default; PostgreSQL when COMMONPOT_TEST_DATABASE_URL is set).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod access;
mod accounts;
mod backup;
mod cli;
mod codes;
mod council_setup;
mod crash;
mod decisions;
mod disabled_accounts;
mod email_change;
mod email_proof;
mod groups;
mod headers;
mod help;
mod helpers;
mod household;
mod integrity;
#[path = "../load/mod.rs"]
mod load;
mod logs;
mod mail;
mod migrations;
mod neighbourhoods_apart;
mod one_transaction;
mod operations;
mod pages;
mod paper;
mod pb_exchange;
mod personal_data;
mod pot;
mod proposals;
mod results;
mod second_officer;
mod seed;
mod shared_address;
mod visitors;
mod voids;
mod voting;
