//! Pure-Rust core of the flytekit remote.
//!
//! - [`descriptor`]: the pinned flyteidl descriptors, embedded, and their digest;
//! - [`schema`]: a compact, indexed model of those descriptors (messages, fields, enums);
//! - [`wire`]: protobuf wire-format primitives (varints, tags, skipping, errors);
//! - [`services`]: every RPC of the `flyteidl.service` services (path, message types,
//!   streaming kind), read from the embedded descriptors;
//! - [`transport`]: the gRPC client that sends encoded messages to those paths (tonic over
//!   HTTP/2 with rustls), its configuration, errors and the process's tokio runtime.
//! - [`server`]: serving a gRPC service in process, from the shared runtime;
//! - [`mock_server`]: a programmable server for every one of those RPCs, for tests and
//!   benchmarks;
//! - [`msgpack`]: MessagePack, the encoding of flytekit's dataclass and dict literals.
//!
//! Nothing here depends on Python; the binding crate builds on it.

pub mod agent_server;
pub mod descriptor;
pub mod mock_server;
pub mod msgpack;
pub mod schema;
pub mod server;
pub mod services;
pub mod transport;
pub mod wire;
