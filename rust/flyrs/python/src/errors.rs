//! The exceptions the codec raises, defined in Python (`flytekit_core.idl.errors`).

use flyrs_core::schema::{Field, Message};
use flyrs_core::wire::WireError;
use pyo3::exceptions::PyRuntimeError;
use pyo3::import_exception;
use pyo3::PyErr;
use pyo3::PyResult;

import_exception!(flytekit_core.idl.errors, DecodeError);
import_exception!(flytekit_core.idl.errors, EncodeError);

/// A decode failure in `message` (at `field`, when known).
pub fn decode_error(
    message: &Message,
    field: Option<&Field>,
    reason: impl std::fmt::Display,
) -> PyErr {
    match field {
        Some(f) => DecodeError::new_err(format!(
            "Error parsing message {} (field {}): {reason}",
            message.full_name, f.name
        )),
        None => DecodeError::new_err(format!(
            "Error parsing message {}: {reason}",
            message.full_name
        )),
    }
}

pub fn wire_error(message: &Message, field: Option<&Field>, error: WireError) -> PyErr {
    decode_error(message, field, error)
}

pub fn encode_error(message: &Message, field: &Field, reason: impl std::fmt::Display) -> PyErr {
    EncodeError::new_err(format!(
        "Error encoding message {} (field {}): {reason}",
        message.full_name, field.name
    ))
}

/// Run an entry point's body so that a Rust panic (a bug) surfaces as a `RuntimeError`,
/// which `except Exception` catches, rather than as pyo3's `PanicException`, which derives
/// from `BaseException`.
pub fn guard<T>(body: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)).unwrap_or_else(|panic| {
        let reason = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".into());
        Err(PyRuntimeError::new_err(format!(
            "internal error in flytekit_core._flyrs: {reason}"
        )))
    })
}
