//! Server functions, one file per resource, with the serialisable shapes they return.
//! Each one is thin: context → parse → authorise → backend → DTO.

pub mod account_links;
pub mod accounts;
pub mod admin;
pub mod admin_accounts;
pub mod admin_audit;
pub mod codes;
pub mod decision;
pub mod delivery;
pub mod forms;
pub mod groups;
pub mod help;
pub mod invitations;
pub mod mail;
pub mod neighbourhood_admin;
pub mod neighbourhoods;
pub mod notices;
pub mod paper;
pub mod personal_data;
pub mod pot;
pub mod proposals;
pub mod reopenings;
pub mod results;
pub mod round_setup;
pub mod rounds;
pub mod voids;
pub mod voting;
