//! Writes the early page (see `core::early`) into a built `index.html`, in place of its
//! `<div id="early"></div>`. Run by `./dev build` after Trunk.
use std::process::ExitCode;

use alongside::core::early;
use alongside::core::messages::Lang;

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
    println!("early: the first screen and help are in {path}");
    ExitCode::SUCCESS
}
