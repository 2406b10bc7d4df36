//! A rustls client configuration from a channel's trust settings, for what the channel's
//! users reach over HTTPS besides the gRPC endpoint (the authorization server's token and
//! device endpoints), so both trust the same certificates; and `insecureSkipVerify`'s
//! verifier, which trusts whatever certificate a server presents the first time, and only
//! that one afterwards (trust on first use).

use super::config::ChannelConfig;
use super::error::CallError;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// The roots `config` trusts (its CA file, else the system store and the webpki roots),
/// and its client identity if it has one.
pub fn client_config(config: &ChannelConfig) -> Result<ClientConfig, CallError> {
    let invalid =
        |what: &str, e: &dyn std::fmt::Display| CallError::invalid_argument(format!("{what}: {e}"));
    let mut roots = RootCertStore::empty();
    match &config.ca_cert_pem {
        Some(pem) => {
            for cert in CertificateDer::pem_slice_iter(pem) {
                let cert = cert.map_err(|e| invalid("ca_cert_pem", &e))?;
                roots.add(cert).map_err(|e| invalid("ca_cert_pem", &e))?;
            }
            if roots.is_empty() {
                return Err(CallError::invalid_argument(
                    "ca_cert_pem holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
                ));
            }
        }
        None => {
            // Unreadable system certificates are skipped, as tonic does.
            roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let versions = ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map_err(|e| invalid("TLS versions", &e))?;
    let builder = if config.insecure_skip_verify {
        versions
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(TrustOnFirstUse::new(provider)))
    } else {
        versions.with_root_certificates(roots)
    };
    match &config.client_identity {
        None => Ok(builder.with_no_client_auth()),
        Some(identity) => {
            let chain = CertificateDer::pem_slice_iter(&identity.cert_pem)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| invalid("client certificate", &e))?;
            // The key's parse error is not shown: it could quote the key.
            let key = PrivateKeyDer::from_pem_slice(&identity.key_pem)
                .map_err(|_| CallError::invalid_argument("client key: not a PEM private key"))?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| invalid("client certificate", &e))
        }
    }
}

/// Accepts the certificate a server presents on its first handshake, whatever signs it (a
/// self-signed leaf, or a chain to a private CA), and pins it: a later handshake with
/// another certificate under the same name fails. The handshake's signature is still
/// checked against the certificate's key, so the peer must hold that key.
#[derive(Debug)]
pub struct TrustOnFirstUse {
    provider: Arc<rustls::crypto::CryptoProvider>,
    pins: Mutex<HashMap<String, Vec<u8>>>,
}

impl TrustOnFirstUse {
    pub fn new(provider: Arc<rustls::crypto::CryptoProvider>) -> TrustOnFirstUse {
        TrustOnFirstUse {
            provider,
            pins: Mutex::new(HashMap::new()),
        }
    }
}

impl ServerCertVerifier for TrustOnFirstUse {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let name = server_name.to_str().into_owned();
        let mut pins = self.pins.lock().unwrap_or_else(PoisonError::into_inner);
        match pins.get(&name) {
            Some(pinned) if pinned.as_slice() != end_entity.as_ref() => {
                Err(rustls::Error::General(format!(
                "the certificate of {name} changed since it was first trusted (insecureSkipVerify \
                 trusts the first certificate a server presents)"
            )))
            }
            Some(_) => Ok(ServerCertVerified::assertion()),
            None => {
                pins.insert(name, end_entity.as_ref().to_vec());
                Ok(ServerCertVerified::assertion())
            }
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// The certificates `host_port` presents (leaf first), read with a handshake that trusts
/// anything: for clients that cannot verify by themselves (grpcio) to be told what to trust.
pub async fn presented_chain(
    host_port: &str,
    server_name: &str,
    timeout: Duration,
) -> Result<Vec<Vec<u8>>, CallError> {
    let unavailable = |e: &dyn std::fmt::Display| {
        CallError::unavailable(format!("TLS handshake with {host_port}: {e}"))
    };
    let config = client_config(&ChannelConfig {
        insecure_skip_verify: true,
        ..ChannelConfig::new(host_port)
    })?;
    let name = ServerName::try_from(server_name.to_string()).map_err(|_| {
        CallError::invalid_argument(format!("{server_name:?} is not a server name"))
    })?;
    let handshake = async {
        let tcp = tokio::net::TcpStream::connect(host_port)
            .await
            .map_err(|e| unavailable(&e))?;
        tokio_rustls::TlsConnector::from(Arc::new(config))
            .connect(name, tcp)
            .await
            .map_err(|e| unavailable(&e))
    };
    let stream = tokio::time::timeout(timeout, handshake)
        .await
        .map_err(|_| unavailable(&"timed out"))??;
    let (_, connection) = stream.get_ref();
    Ok(connection
        .peer_certificates()
        .unwrap_or_default()
        .iter()
        .map(|c| c.as_ref().to_vec())
        .collect())
}
