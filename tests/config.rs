//! The host's settings file: a venue writes it by hand, so every field is checked.
#![cfg(not(target_arch = "wasm32"))]

use alongside::core::config::{
    parse, phone_number, web_address, Contact, Problem, DEFAULT_EXIT_URL,
};

#[test]
fn a_missing_file_gives_safe_uk_defaults_and_says_so() {
    let config = parse(None);
    assert!(!config.kiosk);
    assert_eq!(config.idle_minutes, 5);
    assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
    let phones: Vec<_> = config
        .contacts
        .iter()
        .filter_map(|c| c.phone.as_deref())
        .collect();
    assert_eq!(phones, ["111", "116 123", "999"]);
    assert_eq!(config.problems, [Problem::Unreachable]);
}

#[test]
fn bad_json_gives_defaults_and_says_so() {
    for text in ["", "{", "[]", "\"venue\"", "null", "{\"contacts\": [}"] {
        let config = parse(Some(text));
        assert_eq!(config.contacts.len(), 3, "{text}");
        assert_eq!(config.problems, [Problem::NotJson], "{text}");
    }
}

#[test]
fn reads_a_venue_file() {
    let config = parse(Some(
        r#"{
        "venue": "Riverside Library",
        "language": "en",
        "contacts": [{"name": "Drop-in team", "phone": "0161 496 0000", "text": "07700 900123",
                      "url": "https://example.org/help", "hours": "Mon–Fri 10–4", "note": "Ask at the desk."}],
        "exit_url": "https://example.org/news",
        "kiosk": {"enabled": true, "idle_minutes": 3}
    }"#,
    ));
    assert_eq!(config.problems, []);
    assert_eq!(config.venue, "Riverside Library");
    assert!(config.kiosk);
    assert_eq!(config.idle_minutes, 3);
    assert_eq!(config.exit_url, "https://example.org/news");
    assert_eq!(
        config.contacts,
        [Contact {
            name: "Drop-in team".into(),
            phone: Some("0161 496 0000".into()),
            text: Some("07700 900123".into()),
            url: Some("https://example.org/help".into()),
            hours: "Mon–Fri 10–4".into(),
            note: "Ask at the desk.".into(),
        }]
    );
    assert_eq!(Contact::dial("+44 (0)161 496-0000"), "+4401614960000");
}

#[test]
fn dangerous_or_silly_fields_are_left_out_and_named() {
    let config = parse(Some(
        r#"{
        "venue": 42,
        "language": "xx",
        "contacts": [
            {"name": "Bad link", "url": "javascript:alert(1)"},
            {"name": "Good", "phone": "111", "url": "data:text/html,hi"},
            {"phone": "999"},
            "nobody"
        ],
        "exit_url": "javascript:void(0)",
        "kiosk": {"enabled": "yes", "idle_minutes": 0}
    }"#,
    ));
    assert_eq!(config.venue, "");
    assert_eq!(config.exit_url, DEFAULT_EXIT_URL);
    assert!(!config.kiosk);
    assert_eq!(config.idle_minutes, 5);
    assert_eq!(config.contacts.len(), 1);
    assert_eq!(config.contacts[0].name, "Good");
    assert_eq!(config.contacts[0].url, None);
    let named: Vec<_> = config
        .problems
        .iter()
        .map(|p| match p {
            Problem::Invalid(field) => field.as_str(),
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    for field in [
        "venue",
        "language",
        "exit_url",
        "kiosk.enabled",
        "kiosk.idle_minutes",
        "contacts[0].url",
        "contacts[0]",
        "contacts[1].url",
        "contacts[2]",
        "contacts[3]",
    ] {
        assert!(named.contains(&field), "{field} not named in {named:?}");
    }
}

#[test]
fn a_file_whose_contacts_are_all_bad_keeps_the_defaults() {
    let config = parse(Some(r#"{"contacts": [{"name": "x", "phone": "call me"}]}"#));
    assert_eq!(config.contacts.len(), 3);
}

#[test]
fn overlong_text_is_refused_not_cut() {
    let long = "a".repeat(81);
    let config = parse(Some(&format!(r#"{{"venue": "{long}"}}"#)));
    assert_eq!(config.venue, "");
    assert_eq!(config.problems, [Problem::Invalid("venue".into())]);
}

#[test]
fn phone_numbers_and_addresses() {
    assert_eq!(phone_number(" 116 123 ").as_deref(), Some("116 123"));
    assert_eq!(phone_number("12"), None);
    assert_eq!(phone_number("tel:999"), None);
    assert_eq!(phone_number("1234567890123456"), None);
    assert!(web_address("https://example.org").is_some());
    assert!(web_address("HTTP://example.org/a?b=c").is_some());
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:,x",
        "//evil.example",
        "https://",
        "https:///x",
        "https://a b",
        "ftp://x",
    ] {
        assert_eq!(web_address(bad), None, "{bad}");
    }
}

#[test]
fn a_welsh_venue_gets_the_standard_contacts_in_welsh() {
    use alongside::core::messages::Lang;
    let config = parse(Some(r#"{"language": "cy"}"#));
    assert_eq!(config.language, Lang::Cy);
    assert!(!config.own_contacts);
    assert_eq!(config.contacts[0].name, "GIG 111 Cymru");
    let own = parse(Some(
        r#"{"language": "CY-gb", "contacts": [{"name": "Canolfan", "phone": "01970 000000"}]}"#,
    ));
    assert_eq!(own.language, Lang::Cy);
    assert!(own.own_contacts);
    assert_eq!(own.contacts[0].name, "Canolfan");
    let unknown = parse(Some(r#"{"language": "fr"}"#));
    assert_eq!(unknown.language, Lang::En);
    assert_eq!(unknown.problems, [Problem::Invalid("language".into())]);
}
