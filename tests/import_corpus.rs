//! Every file in `tests/fixtures/import/` is malformed or hostile, and must be turned away
//! with its own message and without a panic. `expected.txt` names the reason for each.
#![cfg(not(target_arch = "wasm32"))]

use alongside::core::document::Document;
use alongside::core::envelope;
use alongside::core::transfer::{self, ImportError, MAX_FILE_BYTES};

fn kind(error: &ImportError) -> &'static str {
    match error {
        ImportError::Empty => "Empty",
        ImportError::TooLarge => "TooLarge",
        ImportError::NotJson => "NotJson",
        ImportError::NotOurs => "NotOurs",
        ImportError::Newer(_) => "Newer",
        ImportError::UnknownParts(_) => "UnknownParts",
        ImportError::Damaged(_) => "Damaged",
        ImportError::TooMuchText => "TooMuchText",
        ImportError::BrokenLink => "BrokenLink",
    }
}

#[test]
fn every_bad_file_is_turned_away_with_its_reason() {
    let dir = format!("{}/tests/fixtures/import", env!("CARGO_MANIFEST_DIR"));
    let expected = std::fs::read_to_string(format!("{dir}/expected.txt")).unwrap();
    let cases: Vec<(&str, &str)> = expected
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split_once(' ').unwrap())
        .collect();
    assert!(cases.len() >= 30, "the corpus has {} files", cases.len());
    let on_disk = std::fs::read_dir(&dir).unwrap().count() - 1;
    assert_eq!(on_disk, cases.len(), "every file in the corpus is listed");
    for (file, want) in cases {
        let text = std::fs::read_to_string(format!("{dir}/{file}")).unwrap();
        match transfer::read_file(&text) {
            Ok(doc) => panic!("{file} was accepted: {doc:?}"),
            Err(error) => {
                assert_eq!(kind(&error), want, "{file}: {error:?}");
                assert!(!error.message().text(Default::default()).is_empty());
            }
        }
        // The same bytes as a QR link payload are refused too.
        assert!(transfer::decode_link(&text).is_err(), "{file} as a link");
    }
}

#[test]
fn a_file_over_the_size_limit_is_not_even_parsed() {
    let text = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(transfer::read_file(&text), Err(ImportError::TooLarge));
}

#[test]
fn a_schema_1_file_is_migrated_on_the_way_in() {
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/stored/schema-1.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let doc = transfer::read_file(&text).unwrap();
    assert_eq!(doc.statements.len(), 3);
    assert_eq!(doc.moments.len(), 2);
}

#[test]
fn a_file_saved_with_a_byte_order_mark_still_opens() {
    let text = format!(
        "\u{feff}{}",
        envelope::write(&Document::default(), 1, "x").unwrap()
    );
    assert_eq!(transfer::read_file(&text), Ok(Document::default()));
}
