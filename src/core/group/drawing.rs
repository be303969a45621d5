//! The group's ladder: the same seven steps in three bands as a person's ladder, with
//! "beyond the ladder" above, and for each step a bar for the people there and a count of
//! the people who wanted it. Hidden counts draw nothing; every length and number comes from
//! the rounded counts, so the drawing holds nothing exact.
use std::fmt::Write;

use super::picture::{Service, PLACES};
use super::rules::Count;
use crate::core::ladder::{band_name, escape, place_short, Band, Place, BANDS};
use crate::core::ladder::{RAIL_LEFT, RAIL_RIGHT, WANTED_X, WIDTH};
use crate::core::messages::{Lang, Msg};

const ROW: i32 = 26;
const HEAD: i32 = 18;

/// The drawing for one shown service, as escaped SVG. `title` names it for screen readers;
/// the words beside it say the same.
pub fn svg(service: &Service<Count>, title: &str, heads: [&str; 2], lang: Lang) -> String {
    let people = service.people.shown().unwrap_or(0).max(1);
    let bands = BANDS.iter().map(|(band, rungs)| (Some(*band), rungs.len()));
    let mut out = String::with_capacity(3000);
    let rows_of = |at: usize| at as i32 * ROW;
    let height = HEAD + 4 * HEAD + rows_of(PLACES.len()) + 8;
    let _ = write!(
        out,
        r#"<svg class="ladder-picture group-ladder" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{}"><text x="204" y="13" class="column-head" text-anchor="middle">{}</text><text x="{WANTED_X}" y="13" class="column-head" text-anchor="middle">{}</text>"#,
        escape(title),
        escape(heads[0]),
        escape(heads[1]),
    );
    let mut y = HEAD;
    let mut row = 0;
    let beyond = [(None, 2)].into_iter();
    for (band, rows) in beyond.chain(bands) {
        let name = match band {
            Some(band) => band_name(band).text(lang),
            None => Msg::BeyondTitle.text(lang),
        };
        let class = band.map_or("beyond-box".to_owned(), |b: Band| {
            format!("band band-{}", b as u8)
        });
        let _ = write!(
            out,
            r#"<rect x="2" y="{y}" width="{}" height="{}" rx="6" class="{class}"/><text x="8" y="{}" class="band-name">{}</text>"#,
            WIDTH - 4,
            HEAD + rows_of(rows),
            y + 13,
            escape(name)
        );
        y += HEAD;
        for _ in 0..rows {
            let place = PLACES[row];
            let mid = y + ROW / 2;
            let _ = write!(
                out,
                r#"<text x="8" y="{}" class="rung-name">{}</text>"#,
                mid + 4,
                escape(place_short(place).text(lang))
            );
            if let Some(Count::Shown(n)) = service.at.get(row) {
                let width = (RAIL_RIGHT - RAIL_LEFT) * *n as i32 / people as i32;
                let _ = write!(
                    out,
                    r#"<g class="at" data-place="{}"><rect x="{RAIL_LEFT}" y="{}" width="{}" height="14" rx="3"/><text x="{}" y="{}">{}</text></g>"#,
                    place.key(),
                    mid - 7,
                    width.max(2),
                    RAIL_LEFT + width.max(2) + 4,
                    mid + 4,
                    n,
                );
            }
            let wanted = match place {
                Place::Rung(rung) => service.wanted.iter().find(|(r, _)| *r == Some(rung)),
                Place::Beyond(_) => None,
            };
            if let Some((_, Count::Shown(n))) = wanted {
                let _ = write!(
                    out,
                    r#"<g class="wanted" data-wanted="{}"><circle cx="{WANTED_X}" cy="{mid}" r="11"/><text x="{WANTED_X}" y="{}" text-anchor="middle">{}</text></g>"#,
                    place.key(),
                    mid + 4,
                    n,
                );
            }
            y += ROW;
            row += 1;
        }
        y += 2;
    }
    out.push_str("</svg>");
    out
}
