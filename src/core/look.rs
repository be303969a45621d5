//! How the app looks for this person: bigger text, higher contrast, less motion, more space
//! between lines. Kept on the device like the language, as words on the page's root
//! (`<html data-look="text-150 contrast">`) that the stylesheet reads. The page's early
//! script puts them there before the first paint, so nothing jumps when the app arrives.
//! Where the device itself asks for contrast or less motion, the stylesheet follows it too.

/// Where the choice is kept (on a shared device, for the visit only).
pub const LOOK_KEY: &str = "alongside.look";

/// Text sizes offered, in per cent of the size the browser would use.
pub const TEXT_SIZES: [u16; 4] = [100, 125, 150, 200];

/// One of the on/off parts of the look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Switch {
    Contrast,
    Still,
    Spacious,
    /// Codes that are easier for a camera to read: more of them, each less dense.
    EasyCodes,
}

impl Switch {
    pub const ALL: [Switch; 4] = [
        Switch::Contrast,
        Switch::Still,
        Switch::Spacious,
        Switch::EasyCodes,
    ];

    /// The word for it on the page's root.
    pub fn word(self) -> &'static str {
        match self {
            Switch::Contrast => "contrast",
            Switch::Still => "still",
            Switch::Spacious => "spacious",
            Switch::EasyCodes => "easy-codes",
        }
    }

    /// The device's own wish that turns it on anyway, if it has one.
    pub fn media(self) -> Option<&'static str> {
        match self {
            Switch::Contrast => Some("(prefers-contrast: more)"),
            Switch::Still => Some("(prefers-reduced-motion: reduce)"),
            Switch::Spacious | Switch::EasyCodes => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    pub text: u16,
    pub contrast: bool,
    pub still: bool,
    pub spacious: bool,
    pub easy_codes: bool,
}

impl Default for Look {
    fn default() -> Self {
        Look {
            text: 100,
            contrast: false,
            still: false,
            spacious: false,
            easy_codes: false,
        }
    }
}

impl Look {
    /// Reads kept words. Anything unknown (from a later version, or typed by hand) is left
    /// out, so the look is always one the stylesheet knows.
    pub fn read(words: &str) -> Look {
        let mut look = Look::default();
        for word in words.split_whitespace() {
            match word.strip_prefix("text-").map(str::parse::<u16>) {
                Some(Ok(size)) if TEXT_SIZES.contains(&size) => look.text = size,
                _ => {
                    for switch in Switch::ALL {
                        if word == switch.word() {
                            look = look.with(switch, true);
                        }
                    }
                }
            }
        }
        look
    }

    /// The words for the page's root and for keeping: empty for the usual look.
    pub fn words(self) -> String {
        let mut words: Vec<String> = Vec::new();
        if self.text != 100 {
            words.push(format!("text-{}", self.text));
        }
        for switch in Switch::ALL {
            if self.has(switch) {
                words.push(switch.word().to_owned());
            }
        }
        words.join(" ")
    }

    pub fn has(self, switch: Switch) -> bool {
        match switch {
            Switch::Contrast => self.contrast,
            Switch::Still => self.still,
            Switch::Spacious => self.spacious,
            Switch::EasyCodes => self.easy_codes,
        }
    }

    pub fn with(mut self, switch: Switch, on: bool) -> Look {
        match switch {
            Switch::Contrast => self.contrast = on,
            Switch::Still => self.still = on,
            Switch::Spacious => self.spacious = on,
            Switch::EasyCodes => self.easy_codes = on,
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_the_look() {
        assert_eq!(Look::read(""), Look::default());
        assert_eq!(Look::default().words(), "");
        let look = Look::read("spacious text-150 contrast");
        assert_eq!(look.text, 150);
        assert!(look.contrast && look.spacious && !look.still);
        assert_eq!(look.words(), "text-150 contrast spacious");
        assert_eq!(Look::read(&look.words()), look);
        assert_eq!(
            look.with(Switch::Contrast, false).words(),
            "text-150 spacious"
        );
    }

    #[test]
    fn leaves_out_what_it_does_not_know() {
        let look = Look::read("text-900 text-abc sparkle still <b>");
        assert_eq!(look.words(), "still");
        assert_eq!(Look::read("text-200").text, 200);
        assert!(Look::read("easy-codes text-125").easy_codes);
    }
}
