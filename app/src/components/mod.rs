//! Reusable view pieces: the start of Commonpot's design system.

pub mod ballot_form;
pub mod bar_chart;
pub mod error_page;
pub mod form;
pub mod layout;
pub mod link_step;
pub mod money_input;
pub mod page_title;
pub mod pagination;
pub mod phase_timeline;
pub mod pot_table;
pub mod proposal_browser;
pub mod proposal_card;
pub mod security_policy;
pub mod step_buttons;
