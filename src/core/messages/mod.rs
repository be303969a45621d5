//! The message catalogue: every word the app shows, in one place, per language.
//!
//! Each message is a variant of `Msg`, so a missing or misspelt message is a compile
//! error, and a new language is one more column that must cover every row. `{name}` marks
//! a slot filled by `fill`. A message that counts holds one form per plural category of
//! the language, split by `|` (see `plural`).
//!
//! English is built into the app. Welsh (`cy.rs`) is written at build time to `cy.txt`
//! beside the page and fetched only when chosen, so English visitors download no Welsh.
use std::sync::OnceLock;

pub mod group;
mod plural;
pub mod venue;
pub use plural::{forms, Form};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Cy,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "en-gb" => Some(Lang::En),
            "cy" | "cy-gb" => Some(Lang::Cy),
            _ => None,
        }
    }

    /// The code for `lang` on the page, and for the choice kept on the device.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Cy => "cy",
        }
    }

    /// The language's own name for itself, shown in the language choice.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
        }
    }

    /// Whether the app can show this language now: English always, others once loaded.
    pub fn ready(self) -> bool {
        match self {
            Lang::En => true,
            Lang::Cy => welsh().is_some(),
        }
    }
}

/// Where the person's own choice of language is kept on the device.
pub const LANG_KEY: &str = "alongside.lang";
/// The Welsh words, beside `index.html`: the catalogue's fingerprint on the first line, then
/// one message per line in the order of `Msg::ALL`. Plain lines, not JSON, so the app needs
/// no second deserializer (no message holds a line break: a test checks).
pub const WELSH_FILE: &str = "cy.txt";

static WELSH: OnceLock<Vec<String>> = OnceLock::new();

/// The loaded Welsh words, in the order of `Msg::ALL`.
#[cfg(target_arch = "wasm32")]
fn welsh() -> Option<&'static [String]> {
    WELSH.get().map(Vec::as_slice)
}

/// Natively (tests and the build) the Welsh catalogue is compiled in.
#[cfg(not(target_arch = "wasm32"))]
fn welsh() -> Option<&'static [String]> {
    Some(WELSH.get_or_init(cy::words).as_slice())
}

/// Why `cy.txt` could not be used.
#[derive(Debug, PartialEq, Eq)]
pub struct NotLoaded;

/// Takes in the text of `cy.txt`. It must have been written for this very catalogue (its
/// fingerprint matches), so a copy kept from another version never puts words in the wrong
/// places.
pub fn load_welsh(text: &str) -> Result<(), NotLoaded> {
    let mut lines = text.lines();
    let fingerprint = lines.next().ok_or(NotLoaded)?;
    let words: Vec<String> = lines.map(str::to_owned).collect();
    if fingerprint != Msg::FINGERPRINT.to_string() || words.len() != Msg::ALL.len() {
        return Err(NotLoaded);
    }
    let _ = WELSH.set(words);
    Ok(())
}

/// The text of `cy.txt`: the catalogue's fingerprint, then every Welsh message in order.
#[cfg(not(target_arch = "wasm32"))]
pub fn welsh_file() -> String {
    let mut file = Msg::FINGERPRINT.to_string();
    for msg in Msg::ALL {
        file.push('\n');
        file.push_str(cy::text(*msg));
    }
    file
}

impl Msg {
    /// The form of a counting message for `n`, in `lang`, slots still to fill.
    pub fn form(self, lang: Lang, n: usize) -> &'static str {
        plural::pick(self.text(lang), lang, n)
    }

    /// A counting message for `n`, in `lang`: "3 moments", "3 achlysur".
    pub fn count(self, lang: Lang, n: usize) -> String {
        fill(self.form(lang, n), "n", &n.to_string())
    }
}

/// Puts `value` where `{slot}` stands in `template`.
pub fn fill(template: &str, slot: &str, value: &str) -> String {
    fill_all(template, &[(slot, value)])
}

/// Fills every `{slot}` in one pass over the template, so a person's words that happen to
/// contain `{when}` or `{n}` are never read as slots themselves.
pub fn fill_all(template: &str, slots: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.find('}').and_then(|close| {
            let name = &after[..close];
            let value = slots.iter().find(|(slot, _)| *slot == name)?.1;
            Some((value, close))
        });
        match named {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// FNV-1a over the message names, in order, at compile time.
const fn fingerprint(names: &str) -> u64 {
    let bytes = names.as_bytes();
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

// Defined before `en` so the catalogue there can use it.
macro_rules! catalogue {
    ($($key:ident => $en:expr,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)*];
            /// Changes whenever a message is added, removed or moved.
            pub const FINGERPRINT: u64 =
                super::fingerprint(concat!($(stringify!($key), ",",)*));

            pub fn text(self, lang: Lang) -> &'static str {
                let english = match self { $(Msg::$key => $en,)* };
                match lang {
                    Lang::En => english,
                    // Until the Welsh words have arrived, English rather than nothing.
                    Lang::Cy => super::welsh()
                        .and_then(|words| words.get(self as usize))
                        .map_or(english, String::as_str),
                }
            }
        }
    };
}

mod en;
pub use en::Msg;

// The Welsh words are compiled only into the build tool and the tests, never into the app.
#[cfg(not(target_arch = "wasm32"))]
mod cy;

// Natively only: there the Welsh catalogue is compiled in.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_words_in_every_language() {
        for lang in Lang::ALL {
            for msg in Msg::ALL {
                assert!(
                    !msg.text(lang).contains('\n'),
                    "{lang:?} {msg:?} breaks a line"
                );
                for form in msg.text(lang).split('|') {
                    assert!(!form.trim().is_empty(), "{lang:?} {msg:?} is empty");
                    assert_eq!(form, form.trim(), "{lang:?} {msg:?} has stray spaces");
                }
            }
        }
    }

    /// The `{slots}` a message fills: the pages' own catalogues are checked with it too.
    pub(crate) fn slots(text: &str) -> std::collections::BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    /// A page's own catalogue (`(English, Welsh)` for each message): both languages, the
    /// same slots, one line each; and its `intro` is not in the person's catalogue.
    pub(crate) fn check_page_catalogue(all: &[(&str, &str)], intro: &str) {
        for (en, cy) in all {
            assert!(!en.trim().is_empty() && !cy.trim().is_empty(), "{en}");
            assert_ne!(en, cy, "{en} is not in Welsh");
            assert_eq!(slots(en), slots(cy), "{en}");
            assert!(!en.contains('\n') && !cy.contains('\n'), "{en}");
        }
        assert!(Msg::ALL.iter().all(|msg| msg.text(Lang::En) != intro));
    }

    /// Every translation fills the same slots, and a counting message has exactly one form
    /// for each plural category of its language (English two, Welsh six).
    #[test]
    fn translations_keep_slots_and_plural_forms() {
        for msg in Msg::ALL {
            let english = msg.text(Lang::En);
            let counts = english.contains('|');
            for lang in Lang::ALL {
                let text = msg.text(lang);
                let parts = text.split('|').count();
                let want = if counts { forms(lang).len() } else { 1 };
                assert_eq!(parts, want, "{lang:?} {msg:?} has {parts} forms");
                let mut theirs = slots(text);
                // "No moments" may say "none" rather than "0".
                if counts {
                    theirs.insert("n");
                }
                assert_eq!(slots(english), theirs, "{lang:?} {msg:?} slots differ");
            }
        }
    }

    #[test]
    fn counts_in_each_language() {
        assert_eq!(Msg::HoldsMoments.count(Lang::En, 1), "1 moment");
        assert_eq!(Msg::HoldsMoments.count(Lang::En, 0), "0 moments");
        assert_eq!(Msg::HoldsMoments.count(Lang::En, 6), "6 moments");
        assert_eq!(Msg::HoldsStatements.count(Lang::Cy, 2), "2 ddatganiad");
        assert_eq!(Msg::HoldsStatements.count(Lang::Cy, 3), "3 datganiad");
        assert_eq!(
            Msg::HoldsStatements.count(Lang::Cy, 20),
            "20 o ddatganiadau"
        );
        assert_eq!(Msg::Minutes.count(Lang::Cy, 2), "2 funud");
    }

    /// `cy.txt` round-trips into the app's table, and a file from another catalogue (or
    /// anything else) is refused rather than putting words in the wrong places.
    #[test]
    fn welsh_file_is_checked_before_use() {
        let file = welsh_file();
        assert!(load_welsh(&file).is_ok());
        let other = file.replacen(&Msg::FINGERPRINT.to_string(), "1", 1);
        assert_eq!(load_welsh(&other), Err(NotLoaded));
        assert_eq!(
            load_welsh(&format!("{}\nx", Msg::FINGERPRINT)),
            Err(NotLoaded)
        );
        assert_eq!(load_welsh(""), Err(NotLoaded));
        assert_eq!(load_welsh("<html>"), Err(NotLoaded));
        assert_eq!(Msg::TitlePlan.text(Lang::Cy), "Fy nghynllun");
        assert_eq!(Lang::from_code(" CY "), Some(Lang::Cy));
    }

    #[test]
    fn fills_slots() {
        assert_eq!(
            fill(Msg::HelpCall.text(Lang::En), "number", "111"),
            "Call 111"
        );
        assert_eq!(
            fill_all("{a} and {b}", &[("a", "{b}"), ("b", "x")]),
            "{b} and x"
        );
        assert_eq!(fill_all("{ {a} {c} }", &[("a", "1")]), "{ 1 {c} }");
        assert_eq!(fill_all("{", &[]), "{");
    }
}
