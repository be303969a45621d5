//! The venue set-up page's entry point (`venue/index.html`): reads this site's settings, if
//! it has any, and draws the form. A page of its own, so the person's app never carries it.
use alongside::core::messages::Lang;
use alongside::{ui, web};

fn main() {
    web::install_panic_hook(Lang::default());
    wasm_bindgen_futures::spawn_local(async {
        // The app's own settings file, one folder up.
        let site = web::fetch_text("../config.json").await;
        ui::venue::start(site);
    });
}
