//! The XML writer against the real schema: snapshots of every incident
//! type, validated with xmllint; a property test that any report the model
//! can build is either refused with a named field or schema-valid; bad input.

mod common;

use common::*;
use lurewatch_ncmec::model::*;
use lurewatch_ncmec::standin::{xmllint_available, xmllint_validate};
use lurewatch_ncmec::xml::{ReportError, file_details_to_xml, report_to_xml};
use proptest::prelude::*;

fn require_xmllint() {
    if let Err(message) = xmllint_available() {
        panic!("{message}");
    }
}

fn snake(t: IncidentType) -> String {
    format!("{t:?}").chars().fold(String::new(), |mut s, c| {
        if c.is_uppercase() && !s.is_empty() {
            s.push('_');
        }
        s.push(c.to_ascii_lowercase());
        s
    })
}

#[test]
fn every_incident_type_snapshot_is_schema_valid() {
    require_xmllint();
    assert_eq!(IncidentType::ALL.len(), 8);
    for &t in IncidentType::ALL {
        let xml = report_to_xml(&full_report(t)).unwrap();
        xmllint_validate(&xml).unwrap_or_else(|e| panic!("{t}: {e}\n{xml}"));
        assert!(xml.contains(&format!("<incidentType>{}</incidentType>", t.as_str())));
        insta::assert_snapshot!(format!("report_{}", snake(t)), xml);
    }
}

#[test]
fn minimal_text_only_report_is_valid() {
    require_xmllint();
    let report = Report {
        batched_report: Some(BatchedReportReason::ViralPotentialMeme),
        incident_summary: IncidentSummary {
            incident_type: IncidentType::ChildSexTrafficking,
            platform: None,
            escalate_to_high_priority: None,
            report_annotations: ReportAnnotations::default(),
            incident_date_time: T0,
            incident_date_time_description: None,
        },
        internet_details: vec![],
        law_enforcement: None,
        reporter: config().reporter().unwrap(),
        person_or_user_reported: vec![],
        intended_recipient: vec![],
        victim: vec![Victim::default()],
        additional_info: None,
    };
    let xml = report_to_xml(&report).unwrap();
    xmllint_validate(&xml).unwrap();
    insta::assert_snapshot!("report_minimal", xml);
}

#[test]
fn file_details_snapshot_is_schema_valid() {
    require_xmllint();
    let info = FileInfo {
        file_name: Some("media-m1".into()),
        original_file_name: Some("m1.jpg".into()),
        uploaded_to_esp_timestamp: Some(T0),
        location_of_file: Some("message in conversation conv-1".into()),
        file_viewed_by_esp: Some(false),
        exif_viewed_by_esp: Some(false),
        publicly_available: Some(false),
        file_relevance: Some(FileRelevance::Reported),
        potential_meme: None,
        file_annotations: FileAnnotations {
            generative_ai: true,
            viral: true,
            ..FileAnnotations::default()
        },
        industry_classification: Some(IndustryClassification::B2),
        original_file_hash: vec![FileHash {
            hash_type: "MD5".into(),
            value: "d41d8cd98f00b204e9800998ecf8427e".into(),
        }],
        ip_capture_event: Some(IpCaptureEvent {
            ip_address: "2001:db8::1".into(),
            ..IpCaptureEvent::default()
        }),
        device_id: vec![],
        details: vec![FileDetailsMetadata {
            metadata_type: Some(MetadataType::Hash),
            pairs: vec![("PDQ".into(), "f".repeat(64))],
        }],
        additional_info: vec!["a".into(), "b".into()],
    };
    let xml = file_details_to_xml(4_564_654, "f0001", &info).unwrap();
    xmllint_validate(&xml).unwrap();
    insta::assert_snapshot!("file_details", xml);
    // The choice potentialMeme | fileAnnotations is exclusive.
    let both = FileInfo {
        potential_meme: Some(true),
        ..info.clone()
    };
    assert!(file_details_to_xml(1, "f", &both).is_err());
    let old_flag = FileInfo {
        potential_meme: Some(true),
        file_annotations: FileAnnotations::default(),
        ..info
    };
    xmllint_validate(&file_details_to_xml(1, "f", &old_flag).unwrap()).unwrap();
}

fn path_of(error: ReportError) -> String {
    match error {
        ReportError::Invalid { path, .. } => path,
    }
}

#[test]
fn bad_input_is_refused_naming_the_field() {
    let mut r = full_report(IncidentType::OnlineEnticement);
    r.victim[0].status.estimated_location = Some(EstimatedLocation {
        country_code: Some("XX".into()),
        ..EstimatedLocation::default()
    });
    assert_eq!(
        path_of(report_to_xml(&r).unwrap_err()),
        "victim[0].estimatedLocation.countryCode"
    );

    let mut r = full_report(IncidentType::OnlineEnticement);
    r.person_or_user_reported[0]
        .person
        .as_mut()
        .unwrap()
        .address[0]
        .state = Some("Virginia".into());
    let error = report_to_xml(&r).unwrap_err();
    assert!(error.to_string().contains("US state"), "{error}");

    let mut r = full_report(IncidentType::OnlineEnticement);
    r.reporter.reporting_person.email.clear();
    let error = report_to_xml(&r).unwrap_err().to_string();
    assert!(
        error.contains("reporter.reportingPerson.email") && error.contains("[ncmec.reporter]"),
        "{error}"
    );

    let mut r = full_report(IncidentType::OnlineEnticement);
    r.incident_summary.incident_date_time = i64::MAX;
    assert_eq!(
        path_of(report_to_xml(&r).unwrap_err()),
        "incidentSummary.incidentDateTime"
    );

    let mut r = full_report(IncidentType::OnlineEnticement);
    r.person_or_user_reported[0]
        .person
        .as_mut()
        .unwrap()
        .date_of_birth = Some("2013-02-29".into());
    assert!(path_of(report_to_xml(&r).unwrap_err()).ends_with("dateOfBirth"));

    let mut r = full_report(IncidentType::OnlineEnticement);
    r.victim[0].identity.ip_capture_event[0].ip_address = " ".into();
    assert_eq!(
        path_of(report_to_xml(&r).unwrap_err()),
        "victim[0].ipCaptureEvent[0].ipAddress"
    );

    let mut r = full_report(IncidentType::OnlineEnticement);
    if let InternetDetails::CellPhone {
        phone_number,
        latitude,
        ..
    } = &mut r.internet_details[2]
    {
        *latitude = Some(f64::NAN);
        phone_number.as_mut().unwrap().country_calling_code = Some("1".into());
    }
    assert!(path_of(report_to_xml(&r).unwrap_err()).starts_with("internetDetails[2]"));

    let mut r = full_report(IncidentType::OnlineEnticement);
    r.person_or_user_reported[0]
        .status
        .account_permanently_disabled
        .as_mut()
        .unwrap()
        .reenabled_date = Some(T0);
    assert!(path_of(report_to_xml(&r).unwrap_err()).ends_with("@reenabledDate"));
}

#[test]
fn forbidden_characters_give_valid_escaped_xml() {
    require_xmllint();
    let mut r = full_report(IncidentType::OnlineEnticement);
    let hostile = "a\u{0}b\u{8}c\u{1b}d\u{FFFE}e\u{FFFF}f <tag> & \"q\" 'a' ]]> \r\n\t \u{202E}rtl \u{1F600} \u{10FFFF}";
    r.victim[0].identity.display_name = vec![hostile.into()];
    r.additional_info = Some(hostile.into());
    r.person_or_user_reported[0].identity.profile_bio = Some(hostile.into());
    r.victim[0].identity.profile_url = vec![hostile.into()];
    if let Some(p) = r.person_or_user_reported[0].person.as_mut() {
        p.email = vec![Email {
            value: hostile.into(),
            ..Email::default()
        }];
    }
    let xml = report_to_xml(&r).unwrap();
    xmllint_validate(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert!(!xml.contains('\u{0}') && !xml.contains('\u{1b}') && !xml.contains('\u{FFFE}'));
    assert!(xml.contains("a\u{FFFD}b\u{FFFD}c"));
    assert!(xml.contains("&lt;tag&gt; &amp;"));
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z <>&\"'\\]\u{0}-\u{1f}\u{7f}\u{fffe}\u{ffff}]{0,12}",
        Just(String::new()),
    ]
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(text())
}

fn country() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(prop_oneof![
        Just("US".to_string()),
        Just("DE".to_string()),
        Just("XX".to_string())
    ])
}

fn ms() -> impl Strategy<Value = i64> {
    prop_oneof![0i64..4_102_444_800_000, Just(-1), Just(i64::MAX)]
}

prop_compose! {
    fn arb_identity()(esp in opt_text(), screen in opt_text(), names in proptest::collection::vec(text(), 0..3),
                      bio in opt_text(), ip in proptest::option::of(text()), port in proptest::option::of(any::<i32>()),
                      when in proptest::option::of(ms()), proxy in proptest::option::of(any::<bool>()))
        -> AccountIdentity {
        AccountIdentity {
            esp_identifier: esp,
            esp_service: Some("ExampleChat".into()),
            compromised_account: proxy,
            screen_name: screen,
            display_name: names.clone(),
            profile_url: names,
            profile_bio: bio,
            ip_capture_event: ip.map(|ip| IpCaptureEvent { ip_address: ip, event_name: Some(IpCaptureType::Other),
                date_time: when, possible_proxy: proxy, port }).into_iter().collect(),
            device_id: vec![],
        }
    }
}

prop_compose! {
    fn arb_report()(t in proptest::sample::select(IncidentType::ALL.to_vec()), platform in opt_text(),
                    escalate in opt_text(), sextortion in any::<bool>(), spam in any::<bool>(),
                    when in ms(), content in opt_text(), room in opt_text(), info in opt_text(),
                    suspect in proptest::option::of(arb_identity()), victims in proptest::collection::vec(arb_identity(), 0..3),
                    age in proptest::option::of(any::<i32>()), country in country(), city in opt_text(),
                    with_le in any::<bool>(), dob in proptest::option::of(prop_oneof![Just("2010-05-01".to_string()), text()]))
        -> Report {
        let mut report = full_report(t);
        report.incident_summary.platform = platform;
        report.incident_summary.escalate_to_high_priority = escalate;
        report.incident_summary.report_annotations = ReportAnnotations { sextortion, spam, ..ReportAnnotations::default() };
        report.incident_summary.incident_date_time = when;
        report.internet_details = vec![InternetDetails::ChatIm { chat_client: Some("ExampleChat".into()),
            chat_room_name: room, content, additional_info: info.clone() }];
        if !with_le { report.law_enforcement = None; }
        report.person_or_user_reported = suspect.map(|identity| PersonOrUserReported { identity,
            person: Some(Person { age, date_of_birth: dob, address: vec![Address { city, country, ..Address::default() }],
                ..Person::default() }),
            ..PersonOrUserReported::default() }).into_iter().collect();
        report.victim = victims.into_iter().map(|identity| Victim { identity, person: Person { age, ..Person::default() },
            ..Victim::default() }).collect();
        report.additional_info = info;
        report
    }
}

/// Any report the model can build is refused with a named field, or is
/// schema-valid. Run on a thread with a large stack: the composed strategy
/// is deep in debug builds.
#[test]
fn any_report_is_refused_with_a_path_or_schema_valid() {
    require_xmllint();
    static VALID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = || {
        let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
            cases: 64,
            ..ProptestConfig::default()
        });
        runner
            .run(&arb_report(), |report| {
                match report_to_xml(&report) {
                    Ok(xml) => {
                        if let Err(e) = xmllint_validate(&xml) {
                            prop_assert!(false, "schema refused: {e}\n{xml}");
                        }
                        VALID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                    Err(ReportError::Invalid { path, reason }) => {
                        prop_assert!(!path.is_empty() && !reason.is_empty());
                    }
                }
                Ok(())
            })
            .map_err(|e| e.to_string())
    };
    let outcome = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
    if let Err(e) = outcome {
        panic!("{e}");
    }
    let valid = VALID.load(std::sync::atomic::Ordering::Relaxed);
    assert!(
        valid >= 8,
        "only {valid} of 64 generated reports were writable"
    );
}

#[test]
fn the_validator_refuses_out_of_order_elements() {
    require_xmllint();
    let xml = report_to_xml(&full_report(IncidentType::OnlineEnticement)).unwrap();
    // Move incidentDateTime before reportAnnotations: NCMEC answers 4100.
    let start = xml.find("<incidentDateTime>").unwrap();
    let end = xml.find("</incidentDateTime>").unwrap() + "</incidentDateTime>".len();
    let element = &xml[start..end];
    let swapped = xml.replacen(element, "", 1).replacen(
        "<reportAnnotations>",
        &format!("{element}<reportAnnotations>"),
        1,
    );
    let error = xmllint_validate(&swapped).unwrap_err();
    assert!(
        error.contains("incidentDateTime") || error.contains("reportAnnotations"),
        "{error}"
    );
}
