//! Tokens and when they expire: from the reply's `expires_in`, else from the JWT's `exp`.

use crate::auth_error;
use crate::secret::Secret;
use base64::Engine;
use flyrs_core::transport::CallError;
use serde_json::{Map, Value};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Renew this long before expiry at most: a minute, or a tenth of a short token's life.
const MAX_MARGIN: Duration = Duration::from_secs(60);

#[derive(Clone, Debug)]
pub struct Token {
    pub access: Secret,
    pub refresh: Option<Secret>,
    /// When it was obtained and when it expires (None: unknown, used until refused).
    pub issued_at: SystemTime,
    pub expires_at: Option<SystemTime>,
}

impl Token {
    /// A token endpoint's successful reply.
    pub fn from_reply(reply: &Map<String, Value>, url: &str) -> Result<Token, CallError> {
        let access = reply
            .get("access_token")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| auth_error(format!("{url} answered without an access_token")))?;
        let refresh = reply
            .get("refresh_token")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map(Secret::new);
        let lifetime = reply.get("expires_in").and_then(|v| {
            v.as_f64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
        });
        Ok(Token::new(Secret::new(access), refresh, lifetime))
    }

    /// A token whose lifetime in seconds is `lifetime` if known, else its JWT `exp`.
    pub fn new(access: Secret, refresh: Option<Secret>, lifetime: Option<f64>) -> Token {
        let issued_at = SystemTime::now();
        let expires_at = lifetime
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map(|s| issued_at + Duration::from_secs_f64(s.min(1e9)))
            .or_else(|| jwt_expiry(access.expose()));
        Token {
            access,
            refresh,
            issued_at,
            expires_at,
        }
    }

    /// Still good at `now`, with room to spare for the call about to be made.
    pub fn is_fresh(&self, now: SystemTime) -> bool {
        let Some(expires_at) = self.expires_at else {
            return true;
        };
        let lifetime = expires_at
            .duration_since(self.issued_at)
            .unwrap_or_default();
        let margin = (lifetime / 10).min(MAX_MARGIN);
        now + margin < expires_at
    }

    /// The form kept in a token cache.
    pub fn to_json(&self) -> String {
        let seconds = |t: SystemTime| {
            t.duration_since(UNIX_EPOCH)
                .unwrap_or_default()
                .as_secs_f64()
        };
        serde_json::json!({
            "access_token": self.access.expose(),
            "refresh_token": self.refresh.as_ref().map(Secret::expose),
            "issued_at": seconds(self.issued_at),
            "expires_at": self.expires_at.map(seconds),
        })
        .to_string()
    }

    pub fn from_json(text: &str) -> Option<Token> {
        let value: Value = serde_json::from_str(text).ok()?;
        let time = |key: &str| {
            value
                .get(key)
                .and_then(Value::as_f64)
                .filter(|s| s.is_finite() && *s >= 0.0)
                .map(|s| UNIX_EPOCH + Duration::from_secs_f64(s))
        };
        Some(Token {
            access: Secret::new(value.get("access_token")?.as_str()?),
            refresh: value
                .get("refresh_token")
                .and_then(Value::as_str)
                .map(Secret::new),
            issued_at: time("issued_at")?,
            expires_at: time("expires_at"),
        })
    }
}

/// The `exp` claim of a JWT, if `token` is one (its signature is not checked: the client
/// only uses it to know when to renew).
pub fn jwt_expiry(token: &str) -> Option<SystemTime> {
    let claims = jwt_part(token, 1)?;
    let exp = claims.get("exp")?.as_f64()?;
    (exp.is_finite() && exp >= 0.0).then(|| UNIX_EPOCH + Duration::from_secs_f64(exp))
}

/// Part `index` (0 header, 1 claims) of a JWT as JSON.
pub fn jwt_part(token: &str, index: usize) -> Option<Map<String, Value>> {
    let mut parts = token.split('.');
    let part = parts.nth(index)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(part.trim_end_matches('='))
        .ok()?;
    match serde_json::from_slice(&bytes).ok()? {
        Value::Object(map) => Some(map),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(claims: &str) -> String {
        let e = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        format!("{}.{}.sig", e(r#"{"alg":"RS256"}"#), e(claims))
    }

    #[test]
    fn expiry_from_expires_in_or_jwt() {
        let reply: Map<String, Value> =
            serde_json::from_str(r#"{"access_token":"a","expires_in":3600,"refresh_token":"r"}"#)
                .unwrap();
        let token = Token::from_reply(&reply, "u").unwrap();
        assert!(token.is_fresh(SystemTime::now()));
        assert!(!token.is_fresh(SystemTime::now() + Duration::from_secs(3550)));
        assert_eq!(token.refresh.unwrap().expose(), "r");

        let exp = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs()
            + 100;
        let access = jwt(&format!(r#"{{"exp":{exp}}}"#));
        let token = Token::new(Secret::new(access), None, None);
        let at = token
            .expires_at
            .unwrap()
            .duration_since(UNIX_EPOCH)
            .unwrap();
        assert_eq!(at.as_secs(), exp);

        let opaque = Token::new(Secret::new("opaque"), None, None);
        assert!(opaque.expires_at.is_none() && opaque.is_fresh(SystemTime::now()));
        assert!(Token::from_reply(&Map::new(), "u").is_err());
    }

    #[test]
    fn cache_form_round_trips() {
        let token = Token::new(Secret::new("a"), Some(Secret::new("r")), Some(10.0));
        let back = Token::from_json(&token.to_json()).unwrap();
        assert_eq!(back.access, token.access);
        assert_eq!(back.refresh, token.refresh);
        assert!(Token::from_json("{").is_none());
    }
}
