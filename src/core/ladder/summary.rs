//! What a set of moments adds up to, and one or two plain sentences saying so.
use super::super::document::{Moment, Rung};
use super::super::messages::{fill_all, Lang, Msg};
use super::Period;

/// Which way the experienced rung moved over a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Same,
}

/// What a set of moments adds up to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// How many moments were placed on a rung.
    pub on_ladder: usize,
    pub beyond: usize,
    /// The rungs experienced most often, top first: more than one when they tie.
    pub most: Vec<Rung>,
    /// The rungs wanted most often, top first: more than one when they tie.
    pub wanted: Vec<Rung>,
    pub trend: Option<Trend>,
}

impl Summary {
    /// How many rungs lie between what was experienced most and what was wanted most:
    /// positive when the person wanted more say. `None` when either is a tie, because
    /// no single gap can be honestly drawn then.
    pub fn gap(&self) -> Option<i8> {
        let (most, wanted) = (single(&self.most)?, single(&self.wanted)?);
        Some(wanted.step() as i8 - most.step() as i8)
    }
}

/// The one rung in `rungs`, if there is exactly one.
pub(super) fn single(rungs: &[Rung]) -> Option<Rung> {
    match rungs {
        [one] => Some(*one),
        _ => None,
    }
}

/// Sums up `moments`, given newest first.
pub fn summarise(moments: &[&Moment]) -> Summary {
    let experienced: Vec<Rung> = moments.iter().filter_map(|m| m.experienced).collect();
    let wanted: Vec<Rung> = moments.iter().filter_map(|m| m.wanted).collect();
    Summary {
        on_ladder: experienced.len(),
        beyond: moments
            .iter()
            .filter(|m| m.experienced.is_none() && m.beyond.is_some())
            .count(),
        most: most_common(&experienced),
        wanted: most_common(&wanted),
        trend: trend(&experienced),
    }
}

/// The most frequent rungs in `rungs`, top first (several when they tie).
fn most_common(rungs: &[Rung]) -> Vec<Rung> {
    let mut counts = [0usize; 7];
    for rung in rungs {
        counts[usize::from(rung.step())] += 1;
    }
    let top = counts.iter().copied().max().unwrap_or(0);
    if top == 0 {
        return Vec::new();
    }
    Rung::ALL
        .into_iter()
        .rev()
        .filter(|rung| counts[usize::from(rung.step())] == top)
        .collect()
}

/// Compares the older half with the newer half (by average step); `None` under two.
pub(super) fn trend(newest_first: &[Rung]) -> Option<Trend> {
    if newest_first.len() < 2 {
        return None;
    }
    let half = newest_first.len() / 2;
    let (newer, older) = newest_first.split_at(half);
    let sum = |rungs: &[Rung]| rungs.iter().map(|r| usize::from(r.step())).sum::<usize>();
    // Cross-multiplied so that the halves' averages compare in whole numbers.
    let newer_weight = sum(newer) * older.len();
    let older_weight = sum(older) * newer.len();
    Some(match newer_weight.cmp(&older_weight) {
        std::cmp::Ordering::Greater => Trend::Up,
        std::cmp::Ordering::Less => Trend::Down,
        std::cmp::Ordering::Equal => Trend::Same,
    })
}

pub fn rung_name(rung: Rung) -> Msg {
    match rung {
        Rung::Coercion => Msg::RungCoercion,
        Rung::Educating => Msg::RungEducating,
        Rung::Informing => Msg::RungInforming,
        Rung::Consultation => Msg::RungConsultation,
        Rung::Engagement => Msg::RungEngagement,
        Rung::CoDesign => Msg::RungCoDesign,
        Rung::CoProduction => Msg::RungCoProduction,
    }
}

/// "Co-design", "Co-design and Consultation", "Co-design, Engagement and Consultation".
fn rung_names(rungs: &[Rung], lang: Lang) -> String {
    let names: Vec<&str> = rungs.iter().map(|r| rung_name(*r).text(lang)).collect();
    list_and(&names, lang)
}

/// Names as a list said aloud: "A", "A and B", "A, B and C".
pub fn list_and(names: &[&str], lang: Lang) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => fill_all(
            Msg::ListAnd.text(lang),
            &[("first", &rest.join(", ")), ("last", last)],
        ),
    }
}

/// One or two plain sentences about a service over a period, e.g. "With the community
/// team, most moments in the last 6 months were at the Consultation step. You wanted
/// Co-design." Never a score, never a judgement. A tie is said to be a tie.
pub fn sentence(service: &str, period: Period, summary: &Summary, lang: Lang) -> String {
    let when = match period {
        Period::All => Msg::SumAllTime,
        Period::Months3 => Msg::SumMonths3,
        Period::Months6 => Msg::SumMonths6,
        Period::Year => Msg::SumYear,
    }
    .text(lang);
    let beyond = summary.beyond.to_string();
    let most = rung_names(&summary.most, lang);
    let wanted = rung_names(&summary.wanted, lang);
    // Every slot is filled in one pass, so a service called "{when}" stays as written.
    let say = |msg: Msg| {
        fill_all(
            // Counting messages follow the moments beyond the ladder, the only count here.
            msg.form(lang, summary.beyond),
            &[
                ("service", service),
                ("when", when),
                ("n", &beyond),
                ("rung", &most),
                ("rungs", &most),
                ("wanted", &wanted),
            ],
        )
    };
    let mut words = match summary.most.len() {
        0 if summary.beyond == 0 => return say(Msg::SumNothing),
        0 => say(Msg::SumOnlyBeyond),
        1 if summary.on_ladder == 1 => say(Msg::SumOne),
        1 => say(Msg::SumMost),
        _ => say(Msg::SumTie),
    };
    let mut add = |msg: Msg| {
        words.push(' ');
        words.push_str(&say(msg));
    };
    match summary.wanted.len() {
        0 => {}
        _ if summary.wanted == summary.most => add(Msg::SumWantedSame),
        1 => add(Msg::SumWanted),
        _ => add(Msg::SumWantedTie),
    }
    match summary.trend {
        Some(Trend::Up) => add(Msg::SumTrendUp),
        Some(Trend::Down) => add(Msg::SumTrendDown),
        Some(Trend::Same) | None => {}
    }
    match summary.beyond {
        0 => {}
        _ if summary.most.is_empty() => {}
        _ => add(Msg::SumBeyond),
    }
    words
}
