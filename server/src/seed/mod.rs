//! Data loaded into the database by `commonpot seed`. Kept apart from the schema.

pub mod demo;
pub mod demo_people;
mod demo_places;
mod demo_proposals;
mod demo_votes;
