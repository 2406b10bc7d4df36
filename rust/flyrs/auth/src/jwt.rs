//! Checking bearer JWTs as FlyteAdmin does with an external authorization server: the
//! issuer's metadata (RFC 8414, else its OpenID configuration) names its JWKS; a token
//! must be signed (RS256) by one of those keys, unexpired, from that issuer and for the
//! audience. Keys are fetched again when a token names one not seen yet.

use crate::auth_error;
use crate::token::jwt_part;
use base64::Engine;
use flyrs_core::transport::{CallError, ChannelConfig};
use serde_json::{Map, Value};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How far a token's `exp` and `nbf` may be off, for clocks that disagree.
const LEEWAY: Duration = Duration::from_secs(0);
/// Unknown key ids refetch the JWKS at most this often.
const REFETCH_INTERVAL: Duration = Duration::from_secs(10);

/// An RSA public key: modulus and exponent, big-endian.
#[derive(Clone, Debug)]
struct RsaKey {
    n: Vec<u8>,
    e: Vec<u8>,
}

/// The JWKS's signing keys, with their `kid`.
type Keys = Vec<(Option<String>, RsaKey)>;

#[derive(Debug)]
pub struct Validator {
    pub issuer: String,
    pub audience: String,
    /// The issuer's metadata document, for `GetOAuth2Metadata`.
    pub metadata: Map<String, Value>,
    jwks_uri: String,
    http: reqwest::Client,
    keys: Mutex<(Keys, Option<SystemTime>)>,
}

impl Validator {
    /// Reads the issuer's metadata and keys (the issuer must be up).
    pub async fn discover(issuer: &str, audience: &str) -> Result<Validator, CallError> {
        let tls = flyrs_core::transport::tls::client_config(&ChannelConfig::new(issuer))?;
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .no_proxy()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| auth_error(format!("cannot set up the JWKS client: {e}")))?;
        let base = issuer.trim_end_matches('/');
        let mut metadata = None;
        let mut failures = Vec::new();
        for document in ["oauth-authorization-server", "openid-configuration"] {
            let url = format!("{base}/.well-known/{document}");
            match get_json(&http, &url).await {
                Ok(found) if found.get("jwks_uri").is_some_and(Value::is_string) => {
                    metadata = Some(found);
                    break;
                }
                Ok(_) => failures.push(format!("{url}: no jwks_uri")),
                Err(e) => failures.push(e.message),
            }
        }
        let metadata = metadata.ok_or_else(|| {
            auth_error(format!(
                "cannot read the metadata of the issuer {issuer}: {}",
                failures.join("; ")
            ))
        })?;
        let jwks_uri = metadata["jwks_uri"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        // RFC 8414 3.3: the metadata's issuer must be the one asked about.
        let named = metadata
            .get("issuer")
            .and_then(Value::as_str)
            .unwrap_or(issuer);
        if named.trim_end_matches('/') != base {
            return Err(auth_error(format!(
                "the metadata of {issuer} names another issuer, {named:?}"
            )));
        }
        let validator = Validator {
            issuer: named.to_string(),
            audience: audience.to_string(),
            metadata,
            jwks_uri,
            http,
            keys: Mutex::new((Vec::new(), None)),
        };
        validator.fetch_keys().await?;
        Ok(validator)
    }

    async fn fetch_keys(&self) -> Result<(), CallError> {
        // Counted as a try even when it fails, so that unknown key ids cannot make every
        // call wait on the issuer.
        self.keys.lock().unwrap_or_else(PoisonError::into_inner).1 = Some(SystemTime::now());
        let jwks = get_json(&self.http, &self.jwks_uri).await?;
        let mut keys = Vec::new();
        for key in jwks
            .get("keys")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let text = |k: &str| key.get(k).and_then(Value::as_str);
            // Signing keys only: RSA, not marked for encryption, for RS256 if it says.
            if text("kty") != Some("RSA")
                || text("use").is_some_and(|u| u != "sig")
                || text("alg").is_some_and(|a| a != "RS256")
            {
                continue;
            }
            let decode = |k: &str| {
                text(k).and_then(|v| {
                    base64::engine::general_purpose::URL_SAFE_NO_PAD
                        .decode(v)
                        .ok()
                })
            };
            if let (Some(n), Some(e)) = (decode("n"), decode("e")) {
                keys.push((text("kid").map(str::to_string), RsaKey { n, e }));
            }
        }
        *self.keys.lock().unwrap_or_else(PoisonError::into_inner) = (keys, Some(SystemTime::now()));
        Ok(())
    }

    /// The keys a token's `kid` names: the one with that id, or every key when the token
    /// names none.
    fn keys_for(&self, kid: Option<&str>) -> Vec<RsaKey> {
        let keys = self.keys.lock().unwrap_or_else(PoisonError::into_inner);
        keys.0
            .iter()
            .filter(|(id, _)| kid.is_none() || id.as_deref() == kid)
            .map(|(_, key)| key.clone())
            .collect()
    }

    /// The claims of a valid token; else why it is not valid (never the token).
    pub async fn validate(&self, token: &str) -> Result<Map<String, Value>, String> {
        let header = jwt_part(token, 0).ok_or("the bearer token is not a JWT")?;
        if header.get("alg").and_then(Value::as_str) != Some("RS256") {
            return Err("the token is not signed with RS256".into());
        }
        let kid = header.get("kid").and_then(Value::as_str);
        let mut keys = self.keys_for(kid);
        if keys.is_empty() {
            let stale = {
                let keys = self.keys.lock().unwrap_or_else(PoisonError::into_inner);
                keys.1
                    .is_none_or(|at| at.elapsed().unwrap_or_default() >= REFETCH_INTERVAL)
            };
            if stale {
                self.fetch_keys().await.map_err(|e| e.message)?;
            }
            keys = self.keys_for(kid);
        }
        if keys.is_empty() {
            return Err("the token is signed by a key the issuer does not publish".into());
        }
        let (signed, signature) = token
            .rsplit_once('.')
            .ok_or("the bearer token is not a JWT")?;
        let signature = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(signature)
            .map_err(|_| "the token's signature is not base64url")?;
        let verifies = keys.iter().any(|key| {
            ring::signature::RsaPublicKeyComponents {
                n: &key.n,
                e: &key.e,
            }
            .verify(
                &ring::signature::RSA_PKCS1_2048_8192_SHA256,
                signed.as_bytes(),
                &signature,
            )
            .is_ok()
        });
        if !verifies {
            return Err("the token's signature does not verify".into());
        }
        let claims = jwt_part(token, 1).ok_or("the token's claims are not JSON")?;
        self.check_claims(&claims, SystemTime::now())?;
        Ok(claims)
    }

    fn check_claims(&self, claims: &Map<String, Value>, now: SystemTime) -> Result<(), String> {
        let now = now
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs_f64();
        let exp = claims
            .get("exp")
            .and_then(Value::as_f64)
            .ok_or("the token has no exp")?;
        if now > exp + LEEWAY.as_secs_f64() {
            return Err("the token has expired".into());
        }
        if claims
            .get("nbf")
            .and_then(Value::as_f64)
            .is_some_and(|nbf| now + LEEWAY.as_secs_f64() < nbf)
        {
            return Err("the token is not valid yet".into());
        }
        let issuer = claims
            .get("iss")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if issuer != self.issuer {
            return Err(format!(
                "the token's issuer is {issuer:?}, wanted {:?}",
                self.issuer
            ));
        }
        let audiences: Vec<&str> = match claims.get("aud") {
            Some(Value::String(one)) => vec![one.as_str()],
            Some(Value::Array(many)) => many.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        if !audiences.contains(&self.audience.as_str()) {
            return Err(format!(
                "invalid audience {audiences:?}, wanted {:?}",
                self.audience
            ));
        }
        Ok(())
    }
}

async fn get_json(http: &reqwest::Client, url: &str) -> Result<Map<String, Value>, CallError> {
    let fail = |why: String| auth_error(format!("{url}: {why}"));
    let response = http
        .get(url)
        .header("accept", "application/json")
        .send()
        .await
        .map_err(|e| fail(e.to_string()))?;
    if !response.status().is_success() {
        return Err(fail(format!("HTTP {}", response.status().as_u16())));
    }
    match response.json_value().await {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(fail("not a JSON object".into())),
    }
}

/// `Response::json` needs reqwest's `json` feature; the body is small, parse it here.
trait JsonValue {
    async fn json_value(self) -> Result<Value, ()>;
}

impl JsonValue for reqwest::Response {
    async fn json_value(self) -> Result<Value, ()> {
        let bytes = self.bytes().await.map_err(drop)?;
        serde_json::from_slice(&bytes).map_err(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validator() -> Validator {
        Validator {
            issuer: "https://issuer".into(),
            audience: "flyte".into(),
            metadata: Map::new(),
            jwks_uri: String::new(),
            http: reqwest::Client::builder()
                .tls_backend_preconfigured(
                    flyrs_core::transport::tls::client_config(&ChannelConfig::new("x")).unwrap(),
                )
                .build()
                .unwrap(),
            keys: Mutex::new((Vec::new(), None)),
        }
    }

    fn claims(json: &str) -> Map<String, Value> {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn claims_are_checked() {
        let v = validator();
        let now = SystemTime::now();
        let later = now.duration_since(UNIX_EPOCH).unwrap().as_secs() + 60;
        let ok = format!(r#"{{"exp":{later},"iss":"https://issuer","aud":["x","flyte"]}}"#);
        assert!(v.check_claims(&claims(&ok), now).is_ok());
        let expired = v
            .check_claims(&claims(&ok), now + Duration::from_secs(120))
            .unwrap_err();
        assert!(expired.contains("expired"));
        let wrong_aud = format!(r#"{{"exp":{later},"iss":"https://issuer","aud":"other"}}"#);
        assert!(v
            .check_claims(&claims(&wrong_aud), now)
            .unwrap_err()
            .contains("audience"));
        let wrong_iss = format!(r#"{{"exp":{later},"iss":"https://evil","aud":"flyte"}}"#);
        assert!(v
            .check_claims(&claims(&wrong_iss), now)
            .unwrap_err()
            .contains("issuer"));
        assert!(v.check_claims(&claims("{}"), now).is_err());
    }
}
