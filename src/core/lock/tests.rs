use super::*;
use crate::core::document::Document;
use crate::core::envelope::{self, Read};

fn sample() -> Sealed {
    Sealed {
        iterations: ITERATIONS,
        salt: (0..16).collect(),
        iv: (100..112).collect(),
        data: vec![7; 40],
        check: vec![9; 37],
    }
}

#[test]
fn sealed_text_round_trips_and_keeps_format_and_schema_outside() {
    let text = write(&sample());
    assert!(
        text.starts_with(r#"{"format":"alongside","schema":6,"locked":{"#),
        "{text}"
    );
    assert!(
        text.contains(r#""kdf":"PBKDF2-SHA256","iterations":600000"#),
        "{text}"
    );
    assert_eq!(read(&text), Some(Ok(sample())));
    assert!(is_sealed(&text));
}

#[test]
fn plain_text_is_not_sealed() {
    let plain = envelope::write(&Document::default(), 1, "x").unwrap();
    assert_eq!(read(&plain), None);
    assert!(!is_sealed(&plain));
    for other in [
        "",
        "{",
        "[]",
        r#"{"locked":{}}"#,
        r#"{"format":"todo","locked":{}}"#,
    ] {
        assert_eq!(read(other), None, "{other}");
    }
}

#[test]
fn damaged_or_weaker_or_later_sealing_is_refused() {
    let text = write(&sample());
    let changed = |from: &str, to: &str| read(&text.replacen(from, to, 1));
    assert_eq!(changed("600000", "1000"), Some(Err(SealError::Damaged)));
    assert_eq!(
        changed(r#""iv":""#, r#""iv":"!"#),
        Some(Err(SealError::Damaged))
    );
    assert_eq!(
        changed(r#""data":""#, r#""nothing":""#),
        Some(Err(SealError::Damaged))
    );
    assert_eq!(
        changed(r#""check":""#, r#""check":"0"#),
        Some(Err(SealError::Damaged))
    );
    assert_eq!(
        changed(r#""check":""#, r#""check":"000"#),
        Some(Err(SealError::Damaged))
    );
    assert_eq!(
        changed("AES-256-GCM", "XChaCha"),
        Some(Err(SealError::OtherVersion))
    );
    assert_eq!(
        changed(r#""packing":"T1""#, r#""packing":"T2""#),
        Some(Err(SealError::OtherVersion))
    );
    assert_eq!(
        changed(r#""schema":6"#, r#""schema":99"#),
        Some(Err(SealError::OtherVersion))
    );
    assert_eq!(
        read(r#"{"format":"alongside","schema":4,"locked":7}"#),
        Some(Err(SealError::Damaged))
    );
}

#[test]
fn packing_round_trips_a_whole_envelope_and_migrates_after() {
    // A schema-3 envelope, as it would be inside an older locked save.
    let old = r#"{"format":"alongside","schema":2,"rev":1,"data":{"plan":[{"id":"keeping_well","text":"A walk"}]}}"#;
    for quick in [false, true] {
        let packed = pack(old, quick);
        assert!(packed.len() < old.len());
        assert_eq!(unpack(&packed).unwrap(), old);
    }
    let opened = unpack(&pack(old, true)).unwrap();
    match envelope::read(&opened) {
        Read::Current { doc, .. } => assert_eq!(doc.plan.notes[0].text, "A walk"),
        other => panic!("{other:?}"),
    }
    assert_eq!(unpack(&[1, 2, 3]), None);
}

#[test]
fn private_keys_are_the_words() {
    use crate::core::store::is_private;
    assert!(is_private("alongside.document"));
    assert!(is_private("alongside.drafts"));
    assert!(is_private("alongside.aside.unreadable.2026"));
    // The pieces of scanned codes hold the person's words too.
    assert!(is_private("alongside.parts"));
    for key in [
        "alongside.lang",
        "alongside.look",
        "alongside.autolock",
        "alongside.tries",
        "alongside.left",
    ] {
        assert!(!is_private(key), "{key}");
    }
}

#[test]
fn auto_lock_is_five_minutes_unless_another_choice_was_kept() {
    assert_eq!(auto_lock_minutes(None), 5);
    assert_eq!(auto_lock_minutes(Some("15")), 15);
    assert_eq!(auto_lock_minutes(Some("7")), 5);
    assert_eq!(auto_lock_minutes(Some("lots")), 5);
}

#[test]
fn strength_is_a_hint_about_length_and_words() {
    assert_eq!(strength("  "), Strength::Empty);
    assert_eq!(strength("cat"), Strength::Short);
    assert_eq!(strength("blue kettle"), Strength::Fair);
    assert_eq!(strength("blue kettle sings"), Strength::Good);
    assert_eq!(strength("correcthorsebatterystaple"), Strength::Good);
}

#[test]
fn wrong_tries_slow_down_after_three() {
    let mut tries = Tries::default();
    for _ in 0..3 {
        tries = tries.wrong_at(1_000);
        assert_eq!(tries.wait_seconds(1_000), 0);
    }
    tries = tries.wrong_at(1_000);
    assert_eq!(tries.wait_seconds(1_000), 10);
    assert_eq!(tries.wait_seconds(6_000), 5);
    tries = tries.wrong_at(20_000);
    assert_eq!(tries.wait_seconds(20_000), 20);
    for _ in 0..20 {
        tries = tries.wrong_at(0);
    }
    assert_eq!(tries.wait_seconds(0), 300);
    assert_eq!(Tries::parse(&tries.text()), tries);
    assert_eq!(Tries::parse("nonsense"), Tries::default());
}
