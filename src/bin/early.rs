//! Writes the early page (see `core::early`) into a built `index.html`, in place of its
//! `<div id="early"></div>`, and the web app manifest beside it. Run by `./dev build` after
//! Trunk.
use std::process::ExitCode;

use alongside::core::messages::Lang;
use alongside::core::{early, manifest};

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
    let html = html.replacen(place, &early::page(Lang::default()), 1);
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
    println!("early: the first screen and help are in {path}, beside manifest.webmanifest");
    ExitCode::SUCCESS
}
