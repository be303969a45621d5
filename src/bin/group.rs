//! The group page's entry point (`group/index.html`, "Our ladder"): reads the venue's rules
//! for small numbers, if it set any, and draws the page. A page of its own, so the person's
//! app never carries it.
use alongside::core::messages::Lang;
use alongside::{ui, web};

fn main() {
    web::install_panic_hook(Lang::default());
    wasm_bindgen_futures::spawn_local(async {
        // The app's own settings file, one folder up.
        let site = web::fetch_text("../config.json").await;
        ui::group::start(site).await;
        // Kept for a group that meets with no signal (the worker's own name for its cache).
        let _ = web::offline::keep_this_page("alongside group").await;
    });
}
