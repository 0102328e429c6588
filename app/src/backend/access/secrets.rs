//! Randomness and keyed hashes. Tokens come from the operating system's generator.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use hmac::{Hmac, Mac};
use sea_orm::{ConnectionTrait, DbErr, Statement};
use sha2::{Digest, Sha256};

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    OsRng.fill_bytes(&mut bytes);
    bytes
}

/// 256 bits, hex: session tokens, CSRF tokens, flash ids.
pub fn random_token() -> String {
    hex::encode(random_bytes::<32>())
}

pub fn sha256_hex(input: &str) -> String {
    hex::encode(Sha256::digest(input.as_bytes()))
}

/// The key voting codes are hashed with. A database copy without this key does not
/// let anyone test guesses offline any faster than the rate-limited form does.
#[derive(Clone)]
pub struct CodeKey(Vec<u8>);

impl CodeKey {
    pub fn from_bytes(bytes: Vec<u8>) -> CodeKey {
        CodeKey(bytes)
    }

    pub fn hash(&self, canonical_code: &str) -> String {
        // HMAC accepts keys of any length, so this cannot fail.
        let mut mac = match Hmac::<Sha256>::new_from_slice(&self.0) {
            Ok(mac) => mac,
            Err(_) => return sha256_hex(canonical_code),
        };
        mac.update(canonical_code.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

impl std::fmt::Debug for CodeKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CodeKey(…)")
    }
}

/// The code key from COMMONPOT_CODE_KEY (hex) when the operator sets one, otherwise
/// one made on first start and kept in the database.
///
/// A key set but unreadable is an error: falling back to the stored key would quietly
/// hash codes with a key the operator meant to keep out of the database, and no code
/// printed under the intended key would ever match.
pub async fn code_key(db: &impl ConnectionTrait, from_env: Option<&str>) -> Result<CodeKey, DbErr> {
    if let Some(hex_key) = from_env {
        return match hex::decode(hex_key.trim()) {
            Ok(bytes) if bytes.len() >= 16 => Ok(CodeKey(bytes)),
            _ => Err(DbErr::Custom(
                "COMMONPOT_CODE_KEY is set but is not at least 16 bytes written in hex \
                 (32 or more of 0-9 and a-f); fix it or unset it"
                    .into(),
            )),
        };
    }
    let backend = db.get_database_backend();
    let fresh = hex::encode(random_bytes::<32>());
    // Two servers starting together both try; the first insert wins and both read it.
    let insert = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "INSERT INTO server_secrets (name, value) VALUES ('code_key', $1) ON CONFLICT DO NOTHING"
        }
        _ => "INSERT OR IGNORE INTO server_secrets (name, value) VALUES ('code_key', $1)",
    };
    db.execute(Statement::from_sql_and_values(
        backend,
        insert,
        [fresh.into()],
    ))
    .await?;
    let row = db
        .query_one(Statement::from_string(
            backend,
            "SELECT value FROM server_secrets WHERE name = 'code_key'",
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("code_key".into()))?;
    let value: String = row.try_get("", "value")?;
    hex::decode(value)
        .map(CodeKey)
        .map_err(|e| DbErr::Custom(format!("stored code key is not hex: {e}")))
}
