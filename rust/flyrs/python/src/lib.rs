//! `flytekit_core._flyrs`: the native module behind `flytekit_core.idl` and the Rust backend of the
//! remote (its transport, and the mock server tests and benchmarks use).
//!
//! Thin bindings over `flyrs-core`: argument conversion, the codec that builds and reads
//! the generated Python classes, and error mapping. No panic crosses into Python: the
//! entry points that do real work run under [`errors::guard`].

mod access;
mod agent_server;
mod aio;
mod auth;
mod channel;
mod construct;
mod decoder;
mod encoder;
mod errors;
mod local_admin;
mod logs;
mod mailbox;
mod mock_server;
mod msgpack;
mod registry;
mod slots;

use decoder::Decoder;
use encoder::Encoder;
use flyrs_core::descriptor;
use flyrs_core::schema::{Cardinality, Schema, ValueType};
use flyrs_core::wire::ReverseBuffer;
use pyo3::exceptions::{PyLookupError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyType};
use std::sync::atomic::Ordering;

/// The fields of a message type, as rows the Python runtime builds `FieldInfo` from:
/// `(proto3, [(name, number, kind, type_name, cardinality, key_kind, presence, oneof,
/// json_name, default, closed_enum)], [oneof names])`.
#[pyfunction]
#[allow(clippy::type_complexity)]
fn message_schema(
    full_name: &str,
) -> PyResult<(
    bool,
    Vec<(
        String,
        u32,
        &'static str,
        Option<String>,
        u8,
        Option<&'static str>,
        bool,
        Option<String>,
        String,
        Option<String>,
        bool,
    )>,
    Vec<String>,
)> {
    let schema = Schema::flyteidl();
    let index = schema.message_index(full_name).ok_or_else(|| {
        PyLookupError::new_err(format!("{full_name} is not a message of the IDL"))
    })?;
    let message = &schema.messages[index];
    let rows = message
        .fields
        .iter()
        .map(|f| {
            let (kind, type_name, closed) = match f.value {
                ValueType::Scalar(s) => (s.name(), None, false),
                ValueType::Enum(e) => (
                    "enum",
                    Some(schema.enums[e].full_name.clone()),
                    schema.enums[e].closed,
                ),
                ValueType::Message(m) => {
                    ("message", Some(schema.messages[m].full_name.clone()), false)
                }
            };
            let (cardinality, key) = match f.cardinality {
                Cardinality::Singular => (0, None),
                Cardinality::Repeated => (1, None),
                Cardinality::Map { key } => (2, Some(key.name())),
            };
            let oneof = f.oneof.map(|o| message.oneofs[o].name.clone());
            (
                f.name.clone(),
                f.number,
                kind,
                type_name,
                cardinality,
                key,
                f.presence,
                oneof,
                f.json_name.clone(),
                f.default.clone(),
                closed,
            )
        })
        .collect();
    let oneofs = message.oneofs.iter().map(|o| o.name.clone()).collect();
    Ok((message.proto3, rows, oneofs))
}

/// Bind generated classes to their message types: `[(class, full_name), ...]`.
#[pyfunction]
fn bind_messages(classes: Vec<(Bound<'_, PyType>, String)>) -> PyResult<()> {
    errors::guard(|| registry::bind(&classes))
}

/// Decode `data` into a new instance of `cls`.
#[pyfunction]
fn decode(cls: &Bound<'_, PyType>, data: &[u8]) -> PyResult<Py<PyAny>> {
    errors::guard(|| {
        let py = cls.py();
        let registry = registry::snapshot();
        let info = registry.by_class(cls).ok_or_else(|| {
            PyTypeError::new_err(format!(
                "{} is not a generated message class",
                cls.qualname().map(|q| q.to_string()).unwrap_or_default()
            ))
        })?;
        let decoder = Decoder {
            py,
            registry,
            schema: Schema::flyteidl(),
        };
        let obj = decoder.decode(info, data, 0)?;
        // SAFETY: `decode` returns an owned reference.
        Ok(unsafe { Bound::from_owned_ptr(py, obj) }.unbind())
    })
}

/// Merge `data` into the message `obj`.
#[pyfunction]
fn merge(obj: &Bound<'_, PyAny>, data: &[u8]) -> PyResult<()> {
    errors::guard(|| {
        let py = obj.py();
        let registry = registry::snapshot();
        let info = registry
            .by_type(obj.as_ptr())
            .ok_or_else(|| PyTypeError::new_err("merge expects a generated message"))?;
        let decoder = Decoder {
            py,
            registry,
            schema: Schema::flyteidl(),
        };
        // SAFETY: `info` was looked up by `obj`'s exact type.
        unsafe { decoder.merge(obj.as_ptr(), info, data, 0) }
    })
}

/// Encode the message `obj`; `deterministic` orders map entries by key.
#[pyfunction]
fn encode<'py>(obj: &Bound<'py, PyAny>, deterministic: bool) -> PyResult<Bound<'py, PyBytes>> {
    errors::guard(|| {
        let py = obj.py();
        let registry = registry::snapshot();
        let info = registry.by_type(obj.as_ptr()).ok_or_else(|| {
            PyTypeError::new_err(format!(
                "expected a generated message, got {}",
                obj.get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            ))
        })?;
        let encoder = Encoder {
            py,
            registry,
            schema: Schema::flyteidl(),
            deterministic,
        };
        let mut out = ReverseBuffer::with_capacity(info.size_hint.load(Ordering::Relaxed) + 256);
        // SAFETY: `info` was looked up by `obj`'s exact type.
        unsafe { encoder.encode(obj.as_ptr(), info, &mut out, 0)? };
        info.size_hint.store(out.written(), Ordering::Relaxed);
        Ok(PyBytes::new(py, out.as_slice()))
    })
}

#[pymodule]
fn _flyrs(m: &Bound<'_, PyModule>) -> PyResult<()> {
    logs::install();
    m.add_function(wrap_pyfunction!(logs::stop_logging, m)?)?;
    // Records are dropped once the interpreter starts exiting (see `logs`).
    m.py()
        .import("atexit")?
        .call_method1("register", (m.getattr("stop_logging")?,))?;
    // What the Python layers check at import: this build's version (the workspace's).
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("DESCRIPTOR_SHA256", descriptor::sha256_hex())?;
    m.add("FLYTEIDL_VERSION", descriptor::FLYTEIDL_VERSION)?;
    m.add_function(wrap_pyfunction!(message_schema, m)?)?;
    m.add_function(wrap_pyfunction!(bind_messages, m)?)?;
    m.add_function(wrap_pyfunction!(decode, m)?)?;
    m.add_function(wrap_pyfunction!(merge, m)?)?;
    m.add_function(wrap_pyfunction!(encode, m)?)?;
    m.add_function(wrap_pyfunction!(construct::init_message, m)?)?;
    m.add_function(wrap_pyfunction!(msgpack::msgpack_dumps, m)?)?;
    m.add_function(wrap_pyfunction!(msgpack::msgpack_loads, m)?)?;
    m.add_function(wrap_pyfunction!(access::has_field, m)?)?;
    m.add_function(wrap_pyfunction!(access::which_oneof, m)?)?;
    m.add_function(wrap_pyfunction!(access::unset_attr, m)?)?;
    m.add_function(wrap_pyfunction!(access::is_set, m)?)?;
    m.add_class::<access::FieldSlot>()?;
    m.add_function(wrap_pyfunction!(channel::check_channel, m)?)?;
    m.add_function(wrap_pyfunction!(channel::presented_chain, m)?)?;
    m.add_class::<channel::RawChannel>()?;
    m.add_class::<auth::Authenticator>()?;
    m.add_class::<channel::ResponseIterator>()?;
    m.add_class::<aio::Completions>()?;
    m.add_class::<agent_server::AgentInbox>()?;
    m.add_class::<agent_server::AgentServer>()?;
    m.add_class::<aio::PendingCall>()?;
    m.add_class::<aio::AsyncStream>()?;
    m.add_class::<mock_server::MockServer>()?;
    m.add_class::<local_admin::LocalAdmin>()?;
    Ok(())
}
