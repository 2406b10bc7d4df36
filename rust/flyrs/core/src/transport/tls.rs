//! A rustls client configuration from a channel's trust settings, for what the channel's
//! users reach over HTTPS besides the gRPC endpoint (the authorization server's token and
//! device endpoints), so both trust the same certificates.

use super::config::ChannelConfig;
use super::error::CallError;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::{ClientConfig, RootCertStore};
use std::sync::Arc;

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
    let builder = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| invalid("TLS versions", &e))?
        .with_root_certificates(roots);
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
