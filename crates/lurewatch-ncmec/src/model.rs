//! The typed CyberTipline report model.
//!
//! One Rust type per complex type of NCMEC's schema
//! (`schema/cyber_tipline.xsd`), with the schema's element names in the
//! docs. Field order follows the schema's `xs:sequence` order, which is the
//! order [`crate::xml`] writes them in. Enumerations are Rust enums whose
//! [`as_str`](IncidentType::as_str) is the exact schema string; free-form
//! code lists that are too long for an enum (countries, US states) are
//! checked against the vendored schema by [`crate::xml`] at write time.
//!
//! Times are Unix milliseconds ([`Millis`]), written as `xs:dateTime` in UTC;
//! dates of birth are `YYYY-MM-DD` strings, checked when written.

use lurewatch_core::Millis;
use serde::{Deserialize, Serialize};

macro_rules! schema_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in schema order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The exact string of the schema's enumeration.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Parses the schema's string.
            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

schema_enum! {
    /// `incidentType`: what the report is about.
    IncidentType {
        /// Known or apparent child sexual abuse material.
        ChildPornography => "Child Pornography (possession, manufacture, and distribution)",
        /// Child sex trafficking (recruitment, advertising, control).
        ChildSexTrafficking => "Child Sex Trafficking",
        /// Travel to sexually abuse children.
        ChildSexTourism => "Child Sex Tourism",
        /// Contact abuse.
        ChildSexualMolestation => "Child Sexual Molestation",
        /// A domain name meant to lure children to harmful material.
        MisleadingDomainName => "Misleading Domain Name",
        /// Misleading words or images meant to lure children.
        MisleadingWordsOrDigitalImages => "Misleading Words or Digital Images on the Internet",
        /// Grooming and enticement, including sextortion.
        OnlineEnticement => "Online Enticement of Children for Sexual Acts",
        /// Obscene material sent to a child.
        UnsolicitedObsceneMaterial => "Unsolicited Obscene Material Sent to a Child",
    }
}

schema_enum! {
    /// `batchedReport/@reason`.
    BatchedReportReason {
        /// A viral meme reported in bulk.
        ViralPotentialMeme => "VIRAL_POTENTIAL_MEME",
    }
}

schema_enum! {
    /// `ipCaptureType`: the event an IP address or device id was seen at.
    IpCaptureType {
        /// Login.
        Login => "Login",
        /// Account registration.
        Registration => "Registration",
        /// Purchase.
        Purchase => "Purchase",
        /// Upload.
        Upload => "Upload",
        /// Anything else.
        Other => "Other",
        /// Unknown.
        Unknown => "Unknown",
    }
}

schema_enum! {
    /// `emailType`.
    EmailType {
        /// Home.
        Home => "Home",
        /// Work.
        Work => "Work",
        /// Business.
        Business => "Business",
        /// Recovery address.
        Recovery => "Recovery",
    }
}

schema_enum! {
    /// `phoneType`.
    PhoneType {
        /// Mobile.
        Mobile => "Mobile",
        /// Home.
        Home => "Home",
        /// Business.
        Business => "Business",
        /// Work.
        Work => "Work",
        /// Fax.
        Fax => "Fax",
        /// Internet telephony.
        Internet => "Internet",
        /// Recovery number.
        Recovery => "Recovery",
    }
}

schema_enum! {
    /// `addressType`.
    AddressType {
        /// Home.
        Home => "Home",
        /// Business.
        Business => "Business",
        /// Billing.
        Billing => "Billing",
        /// Shipping.
        Shipping => "Shipping",
        /// Technical.
        Technical => "Technical",
    }
}

schema_enum! {
    /// `associatedAccountType`.
    AssociatedAccountType {
        /// Billing account.
        Billing => "Billing",
        /// Linked account.
        Linked => "Linked",
        /// Business account.
        Business => "Business",
        /// Creator account.
        Creator => "Creator",
        /// Parent or guardian account.
        ParentGuardian => "Parent/Guardian",
        /// Other.
        Other => "Other",
    }
}

schema_enum! {
    /// `fileRelevance`.
    FileRelevance {
        /// The file is what is reported.
        Reported => "Reported",
        /// The file supports the report (e.g. a chat log).
        SupplementalReported => "Supplemental Reported",
    }
}

schema_enum! {
    /// `fileClassification` (`industryClassification`): "A" prepubescent,
    /// "B" pubescent minor; "1" sex act, "2" lascivious exhibition. Only for
    /// ESPs that signed NCMEC's Industry Hash Sharing MOU.
    IndustryClassification {
        /// Prepubescent minor, sex act.
        A1 => "A1",
        /// Prepubescent minor, lascivious exhibition.
        A2 => "A2",
        /// Pubescent minor, sex act.
        B1 => "B1",
        /// Pubescent minor, lascivious exhibition.
        B2 => "B2",
    }
}

schema_enum! {
    /// `metadataTypes` (`details/@type`).
    MetadataType {
        /// EXIF metadata.
        Exif => "EXIF",
        /// Hashes.
        Hash => "HASH",
    }
}

/// `report`: one CyberTipline report, as sent to `/submit`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// `batchedReport`: only for bulk reports of viral memes.
    #[serde(default)]
    pub batched_report: Option<BatchedReportReason>,
    /// `incidentSummary`.
    pub incident_summary: IncidentSummary,
    /// `internetDetails*`: where it happened.
    #[serde(default)]
    pub internet_details: Vec<InternetDetails>,
    /// `lawEnforcement`: if law enforcement is already involved.
    #[serde(default)]
    pub law_enforcement: Option<LawEnforcement>,
    /// `reporter`.
    pub reporter: Reporter,
    /// `personOrUserReported*`: the suspects.
    #[serde(default)]
    pub person_or_user_reported: Vec<PersonOrUserReported>,
    /// `intendedRecipient*`.
    #[serde(default)]
    pub intended_recipient: Vec<IntendedRecipient>,
    /// `victim*`.
    #[serde(default)]
    pub victim: Vec<Victim>,
    /// `additionalInfo`.
    #[serde(default)]
    pub additional_info: Option<String>,
}

/// `incidentSummary`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentSummary {
    /// `incidentType`.
    pub incident_type: IncidentType,
    /// `platform`: the full name of the app or service.
    #[serde(default)]
    pub platform: Option<String>,
    /// `escalateToHighPriority`: any text asks NCMEC to treat the report as
    /// an immediate risk to a child; the text says why.
    #[serde(default)]
    pub escalate_to_high_priority: Option<String>,
    /// `reportAnnotations`.
    #[serde(default)]
    pub report_annotations: ReportAnnotations,
    /// `incidentDateTime`.
    pub incident_date_time: Millis,
    /// `incidentDateTimeDescription`: what the time is the time of.
    #[serde(default)]
    pub incident_date_time_description: Option<String>,
}

/// `reportAnnotations`: presence flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportAnnotations {
    /// `sextortion`.
    pub sextortion: bool,
    /// `csamSolicitation`: someone asked for sexual images of a child.
    pub csam_solicitation: bool,
    /// `minorToMinorInteraction`.
    pub minor_to_minor_interaction: bool,
    /// `spam`.
    pub spam: bool,
    /// `sadisticOnlineExploitation`.
    pub sadistic_online_exploitation: bool,
}

impl ReportAnnotations {
    /// The set flags as (element name, set) in schema order.
    pub fn flags(&self) -> [(&'static str, bool); 5] {
        [
            ("sextortion", self.sextortion),
            ("csamSolicitation", self.csam_solicitation),
            ("minorToMinorInteraction", self.minor_to_minor_interaction),
            ("spam", self.spam),
            (
                "sadisticOnlineExploitation",
                self.sadistic_online_exploitation,
            ),
        ]
    }
}

/// `internetDetails`: exactly one kind of incident per element.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InternetDetails {
    /// `webPageIncident`.
    WebPage {
        /// `url*`.
        #[serde(default)]
        url: Vec<String>,
        /// `additionalInfo`.
        #[serde(default)]
        additional_info: Option<String>,
        /// `@thirdPartyHostedContent`.
        #[serde(default)]
        third_party_hosted_content: Option<bool>,
    },
    /// `emailIncident`.
    Email {
        /// `emailAddress*`.
        #[serde(default)]
        email_address: Vec<Email>,
        /// `content`.
        #[serde(default)]
        content: Option<String>,
        /// `additionalInfo`.
        #[serde(default)]
        additional_info: Option<String>,
    },
    /// `newsgroupIncident`.
    Newsgroup {
        /// `name`.
        #[serde(default)]
        name: Option<String>,
        /// `emailAddress*`.
        #[serde(default)]
        email_address: Vec<Email>,
        /// `content`.
        #[serde(default)]
        content: Option<String>,
        /// `additionalInfo`.
        #[serde(default)]
        additional_info: Option<String>,
    },
    /// `chatImIncident`: a chat or direct-message conversation.
    ChatIm {
        /// `chatClient`: the app.
        #[serde(default)]
        chat_client: Option<String>,
        /// `chatRoomName`: the conversation.
        #[serde(default)]
        chat_room_name: Option<String>,
        /// `content`: the messages.
        #[serde(default)]
        content: Option<String>,
        /// `additionalInfo`.
        #[serde(default)]
        additional_info: Option<String>,
    },
    /// `onlineGamingIncident`.
    OnlineGaming {
        /// `gameName`.
        #[serde(default)]
        game_name: Option<String>,
        /// `console`.
        #[serde(default)]
        console: Option<String>,
        /// `content`.
        #[serde(default)]
        content: Option<String>,
        /// `additionalInfo`.
        #[serde(default)]
        additional_info: Option<String>,
    },
    /// `cellPhoneIncident`.
    CellPhone {
        /// `phoneNumber`.
        #[serde(default)]
        phone_number: Option<Phone>,
        /// `latitude`.
        #[serde(default)]
        latitude: Option<f64>,
        /// `longitude`.
        #[serde(default)]
        longitude: Option<f64>,
        /// `additionalInfo`.
        #[serde(default)]
        additional_info: Option<String>,
    },
    /// `nonInternetIncident`.
    NonInternet {
        /// `locationName`.
        #[serde(default)]
        location_name: Option<String>,
        /// `incidentAddress*`.
        #[serde(default)]
        incident_address: Vec<Address>,
        /// `additionalInfo`.
        #[serde(default)]
        additional_info: Option<String>,
    },
    /// `peer2peerIncident`.
    PeerToPeer {
        /// `client`.
        #[serde(default)]
        client: Option<String>,
        /// `ipCaptureEvent*`.
        #[serde(default)]
        ip_capture_event: Vec<IpCaptureEvent>,
        /// `fileNames`.
        #[serde(default)]
        file_names: Option<String>,
        /// `additionalInfo`.
        #[serde(default)]
        additional_info: Option<String>,
    },
}

/// `lawEnforcement`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LawEnforcement {
    /// `agencyName` (required).
    pub agency_name: String,
    /// `caseNumber`.
    #[serde(default)]
    pub case_number: Option<String>,
    /// `officerContact`.
    #[serde(default)]
    pub officer_contact: Option<ContactPerson>,
    /// `reportedToLe`.
    #[serde(default)]
    pub reported_to_le: Option<bool>,
    /// `servedLegalProcessDomestic`.
    #[serde(default)]
    pub served_legal_process_domestic: Option<bool>,
    /// `servedLegalProcessInternational`.
    #[serde(default)]
    pub served_legal_process_international: Option<bool>,
    /// `servedLegalProcessInternational/@fleaCountry`: the foreign agency's
    /// country code (written only with the flag above).
    #[serde(default)]
    pub flea_country: Option<String>,
}

/// `reporter`: the ESP filing the report.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Reporter {
    /// `reportingPerson` (required).
    pub reporting_person: Person,
    /// `contactPerson`: whom NCMEC or law enforcement should call.
    #[serde(default)]
    pub contact_person: Option<ContactPerson>,
    /// `companyTemplate`: boilerplate (serving legal process, retention).
    #[serde(default)]
    pub company_template: Option<String>,
    /// `termsOfService`: the terms the user broke.
    #[serde(default)]
    pub terms_of_service: Option<String>,
    /// `legalURL`: the law-enforcement guidelines page.
    #[serde(default)]
    pub legal_url: Option<String>,
}

/// `person`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    /// `firstName`.
    pub first_name: Option<String>,
    /// `lastName`.
    pub last_name: Option<String>,
    /// `phone*`.
    pub phone: Vec<Phone>,
    /// `email*`.
    pub email: Vec<Email>,
    /// `address*`.
    pub address: Vec<Address>,
    /// `age` in years.
    pub age: Option<i32>,
    /// `dateOfBirth`, `YYYY-MM-DD`.
    pub date_of_birth: Option<String>,
}

/// `contactPerson`: a [`Person`] without age and date of birth.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactPerson {
    /// `firstName`.
    pub first_name: Option<String>,
    /// `lastName`.
    pub last_name: Option<String>,
    /// `phone*`.
    pub phone: Vec<Phone>,
    /// `email*`.
    pub email: Vec<Email>,
    /// `address*`.
    pub address: Vec<Address>,
}

/// `address`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Address {
    /// `@type`.
    pub address_type: Option<AddressType>,
    /// `address`: street.
    pub address: Option<String>,
    /// `city`.
    pub city: Option<String>,
    /// `zipCode`.
    pub zip_code: Option<String>,
    /// `state`: a US state code from the schema's list (e.g. `VA`).
    pub state: Option<String>,
    /// `nonUsaState`.
    pub non_usa_state: Option<String>,
    /// `country`: a code from the schema's list (ISO 3166 alpha-2, e.g. `US`).
    pub country: Option<String>,
}

/// `email` (an `emailAddress` too).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Email {
    /// The address.
    pub value: String,
    /// `@type`.
    pub email_type: Option<EmailType>,
    /// `@verified`.
    pub verified: Option<bool>,
    /// `@verificationDate`.
    pub verification_date: Option<Millis>,
}

/// `phone`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Phone {
    /// The number.
    pub value: String,
    /// `@type`.
    pub phone_type: Option<PhoneType>,
    /// `@verified`.
    pub verified: Option<bool>,
    /// `@verificationDate`.
    pub verification_date: Option<Millis>,
    /// `@countryCallingCode`: `+` and 1 to 3 digits.
    pub country_calling_code: Option<String>,
    /// `@extension`: digits.
    pub extension: Option<String>,
}

/// `ipCaptureEvent`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct IpCaptureEvent {
    /// `ipAddress` (required).
    pub ip_address: String,
    /// `eventName`.
    pub event_name: Option<IpCaptureType>,
    /// `dateTime`.
    pub date_time: Option<Millis>,
    /// `possibleProxy`.
    pub possible_proxy: Option<bool>,
    /// `port`.
    pub port: Option<i32>,
}

/// `deviceId`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceId {
    /// `idType` (required), e.g. `IDFA`, `IMEI`.
    pub id_type: String,
    /// `idValue` (required).
    pub id_value: String,
    /// `eventName`.
    pub event_name: Option<IpCaptureType>,
    /// `dateTime`.
    pub date_time: Option<Millis>,
}

/// `estimatedLocation`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct EstimatedLocation {
    /// `city`.
    pub city: Option<String>,
    /// `region`.
    pub region: Option<String>,
    /// `countryCode`: a code from the schema's country list.
    pub country_code: Option<String>,
    /// `@verified`.
    pub verified: Option<bool>,
    /// `@timestamp`.
    pub timestamp: Option<Millis>,
}

/// `accountTemporarilyDisabled` / `accountPermanentlyDisabled`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountDisabled {
    /// The flag itself.
    pub disabled: bool,
    /// `@disabledDate`.
    pub disabled_date: Option<Millis>,
    /// `@userNotified`.
    pub user_notified: Option<bool>,
    /// `@userNotifiedDate`.
    pub user_notified_date: Option<Millis>,
    /// `@reenabledDate` (temporary disabling only; refused on the
    /// permanent flag).
    pub reenabled_date: Option<Millis>,
}

/// The account fields every kind of person in a report has, in schema
/// order: `espIdentifier` … `deviceId`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountIdentity {
    /// `espIdentifier`: the platform's account id.
    pub esp_identifier: Option<String>,
    /// `espService`: the product the account is on.
    pub esp_service: Option<String>,
    /// `compromisedAccount`.
    pub compromised_account: Option<bool>,
    /// `screenName`.
    pub screen_name: Option<String>,
    /// `displayName*`.
    pub display_name: Vec<String>,
    /// `profileUrl*`.
    pub profile_url: Vec<String>,
    /// `profileBio`.
    pub profile_bio: Option<String>,
    /// `ipCaptureEvent*`.
    pub ip_capture_event: Vec<IpCaptureEvent>,
    /// `deviceId*`.
    pub device_id: Vec<DeviceId>,
}

/// The account status fields, in schema order:
/// `accountTemporarilyDisabled` … `allEmailsReported`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountStatus {
    /// `accountTemporarilyDisabled`.
    pub account_temporarily_disabled: Option<AccountDisabled>,
    /// `accountPermanentlyDisabled`.
    pub account_permanently_disabled: Option<AccountDisabled>,
    /// `estimatedLocation`.
    pub estimated_location: Option<EstimatedLocation>,
    /// `allEmailsReported`.
    pub all_emails_reported: Option<bool>,
}

/// `personOrUserReported`: a suspect.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonOrUserReported {
    /// `personOrUserReportedPerson`.
    pub person: Option<Person>,
    /// `vehicleDescription`.
    pub vehicle_description: Option<String>,
    /// `espIdentifier` … `deviceId`.
    pub identity: AccountIdentity,
    /// `thirdPartyUserReported`: the user is on another company's service.
    pub third_party_user_reported: Option<bool>,
    /// `priorCTReports*`: earlier CyberTipline report ids about this user.
    pub prior_ct_reports: Vec<i64>,
    /// `groupIdentifier`: an organised exploitation group's name or id.
    pub group_identifier: Option<String>,
    /// `accountTemporarilyDisabled` … `allEmailsReported`.
    pub status: AccountStatus,
    /// `associatedAccount*`.
    pub associated_account: Vec<AssociatedAccount>,
    /// `additionalInfo`.
    pub additional_info: Option<String>,
}

/// `intendedRecipient`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct IntendedRecipient {
    /// `intendedRecipientPerson`.
    pub person: Option<Person>,
    /// `espIdentifier` … `deviceId`.
    pub identity: AccountIdentity,
    /// `priorCTReports*`.
    pub prior_ct_reports: Vec<i64>,
    /// `groupIdentifier`.
    pub group_identifier: Option<String>,
    /// `accountTemporarilyDisabled` … `allEmailsReported`.
    pub status: AccountStatus,
    /// `additionalInfo*`.
    pub additional_info: Vec<String>,
}

/// `victim`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Victim {
    /// `victimPerson` (required; may be empty).
    pub person: Person,
    /// `espIdentifier` … `deviceId`.
    pub identity: AccountIdentity,
    /// `schoolName`.
    pub school_name: Option<String>,
    /// `priorCTReports*`.
    pub prior_ct_reports: Vec<i64>,
    /// `accountTemporarilyDisabled` … `allEmailsReported`.
    pub status: AccountStatus,
    /// `associatedAccount*`.
    pub associated_account: Vec<AssociatedAccount>,
    /// `additionalInfo`.
    pub additional_info: Option<String>,
}

/// `associatedAccount`: another account of the same person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssociatedAccount {
    /// `@type` (required).
    pub account_type: AssociatedAccountType,
    /// `platform`.
    #[serde(default)]
    pub platform: Option<String>,
    /// `platform/@thirdPartyUser`.
    #[serde(default)]
    pub third_party_user: Option<bool>,
    /// `firstName`.
    #[serde(default)]
    pub first_name: Option<String>,
    /// `middleName`.
    #[serde(default)]
    pub middle_name: Option<String>,
    /// `lastName`.
    #[serde(default)]
    pub last_name: Option<String>,
    /// `approximateAge`.
    #[serde(default)]
    pub approximate_age: Option<i32>,
    /// `dateOfBirth`, `YYYY-MM-DD`.
    #[serde(default)]
    pub date_of_birth: Option<String>,
    /// `phone*`.
    #[serde(default)]
    pub phone: Vec<Phone>,
    /// `email*`.
    #[serde(default)]
    pub email: Vec<Email>,
    /// `allEmailsReported`.
    #[serde(default)]
    pub all_emails_reported: Option<bool>,
    /// `address*`.
    #[serde(default)]
    pub address: Vec<Address>,
    /// `espService`.
    #[serde(default)]
    pub esp_service: Option<String>,
    /// `espIdentifier`.
    #[serde(default)]
    pub esp_identifier: Option<String>,
    /// `profileUrl*`.
    #[serde(default)]
    pub profile_url: Vec<String>,
    /// `screenName`.
    #[serde(default)]
    pub screen_name: Option<String>,
    /// `displayName*`.
    #[serde(default)]
    pub display_name: Vec<String>,
    /// `profileBio`.
    #[serde(default)]
    pub profile_bio: Option<String>,
    /// `groupIdentifier`.
    #[serde(default)]
    pub group_identifier: Option<String>,
    /// `compromisedAccount`.
    #[serde(default)]
    pub compromised_account: Option<bool>,
    /// `accountTemporarilyDisabled`.
    #[serde(default)]
    pub account_temporarily_disabled: Option<AccountDisabled>,
    /// `accountPermanentlyDisabled`.
    #[serde(default)]
    pub account_permanently_disabled: Option<AccountDisabled>,
    /// `ipCaptureEvent*`.
    #[serde(default)]
    pub ip_capture_event: Vec<IpCaptureEvent>,
    /// `deviceId*`.
    #[serde(default)]
    pub device_id: Vec<DeviceId>,
    /// `priorCTReport*` (singular in this type, as in the schema).
    #[serde(default)]
    pub prior_ct_report: Vec<i64>,
    /// `additionalInfo`.
    #[serde(default)]
    pub additional_info: Option<String>,
}

impl AssociatedAccount {
    /// An associated account with only its type set.
    pub fn new(account_type: AssociatedAccountType) -> AssociatedAccount {
        AssociatedAccount {
            account_type,
            platform: None,
            third_party_user: None,
            first_name: None,
            middle_name: None,
            last_name: None,
            approximate_age: None,
            date_of_birth: None,
            phone: Vec::new(),
            email: Vec::new(),
            all_emails_reported: None,
            address: Vec::new(),
            esp_service: None,
            esp_identifier: None,
            profile_url: Vec::new(),
            screen_name: None,
            display_name: Vec::new(),
            profile_bio: None,
            group_identifier: None,
            compromised_account: None,
            account_temporarily_disabled: None,
            account_permanently_disabled: None,
            ip_capture_event: Vec::new(),
            device_id: Vec::new(),
            prior_ct_report: Vec::new(),
            additional_info: None,
        }
    }
}

/// `fileDetails` without `reportId` and `fileId` (known only after the
/// upload): what is sent to `/fileinfo` about one uploaded file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FileInfo {
    /// `fileName`.
    pub file_name: Option<String>,
    /// `originalFileName`.
    pub original_file_name: Option<String>,
    /// `uploadedToEspTimestamp`.
    pub uploaded_to_esp_timestamp: Option<Millis>,
    /// `locationOfFile`: where it was (a URL, "direct message").
    pub location_of_file: Option<String>,
    /// `fileViewedByEsp`: a person at the ESP looked at it.
    pub file_viewed_by_esp: Option<bool>,
    /// `exifViewedByEsp`.
    pub exif_viewed_by_esp: Option<bool>,
    /// `publiclyAvailable`.
    pub publicly_available: Option<bool>,
    /// `fileRelevance`.
    pub file_relevance: Option<FileRelevance>,
    /// `potentialMeme` (the schema's older flag; exclusive with
    /// [`FileInfo::file_annotations`]).
    pub potential_meme: Option<bool>,
    /// `fileAnnotations`.
    pub file_annotations: FileAnnotations,
    /// `industryClassification`.
    pub industry_classification: Option<IndustryClassification>,
    /// `originalFileHash*`.
    pub original_file_hash: Vec<FileHash>,
    /// `ipCaptureEvent` (at most one here).
    pub ip_capture_event: Option<IpCaptureEvent>,
    /// `deviceId*`.
    pub device_id: Vec<DeviceId>,
    /// `details*`: name/value metadata.
    pub details: Vec<FileDetailsMetadata>,
    /// `additionalInfo*`.
    pub additional_info: Vec<String>,
}

/// `fileAnnotations`: presence flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FileAnnotations {
    /// `animeDrawingVirtualHentai`.
    pub anime_drawing_virtual_hentai: bool,
    /// `potentialMeme`.
    pub potential_meme: bool,
    /// `viral`.
    pub viral: bool,
    /// `possibleSelfProduction`.
    pub possible_self_production: bool,
    /// `physicalHarm`.
    pub physical_harm: bool,
    /// `violenceGore`.
    pub violence_gore: bool,
    /// `bestiality`.
    pub bestiality: bool,
    /// `liveStreaming`.
    pub live_streaming: bool,
    /// `infant`.
    pub infant: bool,
    /// `generativeAi`.
    pub generative_ai: bool,
}

impl FileAnnotations {
    /// (element name, set) in schema order.
    pub fn flags(&self) -> [(&'static str, bool); 10] {
        [
            (
                "animeDrawingVirtualHentai",
                self.anime_drawing_virtual_hentai,
            ),
            ("potentialMeme", self.potential_meme),
            ("viral", self.viral),
            ("possibleSelfProduction", self.possible_self_production),
            ("physicalHarm", self.physical_harm),
            ("violenceGore", self.violence_gore),
            ("bestiality", self.bestiality),
            ("liveStreaming", self.live_streaming),
            ("infant", self.infant),
            ("generativeAi", self.generative_ai),
        ]
    }

    /// Whether any flag is set.
    pub fn any(&self) -> bool {
        self.flags().iter().any(|(_, set)| *set)
    }
}

/// `originalFileHash`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FileHash {
    /// `@hashType`, e.g. `MD5`, `SHA256`, `PDQ`.
    pub hash_type: String,
    /// The hash.
    pub value: String,
}

/// `details`: metadata as name/value pairs.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FileDetailsMetadata {
    /// `@type`.
    pub metadata_type: Option<MetadataType>,
    /// `nameValuePair+` as (name, value).
    pub pairs: Vec<(String, String)>,
}
