//! Start-up: show a calm page if anything ever panics, read the host's settings, then
//! open the person's notes and draw the app.
use alongside::core::{config, messages::Lang};
use alongside::{ui, web};

fn main() {
    web::install_panic_hook(Lang::default());
    wasm_bindgen_futures::spawn_local(async {
        let text = web::host_settings().await;
        let config = config::parse(text.as_deref());
        let lang = ui::chosen_language(&config);
        match web::load_language(lang).await {
            true => ui::start(config, lang, false),
            false => ui::start(config, Lang::En, true),
        }
    });
}
