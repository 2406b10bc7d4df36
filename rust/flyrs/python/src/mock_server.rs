//! `MockServer`: the core's programmable gRPC server, for Python tests and benchmarks.

use crate::channel::seconds;
use bytes::Bytes;
use flyrs_core::mock_server::{MockServer as CoreServer, Reply};
use flyrs_core::server::ServerTls;
use flyrs_core::transport::CallError;
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

/// The address to listen on; ValueError for a host that is not an IP address.
pub(crate) fn listen_addr(host: &str, port: u16) -> PyResult<SocketAddr> {
    let ip: IpAddr = host
        .parse()
        .map_err(|_| PyValueError::new_err(format!("host must be an IP address, got {host:?}")))?;
    Ok(SocketAddr::new(ip, port))
}

fn value_error(error: CallError) -> PyErr {
    PyValueError::new_err(error.message)
}

/// A gRPC server serving every RPC of `flyteidl.service`, answering what it is told to.
#[pyclass(frozen, module = "flytekit_core._flyrs")]
pub struct MockServer {
    server: CoreServer,
}

#[pymethods]
impl MockServer {
    /// Listens on `host:port` (port 0 picks a free one), with TLS when `tls_cert_pem` and
    /// `tls_key_pem` are given, requiring client certificates from `tls_client_ca_pem`.
    #[new]
    #[pyo3(signature = (*, host = "127.0.0.1", port = 0, tls_cert_pem = None, tls_key_pem = None, tls_client_ca_pem = None))]
    fn new(
        host: &str,
        port: u16,
        tls_cert_pem: Option<Vec<u8>>,
        tls_key_pem: Option<Vec<u8>>,
        tls_client_ca_pem: Option<Vec<u8>>,
    ) -> PyResult<Self> {
        crate::errors::guard(|| {
            let addr = listen_addr(host, port)?;
            let tls = match (tls_cert_pem, tls_key_pem) {
                (Some(cert_pem), Some(key_pem)) => Some(ServerTls {
                    cert_pem,
                    key_pem,
                    client_ca_pem: tls_client_ca_pem,
                }),
                (None, None) if tls_client_ca_pem.is_none() => None,
                _ => {
                    return Err(PyValueError::new_err(
                        "give both tls_cert_pem and tls_key_pem (and tls_client_ca_pem only with them), or none",
                    ))
                }
            };
            let server = CoreServer::start(addr, tls).map_err(|e| {
                if e.code_name() == "INVALID_ARGUMENT" {
                    value_error(e)
                } else {
                    PyOSError::new_err(e.message)
                }
            })?;
            Ok(MockServer { server })
        })
    }

    /// The port the server listens on.
    #[getter]
    fn port(&self) -> u16 {
        self.server.addr().port()
    }

    /// `host:port`, as a client's endpoint.
    #[getter]
    fn endpoint(&self) -> String {
        self.server.addr().to_string()
    }

    /// Programs the reply of the RPC at `path`: `messages` (encoded), then the error
    /// status `error` = `(code, message, details)` if given, after `delay` seconds. With
    /// `queue`, the reply goes after those programmed already (each call takes the next;
    /// the last repeats) instead of replacing them.
    #[pyo3(signature = (path, messages, *, error = None, delay = 0.0, queue = false))]
    fn set_reply(
        &self,
        path: &str,
        messages: Vec<Vec<u8>>,
        error: Option<(i32, String, Vec<u8>)>,
        delay: f64,
        queue: bool,
    ) -> PyResult<()> {
        crate::errors::guard(|| {
            let error = error.map(|(code, message, details)| CallError {
                code,
                message,
                details: Bytes::from(details),
            });
            if let Some(e) = &error {
                if !(1..=16).contains(&e.code) {
                    return Err(PyValueError::new_err(format!(
                        "error code must be a gRPC status code from 1 to 16, got {}",
                        e.code
                    )));
                }
            }
            let reply = Reply {
                messages: messages.into_iter().map(Bytes::from).collect(),
                error,
                delay: seconds(Some(delay))?.unwrap_or(Duration::ZERO),
            };
            let programmed = if queue {
                self.server.queue_reply(path, reply)
            } else {
                self.server.set_reply(path, reply)
            };
            programmed.map_err(value_error)
        })
    }

    /// Whether RPCs with no programmed reply answer empty messages (instead of
    /// UNIMPLEMENTED).
    fn reply_empty(&self, on: bool) {
        self.server.reply_empty(on);
    }

    /// The calls received so far (the latest 10,000), oldest first, as dicts: `path`, `messages` (list of
    /// bytes), `metadata` (list of `(name, bytes)`), `timeout` (seconds or None).
    fn received<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.server
            .received()
            .into_iter()
            .map(|call| {
                let dict = PyDict::new(py);
                dict.set_item("path", call.path)?;
                let messages: Vec<Bound<'py, PyBytes>> =
                    call.messages.iter().map(|m| PyBytes::new(py, m)).collect();
                dict.set_item("messages", messages)?;
                let metadata: Vec<(String, Bound<'py, PyBytes>)> = call
                    .metadata
                    .iter()
                    .map(|(k, v)| (k.clone(), PyBytes::new(py, v)))
                    .collect();
                dict.set_item("metadata", metadata)?;
                dict.set_item("timeout", call.timeout.map(|t| t.as_secs_f64()))?;
                Ok(dict)
            })
            .collect()
    }

    /// Forgets the programmed replies and the received calls.
    /// The paths of the calls cancelled before their reply, oldest first.
    fn cancelled(&self) -> Vec<String> {
        self.server.cancelled()
    }

    fn reset(&self) {
        self.server.reset();
    }

    /// Stops accepting connections.
    fn stop(&self) {
        self.server.stop();
    }

    fn __repr__(&self) -> String {
        format!("MockServer({:?})", self.endpoint())
    }
}
