//! Every file in `tests/fixtures/import/` is malformed or hostile, and must be turned away
//! with its own message and without a panic, whether it comes as a file or packed in a link
//! as a QR code carries it. `expected.txt` names the reason for each. The files in
//! `tests/fixtures/accepted/` are odd but readable, and must open with every word kept.
#![cfg(not(target_arch = "wasm32"))]

use alongside::core::document::{Document, Keyed};
use alongside::core::envelope;
use alongside::core::transfer::{self, ImportError, MAX_FILE_BYTES};

fn kind(error: &ImportError) -> &'static str {
    match error {
        ImportError::Empty => "Empty",
        ImportError::TooLarge => "TooLarge",
        ImportError::NotJson => "NotJson",
        ImportError::NotText => "NotText",
        ImportError::NotOurs => "NotOurs",
        ImportError::Newer(_) => "Newer",
        ImportError::UnknownParts(_) => "UnknownParts",
        ImportError::Damaged(_) => "Damaged",
        ImportError::TooMuchText => "TooMuchText",
        ImportError::BrokenLink => "BrokenLink",
        ImportError::OtherVersion => "OtherVersion",
        ImportError::PartNotKept => "PartNotKept",
        ImportError::Locked(_) => "Locked",
        ImportError::TooSlow => "TooSlow",
    }
}

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn every_bad_file_is_turned_away_with_its_reason_as_a_file_and_as_a_link() {
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
        let bytes = fixture(&format!("import/{file}"));
        match transfer::read_file_bytes(&bytes) {
            Ok(doc) => panic!("{file} was accepted: {doc:?}"),
            Err(error) => {
                assert_eq!(kind(&error), want, "{file}: {error:?}");
                assert!(!error.message().text(Default::default()).is_empty());
            }
        }
        // The same bytes packed as an earlier version's link packs them: the same reason.
        match transfer::decode_link(&transfer::pack_link(&bytes)) {
            Ok(doc) => panic!("{file} as a link was accepted: {doc:?}"),
            Err(error) => assert_eq!(kind(&error), want, "{file} as a link: {error:?}"),
        }
        // And sent as codes, every one scanned: the same reason.
        match scan_codes(&bytes) {
            Some(Ok(doc)) => panic!("{file} as codes was accepted: {doc:?}"),
            Some(Err(error)) => assert_eq!(kind(&error), want, "{file} as codes: {error:?}"),
            None => assert_eq!(want, "TooLarge", "{file} made no codes"),
        }
    }
}

#[test]
fn a_file_over_the_size_limit_is_not_even_parsed() {
    let text = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(transfer::read_file(&text), Err(ImportError::TooLarge));
    assert_eq!(
        transfer::decode_link(&transfer::pack_link(text.as_bytes())),
        Err(ImportError::TooLarge)
    );
}

/// Sends `bytes` as codes and scans them all; `None` when they made no codes.
fn scan_codes(bytes: &[u8]) -> Option<Result<alongside::core::document::Document, ImportError>> {
    let mut kept = None;
    for link in transfer::codes_of(bytes, "https://example.org/app/", transfer::CodeSize::Dense) {
        let part = transfer::read_part(&link[link.find('#')?..])?.ok()?;
        match transfer::gather(kept.as_deref(), part, 0) {
            (_, transfer::Gathered::Complete(read)) => return Some(*read),
            (next, _) => kept = next,
        }
    }
    None
}

#[test]
fn items_sharing_an_id_each_get_their_own_and_keep_their_words() {
    let same = transfer::read_file_bytes(&fixture("accepted/same-id-twice.json")).unwrap();
    let ids: Vec<&str> = same.statements.iter().map(Keyed::key).collect();
    assert_eq!(ids, ["s1", "s1-2"]);
    assert_eq!(same.statements[1].text, "Other words");
    let empty = transfer::read_file_bytes(&fixture("accepted/empty-id.json")).unwrap();
    assert!(!empty.moments[0].id.trim().is_empty());
    assert_eq!(empty.moments[0].service, "Ward 3");
    let steps = transfer::read_file_bytes(&fixture("accepted/same-step-id.json")).unwrap();
    let steps = &steps.plan.goals[0].steps;
    assert_ne!(steps[0].id, steps[1].id);
    assert_eq!(
        [steps[0].text.as_str(), steps[1].text.as_str()],
        ["Phone Jo", "Go for a walk"]
    );
}

#[test]
fn a_schema_1_file_is_migrated_on_the_way_in() {
    let doc = transfer::read_file_bytes(&fixture("stored/schema-1.json")).unwrap();
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

/// A code whose notes ask for four billion rounds to open, as a crafted QR code would:
/// refused before any work starts. `tests/fixtures/take/billions-of-rounds.code` holds its
/// `#` part, for the journey that scans it (written again here if the packing changes).
#[test]
fn a_code_asking_for_billions_of_rounds_is_refused_before_any_work() {
    let bytes = fixture("import/46-locked-billions-of-rounds.json");
    let links = transfer::codes_of(&bytes, "", transfer::CodeSize::Dense);
    assert_eq!(links.len(), 1);
    let part = transfer::read_part(&links[0]).unwrap().unwrap();
    let (_, gathered) = transfer::gather(None, part, 0);
    assert_eq!(
        gathered,
        transfer::Gathered::Complete(Box::new(Err(ImportError::TooSlow)))
    );
    let path = format!(
        "{}/tests/fixtures/take/billions-of-rounds.code",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::fs::read_to_string(&path).ok().as_deref() != Some(links[0].as_str()) {
        std::fs::write(&path, &links[0]).unwrap();
        panic!("{path} was out of date: written again, run the tests once more");
    }
}
