use super::*;
use crate::core::config::parse;
use crate::core::group::rules::Rules;
use crate::core::group::seal::Invitation;

fn contact(key: u32, name: &str, phone: &str) -> ContactForm {
    ContactForm {
        key,
        name: name.into(),
        phone: phone.into(),
        ..ContactForm::default()
    }
}

fn full() -> VenueForm {
    VenueForm {
        venue: "Riverside Library".into(),
        language: Lang::Cy,
        contacts: vec![
            ContactForm {
                key: 1,
                name: "Drop-in, \"Tuesdays\"; upstairs".into(),
                phone: "0161 496 0000".into(),
                text: "+44 7700 900123".into(),
                url: "https://example.org/help?a=1&b=2".into(),
                hours: "Mon–Fri, 10am to 4pm".into(),
                note: "Ask at the desk. <b>Not</b> a script".into(),
            },
            contact(2, "Samaritans", "116 123"),
        ],
        kiosk: true,
        idle_minutes: "12".into(),
        exit_url: "https://example.org/weather".into(),
        invitation: invitation().to_text(),
        group_rules: Rules {
            min_people: 20,
            ..Rules::default()
        },
    }
}

fn invitation() -> Invitation {
    let mut key = vec![9; crate::core::group::seal::PUBLIC_KEY_BYTES];
    key[0] = 4;
    Invitation::new("Riverside forum", key).unwrap()
}

fn said(form: &VenueForm) -> Vec<(Field, VenueMsg)> {
    form.mistakes().iter().map(|m| (m.field, m.what)).collect()
}

#[test]
fn every_field_comes_back_from_the_file_it_makes() {
    let form = full();
    let file = form.file().expect("no mistakes");
    let (back, left_out) = VenueForm::open(&file).expect("opens");
    assert!(left_out.is_empty(), "{left_out:?}");
    assert_eq!(back, form);
}

#[test]
fn the_app_reads_the_file_exactly_as_written() {
    let file = full().file().expect("no mistakes");
    let config = parse(Some(&file));
    assert!(config.problems.is_empty(), "{:?}", config.problems);
    assert_eq!(config.venue, "Riverside Library");
    assert_eq!(config.language, Lang::Cy);
    assert!(config.kiosk && config.own_contacts);
    assert_eq!(config.idle_minutes, 12);
    assert_eq!(config.exit_url, "https://example.org/weather");
    assert_eq!(config.contacts[0].name, "Drop-in, \"Tuesdays\"; upstairs");
    assert_eq!(
        config.contacts[0].note,
        "Ask at the desk. <b>Not</b> a script"
    );
    assert_eq!(config.contacts[1].text, None);
}

#[test]
fn no_contacts_means_the_standard_ones_and_words_are_trimmed() {
    let form = VenueForm {
        venue: "  The Hub  ".into(),
        ..VenueForm::default()
    };
    let file = form.file().expect("no mistakes");
    assert!(!file.contains("contacts"));
    assert!(file.contains(r#""venue": "The Hub""#));
    let config = parse(Some(&file));
    assert!(!config.own_contacts && config.problems.is_empty());
}

#[test]
fn the_usual_settings_need_only_a_venue_name() {
    assert_eq!(
        said(&VenueForm::default()),
        [(Field::Venue, VenueMsg::NameMissing)]
    );
}

#[test]
fn each_mistake_has_its_own_message_on_its_own_box() {
    let mut form = full();
    form.venue = "x".repeat(81);
    form.contacts[0].phone = "call me".into();
    form.contacts[0].text = "12".into();
    form.contacts[0].url = "javascript:alert(1)".into();
    form.contacts[1] = contact(2, "", "");
    form.idle_minutes = "0".into();
    form.exit_url = "http://example.org".into();
    assert_eq!(
        said(&form),
        [
            (Field::Venue, VenueMsg::TooLong),
            (Field::Contact(1, Part::Phone), VenueMsg::NumberWrong),
            (Field::Contact(1, Part::Text), VenueMsg::NumberWrong),
            (Field::Contact(1, Part::Url), VenueMsg::AddressWrong),
            (Field::Contact(2, Part::Name), VenueMsg::ContactNameMissing),
            (Field::Contact(2, Part::Phone), VenueMsg::ContactNoWay),
            (Field::IdleMinutes, VenueMsg::MinutesWrong),
            (Field::ExitUrl, VenueMsg::ExitNotPrivate),
        ]
    );
    assert_eq!(
        form.mistakes()[0].text(Lang::En),
        "This is too long. Use 80 letters or fewer."
    );
    assert!(form.file().is_err());
}

#[test]
fn minutes_must_be_a_whole_number_from_1_to_120_on_a_shared_device() {
    for (typed, ok) in [
        ("1", true),
        ("120", true),
        ("121", false),
        ("ten", false),
        ("2.5", false),
        ("", false),
    ] {
        let form = VenueForm {
            idle_minutes: typed.into(),
            ..full()
        };
        assert_eq!(form.mistakes().is_empty(), ok, "{typed}");
    }
    // Off, minutes that cannot be used are left out of the file rather than refused.
    let form = VenueForm {
        kiosk: false,
        idle_minutes: "ten".into(),
        ..full()
    };
    let file = form.file().expect("no mistakes");
    assert!(!file.contains("idle_minutes"));
    assert!(parse(Some(&file)).problems.is_empty());
}

#[test]
fn the_exit_site_must_be_a_private_web_address() {
    for (typed, what) in [
        ("", Some(VenueMsg::ExitMissing)),
        ("HTTP://example.org", Some(VenueMsg::ExitNotPrivate)),
        ("www.bbc.co.uk", Some(VenueMsg::AddressWrong)),
        ("javascript:alert(1)", Some(VenueMsg::AddressWrong)),
        ("https://www.bbc.co.uk/weather", None),
    ] {
        let form = VenueForm {
            exit_url: typed.into(),
            ..full()
        };
        assert_eq!(form.mistakes().first().map(|m| m.what), what, "{typed}");
    }
}

#[test]
fn a_file_that_is_not_settings_changes_nothing_and_bad_parts_are_named() {
    assert_eq!(VenueForm::open("not json"), Err(NotSettings));
    assert_eq!(VenueForm::open("[1, 2]"), Err(NotSettings));
    let (form, left_out) = VenueForm::open(
        r#"{"venue": "Hub", "exit_url": "ftp://x", "contacts": [{"name": "A", "phone": "no"}, {"name": "B", "phone": "111"}]}"#,
    )
    .expect("opens");
    assert_eq!(left_out, ["exit_url", "contacts[0].phone", "contacts[0]"]);
    assert_eq!(form.venue, "Hub");
    assert_eq!(form.contacts.len(), 1);
    assert_eq!(form.contacts[0].name, "B");
    assert_eq!(form.exit_url, config::DEFAULT_EXIT_URL);
}

#[test]
fn the_preview_reads_the_form_as_the_app_would() {
    let mut form = full();
    form.contacts[1].phone = "not a number".into();
    let read = form.as_read();
    assert_eq!(
        read.contacts.len(),
        1,
        "a contact no one could reach is left out"
    );
    assert_eq!(read.venue, "Riverside Library");
}

#[test]
fn new_contacts_get_keys_no_other_has() {
    let mut form = full();
    assert_eq!(form.next_key(), 3);
    form.contacts.remove(1);
    assert_eq!(form.next_key(), 2);
    assert_eq!(Field::Contact(7, Part::Url).id(), "contact-7-url");
}

#[test]
fn the_group_setting_and_raised_rules_come_back_and_lower_ones_are_named() {
    // The file holds the invitation itself, not the link it was pasted as.
    let mut pasted = full();
    pasted.invitation = invitation().link("https://example.org/app/");
    let file = pasted.file().unwrap();
    assert!(!file.contains("https://example.org/app/#"));
    let (form, left_out) = VenueForm::open(&file).unwrap();
    assert_eq!(form.invitation, invitation().to_text());
    assert_eq!(form.group_rules.min_people, 20);
    assert!(left_out.is_empty());
    let (form, left_out) = VenueForm::open(r#"{"group":{"enabled":true,"min_count":2}}"#).unwrap();
    assert_eq!(form.group_rules, Rules::default());
    assert_eq!(form.invitation, "");
    assert_eq!(left_out, vec!["group.enabled", "group.min_count"]);
    let mut wrong = full();
    wrong.invitation = "not an invitation".into();
    assert_eq!(
        said(&wrong),
        vec![(Field::Invitation, VenueMsg::InvitationWrong)]
    );
}

#[test]
fn opening_a_file_names_the_parts_the_app_never_reads() {
    let (form, left_out) = VenueForm::open(
        r#"{"venue": "Hub", "theme": "dark", "kiosk": {"enabled": true, "idle_minuets": 9},
            "contacts": [{"name": "A", "phone": "111", "email": "a@b.org"}],
            "group": {"min_people": 12, "colour": "red"}}"#,
    )
    .expect("opens");
    assert_eq!(
        left_out,
        [
            "contacts[0].email",
            "group.colour",
            "kiosk.idle_minuets",
            "theme"
        ]
    );
    assert_eq!(form.venue, "Hub");
    assert!(form.kiosk);
}

#[test]
fn leave_quickly_goes_only_to_a_private_site() {
    let (form, left_out) =
        VenueForm::open(r#"{"exit_url": "http://example.org/weather"}"#).unwrap();
    assert_eq!(left_out, ["exit_url"]);
    assert_eq!(form.exit_url, config::DEFAULT_EXIT_URL);
    let app = config::parse(Some(r#"{"exit_url": "HTTPS://example.org/weather"}"#));
    assert_eq!(app.exit_url, "HTTPS://example.org/weather");
    assert!(app.problems.is_empty());
}
