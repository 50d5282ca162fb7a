//! Fixtures shared by the integration tests: a fully populated report,
//! configs, and a store holding a case built from benign events.

#![allow(dead_code)]

use std::sync::Arc;

use lurewatch_core::{Decision, EventKind, Signal};
use lurewatch_ncmec::NcmecConfig;
use lurewatch_ncmec::config::{ContactConfig, ReporterConfig};
use lurewatch_ncmec::model::*;
use lurewatch_store::{CaseId, CaseUpdate, NewEvent, SqliteStore, Store};
use serde_json::json;

pub const T0: i64 = 1_767_225_600_000; // 2026-01-01T00:00:00Z

pub fn config() -> NcmecConfig {
    NcmecConfig {
        enabled: true,
        username: "esp".into(),
        platform: "ExampleChat".into(),
        profile_url_template: Some("https://chat.example/u/{account}".into()),
        reporter: ReporterConfig {
            first_name: Some("Trust".into()),
            last_name: Some("Safety".into()),
            email: Some("reports@chat.example".into()),
            phone: Some("+1 555 0100".into()),
            company_template: Some("Serve legal process to legal@chat.example.".into()),
            terms_of_service: None,
            legal_url: Some("https://chat.example/law".into()),
        },
        contact: Some(ContactConfig {
            first_name: Some("On".into()),
            last_name: Some("Call".into()),
            email: Some("oncall@chat.example".into()),
            phone: None,
        }),
        timeout_secs: 1,
        max_attempts: 4,
        retry_base_ms: 1,
        max_retry_delay_ms: 5,
        ..NcmecConfig::default()
    }
}

fn address() -> Address {
    Address {
        address_type: Some(AddressType::Business),
        address: Some("1 Example Way".into()),
        city: Some("Springfield".into()),
        zip_code: Some("22150".into()),
        state: Some("VA".into()),
        non_usa_state: None,
        country: Some("US".into()),
    }
}

fn identity(id: &str) -> AccountIdentity {
    AccountIdentity {
        esp_identifier: Some(id.into()),
        esp_service: Some("ExampleChat".into()),
        compromised_account: Some(false),
        screen_name: Some(id.into()),
        display_name: vec![format!("{id} display")],
        profile_url: vec![format!("https://chat.example/u/{id}")],
        profile_bio: Some("likes games".into()),
        ip_capture_event: vec![IpCaptureEvent {
            ip_address: "192.0.2.7".into(),
            event_name: Some(IpCaptureType::Login),
            date_time: Some(T0),
            possible_proxy: Some(false),
            port: Some(443),
        }],
        device_id: vec![DeviceId {
            id_type: "IDFA".into(),
            id_value: "0000-1111".into(),
            event_name: Some(IpCaptureType::Registration),
            date_time: Some(T0 + 1),
        }],
    }
}

fn status() -> AccountStatus {
    AccountStatus {
        account_temporarily_disabled: Some(AccountDisabled {
            disabled: true,
            disabled_date: Some(T0),
            user_notified: Some(false),
            user_notified_date: None,
            reenabled_date: Some(T0 + 86_400_000),
        }),
        account_permanently_disabled: Some(AccountDisabled {
            disabled: true,
            disabled_date: Some(T0 + 90_000_000),
            user_notified: Some(true),
            user_notified_date: Some(T0 + 90_000_000),
            reenabled_date: None,
        }),
        estimated_location: Some(EstimatedLocation {
            city: Some("Springfield".into()),
            region: Some("VA".into()),
            country_code: Some("US".into()),
            verified: Some(false),
            timestamp: Some(T0),
        }),
        all_emails_reported: Some(true),
    }
}

/// A report using every part of the model.
pub fn full_report(incident_type: IncidentType) -> Report {
    let config = config();
    let mut associated = AssociatedAccount::new(AssociatedAccountType::Linked);
    associated.platform = Some("OtherApp".into());
    associated.third_party_user = Some(true);
    associated.approximate_age = Some(30);
    associated.date_of_birth = Some("1995-06-30".into());
    associated.email = vec![Email {
        value: "x@other.example".into(),
        email_type: Some(EmailType::Home),
        verified: Some(true),
        verification_date: Some(T0),
    }];
    associated.screen_name = Some("other_handle".into());
    associated.prior_ct_report = vec![42];
    Report {
        batched_report: None,
        incident_summary: IncidentSummary {
            incident_type,
            platform: Some("ExampleChat".into()),
            escalate_to_high_priority: Some("Meeting proposed for tomorrow.".into()),
            report_annotations: ReportAnnotations {
                sextortion: true,
                csam_solicitation: true,
                ..ReportAnnotations::default()
            },
            incident_date_time: T0,
            incident_date_time_description: Some("first message".into()),
        },
        internet_details: vec![
            InternetDetails::ChatIm {
                chat_client: Some("ExampleChat".into()),
                chat_room_name: Some("conv-1".into()),
                content: Some("[2026-01-01T00:00:00Z] adult1 -> teen1: asks for photos".into()),
                additional_info: Some("see chat log".into()),
            },
            InternetDetails::WebPage {
                url: vec!["https://chat.example/p/1".into()],
                additional_info: None,
                third_party_hosted_content: Some(false),
            },
            InternetDetails::CellPhone {
                phone_number: Some(Phone {
                    value: "5550100".into(),
                    phone_type: Some(PhoneType::Mobile),
                    verified: None,
                    verification_date: None,
                    country_calling_code: Some("+1".into()),
                    extension: Some("12".into()),
                }),
                latitude: Some(38.5),
                longitude: Some(-77.25),
                additional_info: None,
            },
        ],
        law_enforcement: Some(LawEnforcement {
            agency_name: "Example County Police".into(),
            case_number: Some("2026-1".into()),
            officer_contact: Some(ContactPerson {
                first_name: Some("Pat".into()),
                ..ContactPerson::default()
            }),
            reported_to_le: Some(true),
            served_legal_process_domestic: Some(false),
            served_legal_process_international: Some(true),
            flea_country: Some("CA".into()),
        }),
        reporter: config.reporter().unwrap(),
        person_or_user_reported: vec![PersonOrUserReported {
            person: Some(Person {
                first_name: None,
                last_name: None,
                phone: vec![],
                email: vec![],
                address: vec![address()],
                age: Some(31),
                date_of_birth: Some("1994-02-28".into()),
            }),
            vehicle_description: Some("blue car".into()),
            identity: identity("adult1"),
            third_party_user_reported: Some(false),
            prior_ct_reports: vec![123],
            group_identifier: Some("group-7".into()),
            status: status(),
            associated_account: vec![associated.clone()],
            additional_info: Some("subject".into()),
        }],
        intended_recipient: vec![IntendedRecipient {
            person: Some(Person {
                age: Some(14),
                ..Person::default()
            }),
            identity: identity("teen2"),
            prior_ct_reports: vec![],
            group_identifier: None,
            status: AccountStatus::default(),
            additional_info: vec!["one".into(), "two".into()],
        }],
        victim: vec![Victim {
            person: Person {
                age: Some(14),
                ..Person::default()
            },
            identity: identity("teen1"),
            school_name: Some("Example Middle School".into()),
            prior_ct_reports: vec![],
            status: AccountStatus::default(),
            associated_account: vec![AssociatedAccount::new(
                AssociatedAccountType::ParentGuardian,
            )],
            additional_info: Some("stated age 14".into()),
        }],
        additional_info: Some("Generated for a test.".into()),
    }
}

pub fn message(conversation: &str, sender: &str, recipient: &str, text: &str, ts: i64) -> NewEvent {
    NewEvent {
        dedupe_key: None,
        kind: EventKind::Message,
        actor: sender.into(),
        conversation: Some(conversation.into()),
        ts,
        received: ts + 1,
        envelope: json!({"type": "message", "conversation": conversation, "sender": sender,
                         "recipients": [recipient], "text": text}),
    }
}

pub fn profile(account: &str, age: u8, name: &str, ts: i64) -> NewEvent {
    NewEvent {
        dedupe_key: None,
        kind: EventKind::Profile,
        actor: account.into(),
        conversation: None,
        ts,
        received: ts + 1,
        envelope: json!({"type": "profile", "account": account, "declared_age": age,
                         "display_name": name, "bio": "hi"}),
    }
}

pub fn risk(codes: &[&str]) -> Decision {
    Decision {
        signals: vec![Signal::ConversationRisk {
            conversation: "conv-1".into(),
            score: 0.9,
            flagged: true,
            codes: codes.iter().map(|c| c.to_string()).collect(),
            evidence: vec![],
            suspected_sender: Some("adult1".into()),
        }],
        ..Decision::default()
    }
}

/// A store with one case: `adult1` messaging `teen1` (and, with `targets`,
/// naming them as victims), the last message's decision carrying `codes`.
pub async fn store_with_case(codes: &[&str], targets: &[&str]) -> (Arc<dyn Store>, CaseId) {
    let store = SqliteStore::open_in_memory().await.unwrap();
    store.migrate().await.unwrap();
    let store: Arc<dyn Store> = Arc::new(store);
    let events = vec![
        profile("adult1", 30, "Adult One", T0 - 10_000),
        profile("teen1", 14, "Teen One", T0 - 9_000),
        message("conv-1", "adult1", "teen1", "hey, how old are you?", T0),
        message("conv-1", "teen1", "adult1", "14, why", T0 + 60_000),
        message(
            "conv-1",
            "adult1",
            "teen1",
            "asks for photos, \"secret\" <ok> & \u{1}",
            T0 + 120_000,
        ),
    ];
    let appended = store.append_events(&events).await.unwrap();
    let last = appended[4].seq();
    store.record_decision(last, &risk(codes)).await.unwrap();
    let case = store
        .upsert_case(&CaseUpdate {
            subject: "adult1".into(),
            queue: "child_safety".into(),
            priority: 50,
            event_seq: appended[2].seq(),
            targets: targets.iter().map(|t| t.to_string()).collect(),
            child_safety: true,
            now: T0,
        })
        .await
        .unwrap();
    store
        .upsert_case(&CaseUpdate {
            subject: "adult1".into(),
            queue: "child_safety".into(),
            priority: 50,
            event_seq: last,
            targets: vec![],
            child_safety: true,
            now: T0 + 120_000,
        })
        .await
        .unwrap();
    (store, case)
}
