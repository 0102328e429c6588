//! Server-only code: the database, repositories per aggregate, and the glue that
//! server functions use to reach them.

pub mod access;
pub mod agencies;
pub mod ballot_box;
pub mod ballots;
pub mod code_tally;
pub mod columns;
pub mod count_checks;
pub mod counter;
pub mod db;
pub mod decisions;
pub mod delivery;
pub mod entities;
pub mod follows;
pub mod frozen_ballots;
pub mod group_commit;
pub mod groups;
pub mod ledger_pages;
pub mod mail;
pub mod neighbourhood_admin;
pub mod neighbourhoods;
pub mod paper;
pub mod pot;
pub mod proposal_steps;
pub mod proposals;
pub mod record;
pub mod reopenings;
pub mod results;
pub mod retention;
pub mod round_admin;
pub mod round_history;
pub mod rounds;
pub mod timetable;
pub mod unverify;
pub mod voids;
pub mod voting;
