//! My co-production ladder: which moments to show, what they add up to in words, and
//! where each mark goes in the drawings. Coordinates are whole numbers in the drawing's
//! own units (its `viewBox`), worked out here so that they can be tested without a browser.
use super::document::{Beyond, Moment, Rung, Topic};
use super::messages::{fill_all, Lang, Msg};
use super::statements::days_before;

/// The three bands, top to bottom, with their rungs top to bottom.
pub const BANDS: [(Band, &[Rung]); 3] = [
    (Band::DoingWith, &[Rung::CoProduction, Rung::CoDesign]),
    (
        Band::DoingFor,
        &[Rung::Engagement, Rung::Consultation, Rung::Informing],
    ),
    (Band::DoingTo, &[Rung::Educating, Rung::Coercion]),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    DoingTo,
    DoingFor,
    DoingWith,
}

/// How far back to look.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    #[default]
    All,
    Months3,
    Months6,
    Year,
}

impl Period {
    pub const ALL: [Period; 4] = [Period::All, Period::Months3, Period::Months6, Period::Year];

    pub fn key(self) -> &'static str {
        match self {
            Period::All => "all",
            Period::Months3 => "3m",
            Period::Months6 => "6m",
            Period::Year => "1y",
        }
    }

    pub fn from_key(key: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|period| period.key() == key)
    }

    /// The first day inside the period, counting back from `today`.
    fn first_day(self, today: &str) -> Option<String> {
        let days = match self {
            Period::All => return None,
            Period::Months3 => 91,
            Period::Months6 => 182,
            Period::Year => 365,
        };
        days_before(today, days)
    }
}

/// Which moments the person wants to look at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// A service's name as the person wrote it; matched ignoring case and spaces around.
    pub service: Option<String>,
    pub period: Period,
}

impl Filter {
    /// The moments to show, newest first. `today` is `YYYY-MM-DD`.
    pub fn apply<'a>(&self, moments: &'a [Moment], today: &str) -> Vec<&'a Moment> {
        let since = self.period.first_day(today);
        let mut shown: Vec<&Moment> = moments
            .iter()
            .filter(|m| {
                self.service
                    .as_deref()
                    .is_none_or(|service| same_service(&m.service, service))
            })
            .filter(|m| {
                since
                    .as_deref()
                    .is_none_or(|since| m.date.as_str() >= since)
            })
            .collect();
        newest_first(&mut shown);
        shown
    }
}

/// Newest first; moments on the same day keep the order they were written in, newest first.
pub fn newest_first(moments: &mut [&Moment]) {
    moments.sort_by(|a, b| b.date.cmp(&a.date).then(b.updated.cmp(&a.updated)));
}

pub fn same_service(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Every service named so far, spelt as first written, the most recently used first:
/// suggestions when typing and choices for the filter.
pub fn services(moments: &[Moment]) -> Vec<String> {
    let mut ordered: Vec<&Moment> = moments.iter().collect();
    newest_first(&mut ordered);
    let mut names: Vec<String> = Vec::new();
    for moment in ordered {
        let name = moment.service.trim();
        if !name.is_empty() && !names.iter().any(|known| same_service(known, name)) {
            names.push(name.to_owned());
        }
    }
    names
}

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
fn single(rungs: &[Rung]) -> Option<Rung> {
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
fn trend(newest_first: &[Rung]) -> Option<Trend> {
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
            msg.text(lang),
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
        0 if summary.beyond == 1 => say(Msg::SumOnlyBeyondOne),
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
        1 => add(Msg::SumBeyondOne),
        _ => add(Msg::SumBeyondMany),
    }
    words
}

// The drawing of the ladder, in viewBox units. Wide enough for the rung names at 360 px.
pub const WIDTH: i32 = 360;
const ROW: i32 = 38;
const BAND_HEAD: i32 = 22;
const TOP: i32 = 28;
/// Where the rails stand, and the slots for marks between them.
pub const RAIL_LEFT: i32 = 118;
pub const RAIL_RIGHT: i32 = 290;
const SLOT_FIRST: i32 = 132;
const SLOT_STEP: i32 = 20;
/// Marks per row; when more moments share a row, the last slot counts the rest.
pub const SLOTS: usize = 8;
pub const MARK_RADIUS: i32 = 8;
const RECENT_MARKS: usize = 3;
pub const WANTED_X: i32 = 328;
pub const GAP_X: i32 = 306;

/// Where a moment sits: on a rung, or beside the ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Rung(Rung),
    Beyond(Beyond),
}

impl Place {
    pub fn of(moment: &Moment) -> Option<Place> {
        match (moment.experienced, moment.beyond) {
            (Some(rung), _) => Some(Place::Rung(rung)),
            (None, Some(beyond)) => Some(Place::Beyond(beyond)),
            (None, None) => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Place::Rung(rung) => rung.key(),
            Place::Beyond(beyond) => beyond.key(),
        }
    }

    pub fn from_key(key: &str) -> Option<Place> {
        Rung::from_key(key)
            .map(Place::Rung)
            .or_else(|| Beyond::from_key(key).map(Place::Beyond))
    }
}

/// A moment as the form holds it while the person fills it in (also kept as a draft).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MomentDraft {
    pub date: String,
    pub service: String,
    pub about: Option<Topic>,
    pub place: Option<Place>,
    pub wanted: Option<Rung>,
    pub note: String,
}

/// Which of the form's needed parts are still empty.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Missing {
    pub date: bool,
    pub service: bool,
    pub place: bool,
}

impl MomentDraft {
    pub fn from_moment(moment: &Moment) -> MomentDraft {
        MomentDraft {
            date: moment.date.clone(),
            service: moment.service.clone(),
            about: moment.about,
            place: Place::of(moment),
            wanted: moment.wanted,
            note: moment.note.clone(),
        }
    }

    /// Copies the draft into `moment`, keeping its id: a step, or beyond the ladder.
    pub fn fill(self, moment: &mut Moment, now: i64) {
        moment.date = self.date;
        moment.service = self.service.trim().to_owned();
        moment.about = self.about;
        (moment.experienced, moment.beyond) = match self.place {
            Some(Place::Rung(rung)) => (Some(rung), None),
            Some(Place::Beyond(beyond)) => (None, Some(beyond)),
            None => (None, None),
        };
        moment.wanted = self.wanted;
        moment.note = self.note.trim().to_owned();
        moment.updated = now;
    }

    pub fn missing(&self) -> Missing {
        Missing {
            date: self.date.trim().is_empty(),
            service: self.service.trim().is_empty(),
            place: self.place.is_none(),
        }
    }

    /// The draft as named words, to keep while the page is closed.
    pub fn words(&self) -> [(&'static str, String); 6] {
        [
            ("date", self.date.clone()),
            ("service", self.service.clone()),
            (
                "about",
                self.about.map(Topic::key).unwrap_or_default().to_owned(),
            ),
            (
                "place",
                self.place.map(Place::key).unwrap_or_default().to_owned(),
            ),
            (
                "wanted",
                self.wanted.map(Rung::key).unwrap_or_default().to_owned(),
            ),
            ("note", self.note.clone()),
        ]
    }

    /// A draft back from its words (`get` gives the words kept under each name).
    pub fn from_words(get: impl Fn(&str) -> String) -> MomentDraft {
        MomentDraft {
            date: get("date"),
            service: get("service"),
            about: Topic::from_key(&get("about")),
            place: Place::from_key(&get("place")),
            wanted: Rung::from_key(&get("wanted")),
            note: get("note"),
        }
    }
}

/// One row of the drawing: a rung, or a kind of "beyond the ladder".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub place: Place,
    /// The row's middle line.
    pub y: i32,
    /// How many moments were wanted on this rung.
    pub wanted: usize,
}

/// A band's box behind its rungs, and where its name goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BandBox {
    pub band: Band,
    pub top: i32,
    pub height: i32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub id: String,
    pub place: Place,
    pub x: i32,
    pub y: i32,
    /// One of the few newest moments shown: drawn larger.
    pub recent: bool,
}

/// "+n" in a row's last slot, for the moments that did not fit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    pub place: Place,
    pub x: i32,
    pub y: i32,
    pub hidden: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drawing {
    pub height: i32,
    /// The "beyond the ladder" box above the ladder, if any moment is there.
    pub beyond_top: Option<i32>,
    pub bands: Vec<BandBox>,
    pub rows: Vec<Row>,
    pub marks: Vec<Mark>,
    pub counts: Vec<Count>,
    /// From the rung experienced most to the rung wanted most, when they differ.
    pub gap: Option<(i32, i32)>,
}

/// Lays out `moments` (newest first) on the ladder.
pub fn draw(moments: &[&Moment]) -> Drawing {
    let has_beyond = moments
        .iter()
        .any(|m| matches!(Place::of(m), Some(Place::Beyond(_))));
    let mut rows = Vec::new();
    let mut bands = Vec::new();
    let mut y = TOP;
    let beyond_top = has_beyond.then_some(y);
    if has_beyond {
        y += BAND_HEAD;
        for beyond in Beyond::ALL {
            rows.push(row(Place::Beyond(beyond), &mut y, 0));
        }
        y += ROW / 2;
    }
    for (band, rungs) in BANDS {
        let top = y;
        y += BAND_HEAD;
        for rung in rungs {
            let wanted = moments.iter().filter(|m| m.wanted == Some(*rung)).count();
            rows.push(row(Place::Rung(*rung), &mut y, wanted));
        }
        bands.push(BandBox {
            band,
            top,
            height: y - top,
        });
    }

    let mut marks = Vec::new();
    let mut counts = Vec::new();
    for row in &rows {
        let here: Vec<&&Moment> = moments
            .iter()
            .filter(|m| Place::of(m) == Some(row.place))
            .collect();
        let fits = if here.len() > SLOTS {
            SLOTS - 1
        } else {
            here.len()
        };
        for (slot, moment) in here.iter().take(fits).enumerate() {
            marks.push(Mark {
                id: moment.id.clone(),
                place: row.place,
                x: slot_x(slot),
                y: row.y,
                recent: moments
                    .iter()
                    .take(RECENT_MARKS)
                    .any(|newest| newest.id == moment.id),
            });
        }
        if here.len() > fits {
            counts.push(Count {
                place: row.place,
                x: slot_x(SLOTS - 1),
                y: row.y,
                hidden: here.len() - fits,
            });
        }
    }

    let summary = summarise(moments);
    let row_y = |rung: Rung| {
        rows.iter()
            .find(|row| row.place == Place::Rung(rung))
            .map(|row| row.y)
    };
    // Only an untied "most" and "wanted" justify an arrow between them.
    let gap = match (single(&summary.most), single(&summary.wanted)) {
        (Some(most), Some(wanted)) if most != wanted => row_y(most).zip(row_y(wanted)),
        _ => None,
    };
    Drawing {
        height: y + ROW / 2,
        beyond_top,
        bands,
        rows,
        marks,
        counts,
        gap,
    }
}

fn row(place: Place, y: &mut i32, wanted: usize) -> Row {
    let row = Row {
        place,
        y: *y + ROW / 2,
        wanted,
    };
    *y += ROW;
    row
}

fn slot_x(slot: usize) -> i32 {
    SLOT_FIRST + SLOT_STEP * slot as i32
}

/// The words a drawing needs, in the person's language.
pub struct Words<'a> {
    pub happened: &'a str,
    pub wanted: &'a str,
    pub beyond: &'a str,
    pub band: fn(Band) -> &'a str,
    pub place: fn(Place) -> &'a str,
}

/// The drawing as SVG markup. One string rather than a tree of components keeps the app
/// much smaller; every word in it is escaped. Stable `data-` attributes let tests read it.
pub fn svg(drawing: &Drawing, words: &Words) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(4096);
    let h = drawing.height;
    let _ = write!(
        out,
        r##"<svg class="ladder-picture" viewBox="0 0 {WIDTH} {h}" role="img" aria-labelledby="picture-title" aria-describedby="picture-words" data-marks="{}"><defs><marker id="arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head"/></marker></defs><text x="204" y="16" class="column-head" text-anchor="middle">{}</text><text x="{WANTED_X}" y="16" class="column-head" text-anchor="middle">{}</text>"##,
        drawing.marks.len(),
        escape(words.happened),
        escape(words.wanted),
    );
    if let Some(top) = drawing.beyond_top {
        let _ = write!(
            out,
            r#"<rect x="2" y="{top}" width="{}" height="{}" rx="8" class="beyond-box"/><text x="10" y="{}" class="band-name">{}</text>"#,
            WIDTH - 4,
            BAND_HEAD + 2 * ROW,
            top + 16,
            escape(words.beyond)
        );
    }
    for band in &drawing.bands {
        let _ = write!(
            out,
            r#"<rect x="2" y="{}" width="{}" height="{}" rx="8" class="band band-{}"/><text x="10" y="{}" class="band-name">{}</text>"#,
            band.top,
            WIDTH - 4,
            band.height,
            band.band as u8,
            band.top + 16,
            escape((words.band)(band.band))
        );
    }
    let top = drawing.bands.first().map_or(0, |b| b.top + BAND_HEAD);
    let bottom = drawing.bands.last().map_or(0, |b| b.top + b.height);
    for x in [RAIL_LEFT, RAIL_RIGHT] {
        let _ = write!(
            out,
            r#"<line x1="{x}" y1="{top}" x2="{x}" y2="{bottom}" class="rail"/>"#
        );
    }
    for row in &drawing.rows {
        let y = row.y;
        if matches!(row.place, Place::Rung(_)) {
            let _ = write!(
                out,
                r#"<line x1="{RAIL_LEFT}" y1="{y}" x2="{RAIL_RIGHT}" y2="{y}" class="rung"/>"#
            );
        }
        let _ = write!(
            out,
            r#"<text x="10" y="{}" class="rung-name">{}</text>"#,
            y + 5,
            escape((words.place)(row.place))
        );
        if row.wanted > 0 {
            let _ = write!(
                out,
                r#"<g class="wanted" data-wanted="{}" data-count="{}"><circle cx="{WANTED_X}" cy="{y}" r="12"/><text x="{WANTED_X}" y="{}" text-anchor="middle">{}</text></g>"#,
                row.place.key(),
                row.wanted,
                y + 4,
                row.wanted
            );
        }
    }
    if let Some((from, to)) = drawing.gap {
        // Stop short of the row so the arrow's head does not cover the count.
        let to = if to < from { to + 10 } else { to - 10 };
        let _ = write!(
            out,
            r#"<line x1="{GAP_X}" y1="{from}" x2="{GAP_X}" y2="{to}" class="gap" marker-end="url(#arrow)"/>"#
        );
    }
    for mark in &drawing.marks {
        let (r, class) = if mark.recent {
            (MARK_RADIUS, "mark recent")
        } else {
            (MARK_RADIUS - 2, "mark")
        };
        let _ = write!(
            out,
            r#"<circle cx="{}" cy="{}" r="{r}" class="{class}" data-moment="{}" data-place="{}"/>"#,
            mark.x,
            mark.y,
            escape(&mark.id),
            mark.place.key()
        );
    }
    for count in &drawing.counts {
        let _ = write!(
            out,
            r#"<g class="count" data-place="{}" data-hidden="{}"><rect x="{}" y="{}" width="18" height="18" rx="9"/><text x="{}" y="{}" text-anchor="middle">+{}</text></g>"#,
            count.place.key(),
            count.hidden,
            count.x - 9,
            count.y - 9,
            count.x,
            count.y + 4,
            count.hidden
        );
    }
    out.push_str("</svg>");
    out
}

/// Text made safe to put inside markup, in an element or an attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The small "where have I been" chart for one service: x along time (evenly spaced, oldest
/// on the left), y from coercion (bottom) to co-production (top).
pub const CHART_WIDTH: i32 = 300;
pub const CHART_HEIGHT: i32 = 96;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Chart {
    /// `x,y x,y …` for a polyline through the rungs experienced.
    pub experienced: String,
    /// The same for the rungs wanted, where given.
    pub wanted: String,
    /// Dots for each experienced moment, when there are few enough to tell apart.
    pub dots: Vec<(i32, i32)>,
}

const CHART_DOTS: usize = 40;

/// `moments` newest first, as given by `Filter::apply`.
pub fn chart(moments: &[&Moment]) -> Chart {
    let placed: Vec<&&Moment> = moments
        .iter()
        .rev()
        .filter(|m| m.experienced.is_some())
        .collect();
    let n = placed.len() as i32;
    let x = |i: usize| {
        if n <= 1 {
            CHART_WIDTH / 2
        } else {
            i as i32 * CHART_WIDTH / (n - 1)
        }
    };
    let y = |rung: Rung| CHART_HEIGHT - i32::from(rung.step()) * CHART_HEIGHT / 6;
    let line = |pick: fn(&Moment) -> Option<Rung>| {
        placed
            .iter()
            .enumerate()
            .filter_map(|(i, m)| pick(m).map(|rung| format!("{},{}", x(i), y(rung))))
            .collect::<Vec<_>>()
            .join(" ")
    };
    Chart {
        experienced: line(|m| m.experienced),
        wanted: line(|m| m.wanted),
        dots: if placed.len() <= CHART_DOTS {
            placed
                .iter()
                .enumerate()
                .filter_map(|(i, m)| Some((x(i), y(m.experienced?))))
                .collect()
        } else {
            Vec::new()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn moment(
        id: &str,
        date: &str,
        service: &str,
        exp: Option<Rung>,
        want: Option<Rung>,
    ) -> Moment {
        Moment {
            id: id.into(),
            date: date.into(),
            service: service.into(),
            experienced: exp,
            wanted: want,
            ..Moment::default()
        }
    }

    #[test]
    fn filter_by_service_and_period_newest_first() {
        let moments = vec![
            moment(
                "a",
                "2026-01-10",
                "Community team",
                Some(Rung::Informing),
                None,
            ),
            moment(
                "b",
                "2026-10-01",
                "community team ",
                Some(Rung::Consultation),
                None,
            ),
            moment("c", "2026-11-01", "Ward 3", Some(Rung::Coercion), None),
            moment("d", "", "Community team", None, None),
        ];
        let all = Filter::default().apply(&moments, "2026-11-22");
        assert_eq!(
            all.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
            ["c", "b", "a", "d"]
        );
        let filter = Filter {
            service: Some("COMMUNITY TEAM".into()),
            period: Period::Months6,
        };
        let shown = filter.apply(&moments, "2026-11-22");
        assert_eq!(
            shown.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
            ["b"]
        );
    }

    #[test]
    fn services_are_named_once_most_recent_first() {
        let moments = vec![
            moment("a", "2026-01-10", "Community team", None, None),
            moment("b", "2026-10-01", "community team", None, None),
            moment("c", "2026-11-01", "Ward 3", None, None),
            moment("d", "2026-11-02", "  ", None, None),
        ];
        assert_eq!(services(&moments), ["Ward 3", "community team"]);
    }

    #[test]
    fn a_tie_is_said_to_be_a_tie_and_draws_no_gap() {
        let moments = [
            moment(
                "3",
                "2026-11-03",
                "A",
                Some(Rung::CoDesign),
                Some(Rung::CoProduction),
            ),
            moment(
                "2",
                "2026-11-02",
                "A",
                Some(Rung::Informing),
                Some(Rung::CoDesign),
            ),
            moment(
                "1",
                "2026-11-01",
                "A",
                Some(Rung::Informing),
                Some(Rung::CoDesign),
            ),
            moment("0", "2026-10-01", "A", Some(Rung::CoDesign), None),
        ];
        let refs: Vec<&Moment> = moments.iter().collect();
        let summary = summarise(&refs);
        assert_eq!(summary.most, [Rung::CoDesign, Rung::Informing]);
        assert_eq!(summary.wanted, [Rung::CoDesign]);
        assert_eq!(summary.gap(), None);
        assert_eq!(draw(&refs).gap, None);
        assert_eq!(summary.on_ladder, 4);
        // Newer half (co-design 5, informing 2) against older (informing 2, co-design 5).
        assert_eq!(summary.trend, Some(Trend::Same));
        assert_eq!(
            sentence("A", Period::All, &summary, Lang::En),
            "With A, moments so far were split evenly between the Co-design and Informing steps. You wanted Co-design."
        );
        let three = summarise(&[refs[0], refs[1], refs[3]]);
        assert_eq!(
            sentence("A", Period::All, &three, Lang::En),
            "With A, most moments so far were at the Co-design step. You wanted Co-production and Co-design equally often. Over this time, it moved up the ladder."
        );
    }

    #[test]
    fn a_service_named_like_a_slot_is_kept_as_written() {
        let moments = [moment(
            "1",
            "2026-11-01",
            "{when} {n} {rung}",
            Some(Rung::Informing),
            Some(Rung::Informing),
        )];
        let refs: Vec<&Moment> = moments.iter().collect();
        assert_eq!(
            sentence("{when} {n} {rung}", Period::All, &summarise(&refs), Lang::En),
            "With {when} {n} {rung}, the one moment so far was at the Informing step. That is where you wanted to be."
        );
    }

    #[test]
    fn trend_compares_older_and_newer_halves() {
        assert_eq!(trend(&[Rung::CoDesign, Rung::Informing]), Some(Trend::Up));
        assert_eq!(
            trend(&[Rung::Coercion, Rung::Informing, Rung::Informing]),
            Some(Trend::Down)
        );
        assert_eq!(trend(&[Rung::Informing]), None);
    }

    #[test]
    fn sentence_in_plain_words() {
        let moments = [
            moment(
                "2",
                "2026-11-02",
                "the community team",
                Some(Rung::Consultation),
                Some(Rung::CoDesign),
            ),
            moment(
                "1",
                "2026-10-02",
                "the community team",
                Some(Rung::Consultation),
                Some(Rung::CoDesign),
            ),
            moment(
                "0",
                "2026-09-02",
                "the community team",
                Some(Rung::Informing),
                None,
            ),
        ];
        let refs: Vec<&Moment> = moments.iter().collect();
        let summary = summarise(&refs);
        assert_eq!(
            sentence("the community team", Period::Months6, &summary, Lang::En),
            "With the community team, most moments in the last 6 months were at the Consultation step. You wanted Co-design. Over this time, it moved up the ladder."
        );
        let one = summarise(&refs[..1]);
        assert_eq!(
            sentence("Ward 3", Period::All, &one, Lang::En),
            "With Ward 3, the one moment so far was at the Consultation step. You wanted Co-design."
        );
        let mut group = moment("g", "2026-11-02", "Hearing Voices group", None, None);
        group.beyond = Some(Beyond::UserLed);
        let only_beyond = summarise(&[&group]);
        assert_eq!(
            sentence("Hearing Voices group", Period::Year, &only_beyond, Lang::En),
            "With Hearing Voices group, the one moment in the last year was beyond the ladder."
        );
        assert_eq!(
            sentence("GP", Period::Months3, &Summary::default(), Lang::En),
            "With GP, there are no moments in the last 3 months."
        );
    }

    #[test]
    fn drawing_places_each_moment_on_its_rung_and_marks_the_gap() {
        let mut group = moment("g", "2026-11-04", "Peer group", None, None);
        group.beyond = Some(Beyond::Community);
        let moments = [
            group,
            moment(
                "c",
                "2026-11-03",
                "A",
                Some(Rung::Consultation),
                Some(Rung::CoDesign),
            ),
            moment(
                "b",
                "2026-11-02",
                "A",
                Some(Rung::Consultation),
                Some(Rung::CoDesign),
            ),
            moment("a", "2026-11-01", "A", Some(Rung::Informing), None),
        ];
        let refs: Vec<&Moment> = moments.iter().collect();
        let drawing = draw(&refs);
        assert!(drawing.beyond_top.is_some());
        assert_eq!(drawing.rows.len(), 9);
        let row_of = |place| drawing.rows.iter().find(|r| r.place == place).unwrap().y;
        let mark = |id: &str| drawing.marks.iter().find(|m| m.id == id).unwrap();
        assert_eq!(mark("g").y, row_of(Place::Beyond(Beyond::Community)));
        assert_eq!(mark("c").y, row_of(Place::Rung(Rung::Consultation)));
        assert!(mark("c").x < mark("b").x, "newest first along the rung");
        assert!(mark("c").recent && !mark("a").recent);
        assert_eq!(
            drawing.gap,
            Some((
                row_of(Place::Rung(Rung::Consultation)),
                row_of(Place::Rung(Rung::CoDesign))
            ))
        );
        let co_design = drawing
            .rows
            .iter()
            .find(|r| r.place == Place::Rung(Rung::CoDesign))
            .unwrap();
        assert_eq!(co_design.wanted, 2);
        // Co-production is drawn above coercion.
        assert!(row_of(Place::Rung(Rung::CoProduction)) < row_of(Place::Rung(Rung::Coercion)));
    }

    #[test]
    fn a_crowded_rung_counts_what_does_not_fit() {
        let moments: Vec<Moment> = (0..20)
            .map(|i| {
                moment(
                    &i.to_string(),
                    "2026-11-01",
                    "A",
                    Some(Rung::Engagement),
                    None,
                )
            })
            .collect();
        let refs: Vec<&Moment> = moments.iter().collect();
        let drawing = draw(&refs);
        assert_eq!(drawing.marks.len(), SLOTS - 1);
        assert_eq!(drawing.counts[0].hidden, 20 - (SLOTS - 1));
        assert!(drawing.beyond_top.is_none());
    }

    #[test]
    fn markup_escapes_every_word() {
        let moments = [moment(
            "<x\" onload=\"1",
            "2026-11-01",
            "A",
            Some(Rung::Coercion),
            None,
        )];
        let refs: Vec<&Moment> = moments.iter().collect();
        let words = Words {
            happened: "What & how",
            wanted: "Wanted",
            beyond: "Beyond",
            band: |_| "Band <b>",
            place: |_| "Step",
        };
        let markup = svg(&draw(&refs), &words);
        assert!(markup.contains(r#"data-moment="&lt;x&quot; onload=&quot;1""#));
        assert!(markup.contains("What &amp; how"));
        assert!(markup.contains("Band &lt;b&gt;"));
        assert!(!markup.contains("<b>"));
        assert!(markup.starts_with("<svg") && markup.ends_with("</svg>"));
    }

    #[test]
    fn a_draft_keeps_every_choice_through_its_words() {
        let draft = MomentDraft {
            date: "2026-11-01".into(),
            service: "Ward 3".into(),
            about: Some(Topic::Medication),
            place: Some(Place::Beyond(Beyond::UserLed)),
            wanted: Some(Rung::CoDesign),
            note: "They listened".into(),
        };
        let words = draft.words();
        let back = MomentDraft::from_words(|name| {
            words
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        });
        assert_eq!(back, draft);
        let mut moment = Moment::default();
        back.fill(&mut moment, 5);
        assert_eq!(
            (moment.experienced, moment.beyond),
            (None, Some(Beyond::UserLed))
        );
        assert_eq!(
            MomentDraft::default().missing(),
            Missing {
                date: true,
                service: true,
                place: true
            }
        );
    }

    #[test]
    fn chart_runs_oldest_to_newest() {
        let moments = [
            moment(
                "b",
                "2026-11-02",
                "A",
                Some(Rung::CoProduction),
                Some(Rung::CoProduction),
            ),
            moment("a", "2026-11-01", "A", Some(Rung::Coercion), None),
        ];
        let refs: Vec<&Moment> = moments.iter().collect();
        let chart = chart(&refs);
        assert_eq!(
            chart.experienced,
            format!("0,{CHART_HEIGHT} {CHART_WIDTH},0")
        );
        assert_eq!(chart.wanted, format!("{CHART_WIDTH},0"));
        assert_eq!(chart.dots.len(), 2);
    }
}
