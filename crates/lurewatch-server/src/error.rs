//! API errors: JSON bodies that name the field and never echo content.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// An API error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Machine-readable code (`invalid_field`, `unauthorized`, ...).
    pub code: &'static str,
    /// Human-readable message.
    pub message: String,
    /// The offending field, when there is one.
    pub field: Option<String>,
}

#[derive(Serialize)]
struct Body<'a> {
    error: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
}

impl ApiError {
    /// 400 naming a field.
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            code: "invalid_field",
            message: message.into(),
            field: Some(field.into()),
        }
    }
    /// 400 without a field.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            code,
            message: message.into(),
            field: None,
        }
    }
    /// 401.
    pub fn unauthorized() -> ApiError {
        ApiError {
            status: StatusCode::UNAUTHORIZED,
            code: "unauthorized",
            message: "a valid API key is required (Authorization: Bearer lw_...)".into(),
            field: None,
        }
    }
    /// 403.
    pub fn forbidden(scope: &str) -> ApiError {
        ApiError {
            status: StatusCode::FORBIDDEN,
            code: "forbidden",
            message: format!("this API key lacks the `{scope}` scope"),
            field: None,
        }
    }
    /// 404.
    pub fn not_found(what: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            code: "not_found",
            message: what.into(),
            field: None,
        }
    }
    /// 429.
    pub fn rate_limited() -> ApiError {
        ApiError {
            status: StatusCode::TOO_MANY_REQUESTS,
            code: "rate_limited",
            message: "too many requests for this API key".into(),
            field: None,
        }
    }
    /// 503 (store or pipeline unavailable).
    pub fn unavailable(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            code: "unavailable",
            message: message.into(),
            field: None,
        }
    }
    /// 500 (details are logged, not returned).
    pub fn internal() -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "internal",
            message: "internal error".into(),
            field: None,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Body {
            error: self.code,
            message: &self.message,
            field: self.field.as_deref(),
        };
        (self.status, Json(body)).into_response()
    }
}

/// Turns a serde_json error into a 400 naming the JSON path where possible.
pub fn json_error(e: &serde_json::Error) -> ApiError {
    let msg = e.to_string();
    // serde's messages name the missing or unknown field in backticks.
    let field = msg.split('`').nth(1).map(str::to_string);
    let message = match e.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
            format!("malformed JSON at line {} column {}", e.line(), e.column())
        }
        _ => scrub(msg.split(" at line ").next().unwrap_or("invalid event")),
    };
    ApiError {
        status: StatusCode::BAD_REQUEST,
        code: if field.is_some() {
            "invalid_field"
        } else {
            "malformed_json"
        },
        message,
        field,
    }
}

/// Drops quoted values from a serde message (`invalid type: string "…"`),
/// so an error never echoes event content.
fn scrub(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut quoted = false;
    // `invalid value: integer 400` style messages carry the value after a colon
    // and before `, expected`; drop it.
    let msg = match (msg.find(": "), msg.find(", expected")) {
        (Some(a), Some(b))
            if a < b && (msg.starts_with("invalid value") || msg.starts_with("invalid type")) =>
        {
            let kind = msg[a + 2..b].split_whitespace().next().unwrap_or("");
            format!("{}: {kind}{}", &msg[..a], &msg[b..])
        }
        _ => msg.to_string(),
    };
    for c in msg.chars() {
        if c == '"' {
            quoted = !quoted;
            if quoted {
                out.push_str("(value)");
            }
        } else if !quoted {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_fields_and_never_echo_values() {
        let e = serde_json::from_str::<lurewatch_core::Envelope>(
            r#"{"type":"profile","account":"a","declared_age":"my secret words"}"#,
        )
        .unwrap_err();
        let api = json_error(&e);
        assert!(!api.message.contains("secret"), "{}", api.message);
        let e = serde_json::from_str::<lurewatch_core::Envelope>(
            r#"{"type":"message","sender":"a","text":"x"}"#,
        )
        .unwrap_err();
        let api = json_error(&e);
        assert_eq!(api.field.as_deref(), Some("conversation"), "{api:?}");
        let e = serde_json::from_str::<lurewatch_core::Envelope>("{not json").unwrap_err();
        assert_eq!(json_error(&e).code, "malformed_json");
    }
}
