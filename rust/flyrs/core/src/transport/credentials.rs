//! Credentials a [`super::Client`] adds to every call, and renews when the server refuses
//! them. The core only defines the hook; `flyrs-auth` implements it (OAuth2 flows, external
//! commands), so the transport never depends on how a token is obtained.

use super::error::CallError;
use std::future::Future;
use std::pin::Pin;
use tonic::metadata::{AsciiMetadataKey, AsciiMetadataValue, MetadataMap};

/// A boxed future that can cross threads.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The headers of one generation of credentials. The generation tells a renewal caused by
/// a refused call apart from one that already happened: all calls refused with the same
/// generation share one renewal.
#[derive(Clone, Default)]
pub struct CallHeaders {
    pub generation: u64,
    pub pairs: Vec<(AsciiMetadataKey, AsciiMetadataValue)>,
}

impl CallHeaders {
    /// Adds the headers to a call's metadata, replacing any of the same name.
    pub fn apply(&self, metadata: &mut MetadataMap) {
        for (key, value) in &self.pairs {
            metadata.insert(key.clone(), value.clone());
        }
    }

    /// The header names, for debugging output (never the values).
    pub fn names(&self) -> Vec<&str> {
        self.pairs.iter().map(|(k, _)| k.as_str()).collect()
    }
}

impl std::fmt::Debug for CallHeaders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallHeaders")
            .field("generation", &self.generation)
            .field("names", &self.names())
            .finish()
    }
}

/// What a client asks for credentials.
pub trait CallCredentials: Send + Sync + 'static {
    /// The headers for the next call, renewed first if they are about to expire.
    fn headers(&self) -> BoxFuture<'_, Result<CallHeaders, CallError>>;

    /// The server answered UNAUTHENTICATED to a call sent with `generation`: renew, unless
    /// that generation was already replaced (by the renewal of another refused call).
    /// True when the call may be made again with new headers; false when there is nothing
    /// to renew (the server's refusal stands).
    fn refused(&self, generation: u64) -> BoxFuture<'_, Result<bool, CallError>>;
}
