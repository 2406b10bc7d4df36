//! Python objects to wire bytes: encoding reads the generated classes' slots directly.
//!
//! Fields are written in field-number order and unknown fields last, as upb does, so the
//! output is byte-identical to `_pb2`'s for the same message. The buffer is filled back
//! to front (see [`ReverseBuffer`]), so every step below writes a value before its tag.

use crate::errors::{encode_error, EncodeError};
use crate::registry::{ClassInfo, FieldPlan, Registry};
use crate::slots;
use flyrs_core::schema::{Cardinality, Message, Scalar, Schema, ValueType};
use flyrs_core::wire::{self, ReverseBuffer, WireType, MAX_DEPTH};
use pyo3::ffi;
use pyo3::prelude::*;
use std::os::raw::c_char;

pub struct Encoder<'a, 'py> {
    pub py: Python<'py>,
    pub registry: &'a Registry,
    pub schema: &'static Schema,
    pub deterministic: bool,
}

/// A Python value read for encoding; borrowed from the object being encoded.
enum Val<'a> {
    Int(i64),
    Uint(u64),
    Float(f64),
    Bool(bool),
    Bytes(&'a [u8]),
}

impl Encoder<'_, '_> {
    /// Encode `obj` (an instance of `info`'s class) in front of what `out` holds.
    ///
    /// # Safety
    /// `obj` must be an instance of exactly `info`'s class.
    pub unsafe fn encode(
        &self,
        obj: *mut ffi::PyObject,
        info: &ClassInfo,
        out: &mut ReverseBuffer,
        depth: u32,
    ) -> PyResult<()> {
        let message = &self.schema.messages[info.msg];
        if depth > MAX_DEPTH {
            return Err(EncodeError::new_err(format!(
                "Error encoding message {}: nesting deeper than {MAX_DEPTH} levels (is a message inside itself?)",
                message.full_name
            )));
        }
        let unknown = slots::get(obj, info.unknown);
        if !unknown.is_null() && unknown != ffi::Py_None() {
            out.prepend(bytes_of(unknown).ok_or_else(|| {
                EncodeError::new_err(format!(
                    "{}: unknown fields are not bytes",
                    message.full_name
                ))
            })?);
        }
        for field in info.plan.iter().rev() {
            let value = slots::get(obj, field.offset);
            if value.is_null() {
                continue;
            }
            match field.cardinality {
                Cardinality::Singular => self.singular(message, field, value, out, depth)?,
                Cardinality::Repeated => self.repeated(message, field, value, out, depth)?,
                Cardinality::Map { key } => self.map(message, field, key, value, out, depth)?,
            }
        }
        Ok(())
    }

    unsafe fn singular(
        &self,
        message: &Message,
        field: &FieldPlan,
        value: *mut ffi::PyObject,
        out: &mut ReverseBuffer,
        depth: u32,
    ) -> PyResult<()> {
        if let ValueType::Message(m) = field.value {
            self.nested(message, field, m, value, out, depth)?;
            out.prepend_tag(field.number, WireType::Len);
            return Ok(());
        }
        // The commonest field, a `str` in a string field, without the generic dispatch.
        if field.value == ValueType::Scalar(Scalar::String)
            && ffi::Py_TYPE(value) == std::ptr::addr_of_mut!(ffi::PyUnicode_Type)
        {
            let bytes = utf8_of(self.py, value).ok_or_else(|| {
                encode_error(message, &message.fields[field.index as usize], NOT_UTF8)
            })?;
            if !bytes.is_empty() || field.presence {
                out.prepend(bytes);
                out.prepend_varint(bytes.len() as u64);
                out.prepend_tag(field.number, WireType::Len);
            }
            return Ok(());
        }
        let val = self.read(message, field, field.value, value)?;
        if !field.presence && is_default(&val) {
            return Ok(());
        }
        write_value(out, field.number, field.value, &val);
        Ok(())
    }

    /// A nested message and its length prefix (the caller adds the tag).
    unsafe fn nested(
        &self,
        message: &Message,
        field: &FieldPlan,
        m: usize,
        value: *mut ffi::PyObject,
        out: &mut ReverseBuffer,
        depth: u32,
    ) -> PyResult<()> {
        let expected = self.registry.class_for(m)?;
        let child = if ffi::Py_TYPE(value) == expected.cls.as_ptr().cast() {
            expected
        } else {
            match self.registry.by_type(value) {
                Some(info) if info.msg == m => info,
                _ => {
                    return Err(encode_error(
                        message,
                        &message.fields[field.index as usize],
                        format!(
                            "expected a {} message, got {}",
                            self.schema.messages[m].full_name,
                            type_name(value)
                        ),
                    ))
                }
            }
        };
        let mark = out.written();
        self.encode(value, child, out, depth + 1)?;
        out.prepend_len_since(mark);
        Ok(())
    }

    unsafe fn repeated(
        &self,
        message: &Message,
        field: &FieldPlan,
        list: *mut ffi::PyObject,
        out: &mut ReverseBuffer,
        depth: u32,
    ) -> PyResult<()> {
        if ffi::PyList_Check(list) == 0 {
            return Err(encode_error(
                message,
                &message.fields[field.index as usize],
                format!("expected a list, got {}", type_name(list)),
            ));
        }
        let len = ffi::PyList_Size(list);
        if len == 0 {
            return Ok(());
        }
        if field.packed {
            let mark = out.written();
            for i in (0..len).rev() {
                let val = self.read(message, field, field.value, ffi::PyList_GetItem(list, i))?;
                write_raw(out, field.value, &val);
            }
            out.prepend_len_since(mark);
            out.prepend_tag(field.number, WireType::Len);
            return Ok(());
        }
        for i in (0..len).rev() {
            let item = ffi::PyList_GetItem(list, i);
            match field.value {
                ValueType::Message(m) => {
                    self.nested(message, field, m, item, out, depth)?;
                    out.prepend_tag(field.number, WireType::Len);
                }
                v => {
                    let val = self.read(message, field, v, item)?;
                    write_value(out, field.number, v, &val);
                }
            }
        }
        Ok(())
    }

    unsafe fn map(
        &self,
        message: &Message,
        field: &FieldPlan,
        key_type: Scalar,
        dict: *mut ffi::PyObject,
        out: &mut ReverseBuffer,
        depth: u32,
    ) -> PyResult<()> {
        if ffi::PyDict_Check(dict) == 0 {
            return Err(encode_error(
                message,
                &message.fields[field.index as usize],
                format!("expected a dict, got {}", type_name(dict)),
            ));
        }
        let key_value = ValueType::Scalar(key_type);
        let mut entries: Vec<(Val<'_>, *mut ffi::PyObject)> = Vec::new();
        let mut pos: ffi::Py_ssize_t = 0;
        let mut key: *mut ffi::PyObject = std::ptr::null_mut();
        let mut value: *mut ffi::PyObject = std::ptr::null_mut();
        while ffi::PyDict_Next(dict, &mut pos, &mut key, &mut value) != 0 {
            entries.push((self.read(message, field, key_value, key)?, value));
        }
        if self.deterministic {
            entries.sort_by(|(a, _), (b, _)| compare_keys(a, b));
        }
        // Map entries are written whole, default key and value included, as upb does.
        for (key, value) in entries.iter().rev() {
            let mark = out.written();
            match field.value {
                ValueType::Message(m) => {
                    self.nested(message, field, m, *value, out, depth + 1)?;
                    out.prepend_tag(2, WireType::Len);
                }
                v => {
                    let val = self.read(message, field, v, *value)?;
                    write_value(out, 2, v, &val);
                }
            }
            write_value(out, 1, key_value, key);
            out.prepend_len_since(mark);
            out.prepend_tag(field.number, WireType::Len);
        }
        Ok(())
    }

    /// Read a scalar or enum value, checking its Python type and range.
    #[inline(always)]
    unsafe fn read<'v>(
        &self,
        message: &Message,
        field: &FieldPlan,
        ty: ValueType,
        obj: *mut ffi::PyObject,
    ) -> PyResult<Val<'v>> {
        let schema_field = || &message.fields[field.index as usize];
        let fail = |expected: &str| {
            encode_error(
                message,
                schema_field(),
                format!("expected {expected}, got {}", type_name(obj)),
            )
        };
        let out_of_range = |scalar: Scalar| {
            let _ = PyErr::take(self.py);
            encode_error(
                message,
                schema_field(),
                format!("value out of range for {}", scalar.name()),
            )
        };
        let scalar = match ty {
            ValueType::Enum(_) => Scalar::Int32,
            ValueType::Scalar(s) => s,
            ValueType::Message(_) => unreachable!("messages are encoded by the caller"),
        };
        Ok(match scalar {
            Scalar::String => {
                if ffi::PyUnicode_Check(obj) == 0 {
                    return Err(fail("str"));
                }
                Val::Bytes(
                    utf8_of(self.py, obj)
                        .ok_or_else(|| encode_error(message, schema_field(), NOT_UTF8))?,
                )
            }
            Scalar::Bytes => Val::Bytes(bytes_of(obj).ok_or_else(|| fail("bytes"))?),
            Scalar::Bool => {
                if obj == ffi::Py_True() {
                    Val::Bool(true)
                } else if obj == ffi::Py_False() {
                    Val::Bool(false)
                } else {
                    return Err(fail("bool"));
                }
            }
            Scalar::Double | Scalar::Float => {
                if ffi::PyFloat_Check(obj) == 0 && ffi::PyLong_Check(obj) == 0 {
                    return Err(fail("float"));
                }
                let v = ffi::PyFloat_AsDouble(obj);
                if v == -1.0 && !ffi::PyErr_Occurred().is_null() {
                    let _ = PyErr::take(self.py);
                    return Err(fail("a float in range"));
                }
                Val::Float(v)
            }
            Scalar::Uint32 | Scalar::Uint64 | Scalar::Fixed32 | Scalar::Fixed64 => {
                if ffi::PyLong_Check(obj) == 0 {
                    return Err(fail("int"));
                }
                let v = ffi::PyLong_AsUnsignedLongLong(obj);
                let max = if matches!(scalar, Scalar::Uint32 | Scalar::Fixed32) {
                    u64::from(u32::MAX)
                } else {
                    u64::MAX
                };
                if (v == u64::MAX && !ffi::PyErr_Occurred().is_null()) || v > max {
                    return Err(out_of_range(scalar));
                }
                Val::Uint(v)
            }
            _ => {
                if ffi::Py_TYPE(obj) != std::ptr::addr_of_mut!(ffi::PyLong_Type)
                    && ffi::PyLong_Check(obj) == 0
                {
                    return Err(fail("int"));
                }
                let v = ffi::PyLong_AsLongLong(obj);
                let narrow = matches!(scalar, Scalar::Int32 | Scalar::Sint32 | Scalar::Sfixed32);
                if (v == -1 && !ffi::PyErr_Occurred().is_null())
                    || (narrow && i32::try_from(v).is_err())
                {
                    return Err(out_of_range(scalar));
                }
                Val::Int(v)
            }
        })
    }
}

const NOT_UTF8: &str = "string is not encodable as UTF-8 (lone surrogate?)";

fn compare_keys(a: &Val<'_>, b: &Val<'_>) -> std::cmp::Ordering {
    match (a, b) {
        (Val::Int(x), Val::Int(y)) => x.cmp(y),
        (Val::Uint(x), Val::Uint(y)) => x.cmp(y),
        (Val::Bool(x), Val::Bool(y)) => x.cmp(y),
        // upb's order, so deterministic output is byte-identical to `_pb2`'s: bytes of the
        // common prefix first, then the longer key before its prefix.
        (Val::Bytes(x), Val::Bytes(y)) => {
            let common = x.len().min(y.len());
            x[..common].cmp(&y[..common]).then(y.len().cmp(&x.len()))
        }
        _ => std::cmp::Ordering::Equal,
    }
}

#[inline(always)]
fn is_default(val: &Val<'_>) -> bool {
    match *val {
        Val::Int(v) => v == 0,
        Val::Uint(v) => v == 0,
        Val::Float(v) => v.to_bits() == 0,
        Val::Bool(v) => !v,
        Val::Bytes(b) => b.is_empty(),
    }
}

/// A value, then its tag in front of it.
#[inline(always)]
fn write_value(out: &mut ReverseBuffer, number: u32, ty: ValueType, val: &Val<'_>) {
    write_raw(out, ty, val);
    let wire_type = match ty {
        ValueType::Scalar(Scalar::Double | Scalar::Fixed64 | Scalar::Sfixed64) => WireType::Fixed64,
        ValueType::Scalar(Scalar::Float | Scalar::Fixed32 | Scalar::Sfixed32) => WireType::Fixed32,
        ValueType::Scalar(Scalar::String | Scalar::Bytes) => WireType::Len,
        _ => WireType::Varint,
    };
    out.prepend_tag(number, wire_type);
}

/// The value without its tag (as inside packed fields).
#[inline(always)]
fn write_raw(out: &mut ReverseBuffer, ty: ValueType, val: &Val<'_>) {
    let scalar = match ty {
        ValueType::Scalar(s) => s,
        _ => Scalar::Int32,
    };
    match (scalar, val) {
        (Scalar::Sint32, Val::Int(v)) => out.prepend_varint(wire::zigzag32(*v as i32)),
        (Scalar::Sint64, Val::Int(v)) => out.prepend_varint(wire::zigzag64(*v)),
        (Scalar::Sfixed32, Val::Int(v)) => out.prepend(&(*v as i32).to_le_bytes()),
        (Scalar::Sfixed64, Val::Int(v)) => out.prepend(&v.to_le_bytes()),
        (Scalar::Fixed32, Val::Uint(v)) => out.prepend(&(*v as u32).to_le_bytes()),
        (Scalar::Fixed64, Val::Uint(v)) => out.prepend(&v.to_le_bytes()),
        (Scalar::Float, Val::Float(v)) => out.prepend(&wire::f64_to_f32_bits(*v).to_le_bytes()),
        (Scalar::Double, Val::Float(v)) => out.prepend(&v.to_le_bytes()),
        (_, Val::Int(v)) => out.prepend_varint(*v as u64),
        (_, Val::Uint(v)) => out.prepend_varint(*v),
        (_, Val::Bool(v)) => out.prepend(&[u8::from(*v)]),
        (_, Val::Bytes(b)) => {
            out.prepend(b);
            out.prepend_varint(b.len() as u64);
        }
        (_, Val::Float(_)) => unreachable!("floats are only read for float fields"),
    }
}

/// The UTF-8 form of a `str`, borrowed; None (error cleared) for lone surrogates.
unsafe fn utf8_of<'a>(py: Python<'_>, obj: *mut ffi::PyObject) -> Option<&'a [u8]> {
    let mut len: ffi::Py_ssize_t = 0;
    let ptr = ffi::PyUnicode_AsUTF8AndSize(obj, &mut len);
    if ptr.is_null() {
        let _ = PyErr::take(py);
        return None;
    }
    Some(std::slice::from_raw_parts(ptr.cast::<u8>(), len as usize))
}

/// The contents of a `bytes` object, borrowed.
unsafe fn bytes_of<'a>(obj: *mut ffi::PyObject) -> Option<&'a [u8]> {
    if ffi::PyBytes_Check(obj) == 0 {
        return None;
    }
    let mut ptr: *mut c_char = std::ptr::null_mut();
    let mut len: ffi::Py_ssize_t = 0;
    if ffi::PyBytes_AsStringAndSize(obj, &mut ptr, &mut len) != 0 {
        return None;
    }
    Some(std::slice::from_raw_parts(ptr.cast::<u8>(), len as usize))
}

unsafe fn type_name(obj: *mut ffi::PyObject) -> String {
    let py = Python::assume_attached();
    Bound::from_borrowed_ptr(py, obj)
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}
