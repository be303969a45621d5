//! "Need help now?": who to contact, in order. 999 comes first, for anyone in danger now;
//! then the person's own nominated person and the people they marked to contact in a
//! crisis; then the venue's contacts.
use super::config::Contact;
use super::contact::phone_number;
use super::messages::{Lang, Msg};
use super::plan::{completeness, Completeness, Field, Plan, Section};

/// The first contact shown, always.
pub fn danger(lang: Lang) -> Contact {
    Contact {
        name: Msg::HelpDangerName.text(lang).to_owned(),
        phone: Some("999".to_owned()),
        note: Msg::Help999Note.text(lang).to_owned(),
        ..Contact::default()
    }
}

/// The venue's contacts, less 999 (already shown first).
pub fn venue(contacts: &[Contact]) -> Vec<Contact> {
    contacts
        .iter()
        .filter(|c| c.phone.as_deref().map(super::contact::dial).as_deref() != Some("999"))
        .cloned()
        .collect()
}

/// The person's own people for a crisis: their nominated person first, then everyone they
/// marked. Someone named in both appears once, as the nominated person, with every number.
pub fn mine(plan: &Plan, lang: Lang) -> Vec<Contact> {
    let mut people: Vec<Contact> = plan
        .people
        .iter()
        .filter(|p| p.crisis && !p.name.trim().is_empty())
        .map(|p| Contact {
            name: p.name.trim().to_owned(),
            phone: phone_number(&p.phone),
            text: phone_number(&p.text),
            hours: p.when.trim().to_owned(),
            note: p.role.trim().to_owned(),
            ..Contact::default()
        })
        .collect();
    let name = plan.note(Field::NominatedName).trim();
    if !name.is_empty() {
        let how = plan.note(Field::NominatedContact).trim();
        let number = phone_number(how);
        let mut nominated = Contact {
            name: name.to_owned(),
            phone: number.clone(),
            text: number.clone(),
            // Words that are not a number (an address, "ask the ward") are still shown.
            hours: if number.is_none() {
                how.to_owned()
            } else {
                String::new()
            },
            note: Msg::HelpNominated.text(lang).to_owned(),
            ..Contact::default()
        };
        let lower = name.to_lowercase();
        if let Some(at) = people
            .iter()
            .position(|p| lower.contains(&p.name.to_lowercase()))
        {
            let same = people.remove(at);
            nominated.phone = nominated.phone.or(same.phone);
            nominated.text = same.text.or(nominated.text);
        }
        people.insert(0, nominated);
    }
    people
}

/// Whether the crisis plan has anything in it to look at.
pub fn has_crisis_plan(plan: &Plan) -> bool {
    completeness(plan, Section::Crisis) != Completeness::NotStarted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::Person;

    fn person(name: &str, phone: &str, crisis: bool) -> Person {
        Person {
            id: name.into(),
            name: name.into(),
            phone: phone.into(),
            role: "Friend".into(),
            crisis,
            ..Person::default()
        }
    }

    #[test]
    fn only_people_marked_for_a_crisis_and_the_nominated_person_first() {
        let mut plan = Plan::default();
        plan.people.push(person("Kerry", "07700 900456", true));
        plan.people
            .push(person("Not for a crisis", "07700 900789", false));
        plan.people.push(person("Jo Adeyemi", "07700 900123", true));
        plan.set_note(Field::NominatedName, "Jo Adeyemi (my sister)".into(), 1);
        let shown = mine(&plan, Lang::En);
        let names: Vec<&str> = shown.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Jo Adeyemi (my sister)", "Kerry"]);
        assert_eq!(shown[0].phone.as_deref(), Some("07700 900123"));
        assert_eq!(shown[0].note, "Your nominated person");
        assert_eq!(shown[1].note, "Friend");
    }

    #[test]
    fn a_nominated_contact_that_is_not_a_number_is_still_shown() {
        let mut plan = Plan::default();
        plan.set_note(Field::NominatedName, "Sam".into(), 1);
        plan.set_note(Field::NominatedContact, "Through the ward office".into(), 1);
        let shown = mine(&plan, Lang::En);
        assert_eq!(shown[0].phone, None);
        assert_eq!(shown[0].hours, "Through the ward office");
        assert!(mine(&Plan::default(), Lang::En).is_empty());
        assert!(!has_crisis_plan(&Plan::default()));
        assert!(has_crisis_plan(&plan));
    }

    #[test]
    fn emergency_services_come_first_and_only_once() {
        let venue_list = crate::core::config::default_contacts(Lang::En);
        assert!(venue_list.iter().any(|c| c.phone.as_deref() == Some("999")));
        assert!(venue(&venue_list)
            .iter()
            .all(|c| c.phone.as_deref() != Some("999")));
        assert_eq!(danger(Lang::En).phone.as_deref(), Some("999"));
    }
}
