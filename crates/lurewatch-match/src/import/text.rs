//! Line-oriented formats: plain hex, PDQ CSV, HMA / python-threatexchange
//! signal lines, ThreatExchange descriptor JSON lines.

use lurewatch_pdq::Hash256;

use super::{Builder, HexKind, ImportOptions, ImportReport, cap_text, lines, parse_rfc3339};
use crate::error::ImportError;
use crate::signal::{SignalType, SignalValue, check_hex};

const NOT_UTF8: &str = "line is not valid UTF-8";

/// True for lines to skip: blank or `#` comments.
fn skippable(t: &str) -> bool {
    t.is_empty() || t.starts_with('#')
}

/// Plain hex lists: one hash per line; blank lines and lines starting with
/// `#` are skipped. `kind` says which hash to expect ([`HexKind::Auto`]:
/// 64 digits = PDQ, 32 = MD5; pass [`HexKind::Sha256`] for SHA-256 lists).
pub fn parse_hex_lines(
    input: &[u8],
    kind: HexKind,
    opts: &ImportOptions,
) -> Result<ImportReport, ImportError> {
    let mut b = Builder::new(input, opts)?;
    for (n, line) in lines(input) {
        let Ok(line) = line else {
            b.bad(n, NOT_UTF8);
            continue;
        };
        let t = line.trim_ascii();
        if skippable(t) {
            continue;
        }
        match kind.parse(t) {
            Ok(v) => {
                let meta = b.meta(n);
                b.push(v, meta);
            }
            Err(e) => b.bad(n, e),
        }
    }
    Ok(b.finish())
}

/// Meta's `pdq-photo-hasher` output: `hash,quality,path` lines (the path may
/// contain commas; quality and path are optional). A first line whose first
/// field is `hash`, `pdq` or `pdq_hash` is a header and skipped. Quality must
/// be an integer 0..=100 and is stored in [`crate::EntryMeta::quality`]; the
/// path becomes the entry's label. Nothing is filtered on quality here: use
/// [`crate::should_query`]-style gating at the call site if wanted.
pub fn parse_pdq_csv(input: &[u8], opts: &ImportOptions) -> Result<ImportReport, ImportError> {
    let mut b = Builder::new(input, opts)?;
    let mut first = true;
    for (n, line) in lines(input) {
        let Ok(line) = line else {
            b.bad(n, NOT_UTF8);
            first = false;
            continue;
        };
        let t = line.trim_ascii();
        if skippable(t) {
            continue;
        }
        let mut fields = t.splitn(3, ',');
        let hash = fields.next().unwrap_or("").trim_ascii();
        if std::mem::take(&mut first)
            && matches!(
                hash.to_ascii_lowercase().as_str(),
                "hash" | "pdq" | "pdq_hash" | "signal_value"
            )
        {
            continue;
        }
        let value = match SignalValue::parse_hex(SignalType::Pdq, hash) {
            Ok(v) => v,
            Err(e) => {
                b.bad(n, format!("pdq: {e}"));
                continue;
            }
        };
        let quality = match fields.next().map(str::trim_ascii) {
            None | Some("") => None,
            Some(q) => match q.parse::<u8>() {
                Ok(q) if q <= 100 => Some(q),
                _ => {
                    b.bad(n, "quality is not an integer 0..=100");
                    continue;
                }
            },
        };
        let mut meta = b.meta(n);
        meta.quality = quality;
        meta.label = fields
            .next()
            .map(str::trim_ascii)
            .filter(|p| !p.is_empty())
            .map(cap_text);
        b.push(value, meta);
    }
    Ok(b.finish())
}

/// Signal type names HMA / python-threatexchange use that this crate skips.
const UNSUPPORTED_TYPES: &[&str] = &[
    "sha1",
    "photodna",
    "pdna",
    "url",
    "url_md5",
    "raw_text",
    "text",
    "trend_query",
    "vpdq",
    "pdq_ocr",
    "text_tlsh",
    "tlsh",
    "clip",
    "tmk",
    "tmk_pdqf",
];

/// Splits at the first `,`, tab or space.
fn split_field(s: &str) -> (&str, &str) {
    match s.find([',', '\t', ' ']) {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (s, ""),
    }
}

/// HMA 2.0 / python-threatexchange signal lines. Accepted per line:
///
/// * `signal_type,signal_value[,metadata]` — HMA bank content export (CSV;
///   also tab- or space-separated, which is pytx's local-file exchange form
///   `pdq <hex>`). Type names: see [`SignalType::from_name`]; a first line
///   starting `signal_type` is a header. Known but unsupported types (`url`,
///   `raw_text`, `photodna`, `vpdq`, `sha1`, ...) are counted as unsupported.
/// * `<hex> [metadata...]` — pytx "signal file" form: the hash first, the
///   rest (descriptor id, labels) kept as the label. The type comes from
///   `default`: [`HexKind::Auto`] infers 64 digits = PDQ, 32 = MD5.
///
/// Blank lines and `#` comments are skipped.
pub fn parse_threatexchange_lines(
    input: &[u8],
    default: HexKind,
    opts: &ImportOptions,
) -> Result<ImportReport, ImportError> {
    let mut b = Builder::new(input, opts)?;
    let mut first = true;
    for (n, line) in lines(input) {
        let Ok(line) = line else {
            b.bad(n, NOT_UTF8);
            first = false;
            continue;
        };
        let t = line.trim_ascii();
        if skippable(t) {
            continue;
        }
        let (head, rest) = split_field(t);
        let head = head.trim_ascii();
        let is_first = std::mem::take(&mut first);
        if is_first && head.eq_ignore_ascii_case("signal_type") {
            continue;
        }
        let (value, label) = if head.bytes().all(|c| c.is_ascii_hexdigit()) && !head.is_empty() {
            match default.parse(head) {
                Ok(v) => (v, rest),
                Err(e) => {
                    b.bad(n, e);
                    continue;
                }
            }
        } else if let Some(ty) = SignalType::from_name(head) {
            let (v, label) = split_field(rest.trim_ascii_start());
            match SignalValue::parse_hex(ty, v) {
                Ok(v) => (v, label),
                Err(e) => {
                    b.bad(n, format!("{ty}: {e}"));
                    continue;
                }
            }
        } else if UNSUPPORTED_TYPES.contains(&head.to_ascii_lowercase().as_str()) {
            b.unsupported();
            continue;
        } else {
            b.bad(n, "neither a hex hash nor a known signal type");
            continue;
        };
        let mut meta = b.meta(n);
        let label = label.trim_ascii();
        meta.label = (!label.is_empty()).then(|| cap_text(label));
        b.push(value, meta);
    }
    Ok(b.finish())
}

/// ThreatExchange descriptor JSON lines: one JSON object per line, e.g.
/// `{"indicator": "<hex>", "type": "HASH_PDQ", "tags": ["t"], "added_on": "..."}`.
///
/// * The value is `indicator` (a string, or an object whose `indicator`
///   field is the string, as the Graph API nests it) or `raw_indicator`.
/// * The type is `type` (top level, or inside the `indicator` object):
///   `HASH_PDQ`, `HASH_MD5`, `HASH_SHA256` (also `pdq`/`md5`/...). Other
///   ThreatExchange types (`URI`, `HASH_SHA1`, ...) count as unsupported.
/// * PDQ indicators of 1..=63 hex digits are left-padded with zeros: such
///   values lost their leading zeros on the way (integers-as-strings, the
///   python-threatexchange 1.1.1 fix). MD5/SHA-256 must have full length.
/// * Label: `tags` (array of strings, joined with `,`) or `description`;
///   `added_on` (RFC 3339) becomes [`crate::EntryMeta::added`].
pub fn parse_threatexchange_json(
    input: &[u8],
    opts: &ImportOptions,
) -> Result<ImportReport, ImportError> {
    use serde_json::Value;
    let mut b = Builder::new(input, opts)?;
    for (n, line) in lines(input) {
        let Ok(line) = line else {
            b.bad(n, NOT_UTF8);
            continue;
        };
        let t = line.trim_ascii();
        if skippable(t) {
            continue;
        }
        let obj = match serde_json::from_str::<Value>(t) {
            Ok(Value::Object(o)) => o,
            Ok(_) => {
                b.bad(n, "not a JSON object");
                continue;
            }
            Err(e) => {
                b.bad(n, format!("invalid JSON: {}", e.classify_kind()));
                continue;
            }
        };
        let nested = obj.get("indicator").and_then(Value::as_object);
        let indicator = match obj.get("indicator") {
            Some(Value::String(s)) => Some(s.as_str()),
            _ => nested
                .and_then(|o| o.get("indicator"))
                .and_then(Value::as_str)
                .or_else(|| obj.get("raw_indicator").and_then(Value::as_str)),
        };
        let ty = obj
            .get("type")
            .and_then(Value::as_str)
            .or_else(|| nested.and_then(|o| o.get("type")).and_then(Value::as_str));
        let Some(ty) = ty else {
            b.bad(n, "missing \"type\"");
            continue;
        };
        let Some(ty) = SignalType::from_name(ty) else {
            b.unsupported();
            continue;
        };
        let Some(indicator) = indicator else {
            b.bad(n, "missing \"indicator\"");
            continue;
        };
        let parsed = match ty {
            SignalType::Pdq => parse_padded_pdq(indicator).map(SignalValue::Pdq),
            _ => SignalValue::parse_hex(ty, indicator).map_err(|e| format!("{ty}: {e}")),
        };
        let value = match parsed {
            Ok(v) => v,
            Err(e) => {
                b.bad(n, e);
                continue;
            }
        };
        let mut meta = b.meta(n);
        let tags: Vec<&str> = obj
            .get("tags")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        meta.label = if tags.is_empty() {
            obj.get("description").and_then(Value::as_str).map(cap_text)
        } else {
            Some(cap_text(&tags.join(",")))
        };
        if let Some(t) = obj
            .get("added_on")
            .and_then(Value::as_str)
            .and_then(parse_rfc3339)
        {
            meta.added = t;
        }
        b.push(value, meta);
    }
    Ok(b.finish())
}

trait ClassifyKind {
    fn classify_kind(&self) -> &'static str;
}

impl ClassifyKind for serde_json::Error {
    fn classify_kind(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "I/O",
            serde_json::error::Category::Syntax => "syntax error",
            serde_json::error::Category::Data => "data error",
            serde_json::error::Category::Eof => "unexpected end",
        }
    }
}

/// 1..=64 hex digits, left-padded with zeros to 64.
fn parse_padded_pdq(s: &str) -> Result<Hash256, String> {
    let t = s.trim_ascii();
    if t.is_empty() || t.len() > 64 {
        return Err(format!(
            "pdq: expected 1..=64 hex digits, got {} bytes",
            t.len()
        ));
    }
    check_hex(t, t.len()).map_err(|e| format!("pdq: {e}"))?;
    let padded = format!("{t:0>64}");
    Hash256::from_hex(&padded).map_err(|e| format!("pdq: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::BadLine;

    const P1: &str = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    const P2: &str = "0000f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    const M1: &str = "d41d8cd98f00b204e9800998ecf8427e";

    fn opts() -> ImportOptions {
        ImportOptions {
            source: "test".into(),
            added: 7,
            ..Default::default()
        }
    }

    fn lines_of(r: &ImportReport) -> Vec<usize> {
        r.bad_lines.iter().map(|b: &BadLine| b.line).collect()
    }

    #[test]
    fn hex_lines_auto_and_bad() {
        let input = format!(
            "# comment\n{P1}\n\n{}\n{M1}\nzz{}\n{}\n{P1}\n{}\u{a0}\n",
            P2.to_uppercase(),
            &P1[2..],
            &P1[1..],
            P1
        );
        let r = parse_hex_lines(input.as_bytes(), HexKind::Auto, &opts()).unwrap();
        assert_eq!(r.entries.len(), 3);
        assert_eq!(r.entries[1].value.to_hex(), P2);
        assert_eq!(r.entries[2].value.signal_type(), SignalType::Md5);
        assert_eq!(r.entries[0].meta.source, "test");
        assert_eq!(r.entries[0].meta.added, 7);
        assert_eq!(r.entries[0].meta.duplicates, 1);
        assert_eq!(r.duplicates, 1);
        assert_eq!(lines_of(&r), vec![6, 7, 9]);
        assert_eq!(r.bad_line_count, 3);

        let sha = parse_hex_lines(P1.as_bytes(), HexKind::Sha256, &opts()).unwrap();
        assert_eq!(sha.entries[0].value.signal_type(), SignalType::Sha256);
        let md5_only = parse_hex_lines(P1.as_bytes(), HexKind::Md5, &opts()).unwrap();
        assert_eq!(lines_of(&md5_only), vec![1]);
    }

    #[test]
    fn hex_lines_bad_cap() {
        let o = ImportOptions {
            max_bad_lines: 2,
            ..Default::default()
        };
        let r = parse_hex_lines(b"x\ny\nz\n", HexKind::Auto, &o).unwrap();
        assert_eq!(r.bad_lines.len(), 2);
        assert_eq!(r.bad_line_count, 3);
    }

    #[test]
    fn pdq_csv() {
        let input = format!(
            "hash,quality,path\n{P1},100,/a/b.jpg\n{P2},49,/dir,with,commas.png\n{P1}\n\
             {P2},101,x\n{},50,short.jpg\n{P2},abc,x\n",
            &P1[1..]
        );
        let r = parse_pdq_csv(input.as_bytes(), &opts()).unwrap();
        assert_eq!(r.entries.len(), 2);
        assert_eq!(r.entries[0].meta.quality, Some(100));
        assert_eq!(r.entries[0].meta.label.as_deref(), Some("/a/b.jpg"));
        assert_eq!(r.entries[1].meta.quality, Some(49));
        assert_eq!(
            r.entries[1].meta.label.as_deref(),
            Some("/dir,with,commas.png")
        );
        assert_eq!(r.duplicates, 1);
        assert_eq!(lines_of(&r), vec![5, 6, 7]);
        // Without header the first line is data.
        let r = parse_pdq_csv(format!("{P1},90,a\n").as_bytes(), &opts()).unwrap();
        assert_eq!(r.entries.len(), 1);
    }

    #[test]
    fn threatexchange_lines() {
        let input = format!(
            "signal_type,signal_value\npdq,{P1}\nvideo_md5\t{M1}\nurl,https://example.invalid\n\
             pdq {P2} 12345 tag_a,tag_b\n{P2}\nbogus,{P1}\npdq,{}\n{P1} 999 label\nsha256,{P1}\n",
            &P1[..60]
        );
        let r = parse_threatexchange_lines(input.as_bytes(), HexKind::Auto, &opts()).unwrap();
        let hexes: Vec<String> = r.entries.iter().map(|e| e.value.to_hex()).collect();
        assert_eq!(hexes, vec![P1, M1, P2, P1]);
        assert_eq!(r.entries[3].value.signal_type(), SignalType::Sha256);
        assert_eq!(
            r.entries[2].meta.label.as_deref(),
            Some("12345 tag_a,tag_b")
        );
        assert_eq!(r.unsupported, 1);
        assert_eq!(r.duplicates, 2);
        assert_eq!(lines_of(&r), vec![7, 8]);
    }

    #[test]
    fn threatexchange_json() {
        let input = format!(
            concat!(
                "{{\"indicator\": \"{p1}\", \"type\": \"HASH_PDQ\", \"tags\": [\"a\", \"b\"], ",
                "\"added_on\": \"2020-01-01T00:00:00+0000\"}}\n",
                "{{\"indicator\": \"{short}\", \"type\": \"HASH_PDQ\", \"added_on\": \"2020-01-01T00:00:00Z\"}}\n",
                "{{\"indicator\": {{\"indicator\": \"{m1}\", \"type\": \"HASH_MD5\"}}}}\n",
                "{{\"raw_indicator\": \"{p1}\", \"type\": \"HASH_SHA256\", \"description\": \"d\"}}\n",
                "{{\"indicator\": \"example.invalid\", \"type\": \"URI\"}}\n",
                "not json\n",
                "{{\"indicator\": \"{short_md5}\", \"type\": \"HASH_MD5\"}}\n",
                "[1,2]\n",
                "{{\"indicator\": \"\", \"type\": \"HASH_PDQ\"}}\n",
                "{{\"indicator\": \"{p1}\"}}\n",
            ),
            p1 = P1,
            short = P2.trim_start_matches('0'),
            m1 = M1,
            short_md5 = &M1[1..],
        );
        let r = parse_threatexchange_json(input.as_bytes(), &opts()).unwrap();
        let hexes: Vec<String> = r.entries.iter().map(|e| e.value.to_hex()).collect();
        assert_eq!(hexes, vec![P1, P2, M1, P1]);
        assert_eq!(r.entries[0].meta.label.as_deref(), Some("a,b"));
        assert_eq!(r.entries[0].meta.added, 1_577_836_800);
        assert_eq!(r.entries[1].meta.added, 1_577_836_800);
        assert_eq!(r.entries[3].meta.label.as_deref(), Some("d"));
        assert_eq!(r.entries[3].value.signal_type(), SignalType::Sha256);
        assert_eq!(r.unsupported, 1);
        assert_eq!(lines_of(&r), vec![6, 7, 8, 9, 10]);
    }

    #[test]
    fn padding_only_in_json() {
        let short = P2.trim_start_matches('0');
        let r = parse_hex_lines(short.as_bytes(), HexKind::Pdq, &opts()).unwrap();
        assert!(r.entries.is_empty());
        let r =
            parse_threatexchange_lines(format!("pdq,{short}").as_bytes(), HexKind::Auto, &opts())
                .unwrap();
        assert!(r.entries.is_empty());
        assert_eq!(parse_padded_pdq("1").unwrap().words, [1, 0, 0, 0]);
        assert!(parse_padded_pdq(&"1".repeat(65)).is_err());
    }
}
