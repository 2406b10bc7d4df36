//! Wire bytes to Python objects: decoding builds the generated classes' instances directly.

use crate::encoder::Encoder;
use crate::errors::{decode_error, wire_error};
use crate::registry::{ClassInfo, Registry};
use crate::slots;
use flyrs_core::schema::{Cardinality, Field, Message, Scalar, Schema, ValueType};
use flyrs_core::wire::{self, Reader, ReverseBuffer, WireError, WireType, MAX_DEPTH};
use pyo3::ffi;
use pyo3::prelude::*;

/// One decoded scalar, before it becomes a Python object.
enum Raw<'a> {
    Int(i64),
    Uint(u64),
    Float(f64),
    Bool(bool),
    Str(&'a [u8]),
    Bytes(&'a [u8]),
}

fn wire_type_of(value: ValueType) -> WireType {
    match value {
        ValueType::Message(_) => WireType::Len,
        ValueType::Enum(_) => WireType::Varint,
        ValueType::Scalar(s) => match s {
            Scalar::Double | Scalar::Fixed64 | Scalar::Sfixed64 => WireType::Fixed64,
            Scalar::Float | Scalar::Fixed32 | Scalar::Sfixed32 => WireType::Fixed32,
            Scalar::String | Scalar::Bytes => WireType::Len,
            _ => WireType::Varint,
        },
    }
}

#[inline]
fn read_scalar<'a>(s: Scalar, r: &mut Reader<'a>) -> Result<Raw<'a>, WireError> {
    Ok(match s {
        Scalar::Int32 => Raw::Int(i64::from(r.varint()? as i32)),
        Scalar::Int64 => Raw::Int(r.varint()? as i64),
        Scalar::Uint32 => Raw::Uint(u64::from(r.varint()? as u32)),
        Scalar::Uint64 => Raw::Uint(r.varint()?),
        Scalar::Sint32 => Raw::Int(i64::from(wire::unzigzag32(r.varint()?))),
        Scalar::Sint64 => Raw::Int(wire::unzigzag64(r.varint()?)),
        Scalar::Bool => Raw::Bool(r.varint()? != 0),
        Scalar::Fixed32 => Raw::Uint(u64::from(r.fixed32()?)),
        Scalar::Sfixed32 => Raw::Int(i64::from(r.fixed32()? as i32)),
        Scalar::Float => Raw::Float(wire::f32_bits_to_f64(r.fixed32()?)),
        Scalar::Fixed64 => Raw::Uint(r.fixed64()?),
        Scalar::Sfixed64 => Raw::Int(r.fixed64()? as i64),
        Scalar::Double => Raw::Float(f64::from_bits(r.fixed64()?)),
        Scalar::String => Raw::Str(r.len_delimited()?),
        Scalar::Bytes => Raw::Bytes(r.len_delimited()?),
    })
}

pub struct Decoder<'a, 'py> {
    pub py: Python<'py>,
    pub registry: &'a Registry,
    pub schema: &'static Schema,
}

impl Decoder<'_, '_> {
    /// A new, empty instance of a bound class: scalars hold their defaults.
    pub fn new_message(&self, info: &ClassInfo) -> PyResult<*mut ffi::PyObject> {
        // SAFETY: a generic allocation of a heap type, started as an instance of its class.
        unsafe {
            let obj = ffi::PyType_GenericAlloc(info.cls.as_ptr().cast(), 0);
            if obj.is_null() {
                return Err(PyErr::fetch(self.py));
            }
            info.start(self.py, obj);
            Ok(obj)
        }
    }

    /// Decode a whole message of `info`'s type; returns an owned reference.
    ///
    /// The new objects are not tracked by the cyclic garbage collector: a decoded tree
    /// holds no reference cycles and cannot gain one through the public API (values are
    /// copied in, default sub-messages point to their parent only until they join it), so
    /// reference counting frees it. Tracking thousands of objects per decode made the
    /// collector's scans cost about a sixth of the decode time.
    pub fn decode(&self, info: &ClassInfo, buf: &[u8], depth: u32) -> PyResult<*mut ffi::PyObject> {
        let obj = self.new_message(info)?;
        // SAFETY: a fresh, valid object; untracking is idempotent and dealloc-safe.
        unsafe { ffi::PyObject_GC_UnTrack(obj.cast()) };
        // SAFETY: `obj` is a fresh instance of `info`'s class.
        match unsafe { self.merge(obj, info, buf, depth) } {
            Ok(()) => Ok(obj),
            Err(e) => {
                // SAFETY: releasing the reference returned by `new_message`.
                unsafe { ffi::Py_DecRef(obj) };
                Err(e)
            }
        }
    }

    /// Merge encoded fields into `obj`, as protobuf's `MergeFromString` does.
    ///
    /// # Safety
    /// `obj` must be an instance of exactly `info`'s class.
    pub unsafe fn merge(
        &self,
        obj: *mut ffi::PyObject,
        info: &ClassInfo,
        buf: &[u8],
        depth: u32,
    ) -> PyResult<()> {
        let message = &self.schema.messages[info.msg];
        if depth > MAX_DEPTH {
            return Err(wire_error(message, None, WireError::TooDeep));
        }
        let mut reader = Reader::new(buf);
        let mut unknown: Vec<u8> = Vec::new();
        while !reader.is_empty() {
            let start = reader.position();
            let (number, wire_type) = reader.tag().map_err(|e| wire_error(message, None, e))?;
            let known = message.field_index(number).filter(|&i| {
                let field = &message.fields[i];
                let expected = wire_type_of(field.value);
                wire_type == expected
                    || matches!(field.cardinality, Cardinality::Map { .. })
                        && wire_type == WireType::Len
                    || field.cardinality == Cardinality::Repeated
                        && wire_type == WireType::Len
                        && expected != WireType::Len
            });
            let Some(index) = known else {
                reader
                    .skip(number, wire_type, depth)
                    .map_err(|e| wire_error(message, None, e))?;
                unknown.extend_from_slice(reader.since(start));
                continue;
            };
            let field = &message.fields[index];
            let keep = match field.cardinality {
                Cardinality::Singular => {
                    self.singular(obj, info, message, index, &mut reader, depth)?
                }
                Cardinality::Repeated => self.repeated(
                    obj,
                    info,
                    index,
                    wire_type,
                    &mut reader,
                    depth,
                    &mut unknown,
                )?,
                Cardinality::Map { key } => {
                    let entry = reader
                        .len_delimited()
                        .map_err(|e| wire_error(message, Some(field), e))?;
                    self.map_entry(obj, info, index, key, entry, depth, &mut unknown)?;
                    true
                }
            };
            if !keep {
                // A closed enum's unknown number: kept as an unknown field, as protobuf does.
                unknown.extend_from_slice(reader.since(start));
            }
        }
        if !unknown.is_empty() {
            append_unknown(self.py, obj, info.unknown, &unknown)?;
        }
        Ok(())
    }

    /// Returns false when the value belongs in the unknown fields instead.
    unsafe fn singular(
        &self,
        obj: *mut ffi::PyObject,
        info: &ClassInfo,
        message: &Message,
        index: usize,
        reader: &mut Reader<'_>,
        depth: u32,
    ) -> PyResult<bool> {
        let field = &message.fields[index];
        let offset = info.offsets[index];
        let value = match field.value {
            ValueType::Message(m) => {
                let data = reader
                    .len_delimited()
                    .map_err(|e| wire_error(message, Some(field), e))?;
                let child_info = self.registry.class_for(m)?;
                let existing = slots::get(obj, offset);
                if !existing.is_null() && ffi::Py_TYPE(existing) == child_info.cls.as_ptr().cast() {
                    return self
                        .merge(existing, child_info, data, depth + 1)
                        .map(|()| true);
                }
                self.decode(child_info, data, depth + 1)?
            }
            _ => match self.value(field, message, reader)? {
                Some(v) => v,
                None => return Ok(false),
            },
        };
        if let Some(oneof) = field.oneof {
            for &other in &message.oneofs[oneof].fields {
                if other != index {
                    slots::put(obj, info.offsets[other], std::ptr::null_mut());
                }
            }
        }
        slots::put(obj, offset, value);
        Ok(true)
    }

    /// A scalar or enum value as an owned Python object; None for a closed enum's unknown number.
    fn value(
        &self,
        field: &Field,
        message: &Message,
        reader: &mut Reader<'_>,
    ) -> PyResult<Option<*mut ffi::PyObject>> {
        let raw = match field.value {
            ValueType::Enum(e) => {
                let number = reader
                    .varint()
                    .map_err(|err| wire_error(message, Some(field), err))?
                    as i32;
                let enum_type = &self.schema.enums[e];
                if enum_type.closed && !enum_type.contains(number) {
                    return Ok(None);
                }
                Raw::Int(i64::from(number))
            }
            ValueType::Scalar(s) => {
                read_scalar(s, reader).map_err(|e| wire_error(message, Some(field), e))?
            }
            ValueType::Message(_) => unreachable!("messages are decoded by the caller"),
        };
        self.to_py(raw, field, message).map(Some)
    }

    fn to_py(
        &self,
        raw: Raw<'_>,
        field: &Field,
        message: &Message,
    ) -> PyResult<*mut ffi::PyObject> {
        // SAFETY: plain object constructors; a null result carries a Python error.
        let obj = unsafe {
            match raw {
                Raw::Int(v) => ffi::PyLong_FromLongLong(v),
                Raw::Uint(v) => ffi::PyLong_FromUnsignedLongLong(v),
                Raw::Float(v) => ffi::PyFloat_FromDouble(v),
                Raw::Bool(v) => ffi::PyBool_FromLong(i64::from(v) as _),
                Raw::Bytes(b) => {
                    ffi::PyBytes_FromStringAndSize(b.as_ptr().cast(), b.len() as ffi::Py_ssize_t)
                }
                Raw::Str(b) => {
                    let s = ffi::PyUnicode_DecodeUTF8(
                        b.as_ptr().cast(),
                        b.len() as ffi::Py_ssize_t,
                        c"strict".as_ptr(),
                    );
                    if s.is_null() {
                        let _ = PyErr::fetch(self.py);
                        return Err(decode_error(
                            message,
                            Some(field),
                            "string field contains invalid UTF-8",
                        ));
                    }
                    s
                }
            }
        };
        if obj.is_null() {
            return Err(PyErr::fetch(self.py));
        }
        Ok(obj)
    }

    /// The container in field `index`, created when the slot is empty; borrowed.
    unsafe fn container(
        &self,
        obj: *mut ffi::PyObject,
        info: &ClassInfo,
        index: usize,
    ) -> PyResult<*mut ffi::PyObject> {
        let offset = info.offsets[index];
        let existing = slots::get(obj, offset);
        if !existing.is_null() {
            return Ok(existing);
        }
        let cls = info.container(self.py, index)?;
        let container =
            if self.schema.messages[info.msg].fields[index].cardinality == Cardinality::Repeated {
                // A zeroed `list` subclass instance is a valid empty list; skipping the type
                // call saves most of the cost of a container.
                ffi::PyType_GenericAlloc(cls.as_ptr().cast(), 0)
            } else {
                ffi::PyObject_CallNoArgs(cls.as_ptr())
            };
        if container.is_null() {
            return Err(PyErr::fetch(self.py));
        }
        ffi::PyObject_GC_UnTrack(container.cast()); // see `decode`
        slots::put(obj, offset, container);
        Ok(container)
    }

    #[allow(clippy::too_many_arguments)]
    unsafe fn repeated(
        &self,
        obj: *mut ffi::PyObject,
        info: &ClassInfo,
        index: usize,
        wire_type: WireType,
        reader: &mut Reader<'_>,
        depth: u32,
        unknown: &mut Vec<u8>,
    ) -> PyResult<bool> {
        let message = &self.schema.messages[info.msg];
        let field = &message.fields[index];
        let list = self.container(obj, info, index)?;
        if !is_list(list) {
            return Err(decode_error(
                message,
                Some(field),
                "field holds something other than a list",
            ));
        }
        if let ValueType::Message(m) = field.value {
            let data = reader
                .len_delimited()
                .map_err(|e| wire_error(message, Some(field), e))?;
            let child = self.decode(self.registry.class_for(m)?, data, depth + 1)?;
            return append(self.py, list, child).map(|()| true);
        }
        if wire_type == WireType::Len && wire_type_of(field.value) != WireType::Len {
            let packed = reader
                .len_delimited()
                .map_err(|e| wire_error(message, Some(field), e))?;
            let mut inner = Reader::new(packed);
            while !inner.is_empty() {
                let start = inner.position();
                match self.value(field, message, &mut inner)? {
                    Some(v) => append(self.py, list, v)?,
                    None => {
                        wire::put_tag(unknown, field.number, WireType::Varint);
                        unknown.extend_from_slice(inner.since(start));
                    }
                }
            }
            return Ok(true);
        }
        match self.value(field, message, reader)? {
            Some(v) => append(self.py, list, v).map(|()| true),
            None => Ok(false),
        }
    }

    #[allow(clippy::too_many_arguments)]
    unsafe fn map_entry(
        &self,
        obj: *mut ffi::PyObject,
        info: &ClassInfo,
        index: usize,
        key_type: Scalar,
        entry: &[u8],
        depth: u32,
        unknown: &mut Vec<u8>,
    ) -> PyResult<()> {
        let message = &self.schema.messages[info.msg];
        let field = &message.fields[index];
        if depth + 1 > MAX_DEPTH {
            return Err(wire_error(message, Some(field), WireError::TooDeep));
        }
        let dict = self.container(obj, info, index)?;
        if ffi::PyDict_Check(dict) == 0 {
            return Err(decode_error(
                message,
                Some(field),
                "field holds something other than a dict",
            ));
        }
        let mut key: Option<Owned> = None;
        let mut value: Option<Owned> = None;
        // Encoded key and value fields (None when absent or default), and the entry's
        // unknown fields: an entry with unknown fields stays out of the map and goes, as
        // re-encoded, to the message's unknown fields, as upb does.
        let mut key_bytes: Option<&[u8]> = None;
        let mut value_bytes: Option<&[u8]> = None;
        let mut entry_unknown: Vec<u8> = Vec::new();
        let mut reader = Reader::new(entry);
        let value_wire = wire_type_of(field.value);
        let key_wire = wire_type_of(ValueType::Scalar(key_type));
        while !reader.is_empty() {
            let start = reader.position();
            let (number, wire_type) = reader
                .tag()
                .map_err(|e| wire_error(message, Some(field), e))?;
            if number == 1 && wire_type == key_wire {
                let raw = read_scalar(key_type, &mut reader)
                    .map_err(|e| wire_error(message, Some(field), e))?;
                key_bytes = (!is_zero(&raw)).then(|| reader.since(start));
                key = Some(Owned(self.to_py(raw, field, message)?));
            } else if number == 2 && wire_type == value_wire {
                let value_start = reader.position();
                value = Some(Owned(match field.value {
                    ValueType::Message(m) => {
                        let data = reader
                            .len_delimited()
                            .map_err(|e| wire_error(message, Some(field), e))?;
                        let child_info = self.registry.class_for(m)?;
                        match &value {
                            // A repeated value field in one entry merges, as for any message field.
                            Some(existing)
                                if ffi::Py_TYPE(existing.0) == child_info.cls.as_ptr().cast() =>
                            {
                                self.merge(existing.0, child_info, data, depth + 2)?;
                                continue;
                            }
                            _ => self.decode(child_info, data, depth + 2)?,
                        }
                    }
                    _ => match self.value(field, message, &mut reader)? {
                        Some(v) => v,
                        None => {
                            entry_unknown.extend_from_slice(reader.since(start));
                            continue;
                        }
                    },
                }));
                let is_message = matches!(field.value, ValueType::Message(_));
                let mut payload = Reader::new(&entry[value_start..reader.position()]);
                let zero = !is_message
                    && match field.value {
                        ValueType::Scalar(s) => {
                            read_scalar(s, &mut payload).is_ok_and(|r| is_zero(&r))
                        }
                        _ => payload.varint() == Ok(0),
                    };
                value_bytes = (!zero).then(|| reader.since(start));
            } else {
                reader
                    .skip(number, wire_type, depth + 1)
                    .map_err(|e| wire_error(message, Some(field), e))?;
                entry_unknown.extend_from_slice(reader.since(start));
            }
        }
        if !entry_unknown.is_empty() {
            let mut kept = Vec::with_capacity(entry.len());
            kept.extend_from_slice(key_bytes.unwrap_or_default());
            match (&value, field.value) {
                // upb re-encodes the entry: a message value as decoded, not as received.
                (Some(decoded), ValueType::Message(m)) => {
                    let encoder = Encoder {
                        py: self.py,
                        registry: self.registry,
                        schema: self.schema,
                        deterministic: false,
                    };
                    let mut out = ReverseBuffer::with_capacity(entry.len());
                    encoder.encode(decoded.0, self.registry.class_for(m)?, &mut out, depth + 2)?;
                    wire::put_tag(&mut kept, 2, WireType::Len);
                    wire::put_varint(&mut kept, out.written() as u64);
                    kept.extend_from_slice(out.as_slice());
                }
                _ => kept.extend_from_slice(value_bytes.unwrap_or_default()),
            }
            kept.extend_from_slice(&entry_unknown);
            wire::put_tag(unknown, field.number, WireType::Len);
            wire::put_varint(unknown, kept.len() as u64);
            unknown.extend_from_slice(&kept);
            return Ok(());
        }
        let key = match key {
            Some(k) => k,
            None => Owned(self.to_py(default_raw(key_type), field, message)?),
        };
        let value = match value {
            Some(v) => v,
            None => match field.value {
                ValueType::Message(m) => Owned(self.new_message(self.registry.class_for(m)?)?),
                ValueType::Enum(_) => Owned(self.to_py(Raw::Int(0), field, message)?),
                ValueType::Scalar(s) => Owned(self.to_py(default_raw(s), field, message)?),
            },
        };
        if ffi::PyDict_SetItem(dict, key.0, value.0) != 0 {
            return Err(PyErr::fetch(self.py));
        }
        Ok(())
    }
}

fn is_zero(raw: &Raw<'_>) -> bool {
    match *raw {
        Raw::Int(v) => v == 0,
        Raw::Uint(v) => v == 0,
        Raw::Float(v) => v.to_bits() == 0,
        Raw::Bool(v) => !v,
        Raw::Str(b) | Raw::Bytes(b) => b.is_empty(),
    }
}

fn default_raw(s: Scalar) -> Raw<'static> {
    match s {
        Scalar::Double | Scalar::Float => Raw::Float(0.0),
        Scalar::Bool => Raw::Bool(false),
        Scalar::String => Raw::Str(b""),
        Scalar::Bytes => Raw::Bytes(b""),
        _ => Raw::Int(0),
    }
}

/// An owned reference, released on drop (error paths included).
struct Owned(*mut ffi::PyObject);

impl Drop for Owned {
    fn drop(&mut self) {
        // SAFETY: the reference is owned and the GIL is held while decoding.
        unsafe { ffi::Py_DecRef(self.0) }
    }
}

unsafe fn is_list(obj: *mut ffi::PyObject) -> bool {
    ffi::PyList_Check(obj) != 0
}

/// Append an owned item to a list, consuming the reference.
unsafe fn append(
    py: Python<'_>,
    list: *mut ffi::PyObject,
    item: *mut ffi::PyObject,
) -> PyResult<()> {
    let item = Owned(item);
    if ffi::PyList_Append(list, item.0) != 0 {
        return Err(PyErr::fetch(py));
    }
    Ok(())
}

/// Append unknown-field bytes to the `_unknown` slot.
unsafe fn append_unknown(
    py: Python<'_>,
    obj: *mut ffi::PyObject,
    offset: isize,
    bytes: &[u8],
) -> PyResult<()> {
    let existing = slots::get(obj, offset);
    let mut all = Vec::new();
    if !existing.is_null() && ffi::PyBytes_Check(existing) != 0 {
        let mut ptr: *mut std::os::raw::c_char = std::ptr::null_mut();
        let mut len: ffi::Py_ssize_t = 0;
        if ffi::PyBytes_AsStringAndSize(existing, &mut ptr, &mut len) == 0 {
            all.extend_from_slice(std::slice::from_raw_parts(ptr.cast::<u8>(), len as usize));
        }
    }
    all.extend_from_slice(bytes);
    let new = ffi::PyBytes_FromStringAndSize(all.as_ptr().cast(), all.len() as ffi::Py_ssize_t);
    if new.is_null() {
        return Err(PyErr::fetch(py));
    }
    slots::put(obj, offset, new);
    Ok(())
}
