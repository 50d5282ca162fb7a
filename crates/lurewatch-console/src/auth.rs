//! Reviewer authentication: passwords, sessions, CSRF, login and logout.
//!
//! # For page authors (audit, statistics, NCMEC, ...)
//!
//! Take a [`CurrentUser`] argument in your handler; it is the logged-in
//! reviewer (name, role, granted queues, CSRF token). A request without a
//! valid session never reaches your handler: GET requests are redirected to
//! the login form, others get 401. Then check the role yourself
//! ([`CurrentUser::require_admin`], [`CurrentUser::require_child_safety`],
//! [`CurrentUser::may_see_case`]).
//!
//! Every unsafe request (POST, PUT, PATCH, DELETE) anywhere in the console is
//! checked by [`session_middleware`] before routing: the form field `csrf`
//! (or the `x-csrf-token` header) must equal the session's token, else 403.
//! So each form needs
//! `<input type="hidden" name="csrf" value="{{ csrf }}">` with the value of
//! [`CurrentUser::csrf`], and nothing more.
//!
//! # Design
//!
//! * Passwords: argon2id PHC strings (the crate's defaults), verified on the
//!   blocking pool. An unknown, disabled or locked account is verified
//!   against a dummy hash too, so the answer takes as long whatever the
//!   reason, and the message is the same.
//! * Lock-out: after `max_login_failures` (5) consecutive failures the
//!   account is locked for `lockout_minutes` (15), counted atomically by the
//!   store; locking is audited (`user.lock`), as are logins and logouts.
//! * Sessions: a 256-bit random token in the `lw_session` cookie (`HttpOnly`,
//!   `SameSite=Strict`, `Path=/console`, `Secure` over TLS); the store keeps
//!   only its SHA-256. A new token at every login (no fixation). Disabling a
//!   user ends their sessions.
//! * CSRF: a 256-bit token per session, compared in constant time. The login
//!   form uses a double-submit cookie (`lw_login`) since there is no session
//!   yet.

use std::sync::OnceLock;

use askama::Template;
use axum::Router;
use axum::body::Body;
use axum::extract::{FromRequestParts, OriginalUri, Query, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use lurewatch_store::{NewAuditEntry, Role, SessionRecord, UserRecord};
use rand::RngCore;
use serde::Deserialize;
use sha2::Digest;
use subtle::ConstantTimeEq;

use crate::error::ConsoleError;
use crate::{BASE_PATH, ConsoleState, now_ms};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "lw_session";
/// Name of the login form's double-submit CSRF cookie.
pub const LOGIN_COOKIE: &str = "lw_login";
/// Largest form body the console reads (a note of 4000 characters fits
/// percent-encoded several times over).
pub const MAX_FORM_BYTES: usize = 64 * 1024;
/// Longest password accepted (argon2 would take more, but nobody needs it).
pub const MAX_PASSWORD_LEN: usize = 1024;

/// The logged-in reviewer, as an axum extractor (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentUser {
    /// Login name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Granted queues (admins work every queue whatever this says).
    pub queues: Vec<String>,
    /// The session's CSRF token: put it in every form as the field `csrf`.
    pub csrf: String,
    /// SHA-256 of the session token (for logout).
    pub(crate) session_hash: String,
}

impl CurrentUser {
    /// Whether the user is an admin.
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Whether the user may see child-safety cases and their media
    /// (`child_safety` and `admin`).
    pub fn sees_child_safety(&self) -> bool {
        self.role.sees_child_safety()
    }

    /// Whether the user works this queue.
    pub fn works_queue(&self, queue: &str) -> bool {
        self.is_admin() || self.queues.iter().any(|q| q == queue)
    }

    /// Whether the user may see a case: never a child-safety case without
    /// the role; otherwise a case of a granted queue or one they hold.
    pub fn may_see_case(&self, queue: &str, child_safety: bool, holder: Option<&str>) -> bool {
        if child_safety && !self.sees_child_safety() {
            return false;
        }
        self.works_queue(queue) || holder == Some(self.name.as_str())
    }

    /// 403 unless admin.
    pub fn require_admin(&self) -> Result<(), ConsoleError> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(ConsoleError::Forbidden("Only admins may do this.".into()))
        }
    }

    /// 403 unless `child_safety` or `admin`.
    pub fn require_child_safety(&self) -> Result<(), ConsoleError> {
        if self.sees_child_safety() {
            Ok(())
        } else {
            Err(ConsoleError::Forbidden(
                "Only child-safety specialists and admins may do this.".into(),
            ))
        }
    }

    /// An audit entry by this user, now.
    pub fn audit_entry(
        &self,
        action: &str,
        subject: String,
        detail: serde_json::Value,
    ) -> NewAuditEntry {
        NewAuditEntry {
            actor: self.name.clone(),
            action: action.to_string(),
            subject,
            detail,
            ts: now_ms(),
        }
    }

    fn from_record(user: &UserRecord, session: &SessionRecord) -> CurrentUser {
        CurrentUser {
            name: user.name.clone(),
            role: user.role,
            queues: user.queues.clone(),
            csrf: session.csrf.clone(),
            session_hash: session.token_hash.clone(),
        }
    }
}

/// Why [`CurrentUser`] could not be extracted.
#[derive(Debug)]
pub struct LoginRequired {
    next: Option<String>,
}

impl IntoResponse for LoginRequired {
    fn into_response(self) -> Response {
        match self.next {
            Some(next) => {
                Redirect::to(&format!("{BASE_PATH}/login?next={}", percent_encode(&next)))
                    .into_response()
            }
            None => ConsoleError::Unauthorized.into_response(),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = LoginRequired;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        if let Some(user) = parts.extensions.get::<CurrentUser>() {
            return Ok(user.clone());
        }
        let next = (parts.method == Method::GET).then(|| {
            parts
                .extensions
                .get::<OriginalUri>()
                .map_or_else(|| parts.uri.to_string(), |uri| uri.0.to_string())
        });
        Err(LoginRequired { next })
    }
}

// ------------------------------------------------------------- primitives

/// Hashes a password for storage (argon2id, random salt, PHC string).
pub fn hash_password(password: &str) -> Result<String, ConsoleError> {
    use argon2::password_hash::{PasswordHasher, SaltString};
    if password.is_empty() || password.len() > MAX_PASSWORD_LEN {
        return Err(ConsoleError::BadRequest(format!(
            "A password has 1 to {MAX_PASSWORD_LEN} bytes."
        )));
    }
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|_| ConsoleError::Unavailable("Password hashing failed.".into()))
}

/// Checks a password against a PHC string (constant time in the hash
/// comparison; a malformed hash never verifies).
pub fn verify_password(hash: &str, password: &str) -> bool {
    use argon2::password_hash::{PasswordHash, PasswordVerifier};
    if password.len() > MAX_PASSWORD_LEN {
        return false;
    }
    PasswordHash::new(hash).is_ok_and(|parsed| {
        argon2::Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A hash no password is known for, verified against when the account is
/// unknown, disabled or locked so every refusal costs the same.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let mut secret = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut secret);
        hash_password(&hex::encode(secret)).unwrap_or_default()
    })
}

/// `n` random bytes from the OS, hex-encoded.
pub(crate) fn random_token(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Hex SHA-256, how session tokens are stored.
pub(crate) fn token_hash(token: &str) -> String {
    hex::encode(sha2::Sha256::digest(token.as_bytes()))
}

/// Constant-time equality of two tokens.
pub(crate) fn tokens_match(a: &str, b: &str) -> bool {
    !a.is_empty() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// The value of a cookie.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
}

fn set_cookie(name: &str, value: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let text = format!(
        "{name}={value}; Path={BASE_PATH}; HttpOnly; SameSite=Strict; Max-Age={max_age_secs}{secure}"
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Minimal percent-encoding for a query value (unreserved characters and
/// `/` kept).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Where to go after login: only a path inside the console, never another
/// origin (`//evil`, `/\evil`, absolute URLs).
pub(crate) fn safe_next(next: Option<&str>) -> String {
    let default = format!("{BASE_PATH}/queues");
    match next {
        Some(path)
            if path.starts_with(&format!("{BASE_PATH}/"))
                && !path.contains("//")
                && !path.contains('\\')
                && !path.contains("/login")
                && path.chars().all(|c| c.is_ascii_graphic()) =>
        {
            path.to_string()
        }
        _ => default,
    }
}

// -------------------------------------------------------------- middleware

fn is_safe_method(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Resolves the session cookie into a [`CurrentUser`] (request extension)
/// and enforces CSRF on every unsafe request. Layered over the whole console
/// by [`crate::router`].
pub async fn session_middleware(
    State(state): State<ConsoleState>,
    mut request: Request,
    next: Next,
) -> Response {
    let now = now_ms();
    let mut user = None;
    if let Some(token) = cookie(request.headers(), SESSION_COOKIE) {
        match state.store.session(&token_hash(token), now).await {
            Ok(Some((session, record))) => {
                user = Some(CurrentUser::from_record(&record, &session));
            }
            Ok(None) => {}
            Err(error) => return ConsoleError::from(error).into_response(),
        }
    }
    if !is_safe_method(request.method()) {
        let expected = if request.uri().path() == "/login" {
            cookie(request.headers(), LOGIN_COOKIE).map(str::to_string)
        } else {
            user.as_ref().map(|u| u.csrf.clone())
        };
        let from_header = request
            .headers()
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let (parts, body) = request.into_parts();
        let bytes = match axum::body::to_bytes(body, MAX_FORM_BYTES).await {
            Ok(bytes) => bytes,
            Err(_) => {
                return ConsoleError::TooLarge(format!(
                    "The form is too large (at most {} KiB).",
                    MAX_FORM_BYTES / 1024
                ))
                .into_response();
            }
        };
        let provided = from_header.or_else(|| form_field(&bytes, "csrf"));
        let valid = match (&expected, &provided) {
            (Some(expected), Some(provided)) => tokens_match(expected, provided),
            _ => false,
        };
        if !valid {
            tracing::warn!(path = %parts.uri.path(), "console: CSRF check failed");
            return ConsoleError::Forbidden(
                "The form's security token is missing or wrong (it changes with every \
                 login). Reload the page and try again."
                    .into(),
            )
            .into_response();
        }
        request = Request::from_parts(parts, Body::from(bytes));
    }
    if let Some(user) = user {
        request.extensions_mut().insert(user);
    }
    next.run(request).await
}

/// The first value of `name` in an urlencoded form.
fn form_field(body: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

// ------------------------------------------------------------------ routes

pub(crate) fn routes() -> Router<ConsoleState> {
    Router::new()
        .route(
            "/",
            get(|| async { Redirect::to(&format!("{BASE_PATH}/queues")) }),
        )
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    base: &'static str,
    csrf: String,
    next: String,
    error: Option<String>,
    name: String,
}

#[derive(Debug, Deserialize)]
struct NextQuery {
    next: Option<String>,
}

async fn login_form(
    Query(query): Query<NextQuery>,
    headers: HeaderMap,
    State(state): State<ConsoleState>,
) -> Response {
    let csrf = cookie(&headers, LOGIN_COOKIE)
        .filter(|c| c.len() == 64 && c.bytes().all(|b| b.is_ascii_hexdigit()))
        .map_or_else(|| random_token(32), str::to_string);
    let page = LoginPage {
        base: BASE_PATH,
        csrf: csrf.clone(),
        next: safe_next(query.next.as_deref()),
        error: None,
        name: String::new(),
    };
    let cookie = set_cookie(LOGIN_COOKIE, &csrf, 3600, state.config.secure_cookie());
    match crate::ui::render(&page) {
        Ok(html) => ([(header::SET_COOKIE, cookie)], html).into_response(),
        Err(error) => error.into_response(),
    }
}

#[derive(Debug, Deserialize)]
struct LoginForm {
    name: String,
    password: String,
    #[serde(default)]
    next: Option<String>,
    #[serde(default)]
    csrf: String,
}

async fn login(
    State(state): State<ConsoleState>,
    axum::Form(form): axum::Form<LoginForm>,
) -> Response {
    match try_login(&state, &form).await {
        Ok(response) => response,
        Err(ConsoleError::Unauthorized) => {
            let page = LoginPage {
                base: BASE_PATH,
                csrf: form.csrf.clone(),
                next: safe_next(form.next.as_deref()),
                error: Some(format!(
                    "Wrong user name or password, or the account is locked or disabled. After \
                     {} failed attempts an account is locked for {} minutes.",
                    state.config.max_login_failures, state.config.lockout_minutes
                )),
                name: form.name.chars().take(64).collect(),
            };
            match crate::ui::render(&page) {
                Ok(html) => (StatusCode::UNAUTHORIZED, html).into_response(),
                Err(error) => error.into_response(),
            }
        }
        Err(error) => error.into_response(),
    }
}

async fn try_login(state: &ConsoleState, form: &LoginForm) -> Result<Response, ConsoleError> {
    let now = now_ms();
    let user = if lurewatch_store::validate_user_name(&form.name).is_ok() {
        state.store.user(&form.name).await?
    } else {
        None
    };
    let usable = user.as_ref().filter(|u| !u.disabled && !u.is_locked(now));
    let hash = usable.map_or_else(|| dummy_hash().to_string(), |u| u.password_hash.clone());
    let password = form.password.clone();
    let verified = tokio::task::spawn_blocking(move || verify_password(&hash, &password))
        .await
        .unwrap_or(false);
    let Some(user) = usable else {
        return Err(ConsoleError::Unauthorized);
    };
    if !verified {
        let lock_ms =
            i64::try_from(state.config.lockout_minutes.saturating_mul(60_000)).unwrap_or(i64::MAX);
        let after = state
            .store
            .record_login_failure(&user.name, now, state.config.max_login_failures, lock_ms)
            .await?;
        if let Some(after) = after.filter(|a| a.is_locked(now)) {
            tracing::warn!(user = %after.name, "console: account locked after failed logins");
            let entry = NewAuditEntry {
                actor: "system:login".to_string(),
                action: "user.lock".into(),
                subject: format!("user:{}", after.name),
                detail: serde_json::json!({"until": after.locked_until, "failures": state.config.max_login_failures}),
                ts: now,
            };
            if let Err(error) = state.store.append_audit(&entry).await {
                tracing::error!(error = %error, "console: audit of a lock-out failed");
            }
        }
        return Err(ConsoleError::Unauthorized);
    }
    state.store.record_login_success(&user.name).await?;
    let token = random_token(32);
    let session = SessionRecord {
        token_hash: token_hash(&token),
        user: user.name.clone(),
        csrf: random_token(32),
        created: now,
        expires: now.saturating_add(
            i64::try_from(state.config.session_hours.saturating_mul(3_600_000)).unwrap_or(i64::MAX),
        ),
    };
    state.store.create_session(&session).await?;
    let entry = NewAuditEntry {
        actor: user.name.clone(),
        action: "user.login".into(),
        subject: format!("user:{}", user.name),
        detail: serde_json::json!({}),
        ts: now,
    };
    if let Err(error) = state.store.append_audit(&entry).await {
        tracing::error!(error = %error, "console: audit of a login failed");
    }
    // Lazily drop expired sessions.
    let _ = state.store.purge_sessions(now).await;
    let max_age =
        i64::try_from(state.config.session_hours.saturating_mul(3600)).unwrap_or(i64::MAX);
    let secure = state.config.secure_cookie();
    let mut response = Redirect::to(&safe_next(form.next.as_deref())).into_response();
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, &token, max_age, secure),
    );
    headers.append(header::SET_COOKIE, set_cookie(LOGIN_COOKIE, "", 0, secure));
    Ok(response)
}

async fn logout(
    State(state): State<ConsoleState>,
    user: CurrentUser,
) -> Result<Response, ConsoleError> {
    state.store.delete_session(&user.session_hash).await?;
    let entry = user.audit_entry(
        "user.logout",
        format!("user:{}", user.name),
        serde_json::json!({}),
    );
    if let Err(error) = state.store.append_audit(&entry).await {
        tracing::error!(error = %error, "console: audit of a logout failed");
    }
    let mut response = Redirect::to(&format!("{BASE_PATH}/login")).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, "", 0, state.config.secure_cookie()),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_and_verify() {
        let hash = hash_password("correct horse").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(&hash, "correct horse"));
        assert!(!verify_password(&hash, "correct hors"));
        assert!(!verify_password("not a phc string", "x"));
        assert!(hash_password("").is_err());
        assert!(!verify_password(dummy_hash(), ""));
    }

    #[test]
    fn next_stays_inside_the_console() {
        assert_eq!(safe_next(Some("/console/cases/3")), "/console/cases/3");
        for bad in [
            "//evil.example/x",
            "https://evil.example/console/",
            "/console//evil",
            "/console/\\evil",
            "/other",
            "/console/login",
            "/console/a b",
        ] {
            assert_eq!(safe_next(Some(bad)), "/console/queues", "{bad}");
        }
        assert_eq!(safe_next(None), "/console/queues");
    }

    #[test]
    fn tokens_compare_and_cookies_parse() {
        assert!(tokens_match("abc", "abc"));
        assert!(!tokens_match("abc", "abd"));
        assert!(!tokens_match("", ""));
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; lw_session=tok; b=2"),
        );
        assert_eq!(cookie(&headers, SESSION_COOKIE), Some("tok"));
        assert_eq!(cookie(&headers, "c"), None);
        assert_eq!(token_hash("x").len(), 64);
        assert_eq!(random_token(32).len(), 64);
        assert_ne!(random_token(32), random_token(32));
    }
}
