//! Turning a [`ChannelConfig`] into a tonic [`Endpoint`]: timeouts, keepalive and TLS.

use super::config::ChannelConfig;
use super::error::CallError;
use tonic::transport::{Certificate, ClientTlsConfig, Endpoint, Identity};

const USER_AGENT: &str = concat!("flyrs/", env!("CARGO_PKG_VERSION"));
const STREAM_WINDOW_BYTES: u32 = 4 * 1024 * 1024;
const CONNECTION_WINDOW_BYTES: u32 = 8 * 1024 * 1024;

/// The tonic endpoint for `config`; nothing is connected yet.
pub fn endpoint(config: &ChannelConfig) -> Result<Endpoint, CallError> {
    let target = config.target()?;
    let mut endpoint = Endpoint::from(target.uri)
        .user_agent(USER_AGENT)
        .map_err(|e| CallError::invalid_argument(format!("user agent: {e}")))?
        .connect_timeout(config.connect_timeout)
        // HTTP/2's default 64 KiB windows make a large response wait for window updates,
        // a round trip each; grpcio sizes its windows from the measured bandwidth.
        .initial_stream_window_size(STREAM_WINDOW_BYTES)
        .initial_connection_window_size(CONNECTION_WINDOW_BYTES);
    if !config.keepalive_interval.is_zero() {
        endpoint = endpoint
            .http2_keep_alive_interval(config.keepalive_interval)
            .keep_alive_timeout(config.keepalive_timeout)
            // Idle pings get connections closed by servers enforcing gRPC's ping policy.
            .keep_alive_while_idle(false);
    }
    if !target.tls {
        return Ok(endpoint);
    }
    let mut tls = ClientTlsConfig::new().timeout(config.connect_timeout);
    if let Some(identity) = &config.client_identity {
        tls = tls.identity(Identity::from_pem(&identity.cert_pem, &identity.key_pem));
    }
    match &config.ca_cert_pem {
        Some(pem) => {
            if !contains_certificate(pem) {
                return Err(CallError::invalid_argument(
                    "ca_cert_pem holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
                ));
            }
            let tls = tls.ca_certificate(Certificate::from_pem(pem));
            endpoint
                .tls_config(tls)
                .map_err(|e| CallError::invalid_argument(format!("ca_cert_pem: {e}")))
        }
        None => {
            // tonic refuses native roots when the system store is empty (a bare
            // container): fall back to the webpki roots alone rather than fail.
            let with_system = tls.clone().with_native_roots().with_webpki_roots();
            endpoint
                .clone()
                .tls_config(with_system)
                .or_else(|_| endpoint.tls_config(tls.with_webpki_roots()))
                .map_err(|e| CallError::unavailable(format!("TLS setup: {e}")))
        }
    }
}

fn contains_certificate(pem: &[u8]) -> bool {
    const BEGIN: &[u8] = b"-----BEGIN CERTIFICATE-----";
    pem.windows(BEGIN.len()).any(|w| w == BEGIN)
}
