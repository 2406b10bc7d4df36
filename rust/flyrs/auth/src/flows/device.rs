//! The device authorization grant (RFC 8628): the user signs in on another device with a
//! code while this one polls the token endpoint at the server's interval.

use super::{require, Client, Prompt};
use crate::auth_error;
use crate::http::{Reply, TokenClient};
use crate::token::Token;
use flyrs_core::transport::CallError;
use serde_json::Value;
use std::time::Duration;
use tokio::time::Instant;

const GRANT_TYPE: &str = "urn:ietf:params:oauth:grant-type:device_code";
/// RFC 8628 3.2: without `interval`, poll every 5 s; `slow_down` adds 5 s.
const DEFAULT_INTERVAL: Duration = Duration::from_secs(5);
const SLOW_DOWN: Duration = Duration::from_secs(5);

pub async fn sign_in(
    http: &TokenClient,
    device_endpoint: &str,
    token_endpoint: &str,
    client: &Client,
    prompt: &dyn Prompt,
) -> Result<Token, CallError> {
    let device_endpoint = require(
        device_endpoint,
        "device_authorization_endpoint",
        "DeviceFlow",
    )?;
    let token_endpoint = require(token_endpoint, "token_endpoint", "DeviceFlow")?;
    let mut form = vec![("client_id", client.id.clone())];
    form.extend(client.common());
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let reply = match http
        .post_form(device_endpoint, &pairs, None, &client.headers())
        .await?
    {
        Reply::Ok(reply) => reply,
        Reply::Refused { error, description } => {
            return Err(super::refusal(device_endpoint, &error, &description))
        }
    };
    let text = |key: &str| reply.get(key).and_then(Value::as_str).unwrap_or_default();
    let seconds = |key: &str| {
        reply
            .get(key)
            .and_then(|v| v.as_f64().or_else(|| v.as_str()?.parse().ok()))
            .filter(|s| s.is_finite() && *s > 0.0)
            .map(|s| Duration::from_secs_f64(s.min(86_400.0)))
    };
    let device_code = text("device_code").to_string();
    if device_code.is_empty() {
        return Err(auth_error(format!(
            "{device_endpoint} answered without a device_code"
        )));
    }
    let lifetime = seconds("expires_in").unwrap_or(Duration::from_secs(600));
    let expires = Instant::now() + lifetime;
    let mut interval = seconds("interval").unwrap_or(DEFAULT_INTERVAL);
    let complete = text("verification_uri_complete");
    if complete.is_empty() {
        prompt.show(&format!(
            "To sign in to Flyte, open {} and enter the code {}",
            text("verification_uri"),
            text("user_code")
        ));
    } else {
        prompt.show(&format!(
            "To sign in to Flyte, open {complete} (code {})",
            text("user_code")
        ));
    }
    let form = vec![
        ("grant_type", GRANT_TYPE.to_string()),
        ("device_code", device_code),
        ("client_id", client.id.clone()),
    ];
    loop {
        if Instant::now() + interval >= expires {
            return Err(expired(lifetime));
        }
        tokio::time::sleep(interval).await;
        let refusal = match super::ask(http, token_endpoint, client, &form, None).await? {
            Ok(token) => return Ok(token),
            Err(refusal) => refusal,
        };
        match refusal.error.as_str() {
            "authorization_pending" => {}
            "slow_down" => interval += SLOW_DOWN,
            "expired_token" => return Err(expired(lifetime)),
            "access_denied" => {
                return Err(auth_error("the sign-in on the other device was denied"))
            }
            error => return Err(super::refusal(token_endpoint, error, &refusal.description)),
        }
    }
}

fn expired(lifetime: Duration) -> CallError {
    auth_error(format!(
        "the device code expired before sign-in finished (it was valid for {} s); \
         call again and sign in within that time",
        lifetime.as_secs()
    ))
}
