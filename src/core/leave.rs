//! "Leave quickly" by keyboard, as GOV.UK's "Exit this page" does it: three presses of
//! Shift *on its own*, close together. A Shift that is part of a capital letter, Shift+Tab,
//! Shift+arrow or Shift+click is typing, not leaving, and starts the count again.

/// The three lone presses must all fall within this time of the first.
pub const WINDOW_MS: i64 = 5_000;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShiftWatch {
    presses: u8,
    first: i64,
    /// Shift is down, and nothing else has happened since it went down.
    alone: bool,
}

impl ShiftWatch {
    /// A key went down. `repeat` is true for the repeats of a key held down.
    pub fn key_down(&mut self, key: &str, repeat: bool) {
        if key == "Shift" {
            if !repeat {
                self.alone = true;
            }
        } else {
            self.reset();
        }
    }

    /// A key came up. True when this was the third lone Shift press in the window.
    pub fn key_up(&mut self, key: &str, now: i64) -> bool {
        if key != "Shift" {
            return false;
        }
        if !std::mem::take(&mut self.alone) {
            self.presses = 0;
            return false;
        }
        if self.presses == 0 || now - self.first > WINDOW_MS {
            self.presses = 0;
            self.first = now;
        }
        self.presses += 1;
        if self.presses >= 3 {
            self.presses = 0;
            return true;
        }
        false
    }

    /// A click or tap (Shift+click too), or the page losing focus: start again.
    pub fn reset(&mut self) {
        self.alone = false;
        self.presses = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Plays keys: "S" is a lone Shift press and release; "S+x" is Shift held while x is
    /// typed; "click" is a click; anything else is one key typed. Returns whether it left.
    fn play(keys: &[&str], gap_ms: i64) -> bool {
        let mut watch = ShiftWatch::default();
        let mut now = 0;
        let mut left = false;
        for key in keys {
            now += gap_ms;
            match *key {
                "S" => {
                    watch.key_down("Shift", false);
                    left |= watch.key_up("Shift", now);
                }
                "click" => watch.reset(),
                typed if typed.starts_with("S+") => {
                    watch.key_down("Shift", false);
                    watch.key_down(&typed[2..], false);
                    watch.key_down("Shift", true);
                    left |= watch.key_up("Shift", now);
                }
                typed => {
                    watch.key_down(typed, false);
                    left |= watch.key_up(typed, now);
                }
            }
        }
        left
    }

    #[test]
    fn three_lone_presses_close_together_leave() {
        assert!(play(&["S", "S", "S"], 300));
        assert!(!play(&["S", "S"], 300));
        assert!(!play(&["S", "S", "S"], 3_000), "too far apart");
    }

    #[test]
    fn typing_capitals_and_moving_with_shift_never_leaves() {
        // "My sister Jo and my care coordinator Priya"
        let sentence = [
            "S+M", "y", " ", "s", "i", "s", "t", "e", "r", " ", "S+J", "o", " ", "a", "n", "d",
            " ", "S+P", "r", "i", "y", "a",
        ];
        assert!(!play(&sentence, 50));
        assert!(!play(&["S+Tab", "S+Tab", "S+Tab"], 50));
        assert!(!play(&["S+ArrowLeft", "S+ArrowLeft", "S+ArrowLeft"], 50));
        assert!(!play(&["S", "S+A", "S"], 50));
        assert!(!play(&["S", "S", "x", "S"], 50), "another key starts again");
        assert!(!play(&["S", "S", "click", "S"], 50), "a click starts again");
        assert!(
            play(&["S+A", "S", "S", "S"], 50),
            "lone presses after typing count"
        );
    }
}
