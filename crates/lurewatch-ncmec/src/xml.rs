//! Writing reports as schema-valid XML.
//!
//! NCMEC validates every document against its XSD and refuses one with an
//! element out of order (responseCode 4100), so the writer below is one
//! function per schema type that emits children in exactly the schema's
//! `xs:sequence` order; nothing is written by reflection over field order.
//!
//! Everything is checked while writing, and the first problem is returned
//! as a [`ReportError`] naming the element path (`victim[1].victimPerson.
//! address[0].country`) and what is wrong — never the value itself, which
//! may be message text:
//!
//! * code lists: country and US state codes against the vendored schema's
//!   lists, phone country calling codes and extensions against its patterns;
//! * required content: non-empty `ipAddress`, `idType`, `idValue`,
//!   `agencyName`, `hashType`, e-mail addresses and phone numbers, the
//!   reporting person's name and e-mail (NCMEC's documentation requires
//!   them; the XSD does not);
//! * numbers and times: finite latitudes, times within years 1–9999, real
//!   calendar dates of birth.
//!
//! Text is escaped (`&`, `<`, `>`, quotes in attributes, and CR/TAB/LF as
//! character references in attributes and CR in text, so they survive
//! parsing). Characters XML 1.0 forbids (C0 controls other than TAB, LF and
//! CR, and U+FFFE/U+FFFF) cannot be escaped at all: they are replaced by
//! U+FFFD, so a hostile display name produces a valid document that shows
//! where something was removed.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::sync::LazyLock;

use lurewatch_core::Millis;

use crate::model::*;

/// The vendored schema (see `schema/README.md`).
pub const SCHEMA_XSD: &str = include_str!("../schema/cyber_tipline.xsd");

/// Why a report (or file details) cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    /// A field is missing or not acceptable; `path` names it in schema
    /// terms.
    #[error("{path}: {reason}")]
    Invalid {
        /// Element path, e.g. `reporter.reportingPerson.email`.
        path: String,
        /// What is wrong (never the value).
        reason: String,
    },
}

fn invalid(path: &str, reason: impl Into<String>) -> ReportError {
    ReportError::Invalid {
        path: path.to_string(),
        reason: reason.into(),
    }
}

/// Enumeration values of one `xs:simpleType` of the vendored schema.
fn schema_enumeration(type_name: &str) -> HashSet<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(SCHEMA_XSD);
    let mut inside = false;
    let mut values = HashSet::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.name().as_ref() == b"xs:simpleType" => {
                inside = e
                    .try_get_attribute("name")
                    .ok()
                    .flatten()
                    .is_some_and(|a| a.value.as_ref() == type_name.as_bytes());
            }
            Ok(Event::End(e)) if e.name().as_ref() == b"xs:simpleType" => inside = false,
            Ok(Event::Empty(e)) | Ok(Event::Start(e))
                if inside && e.name().as_ref() == b"xs:enumeration" =>
            {
                if let Ok(Some(value)) = e.try_get_attribute("value")
                    && let Ok(text) = value.unescape_value()
                {
                    values.insert(text.into_owned());
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    values
}

static COUNTRIES: LazyLock<HashSet<String>> = LazyLock::new(|| schema_enumeration("country"));
static STATES: LazyLock<HashSet<String>> = LazyLock::new(|| schema_enumeration("state"));

/// Whether `code` is in the schema's `country` list (ISO 3166 alpha-2 codes
/// and a few legacy ones).
pub fn is_country_code(code: &str) -> bool {
    COUNTRIES.contains(code)
}

/// Whether `code` is in the schema's US `state` list.
pub fn is_us_state_code(code: &str) -> bool {
    STATES.contains(code)
}

/// Whether XML 1.0 allows the character at all.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            c if !is_xml_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// `text` escaped for element content, forbidden characters replaced.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text, false);
    out
}

/// Formats Unix milliseconds as `xs:dateTime` in UTC (`…Z`, with
/// milliseconds when not zero).
pub fn format_date_time(ms: Millis) -> Option<String> {
    let nanos = i128::from(ms).checked_mul(1_000_000)?;
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(nanos).ok()?;
    if !(1..=9999).contains(&t.year()) {
        return None;
    }
    let mut s = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    );
    if t.millisecond() != 0 {
        let _ = write!(s, ".{:03}", t.millisecond());
    }
    s.push('Z');
    Some(s)
}

/// Checks a `YYYY-MM-DD` calendar date.
pub fn is_valid_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()) else {
        return false;
    };
    let Ok(month) = time::Month::try_from(m) else {
        return false;
    };
    y >= 1 && time::Date::from_calendar_date(y, month, d).is_ok()
}

/// The document being written, indented two spaces per level (the schema
/// has no mixed content, so whitespace between elements is insignificant).
struct W {
    out: String,
    /// Per open element: whether it has children yet.
    open: Vec<bool>,
}

impl W {
    fn new() -> W {
        W {
            out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
            open: Vec::new(),
        }
    }

    fn start_tag(&mut self, name: &str, attrs: &[(&str, String)]) {
        if let Some(parent) = self.open.last_mut() {
            *parent = true;
        }
        self.out.push('\n');
        for _ in 0..self.open.len() {
            self.out.push_str("  ");
        }
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attrs {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value, true);
            self.out.push('"');
        }
        self.out.push('>');
    }

    fn open(&mut self, name: &str, attrs: &[(&str, String)]) {
        self.start_tag(name, attrs);
        self.open.push(false);
    }

    fn close(&mut self, name: &str) {
        if self.open.pop() == Some(true) {
            self.out.push('\n');
            for _ in 0..self.open.len() {
                self.out.push_str("  ");
            }
        }
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, String)]) {
        self.text_attrs(name, attrs, "");
    }

    fn text_attrs(&mut self, name: &str, attrs: &[(&str, String)], text: &str) {
        self.start_tag(name, attrs);
        escape_into(&mut self.out, text, false);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    fn text(&mut self, name: &str, text: &str) {
        self.text_attrs(name, &[], text);
    }

    fn opt(&mut self, name: &str, text: &Option<String>) {
        if let Some(text) = text {
            self.text(name, text);
        }
    }

    fn many(&mut self, name: &str, texts: &[String]) {
        for text in texts {
            self.text(name, text);
        }
    }

    fn bool(&mut self, name: &str, value: Option<bool>) {
        if let Some(value) = value {
            self.text(name, if value { "true" } else { "false" });
        }
    }

    fn int<T: std::fmt::Display>(&mut self, name: &str, value: Option<T>) {
        if let Some(value) = value {
            self.text(name, &value.to_string());
        }
    }

    fn time(&mut self, path: &str, name: &str, value: Option<Millis>) -> Result<(), ReportError> {
        if let Some(value) = value {
            self.text(name, &date_time(&format!("{path}.{name}"), value)?);
        }
        Ok(())
    }
}

fn date_time(path: &str, ms: Millis) -> Result<String, ReportError> {
    format_date_time(ms).ok_or_else(|| invalid(path, "time out of range (years 1 to 9999)"))
}

fn bool_text(value: bool) -> String {
    if value { "true" } else { "false" }.to_string()
}

fn push_bool_attr(
    attrs: &mut Vec<(&'static str, String)>,
    name: &'static str,
    value: Option<bool>,
) {
    if let Some(value) = value {
        attrs.push((name, bool_text(value)));
    }
}

fn push_time_attr(
    attrs: &mut Vec<(&'static str, String)>,
    path: &str,
    name: &'static str,
    value: Option<Millis>,
) -> Result<(), ReportError> {
    if let Some(value) = value {
        attrs.push((name, date_time(&format!("{path}.@{name}"), value)?));
    }
    Ok(())
}

fn non_empty(path: &str, text: &str) -> Result<(), ReportError> {
    if text.trim().is_empty() {
        Err(invalid(path, "required, must not be empty"))
    } else {
        Ok(())
    }
}

fn check_country(path: &str, code: &Option<String>) -> Result<(), ReportError> {
    match code {
        Some(code) if !is_country_code(code) => Err(invalid(
            path,
            "unknown country code (use an ISO 3166 alpha-2 code from the schema's list, e.g. US)",
        )),
        _ => Ok(()),
    }
}

fn write_address(w: &mut W, path: &str, name: &str, a: &Address) -> Result<(), ReportError> {
    check_country(&format!("{path}.country"), &a.country)?;
    if let Some(state) = &a.state
        && !is_us_state_code(state)
    {
        return Err(invalid(
            &format!("{path}.state"),
            "unknown US state code (use nonUsaState outside the US)",
        ));
    }
    let mut attrs = Vec::new();
    if let Some(t) = a.address_type {
        attrs.push(("type", t.as_str().to_string()));
    }
    w.open(name, &attrs);
    w.opt("address", &a.address);
    w.opt("city", &a.city);
    w.opt("zipCode", &a.zip_code);
    w.opt("state", &a.state);
    w.opt("nonUsaState", &a.non_usa_state);
    w.opt("country", &a.country);
    w.close(name);
    Ok(())
}

fn write_email(w: &mut W, path: &str, name: &str, e: &Email) -> Result<(), ReportError> {
    non_empty(path, &e.value)?;
    let mut attrs = Vec::new();
    if let Some(t) = e.email_type {
        attrs.push(("type", t.as_str().to_string()));
    }
    push_bool_attr(&mut attrs, "verified", e.verified);
    push_time_attr(&mut attrs, path, "verificationDate", e.verification_date)?;
    w.text_attrs(name, &attrs, &e.value);
    Ok(())
}

fn write_phone(w: &mut W, path: &str, name: &str, p: &Phone) -> Result<(), ReportError> {
    non_empty(path, &p.value)?;
    let mut attrs = Vec::new();
    if let Some(t) = p.phone_type {
        attrs.push(("type", t.as_str().to_string()));
    }
    push_bool_attr(&mut attrs, "verified", p.verified);
    push_time_attr(&mut attrs, path, "verificationDate", p.verification_date)?;
    if let Some(code) = &p.country_calling_code {
        let digits = code.strip_prefix('+').unwrap_or("");
        if !(1..=3).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid(
                &format!("{path}.@countryCallingCode"),
                "must be + and 1 to 3 digits, e.g. +1",
            ));
        }
        attrs.push(("countryCallingCode", code.clone()));
    }
    if let Some(ext) = &p.extension {
        if ext.is_empty() || !ext.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid(&format!("{path}.@extension"), "must be digits"));
        }
        attrs.push(("extension", ext.clone()));
    }
    w.text_attrs(name, &attrs, &p.value);
    Ok(())
}

fn write_contact_fields(
    w: &mut W,
    path: &str,
    first: &Option<String>,
    last: &Option<String>,
    phones: &[Phone],
    emails: &[Email],
    addresses: &[Address],
) -> Result<(), ReportError> {
    w.opt("firstName", first);
    w.opt("lastName", last);
    for (i, p) in phones.iter().enumerate() {
        write_phone(w, &format!("{path}.phone[{i}]"), "phone", p)?;
    }
    for (i, e) in emails.iter().enumerate() {
        write_email(w, &format!("{path}.email[{i}]"), "email", e)?;
    }
    for (i, a) in addresses.iter().enumerate() {
        write_address(w, &format!("{path}.address[{i}]"), "address", a)?;
    }
    Ok(())
}

fn write_person(w: &mut W, path: &str, name: &str, p: &Person) -> Result<(), ReportError> {
    w.open(name, &[]);
    write_contact_fields(
        w,
        path,
        &p.first_name,
        &p.last_name,
        &p.phone,
        &p.email,
        &p.address,
    )?;
    w.int("age", p.age);
    if let Some(dob) = &p.date_of_birth {
        if !is_valid_date(dob) {
            return Err(invalid(
                &format!("{path}.dateOfBirth"),
                "must be a calendar date YYYY-MM-DD",
            ));
        }
        w.text("dateOfBirth", dob);
    }
    w.close(name);
    Ok(())
}

fn write_contact_person(
    w: &mut W,
    path: &str,
    name: &str,
    p: &ContactPerson,
) -> Result<(), ReportError> {
    w.open(name, &[]);
    write_contact_fields(
        w,
        path,
        &p.first_name,
        &p.last_name,
        &p.phone,
        &p.email,
        &p.address,
    )?;
    w.close(name);
    Ok(())
}

fn write_ip_event(w: &mut W, path: &str, e: &IpCaptureEvent) -> Result<(), ReportError> {
    non_empty(&format!("{path}.ipAddress"), &e.ip_address)?;
    w.open("ipCaptureEvent", &[]);
    w.text("ipAddress", &e.ip_address);
    if let Some(name) = e.event_name {
        w.text("eventName", name.as_str());
    }
    w.time(path, "dateTime", e.date_time)?;
    w.bool("possibleProxy", e.possible_proxy);
    w.int("port", e.port);
    w.close("ipCaptureEvent");
    Ok(())
}

fn write_device_id(w: &mut W, path: &str, d: &DeviceId) -> Result<(), ReportError> {
    non_empty(&format!("{path}.idType"), &d.id_type)?;
    non_empty(&format!("{path}.idValue"), &d.id_value)?;
    w.open("deviceId", &[]);
    w.text("idType", &d.id_type);
    w.text("idValue", &d.id_value);
    if let Some(name) = d.event_name {
        w.text("eventName", name.as_str());
    }
    w.time(path, "dateTime", d.date_time)?;
    w.close("deviceId");
    Ok(())
}

fn write_identity(w: &mut W, path: &str, a: &AccountIdentity) -> Result<(), ReportError> {
    w.opt("espIdentifier", &a.esp_identifier);
    w.opt("espService", &a.esp_service);
    w.bool("compromisedAccount", a.compromised_account);
    w.opt("screenName", &a.screen_name);
    w.many("displayName", &a.display_name);
    w.many("profileUrl", &a.profile_url);
    w.opt("profileBio", &a.profile_bio);
    for (i, e) in a.ip_capture_event.iter().enumerate() {
        write_ip_event(w, &format!("{path}.ipCaptureEvent[{i}]"), e)?;
    }
    for (i, d) in a.device_id.iter().enumerate() {
        write_device_id(w, &format!("{path}.deviceId[{i}]"), d)?;
    }
    Ok(())
}

fn write_disabled(
    w: &mut W,
    path: &str,
    name: &str,
    d: &AccountDisabled,
    temporary: bool,
) -> Result<(), ReportError> {
    let path = format!("{path}.{name}");
    let mut attrs = Vec::new();
    push_time_attr(&mut attrs, &path, "disabledDate", d.disabled_date)?;
    push_bool_attr(&mut attrs, "userNotified", d.user_notified);
    push_time_attr(&mut attrs, &path, "userNotifiedDate", d.user_notified_date)?;
    if temporary {
        push_time_attr(&mut attrs, &path, "reenabledDate", d.reenabled_date)?;
    } else if d.reenabled_date.is_some() {
        return Err(invalid(
            &format!("{path}.@reenabledDate"),
            "only a temporary disabling has a re-enabled date",
        ));
    }
    w.text_attrs(name, &attrs, &bool_text(d.disabled));
    Ok(())
}

fn write_status(w: &mut W, path: &str, s: &AccountStatus) -> Result<(), ReportError> {
    if let Some(d) = &s.account_temporarily_disabled {
        write_disabled(w, path, "accountTemporarilyDisabled", d, true)?;
    }
    if let Some(d) = &s.account_permanently_disabled {
        write_disabled(w, path, "accountPermanentlyDisabled", d, false)?;
    }
    if let Some(l) = &s.estimated_location {
        let lpath = format!("{path}.estimatedLocation");
        check_country(&format!("{lpath}.countryCode"), &l.country_code)?;
        let mut attrs = Vec::new();
        push_bool_attr(&mut attrs, "verified", l.verified);
        push_time_attr(&mut attrs, &lpath, "timestamp", l.timestamp)?;
        w.open("estimatedLocation", &attrs);
        w.opt("city", &l.city);
        w.opt("region", &l.region);
        w.opt("countryCode", &l.country_code);
        w.close("estimatedLocation");
    }
    w.bool("allEmailsReported", s.all_emails_reported);
    Ok(())
}

fn write_prior_reports(w: &mut W, name: &str, ids: &[i64]) {
    for id in ids {
        w.text(name, &id.to_string());
    }
}

fn write_associated(w: &mut W, path: &str, a: &AssociatedAccount) -> Result<(), ReportError> {
    w.open(
        "associatedAccount",
        &[("type", a.account_type.as_str().to_string())],
    );
    if let Some(platform) = &a.platform {
        let mut attrs = Vec::new();
        push_bool_attr(&mut attrs, "thirdPartyUser", a.third_party_user);
        w.text_attrs("platform", &attrs, platform);
    }
    w.opt("firstName", &a.first_name);
    w.opt("middleName", &a.middle_name);
    w.opt("lastName", &a.last_name);
    w.int("approximateAge", a.approximate_age);
    if let Some(dob) = &a.date_of_birth {
        if !is_valid_date(dob) {
            return Err(invalid(
                &format!("{path}.dateOfBirth"),
                "must be a calendar date YYYY-MM-DD",
            ));
        }
        w.text("dateOfBirth", dob);
    }
    for (i, p) in a.phone.iter().enumerate() {
        write_phone(w, &format!("{path}.phone[{i}]"), "phone", p)?;
    }
    for (i, e) in a.email.iter().enumerate() {
        write_email(w, &format!("{path}.email[{i}]"), "email", e)?;
    }
    w.bool("allEmailsReported", a.all_emails_reported);
    for (i, addr) in a.address.iter().enumerate() {
        write_address(w, &format!("{path}.address[{i}]"), "address", addr)?;
    }
    w.opt("espService", &a.esp_service);
    w.opt("espIdentifier", &a.esp_identifier);
    w.many("profileUrl", &a.profile_url);
    w.opt("screenName", &a.screen_name);
    w.many("displayName", &a.display_name);
    w.opt("profileBio", &a.profile_bio);
    w.opt("groupIdentifier", &a.group_identifier);
    w.bool("compromisedAccount", a.compromised_account);
    if let Some(d) = &a.account_temporarily_disabled {
        write_disabled(w, path, "accountTemporarilyDisabled", d, true)?;
    }
    if let Some(d) = &a.account_permanently_disabled {
        write_disabled(w, path, "accountPermanentlyDisabled", d, false)?;
    }
    for (i, e) in a.ip_capture_event.iter().enumerate() {
        write_ip_event(w, &format!("{path}.ipCaptureEvent[{i}]"), e)?;
    }
    for (i, d) in a.device_id.iter().enumerate() {
        write_device_id(w, &format!("{path}.deviceId[{i}]"), d)?;
    }
    write_prior_reports(w, "priorCTReport", &a.prior_ct_report);
    w.opt("additionalInfo", &a.additional_info);
    w.close("associatedAccount");
    Ok(())
}

fn write_internet_details(w: &mut W, path: &str, d: &InternetDetails) -> Result<(), ReportError> {
    w.open("internetDetails", &[]);
    match d {
        InternetDetails::WebPage {
            url,
            additional_info,
            third_party_hosted_content,
        } => {
            let mut attrs = Vec::new();
            push_bool_attr(
                &mut attrs,
                "thirdPartyHostedContent",
                *third_party_hosted_content,
            );
            w.open("webPageIncident", &attrs);
            w.many("url", url);
            w.opt("additionalInfo", additional_info);
            w.close("webPageIncident");
        }
        InternetDetails::Email {
            email_address,
            content,
            additional_info,
        } => {
            w.open("emailIncident", &[]);
            for (i, e) in email_address.iter().enumerate() {
                write_email(w, &format!("{path}.emailAddress[{i}]"), "emailAddress", e)?;
            }
            w.opt("content", content);
            w.opt("additionalInfo", additional_info);
            w.close("emailIncident");
        }
        InternetDetails::Newsgroup {
            name,
            email_address,
            content,
            additional_info,
        } => {
            w.open("newsgroupIncident", &[]);
            w.opt("name", name);
            for (i, e) in email_address.iter().enumerate() {
                write_email(w, &format!("{path}.emailAddress[{i}]"), "emailAddress", e)?;
            }
            w.opt("content", content);
            w.opt("additionalInfo", additional_info);
            w.close("newsgroupIncident");
        }
        InternetDetails::ChatIm {
            chat_client,
            chat_room_name,
            content,
            additional_info,
        } => {
            w.open("chatImIncident", &[]);
            w.opt("chatClient", chat_client);
            w.opt("chatRoomName", chat_room_name);
            w.opt("content", content);
            w.opt("additionalInfo", additional_info);
            w.close("chatImIncident");
        }
        InternetDetails::OnlineGaming {
            game_name,
            console,
            content,
            additional_info,
        } => {
            w.open("onlineGamingIncident", &[]);
            w.opt("gameName", game_name);
            w.opt("console", console);
            w.opt("content", content);
            w.opt("additionalInfo", additional_info);
            w.close("onlineGamingIncident");
        }
        InternetDetails::CellPhone {
            phone_number,
            latitude,
            longitude,
            additional_info,
        } => {
            w.open("cellPhoneIncident", &[]);
            if let Some(p) = phone_number {
                write_phone(w, &format!("{path}.phoneNumber"), "phoneNumber", p)?;
            }
            for (name, value, limit) in [
                ("latitude", latitude, 90.0),
                ("longitude", longitude, 180.0),
            ] {
                if let Some(v) = value {
                    if !v.is_finite() || v.abs() > limit {
                        return Err(invalid(
                            &format!("{path}.{name}"),
                            format!("must be a number within ±{limit}"),
                        ));
                    }
                    w.text(name, &v.to_string());
                }
            }
            w.opt("additionalInfo", additional_info);
            w.close("cellPhoneIncident");
        }
        InternetDetails::NonInternet {
            location_name,
            incident_address,
            additional_info,
        } => {
            w.open("nonInternetIncident", &[]);
            w.opt("locationName", location_name);
            for (i, a) in incident_address.iter().enumerate() {
                write_address(
                    w,
                    &format!("{path}.incidentAddress[{i}]"),
                    "incidentAddress",
                    a,
                )?;
            }
            w.opt("additionalInfo", additional_info);
            w.close("nonInternetIncident");
        }
        InternetDetails::PeerToPeer {
            client,
            ip_capture_event,
            file_names,
            additional_info,
        } => {
            w.open("peer2peerIncident", &[]);
            w.opt("client", client);
            for (i, e) in ip_capture_event.iter().enumerate() {
                write_ip_event(w, &format!("{path}.ipCaptureEvent[{i}]"), e)?;
            }
            w.opt("fileNames", file_names);
            w.opt("additionalInfo", additional_info);
            w.close("peer2peerIncident");
        }
    }
    w.close("internetDetails");
    Ok(())
}

/// Checks what NCMEC requires of the reporter beyond the schema: a
/// reporting person with first and last name and an e-mail address.
pub fn check_reporter(reporter: &Reporter) -> Result<(), ReportError> {
    let p = &reporter.reporting_person;
    let missing = |v: &Option<String>| v.as_deref().is_none_or(|s| s.trim().is_empty());
    if missing(&p.first_name) {
        return Err(invalid(
            "reporter.reportingPerson.firstName",
            "missing: configure [ncmec.reporter] first_name",
        ));
    }
    if missing(&p.last_name) {
        return Err(invalid(
            "reporter.reportingPerson.lastName",
            "missing: configure [ncmec.reporter] last_name",
        ));
    }
    if p.email.is_empty() {
        return Err(invalid(
            "reporter.reportingPerson.email",
            "missing: configure [ncmec.reporter] email",
        ));
    }
    Ok(())
}

/// Writes a report as the document `/submit` takes, checking it first.
pub fn report_to_xml(r: &Report) -> Result<String, ReportError> {
    check_reporter(&r.reporter)?;
    let mut w = W::new();
    w.open("report", &[]);
    if let Some(reason) = r.batched_report {
        w.empty("batchedReport", &[("reason", reason.as_str().to_string())]);
    }

    let s = &r.incident_summary;
    w.open("incidentSummary", &[]);
    w.text("incidentType", s.incident_type.as_str());
    w.opt("platform", &s.platform);
    w.opt("escalateToHighPriority", &s.escalate_to_high_priority);
    let flags = s.report_annotations.flags();
    if flags.iter().any(|(_, set)| *set) {
        w.open("reportAnnotations", &[]);
        for (name, set) in flags {
            if set {
                w.text(name, "true");
            }
        }
        w.close("reportAnnotations");
    }
    w.text(
        "incidentDateTime",
        &date_time("incidentSummary.incidentDateTime", s.incident_date_time)?,
    );
    w.opt(
        "incidentDateTimeDescription",
        &s.incident_date_time_description,
    );
    w.close("incidentSummary");

    for (i, d) in r.internet_details.iter().enumerate() {
        write_internet_details(&mut w, &format!("internetDetails[{i}]"), d)?;
    }

    if let Some(le) = &r.law_enforcement {
        non_empty("lawEnforcement.agencyName", &le.agency_name)?;
        w.open("lawEnforcement", &[]);
        w.text("agencyName", &le.agency_name);
        w.opt("caseNumber", &le.case_number);
        if let Some(c) = &le.officer_contact {
            write_contact_person(&mut w, "lawEnforcement.officerContact", "officerContact", c)?;
        }
        w.bool("reportedToLe", le.reported_to_le);
        w.bool(
            "servedLegalProcessDomestic",
            le.served_legal_process_domestic,
        );
        match (le.served_legal_process_international, &le.flea_country) {
            (Some(served), country) => {
                check_country(
                    "lawEnforcement.servedLegalProcessInternational.@fleaCountry",
                    country,
                )?;
                let attrs: Vec<(&str, String)> =
                    country.iter().map(|c| ("fleaCountry", c.clone())).collect();
                w.text_attrs(
                    "servedLegalProcessInternational",
                    &attrs,
                    &bool_text(served),
                );
            }
            (None, Some(_)) => {
                return Err(invalid(
                    "lawEnforcement.servedLegalProcessInternational",
                    "fleaCountry is given without the flag",
                ));
            }
            (None, None) => {}
        }
        w.close("lawEnforcement");
    }

    let rep = &r.reporter;
    w.open("reporter", &[]);
    write_person(
        &mut w,
        "reporter.reportingPerson",
        "reportingPerson",
        &rep.reporting_person,
    )?;
    if let Some(c) = &rep.contact_person {
        write_contact_person(&mut w, "reporter.contactPerson", "contactPerson", c)?;
    }
    w.opt("companyTemplate", &rep.company_template);
    w.opt("termsOfService", &rep.terms_of_service);
    w.opt("legalURL", &rep.legal_url);
    w.close("reporter");

    for (i, u) in r.person_or_user_reported.iter().enumerate() {
        let path = format!("personOrUserReported[{i}]");
        w.open("personOrUserReported", &[]);
        if let Some(p) = &u.person {
            write_person(
                &mut w,
                &format!("{path}.personOrUserReportedPerson"),
                "personOrUserReportedPerson",
                p,
            )?;
        }
        w.opt("vehicleDescription", &u.vehicle_description);
        write_identity(&mut w, &path, &u.identity)?;
        w.bool("thirdPartyUserReported", u.third_party_user_reported);
        write_prior_reports(&mut w, "priorCTReports", &u.prior_ct_reports);
        w.opt("groupIdentifier", &u.group_identifier);
        write_status(&mut w, &path, &u.status)?;
        for (j, a) in u.associated_account.iter().enumerate() {
            write_associated(&mut w, &format!("{path}.associatedAccount[{j}]"), a)?;
        }
        w.opt("additionalInfo", &u.additional_info);
        w.close("personOrUserReported");
    }

    for (i, u) in r.intended_recipient.iter().enumerate() {
        let path = format!("intendedRecipient[{i}]");
        w.open("intendedRecipient", &[]);
        if let Some(p) = &u.person {
            write_person(
                &mut w,
                &format!("{path}.intendedRecipientPerson"),
                "intendedRecipientPerson",
                p,
            )?;
        }
        write_identity(&mut w, &path, &u.identity)?;
        write_prior_reports(&mut w, "priorCTReports", &u.prior_ct_reports);
        w.opt("groupIdentifier", &u.group_identifier);
        write_status(&mut w, &path, &u.status)?;
        w.many("additionalInfo", &u.additional_info);
        w.close("intendedRecipient");
    }

    for (i, v) in r.victim.iter().enumerate() {
        let path = format!("victim[{i}]");
        w.open("victim", &[]);
        write_person(
            &mut w,
            &format!("{path}.victimPerson"),
            "victimPerson",
            &v.person,
        )?;
        write_identity(&mut w, &path, &v.identity)?;
        w.opt("schoolName", &v.school_name);
        write_prior_reports(&mut w, "priorCTReports", &v.prior_ct_reports);
        write_status(&mut w, &path, &v.status)?;
        for (j, a) in v.associated_account.iter().enumerate() {
            write_associated(&mut w, &format!("{path}.associatedAccount[{j}]"), a)?;
        }
        w.opt("additionalInfo", &v.additional_info);
        w.close("victim");
    }

    w.opt("additionalInfo", &r.additional_info);
    w.close("report");
    w.out.push('\n');
    Ok(w.out)
}

/// Writes the `fileDetails` document `/fileinfo` takes for an uploaded file.
pub fn file_details_to_xml(
    report_id: i64,
    file_id: &str,
    f: &FileInfo,
) -> Result<String, ReportError> {
    non_empty("fileDetails.fileId", file_id)?;
    if f.potential_meme.is_some() && f.file_annotations.any() {
        return Err(invalid(
            "fileDetails.fileAnnotations",
            "potentialMeme and fileAnnotations exclude each other; use fileAnnotations.potentialMeme",
        ));
    }
    let mut w = W::new();
    w.open("fileDetails", &[]);
    w.text("reportId", &report_id.to_string());
    w.text("fileId", file_id);
    w.opt("fileName", &f.file_name);
    w.opt("originalFileName", &f.original_file_name);
    w.time(
        "fileDetails",
        "uploadedToEspTimestamp",
        f.uploaded_to_esp_timestamp,
    )?;
    w.opt("locationOfFile", &f.location_of_file);
    w.bool("fileViewedByEsp", f.file_viewed_by_esp);
    w.bool("exifViewedByEsp", f.exif_viewed_by_esp);
    w.bool("publiclyAvailable", f.publicly_available);
    if let Some(r) = f.file_relevance {
        w.text("fileRelevance", r.as_str());
    }
    w.bool("potentialMeme", f.potential_meme);
    if f.file_annotations.any() {
        w.open("fileAnnotations", &[]);
        for (name, set) in f.file_annotations.flags() {
            if set {
                w.text(name, "true");
            }
        }
        w.close("fileAnnotations");
    }
    if let Some(c) = f.industry_classification {
        w.text("industryClassification", c.as_str());
    }
    for (i, h) in f.original_file_hash.iter().enumerate() {
        let path = format!("fileDetails.originalFileHash[{i}]");
        non_empty(&format!("{path}.@hashType"), &h.hash_type)?;
        non_empty(&path, &h.value)?;
        w.text_attrs(
            "originalFileHash",
            &[("hashType", h.hash_type.clone())],
            &h.value,
        );
    }
    if let Some(e) = &f.ip_capture_event {
        write_ip_event(&mut w, "fileDetails.ipCaptureEvent", e)?;
    }
    for (i, d) in f.device_id.iter().enumerate() {
        write_device_id(&mut w, &format!("fileDetails.deviceId[{i}]"), d)?;
    }
    for (i, d) in f.details.iter().enumerate() {
        if d.pairs.is_empty() {
            return Err(invalid(
                &format!("fileDetails.details[{i}]"),
                "needs at least one nameValuePair",
            ));
        }
        let attrs: Vec<(&str, String)> = d
            .metadata_type
            .iter()
            .map(|t| ("type", t.as_str().to_string()))
            .collect();
        w.open("details", &attrs);
        for (name, value) in &d.pairs {
            w.open("nameValuePair", &[]);
            w.text("name", name);
            w.text("value", value);
            w.close("nameValuePair");
        }
        w.close("details");
    }
    w.many("additionalInfo", &f.additional_info);
    w.close("fileDetails");
    w.out.push('\n');
    Ok(w.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_lists_come_from_the_schema() {
        assert!(is_country_code("US"));
        assert!(is_country_code("DE"));
        assert!(!is_country_code("XX"));
        assert!(!is_country_code("usa"));
        assert!(is_us_state_code("VA"));
        assert!(!is_us_state_code("ZZ"));
        assert!(COUNTRIES.len() > 200, "{}", COUNTRIES.len());
    }

    #[test]
    fn escaping_and_forbidden_characters() {
        assert_eq!(escape_text("a<b>&c"), "a&lt;b&gt;&amp;c");
        assert_eq!(
            escape_text("x\u{0}y\u{1b}z\u{FFFF}"),
            "x\u{FFFD}y\u{FFFD}z\u{FFFD}"
        );
        assert_eq!(escape_text("line\r\nnext\ttab"), "line&#13;\nnext\ttab");
        assert!(!is_xml_char('\u{FFFE}'));
        assert!(is_xml_char('\u{10FFFF}'));
    }

    #[test]
    fn times_and_dates() {
        assert_eq!(format_date_time(0).unwrap(), "1970-01-01T00:00:00Z");
        assert_eq!(
            format_date_time(1_767_225_600_123).unwrap(),
            "2026-01-01T00:00:00.123Z"
        );
        assert!(format_date_time(i64::MAX).is_none());
        assert!(format_date_time(-62_135_596_800_001).is_none(), "year 0");
        assert!(is_valid_date("2012-02-29"));
        assert!(!is_valid_date("2013-02-29"));
        assert!(!is_valid_date("2013-2-01"));
        assert!(!is_valid_date("0000-01-01"));
    }
}
