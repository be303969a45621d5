//! The venue set-up page's form: what a venue types, checked field by field with the rules
//! the app reads `config.json` with, and written as that file. The app's own reader
//! (`config::parse`) reads the form back, so a file made here is used exactly as written.
use serde::Serialize;
use serde_json::Value;

use super::config::{self, HostConfig, Problem, IDLE_MINUTES, NAME_MAX, NOTE_MAX};
use super::contact::{phone_number, private_web_address, web_address};
use super::group::rules::Rules;
use super::group::seal::Invitation;
use super::messages::venue::VenueMsg;
use super::messages::{fill, Lang};

/// The largest file the page opens: a settings file is a few kilobytes.
pub const MAX_FILE_BYTES: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub struct VenueForm {
    pub venue: String,
    pub language: Lang,
    pub contacts: Vec<ContactForm>,
    pub kiosk: bool,
    /// As typed, so that "ten" can be answered rather than lost.
    pub idle_minutes: String,
    pub exit_url: String,
    /// The venue's group's invitation, as pasted: "Finish and wipe" then offers to leave a
    /// person's moments for the group's picture, sealed for it.
    pub invitation: String,
    /// The group page's small-number rules, kept as the file had them.
    pub group_rules: Rules,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContactForm {
    /// Tells the rows apart while the list changes; never written to the file.
    pub key: u32,
    pub name: String,
    pub phone: String,
    pub text: String,
    pub url: String,
    pub hours: String,
    pub note: String,
}

/// One box on the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Venue,
    Contact(u32, Part),
    IdleMinutes,
    Invitation,
    ExitUrl,
}

/// One box of a contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Name,
    Phone,
    Text,
    Url,
    Hours,
    Note,
}

impl Part {
    pub const ALL: [Part; 6] = [
        Part::Name,
        Part::Phone,
        Part::Text,
        Part::Url,
        Part::Hours,
        Part::Note,
    ];

    pub fn label(self) -> VenueMsg {
        match self {
            Part::Name => VenueMsg::ContactName,
            Part::Phone => VenueMsg::ContactPhone,
            Part::Text => VenueMsg::ContactText,
            Part::Url => VenueMsg::ContactUrl,
            Part::Hours => VenueMsg::ContactHours,
            Part::Note => VenueMsg::ContactNote,
        }
    }
}

impl Field {
    /// The box's id on the page.
    pub fn id(self) -> String {
        match self {
            Field::Venue => "venue-name".into(),
            Field::IdleMinutes => "idle-minutes".into(),
            Field::Invitation => "invitation".into(),
            Field::ExitUrl => "exit-url".into(),
            Field::Contact(key, part) => format!("contact-{key}-{part:?}").to_lowercase(),
        }
    }
}

/// What is wrong with one box, in words for the venue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mistake {
    pub field: Field,
    pub what: VenueMsg,
    /// The most letters allowed, for `TooLong`.
    pub most: usize,
}

impl Mistake {
    pub fn text(&self, lang: Lang) -> String {
        fill(self.what.text(lang), "n", &self.most.to_string())
    }
}

impl ContactForm {
    pub fn get(&self, part: Part) -> &str {
        match part {
            Part::Name => &self.name,
            Part::Phone => &self.phone,
            Part::Text => &self.text,
            Part::Url => &self.url,
            Part::Hours => &self.hours,
            Part::Note => &self.note,
        }
    }

    pub fn set(&mut self, part: Part, value: String) {
        match part {
            Part::Name => self.name = value,
            Part::Phone => self.phone = value,
            Part::Text => self.text = value,
            Part::Url => self.url = value,
            Part::Hours => self.hours = value,
            Part::Note => self.note = value,
        }
    }
}

impl Default for VenueForm {
    fn default() -> Self {
        VenueForm::from_config(&HostConfig::default())
    }
}

/// Why a file could not be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotSettings;

impl VenueForm {
    /// The form for settings the app has read: the venue's own contacts only.
    pub fn from_config(config: &HostConfig) -> VenueForm {
        let contacts = match config.own_contacts {
            true => config.contacts.iter().zip(1..).map(contact_form).collect(),
            false => Vec::new(),
        };
        VenueForm {
            venue: config.venue.clone(),
            language: config.language,
            contacts,
            kiosk: config.kiosk,
            idle_minutes: config.idle_minutes.to_string(),
            exit_url: config.exit_url.clone(),
            invitation: config
                .group
                .as_ref()
                .map_or(String::new(), Invitation::to_text),
            group_rules: Rules::default(),
        }
    }

    /// Opens a settings file as the app would read it. The parts it could not use are named
    /// (as the file names them) and left out.
    pub fn open(text: &str) -> Result<(VenueForm, Vec<String>), NotSettings> {
        let config = config::parse(Some(text));
        let mut left_out = Vec::new();
        for problem in &config.problems {
            match problem {
                Problem::Invalid(part) => left_out.push(part.clone()),
                Problem::GroupNeedsInvitation => left_out.push("group.enabled".into()),
                Problem::NotJson | Problem::Unreachable => return Err(NotSettings),
            }
        }
        let (group_rules, ignored) = Rules::from_config(Some(text));
        left_out.extend(ignored.iter().map(|key| format!("group.{key}")));
        left_out.extend(config::unknown_parts(text));
        let form = VenueForm {
            group_rules,
            ..VenueForm::from_config(&config)
        };
        Ok((form, left_out))
    }

    /// A key no contact on the form has.
    pub fn next_key(&self) -> u32 {
        self.contacts.iter().map(|c| c.key).max().unwrap_or(0) + 1
    }

    /// Everything that must change before the file is made, in the order of the form.
    pub fn mistakes(&self) -> Vec<Mistake> {
        let mut found = Vec::new();
        let mut say = |field, what, most| found.push(Mistake { field, what, most });
        let venue = self.venue.trim();
        if venue.is_empty() {
            say(Field::Venue, VenueMsg::NameMissing, 0);
        } else if !config::plain_text(venue, NAME_MAX) {
            say(Field::Venue, VenueMsg::TooLong, NAME_MAX);
        }
        for contact in &self.contacts {
            let at = |part| Field::Contact(contact.key, part);
            let filled = |part| !contact.get(part).trim().is_empty();
            if !filled(Part::Name) {
                say(at(Part::Name), VenueMsg::ContactNameMissing, 0);
            }
            for (part, most) in [
                (Part::Name, NAME_MAX),
                (Part::Hours, NAME_MAX),
                (Part::Note, NOTE_MAX),
            ] {
                if !config::plain_text(contact.get(part).trim(), most) {
                    say(at(part), VenueMsg::TooLong, most);
                }
            }
            for (part, ok, what) in [
                (
                    Part::Phone,
                    phone_number as fn(&str) -> _,
                    VenueMsg::NumberWrong,
                ),
                (Part::Text, phone_number, VenueMsg::NumberWrong),
                (Part::Url, web_address, VenueMsg::AddressWrong),
            ] {
                if filled(part) && ok(contact.get(part)).is_none() {
                    say(at(part), what, 0);
                }
            }
            if ![Part::Phone, Part::Text, Part::Url].into_iter().any(filled) {
                say(at(Part::Phone), VenueMsg::ContactNoWay, 0);
            }
        }
        if self.kiosk && !self.idle_minutes_ok() {
            say(Field::IdleMinutes, VenueMsg::MinutesWrong, 0);
        }
        if self.kiosk && self.group().is_err() {
            say(Field::Invitation, VenueMsg::InvitationWrong, 0);
        }
        let exit = self.exit_url.trim();
        if exit.is_empty() {
            say(Field::ExitUrl, VenueMsg::ExitMissing, 0);
        } else if exit.to_ascii_lowercase().starts_with("http://") {
            say(Field::ExitUrl, VenueMsg::ExitNotPrivate, 0);
        } else if private_web_address(exit).is_none() {
            say(Field::ExitUrl, VenueMsg::AddressWrong, 0);
        }
        found
    }

    /// The group the invitation names, if one was pasted.
    fn group(&self) -> Result<Option<Invitation>, ()> {
        match self.invitation.trim() {
            "" => Ok(None),
            text => Invitation::read(text).map(Some).ok_or(()),
        }
    }

    fn idle_minutes_ok(&self) -> bool {
        self.idle_minutes
            .trim()
            .parse::<u64>()
            .is_ok_and(|n| IDLE_MINUTES.contains(&n))
    }

    /// The settings file, once nothing on the form needs changing.
    pub fn file(&self) -> Result<String, Vec<Mistake>> {
        match self.mistakes() {
            mistakes if mistakes.is_empty() => Ok(self.written()),
            mistakes => Err(mistakes),
        }
    }

    /// The settings as the app will use them, mistakes and all left out as it would leave
    /// them out: what the preview shows.
    pub fn as_read(&self) -> HostConfig {
        config::parse(Some(&self.written()))
    }

    /// The form as a settings file, as typed (trimmed), checked or not.
    fn written(&self) -> String {
        let minutes = self.idle_minutes.trim();
        let minutes = minutes
            .parse::<u64>()
            .map_or_else(|_| Value::from(minutes), Value::from);
        let file = SettingsFile {
            venue: self.venue.trim(),
            language: match self.language {
                Lang::En => "en",
                Lang::Cy => "cy",
            },
            contacts: self.contacts.iter().map(ContactFile::from).collect(),
            exit_url: self.exit_url.trim(),
            kiosk: Kiosk {
                enabled: self.kiosk,
                // Off, minutes that cannot be used are left out: the app would ignore them.
                idle_minutes: (self.kiosk || self.idle_minutes_ok()).then_some(minutes),
            },
            group: {
                let invitation = self.group().ok().flatten().filter(|_| self.kiosk);
                let text = invitation.as_ref().map(Invitation::to_text);
                (text.is_some() || self.group_rules != Rules::default()).then_some(Group {
                    invitation: text,
                    min_people: self.group_rules.min_people,
                    min_count: self.group_rules.min_count,
                })
            },
        };
        serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
    }
}

fn contact_form((contact, key): (&config::Contact, u32)) -> ContactForm {
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    ContactForm {
        key,
        name: contact.name.clone(),
        phone: text(&contact.phone),
        text: text(&contact.text),
        url: text(&contact.url),
        hours: contact.hours.clone(),
        note: contact.note.clone(),
    }
}

/// `config.json`, its fields in the order the README shows them.
#[derive(Serialize)]
struct SettingsFile<'a> {
    venue: &'a str,
    language: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    contacts: Vec<ContactFile<'a>>,
    exit_url: &'a str,
    kiosk: Kiosk,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<Group>,
}

#[derive(Serialize)]
struct Group {
    #[serde(skip_serializing_if = "Option::is_none")]
    invitation: Option<String>,
    min_people: usize,
    min_count: usize,
}

#[derive(Serialize)]
struct ContactFile<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    phone: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    text: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    url: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    hours: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    note: &'a str,
}

impl<'a> From<&'a ContactForm> for ContactFile<'a> {
    fn from(contact: &'a ContactForm) -> Self {
        ContactFile {
            name: contact.name.trim(),
            phone: contact.phone.trim(),
            text: contact.text.trim(),
            url: contact.url.trim(),
            hours: contact.hours.trim(),
            note: contact.note.trim(),
        }
    }
}

#[derive(Serialize)]
struct Kiosk {
    enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    idle_minutes: Option<Value>,
}

#[cfg(test)]
mod tests;
