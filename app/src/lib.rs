//! Commonpot: the Leptos application, rendered on the server, with islands in the browser.
#![recursion_limit = "256"]

pub mod domain;
