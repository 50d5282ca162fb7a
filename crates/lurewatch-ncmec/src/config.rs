//! `[ncmec]` in the service config.
//!
//! ```toml
//! [ncmec]
//! enabled = true
//! environment = "test"            # or "production"
//! username = "esp-user"
//! password_env = "LUREWATCH_NCMEC_PASSWORD"   # the password itself never is in a file
//! platform = "ExampleChat"        # incidentSummary.platform, espService, chatClient
//! profile_url_template = "https://chat.example/u/{account}"
//! auto_submit = false             # rule-triggered reports wait as drafts for a specialist
//!
//! [ncmec.reporter]                # reportingPerson (required to file)
//! first_name = "Trust"
//! last_name = "Safety"
//! email = "ncmec-reports@chat.example"
//! phone = "+1 555 0100"
//! company_template = "Serve legal process to ..."
//! legal_url = "https://chat.example/law-enforcement"
//!
//! [ncmec.contact]                 # optional contactPerson
//! first_name = "On-call"
//! email = "oncall@chat.example"
//! ```

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::model::{ContactPerson, Email, Person, Phone, Reporter};
use crate::xml::ReportError;

/// NCMEC's production base URL.
pub const PRODUCTION_URL: &str = "https://report.cybertip.org/ispws";
/// NCMEC's test base URL (reports sent there are discarded).
pub const TEST_URL: &str = "https://exttest.cybertip.org/ispws";

/// Which NCMEC environment reports go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Environment {
    /// `exttest.cybertip.org`: reports are discarded.
    #[default]
    Test,
    /// `report.cybertip.org`: real reports.
    Production,
}

impl Environment {
    /// `test` or `production`.
    pub fn as_str(self) -> &'static str {
        match self {
            Environment::Test => "test",
            Environment::Production => "production",
        }
    }
}

/// `[ncmec]` in the service config.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct NcmecConfig {
    /// Whether the submission worker runs.
    pub enabled: bool,
    /// Test or production.
    pub environment: Environment,
    /// Overrides the environment's base URL (a proxy, or the stand-in in
    /// tests).
    pub base_url: Option<String>,
    /// API user name.
    pub username: String,
    /// Name of the environment variable holding the API password.
    pub password_env: String,
    /// The platform's name: `incidentSummary/platform`, `espService`,
    /// `chatClient`.
    pub platform: String,
    /// Profile URL of an account, `{account}` replaced by its id.
    pub profile_url_template: Option<String>,
    /// Whether reports queued by rules (`ncmec_report` actions) are
    /// submitted without a specialist's review (default: they wait as
    /// drafts).
    pub auto_submit: bool,
    /// Cases of at least this priority are sent with
    /// `escalateToHighPriority`.
    pub escalate_min_priority: Option<i32>,
    /// The reporting person.
    pub reporter: ReporterConfig,
    /// The contact person, if not the reporter.
    pub contact: Option<ContactConfig>,
    /// Timeout of one request, seconds.
    pub timeout_secs: u64,
    /// Attempts of one step before giving up on it (a submission that never
    /// got a report id fails; an open report is retracted).
    pub max_attempts: u32,
    /// First retry delay, milliseconds (doubled per attempt, capped at
    /// `max_retry_delay_ms`, ±20 % jitter).
    pub retry_base_ms: u64,
    /// Longest retry delay, milliseconds.
    pub max_retry_delay_ms: u64,
    /// How often the worker looks for work, milliseconds.
    pub poll_interval_ms: u64,
}

impl Default for NcmecConfig {
    fn default() -> Self {
        NcmecConfig {
            enabled: false,
            environment: Environment::Test,
            base_url: None,
            username: String::new(),
            password_env: "LUREWATCH_NCMEC_PASSWORD".into(),
            platform: String::new(),
            profile_url_template: None,
            auto_submit: false,
            escalate_min_priority: None,
            reporter: ReporterConfig::default(),
            contact: None,
            timeout_secs: 60,
            max_attempts: 8,
            retry_base_ms: 2_000,
            max_retry_delay_ms: 3_600_000,
            poll_interval_ms: 5_000,
        }
    }
}

impl NcmecConfig {
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        match (&self.base_url, self.environment) {
            (Some(url), _) => url,
            (None, Environment::Test) => TEST_URL,
            (None, Environment::Production) => PRODUCTION_URL,
        }
    }

    /// Timeout of one request.
    pub fn timeout(&self) -> Duration {
        Duration::from_secs(self.timeout_secs.max(1))
    }

    /// The `reporter` element, checked: the error names the missing
    /// setting.
    pub fn reporter(&self) -> Result<Reporter, ReportError> {
        let r = &self.reporter;
        let text = |s: &Option<String>| s.clone().filter(|s| !s.trim().is_empty());
        let reporter = Reporter {
            reporting_person: Person {
                first_name: text(&r.first_name),
                last_name: text(&r.last_name),
                phone: text(&r.phone)
                    .map(|value| Phone {
                        value,
                        ..Phone::default()
                    })
                    .into_iter()
                    .collect(),
                email: text(&r.email)
                    .map(|value| Email {
                        value,
                        ..Email::default()
                    })
                    .into_iter()
                    .collect(),
                ..Person::default()
            },
            contact_person: self.contact.as_ref().map(|c| ContactPerson {
                first_name: text(&c.first_name),
                last_name: text(&c.last_name),
                phone: text(&c.phone)
                    .map(|value| Phone {
                        value,
                        ..Phone::default()
                    })
                    .into_iter()
                    .collect(),
                email: text(&c.email)
                    .map(|value| Email {
                        value,
                        ..Email::default()
                    })
                    .into_iter()
                    .collect(),
                ..ContactPerson::default()
            }),
            company_template: text(&r.company_template),
            terms_of_service: text(&r.terms_of_service),
            legal_url: text(&r.legal_url),
        };
        crate::xml::check_reporter(&reporter)?;
        Ok(reporter)
    }

    /// The profile URL of an account, if a template is configured.
    pub fn profile_url(&self, account: &str) -> Option<String> {
        self.profile_url_template
            .as_ref()
            .map(|t| t.replace("{account}", account))
    }
}

/// `[ncmec.reporter]`: the person filing reports.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReporterConfig {
    /// First name (required to file).
    pub first_name: Option<String>,
    /// Last name (required to file).
    pub last_name: Option<String>,
    /// E-mail (required to file).
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// `companyTemplate`: how to serve legal process, retention, 24h line.
    pub company_template: Option<String>,
    /// `termsOfService`.
    pub terms_of_service: Option<String>,
    /// `legalURL`.
    pub legal_url: Option<String>,
}

/// `[ncmec.contact]`: whom NCMEC or law enforcement should contact.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ContactConfig {
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_reporter_is_named() {
        let config = NcmecConfig::default();
        let error = config.reporter().unwrap_err().to_string();
        assert!(error.contains("first_name"), "{error}");
        let config = NcmecConfig {
            reporter: ReporterConfig {
                first_name: Some("A".into()),
                last_name: Some("B".into()),
                ..ReporterConfig::default()
            },
            ..NcmecConfig::default()
        };
        let error = config.reporter().unwrap_err().to_string();
        assert!(error.contains("email"), "{error}");
    }

    #[test]
    fn urls_by_environment() {
        let mut c = NcmecConfig::default();
        assert_eq!(c.base_url(), TEST_URL);
        c.environment = Environment::Production;
        assert_eq!(c.base_url(), PRODUCTION_URL);
        c.base_url = Some("http://127.0.0.1:1/ispws".into());
        assert_eq!(c.base_url(), "http://127.0.0.1:1/ispws");
    }

    #[test]
    fn parses_from_toml_and_refuses_unknown_keys() {
        let c: NcmecConfig = serde_json::from_value(serde_json::json!({
            "enabled": true, "environment": "production", "username": "u",
            "reporter": {"first_name": "A", "last_name": "B", "email": "a@b.example"}
        }))
        .unwrap();
        assert!(c.enabled);
        assert!(c.reporter().is_ok());
        assert!(
            serde_json::from_value::<NcmecConfig>(serde_json::json!({"password": "x"})).is_err()
        );
    }
}
