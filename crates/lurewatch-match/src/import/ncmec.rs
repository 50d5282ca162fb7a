//! NCMEC hash-sharing API entries (XML).

use quick_xml::events::Event;

use super::{Builder, ImportOptions, ImportReport, cap_text, parse_rfc3339};
use crate::error::ImportError;
use crate::signal::{SignalType, SignalValue};

/// Longest text kept for one element (longer values are bad anyway).
const MAX_TEXT: usize = 256;

/// Maps byte offsets to 1-based line numbers; offsets must not decrease.
struct LineCounter<'a> {
    input: &'a [u8],
    pos: usize,
    line: usize,
}

impl LineCounter<'_> {
    /// Line of the first non-whitespace byte at or after `offset`.
    fn line_at(&mut self, offset: usize) -> usize {
        let mut target = offset.min(self.input.len());
        while target < self.input.len() && self.input[target].is_ascii_whitespace() {
            target += 1;
        }
        if target >= self.pos {
            self.line += self.input[self.pos..target]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            self.pos = target;
        }
        self.line
    }
}

/// One `<image>`/`<video>` being read.
#[derive(Default)]
struct Pending {
    id: Option<String>,
    added: Option<i64>,
    values: Vec<(usize, SignalType, String)>,
}

/// Reads NCMEC hash-sharing XML (`/v2/entries` query results) tolerantly.
///
/// For every `<image>` and `<video>` element (any namespace, any nesting,
/// so a bare `<image>` fragment works too) the children of `<fingerprints>`
/// (or `<fingerprint>`) are read: `<md5>`, `<sha256>` and `<pdq>` become
/// entries; every other fingerprint (`<sha1>`, `<pdna>`/`<photodna>`,
/// `<tmk-pdqf>`, `<videntifier>`, ...) is counted in
/// [`ImportReport::unsupported`]. The entry's `<id>` becomes the label and its
/// `<timestamp>` (RFC 3339) the `added` time. `<deletedImage>`/`<deletedVideo>`
/// records are skipped. A malformed value is a bad line (the line of its
/// element); malformed XML is a bad line at the error position and ends the
/// parse, keeping everything read before it.
pub fn parse_ncmec_xml(input: &[u8], opts: &ImportOptions) -> Result<ImportReport, ImportError> {
    let mut b = Builder::new(input, opts)?;
    let mut reader = quick_xml::Reader::from_reader(input);
    reader.config_mut().trim_text(true);
    let mut lines = LineCounter {
        input,
        pos: 0,
        line: 1,
    };
    let mut entry: Option<Pending> = None;
    let mut in_fingerprints = false;
    // The element whose text is being collected: (lowercase name, line).
    let mut field: Option<(String, usize)> = None;
    let mut text = String::new();
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                let at = usize::try_from(reader.error_position()).unwrap_or(before);
                let line = lines.line_at(at.max(before));
                b.bad(line, format!("malformed XML: {}", short_error(&e)));
                break;
            }
        };
        match event {
            Event::Eof => break,
            Event::Start(e) => {
                let name = lower_local(e.local_name().as_ref());
                let line = lines.line_at(before);
                match name.as_str() {
                    "image" | "video" => {
                        flush(&mut b, entry.take());
                        entry = Some(Pending::default());
                        in_fingerprints = false;
                    }
                    "fingerprints" | "fingerprint" if entry.is_some() => in_fingerprints = true,
                    _ if in_fingerprints => {
                        field = Some((name, line));
                        text.clear();
                    }
                    "id" | "timestamp" if entry.is_some() => {
                        field = Some((name, line));
                        text.clear();
                    }
                    _ => {}
                }
            }
            Event::Empty(_) if in_fingerprints => b.unsupported(),
            Event::Text(t) => push_text(&mut text, field.is_some(), t.as_ref()),
            Event::CData(t) => push_text(&mut text, field.is_some(), t.as_ref()),
            Event::GeneralRef(_) if field.is_some() => {
                // Entity references never occur in hex; poison the value.
                push_text(&mut text, true, b"&");
            }
            Event::End(e) => {
                let name = lower_local(e.local_name().as_ref());
                match name.as_str() {
                    "image" | "video" => {
                        flush(&mut b, entry.take());
                        in_fingerprints = false;
                    }
                    "fingerprints" | "fingerprint" => in_fingerprints = false,
                    _ => {}
                }
                if let Some((fname, line)) = field.take_if(|(f, _)| *f == name) {
                    let Some(p) = entry.as_mut() else { continue };
                    let value = std::mem::take(&mut text);
                    if in_fingerprints {
                        match fname.as_str() {
                            "md5" => p.values.push((line, SignalType::Md5, value)),
                            "sha256" => p.values.push((line, SignalType::Sha256, value)),
                            "pdq" => p.values.push((line, SignalType::Pdq, value)),
                            _ => b.unsupported(),
                        }
                    } else if fname == "id" {
                        p.id = Some(cap_text(value.trim_ascii()));
                    } else {
                        p.added = parse_rfc3339(&value);
                    }
                }
            }
            _ => {}
        }
    }
    flush(&mut b, entry.take());
    Ok(b.finish())
}

fn lower_local(name: &[u8]) -> String {
    String::from_utf8_lossy(name).to_ascii_lowercase()
}

fn push_text(text: &mut String, collecting: bool, bytes: &[u8]) {
    if collecting && text.len() < MAX_TEXT {
        let take = bytes.len().min(MAX_TEXT);
        text.push_str(&String::from_utf8_lossy(&bytes[..take]));
    }
}

fn short_error(e: &quick_xml::Error) -> String {
    let mut s = e.to_string();
    if s.len() > 120 {
        let mut end = 120;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
    s
}

/// Emits the values of one finished entry.
fn flush(b: &mut Builder<'_>, entry: Option<Pending>) {
    let Some(p) = entry else { return };
    for (line, ty, text) in p.values {
        match SignalValue::parse_hex(ty, &text) {
            Ok(v) => {
                let mut meta = b.meta(line);
                meta.label = p.id.clone();
                if let Some(t) = p.added {
                    meta.added = t;
                }
                b.push(v, meta);
            }
            Err(e) => b.bad(line, format!("{ty}: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P1: &str = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    fn sample() -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<queryResult xmlns="https://hashsharing.ncmec.org/hashsharing/v2">
    <images count="3" maxTimestamp="2017-10-24T15:10:00Z">
        <image>
            <member id="42">Example Member</member>
            <timestamp>2017-10-24T15:00:00Z</timestamp>
            <id>image1</id>
            <classification>A1</classification>
            <fingerprints>
                <md5>A1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1</md5>
                <sha1>a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1</sha1>
                <pdna>a1a1a1a1...</pdna>
                <pdq>{P1}</pdq>
            </fingerprints>
        </image>
        <image>
            <id>image2</id>
            <fingerprints>
                <md5>not-a-hash</md5>
                <sha256><![CDATA[{sha}]]></sha256>
            </fingerprints>
        </image>
        <deletedImage>
            <id>image4</id>
            <timestamp>2017-10-24T15:10:00Z</timestamp>
        </deletedImage>
    </images>
    <videos count="1">
        <video>
            <id>video1</id>
            <fingerprints>
                <md5>a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1</md5>
                <tmk-pdqf rel="self" href="/v2/entries/1/fingerprints/TMK_PDQF"/>
            </fingerprints>
        </video>
    </videos>
</queryResult>
"#,
            sha = "ab".repeat(32)
        )
    }

    #[test]
    fn reads_entries() {
        let r = parse_ncmec_xml(sample().as_bytes(), &ImportOptions::default()).unwrap();
        let got: Vec<(String, Option<&str>)> = r
            .entries
            .iter()
            .map(|e| (e.value.to_hex(), e.meta.label.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("a1".repeat(16), Some("image1")),
                (P1.to_string(), Some("image1")),
                ("ab".repeat(32), Some("image2")),
            ]
        );
        assert_eq!(r.entries[0].meta.added, 1_508_857_200);
        assert_eq!(r.entries[0].meta.duplicates, 1, "video1 repeats the md5");
        assert_eq!(r.duplicates, 1);
        assert_eq!(r.unsupported, 3);
        assert_eq!(r.bad_lines.len(), 1);
        assert_eq!(r.bad_lines[0].line, 19);
    }

    #[test]
    fn truncated_xml_keeps_earlier_entries() {
        let s = sample();
        let cut = s.find("<image>\n            <id>image2").unwrap();
        let broken = format!(
            "{}<image><id>x</id><fingerprints><md5>{}</md5></oops>",
            &s[..cut],
            "cc".repeat(16)
        );
        let r = parse_ncmec_xml(broken.as_bytes(), &ImportOptions::default()).unwrap();
        assert_eq!(r.entries.len(), 3);
        assert_eq!(r.entries[2].meta.label.as_deref(), Some("x"));
        assert_eq!(r.bad_lines.len(), 1);
        assert!(r.bad_lines[0].reason.contains("malformed XML"));
        assert_eq!(r.bad_lines[0].line, 16);
    }

    #[test]
    fn garbage_is_harmless() {
        for input in [
            &b""[..],
            b"<",
            b"\xff\xfe<image>",
            b"<image><fingerprints><md5>",
            b"]]>&",
        ] {
            let _ = parse_ncmec_xml(input, &ImportOptions::default()).unwrap();
        }
    }
}
