//! Building a report from a case.
//!
//! [`draft_from_case`] reads a case, its events with their stored decisions
//! (detector signals), the conversations it touches and the profiles of the
//! accounts involved, and maps them onto the report model:
//!
//! | case | report |
//! |---|---|
//! | subject (the suspected offender) | `personOrUserReported`: `espIdentifier`, `screenName`, display names and bio from profile events, profile URL from the configured template, declared age |
//! | targets (accounts the subject approached) | `victim*`: the same, with the declared or stated age (`age` signals, profile `declared_age`) |
//! | each conversation | `internetDetails/chatImIncident` (client, conversation id, the messages) **and** an attached chat log CSV: `content,sender,recipient,thread,time` |
//! | `media_match` signals | one file per matched media whose bytes the service kept at ingest (`Store::media`) or the caller supplied (hashes, bank match as `details`, industry classification when the bank entry's label is A1/A2/B1/B2); matches without bytes are listed in `additionalInfo` and as warnings |
//! | evidence codes, user reports | incident type, `sextortion` / `csamSolicitation` annotations |
//!
//! Incident type, unless the caller chooses one: a known-abuse media match →
//! "Child Pornography (possession, manufacture, and distribution)";
//! recruitment evidence (commercial-sex, control, job-offer, travel, debt
//! codes outweighing grooming codes, or a user report for trafficking) →
//! "Child Sex Trafficking"; grooming evidence (or a grooming/sextortion user
//! report) → "Online Enticement of Children for Sexual Acts". **Text-only
//! reports are first-class**: a grooming or recruitment case needs no media.
//!
//! The draft is validated by writing it ([`crate::xml::report_to_xml`])
//! before it is returned, so a missing reporter, an unknown country code or
//! a bad date surfaces here, naming the field.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use lurewatch_core::event::Attachment;
use lurewatch_core::{Envelope, Event, Millis, Signal};
use lurewatch_store::{CaseId, Store, StoreError, StoredEvent};
use md5::Digest as _;
use serde::{Deserialize, Serialize};

use crate::config::NcmecConfig;
use crate::model::*;
use crate::xml::ReportError;

/// Most messages of one conversation read into a report.
pub const MAX_CONVERSATION_MESSAGES: usize = 5_000;
/// Most messages quoted in a `chatImIncident/content` (all of them are in
/// the attached CSV).
pub const MAX_CONTENT_MESSAGES: usize = 200;
/// Profile events read per account.
const PROFILE_EVENTS: usize = 200;

/// Evidence codes of the recruitment family (docs/taxonomy.md).
const RECRUITMENT_CODES: [&str; 8] = [
    "job_offer",
    "romance",
    "vulnerability",
    "isolation",
    "travel_meet",
    "money_gifts_debt",
    "control",
    "commercial_sex",
];
/// Evidence codes of the grooming family.
const GROOMING_CODES: [&str; 7] = [
    "age_probe",
    "compliments_trust",
    "risk_assessment",
    "exclusivity",
    "photo_request",
    "sexual_talk",
    "meeting",
];
/// Codes that on their own make a case trafficking.
const TRAFFICKING_DECISIVE: [&str; 2] = ["commercial_sex", "control"];

/// A file to attach to the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftFile {
    /// File name sent with the upload.
    pub file_name: String,
    /// The bytes.
    pub content: Vec<u8>,
    /// Its `fileDetails`.
    pub info: FileInfo,
}

/// A report ready to be reviewed, queued or printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The case it was built from.
    pub case: CaseId,
    /// The report.
    pub report: Report,
    /// Files to upload after submitting.
    pub files: Vec<DraftFile>,
    /// Things a reviewer should know (e.g. media matched but not attached).
    pub warnings: Vec<String>,
}

/// Choices of the person drafting.
#[derive(Debug, Clone, Default)]
pub struct DraftOptions {
    /// The incident type, instead of the one derived from the case.
    pub incident_type: Option<IncidentType>,
    /// `escalateToHighPriority` text (why a child is at immediate risk).
    pub escalate: Option<String>,
    /// Bytes of matched media by media id, for media whose bytes the
    /// service did not keep (the platform sent only hashes); they take
    /// precedence over kept bytes.
    pub media: HashMap<String, Vec<u8>>,
    /// Whether a person at the platform viewed the media files.
    pub media_viewed: Option<bool>,
    /// File an enticement or trafficking report that names no victim.
    pub allow_no_victims: bool,
}

/// Why a draft cannot be built.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DraftError {
    /// No such case.
    #[error("case {0} does not exist")]
    CaseNotFound(CaseId),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The incident type cannot be derived.
    #[error(
        "case {0}: no media match, recruitment or grooming evidence to derive an incident type from; choose one"
    )]
    NoIncidentType(CaseId),
    /// An enticement or trafficking case without targeted accounts.
    #[error(
        "case {0}: no victims (the case has no targeted accounts); an {1} report should name the child, or be filed explicitly without one"
    )]
    NoVictims(CaseId, &'static str),
    /// The report would not be valid; names the field.
    #[error(transparent)]
    Report(#[from] ReportError),
}

/// Parses a stored envelope, ignoring the service's own markers
/// (`content_stripped`).
fn parse_envelope(value: &serde_json::Value) -> Option<Envelope> {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("content_stripped");
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = value.clone();
    strip(&mut v);
    serde_json::from_value(v).ok()
}

/// Finds attachments whose bytes the service kept: objects with a
/// `media_id` and a `content_stripped` digest (see the server's ingest).
fn collect_stored_digests(value: &serde_json::Value, out: &mut HashMap<String, String>) {
    match value {
        serde_json::Value::Object(m) => {
            if let (Some(serde_json::Value::String(id)), Some(serde_json::Value::String(digest))) =
                (m.get("media_id"), m.get("content_stripped"))
            {
                out.entry(id.clone()).or_insert_with(|| digest.clone());
            }
            m.values().for_each(|v| collect_stored_digests(v, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| collect_stored_digests(v, out)),
        _ => {}
    }
}

/// What the profile events say about an account.
#[derive(Debug, Default, Clone)]
struct ProfileFacts {
    display_names: Vec<String>,
    bio: Option<String>,
    declared_age: Option<u8>,
}

async fn profile_facts(store: &dyn Store, account: &str) -> Result<ProfileFacts, StoreError> {
    let mut facts = ProfileFacts::default();
    // Newest first: the first value seen is the current one.
    for event in store.events_of_actor(account, PROFILE_EVENTS).await? {
        let Some(Envelope {
            event: Event::Profile(p),
            ..
        }) = parse_envelope(&event.envelope)
        else {
            continue;
        };
        if p.account != account {
            continue;
        }
        if let Some(name) = p.display_name.filter(|n| !n.is_empty())
            && !facts.display_names.contains(&name)
        {
            facts.display_names.push(name);
        }
        if facts.bio.is_none() {
            facts.bio = p.bio.filter(|b| !b.is_empty());
        }
        if facts.declared_age.is_none() {
            facts.declared_age = p.declared_age;
        }
    }
    Ok(facts)
}

fn identity(config: &NcmecConfig, account: &str, facts: &ProfileFacts) -> AccountIdentity {
    AccountIdentity {
        esp_identifier: Some(account.to_string()),
        esp_service: non_empty(&config.platform),
        screen_name: Some(account.to_string()),
        display_name: facts.display_names.clone(),
        profile_url: config.profile_url(account).into_iter().collect(),
        profile_bio: facts.bio.clone(),
        ..AccountIdentity::default()
    }
}

fn non_empty(text: &str) -> Option<String> {
    (!text.trim().is_empty()).then(|| text.to_string())
}

fn time_text(ms: Millis) -> String {
    crate::xml::format_date_time(ms).unwrap_or_else(|| ms.to_string())
}

/// A matched media item and where it was seen.
struct MediaSeen {
    attachment: Option<Attachment>,
    ts: Millis,
    location: String,
    matches: Vec<(String, String, u32, Option<String>)>,
}

fn safe_file_part(id: &str) -> String {
    let cleaned: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    if cleaned.is_empty() {
        "x".into()
    } else {
        cleaned
    }
}

/// Builds the draft report of a case.
pub async fn draft_from_case(
    store: &dyn Store,
    case_id: CaseId,
    config: &NcmecConfig,
    options: &DraftOptions,
) -> Result<Draft, DraftError> {
    let reporter = config.reporter()?;
    let case = store
        .case(case_id)
        .await?
        .ok_or(DraftError::CaseNotFound(case_id))?;
    let mut events: Vec<StoredEvent> = Vec::new();
    for seq in &case.event_seqs {
        if let Some(event) = store.event(*seq).await? {
            events.push(event);
        }
    }
    let mut warnings = Vec::new();

    // Conversations touched by the case, read whole (up to a limit).
    let conversations: BTreeSet<String> = events
        .iter()
        .filter_map(|e| e.conversation.clone())
        .collect();
    let mut chats: BTreeMap<String, Vec<StoredEvent>> = BTreeMap::new();
    for conversation in &conversations {
        let mut messages = store
            .events_of_conversation(conversation, MAX_CONVERSATION_MESSAGES)
            .await?;
        if messages.len() == MAX_CONVERSATION_MESSAGES {
            warnings.push(format!(
                "conversation {conversation}: only the latest {MAX_CONVERSATION_MESSAGES} messages are included"
            ));
        }
        messages.reverse();
        messages.retain(|m| m.kind == lurewatch_core::EventKind::Message);
        chats.insert(conversation.clone(), messages);
    }

    // Signals of the case's events and of the conversations' messages.
    let mut codes: BTreeSet<String> = BTreeSet::new();
    let mut ages: HashMap<String, u8> = HashMap::new();
    let mut media: BTreeMap<String, MediaSeen> = BTreeMap::new();
    let mut reasons = Vec::new();
    let mut rules: BTreeSet<String> = BTreeSet::new();
    let all_events = events.iter().chain(chats.values().flatten());
    let mut attachments: HashMap<String, (Attachment, Millis, String)> = HashMap::new();
    // Inline media the service kept: media id → SHA-256 of the stored bytes.
    let mut stored_digests: HashMap<String, String> = HashMap::new();
    for event in &events {
        collect_stored_digests(&event.envelope, &mut stored_digests);
    }
    for event in all_events {
        let envelope = parse_envelope(&event.envelope);
        if let Some(envelope) = &envelope {
            let location = match &envelope.event {
                Event::Message(m) => format!("message in conversation {}", m.conversation),
                Event::Post(p) => format!("post {}", p.post),
                Event::Media(_) => "media upload".to_string(),
                _ => "event".to_string(),
            };
            for a in envelope.event.attachments() {
                attachments
                    .entry(a.media_id.clone())
                    .or_insert_with(|| (a.clone(), event.ts, location.clone()));
            }
            if let Event::Media(m) = &envelope.event {
                attachments
                    .entry(m.media.media_id.clone())
                    .or_insert_with(|| (m.media.clone(), event.ts, location.clone()));
            }
            if let Event::Report(r) = &envelope.event
                && r.subject == case.subject
            {
                reasons.push(r.reason);
            }
        }
        let Some(decision) = &event.decision else {
            continue;
        };
        rules.extend(decision.rules.iter().map(|h| h.rule.clone()));
        for signal in &decision.signals {
            match signal {
                Signal::ConversationRisk { codes: c, .. } => codes.extend(c.iter().cloned()),
                Signal::Age { account, age, .. } => {
                    ages.entry(account.clone()).or_insert(*age);
                }
                Signal::MediaMatch {
                    media_id,
                    bank,
                    signal_type,
                    distance,
                    label,
                    ..
                } => {
                    let seen = media.entry(media_id.clone()).or_insert_with(|| MediaSeen {
                        attachment: None,
                        ts: event.ts,
                        location: String::new(),
                        matches: Vec::new(),
                    });
                    seen.matches.push((
                        bank.clone(),
                        signal_type.clone(),
                        *distance,
                        label.clone(),
                    ));
                }
                _ => {}
            }
        }
    }
    for (media_id, seen) in media.iter_mut() {
        if let Some((a, ts, location)) = attachments.get(media_id) {
            seen.attachment = Some(a.clone());
            seen.ts = *ts;
            seen.location = location.clone();
        }
    }

    use lurewatch_core::event::ReportReason;
    let recruitment = codes
        .iter()
        .filter(|c| RECRUITMENT_CODES.contains(&c.as_str()))
        .count();
    let grooming = codes
        .iter()
        .filter(|c| GROOMING_CODES.contains(&c.as_str()))
        .count();
    let derived = if !media.is_empty() || reasons.contains(&ReportReason::ChildSexualAbuseMaterial)
    {
        Some(IncidentType::ChildPornography)
    } else if reasons.contains(&ReportReason::Trafficking)
        || codes
            .iter()
            .any(|c| TRAFFICKING_DECISIVE.contains(&c.as_str()))
        || (recruitment > 0 && recruitment > grooming)
    {
        Some(IncidentType::ChildSexTrafficking)
    } else if grooming > 0
        || recruitment > 0
        || codes.contains("sextortion")
        || reasons
            .iter()
            .any(|r| matches!(r, ReportReason::Grooming | ReportReason::Sextortion))
    {
        Some(IncidentType::OnlineEnticement)
    } else {
        None
    };
    let incident_type = options
        .incident_type
        .or(derived)
        .ok_or(DraftError::NoIncidentType(case_id))?;

    if case.targets.is_empty()
        && !options.allow_no_victims
        && matches!(
            incident_type,
            IncidentType::OnlineEnticement | IncidentType::ChildSexTrafficking
        )
    {
        return Err(DraftError::NoVictims(
            case_id,
            if incident_type == IncidentType::OnlineEnticement {
                "enticement"
            } else {
                "trafficking"
            },
        ));
    }

    // People.
    let subject_facts = profile_facts(store, &case.subject).await?;
    let subject_age = ages
        .get(&case.subject)
        .copied()
        .or(subject_facts.declared_age);
    let mut victims = Vec::new();
    let mut minor_victims = 0;
    for target in &case.targets {
        let facts = profile_facts(store, target).await?;
        let age = ages.get(target).copied().or(facts.declared_age);
        if age.is_some_and(|a| a < 18) {
            minor_victims += 1;
        }
        victims.push(Victim {
            person: Person {
                age: age.map(i32::from),
                ..Person::default()
            },
            identity: identity(config, target, &facts),
            ..Victim::default()
        });
    }
    let reported = PersonOrUserReported {
        person: subject_age.map(|age| Person {
            age: Some(i32::from(age)),
            ..Person::default()
        }),
        identity: identity(config, &case.subject, &subject_facts),
        additional_info: Some(format!(
            "Account {} on {}; subject of lurewatch case {}.",
            case.subject,
            non_empty(&config.platform).unwrap_or_else(|| "the platform".into()),
            case.id
        )),
        ..PersonOrUserReported::default()
    };

    // Conversations → chat incidents and chat logs.
    let mut internet_details = Vec::new();
    let mut files = Vec::new();
    let text_only = media.is_empty();
    for (index, (conversation, messages)) in chats.iter().enumerate() {
        let mut csv_out = csv::Writer::from_writer(Vec::new());
        let mut lines = Vec::new();
        let _ = csv_out.write_record(["content", "sender", "recipient", "thread", "time"]);
        for m in messages {
            let Some(Envelope {
                event: Event::Message(msg),
                ..
            }) = parse_envelope(&m.envelope)
            else {
                continue;
            };
            let recipients = msg.recipients.join(";");
            let time = time_text(m.ts);
            let _ = csv_out.write_record([
                msg.text.as_str(),
                msg.sender.as_str(),
                recipients.as_str(),
                conversation.as_str(),
                time.as_str(),
            ]);
            if lines.len() < MAX_CONTENT_MESSAGES {
                lines.push(format!(
                    "[{time}] {} -> {}: {}",
                    msg.sender, recipients, msg.text
                ));
            }
        }
        let count = messages.len();
        let csv_bytes = csv_out.into_inner().map_err(|_| ReportError::Invalid {
            path: format!("chat log of conversation {index}"),
            reason: "could not be written".into(),
        })?;
        let file_name = format!(
            "chat-log-{}-{}.csv",
            index + 1,
            safe_file_part(conversation)
        );
        let mut more = String::new();
        if count > lines.len() {
            more = format!(" The first {} are quoted above.", lines.len());
        }
        internet_details.push(InternetDetails::ChatIm {
            chat_client: non_empty(&config.platform),
            chat_room_name: Some(conversation.clone()),
            content: Some(lines.join("\n")),
            additional_info: Some(format!(
                "{count} messages; the full conversation is in the attached file {file_name} \
                 (columns: content, sender, recipient, thread, time in UTC).{more}"
            )),
        });
        let first_ts = messages.first().map(|m| m.ts);
        files.push(DraftFile {
            file_name: file_name.clone(),
            content: csv_bytes.clone(),
            info: FileInfo {
                file_name: Some(file_name),
                uploaded_to_esp_timestamp: first_ts,
                location_of_file: Some(format!("conversation {conversation}")),
                file_viewed_by_esp: Some(true),
                publicly_available: Some(false),
                file_relevance: Some(if text_only {
                    FileRelevance::Reported
                } else {
                    FileRelevance::SupplementalReported
                }),
                original_file_hash: vec![
                    FileHash {
                        hash_type: "MD5".into(),
                        value: hex::encode(md5::Md5::digest(&csv_bytes)),
                    },
                    FileHash {
                        hash_type: "SHA256".into(),
                        value: hex::encode(sha2::Sha256::digest(&csv_bytes)),
                    },
                ],
                additional_info: vec![
                    "Chat log exported by lurewatch from the platform's messages.".into(),
                ],
                ..FileInfo::default()
            },
        });
    }

    // Matched media → files (when the bytes were kept or supplied).
    let mut unattached = Vec::new();
    for (media_id, seen) in &media {
        let classification = seen
            .matches
            .iter()
            .filter_map(|(_, _, _, label)| label.as_deref().and_then(IndustryClassification::parse))
            .next();
        let mut hashes = Vec::new();
        let mut pairs = Vec::new();
        if let Some(a) = &seen.attachment {
            if let Some(md5) = &a.md5 {
                hashes.push(FileHash {
                    hash_type: "MD5".into(),
                    value: md5.clone(),
                });
            }
            if let Some(sha) = &a.sha256 {
                hashes.push(FileHash {
                    hash_type: "SHA256".into(),
                    value: sha.clone(),
                });
            }
            if let Some(pdq) = &a.pdq {
                pairs.push(("PDQ".to_string(), pdq.clone()));
            }
        }
        for (bank, signal_type, distance, _) in &seen.matches {
            pairs.push((
                "bankMatch".to_string(),
                format!("bank {bank}, {signal_type} distance {distance}"),
            ));
        }
        // Bytes given by the caller, else those the service kept at ingest.
        let kept = match (options.media.get(media_id), stored_digests.get(media_id)) {
            (None, Some(digest)) => store.media(digest).await?,
            _ => None,
        };
        match options.media.get(media_id).or(kept.as_ref()) {
            Some(bytes) => {
                let md5 = hex::encode(md5::Md5::digest(bytes));
                let sha = hex::encode(sha2::Sha256::digest(bytes));
                hashes.retain(|h| h.hash_type != "MD5" && h.hash_type != "SHA256");
                hashes.push(FileHash {
                    hash_type: "MD5".into(),
                    value: md5,
                });
                hashes.push(FileHash {
                    hash_type: "SHA256".into(),
                    value: sha,
                });
                let file_name = format!("media-{}", safe_file_part(media_id));
                files.push(DraftFile {
                    file_name: file_name.clone(),
                    content: bytes.clone(),
                    info: FileInfo {
                        file_name: Some(file_name),
                        original_file_name: Some(media_id.clone()),
                        uploaded_to_esp_timestamp: Some(seen.ts),
                        location_of_file: non_empty(&seen.location),
                        file_viewed_by_esp: options.media_viewed,
                        file_relevance: Some(FileRelevance::Reported),
                        industry_classification: classification,
                        original_file_hash: hashes,
                        details: vec![FileDetailsMetadata {
                            metadata_type: Some(MetadataType::Hash),
                            pairs,
                        }],
                        ..FileInfo::default()
                    },
                });
            }
            None => {
                warnings.push(format!(
                    "media {media_id} matched a hash bank but its bytes were neither kept at \
                     ingest nor supplied: it is described in additionalInfo, not attached"
                ));
                let listed: Vec<String> = hashes
                    .iter()
                    .map(|h| format!("{} {}", h.hash_type, h.value))
                    .chain(pairs.iter().map(|(n, v)| format!("{n} {v}")))
                    .collect();
                unattached.push(format!("media {media_id}: {}", listed.join("; ")));
            }
        }
    }

    let mut annotations = ReportAnnotations {
        sextortion: codes.contains("sextortion") || reasons.contains(&ReportReason::Sextortion),
        csam_solicitation: codes.contains("photo_request"),
        ..ReportAnnotations::default()
    };
    if subject_age.is_some_and(|a| a < 18) && minor_victims > 0 {
        annotations.minor_to_minor_interaction = true;
    }
    let escalate = options.escalate.clone().or_else(|| {
        config
            .escalate_min_priority
            .filter(|min| case.priority >= *min)
            .map(|_| {
                format!(
                    "The platform's rules rated this case priority {}: a possible ongoing risk to a child.",
                    case.priority
                )
            })
    });
    let first_ts = events.iter().map(|e| e.ts).min().unwrap_or(case.created);

    let mut info = vec![format!(
        "Generated by lurewatch from case {} (queue {}).",
        case.id, case.queue
    )];
    if !codes.is_empty() {
        info.push(format!(
            "Detector evidence categories: {}.",
            codes.iter().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    if !rules.is_empty() {
        info.push(format!(
            "Platform rules that fired: {}.",
            rules.iter().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    if !unattached.is_empty() {
        info.push(format!(
            "Matched media not attached (bytes not retained): {}.",
            unattached.join(" | ")
        ));
    }

    let report = Report {
        batched_report: None,
        incident_summary: IncidentSummary {
            incident_type,
            platform: non_empty(&config.platform),
            escalate_to_high_priority: escalate,
            report_annotations: annotations,
            incident_date_time: first_ts,
            incident_date_time_description: Some(
                "Time of the earliest event of the case on the platform (UTC).".into(),
            ),
        },
        internet_details,
        law_enforcement: None,
        reporter,
        person_or_user_reported: vec![reported],
        intended_recipient: Vec::new(),
        victim: victims,
        additional_info: Some(info.join("\n")),
    };
    // Validate now: the reviewer sees problems while drafting.
    crate::xml::report_to_xml(&report)?;
    for (i, f) in files.iter().enumerate() {
        crate::xml::file_details_to_xml(1, "check", &f.info).map_err(|e| match e {
            ReportError::Invalid { path, reason } => ReportError::Invalid {
                path: format!("files[{i}].{path}"),
                reason,
            },
        })?;
    }
    Ok(Draft {
        case: case_id,
        report,
        files,
        warnings,
    })
}
