//! Pure-Rust core of the flytekit remote.
//!
//! - [`descriptor`]: the pinned flyteidl descriptors, embedded, and their digest;
//! - [`schema`]: a compact, indexed model of those descriptors (messages, fields, enums);
//! - [`wire`]: protobuf wire-format primitives (varints, tags, skipping, errors).
//!
//! Nothing here depends on Python; the binding crate builds on it.

pub mod descriptor;
pub mod schema;
pub mod wire;
