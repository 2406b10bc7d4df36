//! `Authenticator`: the call credentials of `flyrs-auth`, for Python. The Rust channel
//! takes it directly; the grpc backend asks it for each call's headers (`headers`) and
//! reports refusals (`refused`), so both backends follow the same rules. Prompts go to
//! Python's `sys.stderr`; tokens of interactive flows to the OS keyring (a Python object
//! with `load`/`save`/`delete`) backed by a token file, or to the file alone.

use crate::channel::{call_error, seconds, wait, Trust};
use flyrs_auth::cache::{Fallback, FileStore, TokenStore};
use flyrs_auth::config::SecretSource;
use flyrs_auth::flows::Prompt;
use flyrs_auth::{AuthConfig, AuthMode, Secret};
use flyrs_core::transport::CallError;
use pyo3::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

/// Writes prompts to `sys.stderr` (so Python can redirect or capture them).
struct PyStderr;

impl Prompt for PyStderr {
    fn show(&self, message: &str) {
        Python::attach(|py| {
            let written = py.import("sys").and_then(|sys| {
                let stderr = sys.getattr("stderr")?;
                stderr.call_method1("write", (format!("{message}\n"),))?;
                stderr.call_method0("flush")
            });
            if written.is_err() {
                eprintln!("{message}");
            }
        });
    }

    fn warn(&self, message: &str) {
        log_warning(message);
    }
}

/// A Python token store (`load(key) -> str | None`, `save(key, value)`, `delete(key)`);
/// any exception it raises is a failure of the store (the fallback takes over).
struct PyStore {
    store: Py<PyAny>,
    name: String,
}

impl PyStore {
    fn call(
        &self,
        method: &str,
        args: impl for<'py> FnOnce(Python<'py>) -> PyResult<Bound<'py, pyo3::types::PyTuple>>,
    ) -> Result<Option<String>, CallError> {
        Python::attach(|py| {
            let result = args(py).and_then(|a| self.store.bind(py).call_method1(method, a))?;
            result.extract::<Option<String>>()
        })
        .map_err(|e: PyErr| {
            let kind = Python::attach(|py| {
                e.get_type(py)
                    .name()
                    .map_or_else(|_| "error".to_string(), |n| n.to_string())
            });
            flyrs_auth::auth_error(format!("{} raised {kind}", self.name))
        })
    }
}

impl TokenStore for PyStore {
    fn load(&self, key: &str) -> Result<Option<String>, CallError> {
        self.call("load", |py| pyo3::types::PyTuple::new(py, [key]))
    }
    fn save(&self, key: &str, value: &str) -> Result<(), CallError> {
        self.call("save", |py| pyo3::types::PyTuple::new(py, [key, value]))
            .map(drop)
    }
    fn delete(&self, key: &str) -> Result<(), CallError> {
        self.call("delete", |py| pyo3::types::PyTuple::new(py, [key]))
            .map(drop)
    }
    fn describe(&self) -> String {
        self.name.clone()
    }
}

/// Logs a line on the `flytekit_core.auth` logger.
fn log_warning(message: &str) {
    Python::attach(|py| {
        let logged = py
            .import("logging")
            .and_then(|l| l.call_method1("getLogger", ("flytekit_core.auth",)))
            .and_then(|logger| logger.call_method1("warning", (message,)));
        if logged.is_err() {
            eprintln!("{message}");
        }
    });
}

#[pyclass(frozen, module = "flytekit_core._flyrs")]
pub struct Authenticator {
    pub(crate) inner: flyrs_auth::Authenticator,
    endpoint: String,
}

#[pymethods]
impl Authenticator {
    #[new]
    #[pyo3(signature = (
        endpoint, *, insecure = false, ca_cert_pem = None, client_cert_pem = None,
        client_key_pem = None, auth_type = None, client_id = None, client_secret = None,
        client_secret_location = None, client_secret_env_var = None, scopes = Vec::new(),
        audience = None, command = Vec::new(), proxy_command = Vec::new(),
        http_proxy_url = None, callback_timeout = 300.0, open_browser = true,
        command_timeout = 60.0, cache_dir = None, keyring = None, connect_timeout = 10.0,
        insecure_skip_verify = false
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        endpoint: String,
        insecure: bool,
        ca_cert_pem: Option<Vec<u8>>,
        client_cert_pem: Option<Vec<u8>>,
        client_key_pem: Option<Vec<u8>>,
        auth_type: Option<String>,
        client_id: Option<String>,
        client_secret: Option<String>,
        client_secret_location: Option<PathBuf>,
        client_secret_env_var: Option<String>,
        scopes: Vec<String>,
        audience: Option<String>,
        command: Vec<String>,
        proxy_command: Vec<String>,
        http_proxy_url: Option<String>,
        callback_timeout: f64,
        open_browser: bool,
        command_timeout: f64,
        cache_dir: Option<PathBuf>,
        keyring: Option<Py<PyAny>>,
        connect_timeout: f64,
        insecure_skip_verify: bool,
    ) -> PyResult<Self> {
        crate::errors::guard(|| {
            let trust = Trust {
                insecure,
                ca_cert_pem,
                client_cert_pem,
                client_key_pem,
                insecure_skip_verify,
            };
            let channel = trust.channel_config(&endpoint, connect_timeout)?;
            let mode = auth_type
                .as_deref()
                .map(AuthMode::parse)
                .transpose()
                .map_err(|e| call_error(py, e))?;
            let config = AuthConfig {
                mode,
                client_id,
                client_secret: SecretSource {
                    env_var: client_secret_env_var,
                    location: client_secret_location,
                    value: client_secret.map(Secret::new),
                },
                scopes,
                audience,
                command,
                proxy_command,
                http_proxy_url: http_proxy_url.map(Secret::new),
                callback_timeout: seconds(Some(callback_timeout))?.unwrap_or_default(),
                open_browser,
                command_timeout: seconds(Some(command_timeout))?.unwrap_or_default(),
            };
            let store: Option<Arc<dyn TokenStore>> = match (keyring, cache_dir) {
                (Some(keyring), Some(dir)) => Some(Arc::new(Fallback::new(
                    PyStore {
                        store: keyring,
                        name: "the OS keyring".into(),
                    },
                    FileStore::new(dir),
                    Box::new(log_warning),
                ))),
                (Some(keyring), None) => Some(Arc::new(PyStore {
                    store: keyring,
                    name: "the OS keyring".into(),
                })),
                (None, Some(dir)) => Some(Arc::new(FileStore::new(dir))),
                (None, None) => None,
            };
            let inner = flyrs_auth::Authenticator::new(&channel, config, Arc::new(PyStderr), store)
                .map_err(|e| {
                    if e.code_name() == "INVALID_ARGUMENT" {
                        pyo3::exceptions::PyValueError::new_err(e.message)
                    } else {
                        call_error(py, e)
                    }
                })?;
            Ok(Authenticator { inner, endpoint })
        })
    }

    /// The headers for the next call, as `(generation, [(name, value), ...])`, obtaining or
    /// renewing the token first if needed (which may take as long as a sign-in).
    fn headers(&self, py: Python<'_>) -> PyResult<(u64, Vec<(String, String)>)> {
        crate::errors::guard(|| {
            let headers = match self.inner.ready_headers() {
                Some(headers) => headers,
                None => {
                    let inner = self.inner.clone();
                    wait(py, async move { inner.call_headers().await })?
                }
            };
            let pairs = headers
                .pairs
                .iter()
                .map(|(k, v)| {
                    (
                        k.as_str().to_string(),
                        v.to_str().unwrap_or_default().to_string(),
                    )
                })
                .collect();
            Ok((headers.generation, pairs))
        })
    }

    /// The server refused a call sent with the headers of `generation`: renew them (once
    /// for all calls refused with that generation). True: make the call once more.
    fn refused(&self, py: Python<'_>, generation: u64) -> PyResult<bool> {
        crate::errors::guard(|| {
            let inner = self.inner.clone();
            wait(
                py,
                async move { inner.refused_generation(generation).await },
            )
        })
    }

    /// `{"renewals": n, "after_refusal": m}`: tokens obtained, and how many of those
    /// renewals a refused call caused.
    fn stats(&self) -> std::collections::HashMap<&'static str, u64> {
        let stats = self.inner.stats();
        [
            ("renewals", stats.renewals),
            ("after_refusal", stats.after_refusal),
        ]
        .into()
    }

    #[getter]
    fn auth_type(&self) -> Option<&'static str> {
        self.inner.mode().map(AuthMode::name)
    }

    fn __repr__(&self) -> String {
        match self.inner.mode() {
            Some(mode) => format!(
                "Authenticator({:?}, auth_type={:?})",
                self.endpoint,
                mode.name()
            ),
            None => format!("Authenticator({:?})", self.endpoint),
        }
    }
}
