//! Authentication as FlyteAdmin enforces it with an external authorization server:
//! `AuthMetadataService` is served to anyone (the issuer's metadata and the public client
//! config clients need to sign in); every other call needs a bearer JWT in the configured
//! header, signed by the issuer's keys, unexpired, from that issuer and for the audience.

use crate::idl::flyteidl::service as svc;
use bytes::Bytes;
use flyrs_auth::jwt::Validator;
use flyrs_core::transport::CallError;
use prost::Message;
use serde_json::Value;
use tonic::Status;

/// FlyteAdmin's defaults (`flyteadmin/auth/config`).
pub const DEFAULT_HEADER: &str = "flyte-authorization";
pub const DEFAULT_CLIENT_ID: &str = "flytectl";
pub const DEFAULT_REDIRECT_URI: &str = "http://localhost:53593/callback";
pub const DEFAULT_SCOPES: [&str; 2] = ["all", "offline"];

const AUTH_METADATA: &str = "/flyteidl.service.AuthMetadataService/";

/// What `LocalAdmin` is started with to require authentication.
#[derive(Clone, Debug)]
pub struct AuthSettings {
    pub issuer: String,
    pub audience: String,
    pub header: String,
    pub client_id: String,
    pub redirect_uri: String,
    pub scopes: Vec<String>,
}

impl AuthSettings {
    pub fn new(issuer: impl Into<String>, audience: impl Into<String>) -> AuthSettings {
        AuthSettings {
            issuer: issuer.into(),
            audience: audience.into(),
            header: DEFAULT_HEADER.into(),
            client_id: DEFAULT_CLIENT_ID.into(),
            redirect_uri: DEFAULT_REDIRECT_URI.into(),
            scopes: DEFAULT_SCOPES.iter().map(|s| s.to_string()).collect(),
        }
    }
}

#[derive(Debug)]
pub struct Enforcer {
    settings: AuthSettings,
    validator: Validator,
}

impl Enforcer {
    /// Reads the issuer's metadata and keys; fails (UNAUTHENTICATED, saying why) when the
    /// issuer cannot be read.
    pub async fn start(mut settings: AuthSettings) -> Result<Enforcer, CallError> {
        settings.header = settings.header.to_ascii_lowercase();
        let validator = Validator::discover(&settings.issuer, &settings.audience).await?;
        Ok(Enforcer {
            settings,
            validator,
        })
    }

    /// The answer of an `AuthMetadataService` call, or None for any other path.
    pub fn metadata_answer(&self, path: &str) -> Option<Result<Bytes, Status>> {
        match path.strip_prefix(AUTH_METADATA)? {
            "GetOAuth2Metadata" => Some(Ok(self.oauth2_metadata())),
            "GetPublicClientConfig" => Some(Ok(self.public_client_config())),
            _ => None,
        }
    }

    fn oauth2_metadata(&self) -> Bytes {
        let doc = &self.validator.metadata;
        let text = |key: &str| {
            doc.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let list = |key: &str| -> Vec<String> {
            doc.get(key)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        let response = svc::OAuth2MetadataResponse {
            issuer: self.validator.issuer.clone(),
            authorization_endpoint: text("authorization_endpoint"),
            token_endpoint: text("token_endpoint"),
            response_types_supported: list("response_types_supported"),
            scopes_supported: list("scopes_supported"),
            token_endpoint_auth_methods_supported: list("token_endpoint_auth_methods_supported"),
            jwks_uri: text("jwks_uri"),
            code_challenge_methods_supported: list("code_challenge_methods_supported"),
            grant_types_supported: list("grant_types_supported"),
            device_authorization_endpoint: text("device_authorization_endpoint"),
        };
        Bytes::from(response.encode_to_vec())
    }

    fn public_client_config(&self) -> Bytes {
        let s = &self.settings;
        let response = svc::PublicClientAuthConfigResponse {
            client_id: s.client_id.clone(),
            redirect_uri: s.redirect_uri.clone(),
            scopes: s.scopes.clone(),
            authorization_metadata_key: s.header.clone(),
            service_http_endpoint: String::new(),
            audience: s.audience.clone(),
        };
        Bytes::from(response.encode_to_vec())
    }

    /// Ok for a call carrying a valid token; UNAUTHENTICATED saying what is wrong (never
    /// the token) otherwise.
    pub async fn check(&self, headers: &http::HeaderMap) -> Result<(), Status> {
        let header = &self.settings.header;
        let value = headers
            .get(header.as_str())
            .ok_or_else(|| unauthenticated(&format!("no bearer token in the {header} header")))?;
        let value = value
            .to_str()
            .map_err(|_| unauthenticated(&format!("the {header} header is not text")))?;
        let token = match value.split_once(' ') {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
            _ => {
                return Err(unauthenticated(&format!(
                    "the {header} header is not \"Bearer <token>\""
                )))
            }
        };
        self.validator
            .validate(token)
            .await
            .map(drop)
            .map_err(|why| unauthenticated(&why))
    }
}

fn unauthenticated(why: &str) -> Status {
    Status::unauthenticated(format!("request unauthenticated: {why}"))
}
