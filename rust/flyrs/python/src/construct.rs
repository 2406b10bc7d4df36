//! `Message.__init__(**fields)`: a message built from keyword arguments.
//!
//! Most arguments are checked by a type test alone (a `str` for a string field, an `int`
//! in range for an integer or open enum field, a message of the field's exact class); those
//! are stored here, in argument order, without the Python attribute machinery. The rest
//! (containers, dicts for messages, enum names, conversions such as `bytes` for a string,
//! and every value that fails a check, so that the error is Python's) go to the Python
//! `assign` callback, at their turn, so a later argument still wins within a oneof.

use crate::decoder::Decoder;
use crate::encoder::Encoder;
use crate::errors;
use crate::registry::{self, ClassInfo, Registry};
use crate::slots;
use flyrs_core::schema::{Cardinality, Field, Message, Scalar, Schema, ValueType};
use flyrs_core::wire::ReverseBuffer;
use pyo3::exceptions::PyValueError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyString};
use std::sync::atomic::Ordering;

/// Start `obj` as a new message of its class, then set `fields` (see the module docs).
/// Raises ValueError for a name that is no field of the message, as `_pb2` does.
#[pyfunction]
pub fn init_message(
    obj: &Bound<'_, PyAny>,
    fields: &Bound<'_, PyDict>,
    assign: &Bound<'_, PyAny>,
) -> PyResult<()> {
    errors::guard(|| {
        let info = crate::access::class_info(obj)?;
        let registry = registry::snapshot();
        // SAFETY: `info` was looked up by `obj`'s exact type.
        unsafe { info.start(obj.py(), obj.as_ptr()) };
        let message = &Schema::flyteidl().messages[info.msg];
        for (name, value) in fields.iter() {
            let name = name.cast_into::<PyString>()?;
            let Some(&index) = info.by_name.get(name.to_str()?) else {
                return Err(PyValueError::new_err(format!(
                    "Protocol message {} has no \"{name}\" field.",
                    obj.get_type().name()?
                )));
            };
            if value.is_none() {
                continue;
            }
            let field = &message.fields[index];
            match checked(registry, field, &value)? {
                // SAFETY: the offsets belong to `obj`'s exact type; the slot takes a new
                // reference, and emptying the other members of a oneof releases theirs.
                Some(stored) => unsafe {
                    if let Some(oneof) = field.oneof {
                        clear_oneof(obj.as_ptr(), info, message, oneof);
                    }
                    slots::put(obj.as_ptr(), info.offsets[index], stored.into_ptr());
                },
                None => {
                    assign.call1((obj, name, value))?;
                }
            }
        }
        Ok(())
    })
}

/// # Safety
/// `obj` must be an instance of exactly `info`'s class.
unsafe fn clear_oneof(obj: *mut ffi::PyObject, info: &ClassInfo, message: &Message, oneof: usize) {
    for &member in &message.oneofs[oneof].fields {
        slots::put(obj, info.offsets[member], std::ptr::null_mut());
    }
}

/// What to store for `value` in `field` when a type test settles it; None leaves it to
/// the Python check.
fn checked<'py>(
    registry: &Registry,
    field: &Field,
    value: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    if field.cardinality != Cardinality::Singular {
        return Ok(None);
    }
    let accepted = match field.value {
        ValueType::Scalar(Scalar::String) => {
            // Encodable as UTF-8 (no lone surrogates); the encoder reuses the cached UTF-8.
            value.is_exact_instance_of::<PyString>() && value.cast::<PyString>()?.to_str().is_ok()
        }
        ValueType::Scalar(Scalar::Bytes) => value.is_exact_instance_of::<PyBytes>(),
        ValueType::Scalar(Scalar::Bool) => value.is_exact_instance_of::<PyBool>(),
        ValueType::Scalar(Scalar::Double) => value.is_exact_instance_of::<PyFloat>(),
        ValueType::Scalar(Scalar::Float) => false, // rounded to single precision in Python
        ValueType::Scalar(scalar) => {
            value.is_exact_instance_of::<PyInt>() && int_fits(scalar, value)
        }
        ValueType::Enum(e) => {
            let enum_type = &Schema::flyteidl().enums[e];
            value.is_exact_instance_of::<PyInt>()
                && value
                    .extract::<i32>()
                    .is_ok_and(|n| !enum_type.closed || enum_type.contains(n))
        }
        ValueType::Message(m) => {
            let class = registry.class_for(m)?;
            if !value.get_type().is(class.cls.bind(value.py())) {
                return Ok(None);
            }
            return copy(registry, class, value).map(Some);
        }
    };
    Ok(accepted.then(|| value.clone()))
}

/// Whether the `int` `value` is in the range of the integer type `scalar`.
fn int_fits(scalar: Scalar, value: &Bound<'_, PyAny>) -> bool {
    let (low, high): (i128, i128) = match scalar {
        Scalar::Int32 | Scalar::Sint32 | Scalar::Sfixed32 => (i32::MIN.into(), i32::MAX.into()),
        Scalar::Uint32 | Scalar::Fixed32 => (0, u32::MAX.into()),
        Scalar::Int64 | Scalar::Sint64 | Scalar::Sfixed64 => (i64::MIN.into(), i64::MAX.into()),
        Scalar::Uint64 | Scalar::Fixed64 => (0, u64::MAX.into()),
        _ => return false,
    };
    let number = match value.extract::<i64>() {
        Ok(n) => i128::from(n),
        Err(_) => match value.extract::<u64>() {
            Ok(n) => i128::from(n),
            Err(_) => return false,
        },
    };
    (low..=high).contains(&number)
}

/// A copy of a message, as `_pb2` stores a message argument: encoded and decoded again.
fn copy<'py>(
    registry: &Registry,
    class: &ClassInfo,
    value: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = value.py();
    let schema = Schema::flyteidl();
    let encoder = Encoder {
        py,
        registry,
        schema,
        deterministic: false,
    };
    let mut out = ReverseBuffer::with_capacity(class.size_hint.load(Ordering::Relaxed) + 64);
    // SAFETY: `value` is an instance of exactly `class`'s class (checked by the caller).
    unsafe { encoder.encode(value.as_ptr(), class, &mut out, 0)? };
    let decoder = Decoder {
        py,
        registry,
        schema,
    };
    let copied = decoder.decode(class, out.as_slice(), 0)?;
    // SAFETY: `decode` returns an owned reference.
    Ok(unsafe { Bound::from_owned_ptr(py, copied) })
}
