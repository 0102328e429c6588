//! Accounts, sessions and proof of residence on the server: the secrets, the
//! repositories and the per-request glue that server functions use.

pub mod account_steps;
pub mod audit;
pub mod client_address;
pub mod codes;
pub mod disabling;
pub mod email_change;
pub mod email_proof;
pub mod flash;
pub mod invitations;
pub mod links;
pub mod passwords;
pub mod personal_data;
pub mod request;
pub mod roles;
pub mod secrets;
pub mod sessions;
pub mod throttle;
pub mod users;
pub mod viewer;
pub mod voter_keys;
pub mod web;
