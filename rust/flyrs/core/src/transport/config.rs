//! What a channel is configured with, and the checks that turn user input (an endpoint
//! string, metadata pairs) into something tonic accepts, with errors that name the input.

use super::error::CallError;
use http::Uri;
use std::time::Duration;
use tonic::metadata::{AsciiMetadataKey, AsciiMetadataValue, BinaryMetadataKey, MetadataMap};
use tonic::metadata::{BinaryMetadataValue, MetadataValue};

/// How to reach a server and what to send with every call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChannelConfig {
    /// `host:port`, `dns:///host:port`, `http://host:port` or `https://host:port`.
    pub endpoint: String,
    /// Plaintext HTTP/2 instead of TLS. An explicit `http://`/`https://` must agree.
    pub insecure: bool,
    /// PEM certificates to trust *instead of* the default roots (as grpcio's
    /// `root_certificates`); `None` trusts the system store plus the webpki (Mozilla) roots.
    pub ca_cert_pem: Option<Vec<u8>>,
    /// Bounds establishing a connection: TCP connect, then the TLS handshake.
    pub connect_timeout: Duration,
    /// HTTP/2 PING interval while calls are open; zero turns keepalive off.
    pub keepalive_interval: Duration,
    /// How long to wait for a PING ack before the connection is declared dead.
    pub keepalive_timeout: Duration,
    /// Largest response message accepted.
    pub max_receive_bytes: usize,
    /// Headers sent on every call. Keys ending in `-bin` carry the value's bytes as
    /// binary metadata; other values must be printable ASCII.
    pub metadata: Vec<(String, String)>,
    /// A certificate and key to present to servers that ask for one (mutual TLS).
    pub client_identity: Option<ClientIdentity>,
    /// Trust whatever certificate the server presents on first use, and only that one
    /// afterwards (see [`super::tls::TrustOnFirstUse`]). For test clusters only.
    pub insecure_skip_verify: bool,
}

/// A client certificate chain and its private key, both PEM.
#[derive(Clone, PartialEq, Eq)]
pub struct ClientIdentity {
    pub cert_pem: Vec<u8>,
    pub key_pem: Vec<u8>,
}

impl std::fmt::Debug for ClientIdentity {
    // The key is a secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientIdentity").finish_non_exhaustive()
    }
}

impl ChannelConfig {
    pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
    pub const DEFAULT_KEEPALIVE_INTERVAL: Duration = Duration::from_secs(30);
    pub const DEFAULT_KEEPALIVE_TIMEOUT: Duration = Duration::from_secs(10);
    pub const DEFAULT_MAX_RECEIVE_BYTES: usize = 20 * 1024 * 1024;

    /// A TLS channel to `endpoint` with the default limits.
    pub fn new(endpoint: impl Into<String>) -> ChannelConfig {
        ChannelConfig {
            endpoint: endpoint.into(),
            insecure: false,
            ca_cert_pem: None,
            connect_timeout: Self::DEFAULT_CONNECT_TIMEOUT,
            keepalive_interval: Self::DEFAULT_KEEPALIVE_INTERVAL,
            keepalive_timeout: Self::DEFAULT_KEEPALIVE_TIMEOUT,
            max_receive_bytes: Self::DEFAULT_MAX_RECEIVE_BYTES,
            metadata: Vec::new(),
            client_identity: None,
            insecure_skip_verify: false,
        }
    }

    /// The endpoint, checked and resolved to a URI.
    pub fn target(&self) -> Result<Target, CallError> {
        parse_endpoint(&self.endpoint, self.insecure)
    }

    /// The metadata, checked and encoded once for all calls.
    pub fn metadata_map(&self) -> Result<MetadataMap, CallError> {
        metadata_map(&self.metadata)
    }
}

/// A checked endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// `http://host[:port]` or `https://host[:port]`, nothing else.
    pub uri: Uri,
    pub tls: bool,
}

/// Accepts `host[:port]`, `dns:///host[:port]` (also `dns:host[:port]`), and
/// `http://` / `https://` URLs with no path. Without a port, a URL gets its scheme's
/// default port, and the other forms get 443, TLS or not, as in gRPC core.
pub fn parse_endpoint(endpoint: &str, insecure: bool) -> Result<Target, CallError> {
    let bad =
        |why: &str| CallError::invalid_argument(format!("invalid endpoint {endpoint:?}: {why}"));
    let trimmed = endpoint.trim();
    let mut url = true;
    let (authority, tls) = if let Some(rest) = trimmed.strip_prefix("https://") {
        if insecure {
            return Err(bad("https:// contradicts insecure=True"));
        }
        (rest, true)
    } else if let Some(rest) = trimmed.strip_prefix("http://") {
        if !insecure {
            return Err(bad("http:// is plaintext but insecure=False"));
        }
        (rest, false)
    } else if let Some(rest) = trimmed.strip_prefix("dns:") {
        // gRPC's `dns:[//authority/]host[:port]`; only the default resolver is supported.
        let host = match rest.strip_prefix("//") {
            Some(with_authority) => with_authority
                .strip_prefix('/')
                .ok_or_else(|| bad("a DNS server authority (dns://server/...) is not supported"))?,
            None => rest,
        };
        url = false;
        (host, !insecure)
    } else if trimmed.contains("://") {
        return Err(bad(
            "unsupported scheme; use host:port, dns:///host:port, http:// or https://",
        ));
    } else {
        url = false;
        (trimmed, !insecure)
    };
    // One trailing slash is harmless (`https://host/`); any other path is not.
    let authority = authority.strip_suffix('/').unwrap_or(authority);
    if authority.is_empty() {
        return Err(bad("no host"));
    }
    if let Some(c) = authority
        .chars()
        .find(|c| matches!(c, '/' | '?' | '#' | '@') || c.is_whitespace())
    {
        return Err(bad(&format!("unexpected {c:?}; expected host:port")));
    }
    let scheme = if tls { "https" } else { "http" };
    let default_port = if url || port_text(authority).is_some() {
        ""
    } else {
        ":443"
    };
    let uri: Uri = format!("{scheme}://{authority}{default_port}")
        .parse()
        .map_err(|e| bad(&format!("{e}")))?;
    match uri.host() {
        None | Some("") => return Err(bad("no host")),
        Some(_) => {}
    }
    // `Uri` accepts any text after the colon; it must be a real port.
    if let Some(port) = port_text(authority) {
        match port.parse::<u16>() {
            Ok(0) | Err(_) => return Err(bad(&format!("invalid port {port:?}"))),
            Ok(_) => {}
        }
    }
    Ok(Target { uri, tls })
}

impl Target {
    /// The host, without an IPv6 address's brackets: the TLS server name.
    pub fn host(&self) -> &str {
        self.uri
            .host()
            .unwrap_or_default()
            .trim_start_matches('[')
            .trim_end_matches(']')
    }

    /// `host:port`, the port always spelled out (`[::1]:80` for IPv6).
    pub fn host_port(&self) -> String {
        let host = self.uri.host().unwrap_or_default();
        let default = if self.tls { 443 } else { 80 };
        format!("{host}:{}", self.uri.port_u16().unwrap_or(default))
    }
}

/// What follows the host's colon, if anything (`[::1]:80` -> `80`).
fn port_text(authority: &str) -> Option<&str> {
    let after_host = match authority.rfind(']') {
        Some(end) => &authority[end + 1..],
        None => authority,
    };
    after_host.rfind(':').map(|colon| &after_host[colon + 1..])
}

/// Headers gRPC itself owns; setting them as metadata would corrupt the call.
fn is_reserved(key: &str) -> bool {
    // And HTTP/2's forbidden connection headers, which h2 refuses to send.
    key.starts_with("grpc-")
        || matches!(
            key,
            "te" | "content-type"
                | "user-agent"
                | "connection"
                | "keep-alive"
                | "upgrade"
                | "transfer-encoding"
                | "proxy-connection"
        )
}

/// Checks and encodes metadata pairs. Errors name the key, never the value (which is
/// often a credential).
pub fn metadata_map(pairs: &[(String, String)]) -> Result<MetadataMap, CallError> {
    let mut map = MetadataMap::with_capacity(pairs.len());
    for (key, value) in pairs {
        let bad = |why: &str| CallError::invalid_argument(format!("metadata key {key:?}: {why}"));
        let lower = key.to_ascii_lowercase();
        if is_reserved(&lower) {
            return Err(bad("reserved by gRPC"));
        }
        if lower.ends_with("-bin") {
            let k = BinaryMetadataKey::from_bytes(lower.as_bytes())
                .map_err(|_| bad("not a valid header name"))?;
            let v: BinaryMetadataValue = MetadataValue::from_bytes(value.as_bytes());
            map.append_bin(k, v);
        } else {
            let k = AsciiMetadataKey::from_bytes(lower.as_bytes())
                .map_err(|_| bad("not a valid header name"))?;
            let v = AsciiMetadataValue::try_from(value.as_str())
                .map_err(|_| bad("value is not printable ASCII (use a -bin key for bytes)"))?;
            map.append(k, v);
        }
    }
    Ok(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(endpoint: &str, insecure: bool) -> String {
        match parse_endpoint(endpoint, insecure) {
            Ok(t) => t.uri.to_string(),
            Err(e) => panic!("{endpoint}: {e}"),
        }
    }

    #[test]
    fn accepted_forms() {
        assert_eq!(uri("localhost:30080", true), "http://localhost:30080/");
        assert_eq!(
            uri("flyte.example.com:443", false),
            "https://flyte.example.com:443/"
        );
        assert_eq!(
            uri("dns:///flyte.example.com:443", false),
            "https://flyte.example.com:443/"
        );
        assert_eq!(uri("dns:localhost:8089", true), "http://localhost:8089/");
        // No port: 443 unless a URL's scheme says otherwise, as in gRPC core.
        assert_eq!(
            uri("flyte.example.com", true),
            "http://flyte.example.com:443/"
        );
        assert_eq!(uri("dns:///[::1]", false), "https://[::1]:443/");
        let plain = parse_endpoint("http://flyte.example.com", true).unwrap();
        assert_eq!(plain.host_port(), "flyte.example.com:80");
        assert_eq!(
            parse_endpoint("[::1]:81", true).unwrap().host_port(),
            "[::1]:81"
        );
        assert_eq!(
            uri("https://flyte.example.com", false),
            "https://flyte.example.com/"
        );
        assert_eq!(
            uri("http://127.0.0.1:8089/", true),
            "http://127.0.0.1:8089/"
        );
        assert_eq!(uri(" [::1]:8089 ", true), "http://[::1]:8089/");
        assert!(parse_endpoint("localhost:1", false).unwrap().tls);
        assert!(!parse_endpoint("localhost:1", true).unwrap().tls);
    }

    #[test]
    fn malformed_endpoints_are_named() {
        let cases = [
            ("", false),
            ("   ", false),
            ("localhost:", true),
            ("localhost:abc", true),
            ("localhost:99999", true),
            ("localhost:0", true),
            ("host name:80", true),
            ("https://host:443/api/v1", false),
            ("user@host:443", false),
            ("grpc://host:443", false),
            ("unix:///tmp/socket", false),
            ("dns://8.8.8.8/host:443", false),
            ("dns:///", false),
            ("http://host:80", false),
            ("https://host:443", true),
        ];
        for (endpoint, insecure) in cases {
            let err = parse_endpoint(endpoint, insecure)
                .expect_err(&format!("{endpoint:?} should be rejected"));
            assert_eq!(err.code_name(), "INVALID_ARGUMENT");
            assert!(
                err.message.contains(&format!("{endpoint:?}")),
                "{endpoint:?}: {}",
                err.message
            );
        }
    }

    #[test]
    fn metadata_is_checked_by_key() {
        let ok = metadata_map(&[
            ("Authorization".into(), "Bearer t".into()),
            ("x-trace-bin".into(), "\u{1}raw".into()),
        ])
        .unwrap();
        assert_eq!(ok.get("authorization").unwrap(), "Bearer t");
        assert_eq!(
            ok.get_bin("x-trace-bin").unwrap().to_bytes().unwrap(),
            "\u{1}raw".as_bytes()
        );

        for (key, value) in [
            ("grpc-timeout", "1S"),
            ("bad key", "secret-1"),
            ("x", "line\nbreak"),
        ] {
            let err = metadata_map(&[(key.into(), value.into())]).unwrap_err();
            assert_eq!(err.code_name(), "INVALID_ARGUMENT");
            assert!(
                err.message.contains(key) && !err.message.contains(value),
                "{}",
                err.message
            );
        }
    }
}
