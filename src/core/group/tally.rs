//! The tally a venue's shared device keeps for its group: one sealed contribution a line.

/// Contributions kept on a venue's shared device by "Finish and wipe", one a line, each
/// sealed for the venue's group, until its facilitator takes them in. Outside the app's own
/// keys, so wiping leaves it; sealed, so the next visitor can read nothing in it.
pub const TALLY_KEY: &str = "alongside-group.tally";

/// The tally with `line` (a sealed contribution) added. Earlier lines are kept as they are.
pub fn add_to_tally(tally: Option<&str>, line: &str) -> String {
    let mut text = tally.unwrap_or_default().trim_end().to_owned();
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(line);
    text
}

/// The tally's lines, each one contribution.
pub fn tally_lines(tally: &str) -> Vec<&str> {
    tally
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// The tally without `taken` (each line taken once), keeping any line added since they
/// were read; `None` when nothing is left.
pub fn tally_without(tally: &str, taken: &[String]) -> Option<String> {
    let mut taken: Vec<&str> = taken.iter().map(String::as_str).collect();
    let kept: Vec<&str> = tally_lines(tally)
        .into_iter()
        .filter(|line| match taken.iter().position(|t| t == line) {
            Some(at) => {
                taken.swap_remove(at);
                false
            }
            None => true,
        })
        .collect();
    (!kept.is_empty()).then(|| kept.join("\n"))
}

/// What a file holds: one contribution, or a downloaded tally of one a line.
pub fn file_entries(bytes: &[u8]) -> Vec<&[u8]> {
    let text = std::str::from_utf8(bytes).unwrap_or_default();
    let lines = tally_lines(text);
    match lines.len() > 1 && lines.iter().all(|l| l.starts_with('{') && l.ends_with('}')) {
        true => lines.into_iter().map(str::as_bytes).collect(),
        false => vec![bytes],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tally_loses_no_line_added_while_it_was_taken_in() {
        let tally = add_to_tally(Some("one\ntwo"), "three");
        assert_eq!(tally_lines(&tally), ["one", "two", "three"]);
        // "two" was read and taken in; "four" arrived meanwhile; "one" twice is taken once.
        let now = add_to_tally(Some(&add_to_tally(Some(&tally), "four")), "one");
        let left = tally_without(&now, &["two".into(), "one".into()]);
        assert_eq!(left.as_deref(), Some("three\nfour\none"));
        assert_eq!(tally_without("one", &["one".into()]), None);
    }

    #[test]
    fn a_downloaded_tally_is_read_a_line_at_a_time() {
        let tally = "{\"a\":1}\n\n{\"b\":2}\n";
        assert_eq!(
            file_entries(tally.as_bytes()),
            [b"{\"a\":1}".as_slice(), b"{\"b\":2}"]
        );
        let one = b"{\n  \"format\": \"alongside-group\"\n}";
        assert_eq!(file_entries(one), [one.as_slice()]);
    }
}
