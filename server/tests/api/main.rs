//! Integration tests: each starts the real server on a free port against a fresh
//! database (SQLite by default; PostgreSQL when COMMONPOT_TEST_DATABASE_URL is set).

mod helpers;
mod migrations;
mod pages;
mod results;
mod seed;
