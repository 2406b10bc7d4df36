//! `LocalAdmin`: the embedded local FlyteAdmin of `flyrs-admin`, for Python.

use flyrs_admin::LocalAdmin as CoreAdmin;
use pyo3::exceptions::{PyOSError, PyRuntimeError};
use pyo3::prelude::*;
use std::path::PathBuf;

/// A local FlyteAdmin on `host:port`, in memory or journaled to the SQLite file `database`.
/// Raises OSError when it cannot listen, RuntimeError when the database is unusable.
#[pyclass(frozen, module = "flytekit._flyrs")]
pub struct LocalAdmin {
    admin: CoreAdmin,
}

#[pymethods]
impl LocalAdmin {
    #[new]
    #[pyo3(signature = (*, host = "127.0.0.1", port = 0, database = None, data_dir = None))]
    fn new(
        py: Python<'_>,
        host: &str,
        port: u16,
        database: Option<PathBuf>,
        data_dir: Option<PathBuf>,
    ) -> PyResult<Self> {
        crate::errors::guard(|| {
            let addr = crate::mock_server::listen_addr(host, port)?;
            // Replaying a large journal takes a while: let other threads run meanwhile.
            let started =
                py.detach(|| CoreAdmin::start(addr, database.as_deref(), data_dir.as_deref()));
            let admin = started.map_err(|e| {
                if e.code_name() == "FAILED_PRECONDITION" {
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
