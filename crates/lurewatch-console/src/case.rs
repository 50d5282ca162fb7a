//! The case page, media bytes, decisions and notes.
//!
//! The page gathers, for one case: the subject account (labels, latest
//! profile), the conversations of the case's messages as a timeline with the
//! detector's evidence spans highlighted (`<mark>` with the taxonomy code),
//! the stage timeline (first message of each code), the targeted accounts,
//! media with their bank matches, the rules that fired, the subject's
//! earlier review decisions and the case's notes; and the decision form.
//!
//! Accountability: viewing a child-safety case appends `case.view` to the
//! audit log and fetching its media appends `media.reveal`, *before*
//! anything is shown — if the audit log cannot be written, the material is
//! not shown (503). Decisions append `case.decide`.
//!
//! Media: stored events keep a file's SHA-256 under `content_stripped`
//! where its bytes were; the bytes come from `Store::media`. Media is
//! rendered blurred and grayscale (the user's wellness settings) until
//! revealed; child-safety media is not even fetched until revealed.

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use lurewatch_core::{Decision, EntityKind, EntityRef, EventKind, Label, RuleMode, Signal};
use lurewatch_store::{
    Case, CaseNote, Claim, MAX_NOTE_CHARS, NewReviewDecision, ReviewDecisionKind,
    ReviewDecisionRecord, StoredEvent, WellnessSettings,
};
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::error::ConsoleError;
use crate::evidence::{Segment, Stage, highlight, stage_timeline};
use crate::queues::{Sla, sla, visible_case};
use crate::ui::{Chrome, format_duration, format_ts};
use crate::{BASE_PATH, ConsoleState, now_ms};

/// Marker the server leaves where inline media bytes were (its value: the
/// file's hex SHA-256); `lurewatch_server::server::STRIPPED`.
pub(crate) const STRIPPED: &str = "content_stripped";
/// Most of a case's own events loaded.
const MAX_CASE_EVENTS: usize = 500;
/// Most conversations shown.
const MAX_CONVERSATIONS: usize = 5;
/// Most messages shown per conversation (the latest).
const MAX_MESSAGES: usize = 300;
/// Most taxonomy codes a decision may carry.
const MAX_CODES: usize = 32;

pub(crate) fn routes() -> Router<ConsoleState> {
    Router::new()
        .route("/cases/{id}", get(case_page))
        .route("/cases/{id}/media/{digest}", get(media))
        .route("/cases/{id}/decide", post(decide))
        .route("/cases/{id}/notes", post(add_note))
}

// ------------------------------------------------------------ the material

/// What a case is about, loaded from the store.
struct Material {
    /// The case's own events, ascending.
    events: Vec<StoredEvent>,
    /// Conversations of its messages, each ascending.
    conversations: Vec<(String, Vec<StoredEvent>)>,
}

impl Material {
    async fn load(state: &ConsoleState, case: &Case) -> Result<Material, ConsoleError> {
        let mut events = Vec::new();
        let start = case.event_seqs.len().saturating_sub(MAX_CASE_EVENTS);
        for &seq in &case.event_seqs[start..] {
            if let Some(event) = state.store.event(seq).await? {
                events.push(event);
            }
        }
        let mut names: Vec<String> = Vec::new();
        for event in &events {
            if event.kind == EventKind::Message
                && let Some(c) = &event.conversation
                && !names.contains(c)
            {
                names.push(c.clone());
            }
        }
        names.truncate(MAX_CONVERSATIONS);
        let mut conversations = Vec::new();
        for name in names {
            let mut messages = state
                .store
                .events_of_conversation(&name, MAX_MESSAGES)
                .await?;
            messages.retain(|e| e.kind == EventKind::Message);
            messages.reverse();
            conversations.push((name, messages));
        }
        Ok(Material {
            events,
            conversations,
        })
    }

    /// Every event, once, ascending by seq.
    fn all_events(&self) -> Vec<&StoredEvent> {
        let mut seen = BTreeSet::new();
        let mut out: Vec<&StoredEvent> = self
            .events
            .iter()
            .chain(self.conversations.iter().flat_map(|(_, m)| m.iter()))
            .filter(|e| seen.insert(e.seq))
            .collect();
        out.sort_by_key(|e| e.seq);
        out
    }

    /// Digests of stored media files the case refers to.
    fn digests(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for event in self.all_events() {
            for a in attachments(&event.envelope) {
                if let Some(d) = a.digest {
                    out.insert(d);
                }
            }
        }
        out
    }
}

/// An attachment of a stored envelope.
struct StoredAttachment {
    media_id: String,
    /// SHA-256 of the stored bytes, if the bytes were sent inline.
    digest: Option<String>,
    /// Hashes the platform sent instead of bytes.
    hashes: Vec<(String, String)>,
}

fn is_digest(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn attachments(envelope: &serde_json::Value) -> Vec<StoredAttachment> {
    let list: Vec<&serde_json::Value> = match envelope.get("attachments") {
        Some(serde_json::Value::Array(items)) => items.iter().collect(),
        _ => envelope.get("media").into_iter().collect(),
    };
    list.into_iter()
        .filter_map(|a| {
            let media_id = a.get("media_id")?.as_str()?.to_string();
            let digest = a
                .get(STRIPPED)
                .and_then(|d| d.as_str())
                .filter(|d| is_digest(d))
                .map(str::to_string);
            let hashes = ["pdq", "md5", "sha256"]
                .iter()
                .filter_map(|k| {
                    a.get(*k)
                        .and_then(|v| v.as_str())
                        .map(|v| (k.to_string(), v.to_string()))
                })
                .collect();
            Some(StoredAttachment {
                media_id,
                digest,
                hashes,
            })
        })
        .collect()
}

fn str_field(envelope: &serde_json::Value, key: &str) -> String {
    envelope
        .get(key)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

fn str_list(envelope: &serde_json::Value, key: &str) -> Vec<String> {
    envelope
        .get(key)
        .and_then(|v| v.as_array())
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// An evidence span: original byte offsets and a taxonomy code.
type Span = (usize, usize, String);

/// A message's conversation risk: score, codes so far, this message's spans.
fn risk(decision: Option<&Decision>) -> Option<(f32, Vec<String>, Vec<Span>)> {
    decision?.signals.iter().find_map(|s| match s {
        Signal::ConversationRisk {
            score,
            codes,
            evidence,
            ..
        } => Some((*score, codes.clone(), evidence.clone())),
        _ => None,
    })
}

// ----------------------------------------------------------------- views

struct MatchView {
    bank: String,
    signal_type: String,
    distance: u32,
    transform: String,
    label: String,
}

struct MediaView {
    media_id: String,
    url: Option<String>,
    digest_short: String,
    hashes: Vec<(String, String)>,
    matches: Vec<MatchView>,
    error: Option<String>,
    seq: i64,
}

struct MessageView {
    seq: i64,
    ts: String,
    sender: String,
    recipients: String,
    from_subject: bool,
    in_case: bool,
    segments: Vec<Segment>,
    dropped: usize,
    score: Option<String>,
    codes: String,
    media: Vec<MediaView>,
}

struct ConversationView {
    id: String,
    messages: Vec<MessageView>,
    stages: Vec<StageView>,
}

struct StageView {
    code: String,
    message: usize,
    seq: i64,
    ts: String,
    after: String,
}

struct OtherEventView {
    seq: i64,
    kind: &'static str,
    ts: String,
    actor: String,
    summary: String,
    media: Vec<MediaView>,
}

struct AccountView {
    id: String,
    labels: Vec<String>,
    declared_age: Option<u64>,
    display_name: Option<String>,
    bio: Option<String>,
    links: Vec<String>,
}

struct RuleView {
    rule: String,
    verdict: &'static str,
    shadow: bool,
    events: usize,
}

struct DecisionView {
    case_id: i64,
    ts: String,
    reviewer: String,
    decision: &'static str,
    action: String,
    codes: String,
    note: Option<String>,
}

struct NoteView {
    ts: String,
    author: String,
    text: String,
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage {
    chrome: Chrome,
    id: i64,
    subject: AccountView,
    status: &'static str,
    queue: String,
    priority: i32,
    child_safety: bool,
    created: String,
    age: String,
    sla: Sla,
    claimed_by: Option<String>,
    mine: bool,
    is_admin: bool,
    conversations: Vec<ConversationView>,
    others: Vec<OtherEventView>,
    targets: Vec<AccountView>,
    media_count: usize,
    rules: Vec<RuleView>,
    history: Vec<DecisionView>,
    notes: Vec<NoteView>,
    actions: Vec<String>,
    codes: Vec<String>,
    media_class: String,
    wellness: WellnessSettings,
    max_note: usize,
    notice: Option<String>,
}

fn media_views(
    case_id: i64,
    event: &StoredEvent,
    matches: &BTreeMap<String, Vec<MatchView>>,
    errors: &BTreeMap<String, String>,
) -> Vec<MediaView> {
    attachments(&event.envelope)
        .into_iter()
        .map(|a| MediaView {
            url: a
                .digest
                .as_ref()
                .map(|d| format!("{BASE_PATH}/cases/{case_id}/media/{d}")),
            digest_short: a
                .digest
                .as_ref()
                .map(|d| d[..12].to_string())
                .unwrap_or_default(),
            hashes: a.hashes,
            matches: matches
                .get(&a.media_id)
                .map(|m| {
                    m.iter()
                        .map(|x| MatchView {
                            bank: x.bank.clone(),
                            signal_type: x.signal_type.clone(),
                            distance: x.distance,
                            transform: x.transform.clone(),
                            label: x.label.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            error: errors.get(&a.media_id).cloned(),
            seq: event.seq,
            media_id: a.media_id,
        })
        .collect()
}

async fn account_view(
    state: &ConsoleState,
    account: &str,
    now: i64,
) -> Result<AccountView, ConsoleError> {
    let entity = EntityRef {
        kind: EntityKind::Account,
        id: account.to_string(),
    };
    let labels = state
        .store
        .labels(&entity, now)
        .await?
        .into_iter()
        .map(|l| l.label)
        .collect();
    let profile = state
        .store
        .events_of_actor(account, 50)
        .await?
        .into_iter()
        .find(|e| e.kind == EventKind::Profile);
    let env = profile.as_ref().map(|p| &p.envelope);
    Ok(AccountView {
        id: account.to_string(),
        labels,
        declared_age: env
            .and_then(|e| e.get("declared_age"))
            .and_then(|v| v.as_u64()),
        display_name: env
            .map(|e| str_field(e, "display_name"))
            .filter(|s| !s.is_empty()),
        bio: env.map(|e| str_field(e, "bio")).filter(|s| !s.is_empty()),
        links: env.map(|e| str_list(e, "links")).unwrap_or_default(),
    })
}

/// Appends an audit entry, failing closed: child-safety material is not
/// shown without its entry.
async fn audit_or_refuse(
    state: &ConsoleState,
    user: &CurrentUser,
    action: &str,
    subject: String,
    detail: serde_json::Value,
) -> Result<(), ConsoleError> {
    let entry = user.audit_entry(action, subject, detail);
    state.store.append_audit(&entry).await.map_err(|error| {
        tracing::error!(error = %error, action, "console: audit append failed; refusing");
        ConsoleError::Unavailable(
            "The audit log cannot be written, so child-safety material is not shown. Try again \
             or tell an admin."
                .into(),
        )
    })?;
    Ok(())
}

#[derive(Debug, Deserialize)]
struct CaseQuery {
    #[serde(default)]
    noted: Option<String>,
}

async fn case_page(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Query(query): Query<CaseQuery>,
) -> Result<Response, ConsoleError> {
    let (case, claim) = visible_case(&state, &user, id).await?;
    if case.child_safety {
        audit_or_refuse(
            &state,
            &user,
            "case.view",
            format!("case:{id}"),
            serde_json::json!({"queue": case.queue}),
        )
        .await?;
    }
    let now = now_ms();
    let material = Material::load(&state, &case).await?;
    let in_case: BTreeSet<i64> = case.event_seqs.iter().copied().collect();

    // Media matches and errors, by media id; rules that fired.
    let mut matches: BTreeMap<String, Vec<MatchView>> = BTreeMap::new();
    let mut errors: BTreeMap<String, String> = BTreeMap::new();
    let mut rules: BTreeMap<(String, bool), (&'static str, usize)> = BTreeMap::new();
    let mut codes: BTreeSet<String> = BTreeSet::new();
    for event in material.all_events() {
        let Some(decision) = &event.decision else {
            continue;
        };
        for signal in &decision.signals {
            match signal {
                Signal::MediaMatch {
                    media_id,
                    bank,
                    signal_type,
                    distance,
                    transform,
                    label,
                    ..
                } => matches
                    .entry(media_id.clone())
                    .or_default()
                    .push(MatchView {
                        bank: bank.clone(),
                        signal_type: signal_type.clone(),
                        distance: *distance,
                        transform: transform.clone(),
                        label: label.clone().unwrap_or_default(),
                    }),
                Signal::MediaError { media_id, reason } => {
                    errors.insert(media_id.clone(), reason.clone());
                }
                Signal::ConversationRisk {
                    codes: risk_codes, ..
                } if in_case.contains(&event.seq) => {
                    codes.extend(risk_codes.iter().cloned());
                }
                _ => {}
            }
        }
        if in_case.contains(&event.seq) {
            for hit in decision.rules.iter().chain(decision.shadow.iter()) {
                let shadow = hit.mode == RuleMode::Shadow;
                let slot = rules
                    .entry((hit.rule.clone(), shadow))
                    .or_insert((hit.verdict.as_str(), 0));
                slot.1 += 1;
            }
        }
    }

    let mut media_count = 0;
    let conversations: Vec<ConversationView> = material
        .conversations
        .iter()
        .map(|(conversation, messages)| {
            let mut risk_rows = Vec::new();
            let views: Vec<MessageView> = messages
                .iter()
                .map(|m| {
                    let text = str_field(&m.envelope, "text");
                    let (score, msg_codes, spans) = risk(m.decision.as_ref())
                        .map_or((None, Vec::new(), Vec::new()), |(s, c, e)| (Some(s), c, e));
                    risk_rows.push((m.seq, m.ts, msg_codes.clone()));
                    let (segments, dropped) = highlight(&text, &spans);
                    let media = media_views(id, m, &matches, &errors);
                    media_count += media.len();
                    MessageView {
                        seq: m.seq,
                        ts: format_ts(m.ts),
                        sender: str_field(&m.envelope, "sender"),
                        recipients: str_list(&m.envelope, "recipients").join(", "),
                        from_subject: m.actor == case.subject,
                        in_case: in_case.contains(&m.seq),
                        segments,
                        dropped,
                        score: score.map(|s| format!("{s:.2}")),
                        codes: msg_codes.join(", "),
                        media,
                    }
                })
                .collect();
            let first_ts = messages.first().map_or(0, |m| m.ts);
            let stages = stage_timeline(&risk_rows)
                .into_iter()
                .map(
                    |Stage {
                         code,
                         message,
                         seq,
                         ts,
                     }| StageView {
                        code,
                        message,
                        seq,
                        ts: format_ts(ts),
                        after: format_duration(ts - first_ts),
                    },
                )
                .collect();
            ConversationView {
                id: conversation.clone(),
                messages: views,
                stages,
            }
        })
        .collect();

    let others: Vec<OtherEventView> = material
        .events
        .iter()
        .filter(|e| e.kind != EventKind::Message)
        .map(|e| {
            let media = media_views(id, e, &matches, &errors);
            media_count += media.len();
            OtherEventView {
                seq: e.seq,
                kind: e.kind.as_str(),
                ts: format_ts(e.ts),
                actor: e.actor.clone(),
                summary: summary(e),
                media,
            }
        })
        .collect();

    let subject = account_view(&state, &case.subject, now).await?;
    let mut targets = Vec::new();
    for target in case.targets.iter().take(50) {
        targets.push(account_view(&state, target, now).await?);
    }
    let history = state
        .store
        .subject_review_decisions(&case.subject)
        .await?
        .iter()
        .map(decision_view)
        .collect();
    let notes = state
        .store
        .case_notes(case.id)
        .await?
        .iter()
        .map(note_view)
        .collect();
    let wellness = state.store.wellness(&user.name).await?;
    let media_class = media_class(&wellness);
    let mine = claim.as_ref().is_some_and(|c| c.reviewer == user.name);
    crate::ui::page(&CasePage {
        chrome: Chrome::new(&user, "queues"),
        id,
        subject,
        status: case.status.as_str(),
        queue: case.queue.clone(),
        priority: case.priority,
        child_safety: case.child_safety,
        created: format_ts(case.created),
        age: format_duration(now - case.created),
        sla: sla(&state.config, &case.queue, case.created, now),
        claimed_by: claim.map(|c: Claim| c.reviewer),
        mine,
        is_admin: user.is_admin(),
        conversations,
        others,
        targets,
        media_count,
        rules: rules
            .into_iter()
            .map(|((rule, shadow), (verdict, events))| RuleView {
                rule,
                verdict,
                shadow,
                events,
            })
            .collect(),
        history,
        notes,
        actions: state.config.actions.clone(),
        codes: codes.into_iter().collect(),
        media_class,
        wellness,
        max_note: MAX_NOTE_CHARS,
        notice: query.noted.map(|_| "Note added.".to_string()),
    })
}

/// CSS classes applying the user's wellness settings to media.
fn media_class(w: &WellnessSettings) -> String {
    let blur = w.blur.min(WellnessSettings::MAX_BLUR);
    let gray = if w.grayscale { "gray" } else { "color" };
    format!("media blur-{blur} {gray}")
}

fn summary(event: &StoredEvent) -> String {
    let e = &event.envelope;
    match event.kind {
        EventKind::Report => format!(
            "report by {} about {}: {}",
            str_field(e, "reporter"),
            str_field(e, "subject"),
            str_field(e, "reason")
        ),
        EventKind::Profile => "profile update".into(),
        EventKind::Media => "media upload".into(),
        EventKind::Post => str_field(e, "text"),
        EventKind::Relationship => format!("{} → {}", str_field(e, "kind"), str_field(e, "to")),
        EventKind::Message => str_field(e, "text"),
    }
}

fn decision_view(d: &ReviewDecisionRecord) -> DecisionView {
    DecisionView {
        case_id: d.case_id.0,
        ts: format_ts(d.ts),
        reviewer: d.reviewer.clone(),
        decision: d.decision.as_str(),
        action: d.action.clone().unwrap_or_default(),
        codes: d.codes.join(", "),
        note: d.note.clone(),
    }
}

fn note_view(n: &CaseNote) -> NoteView {
    NoteView {
        ts: format_ts(n.ts),
        author: n.author.clone(),
        text: n.text.clone(),
    }
}

// ------------------------------------------------------------------ media

/// The content type of an image by its magic bytes; `None` for anything
/// else (which is then served as a download, never rendered).
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0x89, b'P', b'N', b'G']) {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"GIF8") {
        Some("image/gif")
    } else if bytes.len() > 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else if bytes.starts_with(b"BM") {
        Some("image/bmp")
    } else {
        None
    }
}

async fn media(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path((id, digest)): Path<(i64, String)>,
) -> Result<Response, ConsoleError> {
    let (case, _) = visible_case(&state, &user, id).await?;
    if !is_digest(&digest) {
        return Err(ConsoleError::NotFound("No such media.".into()));
    }
    let material = Material::load(&state, &case).await?;
    if !material.digests().contains(&digest) {
        return Err(ConsoleError::NotFound("No such media in this case.".into()));
    }
    if case.child_safety {
        audit_or_refuse(
            &state,
            &user,
            "media.reveal",
            format!("case:{id}"),
            serde_json::json!({"sha256": digest}),
        )
        .await?;
    }
    let Some(bytes) = state.store.media(&digest).await? else {
        return Err(ConsoleError::NotFound(
            "The file is not stored (purged, or sent as hashes only).".into(),
        ));
    };
    let mut response = Bytes::from(bytes.clone()).into_response();
    let headers = response.headers_mut();
    match image_type(&bytes) {
        Some(kind) => {
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
        }
        None => {
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            );
            headers.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment"),
            );
        }
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    Ok(response)
}

// -------------------------------------------------------------- decisions

/// Checks a taxonomy code's form (`GRM.SECRECY`, `sextortion`).
fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 64
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// A note from a form: trimmed, `None` when blank, refused when too long.
fn form_note(raw: Option<&str>) -> Result<Option<String>, ConsoleError> {
    let Some(text) = raw.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let chars = text.chars().count();
    if chars > MAX_NOTE_CHARS {
        return Err(ConsoleError::TooLarge(format!(
            "The note is too long: {chars} characters, at most {MAX_NOTE_CHARS}. Shorten it and \
             submit again."
        )));
    }
    Ok(Some(text.to_string()))
}

fn form_pairs(body: &[u8]) -> Result<Vec<(String, String)>, ConsoleError> {
    serde_urlencoded::from_bytes(body)
        .map_err(|_| ConsoleError::BadRequest("The form could not be read.".into()))
}

fn first<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// The labels a decision puts on the case's accounts, for the rules.
/// `account:label` for each label [`decision_labels`] sets.
fn decision_label_names(
    kind: ReviewDecisionKind,
    subject: &str,
    targets: &[String],
) -> Vec<String> {
    let names: &[&str] = match kind {
        ReviewDecisionKind::Confirm => &["confirmed_violation"],
        ReviewDecisionKind::Ncmec => &["confirmed_violation", "ncmec_referred"],
        ReviewDecisionKind::Dismiss => &["reviewed_benign"],
        ReviewDecisionKind::Escalate => &["escalated_review"],
    };
    let mut out: Vec<String> = names.iter().map(|n| format!("{subject}:{n}")).collect();
    if matches!(
        kind,
        ReviewDecisionKind::Confirm | ReviewDecisionKind::Ncmec
    ) {
        out.extend(targets.iter().map(|t| format!("{t}:possible_victim")));
    }
    out
}

fn decision_labels(record: &ReviewDecisionRecord, targets: &[String], now: i64) -> Vec<Label> {
    const DAY: i64 = 86_400_000;
    let source = format!("review:{}", record.id);
    let label = |id: &str, name: &str, ttl_days: Option<i64>| Label {
        entity: EntityRef {
            kind: EntityKind::Account,
            id: id.to_string(),
        },
        label: name.to_string(),
        source: source.clone(),
        created: now,
        expires: ttl_days.map(|d| now + d * DAY),
    };
    let mut out = Vec::new();
    match record.decision {
        ReviewDecisionKind::Confirm => {
            out.push(label(&record.subject, "confirmed_violation", None));
            out.extend(
                targets
                    .iter()
                    .map(|t| label(t, "possible_victim", Some(365))),
            );
        }
        ReviewDecisionKind::Ncmec => {
            out.push(label(&record.subject, "confirmed_violation", None));
            out.push(label(&record.subject, "ncmec_referred", None));
            out.extend(
                targets
                    .iter()
                    .map(|t| label(t, "possible_victim", Some(365))),
            );
        }
        ReviewDecisionKind::Dismiss => {
            out.push(label(&record.subject, "reviewed_benign", Some(90)));
        }
        ReviewDecisionKind::Escalate => {
            out.push(label(&record.subject, "escalated_review", Some(30)));
        }
    }
    out
}

async fn decide(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, ConsoleError> {
    let (case, claim) = visible_case(&state, &user, id).await?;
    let pairs = form_pairs(&body)?;
    let kind = first(&pairs, "decision")
        .and_then(ReviewDecisionKind::parse)
        .ok_or_else(|| {
            ConsoleError::BadRequest(
                "Choose a decision: confirm, dismiss, escalate or ncmec.".into(),
            )
        })?;
    let action = match kind {
        ReviewDecisionKind::Confirm => {
            let action = first(&pairs, "action").unwrap_or_default();
            if !state.config.actions.iter().any(|a| a == action) {
                return Err(ConsoleError::BadRequest(format!(
                    "Choose the action to take when confirming: one of {}.",
                    state.config.actions.join(", ")
                )));
            }
            Some(action.to_string())
        }
        _ => None,
    };
    let codes: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "codes")
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .collect();
    if codes.len() > MAX_CODES || !codes.iter().all(|c| valid_code(c)) {
        return Err(ConsoleError::BadRequest(format!(
            "Taxonomy codes are up to {MAX_CODES} names of letters, digits, '.', '_' or '-'."
        )));
    }
    let note = form_note(first(&pairs, "note"))?;
    match &claim {
        Some(c) if c.reviewer == user.name => {}
        Some(c) => {
            return Err(ConsoleError::Conflict(format!(
                "Case {id} is claimed by {}; only the reviewer holding a case can decide it.",
                c.reviewer
            )));
        }
        None => {
            return Err(ConsoleError::Conflict(format!(
                "Claim case {id} before deciding it."
            )));
        }
    }
    let now = now_ms();
    // The labels the decision will set (named in the audit entry).
    let planned = decision_label_names(kind, &case.subject, &case.targets);
    let entry = user.audit_entry(
        "case.decide",
        format!("case:{id}"),
        serde_json::json!({
            "decision": kind.as_str(),
            "action": action,
            "codes": codes,
            "queue": case.queue,
            "subject": case.subject,
            "labels": planned,
            "note": note.is_some(),
        }),
    );
    // The decision and its audit entry commit together (the store adds the
    // decision's id to the entry).
    let (record, _) = state
        .store
        .record_review_decision_audited(
            &NewReviewDecision {
                case_id: case.id,
                reviewer: user.name.clone(),
                decision: kind,
                action,
                codes,
                note,
                ts: now,
            },
            &entry,
        )
        .await?;
    for label in &decision_labels(&record, &case.targets, now) {
        match state.store.add_label(label).await {
            Ok(()) => {
                if let Some(hook) = &state.on_label {
                    hook(label);
                }
            }
            Err(error) => tracing::error!(error = %error, "console: decision label failed"),
        }
    }
    Ok(Redirect::to(&format!(
        "{BASE_PATH}/queues?decided={id}&decision={}",
        record.decision.as_str()
    ))
    .into_response())
}

async fn add_note(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, ConsoleError> {
    let (case, _) = visible_case(&state, &user, id).await?;
    let pairs = form_pairs(&body)?;
    let Some(text) = form_note(first(&pairs, "text"))? else {
        return Err(ConsoleError::BadRequest("The note is empty.".into()));
    };
    let note = state
        .store
        .add_case_note(case.id, &user.name, &text, now_ms())
        .await?;
    let entry = user.audit_entry(
        "case.note",
        format!("case:{id}"),
        serde_json::json!({"note": note.id}),
    );
    if let Err(error) = state.store.append_audit(&entry).await {
        tracing::error!(error = %error, "console: audit of a note failed");
    }
    Ok(Redirect::to(&format!("{BASE_PATH}/cases/{id}?noted=1#notes")).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn planned_label_names_are_the_labels_set() {
        let targets = vec!["t1".to_string(), "t2".to_string()];
        for kind in [
            ReviewDecisionKind::Confirm,
            ReviewDecisionKind::Dismiss,
            ReviewDecisionKind::Escalate,
            ReviewDecisionKind::Ncmec,
        ] {
            let record = ReviewDecisionRecord {
                id: 7,
                case_id: lurewatch_store::CaseId(3),
                subject: "s".into(),
                queue: "q".into(),
                child_safety: false,
                case_created: 0,
                reviewer: "r".into(),
                decision: kind,
                action: None,
                codes: Vec::new(),
                note: None,
                ts: 0,
            };
            let set: Vec<String> = decision_labels(&record, &targets, 0)
                .iter()
                .map(|l| format!("{}:{}", l.entity.id, l.label))
                .collect();
            assert_eq!(decision_label_names(kind, "s", &targets), set, "{kind:?}");
        }
    }

    #[test]
    fn attachments_read_stripped_digests_and_hashes() {
        let digest = "ab".repeat(32);
        let env = serde_json::json!({
            "type": "message",
            "attachments": [
                {"media_id": "m1", "content_stripped": digest},
                {"media_id": "m2", "pdq": "00ff", "md5": "11"},
                {"media_id": "m3", "content_stripped": true},
                {"no_id": 1},
            ],
        });
        let got = attachments(&env);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].digest.as_deref(), Some(digest.as_str()));
        assert_eq!(got[1].digest, None);
        assert_eq!(got[1].hashes.len(), 2);
        assert_eq!(got[2].digest, None);
        let media_event = serde_json::json!({"type": "media", "account": "a",
            "media": {"media_id": "m9", "content_stripped": digest}});
        assert_eq!(attachments(&media_event)[0].media_id, "m9");
    }

    #[test]
    fn image_types_by_magic() {
        assert_eq!(image_type(b"\x89PNG\r\n"), Some("image/png"));
        assert_eq!(image_type(b"\xFF\xD8\xFF\xE0"), Some("image/jpeg"));
        assert_eq!(image_type(b"GIF89a"), Some("image/gif"));
        assert_eq!(image_type(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(image_type(b"<svg onload=alert(1)>"), None);
        assert_eq!(image_type(b""), None);
    }

    #[test]
    fn notes_and_codes_are_checked() {
        assert_eq!(form_note(None).unwrap(), None);
        assert_eq!(form_note(Some("   ")).unwrap(), None);
        assert_eq!(form_note(Some(" hi ")).unwrap().as_deref(), Some("hi"));
        let long = "é".repeat(MAX_NOTE_CHARS + 1);
        assert!(matches!(
            form_note(Some(&long)),
            Err(ConsoleError::TooLarge(_))
        ));
        assert!(valid_code("GRM.SECRECY"));
        assert!(!valid_code("<b>"));
        assert!(!valid_code(""));
    }

    #[test]
    fn decisions_label_subject_and_targets() {
        let record = ReviewDecisionRecord {
            id: 7,
            case_id: lurewatch_store::CaseId(1),
            subject: "s".into(),
            queue: "q".into(),
            child_safety: false,
            case_created: 0,
            reviewer: "r".into(),
            decision: ReviewDecisionKind::Confirm,
            action: Some("ban".into()),
            codes: vec![],
            note: None,
            ts: 0,
        };
        let labels = decision_labels(&record, &["t1".into()], 1_000);
        let names: Vec<(&str, &str)> = labels
            .iter()
            .map(|l| (l.entity.id.as_str(), l.label.as_str()))
            .collect();
        assert_eq!(
            names,
            vec![("s", "confirmed_violation"), ("t1", "possible_victim")]
        );
        assert_eq!(labels[0].source, "review:7");
        assert_eq!(labels[0].expires, None);
        let dismissed = ReviewDecisionRecord {
            decision: ReviewDecisionKind::Dismiss,
            action: None,
            ..record
        };
        let labels = decision_labels(&dismissed, &["t1".into()], 0);
        assert_eq!(labels.len(), 1);
        assert_eq!(labels[0].label, "reviewed_benign");
        assert_eq!(labels[0].expires, Some(90 * 86_400_000));
    }
}
