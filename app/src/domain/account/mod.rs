//! Accounts and access: what a valid password, email and voting code look like, and
//! who may do what where.

pub mod access;
pub mod display_name;
pub mod email;
pub mod password;
pub mod voting_code;
