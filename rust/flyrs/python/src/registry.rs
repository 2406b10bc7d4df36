//! Generated Python classes bound to message types of the schema.
//!
//! Binding happens when a generated module is imported; the codec then finds a class's
//! layout by message index (decoding) or by Python type (encoding). The registry is
//! copied on write and published atomically, so lookups take no lock.

use crate::slots;
use flyrs_core::schema::{Cardinality, Scalar, Schema, ValueType};
use pyo3::exceptions::{PyLookupError, PyTypeError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyType};
use pyo3::{ffi, IntoPyObjectExt};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

/// A multiply-rotate hasher for the registry's small, trusted keys (type pointers and
/// field names); SipHash's flood resistance is not needed and costs on every lookup.
#[derive(Default)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = (self.0.rotate_left(5) ^ value).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, value: usize) {
        self.write_u64(value as u64);
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A field's slot offset and schema index: the encoder walks these, touching the
/// schema only for fields that hold a value.
#[derive(Clone, Copy)]
pub struct FieldPlan {
    pub offset: isize,
    /// Index into the message's schema fields (for error messages).
    pub index: u32,
    pub number: u32,
    pub value: ValueType,
    pub cardinality: Cardinality,
    pub presence: bool,
    pub packed: bool,
}

/// What the codec knows of one bound class.
pub struct ClassInfo {
    pub cls: Py<PyType>,
    /// Index into [`Schema::messages`].
    pub msg: usize,
    /// Slot offset per schema field, in the schema's field order.
    pub offsets: Vec<isize>,
    pub unknown: isize,
    pub parent: isize,
    /// Slots of scalar fields without presence, with the value they start with.
    pub defaults: Vec<(isize, Py<PyAny>)>,
    /// Container class per repeated or map field, asked of Python on first use.
    containers: Vec<PyOnceLock<Py<PyType>>>,
    /// What encoding needs of each field, packed tight for the hot loop.
    pub plan: Vec<FieldPlan>,
    /// Size of the last encoding of this type, to size the next one's buffer.
    pub size_hint: AtomicUsize,
    /// Field index by name.
    pub by_name: FastMap<String, usize>,
    /// Zero value per singular scalar or enum field (None for proto2 custom defaults).
    pub zero: Vec<Option<Py<PyAny>>>,
}

impl ClassInfo {
    /// Start `obj` as a new message: `_parent` None, the scalars without presence at their
    /// defaults (the state the codec expects of every instance).
    ///
    /// # Safety
    /// `obj` must be an instance of exactly this class; the GIL must be held.
    pub unsafe fn start(&self, py: Python<'_>, obj: *mut ffi::PyObject) {
        let none = ffi::Py_None();
        ffi::Py_IncRef(none);
        slots::put(obj, self.parent, none);
        for (offset, value) in &self.defaults {
            slots::put(obj, *offset, value.clone_ref(py).into_ptr());
        }
    }

    /// The container class (a `list` or `dict` subclass) of field `index`.
    /// Repeated fields get a `list` subclass, map fields a `dict` subclass (checked here,
    /// so the decoder may allocate and fill them directly).
    pub fn container<'py>(&self, py: Python<'py>, index: usize) -> PyResult<&Bound<'py, PyType>> {
        let field = &Schema::flyteidl().messages[self.msg].fields[index];
        self.containers[index]
            .get_or_try_init(py, || {
                let cls = py
                    .import("flytekit_core.idl.message")?
                    .getattr("container_class")?
                    .call1((self.cls.bind(py), &field.name))?
                    .cast_into::<PyType>()?;
                let expected = if field.cardinality == Cardinality::Repeated {
                    py.get_type::<PyList>()
                } else {
                    py.get_type::<PyDict>()
                };
                if !cls.is_subclass(&expected)? {
                    return Err(PyTypeError::new_err(format!(
                        "container of {} must subclass {}",
                        field.name,
                        expected.name()?
                    )));
                }
                Ok::<_, PyErr>(cls.unbind())
            })
            .map(|c| c.bind(py))
    }
}

#[derive(Default)]
pub struct Registry {
    by_msg: Vec<Option<Arc<ClassInfo>>>,
    by_type: FastMap<usize, Arc<ClassInfo>>,
}

impl Registry {
    #[inline]
    pub fn by_msg(&self, msg: usize) -> Option<&Arc<ClassInfo>> {
        self.by_msg.get(msg).and_then(Option::as_ref)
    }

    #[inline]
    pub fn by_type(&self, obj: *mut ffi::PyObject) -> Option<&Arc<ClassInfo>> {
        // SAFETY: `obj` is a valid object; its type pointer is only used as a key.
        let ty = unsafe { ffi::Py_TYPE(obj) } as usize;
        self.by_type.get(&ty)
    }

    pub fn by_class(&self, cls: &Bound<'_, PyType>) -> Option<&Arc<ClassInfo>> {
        self.by_type.get(&(cls.as_ptr() as usize))
    }

    pub fn class_for(&self, msg: usize) -> PyResult<&Arc<ClassInfo>> {
        self.by_msg(msg).ok_or_else(|| {
            PyLookupError::new_err(format!(
                "no Python class is bound to {}; import its generated module",
                Schema::flyteidl().messages[msg].full_name
            ))
        })
    }
}

/// The current registry. Readers load it without locking; a bind publishes a new one.
/// Superseded registries are leaked on purpose: a reader may still hold one, and there is
/// one per imported generated module at most (73), each a few kilobytes.
static REGISTRY: AtomicPtr<Registry> = AtomicPtr::new(std::ptr::null_mut());
static EMPTY: LazyLock<Registry> = LazyLock::new(Registry::default);
static BINDING: Mutex<()> = Mutex::new(());

pub fn snapshot() -> &'static Registry {
    let current = REGISTRY.load(Ordering::Acquire);
    if current.is_null() {
        &EMPTY
    } else {
        // SAFETY: published registries are leaked, never freed or mutated.
        unsafe { &*current }
    }
}

fn default_value(py: Python<'_>, value: ValueType) -> PyResult<Option<Py<PyAny>>> {
    Ok(Some(match value {
        ValueType::Message(_) => return Ok(None),
        // A proto2 (closed) enum defaults to its first value, a proto3 one to 0.
        ValueType::Enum(e) => {
            let enum_type = &Schema::flyteidl().enums[e];
            let first = enum_type.values.first().map_or(0, |(_, n)| *n);
            i64::from(if enum_type.closed { first } else { 0 }).into_py_any(py)?
        }
        ValueType::Scalar(Scalar::Double | Scalar::Float) => 0.0f64.into_py_any(py)?,
        ValueType::Scalar(Scalar::Bool) => false.into_py_any(py)?,
        ValueType::Scalar(Scalar::String) => PyString::new(py, "").into_any().unbind(),
        ValueType::Scalar(Scalar::Bytes) => PyBytes::new(py, b"").into_any().unbind(),
        ValueType::Scalar(_) => 0i64.into_py_any(py)?,
    }))
}

fn class_info(cls: &Bound<'_, PyType>, full_name: &str) -> PyResult<ClassInfo> {
    let py = cls.py();
    let schema = Schema::flyteidl();
    let msg = schema
        .message_index(full_name)
        .ok_or_else(|| PyTypeError::new_err(format!("{full_name} is not a message of the IDL")))?;
    let message = &schema.messages[msg];
    let mut names: Vec<&str> = message.fields.iter().map(|f| f.name.as_str()).collect();
    names.extend(["_unknown", "_parent"]);
    let offsets = slots::probe_offsets(cls, &names)?;
    let n = message.fields.len();
    let mut defaults = Vec::new();
    let mut zero = Vec::with_capacity(n);
    for (field, &offset) in message.fields.iter().zip(&offsets) {
        let value = match field.cardinality {
            Cardinality::Singular if field.default.is_none() => default_value(py, field.value)?,
            _ => None,
        };
        if let (Some(value), false) = (&value, field.presence) {
            defaults.push((offset, value.clone_ref(py)));
        }
        zero.push(value);
    }
    Ok(ClassInfo {
        cls: cls.clone().unbind(),
        msg,
        unknown: offsets[n],
        parent: offsets[n + 1],
        plan: offsets[..n]
            .iter()
            .enumerate()
            .map(|(index, &offset)| {
                let field = &message.fields[index];
                FieldPlan {
                    offset,
                    index: index as u32,
                    number: field.number,
                    value: field.value,
                    cardinality: field.cardinality,
                    presence: field.presence,
                    packed: field.packed,
                }
            })
            .collect(),
        offsets: offsets[..n].to_vec(),
        defaults,
        containers: (0..n).map(|_| PyOnceLock::new()).collect(),
        size_hint: AtomicUsize::new(0),
        by_name: message
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| (f.name.clone(), i))
            .collect(),
        zero,
    })
}

/// Bind generated classes, given as `(class, full message name)` pairs.
pub fn bind(classes: &[(Bound<'_, PyType>, String)]) -> PyResult<()> {
    let infos = classes
        .iter()
        .map(|(cls, name)| class_info(cls, name).map(Arc::new))
        .collect::<PyResult<Vec<_>>>()?;
    let guard = BINDING.lock().unwrap_or_else(|e| e.into_inner());
    let current = snapshot();
    let mut next = Registry {
        by_msg: current.by_msg.clone(),
        by_type: current.by_type.clone(),
    };
    next.by_msg.resize(Schema::flyteidl().messages.len(), None);
    for info in infos {
        next.by_type
            .insert(info.cls.as_ptr() as usize, info.clone());
        let msg = info.msg;
        next.by_msg[msg] = Some(info);
    }
    REGISTRY.store(Box::leak(Box::new(next)), Ordering::Release);
    drop(guard);
    for (cls, _) in classes {
        let info = snapshot().by_class(cls).cloned().expect("just bound");
        install_field_slots(cls, &info)?;
    }
    Ok(())
}

/// Replace the member descriptors of fields that can be unset with [`FieldSlot`]s.
fn install_field_slots(cls: &Bound<'_, PyType>, info: &Arc<ClassInfo>) -> PyResult<()> {
    let py = cls.py();
    let message = &Schema::flyteidl().messages[info.msg];
    for (index, field) in message.fields.iter().enumerate() {
        if field.cardinality == Cardinality::Singular && !field.presence {
            continue;
        }
        let name = PyString::new(py, &field.name);
        let slot = crate::access::FieldSlot::new(info.clone(), index, name.clone().unbind());
        cls.setattr(name, Py::new(py, slot)?)?;
    }
    Ok(())
}
