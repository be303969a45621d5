//! How to reach someone: one rule for phone numbers, one for email and web addresses, used
//! by the venue's contacts and the person's own, and links built so that nothing in an
//! address can add to them (no hidden recipients, no `javascript:`).

/// A phone number as people write it: digits, spaces, `( ) - .` and a `+` at the start only;
/// 3 to 15 digits.
pub fn phone_number(text: &str) -> Option<String> {
    let text = text.trim();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text.chars().enumerate().all(|(at, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '-' | '.') || (c == '+' && at == 0)
    });
    (allowed && (3..=15).contains(&digits) && text.len() <= 30).then(|| text.to_owned())
}

/// What a `tel:` or `sms:` link dials: digits and a leading plus only.
pub fn dial(number: &str) -> String {
    number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

/// A plain email address, `name@place.example`: one `@`, and nothing that a `mailto:` link
/// would read as more than an address (`?`, `&`, `#`, `%`, `/`, `,`, spaces…).
pub fn email_address(text: &str) -> Option<String> {
    let text = text.trim();
    let (name, place) = text.split_once('@')?;
    let name_ok = !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('.')
        && !name.ends_with('.')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || ".!$'*+-=^_`{|}~".contains(c));
    let labels: Vec<&str> = place.split('.').collect();
    let place_ok = labels.len() >= 2
        && place.len() <= 253
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    (name_ok && place_ok).then(|| text.to_owned())
}

/// The `mailto:` link for an address `email_address` accepted, with every character but
/// plain letters, digits and `@ . _ -` written as `%XX`.
pub fn mailto(address: &str) -> String {
    let mut link = String::from("mailto:");
    for byte in address.bytes() {
        if byte.is_ascii_alphanumeric() || b"@._-".contains(&byte) {
            link.push(char::from(byte));
        } else {
            link.push_str(&format!("%{byte:02X}"));
        }
    }
    link
}

/// Only `https:` and `http:` addresses: never `javascript:`, `data:` or anything else.
pub fn web_address(text: &str) -> Option<String> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host_ok = !rest.is_empty() && !rest.starts_with('/');
    let clean = !text
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    (host_ok && clean && text.len() <= 300).then(|| text.to_owned())
}

/// A web address whose visit is private on the way: `https:` only. "Leave quickly" goes
/// only to such a site, as a plain `http:` one shows anyone on the network where it went.
pub fn private_web_address(text: &str) -> Option<String> {
    web_address(text).filter(|address| address.to_ascii_lowercase().starts_with("https://"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_as_people_write_them() {
        assert!(phone_number("0161 496 0000").is_some());
        assert!(phone_number("+44 (0)7700 900123").is_some());
        assert!(phone_number("call me").is_none());
        assert!(phone_number("07700+900").is_none());
        assert_eq!(dial("+44 (0)161 496-0000"), "+4401614960000");
    }

    #[test]
    fn only_a_plain_email_address_makes_a_link() {
        assert!(email_address("sam@example.org").is_some());
        assert!(email_address("josé.o'neill@exämple.org").is_some());
        for bad in [
            "sam at example",
            "sam@example",
            "someone@example.org?bcc=other@example.org&body=hello",
            "a@b.org,c@d.org",
            "a@b.org#x",
            "a%40b@c.org",
            "@example.org",
            "sam@.org",
            "sam@example.org/",
            "sam@@example.org",
        ] {
            assert_eq!(email_address(bad), None, "{bad}");
        }
        assert_eq!(
            mailto("o'neill+x@example.org"),
            "mailto:o%27neill%2Bx@example.org"
        );
        assert_eq!(mailto("josé@example.org"), "mailto:jos%C3%A9@example.org");
    }
}
