//! `RawChannel`: the core transport's byte-level client, for Python. A call releases the
//! GIL while it waits, checks for signals every 100 ms so Ctrl-C interrupts it (which
//! cancels the RPC), and maps a failed status to `flytekit.exceptions`.

use bytes::Bytes;
use flyrs_core::transport::{self, CallError, ChannelConfig, Client};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use std::time::Duration;

/// How often a waiting call looks for Ctrl-C.
const SIGNAL_CHECK_INTERVAL: Duration = Duration::from_millis(100);

/// A failed call as the `flytekit.exceptions` class its status maps to.
fn call_error(py: Python<'_>, error: CallError) -> PyErr {
    let raised = py
        .import("flytekit.exceptions")
        .and_then(|module| module.getattr("from_status"))
        .and_then(|from_status| {
            from_status.call1((
                error.code,
                error.code_name(),
                &error.message,
                PyBytes::new(py, &error.details),
            ))
        });
    match raised {
        Ok(exception) => PyErr::from_value(exception),
        Err(import_failure) => import_failure,
    }
}

fn seconds(timeout: Option<f64>) -> PyResult<Option<Duration>> {
    timeout
        .map(|t| {
            Duration::try_from_secs_f64(t).map_err(|_| {
                pyo3::exceptions::PyValueError::new_err(format!(
                    "timeout must be a non-negative number of seconds, got {t}"
                ))
            })
        })
        .transpose()
}

/// A channel to one gRPC server, moving encoded messages. Connects on first call.
#[pyclass(frozen, module = "flytekit._flyrs")]
pub struct RawChannel {
    client: Client,
    endpoint: String,
}

#[pymethods]
impl RawChannel {
    #[new]
    #[pyo3(signature = (endpoint, *, insecure = false, ca_cert_pem = None, metadata = Vec::new(), connect_timeout = 10.0))]
    fn new(
        py: Python<'_>,
        endpoint: String,
        insecure: bool,
        ca_cert_pem: Option<Vec<u8>>,
        metadata: Vec<(String, String)>,
        connect_timeout: f64,
    ) -> PyResult<Self> {
        crate::errors::guard(|| {
            let mut config = ChannelConfig::new(endpoint.clone());
            config.insecure = insecure;
            config.ca_cert_pem = ca_cert_pem;
            config.metadata = metadata;
            config.connect_timeout =
                seconds(Some(connect_timeout))?.unwrap_or(config.connect_timeout);
            let client = Client::connect(&config).map_err(|e| {
                if e.code_name() == "INVALID_ARGUMENT" {
                    pyo3::exceptions::PyValueError::new_err(e.message)
                } else {
                    call_error(py, e)
                }
            })?;
            Ok(RawChannel { client, endpoint })
        })
    }

    /// Call the unary RPC at `path` (`/package.Service/Method`) with an encoded request;
    /// returns the encoded response. `timeout` (seconds) is sent as the call's deadline.
    #[pyo3(signature = (path, request, timeout = None))]
    fn unary<'py>(
        &self,
        py: Python<'py>,
        path: &str,
        request: &[u8],
        timeout: Option<f64>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        crate::errors::guard(|| {
            let timeout = seconds(timeout)?;
            let request = Bytes::copy_from_slice(request);
            let client = self.client.clone();
            let outcome = py.detach(|| {
                transport::block_on_interruptible(
                    client.unary(path, request, timeout),
                    SIGNAL_CHECK_INTERVAL,
                    || Python::attach(|py| py.check_signals()),
                )
            });
            match outcome {
                Ok(Ok(Ok(response))) => Ok(PyBytes::new(py, &response)),
                Ok(Ok(Err(error))) | Err(error) => Err(call_error(py, error)),
                Ok(Err(interrupted)) => Err(interrupted),
            }
        })
    }

    fn __repr__(&self) -> String {
        format!("RawChannel({:?})", self.endpoint)
    }
}
