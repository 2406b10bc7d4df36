//! What the admin says about its authorization server, through `AuthMetadataService`
//! (which FlyteAdmin serves without authentication). The authenticator of an endpoint
//! asks once and keeps the answer; a process-wide cache would outlive a server restarted
//! on the same port with other settings.

use crate::auth_error;
use bytes::Bytes;
use flyrs_core::transport::{CallError, Client};
use flyrs_core::wire::{Reader, WireType};
use std::sync::Arc;
use std::time::Duration;

const OAUTH2_METADATA: &str = "/flyteidl.service.AuthMetadataService/GetOAuth2Metadata";
const PUBLIC_CLIENT_CONFIG: &str = "/flyteidl.service.AuthMetadataService/GetPublicClientConfig";
const DISCOVERY_TIMEOUT: Duration = Duration::from_secs(10);
/// The header when the server names none, as in flytekit.
pub const DEFAULT_HEADER: &str = "authorization";

/// `OAuth2MetadataResponse` and `PublicClientAuthConfigResponse`, the fields used here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ServerAuth {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    pub device_authorization_endpoint: String,
    pub client_id: String,
    pub redirect_uri: String,
    pub scopes: Vec<String>,
    pub audience: String,
    /// The header the admin reads the token from (`authorization_metadata_key`).
    pub header_key: String,
}

/// The server's auth settings, asked of `client` (connected to `endpoint`).
pub async fn discover(client: &Client, endpoint: &str) -> Result<Arc<ServerAuth>, CallError> {
    // An admin that cannot be reached stays UNAVAILABLE (which the retry policy retries);
    // any other failure to read its settings is an authentication failure.
    let refused = |what: &str, e: CallError| {
        let message = format!(
            "cannot read the authorization settings of {endpoint} ({what}): {}: {}",
            e.code_name(),
            e.message
        );
        match e.status_code() {
            code @ (tonic::Code::Unavailable | tonic::Code::DeadlineExceeded) => {
                CallError::new(code, message)
            }
            _ => auth_error(message),
        }
    };
    let metadata = client
        .unary(OAUTH2_METADATA, Bytes::new(), Some(DISCOVERY_TIMEOUT))
        .await
        .map_err(|e| refused("GetOAuth2Metadata", e))?;
    let public = client
        .unary(PUBLIC_CLIENT_CONFIG, Bytes::new(), Some(DISCOVERY_TIMEOUT))
        .await
        .map_err(|e| refused("GetPublicClientConfig", e))?;
    let mut auth = ServerAuth::default();
    read_metadata(&metadata, &mut auth)
        .and_then(|()| read_public_config(&public, &mut auth))
        .map_err(|why| auth_error(format!("{endpoint} sent malformed auth metadata: {why}")))?;
    if auth.header_key.is_empty() {
        auth.header_key = DEFAULT_HEADER.into();
    }
    auth.header_key = auth.header_key.to_ascii_lowercase();
    Ok(Arc::new(auth))
}

/// Each string field of a message, by number; other fields are skipped.
fn strings(bytes: &[u8], mut each: impl FnMut(u32, String)) -> Result<(), String> {
    let mut reader = Reader::new(bytes);
    while !reader.is_empty() {
        let (number, wire) = reader.tag().map_err(|e| e.to_string())?;
        if wire == WireType::Len {
            let value = reader.len_delimited().map_err(|e| e.to_string())?;
            let text =
                std::str::from_utf8(value).map_err(|_| format!("field {number} is not UTF-8"))?;
            each(number, text.to_string());
        } else {
            reader.skip(number, wire, 0).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

fn read_metadata(bytes: &[u8], auth: &mut ServerAuth) -> Result<(), String> {
    strings(bytes, |number, text| match number {
        1 => auth.issuer = text,
        2 => auth.authorization_endpoint = text,
        3 => auth.token_endpoint = text,
        10 => auth.device_authorization_endpoint = text,
        _ => {}
    })
}

fn read_public_config(bytes: &[u8], auth: &mut ServerAuth) -> Result<(), String> {
    strings(bytes, |number, text| match number {
        1 => auth.client_id = text,
        2 => auth.redirect_uri = text,
        3 => auth.scopes.push(text),
        4 => auth.header_key = text,
        6 => auth.audience = text,
        _ => {}
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use flyrs_core::wire::{put_tag, put_varint};

    fn field(out: &mut Vec<u8>, number: u32, text: &str) {
        put_tag(out, number, WireType::Len);
        put_varint(out, text.len() as u64);
        out.extend_from_slice(text.as_bytes());
    }

    #[test]
    fn reads_both_messages() {
        let mut metadata = Vec::new();
        field(&mut metadata, 1, "https://issuer");
        field(&mut metadata, 3, "https://issuer/token");
        field(&mut metadata, 4, "code");
        field(&mut metadata, 10, "https://issuer/device");
        let mut public = Vec::new();
        field(&mut public, 1, "flytectl");
        field(&mut public, 3, "all");
        field(&mut public, 3, "offline");
        field(&mut public, 4, "flyte-authorization");
        put_tag(&mut public, 9, WireType::Varint);
        put_varint(&mut public, 1);
        let mut auth = ServerAuth::default();
        read_metadata(&metadata, &mut auth).unwrap();
        read_public_config(&public, &mut auth).unwrap();
        assert_eq!(auth.token_endpoint, "https://issuer/token");
        assert_eq!(auth.device_authorization_endpoint, "https://issuer/device");
        assert_eq!(auth.scopes, ["all", "offline"]);
        assert_eq!(auth.header_key, "flyte-authorization");
        assert!(read_metadata(&[0x0a, 0x05, b'a'], &mut auth).is_err());
    }
}
