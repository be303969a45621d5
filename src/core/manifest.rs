//! The web app manifest, so a phone can add Alongside to its home screen as an app with its
//! own name and icon. Written from the catalogue at build time (`src/bin/early.rs`).
use serde_json::json;

use super::messages::{Lang, Msg};

/// The page background and the top bar, in the light theme (`style/app.css`): a phone
/// paints these while the app opens.
pub const BACKGROUND: &str = "#f7f5f0";
pub const BAR: &str = "#1d5c63";
/// The icons the build makes from `public/favicon.svg` (`scripts/icons.mjs`).
pub const ICONS: [(&str, &str, &str); 3] = [
    ("icon-192.png", "192x192", "any"),
    ("icon-512.png", "512x512", "any"),
    ("icon-maskable-512.png", "512x512", "maskable"),
];

/// The manifest's text. Every address is relative, so the same file works at any sub-path.
pub fn manifest(lang: Lang) -> String {
    let icons: Vec<_> = ICONS
        .iter()
        .map(|(src, sizes, purpose)| {
            json!({ "src": src, "sizes": sizes, "type": "image/png", "purpose": purpose })
        })
        .collect();
    json!({
        "id": "./",
        "name": Msg::AppName.text(lang),
        "short_name": Msg::AppName.text(lang),
        "description": Msg::AppAbout.text(lang),
        "lang": lang.code(),
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": BACKGROUND,
        "theme_color": BAR,
        "icons": icons,
        // A long press on the home-screen icon goes straight to the safety plan.
        "shortcuts": [{ "name": Msg::TitleSafety.text(lang), "url": "./#/safety" }],
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_relative_and_icons_are_listed() {
        let manifest: serde_json::Value =
            serde_json::from_str(&manifest(Lang::En)).unwrap_or_default();
        assert_eq!(manifest["start_url"], "./");
        assert_eq!(manifest["scope"], "./");
        assert_eq!(manifest["name"], "Alongside");
        assert_eq!(manifest["icons"].as_array().map(Vec::len), Some(3));
        assert_eq!(manifest["icons"][2]["purpose"], "maskable");
        assert_eq!(manifest["shortcuts"][0]["url"], "./#/safety");
        assert_eq!(manifest["shortcuts"][0]["name"], "My safety plan");
    }

    #[test]
    fn colours_match_the_light_theme() {
        let css = include_str!("../../style/app.css");
        assert!(css.contains(&format!("--bg: {BACKGROUND};")));
        assert!(css.contains(&format!("--bar: {BAR};")));
    }
}
