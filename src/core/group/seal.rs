//! Contributions sealed for one group, without the cryptography itself (the browser's
//! WebCrypto does that: ECDH on P-256, HKDF-SHA256 and AES-256-GCM, in `web::group_crypto`).
//!
//! A facilitator's page makes the group's key pair and hands out an **invitation**: the
//! group's name and public key, as a link that opens a person's share screen
//! (`…/#/ladder/share?to=G1:<name>:<key>`). What a person then shares is sealed to that key
//! with a fresh key pair of its own, so only the group's page can open it:
//! `{"format":"alongside-group-sealed","version":1,"group":"…","key":"…","iv":"…","data":"…"}`.
//! Bytes are written as codes write them (`pack::to_text`), so nothing needs escaping.
use serde_json::Value;

use super::{Refused, MAX_FILE_BYTES};
use crate::core::config::plain_text;
use crate::core::pack::{from_text, to_text};

pub const SEALED_FORMAT: &str = "alongside-group-sealed";
pub const SEALED_VERSION: u64 = 1;
/// A P-256 public key, uncompressed: 0x04, then x and y.
pub const PUBLIC_KEY_BYTES: usize = 65;
pub const IV_BYTES: usize = 12;
/// AES-GCM's tag: the least sealed data there can be.
const TAG_BYTES: usize = 16;
/// What HKDF mixes in, so these keys are never those of anything else.
pub const HKDF_INFO: &[u8] = b"alongside group 1";
/// The longest group name in an invitation.
pub const NAME_MAX: usize = 60;
const INVITATION: &str = "G1:";
/// Where an invitation sits in a link to a person's share screen.
pub const SHARE_PREFIX: &str = "#/ladder/share?to=";

/// A group's name and public key, as a facilitator hands them out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub name: String,
    pub key: Vec<u8>,
}

impl Invitation {
    pub fn new(name: &str, key: Vec<u8>) -> Option<Invitation> {
        let invitation = Invitation {
            name: name.trim().to_owned(),
            key,
        };
        invitation.sound().then_some(invitation)
    }

    fn sound(&self) -> bool {
        !self.name.is_empty()
            && plain_text(&self.name, NAME_MAX)
            && self.key.len() == PUBLIC_KEY_BYTES
            && self.key[0] == 4
    }

    /// `G1:<name>:<key>`.
    pub fn to_text(&self) -> String {
        format!(
            "{INVITATION}{}:{}",
            to_text(self.name.as_bytes()),
            to_text(&self.key)
        )
    }

    /// The link that opens a person's share screen for this group, from the app's folder.
    pub fn link(&self, app: &str) -> String {
        format!("{app}{SHARE_PREFIX}{}", self.to_text())
    }

    /// An invitation from its text, or from its link (`…?to=G1:…`).
    pub fn read(text: &str) -> Option<Invitation> {
        // No '=' is ever in an invitation, so what follows the last is the invitation.
        let text = text.rsplit('=').next()?.trim();
        let (name, key) = text.strip_prefix(INVITATION)?.split_once(':')?;
        let name = String::from_utf8(from_text(name)?).ok()?;
        Invitation::new(&name, from_text(key)?)
    }

    /// The group's own short name for its key: which group something was sealed for.
    pub fn id(&self) -> String {
        group_id(&self.key)
    }
}

/// A public key's short name (part of its x, which is as good as random).
pub fn group_id(key: &[u8]) -> String {
    to_text(key.get(1..13).unwrap_or_default())
}

/// A contribution sealed for a group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    /// The group's `id`.
    pub group: String,
    /// The one-off public key it was sealed with.
    pub key: Vec<u8>,
    pub iv: Vec<u8>,
    /// AES-GCM's output: the contribution, then its tag.
    pub data: Vec<u8>,
}

impl Sealed {
    pub fn to_text(&self) -> String {
        format!(
            r#"{{"format":"{SEALED_FORMAT}","version":{SEALED_VERSION},"group":"{}","key":"{}","iv":"{}","data":"{}"}}"#,
            self.group,
            to_text(&self.key),
            to_text(&self.iv),
            to_text(&self.data)
        )
    }

    /// Reads a sealed contribution: `None` if the text is not one at all (it may then be a
    /// plain contribution); refused if it is, but made by a newer Alongside or damaged.
    pub fn read(bytes: &[u8]) -> Option<Result<Sealed, Refused>> {
        if bytes.len() > MAX_FILE_BYTES {
            return None;
        }
        let value: Value = serde_json::from_slice(bytes).ok()?;
        if value.get("format")?.as_str()? != SEALED_FORMAT {
            return None;
        }
        let field = |name: &str| value.get(name).and_then(Value::as_str);
        let bytes = |name: &str| from_text(field(name)?);
        Some(match value.get("version").and_then(Value::as_u64) {
            Some(SEALED_VERSION) => (|| {
                let fields = value.as_object()?.len();
                let sealed = Sealed {
                    group: field("group")?.to_owned(),
                    key: bytes("key").filter(|k| k.len() == PUBLIC_KEY_BYTES)?,
                    iv: bytes("iv").filter(|iv| iv.len() == IV_BYTES)?,
                    data: bytes("data").filter(|d| d.len() > TAG_BYTES)?,
                };
                (fields == 6 && from_text(&sealed.group).is_some_and(|g| g.len() == 12))
                    .then_some(sealed)
            })()
            .ok_or(Refused::Broken),
            Some(v) if v > SEALED_VERSION => Err(Refused::Newer),
            _ => Err(Refused::Broken),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(first: u8) -> Vec<u8> {
        let mut key = vec![first; PUBLIC_KEY_BYTES];
        key[0] = 4;
        key
    }

    #[test]
    fn an_invitation_round_trips_through_its_link() {
        let invitation = Invitation::new(" Riverside forum ", key(7)).unwrap();
        assert_eq!(invitation.name, "Riverside forum");
        let link = invitation.link("https://example.org/app/");
        assert!(link.starts_with("https://example.org/app/#/ladder/share?to=G1:"));
        assert_eq!(Invitation::read(&link), Some(invitation.clone()));
        assert_eq!(Invitation::read(&invitation.to_text()), Some(invitation));
    }

    #[test]
    fn an_invitation_that_is_not_sound_is_not_read() {
        let good = Invitation::new("Forum", key(7)).unwrap().to_text();
        assert_eq!(Invitation::read("hello"), None);
        assert_eq!(Invitation::read(&good[..good.len() - 3]), None, "cut short");
        assert_eq!(Invitation::new("", key(7)), None);
        assert_eq!(Invitation::new(&"x".repeat(61), key(7)), None);
        assert_eq!(Invitation::new("a\u{7}b", key(7)), None);
        let mut not_a_point = key(7);
        not_a_point[0] = 2;
        assert_eq!(Invitation::new("Forum", not_a_point), None);
    }

    #[test]
    fn sealed_text_is_read_strictly() {
        let sealed = Sealed {
            group: group_id(&key(9)),
            key: key(3),
            iv: vec![1; IV_BYTES],
            data: vec![2; 40],
        };
        let text = sealed.to_text();
        assert_eq!(Sealed::read(text.as_bytes()), Some(Ok(sealed.clone())));
        let read = |t: &str| Sealed::read(t.as_bytes());
        assert_eq!(read(r#"{"format":"alongside-group","version":1}"#), None);
        assert_eq!(read("not json"), None);
        assert_eq!(
            read(&text.replace("\"version\":1", "\"version\":2")),
            Some(Err(Refused::Newer))
        );
        let short = to_text(&[2; 10]);
        let data = to_text(&sealed.data);
        for broken in [
            text.replace(&data, &short),
            text.replace(&data, "abc"),
            text.replace(",\"iv\"", ",\"extra\":1,\"iv\""),
            text.replace(&sealed.group, "G"),
        ] {
            assert_eq!(read(&broken), Some(Err(Refused::Broken)), "{broken}");
        }
        assert!(!text.contains(['\\', '\n']));
    }
}
