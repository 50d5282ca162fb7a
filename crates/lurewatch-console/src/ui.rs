//! Shared page furniture: rendering, the page chrome (`templates/base.html`:
//! nav and the logged-in user), the vendored assets, and time formatting.
//!
//! # For page authors
//!
//! A page template starts with `{% extends "base.html" %}`, fills
//! `{% block title %}` and `{% block content %}`, and its struct has a field
//! `chrome: Chrome` built with [`Chrome::new`]`(&user, "audit")` (the second
//! argument names the active nav entry: `queues`, `stats`, `audit`, `ncmec`,
//! `settings`). Render with [`render`]. Forms take
//! `<input type="hidden" name="csrf" value="{{ chrome.csrf }}">`.

use askama::Template;
use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use axum::response::{Html, IntoResponse};
use axum::routing::get;

use crate::ConsoleState;
use crate::auth::CurrentUser;
use crate::error::ConsoleError;

/// The console's stylesheet, vendored.
const CSS: &str = include_str!("../assets/console.css");
/// The console's script (keyboard shortcuts, media reveal), vendored; every
/// page works without it.
const JS: &str = include_str!("../assets/console.js");

/// What `base.html` needs: the user, the CSRF token for the logout form and
/// the active nav entry.
#[derive(Debug, Clone)]
pub struct Chrome {
    /// The console's path prefix (`/console`).
    pub base: &'static str,
    /// Logged-in user name.
    pub user: String,
    /// Their role, as stored (`reviewer`, `child_safety`, `admin`).
    pub role: &'static str,
    /// The session's CSRF token.
    pub csrf: String,
    /// Active nav entry.
    pub active: &'static str,
    /// Whether to show the NCMEC entry (child-safety roles).
    pub show_ncmec: bool,
}

impl Chrome {
    /// The chrome of a page for `user`, with `active` highlighted.
    pub fn new(user: &CurrentUser, active: &'static str) -> Chrome {
        Chrome {
            base: crate::BASE_PATH,
            user: user.name.clone(),
            role: user.role.as_str(),
            csrf: user.csrf.clone(),
            active,
            show_ncmec: user.sees_child_safety(),
        }
    }
}

/// Renders a template into an HTML response body.
pub fn render<T: Template>(page: &T) -> Result<Html<String>, ConsoleError> {
    page.render().map(Html).map_err(|error| {
        tracing::error!(error = %error, "console: template failed");
        ConsoleError::Unavailable("The page could not be rendered.".into())
    })
}

/// Headers for every console page: not cached (pages can show evidence),
/// no framing, no sniffing, and a CSP allowing only the console's own
/// assets.
pub fn no_store() -> [(HeaderName, HeaderValue); 5] {
    [
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
                 form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            ),
        ),
        (
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ),
    ]
}

/// A rendered page with the console's headers.
pub fn page<T: Template>(page: &T) -> Result<axum::response::Response, ConsoleError> {
    Ok((no_store(), render(page)?).into_response())
}

pub(crate) fn routes() -> Router<ConsoleState> {
    Router::new()
        .route(
            "/assets/console.css",
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "text/css; charset=utf-8"),
                        (header::CACHE_CONTROL, "max-age=300"),
                    ],
                    CSS,
                )
            }),
        )
        .route(
            "/assets/console.js",
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                        (header::CACHE_CONTROL, "max-age=300"),
                    ],
                    JS,
                )
            }),
        )
}

/// `2026-11-29 09:12 UTC`.
pub fn format_ts(ms: i64) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_else(|| format!("{ms} ms"))
}

/// A duration for people: `45s`, `12m`, `3h 05m`, `2d 4h`.
pub fn format_duration(ms: i64) -> String {
    let secs = ms.max(0) / 1000;
    let (d, h, m, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    if d > 0 {
        format!("{d}d {h}h")
    } else if h > 0 {
        format!("{h}h {m:02}m")
    } else if m > 0 {
        format!("{m}m")
    } else {
        format!("{s}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_format() {
        assert_eq!(format_ts(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_ts(1_764_400_000_000), "2025-11-29 07:06 UTC");
        assert_eq!(format_duration(45_000), "45s");
        assert_eq!(format_duration(12 * 60_000), "12m");
        assert_eq!(format_duration(3 * 3_600_000 + 5 * 60_000), "3h 05m");
        assert_eq!(format_duration(2 * 86_400_000 + 4 * 3_600_000), "2d 4h");
        assert_eq!(format_duration(-5), "0s");
    }
}
