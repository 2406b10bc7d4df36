//! `LocalAdmin`: the embedded local FlyteAdmin of `flyrs-admin`, for Python.

use flyrs_admin::LocalAdmin as CoreAdmin;
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use std::net::{IpAddr, SocketAddr};

/// A local FlyteAdmin serving an in-memory registry on `host:port`.
#[pyclass(frozen, module = "flytekit._flyrs")]
pub struct LocalAdmin {
    admin: CoreAdmin,
}

#[pymethods]
impl LocalAdmin {
    #[new]
    #[pyo3(signature = (*, host = "127.0.0.1", port = 0))]
    fn new(host: &str, port: u16) -> PyResult<Self> {
        crate::errors::guard(|| {
            let ip: IpAddr = host.parse().map_err(|_| {
                PyValueError::new_err(format!("host must be an IP address, got {host:?}"))
            })?;
            let admin = CoreAdmin::start(SocketAddr::new(ip, port))
                .map_err(|e| PyOSError::new_err(e.message))?;
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
