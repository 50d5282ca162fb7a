//! NCMEC's answers: `reportResponse` and `reportDoneResponse` documents,
//! and their response codes in words for reviewers.
//!
//! Answers come from the network and are treated as untrusted input: the
//! parser has a size limit, never panics (a fuzz target,
//! `fuzz/fuzz_targets/ncmec_response.rs`, checks it), refuses documents
//! with DTDs, and keeps at most [`MAX_FILE_IDS`] file ids.

use serde::{Deserialize, Serialize};

/// Largest answer parsed, in bytes.
pub const MAX_RESPONSE_BYTES: usize = 256 * 1024;
/// Most file ids kept from a `reportDoneResponse`.
pub const MAX_FILE_IDS: usize = 10_000;
/// Longest text kept from one element.
const MAX_FIELD_LEN: usize = 4096;

/// An answer of the CyberTipline API.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NcmecResponse {
    /// Root element: `reportResponse` or `reportDoneResponse`.
    pub root: String,
    /// `responseCode` (0 is success).
    pub response_code: i64,
    /// `responseDescription`.
    pub response_description: Option<String>,
    /// `reportId`.
    pub report_id: Option<i64>,
    /// `fileId` (of `/upload`).
    pub file_id: Option<String>,
    /// `hash` (of `/upload`: NCMEC's MD5 of the received file).
    pub hash: Option<String>,
    /// `files/fileId*` (of `/finish`).
    pub files: Vec<String>,
}

impl NcmecResponse {
    /// Whether `responseCode` is 0.
    pub fn is_success(&self) -> bool {
        self.response_code == 0
    }

    /// The code and its meaning, for reviewers and logs, e.g.
    /// `4100 (validation failed: the report does not match the schema)`.
    pub fn describe(&self) -> String {
        format!(
            "{} ({})",
            self.response_code,
            describe_code(self.response_code)
        )
    }
}

/// Why an answer could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResponseError {
    /// Larger than [`MAX_RESPONSE_BYTES`].
    #[error("answer too large ({0} bytes)")]
    TooLarge(usize),
    /// Not well-formed XML, or not UTF-8.
    #[error("answer is not well-formed XML: {0}")]
    Malformed(String),
    /// Well-formed, but not an answer of this API.
    #[error("answer is not a CyberTipline response: {0}")]
    Unexpected(String),
}

/// The meaning of a CyberTipline response code, in words for reviewers.
///
/// From NCMEC's documentation (`#report-response`), as collected by the
/// public clients cited in `docs/ncmec.md`.
pub fn describe_code(code: i64) -> &'static str {
    match code {
        0 => "success",
        1000 => "NCMEC server error; try again later",
        1100 => "NCMEC could not save the report; try again later",
        1110 => "NCMEC could not store the upload; try again later",
        1111 => "file upload failed at NCMEC; try again later",
        1210 => "resource not found",
        1300 => "NCMEC could not update the report; try again later",
        2000 => "authentication required: the credentials were missing",
        3000 => "not authorised: the credentials were refused",
        3100 => "this account has no right to submit reports",
        3300 => "this account has no right to update this report",
        4000 => "invalid request",
        4100 => "validation failed: the report does not match NCMEC's schema",
        4110 => "malformed XML",
        4200 => "malformed file",
        5001 => "the report does not exist (or was already closed)",
        5002 => "the file does not exist",
        5101 => "the report was already retracted",
        5102 => "the report was already finished",
        _ => "unknown response code",
    }
}

/// Whether a code says "try again later" rather than "this is wrong".
pub fn is_transient_code(code: i64) -> bool {
    matches!(code, 1000 | 1100 | 1110 | 1111 | 1300)
}

fn clip(mut text: String) -> String {
    if text.len() > MAX_FIELD_LEN {
        let mut end = MAX_FIELD_LEN;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

/// Parses an answer of `/submit`, `/upload`, `/fileinfo`, `/finish` or
/// `/retract`.
pub fn parse_response(body: &[u8]) -> Result<NcmecResponse, ResponseError> {
    use quick_xml::events::Event;

    if body.len() > MAX_RESPONSE_BYTES {
        return Err(ResponseError::TooLarge(body.len()));
    }
    let text =
        std::str::from_utf8(body).map_err(|_| ResponseError::Malformed("not UTF-8".into()))?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let mut response = NcmecResponse::default();
    let mut code: Option<i64> = None;
    let mut current = String::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| ResponseError::Malformed(e.to_string()))?;
        match event {
            Event::Start(e) => {
                if path.len() >= 8 {
                    return Err(ResponseError::Unexpected("nested too deeply".into()));
                }
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if path.is_empty() {
                    if response.root.is_empty() {
                        response.root = name.clone();
                    } else {
                        return Err(ResponseError::Malformed(
                            "more than one root element".into(),
                        ));
                    }
                }
                path.push(name);
                current.clear();
            }
            Event::Empty(e) => {
                if path.is_empty() {
                    return Err(ResponseError::Unexpected("empty root element".into()));
                }
                let _ = e;
            }
            Event::Text(t) => {
                let decoded = t
                    .decode()
                    .map_err(|e| ResponseError::Malformed(e.to_string()))?;
                if current.len() < MAX_FIELD_LEN {
                    current.push_str(&decoded);
                }
            }
            Event::GeneralRef(r) => {
                let name = r
                    .decode()
                    .map_err(|e| ResponseError::Malformed(e.to_string()))?;
                let resolved = match name.as_ref() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => r.resolve_char_ref().ok().flatten(),
                };
                match resolved {
                    Some(c) if current.len() < MAX_FIELD_LEN => current.push(c),
                    Some(_) => {}
                    None => return Err(ResponseError::Malformed("unknown entity".into())),
                }
            }
            Event::CData(c) => {
                if current.len() < MAX_FIELD_LEN {
                    current.push_str(&String::from_utf8_lossy(&c));
                }
            }
            Event::End(_) => {
                let value = clip(std::mem::take(&mut current)).trim().to_string();
                let names: Vec<&str> = path.iter().map(String::as_str).collect();
                match names.as_slice() {
                    [_, "responseCode"] => {
                        code = Some(value.parse().map_err(|_| {
                            ResponseError::Unexpected("responseCode is not a number".into())
                        })?);
                    }
                    [_, "responseDescription"] => response.response_description = Some(value),
                    [_, "reportId"] => {
                        response.report_id = Some(value.parse().map_err(|_| {
                            ResponseError::Unexpected("reportId is not a number".into())
                        })?);
                    }
                    [_, "fileId"] => response.file_id = Some(value),
                    [_, "hash"] => response.hash = Some(value),
                    [_, "files", "fileId"] if response.files.len() < MAX_FILE_IDS => {
                        response.files.push(value);
                    }
                    _ => {}
                }
                path.pop();
            }
            Event::DocType(_) => {
                return Err(ResponseError::Unexpected("DTDs are not accepted".into()));
            }
            Event::Eof if !path.is_empty() => {
                return Err(ResponseError::Malformed(
                    "the document ends inside an element".into(),
                ));
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
        }
    }
    if !matches!(
        response.root.as_str(),
        "reportResponse" | "reportDoneResponse"
    ) {
        return Err(ResponseError::Unexpected(format!(
            "root element is {:?}",
            clip(response.root.clone())
        )));
    }
    response.response_code =
        code.ok_or_else(|| ResponseError::Unexpected("no responseCode".into()))?;
    Ok(response)
}

/// `reportId` and `fileId` of a `<fileDetails>` document (for the
/// stand-in server).
pub fn parse_ids(xml: &str) -> Result<(i64, String), ResponseError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut current = Vec::new();
    let mut report = None;
    let mut file = None;
    loop {
        match reader
            .read_event()
            .map_err(|e| ResponseError::Malformed(e.to_string()))?
        {
            Event::Start(e) => current = e.local_name().as_ref().to_vec(),
            Event::Text(t) => {
                let text = t
                    .decode()
                    .map_err(|e| ResponseError::Malformed(e.to_string()))?
                    .trim()
                    .to_string();
                match current.as_slice() {
                    b"reportId" => report = text.parse().ok(),
                    b"fileId" => file = Some(text),
                    _ => {}
                }
            }
            Event::End(_) => current.clear(),
            Event::Eof => break,
            _ => {}
        }
    }
    match (report, file) {
        (Some(r), Some(f)) => Ok((r, f)),
        _ => Err(ResponseError::Unexpected("no reportId or fileId".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn submit_answer() {
        let r = parse_response(
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<reportResponse><responseCode>0</responseCode>\
              <responseDescription>Success</responseDescription><reportId>4564654</reportId></reportResponse>",
        )
        .unwrap();
        assert!(r.is_success());
        assert_eq!(r.report_id, Some(4_564_654));
        assert_eq!(r.response_description.as_deref(), Some("Success"));
    }

    #[test]
    fn upload_and_finish_answers() {
        let r = parse_response(
            b"<reportResponse><responseCode>0</responseCode><responseDescription/>\
              <reportId>7</reportId><fileId>abc&amp;1</fileId><hash>d41d8cd98f00b204e9800998ecf8427e</hash></reportResponse>",
        )
        .unwrap();
        assert_eq!(r.file_id.as_deref(), Some("abc&1"));
        assert_eq!(r.hash.as_deref(), Some("d41d8cd98f00b204e9800998ecf8427e"));
        let d = parse_response(
            b"<reportDoneResponse><responseCode>0</responseCode><reportId>7</reportId>\
              <files><fileId>a</fileId><fileId>b</fileId></files></reportDoneResponse>",
        )
        .unwrap();
        assert_eq!(d.files, vec!["a", "b"]);
        assert_eq!(d.root, "reportDoneResponse");
    }

    #[test]
    fn codes_in_words() {
        let r = parse_response(
            b"<reportResponse><responseCode>4100</responseCode><responseDescription>bad</responseDescription></reportResponse>",
        )
        .unwrap();
        assert!(!r.is_success());
        assert!(
            r.describe().contains("validation failed"),
            "{}",
            r.describe()
        );
        assert_eq!(
            describe_code(1100),
            "NCMEC could not save the report; try again later"
        );
        assert_eq!(describe_code(77), "unknown response code");
        assert!(is_transient_code(1000));
        assert!(!is_transient_code(4100));
    }

    #[test]
    fn refuses_what_is_not_an_answer() {
        for bad in [
            &b""[..],
            b"<html>oops</html>",
            b"<reportResponse><responseDescription>x</responseDescription></reportResponse>",
            b"<reportResponse><responseCode>abc</responseCode></reportResponse>",
            b"<reportResponse><responseCode>0</responseCode>",
            b"<!DOCTYPE x [<!ENTITY a \"b\">]><reportResponse><responseCode>0</responseCode></reportResponse>",
            b"<reportResponse><responseCode>&a;</responseCode></reportResponse>",
            b"\xff\xfe",
        ] {
            assert!(parse_response(bad).is_err(), "{:?}", String::from_utf8_lossy(bad));
        }
        assert!(matches!(
            parse_response(&vec![b' '; MAX_RESPONSE_BYTES + 1]),
            Err(ResponseError::TooLarge(_))
        ));
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512)) {
            let _ = parse_response(&bytes);
        }

        #[test]
        fn round_trips_what_the_stand_in_writes(
            code in proptest::prelude::any::<i64>(),
            description in "\\PC{0,40}",
            report in proptest::option::of(proptest::prelude::any::<i64>()),
        ) {
            let body = format!(
                "<?xml version=\"1.0\"?><reportResponse><responseCode>{code}</responseCode>\
                 <responseDescription>{}</responseDescription>{}</reportResponse>",
                crate::xml::escape_text(&description),
                report.map_or(String::new(), |r| format!("<reportId>{r}</reportId>")),
            );
            let parsed = parse_response(body.as_bytes()).unwrap();
            proptest::prop_assert_eq!(parsed.response_code, code);
            proptest::prop_assert_eq!(parsed.report_id, report);
            proptest::prop_assert_eq!(
                parsed.response_description.unwrap(),
                crate::xml::escape_text(&description)
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                    .replace("&#13;", "\r").trim().to_string()
            );
        }
    }
}
