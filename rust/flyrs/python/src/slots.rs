//! Direct access to the `__slots__` of generated message classes.
//!
//! Every field of a generated class is a slot; the codec reads and writes them at their
//! byte offsets instead of going through attribute lookup. Offsets are not exposed by the
//! stable ABI, so they are found once per class by probing: set each slot of a fresh
//! instance to a distinct object through the normal attribute machinery, then find that
//! object's pointer in the instance's memory. A class whose layout cannot be probed is
//! rejected when it is bound, so the raw accesses below only ever touch real slots.

use pyo3::exceptions::PyTypeError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyType};

/// The slot at `offset` of `obj`.
///
/// # Safety
/// `offset` must be a slot offset found by [`probe_offsets`] for `obj`'s exact type.
#[inline]
unsafe fn slot(obj: *mut ffi::PyObject, offset: isize) -> *mut *mut ffi::PyObject {
    (obj as *mut u8).offset(offset) as *mut *mut ffi::PyObject
}

/// A borrowed reference to the slot's value, or null when the slot is empty.
///
/// # Safety
/// As for [`slot`]; the GIL must be held.
#[inline]
pub unsafe fn get(obj: *mut ffi::PyObject, offset: isize) -> *mut ffi::PyObject {
    *slot(obj, offset)
}

/// Store an owned reference in the slot, releasing the previous value.
///
/// # Safety
/// As for [`slot`]; `value` is an owned reference (or null to empty the slot).
#[inline]
pub unsafe fn put(obj: *mut ffi::PyObject, offset: isize, value: *mut ffi::PyObject) {
    let place = slot(obj, offset);
    let old = *place;
    *place = value;
    ffi::Py_XDECREF(old);
}

/// The byte offset of each named slot of `cls`, in the order given.
pub fn probe_offsets(cls: &Bound<'_, PyType>, names: &[&str]) -> PyResult<Vec<isize>> {
    let py = cls.py();
    let basicsize: isize = cls.getattr("__basicsize__")?.extract()?;
    let word = std::mem::size_of::<*mut ffi::PyObject>() as isize;
    // SAFETY: allocating an instance of a heap type with the generic allocator gives a
    // zeroed object whose slots are all empty; it is released through its own type.
    let probe = unsafe {
        Bound::from_owned_ptr_or_err(py, ffi::PyType_GenericAlloc(cls.as_ptr().cast(), 0))?
    };
    let mut sentinels = Vec::with_capacity(names.len());
    for name in names {
        let sentinel = PyString::new(py, &format!("\u{0}probe:{name}"));
        let attr = PyString::new(py, name);
        // SAFETY: generic set-attribute on a valid object; errors are reported below.
        let rc = unsafe {
            ffi::PyObject_GenericSetAttr(probe.as_ptr(), attr.as_ptr(), sentinel.as_ptr())
        };
        if rc != 0 {
            return Err(PyTypeError::new_err(format!(
                "{}: no slot for field {name:?} ({})",
                cls.qualname()?,
                PyErr::fetch(py)
            )));
        }
        sentinels.push(sentinel);
    }
    let mut offsets = Vec::with_capacity(names.len());
    for (name, sentinel) in names.iter().zip(&sentinels) {
        let mut found = None;
        let mut offset = 2 * word; // past the refcount and the type pointer
        while offset + word <= basicsize {
            // SAFETY: `offset` stays inside the instance's `basicsize` bytes.
            if unsafe { get(probe.as_ptr(), offset) } == sentinel.as_ptr() {
                if found.is_some() {
                    found = None;
                    break;
                }
                found = Some(offset);
            }
            offset += word;
        }
        offsets.push(found.ok_or_else(|| {
            PyTypeError::new_err(format!(
                "{}: cannot locate the slot of field {name:?}",
                cls.name().map(|n| n.to_string()).unwrap_or_default()
            ))
        })?);
    }
    Ok(offsets)
}
