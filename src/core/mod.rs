//! The pure core: no Leptos, no browser calls. Everything here is tested with native `cargo test`.
pub mod backend;
pub mod checks;
pub mod config;
pub mod contact;
pub mod dates;
pub mod document;
pub mod early;
pub mod envelope;
pub mod ladder;
pub mod leave;
pub mod merge;
pub mod messages;
pub mod plan;
pub mod route;
pub mod statements;
pub mod store;
pub mod transfer;
