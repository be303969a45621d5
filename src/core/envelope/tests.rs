use super::*;

#[test]
fn every_schema_but_the_first_has_one_step() {
    assert_eq!(STEPS.len() as u32, SCHEMA - 1);
}

#[test]
fn schema_2_plan_parts_move_into_the_plan() {
    let data =
        serde_json::json!({"plan": [{"id": "keeping_well", "text": "A walk"}], "moments": []});
    let moved = migrate(2, data).unwrap();
    assert_eq!(moved["plan"]["notes"][0]["text"], "A walk");
    assert_eq!(moved["moments"], serde_json::json!([]));
    assert!(migrate(2, serde_json::json!({"plan": "lots"})).is_err());
    assert_eq!(
        migrate(2, serde_json::json!({})).unwrap(),
        serde_json::json!({})
    );
}

#[test]
fn writes_then_reads_back() {
    let mut doc = Document::default();
    doc.settings.display_name = "Sam".into();
    let text = write(&doc, 7, "2026-11-22T10:00:00Z").unwrap();
    assert_eq!(
        read(&text),
        Read::Current {
            doc: doc.clone(),
            rev: 7,
            lineage: None
        }
    );
    let lineage = Lineage {
        id: "b.1".into(),
        from: vec!["a.3".into()],
    };
    let text = write_version(&doc, 8, "x", Some(&lineage)).unwrap();
    assert!(text.contains(r#""v":"b.1","from":["a.3"]"#), "{text}");
    assert_eq!(
        read(&text),
        Read::Current {
            doc,
            rev: 8,
            lineage: Some(lineage)
        }
    );
}

#[test]
fn tells_apart_what_it_cannot_read() {
    assert_eq!(read("{"), Read::Unreadable(Unreadable::NotJson));
    assert_eq!(read("[1,2]"), Read::Unreadable(Unreadable::NotOurs));
    assert_eq!(
        read(r#"{"format":"todo","schema":1,"data":{}}"#),
        Read::Unreadable(Unreadable::NotOurs)
    );
    assert_eq!(
        read(r#"{"format":"alongside","data":{}}"#),
        Read::Unreadable(Unreadable::MissingParts)
    );
    assert_eq!(
        read(r#"{"format":"alongside","schema":0,"data":{}}"#),
        Read::Unreadable(Unreadable::MissingParts)
    );
    assert!(matches!(
        read(r#"{"format":"alongside","schema":1,"data":{"statements":"lots"}}"#),
        Read::Unreadable(Unreadable::BadData(_))
    ));
}

#[test]
fn a_part_this_build_does_not_know_is_never_dropped_quietly() {
    let raw = r#"{"format":"alongside","schema":3,"rev":2,"data":{"statements":[{"id":"a","text":"kept","mood":"new"}],"future":1}}"#;
    match read(raw) {
        Read::UnknownParts { field, doc } => {
            assert!(field == "future" || field == "mood", "{field}");
            assert_eq!(doc.statements[0].text, "kept");
        }
        other => panic!("expected UnknownParts, got {other:?}"),
    }
}

#[test]
fn unknown_parts_are_found_by_shape_not_by_any_error_message() {
    let read_doc = |data: &str| {
        read(&format!(
            r#"{{"format":"alongside","schema":4,"data":{data}}}"#
        ))
    };
    // Deep in the plan, in a list: found, and everything else still read.
    let raw = r#"{"plan":{"goals":[{"id":"g","title":"Walk","steps":[{"id":"s","text":"Shoes","colour":"blue"}]}]}}"#;
    match read_doc(raw) {
        Read::UnknownParts { field, doc } => {
            assert_eq!(field, "colour");
            assert_eq!(doc.plan.goals[0].steps[0].text, "Shoes");
        }
        other => panic!("expected UnknownParts, got {other:?}"),
    }
    // A part holding nothing (empty, false, zero) loses nothing: read as usual.
    let raw = r#"{"statements":[{"id":"a","text":"kept","mood":"","stars":0,"tags":[],"extra":{"x":null}}],"later":false}"#;
    assert!(matches!(read_doc(raw), Read::Current { .. }));
    // Parts this build writes only when they hold something are known, even empty.
    let raw = r#"{"statements":[{"id":"a","archived":false,"example":"","ratings":[]}],"raise":{"chosen":[],"questions":""}}"#;
    assert!(matches!(read_doc(raw), Read::Current { .. }));
    // A part that holds words is never dropped quietly, however it is nested.
    let raw = r#"{"moments":[{"id":"m","service":"Ward 3","with":{"who":["Sam"]}}]}"#;
    assert!(matches!(read_doc(raw), Read::UnknownParts { field, .. } if field == "with"));
}

#[test]
fn newer_schema_is_shown_not_migrated() {
    let raw = r#"{"format":"alongside","schema":99,"rev":4,"data":{"settings":{"display_name":"Ana","colour":"red"},"future":true}}"#;
    match read(raw) {
        Read::Newer { schema, rev, doc } => {
            assert_eq!((schema, rev), (99, 4));
            assert_eq!(doc.unwrap().settings.display_name, "Ana");
        }
        other => panic!("expected Newer, got {other:?}"),
    }
}
