//! Errors of console handlers, rendered as a small HTML page with the right
//! status. Messages are written for reviewers and never contain message
//! text, media or secrets; store errors are logged and shown generically.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use lurewatch_store::StoreError;

/// Why a console request failed.
#[derive(Debug, thiserror::Error)]
pub enum ConsoleError {
    /// Not logged in (pages redirect to the login form instead).
    #[error("please log in")]
    Unauthorized,
    /// Logged in, but the role does not allow it.
    #[error("{0}")]
    Forbidden(String),
    /// No such thing, or not visible to this user (the two look the same).
    #[error("{0}")]
    NotFound(String),
    /// The request is not acceptable; the message says what to fix.
    #[error("{0}")]
    BadRequest(String),
    /// A form field is too large.
    #[error("{0}")]
    TooLarge(String),
    /// The state changed under the request (someone else holds the case).
    #[error("{0}")]
    Conflict(String),
    /// Logins are refused for a while.
    #[error("{0}")]
    Locked(String),
    /// A dependency failed (the store, the audit log).
    #[error("{0}")]
    Unavailable(String),
}

impl ConsoleError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            ConsoleError::Unauthorized => StatusCode::UNAUTHORIZED,
            ConsoleError::Forbidden(_) => StatusCode::FORBIDDEN,
            ConsoleError::NotFound(_) => StatusCode::NOT_FOUND,
            ConsoleError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ConsoleError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ConsoleError::Conflict(_) => StatusCode::CONFLICT,
            ConsoleError::Locked(_) => StatusCode::TOO_MANY_REQUESTS,
            ConsoleError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// "No such case" — also what a user who may not see a case gets.
    pub fn no_case() -> ConsoleError {
        ConsoleError::NotFound("No such case.".into())
    }
}

impl From<StoreError> for ConsoleError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound(what) => ConsoleError::NotFound(format!("Not found: {what}.")),
            StoreError::Conflict(what) => ConsoleError::Conflict(format!("Refused: {what}.")),
            StoreError::Invalid(what) => {
                ConsoleError::BadRequest(format!("Invalid input: {what}."))
            }
            StoreError::Database(reason) => {
                tracing::error!(error = %reason, "console: store failed");
                ConsoleError::Unavailable("The store is unavailable; try again.".into())
            }
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    status: u16,
    reason: &'a str,
    message: String,
    base: &'static str,
}

impl IntoResponse for ConsoleError {
    fn into_response(self) -> Response {
        let status = self.status();
        let page = ErrorPage {
            status: status.as_u16(),
            reason: status.canonical_reason().unwrap_or("Error"),
            message: self.to_string(),
            base: crate::BASE_PATH,
        };
        match page.render() {
            Ok(html) => (status, crate::ui::no_store(), Html(html)).into_response(),
            Err(_) => (status, self.to_string()).into_response(),
        }
    }
}
