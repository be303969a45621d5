use super::*;
use crate::core::transfer::{qr_of, read_file};

const ADDRESS: &str = "https://alongside.example.org/services/wellbeing/app/";
const SMALL: &str = include_str!("../../../../tests/fixtures/take/small.json");
const TYPICAL: &str = include_str!("../../../../tests/fixtures/take/typical.json");
const HEAVY: &str = include_str!("../../../../tests/fixtures/take/heavy.json");

fn fixture(text: &str) -> Document {
    read_file(text).unwrap()
}

fn fragment(link: &str) -> &str {
    &link[link.find('#').unwrap()..]
}

/// Scans `links` in the given order, as a phone keeping parts between scans would.
fn scan_all(links: &[&str], now: i64) -> (Option<String>, Vec<Gathered>) {
    let mut stored = None;
    let mut seen = Vec::new();
    for link in links {
        let part = read_part(fragment(link)).unwrap().unwrap();
        let (kept, gathered) = gather(stored.as_deref(), part, now);
        stored = kept;
        seen.push(gathered);
    }
    (stored, seen)
}

#[test]
fn a_first_session_fits_one_or_two_codes_and_heavy_notes_fit_a_few() {
    let count = |text| {
        codes(&fixture(text), "2026-12-01T10:00:00.000Z", ADDRESS)
            .unwrap()
            .len()
    };
    assert_eq!(count(SMALL), 1);
    assert!(count(TYPICAL) <= 2, "{}", count(TYPICAL));
    let heavy = count(HEAVY);
    assert!((2..=20).contains(&heavy), "{heavy}");
}

#[test]
fn every_code_fits_its_size_with_nothing_to_spare() {
    let prefix = format!("{ADDRESS}#");
    for (size, modules) in [(CodeSize::Dense, 125), (CodeSize::Easy, 49)] {
        for count in [1, 9, 10, 60] {
            let full = format!(
                "{prefix}{MARKER}:ABCDEFG:{count}:{count}:{}",
                "Z".repeat(room(&prefix, count, size))
            );
            let code = qr_of(&full, size).expect("a full code fits");
            assert_eq!(
                code.size,
                modules + 8,
                "{size:?}: its version and quiet zone"
            );
            // At most one pair of bytes to spare: two more would not fit.
            assert!(
                qr_of(&format!("{full}ZZZZZZ"), size).is_none(),
                "{size:?} {count}"
            );
        }
        let links = codes_of(HEAVY.as_bytes(), ADDRESS, size);
        assert!(links.iter().all(|link| qr_of(link, size).is_some()));
    }
}

#[test]
fn easy_codes_are_more_codes_that_bring_back_the_same_notes() {
    let doc = fixture(TYPICAL);
    let text = crate::core::envelope::write(&doc, 0, "2026-12-01T10:00:00.000Z").unwrap();
    let dense = codes_of(text.as_bytes(), ADDRESS, CodeSize::Dense);
    let easy = codes_of(text.as_bytes(), ADDRESS, CodeSize::Easy);
    assert!(
        easy.len() >= 4 * dense.len(),
        "{} vs {}",
        easy.len(),
        dense.len()
    );
    let order: Vec<&str> = easy.iter().map(String::as_str).rev().collect();
    let (_, seen) = scan_all(&order, 1_000);
    assert_eq!(seen.last(), Some(&Gathered::Complete(Box::new(Ok(doc)))));
}

#[test]
fn codes_in_any_order_and_twice_bring_back_the_same_notes() {
    let doc = fixture(HEAVY);
    let links = codes(&doc, "2026-12-01T10:00:00.000Z", ADDRESS).unwrap();
    let mut order: Vec<&str> = links.iter().map(String::as_str).rev().collect();
    order.insert(1, order[0]);
    order.swap(2, 4);
    let (stored, seen) = scan_all(&order, 1_000);
    assert_eq!(stored, None, "nothing is kept once the notes are in");
    let (last, waiting) = seen.split_last().unwrap();
    assert_eq!(last, &Gathered::Complete(Box::new(Ok(doc))));
    assert_eq!(
        waiting[1],
        Gathered::Waiting {
            have: vec![links.len()],
            count: links.len()
        },
        "the same code twice counts once"
    );
}

#[test]
fn parts_of_two_transfers_never_mix() {
    let heavy = fixture(HEAVY);
    let mut other = heavy.clone();
    other.statements[0].text = "Different words.".into();
    let first = codes(&heavy, "2026-12-01T10:00:00.000Z", ADDRESS).unwrap();
    let second = codes(&other, "2026-12-01T10:00:00.000Z", ADDRESS).unwrap();
    assert_eq!(first.len(), second.len());
    let mut order = Vec::new();
    for (a, b) in first.iter().zip(&second) {
        order.push(a.as_str());
        order.push(b.as_str());
    }
    let (stored, seen) = scan_all(&order, 1_000);
    assert_eq!(stored, None);
    let complete: Vec<_> = seen
        .into_iter()
        .filter(|g| matches!(g, Gathered::Complete(_)))
        .collect();
    assert_eq!(
        complete,
        vec![
            Gathered::Complete(Box::new(Ok(heavy))),
            Gathered::Complete(Box::new(Ok(other)))
        ]
    );
}

#[test]
fn unfinished_parts_go_after_a_day() {
    let links = codes(&fixture(HEAVY), "2026-12-01T10:00:00.000Z", ADDRESS).unwrap();
    let (stored, _) = scan_all(&[links[0].as_str()], 1_000);
    let stored = stored.unwrap();
    assert_eq!(
        tidy(&stored, 1_000 + KEEP_PARTS_MS - 1).as_ref(),
        Some(&stored)
    );
    assert_eq!(tidy(&stored, 1_000 + KEEP_PARTS_MS), None);
    assert_eq!(tidy("not ours", 0), None);
    // A later scan starts again rather than finishing with stale parts.
    let part = read_part(fragment(&links[1])).unwrap().unwrap();
    let (_, gathered) = gather(Some(&stored), part, 1_000 + KEEP_PARTS_MS);
    assert_eq!(
        gathered,
        Gathered::Waiting {
            have: vec![2],
            count: links.len()
        }
    );
}

#[test]
fn a_changed_or_broken_code_is_refused() {
    let links = codes(&fixture(TYPICAL), "2026-12-01T10:00:00.000Z", ADDRESS).unwrap();
    let link = &links[links.len() - 1];
    assert_eq!(read_part("#/plan"), None);
    assert_eq!(read_part("#import=abc"), None);
    assert_eq!(read_part("#Tea:1"), None);
    assert_eq!(
        read_part("#T2:AAAAAAA:1:1:00"),
        Some(Err(ImportError::OtherVersion))
    );
    for broken in [
        "#T1:AAAAAAA:0:1:00",
        "#T1:AAAAAAA:2:1:00",
        "#T1:short:1:1:00",
        "#T1:",
    ] {
        assert_eq!(
            read_part(broken),
            Some(Err(ImportError::BrokenLink)),
            "{broken}"
        );
    }
    // One character changed: the fingerprint no longer matches.
    let mut changed = fragment(link).to_owned();
    let last = changed.pop().unwrap();
    changed.push(if last == '0' { '1' } else { '0' });
    let mut stored = None;
    let mut outcome = None;
    for fragment in links[..links.len() - 1]
        .iter()
        .map(|l| fragment(l))
        .chain([changed.as_str()])
    {
        let (kept, gathered) = gather(stored.as_deref(), read_part(fragment).unwrap().unwrap(), 0);
        stored = kept;
        outcome = Some(gathered);
    }
    assert_eq!(
        outcome,
        Some(Gathered::Complete(Box::new(Err(ImportError::BrokenLink))))
    );
}

#[test]
fn an_address_too_long_for_any_code_gives_none() {
    let address = format!("https://example.org/{}/", "a".repeat(1500));
    assert_eq!(
        codes(&fixture(SMALL), "2026-12-01T10:00:00.000Z", &address).unwrap(),
        Vec::<String>::new()
    );
}

// proptest is a native-only dev-dependency.
#[cfg(not(target_arch = "wasm32"))]
mod any_text {
    use super::*;

    proptest::proptest! {
        #[test]
        fn any_scanned_text_is_read_or_refused_never_a_crash(
            rest in "[0-9A-Z$*+./:-]{0,80}",
            any in "\\PC{0,40}",
        ) {
            for hash in [format!("#T1:{rest}"), format!("#T1:AAAAAAA:1:1:{rest}"), format!("#T{any}")] {
                if let Some(Ok(part)) = read_part(&hash) {
                    let _ = gather(Some(&any), part, 0);
                }
            }
        }
    }
}
