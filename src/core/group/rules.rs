//! Small numbers are never shown, as NHS and national statistics do: nothing at all until
//! enough people have contributed; a count resting on fewer than a few people (none
//! included) is "fewer than 5"; in a line of counts whose total is shown, a hidden count is
//! never hidden alone (a second is hidden with it, so no subtraction gives it away); every
//! count that is shown is rounded to the nearest 5, so none is below the count it sits
//! beside; percentages are worked from rounded counts only.
use serde_json::Value;

/// The rules a picture was made with. A venue may raise them, never lower them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    /// People needed before anything is shown, and the least base for a percentage.
    pub min_people: usize,
    /// A count of fewer people than this is hidden; shown counts are rounded to it.
    pub min_count: usize,
}

pub const LEAST: Rules = Rules {
    min_people: 10,
    min_count: 5,
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

    /// What every shown count is rounded to: the least count shown, so that rounding never
    /// shows a number below the "fewer than" it sits beside.
    pub fn base(&self) -> usize {
        self.min_count.max(1)
    }

    /// `people` to the nearest `base`; never below it, since only counts of at least
    /// `min_count` are rounded.
    fn round(&self, people: usize) -> usize {
        let base = self.base();
        (people + base / 2) / base * base
    }

    /// A count of people on its own, as it may be shown.
    pub fn count(&self, people: usize) -> Count {
        match people < self.min_count {
            true => Count::Few,
            false => Count::Shown(self.round(people)),
        }
    }

    /// A line of counts that add up to a total that is shown: each as `count` shows it, and
    /// where exactly one is hidden, the next smallest too, so that no subtraction from the
    /// total recovers it. (A line of one is hidden whole: its total would be it.)
    pub fn line(&self, counts: &[usize]) -> Vec<Count> {
        let mut shown: Vec<Count> = counts.iter().map(|n| self.count(*n)).collect();
        let hidden = shown.iter().filter(|c| c.shown().is_none()).count();
        if hidden == 1 {
            let next = counts
                .iter()
                .zip(&shown)
                .enumerate()
                .filter(|(_, (_, c))| c.shown().is_some())
                .min_by_key(|(_, (n, _))| **n)
                .map(|(i, _)| i);
            if let Some(i) = next {
                shown[i] = Count::Hidden;
            }
        }
        shown
    }

    /// A whole percentage, worked from the rounded counts as shown, only where the whole is
    /// big enough.
    pub fn percent(&self, part: Count, whole: Count) -> Option<usize> {
        match (part, whole) {
            (Count::Shown(part), Count::Shown(whole)) if whole >= self.min_people => {
                Some(((part * 100 + whole / 2) / whole).min(100))
            }
            _ => None,
        }
    }
}

/// A count as it may be shown: only ever a rounded number, so nothing exact can leave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Rounded to the rules' base.
    Shown(usize),
    /// "Fewer than 5": too few people to show, or none.
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
