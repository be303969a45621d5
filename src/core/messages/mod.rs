//! The message catalogue: every word the app shows, in one place, per language.
//!
//! Each message is a variant of `Msg`, so a missing or misspelt message is a compile
//! error, and a new language is one more column that must cover every row. `{name}` marks
//! a slot filled by `fill`. English only for now; Welsh is planned.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
        }
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

// Defined before `en` so the catalogue there can use it.
macro_rules! catalogue {
    ($($key:ident => $en:expr,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)*];

            pub fn text(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self { $(Msg::$key => $en,)* },
                }
            }
        }
    };
}

mod en;
pub use en::Msg;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_words() {
        for msg in Msg::ALL {
            let text = msg.text(Lang::En);
            assert!(!text.trim().is_empty(), "{msg:?} is empty");
            assert_eq!(text, text.trim(), "{msg:?} has stray spaces");
        }
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
