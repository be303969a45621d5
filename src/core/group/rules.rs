//! Small numbers are never shown, as NHS and national statistics do: nothing at all until
//! enough people have contributed; a count resting on fewer than a few people is "fewer
//! than 5", with a second count hidden where a total would give it away; the report rounds
//! to the nearest 5; percentages only on a base of 10 or more.
use serde_json::Value;

/// The rules a picture was made with. A venue may raise them, never lower them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    /// People needed before anything is shown, and the least base for a percentage.
    pub min_people: usize,
    /// A count of fewer people than this is hidden.
    pub min_count: usize,
    /// Counts in the report and CSV are rounded to the nearest this.
    pub round_to: usize,
}

pub const LEAST: Rules = Rules {
    min_people: 10,
    min_count: 5,
    round_to: 5,
};

impl Default for Rules {
    fn default() -> Rules {
        LEAST
    }
}

/// Highest a venue may set a rule to: above this nothing could ever be shown.
const MOST: usize = 1_000;

impl Rules {
    /// The rules in a venue's `config.json` (`"group": {"min_people": 20, "min_count": 10}`).
    /// A value lower than the least, or not a whole number, is ignored and named.
    pub fn from_config(text: Option<&str>) -> (Rules, Vec<&'static str>) {
        let mut rules = LEAST;
        let mut ignored = Vec::new();
        let group = text
            .and_then(|text| serde_json::from_str::<Value>(text).ok())
            .and_then(|value| value.get("group").cloned());
        let Some(group) = group else {
            return (rules, ignored);
        };
        for (key, slot, least) in [
            ("min_people", &mut rules.min_people, LEAST.min_people),
            ("min_count", &mut rules.min_count, LEAST.min_count),
        ] {
            match group.get(key).map(Value::as_u64) {
                None => {}
                Some(Some(n)) if (least as u64..=MOST as u64).contains(&n) => *slot = n as usize,
                Some(_) => ignored.push(key),
            }
        }
        (rules, ignored)
    }

    /// A count of people as it may be shown.
    pub fn count(&self, people: usize) -> Count {
        match people {
            0 => Count::Shown(0),
            n if n < self.min_count => Count::Few,
            n => Count::Shown(n),
        }
    }

    /// Counts that add up to a total that is shown: each as `count` would show it and, when
    /// exactly one is hidden, the next smallest too, so no subtraction gives it away.
    pub fn parts(&self, counts: &[usize]) -> Vec<Count> {
        let mut shown: Vec<Count> = counts.iter().map(|n| self.count(*n)).collect();
        if shown.iter().filter(|c| **c == Count::Few).count() == 1 {
            let next = shown
                .iter()
                .enumerate()
                .filter_map(|(i, c)| match c {
                    Count::Shown(n) if *n > 0 => Some((*n, i)),
                    _ => None,
                })
                .min();
            if let Some((_, i)) = next {
                shown[i] = Count::Hidden;
            }
        }
        shown
    }

    /// To the nearest `round_to`, as the report and CSV give counts.
    pub fn round(&self, n: usize) -> usize {
        let step = self.round_to.max(1);
        (n + step / 2) / step * step
    }

    /// A whole percentage of `base`, only where the base is big enough.
    pub fn percent(&self, part: Count, base: usize) -> Option<usize> {
        match part {
            Count::Shown(n) if base >= self.min_people => Some((n * 100 + base / 2) / base),
            _ => None,
        }
    }
}

/// A count as it may be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Shown(usize),
    /// "Fewer than 5": too few people to show.
    Few,
    /// Not shown, so that a total does not give a hidden count away.
    Hidden,
}

impl Count {
    pub fn shown(self) -> Option<usize> {
        match self {
            Count::Shown(n) => Some(n),
            Count::Few | Count::Hidden => None,
        }
    }
}
