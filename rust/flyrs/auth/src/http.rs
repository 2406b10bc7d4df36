//! The HTTP client of the token and device endpoints: the channel's trust settings
//! (CA file, client certificate), `admin.httpProxyURL`, bounded waits, and replies read
//! as OAuth2 defines them. Error messages name the endpoint and the OAuth2 error code,
//! never a request or response body (either may hold a secret or a token).

use crate::auth_error;
use crate::secret::Secret;
use base64::Engine;
use flyrs_core::transport::{tls, CallError, ChannelConfig};
use serde_json::{Map, Value};
use std::time::Duration;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// A form POST's outcome: the reply's JSON object, or the OAuth2 error it named.
pub enum Reply {
    Ok(Map<String, Value>),
    /// `{"error": ..., "error_description": ...}` with a 4xx status.
    Refused {
        error: String,
        description: String,
    },
}

#[derive(Clone)]
pub struct TokenClient {
    http: reqwest::Client,
}

impl std::fmt::Debug for TokenClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenClient").finish_non_exhaustive()
    }
}

impl TokenClient {
    pub fn new(
        channel: &ChannelConfig,
        http_proxy_url: Option<&Secret>,
    ) -> Result<TokenClient, CallError> {
        let tls = tls::client_config(channel)?;
        let mut builder = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .user_agent(concat!("flyrs/", env!("CARGO_PKG_VERSION")))
            .no_proxy();
        // Proxy URLs are not shown: they may carry a password.
        let bad = |what: &str| auth_error(format!("{what} is not a proxy URL"));
        match http_proxy_url {
            Some(url) => {
                let proxy =
                    reqwest::Proxy::all(url.expose()).map_err(|_| bad("admin.httpProxyURL"))?;
                builder = builder.proxy(proxy);
            }
            None => {
                for (variable, https) in [("https_proxy", true), ("http_proxy", false)] {
                    let Some(url) = environment(variable) else {
                        continue;
                    };
                    let proxy = if https {
                        reqwest::Proxy::https(&url)
                    } else {
                        reqwest::Proxy::http(&url)
                    };
                    let proxy = proxy.map_err(|_| bad(&variable.to_ascii_uppercase()))?;
                    builder = builder.proxy(proxy.no_proxy(reqwest::NoProxy::from_env()));
                }
            }
        }
        let http = builder
            .build()
            .map_err(|e| auth_error(format!("cannot set up the token endpoint client: {e}")))?;
        Ok(TokenClient { http })
    }

    /// POSTs `form` to `url`, with HTTP Basic credentials (RFC 6749 2.3.1: both parts
    /// form-encoded) and extra headers (`proxy-authorization`).
    pub async fn post_form(
        &self,
        url: &str,
        form: &[(&str, &str)],
        basic: Option<(&str, &Secret)>,
        headers: &[(&str, &Secret)],
    ) -> Result<Reply, CallError> {
        let mut request = self
            .http
            .post(url)
            .header("accept", "application/json")
            .header("cache-control", "no-cache")
            .form(form);
        if let Some((id, secret)) = basic {
            let pair = format!("{}:{}", form_encode(id), form_encode(secret.expose()));
            let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
            request = request.header("authorization", format!("Basic {encoded}"));
        }
        for (name, value) in headers {
            request = request.header(*name, value.expose());
        }
        let response = request.send().await.map_err(|e| unreachable(url, &e))?;
        let status = response.status();
        let body = response.bytes().await.map_err(|e| unreachable(url, &e))?;
        let json = serde_json::from_slice::<Value>(&body).ok();
        let object = match json {
            Some(Value::Object(object)) => Some(object),
            _ => None,
        };
        match object {
            Some(object) if status.is_success() => Ok(Reply::Ok(object)),
            Some(object) if object.get("error").is_some_and(Value::is_string) => {
                let text = |key: &str| {
                    object
                        .get(key)
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string()
                };
                Ok(Reply::Refused {
                    error: text("error"),
                    description: text("error_description"),
                })
            }
            _ => Err(auth_error(format!(
                "{url} answered HTTP {} with {}, not an OAuth2 reply; check the authorization \
                 server's address (admin.endpoint's GetOAuth2Metadata) and admin.httpProxyURL",
                status.as_u16(),
                if body.is_empty() {
                    "an empty body"
                } else {
                    "a body that is not JSON"
                }
            ))),
        }
    }
}

/// A proxy variable, lower case first, as curl reads them (not `HTTP_PROXY` in upper
/// case, which a CGI request could set).
fn environment(lower: &str) -> Option<String> {
    let upper = lower.to_ascii_uppercase();
    let names: Vec<&str> = if lower == "http_proxy" {
        vec![lower]
    } else {
        vec![lower, upper.as_str()]
    };
    names
        .into_iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
}

fn unreachable(url: &str, error: &reqwest::Error) -> CallError {
    // reqwest's Display names the URL; its sources say why (refused, DNS, TLS, timeout).
    let mut why = String::new();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        why = format!("{why}: {cause}");
        source = cause.source();
    }
    let what = if error.is_timeout() {
        "timed out"
    } else {
        "failed"
    };
    auth_error(format!("the request to {url} {what}{why}"))
}

/// `application/x-www-form-urlencoded` encoding of one value.
pub fn form_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_encoding() {
        assert_eq!(form_encode("a b+c/d:é"), "a+b%2Bc%2Fd%3A%C3%A9");
        assert_eq!(form_encode("plain-1.2_3*"), "plain-1.2_3*");
    }
}
