//! Alongside: a person's own I statements, plan and co-production ladder, kept on their device.
//!
//! `core` is plain Rust (tested natively); `web` is the only layer that touches browser APIs;
//! `ui` holds the Leptos screens.
pub mod core;
pub mod ui;
pub mod web;
