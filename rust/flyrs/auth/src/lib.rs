//! Authentication for the flytekit remote, defined once for both backends.
//!
//! - [`secret`]: [`Secret`], text that never shows in a `Debug` output;
//! - [`config`]: [`AuthConfig`] and the modes flytekit's `admin.authType` names;
//! - [`discovery`]: what the admin says about its authorization server
//!   (`AuthMetadataService`);
//! - [`http`]: the token and device endpoints' HTTP client and OAuth2 error replies;
//! - [`token`]: access and refresh tokens and when they expire;
//! - [`flows`]: client credentials, refresh, device code and PKCE;
//! - [`command`]: tokens printed by an external command;
//! - [`cache`]: where interactive flows keep their tokens between processes;
//! - [`authenticator`]: [`Authenticator`], the call credentials of a channel: tokens
//!   obtained before the first call, refreshed before they expire, and renewed once,
//!   for all calls together, when the server refuses them;
//! - [`jwt`]: checking bearer JWTs against an issuer's keys, for the local admin.
//!
//! Every failure is a [`flyrs_core::transport::CallError`] with code UNAUTHENTICATED
//! whose message says what to fix and holds no secret.

pub mod authenticator;
pub mod cache;
pub mod command;
pub mod config;
pub mod discovery;
pub mod flows;
pub mod http;
pub mod jwt;
pub mod secret;
pub mod token;

pub use authenticator::Authenticator;
pub use config::{AuthConfig, AuthMode};
pub use secret::Secret;

use flyrs_core::transport::CallError;

/// An authentication failure: UNAUTHENTICATED, as the server's refusal would be.
pub fn auth_error(message: impl Into<String>) -> CallError {
    CallError::new(tonic::Code::Unauthenticated, message)
}
