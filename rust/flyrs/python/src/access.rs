//! Field access that the Python classes delegate to native code because it is on the
//! read path: presence tests and reads of unset fields.

use crate::decoder::Decoder;
use crate::registry::{self, ClassInfo, Registry};
use crate::slots;
use flyrs_core::schema::{Cardinality, Message, Schema, ValueType};
use pyo3::exceptions::{PyAttributeError, PyTypeError, PyValueError};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};
use std::sync::Arc;

/// The bound class of the message `obj`; TypeError for anything else.
pub(crate) fn class_info(obj: &Bound<'_, PyAny>) -> PyResult<&'static ClassInfo> {
    registry::snapshot()
        .by_type(obj.as_ptr())
        .map(|info| &**info)
        .ok_or_else(|| PyTypeError::new_err("expected a generated message"))
}

fn slot_is_set(obj: &Bound<'_, PyAny>, offset: isize) -> bool {
    // SAFETY: offsets come from the ClassInfo of `obj`'s exact type.
    !unsafe { slots::get(obj.as_ptr(), offset) }.is_null()
}

/// `msg.HasField(name)`, with protobuf's errors.
#[pyfunction]
pub fn has_field(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<bool> {
    let info = class_info(obj)?;
    let message = &Schema::flyteidl().messages[info.msg];
    if let Some(oneof) = message.oneofs.iter().find(|o| o.name == name) {
        return Ok(oneof
            .fields
            .iter()
            .any(|&i| slot_is_set(obj, info.offsets[i])));
    }
    let Some(&index) = info.by_name.get(name) else {
        return Err(no_field(message, name));
    };
    if !message.fields[index].presence {
        return Err(PyValueError::new_err(format!(
            "Can't test non-optional, non-submessage field \"{}.{name}\" for presence.",
            message.full_name
        )));
    }
    Ok(slot_is_set(obj, info.offsets[index]))
}

/// `msg.WhichOneof(name)`.
#[pyfunction]
pub fn which_oneof<'py>(obj: &Bound<'py, PyAny>, name: &str) -> PyResult<Option<&'static str>> {
    let info = class_info(obj)?;
    let message = &Schema::flyteidl().messages[info.msg];
    let oneof = message
        .oneofs
        .iter()
        .find(|o| o.name == name)
        .ok_or_else(|| {
            PyValueError::new_err(format!(
                "Protocol message {} has no oneof \"{name}\" field.",
                message.full_name
            ))
        })?;
    Ok(oneof
        .fields
        .iter()
        .find(|&&i| slot_is_set(obj, info.offsets[i]))
        .map(|&i| message.fields[i].name.as_str()))
}

fn no_field(message: &Message, name: &str) -> PyErr {
    PyValueError::new_err(format!(
        "Protocol message {} has no \"{name}\" field.",
        message.full_name
    ))
}

/// The value of an unset field (`Message.__getattr__`): its default; for a message, a
/// default instance that joins the parent when first changed; for a repeated or map
/// field, an empty container stored in the slot.
#[pyfunction]
pub fn unset_attr<'py>(
    obj: &Bound<'py, PyAny>,
    name: &Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = obj.py();
    let name_str = name.to_str()?;
    if matches!(name_str, "_unknown" | "_parent") {
        return Ok(py.None().into_bound(py));
    }
    let registry = registry::snapshot();
    let info = registry
        .by_type(obj.as_ptr())
        .ok_or_else(|| PyTypeError::new_err("expected a generated message"))?;
    let message = &Schema::flyteidl().messages[info.msg];
    let Some(&index) = info.by_name.get(name_str) else {
        return Err(PyAttributeError::new_err(format!(
            "{} message has no field {name_str:?}",
            message.full_name
        )));
    };
    crate::errors::guard(|| unset_value(registry, obj, info, index, name))
}

/// The value an unset field reads as; see [`unset_attr`].
fn unset_value<'py>(
    registry: &Registry,
    obj: &Bound<'py, PyAny>,
    info: &ClassInfo,
    index: usize,
    name: &Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = obj.py();
    let message = &Schema::flyteidl().messages[info.msg];
    let field = &message.fields[index];
    let offset = info.offsets[index];
    if field.cardinality != Cardinality::Singular {
        let container = info.container(py, index)?.call0()?;
        // A default sub-message must join its parent when its container changes.
        // SAFETY: the `_parent` offset belongs to `obj`'s exact type.
        let parent = unsafe { slots::get(obj.as_ptr(), info.parent) };
        if !parent.is_null() && parent != unsafe { ffi::Py_None() } {
            container.setattr("_owner", obj)?;
        }
        // SAFETY: storing a new reference in an empty slot of `obj`'s exact type.
        unsafe { slots::put(obj.as_ptr(), offset, container.clone().into_ptr()) };
        return Ok(container);
    }
    match field.value {
        ValueType::Message(m) => {
            let child_info = registry.class_for(m)?;
            let decoder = Decoder {
                py,
                registry,
                schema: Schema::flyteidl(),
            };
            // SAFETY: `new_message` returns an owned reference.
            let child = unsafe { Bound::from_owned_ptr(py, decoder.new_message(child_info)?) };
            let parent = PyTuple::new(py, [obj.clone(), name.clone().into_any()])?;
            // SAFETY: the child's `_parent` slot holds None; it takes a new reference.
            unsafe { slots::put(child.as_ptr(), child_info.parent, parent.into_ptr()) };
            Ok(child)
        }
        _ => match &info.zero[index] {
            Some(zero) => Ok(zero.bind(py).clone()),
            None => obj
                .get_type()
                .getattr("DESCRIPTOR")?
                .getattr("fields_by_name")?
                .get_item(name)?
                .call_method0("default_value"),
        },
    }
}

/// The class attribute of a field that can be unset (message, presence scalar, repeated,
/// map): reads its slot, and reads an empty slot as [`unset_attr`] does, without the
/// exception and the Python call a `__getattr__` fallback costs. Writes and deletes are
/// reached through `object.__setattr__`/`__delattr__` after the Python-side checks.
#[pyclass(frozen, module = "flytekit_core._flyrs", name = "FieldSlot")]
pub struct FieldSlot {
    info: Arc<ClassInfo>,
    index: usize,
    name: Py<PyString>,
}

impl FieldSlot {
    pub fn new(info: Arc<ClassInfo>, index: usize, name: Py<PyString>) -> Self {
        FieldSlot { info, index, name }
    }

    fn check<'py>(&self, obj: &Bound<'py, PyAny>) -> PyResult<()> {
        if obj.is_instance(self.info.cls.bind(obj.py()))? {
            Ok(())
        } else {
            Err(PyTypeError::new_err(format!(
                "field {} does not belong to {}",
                self.name,
                obj.get_type().name()?
            )))
        }
    }
}

#[pymethods]
impl FieldSlot {
    fn __get__<'py>(
        slf: &Bound<'py, Self>,
        obj: Option<&Bound<'py, PyAny>>,
        _owner: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let Some(obj) = obj.filter(|o| !o.is_none()) else {
            return Ok(slf.clone().into_any());
        };
        let this = slf.get();
        this.check(obj)?;
        let py = obj.py();
        // SAFETY: `obj` is an instance of the class whose layout `info` describes.
        let value = unsafe { slots::get(obj.as_ptr(), this.info.offsets[this.index]) };
        if !value.is_null() {
            // SAFETY: a borrowed reference from the slot, promoted to an owned one.
            return Ok(unsafe { Bound::from_borrowed_ptr(py, value) });
        }
        crate::errors::guard(|| {
            let registry = registry::snapshot();
            unset_value(registry, obj, &this.info, this.index, this.name.bind(py))
        })
    }

    fn __set__(&self, obj: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.check(obj)?;
        // SAFETY: as in `__get__`; the slot takes a new reference.
        unsafe {
            slots::put(
                obj.as_ptr(),
                self.info.offsets[self.index],
                value.clone().into_ptr(),
            )
        };
        Ok(())
    }

    fn __delete__(&self, obj: &Bound<'_, PyAny>) -> PyResult<()> {
        self.check(obj)?;
        // SAFETY: as in `__get__`.
        let offset = self.info.offsets[self.index];
        if unsafe { slots::get(obj.as_ptr(), offset) }.is_null() {
            return Err(PyAttributeError::new_err(self.name.clone_ref(obj.py())));
        }
        unsafe { slots::put(obj.as_ptr(), offset, std::ptr::null_mut()) };
        Ok(())
    }
}

/// Whether the slot of field `name` holds a value (set, or an existing container).
#[pyfunction]
pub fn is_set(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<bool> {
    let info = class_info(obj)?;
    let index = *info
        .by_name
        .get(name)
        .ok_or_else(|| PyAttributeError::new_err(name.to_string()))?;
    Ok(slot_is_set(obj, info.offsets[index]))
}
