//! Service configuration: a TOML file, overridden by `LUREWATCH_*`
//! environment variables.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// `lurewatch serve` configuration.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address to listen on.
    pub listen: String,
    /// Data directory (the embedded store lives here).
    pub data_dir: PathBuf,
    /// PostgreSQL URL; when set, the service uses PostgreSQL instead of the
    /// embedded SQLite store (e.g. `postgres://lurewatch@db/lurewatch`).
    pub database_url: Option<String>,
    /// Largest request body, in bytes (inline media included).
    pub max_body_bytes: usize,
    /// Requests per second per API key (burst: two seconds' worth).
    pub rate_per_key: f64,
    /// Rule file; default: the shipped `rules/default.toml`.
    pub rules: Option<PathBuf>,
    /// Detector model directory; default: the shipped `models/default`.
    pub model: Option<PathBuf>,
    /// TLS certificate chain (PEM); with `tls_key`, serve HTTPS.
    pub tls_cert: Option<PathBuf>,
    /// TLS private key (PEM).
    pub tls_key: Option<PathBuf>,
    /// Webhook endpoints that rule actions (`action = "webhook", name =
    /// ...`) deliver to; see [`crate::webhooks`] and `docs/webhooks.md`.
    pub webhooks: Vec<WebhookConfig>,
    /// Also consume events from a NATS JetStream stream (`[nats]`); see
    /// [`crate::nats`].
    pub nats: Option<crate::nats::NatsConfig>,
    /// The review console (`[console]`), served under `/console`.
    pub console: lurewatch_console::ConsoleConfig,
    /// Retention and purging (`[retention]`).
    pub retention: lurewatch_console::RetentionConfig,
    /// NCMEC CyberTipline reporting (`[ncmec]`).
    pub ncmec: lurewatch_ncmec::NcmecConfig,
}

/// One webhook endpoint (`[[webhooks]]` in the config file).
///
/// The signing secret is not part of the file: it is read at start from the
/// environment variable named by `secret_env`, and never logged.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookConfig {
    /// Name that rules use (`action = "webhook", name = "..."`).
    pub name: String,
    /// Where to POST: an `http://` or `https://` URL.
    pub url: String,
    /// Environment variable holding the HMAC signing secret.
    pub secret_env: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("lurewatch-data"),
            database_url: None,
            max_body_bytes: 24 << 20,
            rate_per_key: 5000.0,
            rules: None,
            model: None,
            tls_cert: None,
            tls_key: None,
            webhooks: Vec::new(),
            nats: None,
            console: Default::default(),
            retention: Default::default(),
            ncmec: Default::default(),
        }
    }
}

/// Configuration errors.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Could not read the file.
    #[error("cannot read {path}: {reason}")]
    Read {
        /// File.
        path: String,
        /// Why.
        reason: String,
    },
    /// Bad TOML or value.
    #[error("{0}")]
    Invalid(String),
}

impl Config {
    /// Reads `path` (if given), then applies environment overrides.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let mut c = match path {
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| ConfigError::Read {
                    path: p.display().to_string(),
                    reason: e.to_string(),
                })?;
                toml::from_str(&text)
                    .map_err(|e| ConfigError::Invalid(format!("{}: {e}", p.display())))?
            }
            None => Config::default(),
        };
        c.apply_env(|k| std::env::var(k).ok())?;
        Ok(c)
    }

    fn apply_env(&mut self, get: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        if let Some(v) = get("LUREWATCH_LISTEN") {
            self.listen = v;
        }
        if let Some(v) = get("LUREWATCH_DATA_DIR") {
            self.data_dir = v.into();
        }
        if let Some(v) = get("LUREWATCH_DATABASE_URL") {
            self.database_url = Some(v);
        }
        if let Some(v) = get("LUREWATCH_MAX_BODY_BYTES") {
            self.max_body_bytes = v.parse().map_err(|_| {
                ConfigError::Invalid("LUREWATCH_MAX_BODY_BYTES: not a number".into())
            })?;
        }
        if let Some(v) = get("LUREWATCH_RATE_PER_KEY") {
            self.rate_per_key = v
                .parse()
                .map_err(|_| ConfigError::Invalid("LUREWATCH_RATE_PER_KEY: not a number".into()))?;
        }
        if let Some(v) = get("LUREWATCH_RULES") {
            self.rules = Some(v.into());
        }
        if let Some(v) = get("LUREWATCH_MODEL") {
            self.model = Some(v.into());
        }
        if let Some(v) = get("LUREWATCH_TLS_CERT") {
            self.tls_cert = Some(v.into());
        }
        if let Some(v) = get("LUREWATCH_TLS_KEY") {
            self.tls_key = Some(v.into());
        }
        if let Some(v) = get("LUREWATCH_NATS_URL") {
            self.nats.get_or_insert_with(Default::default).url = v;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_overrides_file_values() {
        let mut c: Config =
            toml::from_str("listen = \"0.0.0.0:9000\"\nrate_per_key = 10.0").unwrap();
        assert_eq!(c.listen, "0.0.0.0:9000");
        c.apply_env(|k| (k == "LUREWATCH_LISTEN").then(|| "127.0.0.1:1".to_string()))
            .unwrap();
        assert_eq!(c.listen, "127.0.0.1:1");
        assert!(
            c.apply_env(|k| (k == "LUREWATCH_RATE_PER_KEY").then(|| "x".to_string()))
                .is_err()
        );
        assert!(toml::from_str::<Config>("nope = 1").is_err());
    }

    #[test]
    fn webhooks_from_file() {
        let c: Config = toml::from_str(
            "[[webhooks]]\nname = \"platform\"\nurl = \"https://example.invalid/hook\"\n\
             secret_env = \"LW_HOOK_SECRET\"\n",
        )
        .unwrap();
        assert_eq!(
            c.webhooks,
            vec![WebhookConfig {
                name: "platform".into(),
                url: "https://example.invalid/hook".into(),
                secret_env: "LW_HOOK_SECRET".into(),
            }]
        );
        // The secret itself has no place in the file.
        assert!(
            toml::from_str::<Config>(
                "[[webhooks]]\nname = \"p\"\nurl = \"http://x\"\nsecret_env = \"S\"\nsecret = \"s\"\n"
            )
            .is_err()
        );
    }
}
