//! Turning a [`ChannelConfig`] into a tonic [`Endpoint`] and [`Channel`]: timeouts,
//! keepalive and TLS (tonic's own, or, for `insecure_skip_verify`, a connector of ours
//! with the trust-on-first-use verifier, which tonic's TLS settings cannot take).

use super::config::ChannelConfig;
use super::error::CallError;
use http::Uri;
use hyper_util::rt::TokioIo;
use rustls::pki_types::ServerName;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::net::TcpStream;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint, Identity};

pub(super) const USER_AGENT: &str = concat!("flyrs/", env!("CARGO_PKG_VERSION"));
const STREAM_WINDOW_BYTES: u32 = 4 * 1024 * 1024;
const CONNECTION_WINDOW_BYTES: u32 = 8 * 1024 * 1024;

/// Checks `config` as [`connect_lazy`] will use it (endpoint, TLS material), connecting
/// nothing and needing no runtime.
pub fn check(config: &ChannelConfig) -> Result<(), CallError> {
    prepare(config).map(drop)
}

/// The channel for `config`, connecting on first use; its worker is spawned on the
/// current runtime.
pub fn connect_lazy(config: &ChannelConfig) -> Result<Channel, CallError> {
    Ok(match prepare(config)? {
        Prepared::Tonic(endpoint) => endpoint.connect_lazy(),
        Prepared::Pinned(endpoint, connector) => endpoint.connect_with_connector_lazy(connector),
    })
}

/// An endpoint ready to connect: with tonic's TLS (or none), or with our connector.
enum Prepared {
    Tonic(Endpoint),
    Pinned(Endpoint, PinnedTls),
}

fn prepare(config: &ChannelConfig) -> Result<Prepared, CallError> {
    let target = config.target()?;
    if !(target.tls && config.insecure_skip_verify) {
        return Ok(Prepared::Tonic(endpoint(config)?));
    }
    // tonic runs its own TLS for https:// URIs only: ours goes under an http:// one (the
    // requests then say `:scheme http`, which gRPC servers do not check).
    let mut tls = super::tls::client_config(config)?;
    tls.alpn_protocols = vec![b"h2".to_vec()];
    let server_name = ServerName::try_from(target.host().to_string()).map_err(|_| {
        CallError::invalid_argument(format!(
            "invalid endpoint {:?}: not a server name",
            config.endpoint
        ))
    })?;
    let connector = PinnedTls {
        tls: tokio_rustls::TlsConnector::from(Arc::new(tls)),
        server_name,
        address: target.host_port(),
    };
    let plain: Uri = format!("http://{}", target.host_port())
        .parse()
        .map_err(|e| {
            CallError::invalid_argument(format!("invalid endpoint {:?}: {e}", config.endpoint))
        })?;
    Ok(Prepared::Pinned(
        with_settings(Endpoint::from(plain), config)?,
        connector,
    ))
}

/// TCP, then TLS with the trust-on-first-use verifier, to one address.
#[derive(Clone)]
struct PinnedTls {
    tls: tokio_rustls::TlsConnector,
    server_name: ServerName<'static>,
    address: String,
}

impl tower_service::Service<Uri> for PinnedTls {
    type Response = TokioIo<tokio_rustls::client::TlsStream<TcpStream>>;
    type Error = std::io::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _: Uri) -> Self::Future {
        let this = self.clone();
        Box::pin(async move {
            let tcp = TcpStream::connect(&this.address).await?;
            tcp.set_nodelay(true)?;
            let tls = this.tls.connect(this.server_name, tcp).await?;
            Ok(TokioIo::new(tls))
        })
    }
}

/// The tonic endpoint for `config`; nothing is connected yet.
fn endpoint(config: &ChannelConfig) -> Result<Endpoint, CallError> {
    let target = config.target()?;
    let endpoint = with_settings(Endpoint::from(target.uri), config)?;
    if !target.tls {
        return Ok(endpoint);
    }
    tls_endpoint(endpoint, config)
}

/// Timeouts, keepalive and windows, for any endpoint.
fn with_settings(endpoint: Endpoint, config: &ChannelConfig) -> Result<Endpoint, CallError> {
    let mut endpoint = endpoint
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
    Ok(endpoint)
}

fn tls_endpoint(endpoint: Endpoint, config: &ChannelConfig) -> Result<Endpoint, CallError> {
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
