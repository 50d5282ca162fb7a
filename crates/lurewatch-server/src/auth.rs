//! API keys: generation, argon2 hashing, scopes, and a verification cache.
//!
//! A key reads `lw_<id>_<secret>`: `id` (12 base-62 characters) is public
//! and names the key in logs and the store; `secret` (32 base-62
//! characters, ~190 bits) is shown once at creation and stored only as an
//! argon2id hash. argon2 is deliberately slow, so a verified key is
//! remembered by the SHA-256 of the whole key for the process's lifetime
//! (revocation clears it).

use std::collections::HashMap;
use std::sync::RwLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::Rng;
use serde::{Deserialize, Serialize};
use sha2::Digest;

/// What a key may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Send events and look up hashes.
    Ingest,
    /// Read cases, signals, entities and decisions.
    Review,
    /// Manage banks, rules and keys (implies the others).
    Admin,
}

impl Scope {
    /// Parses `ingest`, `review`, `admin`.
    pub fn parse(s: &str) -> Option<Scope> {
        match s {
            "ingest" => Some(Scope::Ingest),
            "review" => Some(Scope::Review),
            "admin" => Some(Scope::Admin),
            _ => None,
        }
    }

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Ingest => "ingest",
            Scope::Review => "review",
            Scope::Admin => "admin",
        }
    }
}

/// Whether `granted` scopes allow `needed` (admin allows everything).
pub fn allows(granted: &[Scope], needed: Scope) -> bool {
    granted.contains(&Scope::Admin) || granted.contains(&needed)
}

const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

fn random_token(len: usize) -> String {
    let mut rng = rand::thread_rng();
    (0..len)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// A freshly generated key: the full secret (show once) and what to store.
pub struct NewKey {
    /// The whole key, `lw_<id>_<secret>`.
    pub key: String,
    /// Public id.
    pub id: String,
    /// argon2id PHC string of the secret.
    pub hash: String,
}

/// Errors of key handling.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AuthError {
    /// Not of the form `lw_<id>_<secret>`.
    #[error("malformed API key")]
    Malformed,
    /// Unknown, revoked or wrong secret.
    #[error("invalid API key")]
    Invalid,
    /// Hashing failed.
    #[error("key hashing failed: {0}")]
    Hash(String),
}

/// Generates a key and its hash.
pub fn generate() -> Result<NewKey, AuthError> {
    let id = random_token(12);
    let secret = random_token(32);
    let hash = hash_secret(&secret)?;
    Ok(NewKey {
        key: format!("lw_{id}_{secret}"),
        id,
        hash,
    })
}

/// argon2id hash (PHC string) of a secret.
pub fn hash_secret(secret: &str) -> Result<String, AuthError> {
    let mut salt_bytes = [0u8; 16];
    rand::thread_rng().fill(&mut salt_bytes);
    let salt = SaltString::encode_b64(&salt_bytes).map_err(|e| AuthError::Hash(e.to_string()))?;
    Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AuthError::Hash(e.to_string()))
}

/// Splits `lw_<id>_<secret>` into `(id, secret)`.
pub fn split(key: &str) -> Result<(&str, &str), AuthError> {
    let rest = key.strip_prefix("lw_").ok_or(AuthError::Malformed)?;
    let (id, secret) = rest.split_once('_').ok_or(AuthError::Malformed)?;
    let ok = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_alphanumeric());
    if !ok(id, 12) || !ok(secret, 32) {
        return Err(AuthError::Malformed);
    }
    Ok((id, secret))
}

/// Checks a secret against its stored hash (constant-time inside argon2).
pub fn verify_secret(secret: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| {
        Argon2::default()
            .verify_password(secret.as_bytes(), &h)
            .is_ok()
    })
}

/// A verified key: its id and scopes.
type Verified = (String, Vec<Scope>);

/// Remembers keys already verified, by the SHA-256 of the whole key.
#[derive(Default)]
pub struct VerifiedKeys {
    inner: RwLock<HashMap<[u8; 32], Verified>>,
}

impl VerifiedKeys {
    fn digest(key: &str) -> [u8; 32] {
        sha2::Sha256::digest(key.as_bytes()).into()
    }

    /// The key id and scopes if this exact key was verified before.
    pub fn get(&self, key: &str) -> Option<(String, Vec<Scope>)> {
        self.inner.read().ok()?.get(&Self::digest(key)).cloned()
    }

    /// Remembers a verified key.
    pub fn insert(&self, key: &str, id: String, scopes: Vec<Scope>) {
        if let Ok(mut m) = self.inner.write() {
            m.insert(Self::digest(key), (id, scopes));
        }
    }

    /// Forgets every cached key with this id (after revocation).
    pub fn forget_id(&self, id: &str) {
        if let Ok(mut m) = self.inner.write() {
            m.retain(|_, v| v.0 != id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_verify_and_wrong_ones_do_not() {
        let k = generate().unwrap();
        let (id, secret) = split(&k.key).unwrap();
        assert_eq!(id, k.id);
        assert!(verify_secret(secret, &k.hash));
        assert!(
            !verify_secret(&secret.replace(&secret[..1], "x"), &k.hash) || secret.starts_with('x')
        );
        assert!(
            !k.hash.contains(secret),
            "the hash never contains the secret"
        );
    }

    #[test]
    fn malformed_keys() {
        for bad in [
            "",
            "lw_",
            "lw_abc_def",
            "xx_AAAAAAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB",
            "lw_AAAAAAAAAAAA_BBBBBBBB-BBBBBBBBBBBBBBBBBBBBBBB",
            "lw_AAAAAAAAAAAA_Bé",
        ] {
            assert_eq!(split(bad), Err(AuthError::Malformed), "{bad}");
        }
    }

    #[test]
    fn scopes() {
        assert!(allows(&[Scope::Admin], Scope::Review));
        assert!(allows(&[Scope::Ingest], Scope::Ingest));
        assert!(!allows(&[Scope::Ingest], Scope::Review));
        assert_eq!(Scope::parse("review"), Some(Scope::Review));
        assert_eq!(Scope::parse("root"), None);
    }

    #[test]
    fn cache_forgets_revoked() {
        let c = VerifiedKeys::default();
        c.insert("lw_k", "id1".into(), vec![Scope::Ingest]);
        assert!(c.get("lw_k").is_some());
        c.forget_id("id1");
        assert!(c.get("lw_k").is_none());
    }
}
