//! The host's settings file (`config.json` beside `index.html`), read and checked.
//!
//! A venue edits this by hand, so anything may be in it. Each field is checked on its own:
//! a bad field is left out and named in `problems` (shown quietly on the About screen),
//! and the app always starts with safe settings.
use serde_json::{Map, Value};

use super::contact::dial;
pub use super::contact::{phone_number, private_web_address, web_address};
use super::group::seal::Invitation;
use super::messages::{Lang, Msg};

pub const MAX_CONTACTS: usize = 12;
pub const DEFAULT_IDLE_MINUTES: u32 = 5;
/// How long a shared device may sit unused before it is wiped, in minutes.
pub const IDLE_MINUTES: std::ops::RangeInclusive<u64> = 1..=IDLE_MINUTES_MOST;
const IDLE_MINUTES_MOST: u64 = 120;
/// The longest venue name, contact name and opening hours; the longest note.
pub const NAME_MAX: usize = 80;
pub const NOTE_MAX: usize = 300;
/// A neutral page to go to when leaving quickly (the GOV.UK pattern uses a weather page).
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

#[derive(Clone, Debug, PartialEq)]
pub struct HostConfig {
    pub venue: String,
    pub contacts: Vec<Contact>,
    /// The venue named its own contacts (else `contacts` are the standard ones).
    pub own_contacts: bool,
    pub language: Lang,
    pub kiosk: bool,
    pub idle_minutes: u32,
    pub exit_url: String,
    /// The venue's group, whose invitation lets "Finish and wipe" on a shared device offer
    /// to leave the person's moments for its picture, sealed for it.
    pub group: Option<Invitation>,
    pub problems: Vec<Problem>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contact {
    pub name: String,
    pub phone: Option<String>,
    pub text: Option<String>,
    pub url: Option<String>,
    pub hours: String,
    pub note: String,
}

impl Contact {
    /// `tel:`/`sms:` address: digits and a leading plus only.
    pub fn dial(number: &str) -> String {
        dial(number)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// There was no settings file, or it could not be fetched.
    Unreachable,
    /// The file is not JSON, or not an object.
    NotJson,
    /// This field was left out because it was not valid.
    Invalid(String),
    /// The old `"group": {"enabled": true}` with no invitation: the kiosk keeps moments
    /// only sealed for a group, so it offers none.
    GroupNeedsInvitation,
}

impl Default for HostConfig {
    fn default() -> Self {
        HostConfig {
            venue: String::new(),
            contacts: default_contacts(Lang::En),
            own_contacts: false,
            language: Lang::En,
            kiosk: false,
            idle_minutes: DEFAULT_IDLE_MINUTES,
            exit_url: DEFAULT_EXIT_URL.to_owned(),
            group: None,
            problems: Vec::new(),
        }
    }
}

impl HostConfig {
    /// The venue's contacts for "Need help now?" and the safety plan, in `lang`: its own,
    /// or the standard ones in the person's language.
    pub fn help_contacts(&self, lang: Lang) -> Vec<Contact> {
        match self.own_contacts {
            true => self.contacts.clone(),
            false => default_contacts(lang),
        }
    }
}

/// The generic UK contacts used when the host names none.
pub fn default_contacts(lang: Lang) -> Vec<Contact> {
    let contact = |name: Msg, phone: &str, hours: Msg, note: Msg| Contact {
        name: name.text(lang).to_owned(),
        phone: Some(phone.to_owned()),
        hours: hours.text(lang).to_owned(),
        note: note.text(lang).to_owned(),
        ..Contact::default()
    };
    vec![
        contact(Msg::Help111Name, "111", Msg::HelpAllHours, Msg::Help111Note),
        contact(
            Msg::HelpSamaritansName,
            "116 123",
            Msg::HelpAllHours,
            Msg::HelpSamaritansNote,
        ),
        contact(Msg::Help999Name, "999", Msg::HelpAllHours, Msg::Help999Note),
    ]
}

/// Reads the settings file. `None` means it could not be fetched.
pub fn parse(text: Option<&str>) -> HostConfig {
    let mut config = HostConfig::default();
    let Some(text) = text else {
        config.problems.push(Problem::Unreachable);
        return config;
    };
    let fields = match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(fields)) => fields,
        _ => {
            config.problems.push(Problem::NotJson);
            return config;
        }
    };
    let mut checker = Checker {
        problems: Vec::new(),
    };
    config.venue = checker.text(&fields, "venue", "venue", NAME_MAX);
    if let Some(language) = fields.get("language") {
        match language.as_str().and_then(Lang::from_code) {
            Some(lang) => config.language = lang,
            None => checker.invalid("language"),
        }
    }
    if let Some(exit) = fields.get("exit_url") {
        match exit.as_str().and_then(private_web_address) {
            Some(url) => config.exit_url = url,
            None => checker.invalid("exit_url"),
        }
    }
    if let Some(kiosk) = fields.get("kiosk") {
        match kiosk {
            Value::Object(kiosk) => {
                match kiosk.get("enabled") {
                    None => {}
                    Some(Value::Bool(on)) => config.kiosk = *on,
                    Some(_) => checker.invalid("kiosk.enabled"),
                }
                match kiosk.get("idle_minutes").map(Value::as_u64) {
                    None => {}
                    Some(Some(minutes @ 1..=IDLE_MINUTES_MOST)) => {
                        config.idle_minutes = minutes as u32
                    }
                    Some(_) => checker.invalid("kiosk.idle_minutes"),
                }
            }
            _ => checker.invalid("kiosk"),
        }
    }
    // The group's rules (`min_people`, `min_count`) are read by the group page itself.
    if let Some(group) = fields.get("group") {
        match group.get("invitation") {
            Some(text) => match text.as_str().and_then(Invitation::read) {
                Some(invitation) => config.group = Some(invitation),
                None => checker.invalid("group.invitation"),
            },
            None if group.get("enabled") == Some(&Value::Bool(true)) => {
                checker.problems.push(Problem::GroupNeedsInvitation)
            }
            None => {}
        }
    }
    if let Some(contacts) = fields.get("contacts") {
        match contacts.as_array() {
            Some(list) => {
                let chosen: Vec<Contact> = list
                    .iter()
                    .enumerate()
                    .take(MAX_CONTACTS)
                    .filter_map(|(i, contact)| checker.contact(i, contact))
                    .collect();
                if list.len() > MAX_CONTACTS {
                    checker.invalid("contacts (more than 12)");
                }
                if !chosen.is_empty() {
                    config.contacts = chosen;
                    config.own_contacts = true;
                }
            }
            None => checker.invalid("contacts"),
        }
    }
    if config.language != Lang::En && fields.get("contacts").is_none() {
        config.contacts = default_contacts(config.language);
    }
    config.problems = checker.problems;
    config
}

/// Every part of the file the app reads, with the parts inside it; anything else is unknown.
const KNOWN: [(&str, &[&str]); 6] = [
    ("venue", &[]),
    ("language", &[]),
    ("exit_url", &[]),
    (
        "contacts",
        &["name", "phone", "text", "url", "hours", "note"],
    ),
    ("kiosk", &["enabled", "idle_minutes"]),
    (
        "group",
        &["invitation", "enabled", "min_people", "min_count"],
    ),
];

/// The parts of a settings file the app never reads (a name misspelt, or a part from another
/// program), named as the file names them, so whoever opens it is told they are left out.
pub fn unknown_parts(text: &str) -> Vec<String> {
    let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    let mut unknown = Vec::new();
    for (key, value) in &fields {
        match KNOWN.iter().find(|(known, _)| known == key) {
            None => unknown.push(key.clone()),
            Some(("contacts", inner)) => {
                for (i, contact) in value.as_array().into_iter().flatten().enumerate() {
                    unknown.extend(unknown_inside(&format!("contacts[{i}]"), contact, inner));
                }
            }
            Some((_, inner)) if !inner.is_empty() => {
                unknown.extend(unknown_inside(key, value, inner))
            }
            Some(_) => {}
        }
    }
    unknown
}

fn unknown_inside(path: &str, value: &Value, known: &[&str]) -> Vec<String> {
    let parts = value.as_object().into_iter().flat_map(Map::keys);
    parts
        .filter(|key| !known.contains(&key.as_str()))
        .map(|key| format!("{path}.{key}"))
        .collect()
}

/// Words a venue can use in a text field: at most `max` characters, no control characters.
pub fn plain_text(text: &str, max: usize) -> bool {
    text.chars().count() <= max && !text.chars().any(char::is_control)
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn invalid(&mut self, field: &str) {
        self.problems.push(Problem::Invalid(field.to_owned()));
    }

    /// A plain text field: trimmed, no control characters, at most `max` characters.
    fn text(&mut self, fields: &Map<String, Value>, key: &str, path: &str, max: usize) -> String {
        match fields.get(key) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(text)) if plain_text(text, max) => text.trim().to_owned(),
            Some(_) => {
                self.invalid(path);
                String::new()
            }
        }
    }

    fn optional(
        &mut self,
        fields: &Map<String, Value>,
        key: &str,
        path: &str,
        check: fn(&str) -> Option<String>,
    ) -> Option<String> {
        let value = fields.get(key)?;
        if value.is_null() {
            return None;
        }
        let checked = value.as_str().and_then(check);
        if checked.is_none() {
            self.invalid(path);
        }
        checked
    }

    fn contact(&mut self, index: usize, value: &Value) -> Option<Contact> {
        let at = |field: &str| format!("contacts[{index}].{field}");
        let Some(fields) = value.as_object() else {
            self.invalid(&format!("contacts[{index}]"));
            return None;
        };
        let contact = Contact {
            name: self.text(fields, "name", &at("name"), NAME_MAX),
            phone: self.optional(fields, "phone", &at("phone"), phone_number),
            text: self.optional(fields, "text", &at("text"), phone_number),
            url: self.optional(fields, "url", &at("url"), web_address),
            hours: self.text(fields, "hours", &at("hours"), NAME_MAX),
            note: self.text(fields, "note", &at("note"), NOTE_MAX),
        };
        let reachable = contact.phone.is_some() || contact.text.is_some() || contact.url.is_some();
        if contact.name.is_empty() || !reachable {
            self.invalid(&format!("contacts[{index}]"));
            return None;
        }
        Some(contact)
    }
}
