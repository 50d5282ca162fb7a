//! The CyberTipline API client: `/status`, `/submit`, `/upload`,
//! `/fileinfo`, `/finish`, `/retract`, with HTTP Basic auth.
//!
//! HTTP goes through hyper over rustls (ring provider, Mozilla roots) — the
//! same stack as the webhook worker — and plain `http://` for the local
//! stand-in. Every call has a timeout. The password is held privately, is
//! redacted from `Debug`, and never appears in errors or logs.
//!
//! A call returns an [`Answer`] whatever NCMEC said (the worker decides what
//! a response code means); [`ClientError`] is for calls that got no usable
//! answer, and [`ClientError::is_retryable`] says whether trying again may
//! help.

use std::fmt;
use std::time::Duration;

use base64::Engine as _;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use hyper::{Method, Request};
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

use crate::response::{MAX_RESPONSE_BYTES, NcmecResponse, parse_response};

type Http = HyperClient<hyper_rustls::HttpsConnector<HttpConnector>, Full<Bytes>>;

/// An answer of the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// HTTP status.
    pub http_status: u16,
    /// The body as received (lossy UTF-8).
    pub body: String,
    /// The parsed `reportResponse` / `reportDoneResponse`, if it parsed.
    pub response: Option<NcmecResponse>,
}

impl Answer {
    /// Whether NCMEC said success (`responseCode` 0).
    pub fn is_success(&self) -> bool {
        self.response
            .as_ref()
            .is_some_and(NcmecResponse::is_success)
    }

    /// Whether trying again later may help: HTTP 5xx or 429, an unparsable
    /// answer with such a status, or a "try again" response code.
    pub fn is_retryable(&self) -> bool {
        match &self.response {
            Some(r) => crate::response::is_transient_code(r.response_code),
            None => self.http_status >= 500 || self.http_status == 429,
        }
    }

    /// The outcome in words for reviewers: the response code and its
    /// meaning, or the HTTP status.
    pub fn describe(&self) -> String {
        match &self.response {
            Some(r) => {
                let mut s = r.describe();
                if let Some(d) = r.response_description.as_deref().filter(|d| !d.is_empty()) {
                    s.push_str(": ");
                    s.push_str(d);
                }
                s
            }
            None => format!("HTTP {} without a CyberTipline response", self.http_status),
        }
    }
}

/// A call that got no usable answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClientError {
    /// The base URL or a setting is wrong.
    #[error("configuration: {0}")]
    Config(String),
    /// The connection failed.
    #[error("network error: {0}")]
    Network(String),
    /// No answer within the timeout.
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    /// The answer was larger than allowed.
    #[error("answer larger than {MAX_RESPONSE_BYTES} bytes")]
    TooLarge,
}

impl ClientError {
    /// Whether trying again later may help.
    pub fn is_retryable(&self) -> bool {
        matches!(self, ClientError::Network(_) | ClientError::Timeout(_))
    }
}

/// The API client. Cheap to clone.
#[derive(Clone)]
pub struct Client {
    base: String,
    authorization: String,
    timeout: Duration,
    http: Http,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.base)
            .field("authorization", &"<redacted>")
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl Client {
    /// A client of `base_url` (e.g. `https://exttest.cybertip.org/ispws`).
    pub fn new(
        base_url: &str,
        username: &str,
        password: &str,
        timeout: Duration,
    ) -> Result<Client, ClientError> {
        let base = base_url.trim_end_matches('/').to_string();
        let uri: hyper::Uri = base
            .parse()
            .map_err(|_| ClientError::Config("base_url is not a URL".into()))?;
        if !matches!(uri.scheme_str(), Some("https") | Some("http")) || uri.host().is_none() {
            return Err(ClientError::Config(
                "base_url must be an http:// or https:// URL".into(),
            ));
        }
        if username.is_empty() {
            return Err(ClientError::Config("username is empty".into()));
        }
        let token =
            base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
        let provider = rustls::crypto::ring::default_provider();
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(provider)
            .map_err(|e| ClientError::Config(format!("TLS: {e}")))?
            .https_or_http()
            .enable_http1()
            .build();
        let http = HyperClient::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(30))
            .build(https);
        Ok(Client {
            base,
            authorization: format!("Basic {token}"),
            timeout,
            http,
        })
    }

    /// A client from the `[ncmec]` config, the password read with `env`
    /// from the variable the config names.
    pub fn from_config(
        config: &crate::NcmecConfig,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Client, ClientError> {
        let password = env(&config.password_env).ok_or_else(|| {
            ClientError::Config(format!(
                "the NCMEC password variable {} is not set",
                config.password_env
            ))
        })?;
        Client::new(
            config.base_url(),
            &config.username,
            &password,
            config.timeout(),
        )
    }

    /// The base URL.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    async fn call(
        &self,
        method: Method,
        path: &str,
        content_type: Option<String>,
        body: Vec<u8>,
    ) -> Result<Answer, ClientError> {
        let mut request = Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.base))
            .header(hyper::header::AUTHORIZATION, &self.authorization)
            .header(hyper::header::USER_AGENT, "lurewatch-ncmec");
        if let Some(ct) = content_type {
            request = request.header(hyper::header::CONTENT_TYPE, ct);
        }
        let request = request
            .body(Full::new(Bytes::from(body)))
            .map_err(|e| ClientError::Config(format!("request: {e}")))?;
        let exchange = async {
            let response = self
                .http
                .request(request)
                .await
                .map_err(|e| ClientError::Network(network_reason(&e)))?;
            let status = response.status().as_u16();
            let body = Limited::new(response.into_body(), MAX_RESPONSE_BYTES)
                .collect()
                .await
                .map_err(|e| {
                    if e.downcast_ref::<http_body_util::LengthLimitError>()
                        .is_some()
                    {
                        ClientError::TooLarge
                    } else {
                        ClientError::Network("reading the answer failed".into())
                    }
                })?
                .to_bytes();
            Ok::<_, ClientError>((status, body))
        };
        let (http_status, body) = tokio::time::timeout(self.timeout, exchange)
            .await
            .map_err(|_| ClientError::Timeout(self.timeout))??;
        Ok(Answer {
            http_status,
            response: parse_response(&body).ok(),
            body: String::from_utf8_lossy(&body).into_owned(),
        })
    }

    fn form(fields: &[(&str, String)]) -> (Option<String>, Vec<u8>) {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", form_escape(v)))
            .collect::<Vec<_>>()
            .join("&");
        (
            Some("application/x-www-form-urlencoded".into()),
            body.into_bytes(),
        )
    }

    /// `GET /status`: checks the credentials.
    pub async fn status(&self) -> Result<Answer, ClientError> {
        self.call(Method::GET, "/status", None, Vec::new()).await
    }

    /// `POST /submit` with a `<report>` document; the answer carries the
    /// report id.
    pub async fn submit(&self, xml: &str) -> Result<Answer, ClientError> {
        self.call(
            Method::POST,
            "/submit",
            Some("text/xml; charset=utf-8".into()),
            xml.as_bytes().to_vec(),
        )
        .await
    }

    /// `POST /upload` (multipart: `id`, `file`); the answer carries the file
    /// id.
    pub async fn upload(
        &self,
        report_id: i64,
        file_name: &str,
        content: &[u8],
    ) -> Result<Answer, ClientError> {
        let boundary = multipart_boundary(content);
        let mut body = Vec::with_capacity(content.len() + 512);
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n{report_id}\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n",
                quoted_file_name(file_name)
            )
            .as_bytes(),
        );
        body.extend_from_slice(content);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.call(
            Method::POST,
            "/upload",
            Some(format!("multipart/form-data; boundary={boundary}")),
            body,
        )
        .await
    }

    /// `POST /fileinfo` with a `<fileDetails>` document.
    pub async fn fileinfo(&self, xml: &str) -> Result<Answer, ClientError> {
        self.call(
            Method::POST,
            "/fileinfo",
            Some("text/xml; charset=utf-8".into()),
            xml.as_bytes().to_vec(),
        )
        .await
    }

    /// `POST /finish`: files the report.
    pub async fn finish(&self, report_id: i64) -> Result<Answer, ClientError> {
        let (ct, body) = Client::form(&[("id", report_id.to_string())]);
        self.call(Method::POST, "/finish", ct, body).await
    }

    /// `POST /retract`: withdraws an unfinished report.
    pub async fn retract(&self, report_id: i64) -> Result<Answer, ClientError> {
        let (ct, body) = Client::form(&[("id", report_id.to_string())]);
        self.call(Method::POST, "/retract", ct, body).await
    }
}

/// A short reason for a transport error (no URL, no credentials).
fn network_reason(error: &hyper_util::client::legacy::Error) -> String {
    if error.is_connect() {
        "could not connect".into()
    } else {
        "the connection failed".into()
    }
}

fn form_escape(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A boundary that does not occur in the content.
fn multipart_boundary(content: &[u8]) -> String {
    use sha2::Digest as _;
    let digest = hex::encode(sha2::Sha256::digest(content));
    let mut boundary = format!("lurewatch-{}", &digest[..32]);
    while content
        .windows(boundary.len())
        .any(|w| w == boundary.as_bytes())
    {
        boundary.push('x');
    }
    boundary
}

/// A file name safe inside a quoted header parameter.
fn quoted_file_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_password() {
        let c = Client::new(
            "https://exttest.cybertip.org/ispws",
            "u",
            "s3cret!",
            Duration::from_secs(5),
        )
        .unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("s3cret"), "{shown}");
        let token = base64::engine::general_purpose::STANDARD.encode("u:s3cret!");
        assert!(!shown.contains(&token));
    }

    #[test]
    fn refuses_bad_settings() {
        for url in ["", "ftp://x/ispws", "not a url", "/relative"] {
            assert!(matches!(
                Client::new(url, "u", "p", Duration::from_secs(1)),
                Err(ClientError::Config(_))
            ));
        }
        assert!(Client::new("https://x.example/ispws", "", "p", Duration::from_secs(1)).is_err());
        let config = crate::NcmecConfig {
            username: "u".into(),
            ..crate::NcmecConfig::default()
        };
        let error = Client::from_config(&config, |_| None).unwrap_err();
        assert!(
            error.to_string().contains("LUREWATCH_NCMEC_PASSWORD"),
            "{error}"
        );
    }

    #[test]
    fn helpers() {
        assert_eq!(form_escape("a b&c"), "a%20b%26c");
        assert_eq!(quoted_file_name("x\"y\n.csv"), "x_y_.csv");
        let b = multipart_boundary(b"hello");
        assert!(b.starts_with("lurewatch-"));
    }
}
