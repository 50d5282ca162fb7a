//! Platform events.

use serde::{Deserialize, Serialize};

use crate::Millis;

/// Longest identifier (account, conversation, media, event ids).
pub const MAX_ID_LEN: usize = 256;
/// Longest text of a message, post or bio, in bytes.
pub const MAX_TEXT_LEN: usize = 64 * 1024;
/// Most recipients of one message.
pub const MAX_RECIPIENTS: usize = 1000;
/// Most attachments of one message or post.
pub const MAX_ATTACHMENTS: usize = 32;
/// Largest inline media payload, base64-decoded, in bytes.
pub const MAX_MEDIA_BYTES: usize = 16 * 1024 * 1024;

/// One event as a platform sends it. Unknown fields are refused by the
/// event type's own struct (serde can't deny them on a flattened envelope).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    /// The platform's id for the event; also the idempotency key when
    /// `idempotency_key` is absent.
    #[serde(default)]
    pub id: Option<String>,
    /// A retried event with the same key is not processed twice.
    #[serde(default)]
    pub idempotency_key: Option<String>,
    /// When it happened on the platform (Unix ms); defaults to receipt time.
    #[serde(default)]
    pub ts: Option<Millis>,
    /// The event itself.
    #[serde(flatten)]
    pub event: Event,
}

/// Where content was posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Surface {
    /// Direct message (one to one).
    #[default]
    Dm,
    /// Group chat.
    Group,
    /// Public post.
    Post,
    /// Comment or reply.
    Comment,
    /// Profile (bio, name, links).
    Profile,
}

/// A media attachment: inline bytes (base64) or precomputed hashes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// The platform's media id.
    pub media_id: String,
    /// The file, base64-encoded (hashed on receipt, not stored unless the
    /// event is tied to a report).
    #[serde(default)]
    pub content_base64: Option<String>,
    /// PDQ hash, 64 hex digits.
    #[serde(default)]
    pub pdq: Option<String>,
    /// PDQ quality (0..=100) of `pdq`.
    #[serde(default)]
    pub pdq_quality: Option<u8>,
    /// MD5 of the file, 32 hex digits.
    #[serde(default)]
    pub md5: Option<String>,
    /// SHA-256 of the file, 64 hex digits.
    #[serde(default)]
    pub sha256: Option<String>,
}

/// A direct or group message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageEvent {
    /// Conversation (thread) id.
    pub conversation: String,
    /// Sending account.
    pub sender: String,
    /// Receiving accounts.
    #[serde(default)]
    pub recipients: Vec<String>,
    /// Message text.
    #[serde(default)]
    pub text: String,
    /// Attached media.
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// Where (default `dm`).
    #[serde(default)]
    pub surface: Surface,
}

/// A post or comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostEvent {
    /// Post id.
    pub post: String,
    /// Author account.
    pub author: String,
    /// Text.
    #[serde(default)]
    pub text: String,
    /// Attached media.
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// `post` or `comment`.
    #[serde(default = "default_post_surface")]
    pub surface: Surface,
}

fn default_post_surface() -> Surface {
    Surface::Post
}

/// A profile creation or update.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileEvent {
    /// Account id.
    pub account: String,
    /// Age the account declared, in years.
    #[serde(default)]
    pub declared_age: Option<u8>,
    /// Birth year the account declared.
    #[serde(default)]
    pub birth_year: Option<u16>,
    /// When the account was created (Unix ms).
    #[serde(default)]
    pub created_at: Option<Millis>,
    /// Display name.
    #[serde(default)]
    pub display_name: Option<String>,
    /// Bio text.
    #[serde(default)]
    pub bio: Option<String>,
    /// Links on the profile.
    #[serde(default)]
    pub links: Vec<String>,
}

/// A media upload outside a message (avatar, story, gallery).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MediaEvent {
    /// Uploading account.
    pub account: String,
    /// The media.
    pub media: Attachment,
}

/// Why a user reported something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportReason {
    /// Child sexual abuse material.
    ChildSexualAbuseMaterial,
    /// Grooming of a child.
    Grooming,
    /// Sex trafficking or recruitment.
    Trafficking,
    /// Sextortion.
    Sextortion,
    /// Other sexual content or harassment.
    Sexual,
    /// Spam or scam.
    Scam,
    /// Anything else.
    Other,
}

/// A user report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportEvent {
    /// Reporting account.
    pub reporter: String,
    /// Reported account.
    pub subject: String,
    /// Reported conversation, if any.
    #[serde(default)]
    pub conversation: Option<String>,
    /// Reason.
    pub reason: ReportReason,
    /// Free text from the reporter.
    #[serde(default)]
    pub text: String,
}

/// Kinds of relationship events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationshipKind {
    /// Follow.
    Follow,
    /// Friend request.
    FriendRequest,
    /// Friend request accepted.
    FriendAccept,
    /// Block.
    Block,
}

/// A follow, friend request or block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationshipEvent {
    /// Acting account.
    pub from: String,
    /// Target account.
    pub to: String,
    /// What happened.
    pub kind: RelationshipKind,
}

/// Every event type, tagged by `type`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// A message.
    Message(MessageEvent),
    /// A post or comment.
    Post(PostEvent),
    /// A profile.
    Profile(ProfileEvent),
    /// A media upload.
    Media(MediaEvent),
    /// A user report.
    Report(ReportEvent),
    /// A relationship change.
    Relationship(RelationshipEvent),
}

/// The `type` of an event, for storage and metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// [`Event::Message`].
    Message,
    /// [`Event::Post`].
    Post,
    /// [`Event::Profile`].
    Profile,
    /// [`Event::Media`].
    Media,
    /// [`Event::Report`].
    Report,
    /// [`Event::Relationship`].
    Relationship,
}

impl EventKind {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Message => "message",
            EventKind::Post => "post",
            EventKind::Profile => "profile",
            EventKind::Media => "media",
            EventKind::Report => "report",
            EventKind::Relationship => "relationship",
        }
    }
}

impl Event {
    /// The event's kind.
    pub fn kind(&self) -> EventKind {
        match self {
            Event::Message(_) => EventKind::Message,
            Event::Post(_) => EventKind::Post,
            Event::Profile(_) => EventKind::Profile,
            Event::Media(_) => EventKind::Media,
            Event::Report(_) => EventKind::Report,
            Event::Relationship(_) => EventKind::Relationship,
        }
    }

    /// The account that acted (sender, author, uploader, reporter...).
    pub fn actor(&self) -> &str {
        match self {
            Event::Message(m) => &m.sender,
            Event::Post(p) => &p.author,
            Event::Profile(p) => &p.account,
            Event::Media(m) => &m.account,
            Event::Report(r) => &r.reporter,
            Event::Relationship(r) => &r.from,
        }
    }

    /// Attachments carried by the event.
    pub fn attachments(&self) -> &[Attachment] {
        match self {
            Event::Message(m) => &m.attachments,
            Event::Post(p) => &p.attachments,
            Event::Media(m) => std::slice::from_ref(&m.media),
            _ => &[],
        }
    }
}

/// A bad event: which field, and why. Never echoes the field's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{field}: {reason}")]
pub struct ValidationError {
    /// JSON path of the field, e.g. `attachments[0].pdq`.
    pub field: String,
    /// What is wrong.
    pub reason: String,
}

fn bad(field: impl Into<String>, reason: impl Into<String>) -> ValidationError {
    ValidationError {
        field: field.into(),
        reason: reason.into(),
    }
}

fn check_id(field: &str, v: &str) -> Result<(), ValidationError> {
    if v.is_empty() {
        return Err(bad(field, "must not be empty"));
    }
    if v.len() > MAX_ID_LEN {
        return Err(bad(field, format!("longer than {MAX_ID_LEN} bytes")));
    }
    if v.chars().any(char::is_control) {
        return Err(bad(field, "contains control characters"));
    }
    Ok(())
}

fn check_text(field: &str, v: &str) -> Result<(), ValidationError> {
    if v.len() > MAX_TEXT_LEN {
        return Err(bad(field, format!("longer than {MAX_TEXT_LEN} bytes")));
    }
    Ok(())
}

fn check_hex(field: &str, v: &Option<String>, digits: usize) -> Result<(), ValidationError> {
    if let Some(v) = v
        && (v.len() != digits || !v.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        return Err(bad(field, format!("must be {digits} hex digits")));
    }
    Ok(())
}

fn check_attachments(prefix: &str, list: &[Attachment]) -> Result<(), ValidationError> {
    if list.len() > MAX_ATTACHMENTS {
        return Err(bad(
            prefix,
            format!("more than {MAX_ATTACHMENTS} attachments"),
        ));
    }
    for (i, a) in list.iter().enumerate() {
        let p = format!("{prefix}[{i}]");
        check_attachment(&p, a)?;
    }
    Ok(())
}

fn check_attachment(p: &str, a: &Attachment) -> Result<(), ValidationError> {
    check_id(&format!("{p}.media_id"), &a.media_id)?;
    check_hex(&format!("{p}.pdq"), &a.pdq, 64)?;
    check_hex(&format!("{p}.md5"), &a.md5, 32)?;
    check_hex(&format!("{p}.sha256"), &a.sha256, 64)?;
    if let Some(q) = a.pdq_quality
        && q > 100
    {
        return Err(bad(format!("{p}.pdq_quality"), "must be 0..=100"));
    }
    if let Some(b64) = &a.content_base64 {
        // 4 base64 characters carry 3 bytes.
        if b64.len() / 4 * 3 > MAX_MEDIA_BYTES {
            return Err(bad(
                format!("{p}.content_base64"),
                format!("larger than {MAX_MEDIA_BYTES} bytes"),
            ));
        }
        if b64.is_empty() {
            return Err(bad(format!("{p}.content_base64"), "is empty"));
        }
    }
    if a.content_base64.is_none() && a.pdq.is_none() && a.md5.is_none() && a.sha256.is_none() {
        return Err(bad(
            p,
            "needs content_base64 or at least one of pdq, md5, sha256",
        ));
    }
    Ok(())
}

/// Parses one event's JSON with the exact path of the first bad field
/// (`declared_age`, `attachments[0].pdq`) and a message that never echoes
/// the field's value.
fn typed<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> Result<T, ValidationError> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let inner = e.inner().to_string();
        let inner = inner
            .split(" at line ")
            .next()
            .unwrap_or("invalid")
            .to_string();
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        // serde names a missing field in backticks; the path stops at its
        // parent (for unknown fields the path already ends with the key).
        let named = inner
            .starts_with("missing field")
            .then(|| inner.split('`').nth(1).map(str::to_string))
            .flatten();
        let field = match named {
            Some(n) if path.is_empty() => n,
            Some(n) => format!("{path}.{n}"),
            None => path,
        };
        let reason = if inner.starts_with("missing field") {
            "is required".to_string()
        } else if inner.starts_with("unknown field") {
            "is not a field of this event type".to_string()
        } else if let Some(exp) = inner.split(", expected ").nth(1) {
            format!("expected {exp}")
        } else {
            "has an invalid value".to_string()
        };
        bad(field, reason)
    })
}

impl Envelope {
    /// Parses an event from JSON, naming the exact field that is wrong.
    /// (Plain `serde_json::from_value` works too, but its errors lose the
    /// field path inside the `type`-tagged body.)
    pub fn from_json(v: serde_json::Value) -> Result<Envelope, ValidationError> {
        let serde_json::Value::Object(mut obj) = v else {
            return Err(bad("", "an event is a JSON object"));
        };
        let ty = match obj.remove("type") {
            Some(serde_json::Value::String(t)) => t,
            Some(_) => return Err(bad("type", "must be a string")),
            None => return Err(bad("type", "is required")),
        };
        let id: Option<String> = typed(obj.remove("id").unwrap_or(serde_json::Value::Null))
            .map_err(|e| bad("id", e.reason))?;
        let idempotency_key: Option<String> = typed(
            obj.remove("idempotency_key")
                .unwrap_or(serde_json::Value::Null),
        )
        .map_err(|e| bad("idempotency_key", e.reason))?;
        let ts: Option<Millis> = typed(obj.remove("ts").unwrap_or(serde_json::Value::Null))
            .map_err(|e| bad("ts", e.reason))?;
        let body = serde_json::Value::Object(obj);
        let event = match ty.as_str() {
            "message" => Event::Message(typed(body)?),
            "post" => Event::Post(typed(body)?),
            "profile" => Event::Profile(typed(body)?),
            "media" => Event::Media(typed(body)?),
            "report" => Event::Report(typed(body)?),
            "relationship" => Event::Relationship(typed(body)?),
            _ => {
                return Err(bad(
                    "type",
                    "unknown event type (message, post, profile, media, report, relationship)",
                ));
            }
        };
        Ok(Envelope {
            id,
            idempotency_key,
            ts,
            event,
        })
    }

    /// Checks every field against the limits above.
    pub fn validate(&self) -> Result<(), ValidationError> {
        if let Some(id) = &self.id {
            check_id("id", id)?;
        }
        if let Some(k) = &self.idempotency_key {
            check_id("idempotency_key", k)?;
        }
        if let Some(ts) = self.ts
            && !(0..=253_402_300_799_000).contains(&ts)
        {
            return Err(bad("ts", "must be Unix milliseconds between 1970 and 9999"));
        }
        match &self.event {
            Event::Message(m) => {
                check_id("conversation", &m.conversation)?;
                check_id("sender", &m.sender)?;
                if m.recipients.len() > MAX_RECIPIENTS {
                    return Err(bad("recipients", format!("more than {MAX_RECIPIENTS}")));
                }
                for (i, r) in m.recipients.iter().enumerate() {
                    check_id(&format!("recipients[{i}]"), r)?;
                }
                check_text("text", &m.text)?;
                check_attachments("attachments", &m.attachments)?;
                if m.text.is_empty() && m.attachments.is_empty() {
                    return Err(bad("text", "a message needs text or attachments"));
                }
            }
            Event::Post(p) => {
                check_id("post", &p.post)?;
                check_id("author", &p.author)?;
                check_text("text", &p.text)?;
                check_attachments("attachments", &p.attachments)?;
            }
            Event::Profile(p) => {
                check_id("account", &p.account)?;
                if let Some(a) = p.declared_age
                    && a > 130
                {
                    return Err(bad("declared_age", "must be 0..=130"));
                }
                if let Some(y) = p.birth_year
                    && !(1880..=2100).contains(&y)
                {
                    return Err(bad("birth_year", "must be 1880..=2100"));
                }
                if let Some(b) = &p.bio {
                    check_text("bio", b)?;
                }
                if let Some(n) = &p.display_name {
                    check_text("display_name", n)?;
                }
                if p.links.len() > 100 {
                    return Err(bad("links", "more than 100"));
                }
                for (i, l) in p.links.iter().enumerate() {
                    if l.len() > 2048 {
                        return Err(bad(format!("links[{i}]"), "longer than 2048 bytes"));
                    }
                }
            }
            Event::Media(m) => {
                check_id("account", &m.account)?;
                check_attachment("media", &m.media)?;
            }
            Event::Report(r) => {
                check_id("reporter", &r.reporter)?;
                check_id("subject", &r.subject)?;
                if let Some(c) = &r.conversation {
                    check_id("conversation", c)?;
                }
                check_text("text", &r.text)?;
            }
            Event::Relationship(r) => {
                check_id("from", &r.from)?;
                check_id("to", &r.to)?;
            }
        }
        Ok(())
    }

    /// The key that makes a retry idempotent: `idempotency_key`, else `id`.
    pub fn dedupe_key(&self) -> Option<&str> {
        self.idempotency_key.as_deref().or(self.id.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<Envelope, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn message_round_trip_and_validation() {
        let e = parse(r#"{"id":"e1","type":"message","conversation":"c1","sender":"u1","recipients":["u2"],"text":"hi"}"#).unwrap();
        assert_eq!(e.event.kind(), EventKind::Message);
        assert_eq!(e.event.actor(), "u1");
        e.validate().unwrap();
        assert_eq!(e.dedupe_key(), Some("e1"));
        let back: Envelope = serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
        assert_eq!(back, e);
    }

    #[test]
    fn errors_name_the_field() {
        let e = parse(r#"{"type":"message","conversation":"c1","sender":"","text":"hi"}"#).unwrap();
        assert_eq!(e.validate().unwrap_err().field, "sender");
        let e = parse(r#"{"type":"media","account":"a","media":{"media_id":"m","pdq":"xyz"}}"#)
            .unwrap();
        assert_eq!(e.validate().unwrap_err().field, "media.pdq");
        let e =
            parse(r#"{"type":"post","post":"p","author":"a","attachments":[{"media_id":"m"}]}"#)
                .unwrap();
        assert_eq!(e.validate().unwrap_err().field, "attachments[0]");
        let e = parse(r#"{"type":"profile","account":"a","declared_age":200}"#).unwrap();
        assert_eq!(e.validate().unwrap_err().field, "declared_age");
        let long = "x".repeat(MAX_TEXT_LEN + 1);
        let e = parse(&format!(
            r#"{{"type":"message","conversation":"c","sender":"s","text":"{long}"}}"#
        ))
        .unwrap();
        assert_eq!(e.validate().unwrap_err().field, "text");
    }

    #[test]
    fn from_json_names_exact_paths_without_echoing_values() {
        let p = |s: &str| Envelope::from_json(serde_json::from_str(s).unwrap());
        let e = p(r#"{"type":"profile","account":"b","declared_age":400}"#).unwrap_err();
        assert_eq!(e.field, "declared_age");
        assert!(!e.reason.contains("400"), "{e}");
        let e = p(r#"{"type":"message","sender":"u","text":"x"}"#).unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.reason.as_str()),
            ("conversation", "is required")
        );
        let e = p(
            r#"{"type":"post","post":"p","author":"a","attachments":[{"media_id":"m","md5":7}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.field, "attachments[0].md5");
        let e = p(
            r#"{"type":"relationship","from":"a","to":"b","kind":"follow","secret":"do not echo"}"#,
        )
        .unwrap_err();
        assert_eq!(e.field, "secret");
        assert!(!e.to_string().contains("do not echo"));
        assert_eq!(p(r#"{"type":"telepathy"}"#).unwrap_err().field, "type");
        assert_eq!(
            p(r#"{"type":"message","ts":"yesterday","conversation":"c","sender":"s","text":"t"}"#)
                .unwrap_err()
                .field,
            "ts"
        );
        assert_eq!(p("[1,2]").unwrap_err().field, "");
        let ok =
            p(r#"{"id":"e","ts":5,"type":"message","conversation":"c","sender":"s","text":"t"}"#)
                .unwrap();
        assert_eq!((ok.id.as_deref(), ok.ts), (Some("e"), Some(5)));
    }

    #[test]
    fn unknown_types_and_fields_are_refused_by_the_parser() {
        assert!(parse(r#"{"type":"telepathy","sender":"u"}"#).is_err());
        assert!(
            parse(r#"{"type":"relationship","from":"a","to":"b","kind":"follow","extra":1}"#)
                .is_err()
        );
    }
}
