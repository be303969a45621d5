//! Where each mark goes in the ladder picture and the small charts, and the picture as
//! escaped SVG markup.
use super::super::document::{Beyond, Moment, Rung};
use super::summary::single;
use super::{summarise, Band, Place, BANDS};

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
