//! Writes the early page (see `core::early`) into a built `index.html`, in place of its
//! `<div id="early"></div>` (with the Welsh one in a template), and beside it the web app
//! manifest and the Welsh words (`cy.txt`). Run natively by `./dev build` after Trunk.
#[cfg(not(target_arch = "wasm32"))]
use alongside::core::{
    early, manifest,
    messages::{self, Lang},
};
#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

/// Built for wasm only because `cargo test --target wasm32…` builds every binary.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist/index.html".into());
    let Ok(html) = std::fs::read_to_string(&path) else {
        eprintln!("early: cannot read {path}");
        return ExitCode::FAILURE;
    };
    // Trunk's minifier may drop the quotes around the id.
    let Some(place) = [r#"<div id="early"></div>"#, "<div id=early></div>"]
        .into_iter()
        .find(|place| html.contains(place))
    else {
        eprintln!("early: no <div id=\"early\"></div> in {path}");
        return ExitCode::FAILURE;
    };
    // The Welsh page waits in a template, for a person who chose Welsh (see index.html).
    let pages = format!(
        r#"{}<template id="early-cy">{}</template>"#,
        early::page(Lang::En),
        early::page(Lang::Cy)
    );
    let html = html.replacen(place, &pages, 1);
    if std::fs::write(&path, html).is_err() {
        eprintln!("early: cannot write {path}");
        return ExitCode::FAILURE;
    }
    // Beside the page, so its relative addresses work at any sub-path.
    let manifest_path = std::path::Path::new(&path).with_file_name("manifest.webmanifest");
    if std::fs::write(&manifest_path, manifest::manifest(Lang::default())).is_err() {
        eprintln!("early: cannot write {}", manifest_path.display());
        return ExitCode::FAILURE;
    }
    // The Welsh words, fetched only by a person who chooses Welsh.
    let welsh_path = std::path::Path::new(&path).with_file_name(messages::WELSH_FILE);
    if std::fs::write(&welsh_path, messages::welsh_file()).is_err() {
        eprintln!("early: cannot write {}", welsh_path.display());
        return ExitCode::FAILURE;
    }
    println!(
        "early: the first screen and help are in {path}, beside manifest.webmanifest and cy.txt"
    );
    ExitCode::SUCCESS
}
