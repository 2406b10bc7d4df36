//! `LocalAdmin`: the embedded local FlyteAdmin of `flyrs-admin`, for Python.

use flyrs_admin::auth::AuthSettings;
use flyrs_admin::LocalAdmin as CoreAdmin;
use pyo3::exceptions::{PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use std::path::PathBuf;

/// A local FlyteAdmin on `host:port`, in memory or journaled to the SQLite file `database`.
/// Raises OSError when it cannot listen, RuntimeError when the database is unusable.
#[pyclass(frozen, module = "flytekit_core._flyrs")]
pub struct LocalAdmin {
    admin: CoreAdmin,
}

#[pymethods]
impl LocalAdmin {
    #[new]
    #[pyo3(signature = (
        *, host = "127.0.0.1", port = 0, database = None, data_dir = None, auth_issuer = None,
        auth_audience = None, auth_header = None, auth_client_id = None,
        auth_redirect_uri = None, auth_scopes = None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        host: &str,
        port: u16,
        database: Option<PathBuf>,
        data_dir: Option<PathBuf>,
        auth_issuer: Option<String>,
        auth_audience: Option<String>,
        auth_header: Option<String>,
        auth_client_id: Option<String>,
        auth_redirect_uri: Option<String>,
        auth_scopes: Option<Vec<String>>,
    ) -> PyResult<Self> {
        crate::errors::guard(|| {
            let addr = crate::mock_server::listen_addr(host, port)?;
            let auth = match (auth_issuer, auth_audience) {
                (None, None) => None,
                (Some(issuer), Some(audience)) => {
                    let mut settings = AuthSettings::new(issuer, audience);
                    settings.header = auth_header.unwrap_or(settings.header);
                    settings.client_id = auth_client_id.unwrap_or(settings.client_id);
                    settings.redirect_uri = auth_redirect_uri.unwrap_or(settings.redirect_uri);
                    settings.scopes = auth_scopes.unwrap_or(settings.scopes);
                    Some(settings)
                }
                _ => {
                    return Err(PyValueError::new_err(
                        "auth_issuer and auth_audience go together: give both or neither",
                    ))
                }
            };
            // Replaying a large journal takes a while: let other threads run meanwhile.
            let started = py
                .detach(|| CoreAdmin::start(addr, database.as_deref(), data_dir.as_deref(), auth));
            let admin = started.map_err(|e| {
                if e.code_name() == "UNAUTHENTICATED" {
                    crate::channel::call_error(py, e)
                } else if e.code_name() == "FAILED_PRECONDITION" {
                    PyRuntimeError::new_err(e.message)
                } else {
                    PyOSError::new_err(e.message)
                }
            })?;
            Ok(LocalAdmin { admin })
        })
    }

    /// `host:port`, as a client's endpoint.
    #[getter]
    fn endpoint(&self) -> String {
        self.admin.addr().to_string()
    }

    #[getter]
    fn port(&self) -> u16 {
        self.admin.addr().port()
    }

    fn stop(&self) {
        self.admin.stop();
    }

    fn __repr__(&self) -> String {
        format!("LocalAdmin({:?})", self.endpoint())
    }
}
