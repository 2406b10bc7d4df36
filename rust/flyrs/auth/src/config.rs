//! What an authenticator is configured with, in flytekit's terms (`admin.authType`,
//! `admin.clientId`, ...). Reading the YAML file and the environment is the Python
//! configuration's job; resolving the client secret is done here, when it is needed, so a
//! fixed secret file is picked up without a new client.

use crate::auth_error;
use crate::secret::Secret;
use flyrs_core::transport::CallError;
use std::path::PathBuf;
use std::time::Duration;

/// How tokens are obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthMode {
    /// OAuth2 client credentials, the secret sent with HTTP Basic.
    ClientSecret,
    /// OAuth2 authorization code with PKCE (S256), through the user's browser.
    Pkce,
    /// OAuth2 device authorization grant (RFC 8628).
    DeviceFlow,
    /// The trimmed standard output of `admin.command`.
    ExternalCommand,
}

impl AuthMode {
    /// flytekit's `admin.authType` names and aliases, case-insensitive.
    pub fn parse(name: &str) -> Result<AuthMode, CallError> {
        match name.trim().to_ascii_lowercase().as_str() {
            "clientsecret" | "client_credentials" | "basic" => Ok(AuthMode::ClientSecret),
            "pkce" | "standard" => Ok(AuthMode::Pkce),
            "deviceflow" => Ok(AuthMode::DeviceFlow),
            "externalcommand" | "external_process" => Ok(AuthMode::ExternalCommand),
            _ => Err(auth_error(format!(
                "unknown admin.authType {name:?}; use ClientSecret, Pkce, DeviceFlow or \
                 ExternalCommand (or flytekit's aliases client_credentials, basic, standard, \
                 external_process)"
            ))),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            AuthMode::ClientSecret => "ClientSecret",
            AuthMode::Pkce => "Pkce",
            AuthMode::DeviceFlow => "DeviceFlow",
            AuthMode::ExternalCommand => "ExternalCommand",
        }
    }
}

/// Where the client secret comes from, first match wins: the variable named by
/// `admin.clientSecretEnvVar`, the file `admin.clientSecretLocation`, the secret itself
/// (`FLYTE_CREDENTIALS_CLIENT_SECRET`, or given in code).
#[derive(Clone, Debug, Default)]
pub struct SecretSource {
    pub env_var: Option<String>,
    pub location: Option<PathBuf>,
    pub value: Option<Secret>,
}

impl SecretSource {
    /// Whether the variable or the file yields a secret now: flytekit's rule makes the
    /// mode ClientSecret then, whatever `admin.authType` says.
    pub fn readable(&self) -> bool {
        let variable = self
            .env_var
            .as_ref()
            .and_then(|name| std::env::var(name).ok())
            .is_some_and(|v| !v.trim().is_empty());
        let file = self
            .location
            .as_ref()
            .and_then(|path| std::fs::read_to_string(path).ok())
            .is_some_and(|text| !text.trim().is_empty());
        variable || file
    }

    pub fn resolve(&self) -> Result<Secret, CallError> {
        if let Some(name) = &self.env_var {
            match std::env::var(name) {
                Ok(value) if !value.trim().is_empty() => return Ok(Secret::new(value.trim())),
                _ => {
                    if self.location.is_none() && self.value.is_none() {
                        return Err(auth_error(format!(
                            "admin.clientSecretEnvVar names {name}, which is not set"
                        )));
                    }
                }
            }
        }
        if let Some(path) = &self.location {
            return match std::fs::read_to_string(path) {
                Ok(text) if !text.trim().is_empty() => Ok(Secret::new(text.trim())),
                Ok(_) => Err(auth_error(format!(
                    "the client secret file {} (admin.clientSecretLocation) is empty",
                    path.display()
                ))),
                Err(e) => Err(auth_error(format!(
                    "cannot read the client secret file {} (admin.clientSecretLocation): {e}",
                    path.display()
                ))),
            };
        }
        match &self.value {
            Some(secret) if !secret.is_empty() => Ok(secret.clone()),
            _ => Err(auth_error(
                "ClientSecret needs a client secret: set admin.clientSecretLocation, \
                 admin.clientSecretEnvVar or FLYTE_CREDENTIALS_CLIENT_SECRET",
            )),
        }
    }
}

/// An authenticator's settings. Empty `scopes`, and `None` for `client_id` and
/// `audience`, mean the server's (its public client config).
#[derive(Clone, Debug)]
pub struct AuthConfig {
    /// None: no token is sent (a `proxy_command` still is).
    pub mode: Option<AuthMode>,
    pub client_id: Option<String>,
    pub client_secret: SecretSource,
    pub scopes: Vec<String>,
    pub audience: Option<String>,
    /// `admin.command`: the program and its arguments.
    pub command: Vec<String>,
    /// `admin.proxyCommand`: its output goes as `proxy-authorization: Bearer ...`.
    pub proxy_command: Vec<String>,
    /// `admin.httpProxyURL`, for the token and device endpoints (a secret: it may carry
    /// the proxy's user and password). Without it, `HTTPS_PROXY`/`HTTP_PROXY` and
    /// `NO_PROXY` are honoured, as Python's `requests` does.
    pub http_proxy_url: Option<Secret>,
    /// How long PKCE waits for the browser to come back to the redirect URI.
    pub callback_timeout: Duration,
    /// PKCE opens a browser (`$BROWSER`, else the desktop's opener); without one, or when
    /// false, it prints the URL to open.
    pub open_browser: bool,
    /// How long an external command may run.
    pub command_timeout: Duration,
}

impl Default for AuthConfig {
    fn default() -> AuthConfig {
        AuthConfig {
            mode: None,
            client_id: None,
            client_secret: SecretSource::default(),
            scopes: Vec::new(),
            audience: None,
            command: Vec::new(),
            proxy_command: Vec::new(),
            http_proxy_url: None,
            callback_timeout: Duration::from_secs(300),
            open_browser: true,
            command_timeout: Duration::from_secs(60),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_and_aliases() {
        for (name, mode) in [
            ("ClientSecret", AuthMode::ClientSecret),
            ("clientsecret", AuthMode::ClientSecret),
            ("CLIENT_CREDENTIALS", AuthMode::ClientSecret),
            ("basic", AuthMode::ClientSecret),
            ("Pkce", AuthMode::Pkce),
            ("standard", AuthMode::Pkce),
            ("DeviceFlow", AuthMode::DeviceFlow),
            ("externalCommand", AuthMode::ExternalCommand),
            ("external_process", AuthMode::ExternalCommand),
        ] {
            assert_eq!(AuthMode::parse(name).unwrap(), mode, "{name}");
        }
        let err = AuthMode::parse("client-secret").unwrap_err();
        assert_eq!(err.code_name(), "UNAUTHENTICATED");
        assert!(err.message.contains("\"client-secret\""), "{}", err.message);
    }

    #[test]
    fn secret_sources_in_order() {
        let dir = std::env::temp_dir().join(format!("flyrs-secret-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("secret");
        std::fs::write(&file, "from-file\n").unwrap();
        let source = SecretSource {
            env_var: Some("FLYRS_TEST_UNSET_SECRET_VAR".into()),
            location: Some(file.clone()),
            value: Some(Secret::new("from-value")),
        };
        assert_eq!(source.resolve().unwrap().expose(), "from-file");
        assert!(source.readable());
        let value_only = SecretSource {
            value: Some(Secret::new("v")),
            ..SecretSource::default()
        };
        assert_eq!(value_only.resolve().unwrap().expose(), "v");
        let missing = SecretSource {
            location: Some(dir.join("nope")),
            ..SecretSource::default()
        };
        assert!(!missing.readable() && !value_only.readable());
        let err = missing.resolve().unwrap_err();
        assert!(
            err.message.contains("clientSecretLocation"),
            "{}",
            err.message
        );
        assert!(SecretSource::default().resolve().is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
