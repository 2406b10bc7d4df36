//! The gRPC transport: a tonic HTTP/2 client that moves encoded protobuf messages
//! (bytes in, bytes out) to the paths listed in [`crate::services`].
//!
//! - [`config`]: [`ChannelConfig`] and the checks on endpoints and metadata;
//! - [`channel`]: the tonic endpoint built from a config (timeouts, keepalive, TLS);
//! - [`codec`]: the pass-through codec over [`bytes::Bytes`];
//! - `connection`: the HTTP/2 connection unary calls run on, driven with h2 directly;
//! - [`client`]: [`Client`] and its unary and streaming calls;
//! - [`credentials`]: the hook through which calls get (and renew) credentials;
//! - [`requests`]: a request stream fed from a blocking producer, which can abort;
//! - [`error`]: [`CallError`], the status every failure is reported as;
//! - [`tls`]: the rustls client configuration for HTTPS from the same trust settings;
//! - [`mod@runtime`]: the process's lazily started tokio runtime, and [`block_on`].
//!
//! Calls are `async` and must run on a tokio runtime; synchronous callers use
//! [`block_on`], which runs them on the shared one.

pub mod channel;
pub mod client;
pub mod codec;
pub mod config;
mod connection;
pub mod credentials;
mod driving;
pub mod error;
pub mod requests;
pub mod runtime;
pub mod tls;

#[cfg(test)]
mod test_server;
#[cfg(test)]
mod tests;

pub use client::{Client, ResponseStream};
pub use codec::BytesCodec;
pub use config::{ChannelConfig, ClientIdentity, Target};
pub use credentials::{CallCredentials, CallHeaders};
pub use driving::background;
pub use error::CallError;
pub use requests::{request_channel, RequestFeed, RequestStream};
pub use runtime::{block_on, block_on_interruptible, caller_drives_alone, runtime};
