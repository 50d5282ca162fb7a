//! The labelled-conversation JSONL format and a streaming, panic-free reader.
//!
//! One conversation per line:
//!
//! ```json
//! {"id":"c1","label":1,"codes":["job_offer"],"lang":"en",
//!  "messages":[{"sender":"u1","recipient":"u2","ts":"2026-05-01T10:00:00Z",
//!               "text":"...","codes":["job_offer"]}]}
//! ```
//!
//! Required: `id` (string), `messages` (array), and per message `sender` and
//! `text` (strings). Optional: `label` (0 or 1; absent for unlabelled scan
//! input), `codes`, `lang`, `recipient`, `ts` (RFC 3339, stored as unix
//! seconds) and per-message `codes`. Unknown fields are ignored. Blank lines
//! are skipped. Every problem is reported as a [`CorpusError`] with the
//! 1-based line number and the field path; the reader then continues with the
//! next line.

use std::io::BufRead;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One chat message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// Sender id.
    pub sender: String,
    /// Recipient id, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// Timestamp as unix seconds, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ts: Option<i64>,
    /// Message text (raw, not normalised).
    pub text: String,
    /// Taxonomy codes this message shows (evidence labels).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
}

/// One labelled (or unlabelled) conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversation {
    /// Conversation id.
    pub id: String,
    /// `Some(true)` = recruitment or grooming, `Some(false)` = benign, `None` = unlabelled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<bool>,
    /// Conversation-level taxonomy codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
    /// Language tag, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Messages in order.
    pub messages: Vec<Message>,
}

impl Conversation {
    /// True if the conversation has no messages (allowed; callers that train
    /// usually skip these).
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// True if any message carries per-message codes.
    pub fn has_message_codes(&self) -> bool {
        self.messages.iter().any(|m| !m.codes.is_empty())
    }

    /// Index of the first message with codes, if any.
    pub fn first_coded_message(&self) -> Option<usize> {
        self.messages.iter().position(|m| !m.codes.is_empty())
    }
}

/// A problem with one line of the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("line {line}: {reason}")]
pub struct CorpusError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong, naming the field path where there is one.
    pub reason: String,
}

/// Reader limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadLimits {
    /// Longest accepted line in bytes (default 4 MiB). Longer lines are
    /// skipped without being buffered and reported as errors.
    pub max_line_bytes: usize,
    /// Most messages accepted in one conversation (default 100,000).
    pub max_messages: usize,
    /// Report conversations without messages as errors (default false).
    pub reject_empty: bool,
}

impl Default for ReadLimits {
    fn default() -> Self {
        Self {
            max_line_bytes: 4 << 20,
            max_messages: 100_000,
            reject_empty: false,
        }
    }
}

/// Streaming JSONL reader; see [`read_jsonl`].
#[derive(Debug)]
pub struct JsonlReader<R> {
    inner: R,
    limits: ReadLimits,
    line: usize,
    buf: Vec<u8>,
    done: bool,
}

/// Read conversations from JSONL, one `Result` per non-blank line. Never
/// panics on any input; an I/O error ends the stream after being reported.
pub fn read_jsonl<R: BufRead>(reader: R, limits: ReadLimits) -> JsonlReader<R> {
    JsonlReader {
        inner: reader,
        limits,
        line: 0,
        buf: Vec::new(),
        done: false,
    }
}

impl<R: BufRead> JsonlReader<R> {
    /// Read the next physical line into `buf`. Returns `Ok(None)` at EOF,
    /// `Ok(Some(too_long))` otherwise.
    fn next_line(&mut self) -> std::io::Result<Option<bool>> {
        self.buf.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let chunk = match self.inner.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(if any { Some(too_long) } else { None });
            }
            any = true;
            let (take, found) = match chunk.iter().position(|&b| b == b'\n') {
                Some(p) => (p, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                if self.buf.len() + take > self.limits.max_line_bytes {
                    too_long = true;
                    self.buf.clear();
                } else {
                    self.buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.inner.consume(take + usize::from(found));
            if found {
                return Ok(Some(too_long));
            }
        }
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Conversation, CorpusError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            let too_long = match self.next_line() {
                Ok(Some(t)) => t,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(CorpusError {
                        line: self.line + 1,
                        reason: format!("read error: {e}"),
                    }));
                }
            };
            self.line += 1;
            let line = self.line;
            if too_long {
                return Some(Err(CorpusError {
                    line,
                    reason: format!(
                        "line longer than the limit of {} bytes",
                        self.limits.max_line_bytes
                    ),
                }));
            }
            if self.buf.last() == Some(&b'\r') {
                self.buf.pop();
            }
            if self.buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            return Some(
                parse_line(&self.buf, &self.limits).map_err(|reason| CorpusError { line, reason }),
            );
        }
    }
}

/// Parse one JSONL line into a conversation; `Err` carries the reason.
pub fn parse_line(bytes: &[u8], limits: &ReadLimits) -> Result<Conversation, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let v: Value = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    let obj = v
        .as_object()
        .ok_or_else(|| "expected a JSON object".to_string())?;
    let id = match obj.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err("field `id`: expected a string".into()),
        None => return Err("missing field `id`".into()),
    };
    let label = match obj.get("label") {
        None | Some(Value::Null) => None,
        Some(l) => match l.as_u64() {
            Some(0) => Some(false),
            Some(1) => Some(true),
            _ => return Err(format!("field `label`: expected 0 or 1, found {l}")),
        },
    };
    let codes = string_list(obj.get("codes"), "codes")?;
    let lang = opt_string(obj.get("lang"), "lang")?;
    let msgs = match obj.get("messages") {
        Some(Value::Array(a)) => a,
        Some(_) => return Err("field `messages`: expected an array".into()),
        None => return Err("missing field `messages`".into()),
    };
    if msgs.is_empty() && limits.reject_empty {
        return Err("field `messages`: empty conversation".into());
    }
    if msgs.len() > limits.max_messages {
        return Err(format!(
            "field `messages`: {} messages, above the limit of {}",
            msgs.len(),
            limits.max_messages
        ));
    }
    let mut messages = Vec::with_capacity(msgs.len());
    for (i, m) in msgs.iter().enumerate() {
        let m = m
            .as_object()
            .ok_or_else(|| format!("field `messages[{i}]`: expected an object"))?;
        let req = |name: &str| -> Result<String, String> {
            match m.get(name) {
                Some(Value::String(s)) => Ok(s.clone()),
                Some(_) => Err(format!("field `messages[{i}].{name}`: expected a string")),
                None => Err(format!("missing field `messages[{i}].{name}`")),
            }
        };
        let sender = req("sender")?;
        let text = req("text")?;
        let recipient = opt_string(m.get("recipient"), &format!("messages[{i}].recipient"))?;
        let ts = match opt_string(m.get("ts"), &format!("messages[{i}].ts"))? {
            None => None,
            Some(s) => Some(parse_ts(&s).map_err(|e| {
                format!("field `messages[{i}].ts`: invalid RFC 3339 timestamp {s:?}: {e}")
            })?),
        };
        let codes = string_list(m.get("codes"), &format!("messages[{i}].codes"))?;
        messages.push(Message {
            sender,
            recipient,
            ts,
            text,
            codes,
        });
    }
    Ok(Conversation {
        id,
        label,
        codes,
        lang,
        messages,
    })
}

/// Parse an RFC 3339 timestamp to unix seconds.
pub fn parse_ts(s: &str) -> Result<i64, String> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .map(|t| t.unix_timestamp())
        .map_err(|e| e.to_string())
}

fn opt_string(v: Option<&Value>, field: &str) -> Result<Option<String>, String> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(format!("field `{field}`: expected a string")),
    }
}

fn string_list(v: Option<&Value>, field: &str) -> Result<Vec<String>, String> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(a)) => a
            .iter()
            .enumerate()
            .map(|(i, x)| match x {
                Value::String(s) => Ok(s.clone()),
                _ => Err(format!("field `{field}[{i}]`: expected a string")),
            })
            .collect(),
        Some(_) => Err(format!("field `{field}`: expected an array of strings")),
    }
}

/// Hex sha256 of a byte string (e.g. a training file), for
/// [`crate::model::ModelMeta::training_data_sha256`].
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &[u8]) -> Vec<Result<Conversation, CorpusError>> {
        read_jsonl(s, ReadLimits::default()).collect()
    }

    #[test]
    fn reads_the_documented_example() {
        let l = br#"{"id":"c1","label":1,"codes":["job_offer","off_platform"],"lang":"en","extra":5,"messages":[{"sender":"u1","recipient":"u2","ts":"2026-05-01T10:00:00Z","text":"job in dubai ticket paid","codes":["job_offer"]}]}"#;
        let r = read(l);
        let c = r[0].as_ref().unwrap();
        assert_eq!(c.label, Some(true));
        assert_eq!(c.messages[0].ts, Some(1_777_629_600));
        assert_eq!(c.messages[0].codes, ["job_offer"]);
    }

    #[test]
    fn errors_name_line_and_field() {
        let s = b"\n{\"id\":\"a\",\"label\":2,\"messages\":[]}\n{\"id\":\"b\",\"messages\":[{\"sender\":\"x\",\"text\":\"hi\",\"ts\":\"yesterday\"}]}\n\xff\xfe\n{\"id\":\"c\",\"messages\":[]}";
        let r = read(s);
        assert_eq!(r.len(), 4);
        let e = r[0].as_ref().unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.reason.contains("label"), "{e}");
        let e = r[1].as_ref().unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.reason.contains("messages[0].ts"), "{e}");
        assert!(r[2].as_ref().unwrap_err().reason.contains("UTF-8"));
        assert!(r[3].as_ref().unwrap().is_empty());
    }

    #[test]
    fn long_lines_are_skipped() {
        let big = format!(
            "{{\"id\":\"a\",\"messages\":[{{\"sender\":\"x\",\"text\":\"{}\"}}]}}\n{{\"id\":\"b\",\"messages\":[]}}\n",
            "a".repeat(1 << 20)
        );
        let lim = ReadLimits {
            max_line_bytes: 1000,
            ..ReadLimits::default()
        };
        let r: Vec<_> =
            read_jsonl(std::io::BufReader::with_capacity(64, big.as_bytes()), lim).collect();
        assert_eq!(r.len(), 2);
        assert!(r[0].as_ref().unwrap_err().reason.contains("longer"));
        assert_eq!(r[1].as_ref().unwrap().id, "b");
        // The default limit accepts a 1 MB message.
        let r = read(big.as_bytes());
        assert_eq!(r[0].as_ref().unwrap().messages[0].text.len(), 1 << 20);
    }
}
