//! MessagePack for Python values: `msgpack_dumps` and `msgpack_loads`, over the core's
//! codec. Python's `None`, `bool`, `int`, `float`, `str`, `bytes`, lists, tuples and dicts
//! map to MessagePack's types and back (arrays read back as lists).

use crate::errors::{guard, DecodeError, EncodeError};
use flyrs_core::msgpack::{self, Value, MAX_DEPTH};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

fn to_value(obj: &Bound<'_, PyAny>, depth: usize) -> PyResult<Value> {
    if depth > MAX_DEPTH {
        return Err(EncodeError::new_err(format!(
            "cannot encode MessagePack nested deeper than {MAX_DEPTH} levels"
        )));
    }
    // bool before int: a bool is an int in Python.
    if obj.is_none() {
        Ok(Value::Nil)
    } else if let Ok(b) = obj.cast::<PyBool>() {
        Ok(Value::Bool(b.is_true()))
    } else if obj.is_instance_of::<PyInt>() {
        let i: i128 = obj.extract().map_err(|_| {
            EncodeError::new_err("an integer does not fit in MessagePack's 64 bits")
        })?;
        Ok(Value::Int(i))
    } else if let Ok(f) = obj.cast::<PyFloat>() {
        Ok(Value::Float(f.value()))
    } else if let Ok(s) = obj.cast::<PyString>() {
        Ok(Value::Str(s.to_str()?.to_owned()))
    } else if let Ok(b) = obj.cast::<PyBytes>() {
        Ok(Value::Bin(b.as_bytes().to_vec()))
    } else if let Ok(d) = obj.cast::<PyDict>() {
        d.iter()
            .map(|(k, v)| Ok((to_value(&k, depth + 1)?, to_value(&v, depth + 1)?)))
            .collect::<PyResult<_>>()
            .map(Value::Map)
    } else if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        obj.try_iter()?
            .map(|item| to_value(&item?, depth + 1))
            .collect::<PyResult<_>>()
            .map(Value::Array)
    } else {
        Err(EncodeError::new_err(format!(
            "cannot encode a {} as MessagePack",
            obj.get_type().name()?
        )))
    }
}

fn to_python(py: Python<'_>, value: Value) -> PyResult<Bound<'_, PyAny>> {
    Ok(match value {
        Value::Nil => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, b).to_owned().into_any(),
        Value::Int(i) => i.into_pyobject(py)?.into_any(),
        Value::Float(f) => PyFloat::new(py, f).into_any(),
        Value::Str(s) => PyString::new(py, &s).into_any(),
        Value::Bin(b) => PyBytes::new(py, &b).into_any(),
        Value::Array(items) => {
            let items = items
                .into_iter()
                .map(|item| to_python(py, item))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Map(entries) => {
            let dict = PyDict::new(py);
            for (key, item) in entries {
                let key = to_python(py, key)?;
                dict.set_item(&key, to_python(py, item)?).map_err(|_| {
                    DecodeError::new_err("Error parsing MessagePack: a map key is a list or a map")
                })?;
            }
            dict.into_any()
        }
    })
}

/// `obj` as MessagePack bytes, as msgpack-python's `packb` writes it.
#[pyfunction]
pub fn msgpack_dumps<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyBytes>> {
    guard(|| {
        let bytes = msgpack::encode(&to_value(obj, 0)?)
            .map_err(|e| EncodeError::new_err(format!("cannot encode MessagePack: {e}")))?;
        Ok(PyBytes::new(obj.py(), &bytes))
    })
}

/// The Python value of MessagePack `data`; DecodeError says why and where it is malformed.
#[pyfunction]
pub fn msgpack_loads<'py>(py: Python<'py>, data: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    guard(|| {
        let value = msgpack::decode(data)
            .map_err(|e| DecodeError::new_err(format!("Error parsing MessagePack: {e}")))?;
        to_python(py, value)
    })
}
