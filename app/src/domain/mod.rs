//! The rules of Commonpot, free of I/O: no Leptos, no sea-orm, no network.
//!
//! Everything here is shared by the server (the authority) and the islands in the
//! browser (instant feedback), so it must compile for wasm too.

pub mod account;
pub mod ballot;
pub mod count;
pub mod decision;
pub mod decision_draft;
pub mod decision_form;
pub mod delivery;
pub mod electorate;
pub mod group_form;
pub mod help_form;
pub mod local_path;
pub mod message;
pub mod money;
pub mod neighbourhood_form;
pub mod pb;
pub mod phase;
pub mod postcode;
pub mod pot;
pub mod priority_area;
pub mod proposal;
pub mod receipt;
pub mod results;
pub mod round_form;
pub mod slug;
pub mod timetable;

#[cfg(test)]
pub(crate) mod purity_tests;
