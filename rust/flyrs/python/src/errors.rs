//! The exceptions the codec raises, defined in Python (`flytekit.idl.errors`).

use flyrs_core::schema::{Field, Message};
use flyrs_core::wire::WireError;
use pyo3::import_exception;
use pyo3::PyErr;

import_exception!(flytekit.idl.errors, DecodeError);
import_exception!(flytekit.idl.errors, EncodeError);

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
