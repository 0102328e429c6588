//! Data loaded into the database by `commonpot seed`. Kept apart from the schema.

pub mod demo;
mod demo_places;
mod demo_proposals;
mod demo_votes;
