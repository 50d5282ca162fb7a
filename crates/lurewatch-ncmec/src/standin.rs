//! A local stand-in for NCMEC's CyberTipline API, for tests.
//!
//! It speaks the same endpoints (`/ispws/status`, `/submit`, `/upload`,
//! `/fileinfo`, `/finish`, `/retract`), checks HTTP Basic auth, validates
//! every `<report>` and `<fileDetails>` document against the vendored XSD
//! with a real schema validator (`xmllint --noout --schema`, from Debian's
//! `libxml2-utils`), and answers with NCMEC-style XML: responseCode 0 with
//! ids, 4100 for a document the schema refuses, 2000/3000 for missing or
//! wrong credentials, 5001/5101/5102 for unknown, retracted or finished
//! reports.
//!
//! It fails on demand, per endpoint, to exercise retries: HTTP 500, an
//! answer slower than the client's timeout, or a given response code, for
//! the next N calls ([`StandIn::fail_next`]).
//!
//! ```no_run
//! # async fn demo() {
//! use lurewatch_ncmec::standin::{Failure, StandIn};
//! let standin = StandIn::start("esp", "secret").await.expect("xmllint is installed");
//! standin.fail_next("submit", vec![Failure::Status500, Failure::Status500]);
//! let base_url = standin.base_url(); // http://127.0.0.1:PORT/ispws
//! # }
//! ```

use std::collections::{HashMap, VecDeque};
use std::io::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine as _;

use crate::xml::escape_text;

/// The vendored schema's path (in this crate's source tree).
pub fn schema_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema/cyber_tipline.xsd")
}

/// Checks that `xmllint` can be run.
pub fn xmllint_available() -> Result<(), String> {
    match std::process::Command::new("xmllint")
        .arg("--version")
        .output()
    {
        Ok(out) if out.status.success() || !out.stderr.is_empty() => Ok(()),
        _ => Err(
            "xmllint is not installed: the NCMEC tests validate with `xmllint --schema` \
             (Debian/Ubuntu: apt-get install libxml2-utils)"
                .into(),
        ),
    }
}

/// Validates a document against the vendored XSD with `xmllint`; the error
/// is xmllint's message.
pub fn xmllint_validate(xml: &str) -> Result<(), String> {
    let mut file = tempfile::NamedTempFile::new().map_err(|e| format!("temp file: {e}"))?;
    file.write_all(xml.as_bytes())
        .map_err(|e| format!("temp file: {e}"))?;
    let out = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--nonet")
        .arg("--schema")
        .arg(schema_path())
        .arg(file.path())
        .output()
        .map_err(|e| format!("cannot run xmllint (install libxml2-utils): {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// A failure to inject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// HTTP 500 with an HTML body.
    Status500,
    /// Sleep this long before answering (longer than the client's timeout).
    Delay(Duration),
    /// Answer HTTP 200 with this responseCode.
    Code(i64),
}

/// A report the stand-in holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoredReport {
    /// The submitted `<report>` document.
    pub xml: String,
    /// Uploaded files: (file id, file name, bytes).
    pub files: Vec<(String, String, Vec<u8>)>,
    /// `<fileDetails>` documents received, by file id.
    pub file_details: HashMap<String, String>,
    /// Whether `/finish` was called.
    pub finished: bool,
    /// Whether `/retract` was called.
    pub retracted: bool,
}

#[derive(Default)]
struct Inner {
    failures: HashMap<String, VecDeque<Failure>>,
    reports: HashMap<i64, StoredReport>,
    calls: Vec<String>,
    next_report: i64,
    next_file: u64,
}

struct Shared {
    authorization: String,
    inner: Mutex<Inner>,
}

/// The running stand-in. Stops when dropped.
pub struct StandIn {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl StandIn {
    /// Starts on a free local port, accepting `username:password`. Fails if
    /// xmllint is missing.
    pub async fn start(username: &str, password: &str) -> Result<StandIn, String> {
        xmllint_available()?;
        let token =
            base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
        let shared = Arc::new(Shared {
            authorization: format!("Basic {token}"),
            inner: Mutex::new(Inner {
                next_report: 1000,
                ..Inner::default()
            }),
        });
        let app = axum::Router::new()
            .route("/ispws/status", get(status))
            .route("/ispws/submit", post(submit))
            .route("/ispws/upload", post(upload))
            .route("/ispws/fileinfo", post(fileinfo))
            .route("/ispws/finish", post(finish))
            .route("/ispws/retract", post(retract))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| format!("bind: {e}"))?;
        let addr = listener.local_addr().map_err(|e| format!("addr: {e}"))?;
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(StandIn { addr, shared, task })
    }

    /// `http://127.0.0.1:PORT/ispws`.
    pub fn base_url(&self) -> String {
        format!("http://{}/ispws", self.addr)
    }

    /// Makes the next calls of `endpoint` (`submit`, `upload`, ...) fail,
    /// one failure per call, in order; later calls succeed.
    pub fn fail_next(&self, endpoint: &str, failures: Vec<Failure>) {
        let mut inner = self.shared.inner.lock().expect("stand-in lock");
        inner
            .failures
            .entry(endpoint.to_string())
            .or_default()
            .extend(failures);
    }

    /// The reports received, by NCMEC report id.
    pub fn reports(&self) -> HashMap<i64, StoredReport> {
        self.shared
            .inner
            .lock()
            .expect("stand-in lock")
            .reports
            .clone()
    }

    /// Endpoints called so far, in order (`submit`, `upload`...), including
    /// refused and failed calls.
    pub fn calls(&self) -> Vec<String> {
        self.shared
            .inner
            .lock()
            .expect("stand-in lock")
            .calls
            .clone()
    }
}

fn xml_response(status: StatusCode, code: i64, description: &str, extra: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<reportResponse><responseCode>{code}</responseCode>\
         <responseDescription>{}</responseDescription>{extra}</reportResponse>",
        escape_text(description)
    );
    (status, [(header::CONTENT_TYPE, "text/xml")], body).into_response()
}

fn done_response(code: i64, report_id: i64, files: &[String]) -> Response {
    let files: String = files
        .iter()
        .map(|f| format!("<fileId>{}</fileId>", escape_text(f)))
        .collect();
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<reportDoneResponse><responseCode>{code}</responseCode>\
         <reportId>{report_id}</reportId><files>{files}</files></reportDoneResponse>"
    );
    (StatusCode::OK, [(header::CONTENT_TYPE, "text/xml")], body).into_response()
}

/// Auth, call log and injected failures, common to every endpoint.
async fn gate(shared: &Shared, endpoint: &str, headers: &HeaderMap) -> Option<Response> {
    let failure = {
        let mut inner = shared.inner.lock().expect("stand-in lock");
        inner.calls.push(endpoint.to_string());
        inner
            .failures
            .get_mut(endpoint)
            .and_then(VecDeque::pop_front)
    };
    match failure {
        Some(Failure::Status500) => {
            return Some(
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "<html>Internal Server Error</html>",
                )
                    .into_response(),
            );
        }
        Some(Failure::Delay(d)) => tokio::time::sleep(d).await,
        Some(Failure::Code(code)) => {
            return Some(xml_response(StatusCode::OK, code, "injected failure", ""));
        }
        None => {}
    }
    match headers.get(header::AUTHORIZATION) {
        None => Some(xml_response(
            StatusCode::UNAUTHORIZED,
            2000,
            "Authentication required",
            "",
        )),
        Some(value) if value.as_bytes() != shared.authorization.as_bytes() => Some(xml_response(
            StatusCode::UNAUTHORIZED,
            3000,
            "Not authorized",
            "",
        )),
        Some(_) => None,
    }
}

async fn validate(xml: String) -> Result<(), String> {
    tokio::task::spawn_blocking(move || xmllint_validate(&xml))
        .await
        .unwrap_or_else(|e| Err(format!("validator task failed: {e}")))
}

fn form_id(body: &[u8]) -> Option<i64> {
    std::str::from_utf8(body)
        .ok()?
        .split('&')
        .find_map(|kv| kv.strip_prefix("id="))?
        .parse()
        .ok()
}

async fn status(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if let Some(r) = gate(&shared, "status", &headers).await {
        return r;
    }
    xml_response(StatusCode::OK, 0, "Success", "")
}

async fn submit(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    if let Some(r) = gate(&shared, "submit", &headers).await {
        return r;
    }
    let Ok(xml) = String::from_utf8(body.to_vec()) else {
        return xml_response(StatusCode::OK, 4110, "Malformed XML: not UTF-8", "");
    };
    if let Err(message) = validate(xml.clone()).await {
        return xml_response(
            StatusCode::OK,
            4100,
            &format!("Validation failed: {message}"),
            "",
        );
    }
    let mut inner = shared.inner.lock().expect("stand-in lock");
    inner.next_report += 1;
    let id = inner.next_report;
    inner.reports.insert(
        id,
        StoredReport {
            xml,
            ..StoredReport::default()
        },
    );
    xml_response(
        StatusCode::OK,
        0,
        "Success",
        &format!("<reportId>{id}</reportId>"),
    )
}

/// One part of a multipart body: (name, file name, bytes).
type Part = (String, Option<String>, Vec<u8>);

/// The parts of a multipart body.
fn multipart_parts(headers: &HeaderMap, body: &[u8]) -> Option<Vec<Part>> {
    let content_type = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let boundary = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))?
        .trim_matches('"');
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut rest = body;
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let start = find(rest, delimiter.as_bytes())?;
    rest = &rest[start + delimiter.len()..];
    loop {
        if rest.starts_with(b"--") {
            break;
        }
        rest = rest.strip_prefix(b"\r\n")?;
        let header_end = find(rest, b"\r\n\r\n")?;
        let head = std::str::from_utf8(&rest[..header_end]).ok()?;
        rest = &rest[header_end + 4..];
        let end = find(rest, format!("\r\n{delimiter}").as_bytes())?;
        let content = rest[..end].to_vec();
        rest = &rest[end + 2 + delimiter.len()..];
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))?;
        let param = |key: &str| {
            disposition.split(';').find_map(|p| {
                p.trim()
                    .strip_prefix(&format!("{key}="))
                    .map(|v| v.trim_matches('"').to_string())
            })
        };
        parts.push((param("name")?, param("filename"), content));
    }
    Some(parts)
}

async fn upload(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    if let Some(r) = gate(&shared, "upload", &headers).await {
        return r;
    }
    let Some(parts) = multipart_parts(&headers, &body) else {
        return xml_response(StatusCode::OK, 4000, "Invalid request: not multipart", "");
    };
    let id = parts
        .iter()
        .find(|(n, _, _)| n == "id")
        .and_then(|(_, _, v)| std::str::from_utf8(v).ok()?.trim().parse::<i64>().ok());
    let file = parts.iter().find(|(n, _, _)| n == "file");
    let (Some(id), Some((_, name, content))) = (id, file) else {
        return xml_response(
            StatusCode::OK,
            4000,
            "Invalid request: id and file required",
            "",
        );
    };
    let mut inner = shared.inner.lock().expect("stand-in lock");
    inner.next_file += 1;
    let file_id = format!("f{:06x}", inner.next_file);
    let Some(report) = inner.reports.get_mut(&id) else {
        return xml_response(StatusCode::OK, 5001, "Report does not exist", "");
    };
    if report.finished || report.retracted {
        return xml_response(StatusCode::OK, 5001, "Report is closed", "");
    }
    report.files.push((
        file_id.clone(),
        name.clone().unwrap_or_default(),
        content.clone(),
    ));
    use md5::Digest as _;
    let hash = hex::encode(md5::Md5::digest(content));
    xml_response(
        StatusCode::OK,
        0,
        "Success",
        &format!("<reportId>{id}</reportId><fileId>{file_id}</fileId><hash>{hash}</hash>"),
    )
}

async fn fileinfo(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    if let Some(r) = gate(&shared, "fileinfo", &headers).await {
        return r;
    }
    let Ok(xml) = String::from_utf8(body.to_vec()) else {
        return xml_response(StatusCode::OK, 4110, "Malformed XML: not UTF-8", "");
    };
    if let Err(message) = validate(xml.clone()).await {
        return xml_response(
            StatusCode::OK,
            4100,
            &format!("Validation failed: {message}"),
            "",
        );
    }
    let Ok(parsed) = crate::response::parse_ids(&xml) else {
        return xml_response(StatusCode::OK, 4000, "Invalid request", "");
    };
    let (report_id, file_id) = parsed;
    let mut inner = shared.inner.lock().expect("stand-in lock");
    let Some(report) = inner.reports.get_mut(&report_id) else {
        return xml_response(StatusCode::OK, 5001, "Report does not exist", "");
    };
    if !report.files.iter().any(|(f, _, _)| *f == file_id) {
        return xml_response(StatusCode::OK, 5002, "File does not exist", "");
    }
    report.file_details.insert(file_id, xml);
    xml_response(
        StatusCode::OK,
        0,
        "Success",
        &format!("<reportId>{report_id}</reportId>"),
    )
}

async fn finish(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    if let Some(r) = gate(&shared, "finish", &headers).await {
        return r;
    }
    let Some(id) = form_id(&body) else {
        return xml_response(StatusCode::OK, 4000, "Invalid request: id required", "");
    };
    let mut inner = shared.inner.lock().expect("stand-in lock");
    let Some(report) = inner.reports.get_mut(&id) else {
        return xml_response(StatusCode::OK, 5001, "Report does not exist", "");
    };
    if report.retracted {
        return xml_response(StatusCode::OK, 5101, "Report already retracted", "");
    }
    if report.finished {
        return xml_response(StatusCode::OK, 5102, "Report already finished", "");
    }
    report.finished = true;
    let files: Vec<String> = report.files.iter().map(|(f, _, _)| f.clone()).collect();
    done_response(0, id, &files)
}

async fn retract(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    if let Some(r) = gate(&shared, "retract", &headers).await {
        return r;
    }
    let Some(id) = form_id(&body) else {
        return xml_response(StatusCode::OK, 4000, "Invalid request: id required", "");
    };
    let mut inner = shared.inner.lock().expect("stand-in lock");
    let Some(report) = inner.reports.get_mut(&id) else {
        return xml_response(StatusCode::OK, 5001, "Report does not exist", "");
    };
    if report.finished {
        return xml_response(StatusCode::OK, 5102, "Report already finished", "");
    }
    if report.retracted {
        return xml_response(StatusCode::OK, 5101, "Report already retracted", "");
    }
    report.retracted = true;
    done_response(0, id, &[])
}
