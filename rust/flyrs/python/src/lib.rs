use pyo3::prelude::*;
#[pymodule]
fn _flyrs(_m: &Bound<'_, PyModule>) -> PyResult<()> { Ok(()) }
