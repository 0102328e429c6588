//! sea-orm entities: the database's shape. They never leave the backend.

pub mod agency;
pub mod audit_entry;
pub mod ballot;
pub mod community_group;
pub mod contribution;
pub mod count_result;
pub mod decision;
pub mod decision_item;
pub mod delivery_update;
pub mod flash;
pub mod group_member;
pub mod neighbourhood;
pub mod neighbourhood_postcode;
pub mod proposal;
pub mod proposal_review;
pub mod proposal_version;
pub mod resident;
pub mod role_grant;
pub mod round;
pub mod round_phase_date;
pub mod session;
pub mod throttle_event;
pub mod user;
pub mod voting_code;
