//! A crisis card for a wallet: the front and back of a card folded in two, each the size of a
//! bank card, from the person's crisis plan and people. Laid out as a copy's sections, so it
//! prints through the same page, and styled as a card.
use super::CopySection;
use crate::core::document::Document;
use crate::core::messages::{Lang, Msg};
use crate::core::plan::{Field, Item, Person};

/// Lines of what helps and what does not that the card has room for, and numbers to call.
const LINES: usize = 3;
const NUMBERS: usize = 2;

/// Characters of a line the card has room for, in its large type.
const LINE_CHARS: usize = 36;

/// The first few lines of a written part, each as written (a list's dashes or bullets left
/// off), and shortened at a space if longer than the card's line.
fn first_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| line.trim().trim_start_matches(['-', '*', '•']).trim())
        .filter(|line| !line.is_empty())
        .take(LINES)
        .map(|line| shortened(line, LINE_CHARS))
        .collect()
}

/// `text` as it is if it fits in `most` characters, else cut at the last space that fits
/// and marked "…", so what the screen shows is what the card prints.
fn shortened(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let fits: String = text.chars().take(most - 1).collect();
    let cut = fits
        .rfind(' ')
        .filter(|&at| at > 0)
        .map_or(fits.as_str(), |at| &fits[..at]);
    format!("{}…", cut.trim_end())
}

/// `texts` under `label`, said once.
fn add(lines: &mut Vec<(String, String)>, label: &str, texts: Vec<String>) {
    for (at, text) in texts.into_iter().enumerate() {
        lines.push((if at == 0 { label } else { "" }.to_owned(), text));
    }
}

/// The front ("If I am in crisis": what helps, what does not) and the back (who to contact,
/// and where the whole plan is). Nothing unless the crisis plan says what helps or who to
/// contact: the card is the person's own words, never the app's.
pub fn crisis_card(doc: &Document, lang: Lang) -> Vec<CopySection> {
    let plan = &doc.plan;
    let mut front = Vec::new();
    add(
        &mut front,
        Msg::CardHelps.text(lang),
        first_lines(plan.note(Field::CrisisWant)),
    );
    add(
        &mut front,
        Msg::CardNotHelps.text(lang),
        first_lines(plan.note(Field::CrisisDontWant)),
    );
    let mut back = Vec::new();
    let (name, contact) = (
        plan.note(Field::NominatedName),
        plan.note(Field::NominatedContact),
    );
    let nominated = format!("{}, {}", name.trim(), contact.trim());
    let nominated = nominated.trim_matches([',', ' ']);
    if !nominated.is_empty() {
        let label = Msg::FieldNominatedName.text(lang);
        add(&mut back, label, vec![shortened(nominated, 2 * LINE_CHARS)]);
    }
    // People to contact in a crisis first, then anyone else with a number.
    let has_number = |p: &&Person| !p.phone.trim().is_empty();
    let crisis = plan.people.iter().filter(|p| p.crisis).filter(has_number);
    let others = plan.people.iter().filter(|p| !p.crisis).filter(has_number);
    for person in crisis.chain(others).take(NUMBERS) {
        let number = format!("{} {}", person.name.trim(), person.phone.trim());
        back.push((String::new(), shortened(number.trim(), LINE_CHARS)));
    }
    if front.is_empty() && back.is_empty() {
        return Vec::new();
    }
    back.push((String::new(), Msg::CardWhere.text(lang).to_owned()));
    let name = doc.settings.display_name.trim();
    vec![
        CopySection {
            key: "card-front",
            title: Msg::CardTitle,
            items: vec![Item {
                heading: (!name.is_empty()).then(|| name.to_owned()),
                lines: front,
            }],
        },
        CopySection {
            key: "card-back",
            title: Msg::CardContact,
            items: vec![Item {
                heading: None,
                lines: back,
            }],
        },
    ]
}
